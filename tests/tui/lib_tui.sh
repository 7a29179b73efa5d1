# lib_tui.sh - shared by the TUI tests: a fixed terminal and a small
# caseload imported from tests/tui/data (names in several scripts), and
# run_screens, one scripted-screen test compared with its golden screens.
# Source after tests/lib.sh.

TUI_D="$top_srcdir/tests/tui"
export TERM=xterm LINES=24 COLUMNS=80 LANG=C.UTF-8 LC_ALL=C.UTF-8
export USER=sanne.de.vries CASUS_BUSY_TIMEOUT=100
unset NO_COLOR CASUS_TUI_SCRIPT CASUS_TUI_DUMP CASUS_TUI_TIMES

# tui_fixture FILE: a database with the test caseload.
tui_fixture() {
	"$CASUS" --db "$1" import "$TUI_D"/data/*.csv > "$T_DIR/import.out" 2>&1
}

# The database run_screens copies; fill it with tui_fixture.
BASE="$T_DIR/base.db"

# run_screens [-b DB] NAME [CMD...]: the scripted-screen test NAME.  The
# keys of tests/tui/scripts/NAME.keys run on a fresh copy of DB (default
# $BASE) in $T_DIR/NAME.db, casus started through CMD (e.g. t_nl, or
# env USER=gast); every <Dump x> ($T_DIR/NAME/x.txt) is compared with
# tests/tui/expected/NAME/x.txt, and an expected screen not dumped fails.
# CASUS_UPDATE_GOLDEN=1 rewrites tests/tui/expected/NAME.
run_screens() {
	src=$BASE
	if [ "$1" = -b ]; then src=$2; shift 2; fi
	name=$1; shift
	db="$T_DIR/$name.db"
	out="$T_DIR/$name"
	exp="$TUI_D/expected/$name"
	rm -rf "$out"
	mkdir -p "$out"
	cp "$src" "$db"
	CASUS_TUI_SCRIPT="$TUI_D/scripts/$name.keys" CASUS_TUI_DUMP="$out" \
		"$@" "$CASUS" --db "$db" > "$out.stdout" 2> "$out.stderr"
	st=$?
	if [ "$st" = 0 ]; then t_ok "$name: casus stopt netjes"
	else t_fail "$name: casus stopt netjes (status $st)"; sed 's/^/#   /' "$out.stderr" | head -20; fi
	if [ "${CASUS_UPDATE_GOLDEN:-}" = 1 ]; then
		rm -rf "$exp"
		mkdir -p "$exp"
	fi
	for f in "$out"/*.txt; do
		[ -e "$f" ] || continue
		t_golden "$name: scherm $(basename "$f" .txt)" "$exp/$(basename "$f")" "$f"
	done
	for f in "$exp"/*.txt; do
		[ -e "$f" ] || continue
		[ -e "$out/$(basename "$f")" ] || t_fail "$name: scherm $(basename "$f" .txt) ontbreekt"
	done
}
