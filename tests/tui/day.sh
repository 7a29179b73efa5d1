#!/bin/sh
# day.sh - scripted-screen tests of what a consultant's day needs: the
# first start ("wie bent u?"), Instellingen, Vandaag / deze week (agenda)
# and Signalen for my caseload.  Like screens.sh (run_screens in
# lib_tui.sh): keys from tests/tui/scripts/NAME.keys on a virtual 80x24
# screen, every <Dump x> compared with tests/tui/expected/NAME/x.txt
# (CASUS_UPDATE_GOLDEN=1 rewrites them).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/lib_tui.sh"

t_check "testcaseload importeren" tui_fixture "$BASE"

# First start under a login no consultant has: casus asks who you are;
# the choice is stored, "Mijn caseload" follows it; Instellingen changes
# gemeente, peildatum (warning) and refuses a bad threshold.
run_screens instellingen env USER=gast
t_check "instellingen: gekozen consultant opgeslagen" \
	sh -c "'$CASUS' --db '$T_DIR/instellingen.db' instelling consultant | grep -q 'Waarde: sanne.de.vries'"
t_check "instellingen: gemeente opgeslagen" \
	sh -c "'$CASUS' --db '$T_DIR/instellingen.db' instelling gemeente | grep -q 'Waarde: Deventer'"
t_check "instellingen: drempel niet opgeslagen" \
	sh -c "'$CASUS' --db '$T_DIR/instellingen.db' instelling signaal.pip_dagen | grep -q 'Waarde: (niet ingesteld)'"
# The question comes only once: with the consultant set (here by the
# command line) a start under any login opens Mijn caseload at once.
cp "$BASE" "$T_DIR/later.db"
"$CASUS" --db "$T_DIR/later.db" instelling consultant joris.van.dijk > /dev/null
run_screens -b "$T_DIR/later.db" instellingen-later env USER=gast
t_check "tweede start: geen vraag" sh -c "! grep -q 'Wie bent u' '$T_DIR/instellingen-later/start.txt'"

# A changed signal threshold: the overview is recomputed, not kept until
# the next day.
run_screens drempel
t_check "drempel: eerst een signaal bij K1003" grep -q "K1003 .*Contract lo" "$T_DIR/drempel/voor.txt"
t_check "drempel: daarna niet meer" sh -c "! grep -q 'K1003 .*Contract lo' '$T_DIR/drempel/na.txt'"
t_check "drempel: terug naar de standaard: weer een signaal" grep -q "K1003 .*Contract lo" "$T_DIR/drempel/weer.txt"

# Signalen for my caseload, the team, all; filter by kind; search.
run_screens signalen
t_check "signalen: standaard mijn klanten (Joris' klant K1007 niet)" \
	sh -c "grep -q 'Signalen · mijn klanten: 4 klanten' '$T_DIR/signalen/mijn.txt' && ! grep -q K1007 '$T_DIR/signalen/mijn.txt'"
t_check "signalen: team toont K1007" grep -q "K1007" "$T_DIR/signalen/team.txt"
t_check "signalen: een termijn vóór een zacht signaal" \
	sh -c "grep -n 'K1003\\|K1001' '$T_DIR/signalen/mijn.txt' | head -1 | grep -q K1003"
t_check "signalen: legenda op het scherm" grep -q "! verlopen  · binnenkort  (+N) nog N signalen" "$T_DIR/signalen/mijn.txt"
t_check "signalen: zoeken vindt K1007 buiten mijn klanten" grep -q "K1007" "$T_DIR/signalen/zoek.txt"
t_check "signalen: Enter opent de kaart" grep -q "Abdullahi Warsame" "$T_DIR/signalen/kaart.txt"

# Vandaag / deze week on a demo caseload (journal appointments, planned
# PIP steps, deadlines), as the consultant "tester" of that demo.
USER=tester "$CASUS" --db "$T_DIR/demo.db" demo --klanten 60 --seed 7 > /dev/null
run_screens -b "$T_DIR/demo.db" agenda env USER=tester
t_check "agenda: Enter opent de kaart van de gekozen klant" \
	sh -c "sed -n 2p '$T_DIR/agenda/kaart.txt' | grep -q 'Núñez, Ana · K374487'"
t_check "agenda: de tweede regel is gekozen" \
	sh -c "grep -A1 'K374487  Núñez, Ana  *Voortgangsgesprek (gepland)' '$T_DIR/agenda/omlaag.txt' | sed -n 2p | grep -q '^rrrr'"

# A verbeterplan action in the agenda: Enter opens the Zelfevaluatie, not
# a client card (it has no client).
cp "$T_DIR/demo.db" "$T_DIR/actie-basis.db"
{
	"$CASUS" --db "$T_DIR/actie-basis.db" zelfevaluatie nieuw "Najaar 2026" --datum 01-10-2026 &&
	"$CASUS" --db "$T_DIR/actie-basis.db" zelfevaluatie actie "Najaar 2026" 6 \
		"Werkgeversontbijt organiseren" --eigenaar Pieter --streefdatum 30-11-2026
} > "$T_DIR/actie-basis.out" 2>&1
t_check "agenda-actie: ronde en actie vastgelegd" test $? = 0
run_screens -b "$T_DIR/actie-basis.db" agenda-actie env USER=tester
t_check "agenda-actie: de actie (de laatste regel) is gekozen" \
	sh -c "grep -A1 'Actie  *Verbeterplan  *Thema 6: Werkgeversontbijt' '$T_DIR/agenda-actie/actie.txt' | sed -n 2p | grep -q '^rrrr'"
t_check "agenda-actie: Enter opent de Zelfevaluatie" \
	sh -c "sed -n 1p '$T_DIR/agenda-actie/zelfevaluatie.txt' | grep -q 'Zelfevaluatie'"

# The first start of a later day: "Mijn caseload" is drawn after only the
# user's due clients are recomputed, the others follow before a key is
# read (tui.c, tui_refresh_first).  The first screen equals the one after
# a full recomputation, and afterwards no client is left due.
SQLQ="$top_builddir/tests/tools/sqlq"
cp "$T_DIR/demo.db" "$T_DIR/dag1.db"
printf '<Dump eerste>' > "$T_DIR/dag.keys"
USER=tester CASUS_TUI_SCRIPT="$T_DIR/dag.keys" CASUS_TUI_DUMP="$T_DIR" "$CASUS" --db "$T_DIR/dag1.db" > /dev/null 2>&1
later=2027-02-10
mine=$("$SQLQ" "$T_DIR/dag1.db" "SELECT count(*) FROM client_status WHERE herbereken_op <= '$later' AND regiehouder_id = (SELECT id FROM consultant WHERE login = 'tester')")
others=$("$SQLQ" "$T_DIR/dag1.db" "SELECT count(*) FROM client_status WHERE herbereken_op <= '$later' AND regiehouder_id IS NOT (SELECT id FROM consultant WHERE login = 'tester')")
t_check "nieuwe dag: klanten van mij en van anderen te herberekenen ($mine, $others)" \
	test "$mine" -gt 0 -a "$others" -gt 0
cp "$T_DIR/dag1.db" "$T_DIR/dag-vol.db"
"$SQLQ" "$T_DIR/dag-vol.db" "DELETE FROM setting WHERE key = 'overzicht.datum'" > /dev/null
mkdir -p "$T_DIR/dag-snel" "$T_DIR/dag-vol"
USER=tester CASUS_TODAY=$later CASUS_TUI_SCRIPT="$T_DIR/dag.keys" CASUS_TUI_DUMP="$T_DIR/dag-snel" \
	"$CASUS" --db "$T_DIR/dag1.db" > /dev/null 2>&1
USER=tester CASUS_TODAY=$later CASUS_TUI_SCRIPT="$T_DIR/dag.keys" CASUS_TUI_DUMP="$T_DIR/dag-vol" \
	"$CASUS" --db "$T_DIR/dag-vol.db" > /dev/null 2>&1
t_check "nieuwe dag: eerste scherm is Mijn caseload" grep -q "Mijn caseload" "$T_DIR/dag-snel/eerste.txt"
t_check "nieuwe dag: eerste scherm gelijk aan dat na volledig herberekenen" \
	cmp -s "$T_DIR/dag-snel/eerste.txt" "$T_DIR/dag-vol/eerste.txt"
t_check "nieuwe dag: daarna geen klant meer te herberekenen" \
	test "$("$SQLQ" "$T_DIR/dag1.db" "SELECT count(*) FROM client_status WHERE herbereken_op <= '$later'")" = 0
t_check "nieuwe dag: het overzicht houdt de dag voor iedereen" \
	test "$("$SQLQ" "$T_DIR/dag1.db" "SELECT count(*) FROM setting WHERE key = 'overzicht.rest'")" = 0
cols="SELECT client_id, situatie, urgentie, nsignalen, signaal_soort, herbereken_op FROM client_status ORDER BY client_id"
"$SQLQ" "$T_DIR/dag1.db" "$cols" > "$T_DIR/dag-snel.rows"
"$SQLQ" "$T_DIR/dag-vol.db" "$cols" > "$T_DIR/dag-vol.rows"
t_check "nieuwe dag: elke regel ($(wc -l < "$T_DIR/dag-vol.rows")) gelijk aan volledig herberekend" \
	sh -c "test \$(wc -l < '$T_DIR/dag-vol.rows') = 60 && cmp -s '$T_DIR/dag-snel.rows' '$T_DIR/dag-vol.rows'"

# The first start of a later day while another casus holds the write lock
# (in the middle of a save): after the busy wait the list is drawn from
# the rows as they are, with a message that says so; the next start, with
# the lock gone, brings the overview to the day.
cp "$T_DIR/demo.db" "$T_DIR/bezet.db"
USER=tester CASUS_TUI_SCRIPT="$T_DIR/dag.keys" CASUS_TUI_DUMP="$T_DIR" "$CASUS" --db "$T_DIR/bezet.db" > /dev/null 2>&1
t_hold_lock "$T_DIR/bezet.db" 3
mkdir -p "$T_DIR/bezet-dag" "$T_DIR/bezet-later"
USER=tester CASUS_BUSY_TIMEOUT=300 CASUS_TODAY=$later CASUS_TUI_SCRIPT="$T_DIR/dag.keys" \
	CASUS_TUI_DUMP="$T_DIR/bezet-dag" "$CASUS" --db "$T_DIR/bezet.db" > /dev/null 2>&1
t_check "bezet op een nieuwe dag: casus stopt netjes" test $? = 0
wait $T_LOCK_PID
t_check "bezet op een nieuwe dag: de lijst staat er" grep -q "Mijn caseload: " "$T_DIR/bezet-dag/eerste.txt"
t_check "bezet op een nieuwe dag: melding dat het overzicht niet is bijgewerkt" \
	grep -q "Het overzicht kon niet worden bijgewerkt" "$T_DIR/bezet-dag/eerste.txt"
t_check "bezet op een nieuwe dag: de dag is niet vastgelegd" \
	test "$("$SQLQ" "$T_DIR/bezet.db" "SELECT count(*) FROM setting WHERE key = 'overzicht.datum' AND value = '$later'")" = 0
USER=tester CASUS_TODAY=$later CASUS_TUI_SCRIPT="$T_DIR/dag.keys" CASUS_TUI_DUMP="$T_DIR/bezet-later" \
	"$CASUS" --db "$T_DIR/bezet.db" > /dev/null 2>&1
t_check "bezet op een nieuwe dag: daarna zonder melding" \
	sh -c "grep -q 'Mijn caseload: ' '$T_DIR/bezet-later/eerste.txt' && ! grep -q 'niet worden bijgewerkt' '$T_DIR/bezet-later/eerste.txt'"
t_check "bezet op een nieuwe dag: daarna houdt het overzicht de dag" \
	test "$("$SQLQ" "$T_DIR/bezet.db" "SELECT count(*) FROM setting WHERE key = 'overzicht.datum' AND value = '$later'")" = 1

# After a long absence (tui.c, "the rest of the day"): with more of the
# user's clients due than the first screen takes (CASUS_FIRST_SCREEN_MAX,
# here 10), the first screen recomputes only the rows it shows and its
# title says the signals are being brought up to date; the rest follows in
# steps between keys.  <Direct>: the keys come at once, before any step
# (a user who types straight away); <Wacht>: the steps run out first.
# Everything is compared with the same keys on a copy whose rows are all
# recomputed before the first screen (overzicht.datum removed).
USER=tester "$CASUS" --db "$T_DIR/veel.db" demo --klanten 4000 --seed 7 > /dev/null
printf '<Dump eerste>' > "$T_DIR/veel.keys"
mkdir -p "$T_DIR/veel0"
USER=tester CASUS_TUI_SCRIPT="$T_DIR/veel.keys" CASUS_TUI_DUMP="$T_DIR/veel0" \
	"$CASUS" --db "$T_DIR/veel.db" > /dev/null 2>&1
lang=2027-03-01
for v in vol direct stop urgentie signalen; do
	cp "$T_DIR/veel.db" "$T_DIR/veel-$v.db"
	mkdir -p "$T_DIR/veel-$v"
done
"$SQLQ" "$T_DIR/veel-vol.db" "DELETE FROM setting WHERE key = 'overzicht.datum'" > /dev/null
veel() {  # veel NAME KEYS: the first start of $lang on veel-NAME.db
	printf '%s' "$2" > "$T_DIR/veel-$1.keys"
	USER=tester CASUS_FIRST_SCREEN_MAX=10 CASUS_TODAY=$lang CASUS_TUI_SCRIPT="$T_DIR/veel-$1.keys" \
		CASUS_TUI_DUMP="$T_DIR/veel-$1" "$CASUS" --db "$T_DIR/veel-$1.db" > /dev/null 2>&1
}
mine=$("$SQLQ" "$T_DIR/veel.db" "SELECT count(*) FROM client_status WHERE herbereken_op <= '$lang' AND regiehouder_id = (SELECT id FROM consultant WHERE login = 'tester')")
t_check "lange afwezigheid: meer klanten van mij te herberekenen dan het eerste scherm neemt ($mine)" \
	test "$mine" -gt 100
veel vol '<Dump eerste><PgDn><Dump pagina2><Dump klaar>v<Dump urgentie>s<Dump signalen>'
veel direct '<Direct><Dump eerste><PgDn><Dump pagina2><Wacht><Dump klaar>'
t_check "lange afwezigheid: casus stopt netjes" test $? = 0
t_check "lange afwezigheid: de titel zegt dat de signalen worden bijgewerkt" \
	sh -c "sed -n 1p '$T_DIR/veel-direct/eerste.txt' | grep -q 'Mijn caseload: .* klanten · signalen worden bijgewerkt…'"
for d in eerste pagina2; do
	t_check "lange afwezigheid: de regels van $d gelijk aan die na volledig herberekenen" \
		sh -c "sed -n 2,22p '$T_DIR/veel-direct/$d.txt' > '$T_DIR/veel-d.txt' &&
		       sed -n 2,22p '$T_DIR/veel-vol/$d.txt' > '$T_DIR/veel-v.txt' &&
		       grep -q '^ [^ ]' '$T_DIR/veel-v.txt' && cmp -s '$T_DIR/veel-d.txt' '$T_DIR/veel-v.txt'"
done
t_check "lange afwezigheid: na de stappen het scherm (met het aantal signalen) gelijk" \
	sh -c "grep -q ' met signaal' '$T_DIR/veel-vol/klaar.txt' && cmp -s '$T_DIR/veel-direct/klaar.txt' '$T_DIR/veel-vol/klaar.txt'"
# (herbereken_op and the agenda plan may differ: a row that was not due
# keeps what it was given earlier, a full pass computes it anew; both hold
# from the day on)
cols="SELECT client_id, situatie, urgentie, nsignalen, signaal_soort, signaal, laatste_contact, herbereken_op > '$lang' FROM client_status ORDER BY client_id"
"$SQLQ" "$T_DIR/veel-vol.db" "$cols" > "$T_DIR/veel-vol.rows"
"$SQLQ" "$T_DIR/veel-direct.db" "$cols" > "$T_DIR/veel-direct.rows"
t_check "lange afwezigheid: na de stappen elke regel ($(wc -l < "$T_DIR/veel-vol.rows")) gelijk aan volledig herberekend" \
	sh -c "test \$(wc -l < '$T_DIR/veel-vol.rows') = 4000 && cmp -s '$T_DIR/veel-direct.rows' '$T_DIR/veel-vol.rows'"
t_check "lange afwezigheid: na de stappen houdt het overzicht de dag" \
	test "$("$SQLQ" "$T_DIR/veel-direct.db" "SELECT count(*) FROM setting WHERE key = 'overzicht.rest'")" = 0
# Quitting before the steps ran: the rest stays due and the next start
# does it.
veel stop '<Direct><Dump eerste>'
t_check "stoppen voor de stappen: de rest blijft staan" \
	test "$("$SQLQ" "$T_DIR/veel-stop.db" "SELECT count(*) FROM setting WHERE key = 'overzicht.rest' AND value = '$lang'")" = 1 -a \
	"$("$SQLQ" "$T_DIR/veel-stop.db" "SELECT count(*) FROM client_status WHERE herbereken_op <= '$lang'")" -gt 100
veel stop '<Dump eerste>'
"$SQLQ" "$T_DIR/veel-stop.db" "$cols" > "$T_DIR/veel-stop.rows"
t_check "stoppen voor de stappen: de volgende start maakt het af" \
	sh -c "cmp -s '$T_DIR/veel-stop.rows' '$T_DIR/veel-vol.rows' &&
	       test \$('$SQLQ' '$T_DIR/veel-stop.db' \"SELECT count(*) FROM setting WHERE key = 'overzicht.rest'\") = 0"
# Another casus takes the write lock after the first screen, while the
# rest still has to run: the step that meets it says so on the screen, the
# rest stays due, and the next start does it.
cp "$T_DIR/veel.db" "$T_DIR/veel-bezet.db"
mkdir -p "$T_DIR/veel-bezet"
printf '<Direct><Dump eerste><Sleep 2500><Wacht><Dump bezet>' > "$T_DIR/veel-bezet.keys"
USER=tester CASUS_BUSY_TIMEOUT=300 CASUS_FIRST_SCREEN_MAX=10 CASUS_TODAY=$lang \
	CASUS_TUI_SCRIPT="$T_DIR/veel-bezet.keys" CASUS_TUI_DUMP="$T_DIR/veel-bezet" \
	"$CASUS" --db "$T_DIR/veel-bezet.db" > /dev/null 2>&1 &
casus_pid=$!
i=0
while [ ! -e "$T_DIR/veel-bezet/eerste.txt" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
t_hold_lock "$T_DIR/veel-bezet.db" 4
wait $casus_pid
t_check "bezet tijdens de rest: casus stopt netjes" test $? = 0
wait $T_LOCK_PID
t_check "bezet tijdens de rest: melding op het scherm" \
	grep -q "Het overzicht kon niet worden bijgewerkt" "$T_DIR/veel-bezet/bezet.txt"
t_check "bezet tijdens de rest: de rest blijft staan" \
	test "$("$SQLQ" "$T_DIR/veel-bezet.db" "SELECT count(*) FROM client_status WHERE herbereken_op <= '$lang'")" -gt 100
veel bezet '<Dump later>'
"$SQLQ" "$T_DIR/veel-bezet.db" "$cols" > "$T_DIR/veel-bezet.rows"
t_check "bezet tijdens de rest: de volgende start maakt het af" \
	cmp -s "$T_DIR/veel-bezet.rows" "$T_DIR/veel-vol.rows"

# An order or a screen that needs every row (urgency, Signalen) finishes
# the rest at once, with the progress line.
veel urgentie '<Direct>v<Dump urgentie>'
t_check "volgorde urgentie meteen: eerst de rest, met een voortgangsregel" test -e "$T_DIR/veel-urgentie/voortgang-1.dump"
t_check "volgorde urgentie meteen: het scherm gelijk aan dat na volledig herberekenen" \
	cmp -s "$T_DIR/veel-urgentie/urgentie.txt" "$T_DIR/veel-vol/urgentie.txt"
veel signalen '<Direct>s<Dump signalen>'
t_check "Signalen meteen: het scherm gelijk aan dat na volledig herberekenen" \
	sh -c "grep -q '^ Signalen' '$T_DIR/veel-vol/signalen.txt' && cmp -s '$T_DIR/veel-signalen/signalen.txt' '$T_DIR/veel-vol/signalen.txt'"

t_done
