#!/bin/sh
# import-errors.sh - casus import refuses bad input as a whole: every
# problem as "FILE:LINE: KOLOM: wat er mis is" on stderr (golden), status 1,
# nothing on stdout, and the database unchanged (every row of every table,
# the audit included, compared before and after).
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden/import"
DUMP="$top_builddir/tests/tools/dump_csv"
cd "$T_DIR" || exit 1
cp "$top_srcdir"/tests/data/import/*.csv . || exit 1
db=t.db
"$CASUS" --db $db import klanten.csv voortrajecten.csv activiteiten.csv startbanen.csv \
	onhold.csv uitval.csv > /dev/null || exit 1

snap() { "$DUMP" --db "$db" > "$1"; }

# refused NAME FILE...: status 1, golden stderr, empty stdout, db unchanged
refused() {
	name=$1; shift
	snap voor
	"$CASUS" --db $db import "$@" > out 2> err; st=$?
	snap na
	if [ $st = 1 ]; then t_ok "$name: status 1"
	else t_fail "$name: status 1"; echo "#   status $st"; fi
	t_golden "  meldingen" "$G/fout-$name.out" err
	t_check "  niets op stdout" [ ! -s out ]
	t_check "  database ongewijzigd" cmp -s voor na
}

refused slechte-datum klanten-slechte-datum.csv
refused onmogelijke-datum klanten-onmogelijke-datum.csv
refused onbekend-label klanten-onbekend-label.csv
refused verplichte-kolom voortrajecten-zonder-startdatum.csv
refused onbekende-kolom klanten-onbekende-kolom.csv
refused dubbel-klantnummer klanten-dubbel.csv
refused onbekende-klant startbanen-onbekende-klant.csv
refused ongeldige-utf8 klanten-ongeldige-utf8.csv
refused leeg-bestand leeg.csv
refused regeleinde-in-veld startbanen-regeleinde.csv
refused aanhalingsteken onhold-aanhalingsteken.csv
refused zonder-voortraject activiteiten-zonder-voortraject.csv
refused uitval-einde uitval-fouten.csv
refused werkgever-tegenstrijdig startbanen-werkgever.csv
refused validatie klanten-validatie.csv
refused soort-onbekend onbekend-soort.csv
refused ontbrekend-bestand bestaat-niet.csv

# several files are one transaction: a bad row in the second file keeps the
# (good) first file out as well
refused twee-bestanden klanten-nieuw.csv voortrajecten-nieuw.csv
# --controleer reports the same problems
refused controleer --controleer klanten-nieuw.csv voortrajecten-nieuw.csv

# a 10 MB field (generated): refused with its size, and the line numbers
# after it are still right
{
	printf 'Klantnummer;Voornaam;Achternaam;Geboortedatum\n'
	printf 'K3001;"'
	head -c 10485760 /dev/zero | tr '\0' 'x'
	printf '";Groot;01-01-1990\nK3002;Klein;Veld;31-04-1990\n'
} > klanten-groot.csv
refused groot-veld klanten-groot.csv

# a quoted field with 1000 line breaks (refused: too long, and no line
# breaks in a name): the line numbers after it are still right
{
	printf 'Klantnummer;Voornaam;Achternaam\n'
	printf 'K3001;"'
	i=0; while [ $i -lt 1000 ]; do printf 'regel\n'; i=$((i + 1)); done
	printf '";X\nK3002;Y;Z;extra\n'
} > klanten-regels.csv
refused regels-in-veld klanten-regels.csv

# a row with fewer cells than the header (a file cut off in transfer): a
# problem, never "these columns are empty" (which would clear the stored
# names of K1001 and K1002); also when the last line has no line break
printf 'Klantnummer;Voornaam;Achternaam;Geboortedatum;Geslacht;BSN\nK1001;\nK1002\nK1003;Ab' > klanten-afgebroken.csv
refused afgebroken-regel klanten-afgebroken.csv
# the same in a file of another type; the klanten row of a new client that
# is cut off is reported once, not again in the voortrajecten file
printf 'Klantnummer;Voornaam;Achternaam\nK4001;Nieuw\n' > klanten-kort.csv
printf 'Klantnummer;Startdatum;Einddatum;Soort voortraject\nK4001;01-01-2026;;\nK1001;01-02-2026\n' > voortrajecten-kort.csv
refused afgebroken-twee-bestanden klanten-kort.csv voortrajecten-kort.csv
# a quoted cell left open at the end of the file
printf 'Klantnummer;Voornaam\nK1001;Ana\nK1002;"Yon' > klanten-open.csv
refused open-aanhalingsteken-eind klanten-open.csv

# a birth date before 1900 is reported under Geboortedatum (the column the
# file has), not under the Geboortejaar derived from it
printf 'Klantnummer;Voornaam;Geboortedatum\nK4002;Oud;1-1-1800\n' > klanten-1800.csv
refused geboortedatum-1800 klanten-1800.csv

# a problem in a stored value of a column the file does not have says so
printf 'Klantnummer;Startdatum inburgering;Einddatum inburgering\nK4003;01-03-2024;01-06-2024\n' > klanten-inburgering.csv
"$CASUS" --db $db import klanten-inburgering.csv > /dev/null || t_fail "klant met inburgering"
printf 'Klantnummer;Startdatum inburgering\nK4003;01-09-2024\n' > klanten-inburgering-start.csv
refused opgeslagen-waarde klanten-inburgering-start.csv

# trailing unnamed columns (Excel writes "a;b;;" when the used range is
# wider than the header) are accepted, but a filled cell under one is a
# problem, as is an unnamed column between named ones
printf 'Klantnummer;Voornaam;;\nK1001;Ana;;\nK1002;Yonas;;iets\n' > klanten-naamloos.csv
refused naamloze-kolom-gevuld klanten-naamloos.csv
printf 'Klantnummer;;Voornaam\nK1001;;Ana\n' > klanten-gat.csv
refused naamloze-kolom-midden klanten-gat.csv

# more than 200 problems: the first 200, then a count
{
	printf 'Klantnummer;Geslacht\n'
	i=1; while [ $i -le 250 ]; do printf 'K%d;X\n' $i; i=$((i + 1)); done
} > klanten-veel.csv
refused veel-fouten klanten-veel.csv
t_check "  200 meldingen en een telling" [ "$(grep -c '^klanten-veel.csv:' err)" = 200 ]

t_done
