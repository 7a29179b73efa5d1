#!/bin/sh
# zelfevaluatie.sh - casus zelfevaluatie: a scripted two-round
# self-assessment on a small imported caseload (the figures next to the
# themes), the comparison with the previous round, a closed round that
# refuses changes, the verbeterplan with an overdue action in `casus
# signalen`, bad input, and an instrument file with its FILE:LINE messages.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden/zelfevaluatie"
D="$top_srcdir/tests/data/zelfevaluatie"
db="$T_DIR/t.db"
ze() { "$CASUS" --db "$db" zelfevaluatie "$@"; }

"$CASUS" --db "$db" import "$D/klanten.csv" "$D/voortrajecten.csv" "$D/activiteiten.csv" \
	"$D/startbanen.csv" "$D/onhold.csv" > /dev/null || exit 1

t_status "geen rondes: status 0" 0 ze
t_check "  zegt hoe te beginnen" grep -q "^Nog geen rondes" "$T_DIR/out"

# round 1, spring 2025
{
	ze nieuw "Voorjaar 2025" --datum 01-04-2025 --deelnemers "Sanne, Pieter, teamleider"
	ze score "Voorjaar 2025" 1.1 6
	ze score "Voorjaar 2025" 1.2 7 --toelichting "Niveau wordt bij de start getoetst"
	ze score "Voorjaar 2025" 1.3 nvt
	ze score 1 4.15 5
	ze score 1 4.16 6
	ze score 1 6.21 8
	ze actie 1 Gezondheid "GGD uitnodigen voor het teamoverleg" --eigenaar Sanne --streefdatum 01-06-2025
	ze actie 1 6 "Werkgeversontbijt organiseren" --eigenaar Pieter --streefdatum 01-12-2026
	ze sluit "Voorjaar 2025"
} > "$T_DIR/ronde1" 2>&1
t_golden "ronde 1 ingevuld en afgesloten" "$G/ronde1.out" "$T_DIR/ronde1"

t_status "score in een afgesloten ronde: status 1" 1 ze score 1 1.1 9
t_check "  melding" grep -q "^casus: ronde 'Voorjaar 2025' is afgesloten en kan niet meer veranderen$" "$T_DIR/err"
t_status "actie in een afgesloten ronde: status 1" 1 ze actie 1 1 "Iets"

# round 2, autumn 2025
{
	ze nieuw "Najaar 2025" --datum 01-10-2025
	ze score "Najaar 2025" 1.1 7
	ze score 2 1.2 8
	ze score 2 1.4 6
	ze score 2 4.15 4
	ze score 2 4.16 nvt
	ze score 2 6.21 8
	ze score 2 7.26 10
	ze score 2 7.26 open
	ze status 2 klaar
} > "$T_DIR/ronde2" 2>&1
t_golden "ronde 2 ingevuld" "$G/ronde2.out" "$T_DIR/ronde2"

t_status "de rondes: status 0" 0 ze
t_golden "  uitvoer" "$G/rondes.out" "$T_DIR/out"
t_status "toon ronde 1: status 0" 0 ze toon "Voorjaar 2025"
t_golden "  uitvoer" "$G/toon-1.out" "$T_DIR/out"
t_status "toon ronde 2: status 0" 0 ze toon 2
t_golden "  uitvoer (vergeleken met ronde 1)" "$G/toon-2.out" "$T_DIR/out"

t_status "signalen: status 0" 0 "$CASUS" --db "$db" signalen
sed -n '/^Verbeterplan zelfevaluatie/,$p' "$T_DIR/out" > "$T_DIR/verbeterplan"
t_golden "  de actie over de streefdatum staat erin" "$G/signalen.out" "$T_DIR/verbeterplan"
t_status "signalen op 01-05-2025: status 0" 0 "$CASUS" --db "$db" signalen --datum 01-05-2025
t_check "  nog niet over de streefdatum" sh -c "! grep -q Verbeterplan '$T_DIR/out'"
# the agenda has them too: past the streefdatum on its first day (verlopen)
t_status "agenda --alle: status 0" 0 "$CASUS" --db "$db" agenda --alle
t_check "  de verlopen actie van het verbeterplan" sh -c "grep -q '^  Actie .*Verbeterplan .*verlopen)' '$T_DIR/out'"
t_status "agenda --alle --datum 01-05-2025: status 0" 0 "$CASUS" --db "$db" agenda --alle --datum 01-05-2025 --dagen 1
t_check "  toen nog geen actie verlopen" sh -c "! grep -q 'Verbeterplan.*verlopen)' '$T_DIR/out'"

# bad input
t_status "onbekende ronde: status 1" 1 ze toon "Zomer"
t_check "  melding" grep -q "^casus: ronde 'Zomer' bestaat niet" "$T_DIR/err"
t_status "waarde 11: status 1" 1 ze score 2 1.1 11
t_check "  melding" grep -q "^casus: Waarde: '11' kan niet (nvt, 1 tot en met 10, of open)$" "$T_DIR/err"
t_status "onbekende stelling: status 1" 1 ze score 2 9.1 5
t_check "  melding" grep -q "^casus: Nummer: stelling '9.1' staat niet in het instrument" "$T_DIR/err"
t_status "onbekend thema: status 1" 1 ze actie 2 Wonen "Iets"
t_check "  melding" grep -q "^casus: Thema: 'Wonen' is geen thema" "$T_DIR/err"
t_status "streefdatum 31-02-2026: status 1" 1 ze actie 2 1 "Iets" --streefdatum 31-02-2026
t_check "  melding" grep -q "^casus: --streefdatum: 31-02-2026 bestaat niet in de kalender$" "$T_DIR/err"
t_status "dubbele naam: status 1" 1 ze nieuw "Najaar 2025"
t_check "  melding" grep -q "^casus: Naam: er is al een ronde 'Najaar 2025'$" "$T_DIR/err"
t_status "naam met een besturingsteken: status 1" 1 ze nieuw "$(printf 'Ronde\033[2J')"
t_check "  melding" grep -q "^casus: Naam: bevat besturingstekens of ongeldige UTF-8$" "$T_DIR/err"
t_status "naam van alleen cijfers: status 1" 1 ze nieuw 2027
t_check "  melding" grep -q "^casus: Naam: alleen cijfers kan niet" "$T_DIR/err"
t_status "te weinig argumenten: status 1" 1 ze score 2 1.1
t_status "onbekende opdracht: status 1" 1 ze wis 2
t_status "status van een onbekende actie: status 1" 1 ze status 99 klaar
t_check "  melding" grep -q "^casus: actie 99 bestaat niet$" "$T_DIR/err"

# an instrument file with errors, then a good one
cat > "$T_DIR/fout.txt" <<'EOT'
# een instrument met fouten
instrument: Verbetertool
thema 1: Taal
stelling 2.1: Verkeerd thema
stelling 1.1: Goed
tip:
onzin
EOT
t_status "instrument met fouten: status 1" 1 ze instrument "$T_DIR/fout.txt"
sed "s|$T_DIR/||" "$T_DIR/err" > "$T_DIR/fouten"
t_golden "  FILE:LINE-meldingen" "$G/instrument-fouten.err" "$T_DIR/fouten"
t_status "ontbrekend bestand: status 1" 1 ze instrument "$T_DIR/weg.txt"
printf 'instrument: Verbetertool\nversie: 2026\nthema 1: Taal\nstelling 1.1: Een\ntip: Tip een\nthema 2: Werk\nstelling 2.2: Twee\n' > "$T_DIR/goed.txt"
t_status "goed instrument: status 0" 0 ze instrument "$T_DIR/goed.txt"
t_check "  gemeld" grep -q "^Instrument Verbetertool versie 2026 geladen: 2 thema's, 2 stellingen" "$T_DIR/out"
t_status "nog een keer: status 1" 1 ze instrument "$T_DIR/goed.txt"
t_check "  al geladen" grep -q "is al geladen" "$T_DIR/err"
ze nieuw "Voorjaar 2026" --datum 01-04-2026 > /dev/null
t_status "ronde met het nieuwe instrument: status 0" 0 ze toon "Voorjaar 2026"
t_check "  niet vergeleken met een ander instrument" \
	grep -q "^Geen eerdere ronde van dit instrument om mee te vergelijken$" "$T_DIR/out"
t_check "  de oude actie gaat niet mee naar een ander instrument" sh -c "! grep -q GGD '$T_DIR/out'"

t_done
