#!/bin/sh
# demo.sh - casus demo: the message, refusing a database with clients,
# --toevoegen, bad numbers, and that a seed gives the same caseload.
. "$top_srcdir/tests/lib.sh"
not() { ! "$@"; }
G="$top_srcdir/tests/golden"
Q="$top_builddir/tests/tools/sqlq"

t_status "demo --klanten 60 --seed 7: status 0" 0 "$CASUS" --db "$T_DIR/t.db" demo --klanten 60 --seed 7
sed "s|$T_DIR|T_DIR|g" "$T_DIR/out" > "$T_DIR/demo.out"
t_golden "  melding" "$G/demo.out" "$T_DIR/demo.out"
t_check "  geen uitvoer op stderr" [ ! -s "$T_DIR/err" ]

t_status "tweede demo in dezelfde database: status 1" 1 "$CASUS" --db "$T_DIR/t.db" demo --klanten 5
sed "s|$T_DIR|T_DIR|g" "$T_DIR/err" > "$T_DIR/demo2.err"
t_golden "  melding" "$G/demo-weigert.err" "$T_DIR/demo2.err"
t_check "  niets op stdout" [ ! -s "$T_DIR/out" ]

t_status "demo --toevoegen in dezelfde database: status 0" 0 \
	"$CASUS" --db "$T_DIR/t.db" demo --klanten 5 --seed 99 --toevoegen
t_check "  65 klanten" [ "$("$Q" "$T_DIR/t.db" "SELECT count(*) FROM client")" = 65 ]
rm -f "$T_DIR/t.db"*
"$CASUS" --db "$T_DIR/t.db" demo --klanten 60 --seed 7 > /dev/null

# the same seed and day give the same caseload
"$CASUS" --db "$T_DIR/t2.db" demo --klanten 60 --seed 7 > /dev/null
"$CASUS" --db "$T_DIR/t.db" signalen > "$T_DIR/s1"
"$CASUS" --db "$T_DIR/t2.db" signalen > "$T_DIR/s2"
t_check "zelfde seed: zelfde signalen" cmp -s "$T_DIR/s1" "$T_DIR/s2"
"$CASUS" --db "$T_DIR/t.db" zoek a > "$T_DIR/z1"
"$CASUS" --db "$T_DIR/t2.db" zoek a > "$T_DIR/z2"
t_check "zelfde seed: zelfde zoekresultaat" cmp -s "$T_DIR/z1" "$T_DIR/z2"
"$CASUS" --db "$T_DIR/t3.db" demo --klanten 60 --seed 8 > /dev/null
"$CASUS" --db "$T_DIR/t3.db" zoek a > "$T_DIR/z3"
t_check "andere seed: andere caseload" not cmp -s "$T_DIR/z1" "$T_DIR/z3"

t_status "demo zonder opties (250 klanten): status 0" 0 "$CASUS" --db "$T_DIR/groot.db" demo
t_check "  250 klanten" grep -q "^Democaseload aangemaakt: 250 klanten in " "$T_DIR/out"

for bad in abc 0 -5 12x 99999999999999999999 ""; do
	t_status "--klanten '$bad': status 1" 1 "$CASUS" --db "$T_DIR/bad.db" demo --klanten "$bad"
	t_check "  melding" grep -q -- "^casus: --klanten: geen geldig aantal ('$bad')$" "$T_DIR/err"
done
t_status "--klanten=abc: status 1" 1 "$CASUS" --db "$T_DIR/bad.db" demo --klanten=abc
t_check "  melding" grep -q -- "^casus: --klanten: geen geldig aantal ('abc')$" "$T_DIR/err"
t_status "--klanten zonder waarde: status 1" 1 "$CASUS" --db "$T_DIR/bad.db" demo --klanten
t_check "  melding" grep -q -- "^casus: --klanten verwacht een waarde$" "$T_DIR/err"
t_status "--seed x: status 1" 1 "$CASUS" --db "$T_DIR/bad.db" demo --seed x
t_check "  melding" grep -q -- "^casus: --seed: geen geldig aantal ('x')$" "$T_DIR/err"
t_status "onverwacht argument: status 1" 1 "$CASUS" --db "$T_DIR/bad.db" demo 60
t_check "  melding" grep -q "^casus: demo: onverwacht argument '60'$" "$T_DIR/err"
t_check "foute opties maken geen database" [ ! -e "$T_DIR/bad.db" ]

t_done
