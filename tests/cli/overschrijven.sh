#!/bin/sh
# overschrijven.sh - casus export replaces an existing file only with
# --overschrijf (like casus backup): without it, exit 1 with a Dutch
# message (golden) and the old file untouched; the same for the CSV sheets.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden"
db="$T_DIR/t.db"
"$CASUS" --db "$db" demo --klanten 20 --seed 3 > /dev/null || exit 1
P=31-10-2026
cd "$T_DIR" || exit 1

t_status "eerste export: status 0" 0 "$CASUS" --db "$db" export --peildatum $P
echo oud > oud.xlsx
t_status "export naar een bestaand bestand: status 1" 1 "$CASUS" --db "$db" export --peildatum $P -o oud.xlsx
t_golden "  melding" "$G/export-bestaat.err" "$T_DIR/err"
t_check "  het oude bestand is onaangeroerd" [ "$(cat oud.xlsx)" = oud ]
t_status "standaardnaam bestaat al: status 1" 1 "$CASUS" --db "$db" export --peildatum $P
t_golden "  melding" "$G/export-bestaat-standaard.err" "$T_DIR/err"
t_status "met --overschrijf: status 0" 0 "$CASUS" --db "$db" export --peildatum $P -o oud.xlsx --overschrijf
t_check "  nu een werkmap" [ "$(head -c 2 oud.xlsx)" = PK ]
t_check "  --help noemt --overschrijf" sh -c "'$CASUS' export --help | grep -q -- '--overschrijf'"

mkdir csv
t_status "CSV in een lege map: status 0" 0 "$CASUS" --db "$db" export --peildatum $P --csv csv
sum=$(md5sum < csv/5-startbaan.csv)
t_status "CSV nogmaals: status 1" 1 "$CASUS" --db "$db" export --peildatum $P --csv csv
t_golden "  melding" "$G/export-bestaat-csv.err" "$T_DIR/err"
t_check "  bladen onaangeroerd" [ "$(md5sum < csv/5-startbaan.csv)" = "$sum" ]
t_status "CSV met --overschrijf: status 0" 0 "$CASUS" --db "$db" export --peildatum $P --csv csv --overschrijf
t_done
