#!/bin/sh
# zelfevaluatie.sh - casus zelfevaluatie export: the workbook of a scripted
# two-round self-assessment read back with python3-openpyxl (scores, theme
# summary, verbeterplan, the chart part with its two series;
# check_zelfevaluatie.py) and opened by gnumeric's ssconvert, which must
# read every cell as openpyxl does (the same script, text kept as text); also on a Dutch
# desktop (decimal comma); an existing file is replaced, a directory refused.
. "$top_srcdir/tests/lib.sh"
D="$top_srcdir/tests/data/zelfevaluatie"
db="$T_DIR/t.db" x="$T_DIR/ze.xlsx"
ze() { "$CASUS" --db "$db" zelfevaluatie "$@"; }

t_need_openpyxl || { t_done; exit; }
"$CASUS" --db "$db" import "$D/klanten.csv" "$D/voortrajecten.csv" "$D/activiteiten.csv" \
	"$D/startbanen.csv" "$D/onhold.csv" > /dev/null || exit 1
{
	ze nieuw "Voorjaar 2025" --datum 01-04-2025
	ze score 1 1.1 6; ze score 1 1.2 7 --toelichting "Getoetst"; ze score 1 1.3 nvt
	ze score 1 4.15 5; ze score 1 4.16 6
	ze actie 1 4 "GGD uitnodigen voor het teamoverleg" --eigenaar Sanne --streefdatum 01-06-2025
	ze sluit 1
	ze nieuw "Najaar 2025" --datum 01-10-2025
	ze score 2 1.1 7; ze score 2 1.2 8; ze score 2 1.4 6; ze score 2 4.15 4; ze score 2 4.16 nvt
	ze score 2 7.26 10; ze score 2 7.26 open
} > /dev/null 2>&1 || t_fail "rondes invullen"

t_status "export: status 0" 0 ze export "Najaar 2025" -o "$x"
t_check "  gemeld" grep -q "^Werkboek geschreven: " "$T_DIR/out"
t_check "  geen tijdelijke bestanden achtergelaten" sh -c "! ls -A '$T_DIR' | grep -q '^\.'"
t_tap_run "openpyxl" /usr/bin/python3 "$top_srcdir/tests/export/check_zelfevaluatie.py" "$x"

if command -v ssconvert > /dev/null; then
	mkdir -p "$T_DIR/csv"
	t_status "ssconvert zet elk blad om" 0 env HOME="$T_DIR/home" ssconvert -S "$x" "$T_DIR/csv/blad.csv"
	t_check "  zonder waarschuwingen" sh -c "! grep -v '^\$' '$T_DIR/err'"
	sed 's/^/# /' "$T_DIR/err" | head -5
	t_tap_run "gnumeric = openpyxl" /usr/bin/python3 "$top_srcdir/tests/export/check_zelfevaluatie.py" \
		"$x" "$T_DIR/csv/blad.csv"
else
	t_fail "ssconvert aanwezig (apt-get install gnumeric)"
fi

t_need_nl
t_status "export op een Nederlandse desktop: status 0" 0 t_nl "$CASUS" --db "$db" zelfevaluatie export 2 -o "$x"
t_tap_run "openpyxl (nl_NL)" /usr/bin/python3 "$top_srcdir/tests/export/check_zelfevaluatie.py" "$x"
t_status "export zonder -o: status 1" 1 ze export 2
t_check "  melding" grep -q "^casus: zelfevaluatie export: -o BESTAND.xlsx ontbreekt$" "$T_DIR/err"
mkdir "$T_DIR/map.xlsx"
t_status "export naar een map: status 1" 1 ze export 2 -o "$T_DIR/map.xlsx"
t_check "  melding" grep -q "is een map" "$T_DIR/err"
t_status "export van een onbekende ronde: status 1" 1 ze export 9 -o "$x"
t_done
