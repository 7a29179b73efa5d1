#!/bin/sh
# agenda.sh - casus agenda on a fixed demo caseload: my clients (the
# setting consultant) for the default 7 days, --alle, --dagen, --datum;
# what comes in (journal appointments, planned PIP steps, the signals'
# deadlines) and bad options.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden"
db="$T_DIR/t.db"
"$CASUS" --db "$db" demo --klanten 60 --seed 7 > /dev/null || exit 1

# no consultant set: "me" is the consultant with the login $USER (the demo
# made one for "tester"); under another login nobody is "me"
t_status "zonder consultant, login tester: status 0" 0 "$CASUS" --db "$db" agenda
t_check "  de consulent van de login" grep -q "(klanten van tester)$" "$T_DIR/out"
t_status "zonder consultant, login gast: status 1" 1 env USER=gast "$CASUS" --db "$db" agenda
t_check "  melding" grep -q "^casus: agenda: niet bekend wie u bent; leg het vast met 'casus instelling consultant LOGIN' of gebruik --alle$" "$T_DIR/err"

"$CASUS" --db "$db" instelling consultant svries > /dev/null
t_status "mijn klanten, 7 dagen: status 0" 0 "$CASUS" --db "$db" agenda --dagen 14
t_golden "  uitvoer" "$G/agenda-mijn-14.out" "$T_DIR/out"
t_status "standaard 7 dagen: status 0" 0 "$CASUS" --db "$db" agenda
t_golden "  uitvoer" "$G/agenda-mijn.out" "$T_DIR/out"
t_check "  titel: 7 dagen vanaf vandaag" grep -q "^Agenda di 24-11-2026 t/m ma 30-11-2026 (klanten van Sanne de Vries)$" "$T_DIR/out"
t_status "--alle --dagen 30: status 0" 0 "$CASUS" --db "$db" agenda --alle --dagen 30
t_golden "  uitvoer" "$G/agenda-alle-30.out" "$T_DIR/out"
# each kind of item is there: an appointment, a planned PIP step, deadlines
t_check "  afspraak uit het journaal" grep -q "Gesprek .*Afspraak (journaal)$" "$T_DIR/out"
t_check "  geplande PIP-stap" grep -q "PIP-stap .*Voortgangsgesprek (gepland)$" "$T_DIR/out"
t_check "  PIP binnen 10 weken" grep -q "Termijn .*PIP vaststellen uiterlijk 04-12-2026$" "$T_DIR/out"
t_check "  einde contract" grep -q "Termijn .*Contract eindigt 08-12-2026$" "$T_DIR/out"
t_check "  wissel leerroute" grep -q "Termijn .*Wissel leerroute kan tot 09-12-2026$" "$T_DIR/out"
# a deadline further than a signal's own look-ahead is still found: the
# contract signal looks 30 days ahead, the agenda of 90 days finds more
"$CASUS" --db "$db" agenda --alle --dagen 90 > "$T_DIR/90"
t_check "  90 dagen: einde contract na 30 dagen" sh -c "grep 'Contract eindigt' '$T_DIR/90' | grep -q -- '-0[1-2]-2027'"
t_status "--datum 04-12-2026 --dagen 1 --alle: status 0" 0 "$CASUS" --db "$db" agenda --datum 04-12-2026 --dagen 1 --alle
t_golden "  uitvoer" "$G/agenda-2026-12-04.out" "$T_DIR/out"
t_status "--datum=2026-12-04 (ISO): status 0" 0 "$CASUS" --db "$db" agenda --datum=2026-12-04 --dagen=1 --alle
t_golden "  zelfde uitvoer" "$G/agenda-2026-12-04.out" "$T_DIR/out"

# an on-hold period of K390325 from 11-07-2026 is "lang" after 11-10-2026:
# that date is in the agenda of that one day (also when it is the last day)
t_status "--datum 11-10-2026 --dagen 1 --alle: status 0" 0 "$CASUS" --db "$db" agenda --datum 11-10-2026 --dagen 1 --alle
t_check "  lang on hold op de laatste dag" grep -q "K390325 .*On hold sinds 11-07-2026 (meer dan 3 maanden)$" "$T_DIR/out"
"$CASUS" --db "$db" agenda --datum 05-10-2026 --dagen 7 --alle > "$T_DIR/week"
t_check "  lang on hold op de laatste dag van een week" grep -q "K390325 .*On hold sinds 11-07-2026" "$T_DIR/week"

t_status "--dagen 0: status 1" 1 "$CASUS" --db "$db" agenda --dagen 0
t_check "  melding" grep -q "^casus: --dagen" "$T_DIR/err"
t_status "--dagen 367: status 1" 1 "$CASUS" --db "$db" agenda --dagen 367
t_status "--datum 31-02-2025: status 1" 1 "$CASUS" --db "$db" agenda --datum 31-02-2025
t_check "  melding" grep -q "^casus: --datum: 31-02-2025 bestaat niet in de kalender$" "$T_DIR/err"
t_status "onbekende optie: status 1" 1 "$CASUS" --db "$db" agenda --morgen
t_status "onverwacht argument: status 1" 1 "$CASUS" --db "$db" agenda week
t_status "geen database: status 1" 1 "$CASUS" --db "$T_DIR/nieuw.db" agenda --alle
t_check "  geen bestand gemaakt" test ! -e "$T_DIR/nieuw.db"

t_done
