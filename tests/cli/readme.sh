#!/bin/sh
# readme.sh - the examples of README.md's "Using it" run as written, in
# that order, on an empty database (issue 13: README examples that work).
# Skipped: the full-screen ones (casus, casus --demo) and the import, which
# needs the user's own files.
. "$top_srcdir/tests/lib.sh"
db="$T_DIR/t.db"
mkdir -p "$T_DIR/w" && chmod 700 "$T_DIR/w"
cd "$T_DIR/w" || exit 1

# the code block after "## Using it", one command per line, comments and
# the [optional] brackets stripped
sed -n '/^## Using it/,/^```$/p' "$top_srcdir/README.md" | sed -n '/^casus/p' |
	sed 's/  *#.*$//; s/\[\(.*\)\]/\1/' > "$T_DIR/cmds"
t_check "README has at least 10 examples" [ "$(wc -l < "$T_DIR/cmds")" -ge 10 ]
t_check "  the examples use a klantnummer" grep -q "^casus toon K[0-9]" "$T_DIR/cmds"

n=0
while IFS= read -r line; do
	case "$line" in
	"casus" | "casus --demo" | "casus import"*) continue ;;
	esac
	n=$((n + 1))
	args=${line#casus }
	# the confirmation of verwijder is typed
	eval "set -- $args"
	printf 'ja\n' > "$T_DIR/in"
	t_status "$line: status 0" 0 "$CASUS" --db "$db" "$@" < "$T_DIR/in"
	case "$line" in
	"casus zoek nunez")
		kn=$(sed -n 's/^\(K[0-9]*\) .*Núñez, Ana.*/\1/p' "$T_DIR/out")
		t_check "  finds Ana Núñez under the README's klantnummer" \
			grep -q "^casus toon $kn\$" "$T_DIR/cmds" ;;
	"casus toon "*)
		t_check "  the card of Núñez, Ana" grep -q "Núñez" "$T_DIR/out" ;;
	"casus verwijder "*)
		t_check "  erased" grep -q "is gewist" "$T_DIR/out" ;;
	esac
done < "$T_DIR/cmds"
t_check "ran 11 examples" [ "$n" = 11 ]

t_done
