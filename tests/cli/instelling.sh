#!/bin/sh
# instelling.sh - casus instelling: the list, one setting, setting and
# clearing values, the Dutch messages of bad values (nothing stored), the
# peildatum warning, and "Gemeente / team" in the registration's Toelichting.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden"
db="$T_DIR/t.db"
"$CASUS" --db "$db" demo --klanten 20 --seed 7 > /dev/null || exit 1

t_status "lijst: status 0" 0 "$CASUS" --db "$db" instelling
t_golden "  uitvoer (niets ingesteld)" "$G/instelling-leeg.out" "$T_DIR/out"
t_status "één instelling: status 0" 0 "$CASUS" --db "$db" instelling signaal.pip_dagen
t_golden "  uitvoer" "$G/instelling-pip.out" "$T_DIR/out"

t_status "consultant svries: status 0" 0 "$CASUS" --db "$db" instelling consultant svries
t_check "  bevestiging" grep -q "^consultant is nu: svries$" "$T_DIR/out"
t_status "consultant SVRIES (hoofdletters): status 0" 0 "$CASUS" --db "$db" instelling consultant SVRIES
t_check "  opgeslagen als de login" grep -q "^consultant is nu: svries$" "$T_DIR/out"
t_status "gemeente: status 0" 0 "$CASUS" --db "$db" instelling gemeente "Deventer"
t_status "team: status 0" 0 "$CASUS" --db "$db" instelling team "Team Inburgering Oost"
t_status "peildatum 31-10-2026: status 0" 0 "$CASUS" --db "$db" instelling peildatum 31-10-2026
t_check "  geen waarschuwing" test ! -s "$T_DIR/err"
t_status "signaal.contract_dagen 45: status 0" 0 "$CASUS" --db "$db" instelling signaal.contract_dagen 45
t_status "lijst na vastleggen: status 0" 0 "$CASUS" --db "$db" instelling
t_golden "  uitvoer" "$G/instelling.out" "$T_DIR/out"
cp "$T_DIR/out" "$T_DIR/voor"

# bad values: exit 1, a message naming the setting and the problem, nothing stored
t_status "onbekende consulent: status 1" 1 "$CASUS" --db "$db" instelling consultant pietje
t_check "  melding" grep -q "^casus: Consulent (wie ben ik): geen consulent met de login 'pietje' (bekend: .*svries" "$T_DIR/err"
t_status "peildatum 31-02-2026: status 1" 1 "$CASUS" --db "$db" instelling peildatum 31-02-2026
t_check "  melding" grep -q "^casus: Peildatum: '31-02-2026' is " "$T_DIR/err"
t_status "peildatum morgen: status 1" 1 "$CASUS" --db "$db" instelling peildatum morgen
t_check "  melding" grep -q "^casus: Peildatum: 'morgen' is " "$T_DIR/err"
t_status "signaal.pip_dagen 0: status 1" 1 "$CASUS" --db "$db" instelling signaal.pip_dagen 0
t_check "  melding" grep -q "^casus: Signaal PIP-termijn: 0 ligt niet tussen 1 en 999$" "$T_DIR/err"
t_status "signaal.pip_dagen veertien: status 1" 1 "$CASUS" --db "$db" instelling signaal.pip_dagen veertien
t_check "  melding" grep -q "^casus: Signaal PIP-termijn: 'veertien' is geen geheel getal$" "$T_DIR/err"
t_status "team met een stuurteken: status 1" 1 "$CASUS" --db "$db" instelling team "$(printf 'Team\033[31m')"
t_check "  melding" grep -q "^casus: Team: bevat een stuurteken of onzichtbaar teken$" "$T_DIR/err"
t_status "gemeente te lang: status 1" 1 "$CASUS" --db "$db" instelling gemeente "$(printf '%0101d' 0)"
t_check "  melding" grep -q "^casus: Gemeente: te lang (hoogstens 100 tekens)$" "$T_DIR/err"
t_status "onbekende instelling: status 1" 1 "$CASUS" --db "$db" instelling kleur blauw
t_check "  melding" grep -q "^casus: instelling: 'kleur' bestaat niet; de instellingen staan in 'casus instelling'$" "$T_DIR/err"
t_status "drie argumenten: status 1" 1 "$CASUS" --db "$db" instelling team a b
"$CASUS" --db "$db" instelling > "$T_DIR/na"
t_check "  niets opgeslagen" cmp -s "$T_DIR/voor" "$T_DIR/na"

# a peildatum that is not 31 oktober: stored, with a warning
t_status "peildatum 30-10-2026: status 0" 0 "$CASUS" --db "$db" instelling peildatum 30-10-2026
t_check "  waarschuwing" grep -q "^casus: Let op: peildatum 30-10-2026 is geen 31 oktober" "$T_DIR/err"
t_check "  opgeslagen" grep -q "^peildatum is nu: 30-10-2026$" "$T_DIR/out"
t_status "peildatum in jjjj-mm-dd: status 0" 0 "$CASUS" --db "$db" instelling peildatum 2026-10-31
t_check "  getoond als dd-mm-jjjj" grep -q "^peildatum is nu: 31-10-2026$" "$T_DIR/out"

# the registration's Toelichting: "Gemeente / team"
t_status "export --csv: status 0" 0 "$CASUS" --db "$db" export --peildatum 31-10-2026 --csv "$T_DIR/csv"
t_check "  Toelichting: gemeente en team" grep -q "^Gemeente / team;Deventer / Team Inburgering Oost" "$T_DIR/csv/1-toelichting.csv"
t_status "gemeente wissen (\"\"): status 0" 0 "$CASUS" --db "$db" instelling gemeente ""
t_check "  bevestiging" grep -q "^gemeente is gewist (standaard geldt weer).$" "$T_DIR/out"
"$CASUS" --db "$db" export --peildatum 31-10-2026 --csv "$T_DIR/csv2" > /dev/null 2>&1
t_check "  Toelichting: alleen het team" grep -q "^Gemeente / team;Team Inburgering Oost" "$T_DIR/csv2/1-toelichting.csv"

t_status "geen database: status 1" 1 "$CASUS" --db "$T_DIR/nieuw.db" instelling
t_check "  geen bestand gemaakt" test ! -e "$T_DIR/nieuw.db"

t_done
