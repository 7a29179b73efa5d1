#!/bin/sh
# import-roundtrip.sh - the demo caseload written out in the import format
# (tests/tools/dump_csv) and imported into an empty database gives the same
# records, the same `casus controle` and the same `casus toon` (the parts
# the import format carries: no PIP steps, journal or handovers, and so no
# signals that depend on them).  Importing it again changes nothing.
. "$top_srcdir/tests/lib.sh"
DUMP="$top_builddir/tests/tools/dump_csv"
Q="$top_builddir/tests/tools/sqlq"
sqlq() { if [ -x "$Q" ]; then "$Q" "$@"; else sqlite3 "$@"; fi; }
cd "$T_DIR" || exit 1
mkdir a b
"$CASUS" --db demo.db demo --klanten 200 --seed 11 > /dev/null
t_check "demo aangemaakt" [ -s demo.db ]
t_check "demo uitgeschreven in het importformaat" "$DUMP" demo.db a

"$CASUS" --db rt.db import a/klanten.csv a/voortrajecten.csv a/activiteiten.csv \
	a/startbanen.csv a/onhold.csv a/uitval.csv > out 2> err
st=$?
t_check "import in een lege database: status 0" [ $st = 0 ]
sed 's/^/# /' err | head -20
t_check "  200 klanten toegevoegd" grep -Eq '^klanten +200 +0 +0$' out

"$DUMP" rt.db b
for f in klanten voortrajecten activiteiten startbanen onhold uitval; do
	if cmp -s a/$f.csv b/$f.csv; then t_ok "  $f.csv gelijk na de rondgang"
	else t_fail "  $f.csv gelijk na de rondgang"; diff a/$f.csv b/$f.csv | head -10 | sed 's/^/# /'; fi
done

for p in 31-10-2026 31-10-2025; do
	"$CASUS" --db demo.db controle --peildatum $p > c1 2>&1
	"$CASUS" --db rt.db controle --peildatum $p > c2 2>&1
	if cmp -s c1 c2; then t_ok "controle --peildatum $p gelijk"
	else t_fail "controle --peildatum $p gelijk"; diff c1 c2 | head -10 | sed 's/^/# /'; fi
done
t_check "  controle heeft bevindingen" [ -s c1 ]

# the card without what the import format does not carry: the sections
# Signalen, PIP and Journaal, and the handover lines under Regie
card() {
	"$CASUS" --db "$1" toon "$2" 2>&1 | awk '
		/^[^ ]/ { skip = ($0 ~ /^(Signalen|PIP|Journaal|Contactmomenten)/) }
		/^  Overdrachten:/ { ho = 1; next }
		ho && /^    / { next }
		{ ho = 0 }
		!skip { print }'
}
diffs=0 n=0
for kn in $(sqlq demo.db "SELECT klantnummer FROM client ORDER BY id"); do
	n=$((n + 1))
	card demo.db "$kn" > k1
	card rt.db "$kn" > k2
	if ! cmp -s k1 k2; then
		diffs=$((diffs + 1))
		[ $diffs = 1 ] && diff k1 k2 | head -20 | sed 's/^/# /'
	fi
done
t_check "toon gelijk voor alle 200 klanten" [ "$diffs/$n" = 0/200 ]
t_check "  kaart heeft inhoud" grep -q "Voortraject" k1

"$CASUS" --db rt.db import a/*.csv > out 2>&1
t_check "nogmaals importeren: niets gewijzigd" grep -q '^Niets gewijzigd' out

t_done
