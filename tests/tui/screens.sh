#!/bin/sh
# screens.sh - the scripted-screen tests: casus runs with CASUS_TUI_SCRIPT
# (keys from tests/tui/scripts/NAME.keys, a virtual 80x24 screen through
# newterm) and every <Dump x> is compared with tests/tui/expected/NAME/x.txt.
# CASUS_UPDATE_GOLDEN=1 rewrites the expected screens.  run_screens
# (lib_tui.sh) runs one such script.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/lib_tui.sh"

t_check "testcaseload importeren" tui_fixture "$BASE"

for s in caseload zoeken voortraject startbaan uitval einde journaal tolk tijdstip pip-toekomst alles geen-wijziging formulier \
	 overdracht verwijderen registratie kieslijst klantwissen startbaan-leeg bevinding peildatum; do
	run_screens "$s"
done
# casus's own activity type Maatje/mentor: pick list, card, Historie
run_screens activiteit-maatje
# Einddatum on the PIP-step form only for the steps that record one, or
# when a step holds one (issue 13, review)
run_screens pip-einddatum
t_check "pip-einddatum: Voortgangsgesprek houdt de einddatum" \
	sh -c "'$CASUS' --db '$T_DIR/pip-einddatum.db' toon K1002 | grep -q 'Voortgangsgesprek.*einddatum 01-06-2027'"
run_screens pip-uren
t_check "pip-uren: Voortgangsgesprek met uren toont het veld Uren" \
	grep -q "Uren  *12" "$T_DIR/pip-uren/ander-met-uren.txt"
# A PIP step with practice hours, typed as on a Dutch desktop
# (nl_NL.UTF-8, where the C library reads only "12,5" as a number).
t_need_nl
run_screens pip t_nl
t_check "pip: 12,5 uur opgeslagen" sh -c "'$CASUS' --db '$T_DIR/pip.db' toon K1002 | grep -q 'MAP afgerond  *Gepland; 12,5 uur'"

# Esc after a search gives back exactly the list as it was.
t_check "zoeken: Esc herstelt de lijst" cmp -s "$T_DIR/zoeken/voor.txt" "$T_DIR/zoeken/hersteld.txt"
# The fields typed before the resize are still there after it.
t_check "formulier: getypte tekst overleeft het vergroten" grep -q "06-12345678" "$T_DIR/formulier/groot.txt"
t_check "formulier: te klein venster geeft de melding" \
	grep -q "Het venster is te klein (minimaal 80×24)." "$T_DIR/formulier/te-klein.txt"
t_check "formulier: na terugkeer staat de tekst er nog" grep -q "06-12345678" "$T_DIR/formulier/terug.txt"
# Monochrome: the selected line is reverse video.
t_check "selectie in omgekeerde weergave" sh -c "sed -n 6p '$T_DIR/caseload/mijn.txt' | grep -q '^rrrrrrrr'"

# The same caseload screen without colour (NO_COLOR): same text, same
# reverse video for the selection.
mkdir -p "$T_DIR/mono"
cp "$BASE" "$T_DIR/mono.db"
printf '<DumpAttr mijn>' > "$T_DIR/mono.keys"
NO_COLOR=1 CASUS_TUI_SCRIPT="$T_DIR/mono.keys" CASUS_TUI_DUMP="$T_DIR/mono" \
	"$CASUS" --db "$T_DIR/mono.db" > /dev/null 2>&1
awk 'NR % 2 == 1' "$T_DIR/mono/mijn.txt" > "$T_DIR/mono/tekst"
awk 'NR % 2 == 1' "$T_DIR/caseload/mijn.txt" > "$T_DIR/caseload/tekst"
t_check "NO_COLOR: zelfde tekst" cmp -s "$T_DIR/mono/tekst" "$T_DIR/caseload/tekst"
t_check "NO_COLOR: selectie in omgekeerde weergave" sh -c "sed -n 6p '$T_DIR/mono/mijn.txt' | grep -q '^rrrrrrrrrrrrrrrrrrrr'"

# Start in a terminal that is too small.
mkdir -p "$T_DIR/klein"
cp "$BASE" "$T_DIR/klein.db"
LINES=20 COLUMNS=70 CASUS_TUI_SCRIPT="$TUI_D/scripts/klein.keys" CASUS_TUI_DUMP="$T_DIR/klein" \
	"$CASUS" --db "$T_DIR/klein.db" > /dev/null 2>&1
for f in te-klein groot-genoeg; do
	t_golden "klein: scherm $f" "$TUI_D/expected/klein/$f.txt" "$T_DIR/klein/$f.txt"
done

# Another casus holds the write lock: the save asks to retry and keeps the
# text; after the lock is gone the same entry is saved.
H="$top_builddir/tests/tools/holdlock"
if [ -x "$H" ]; then
	cp "$BASE" "$T_DIR/bezet.db"
	# compute the overview first, so that starting needs no write
	printf '' > "$T_DIR/leeg.keys"
	CASUS_TUI_SCRIPT="$T_DIR/leeg.keys" "$CASUS" --db "$T_DIR/bezet.db" > /dev/null 2>&1
	t_hold_lock "$T_DIR/bezet.db" 2
	mkdir -p "$T_DIR/bezet"
	CASUS_TUI_SCRIPT="$TUI_D/scripts/bezet.keys" CASUS_TUI_DUMP="$T_DIR/bezet" \
		"$CASUS" --db "$T_DIR/bezet.db" > /dev/null 2> "$T_DIR/bezet.err"
	t_check "bezet: casus stopt netjes" [ $? = 0 ]
	wait $T_LOCK_PID
	for f in vraag getypt-bewaard opgeslagen; do
		t_golden "bezet: scherm $f" "$TUI_D/expected/bezet/$f.txt" "$T_DIR/bezet/$f.txt"
	done
else
	t_fail "bezet: $H ontbreekt (make check bouwt het)"
fi

# --demo opens on a fresh demo caseload in a temporary file, removed after.
mkdir -p "$T_DIR/demo" "$T_DIR/tmp"
printf '<Dump start>' > "$T_DIR/demo.keys"
TMPDIR="$T_DIR/tmp" CASUS_TUI_SCRIPT="$T_DIR/demo.keys" CASUS_TUI_DUMP="$T_DIR/demo" \
	"$CASUS" --demo > /dev/null 2>&1
t_check "--demo: caseload op het scherm" grep -q "^ Mijn caseload: [0-9]* klanten" "$T_DIR/demo/start.txt"
t_check "--demo: tijdelijk bestand opgeruimd" [ -z "$(ls "$T_DIR/tmp")" ]

# --demo says in the title bar that its data are temporary; q on the
# last screen asks first (n stays, j does nothing, J stops).
mkdir -p "$T_DIR/demoq"
printf '<Dump start>q<Dump vraag>j<Dump j>n<Dump nee><Enter><Dump kaart>q<Dump terug>qJ<Dump na>' > "$T_DIR/demoq.keys"
TMPDIR="$T_DIR/tmp" CASUS_TUI_SCRIPT="$T_DIR/demoq.keys" CASUS_TUI_DUMP="$T_DIR/demoq" \
	"$CASUS" --demo > /dev/null 2>&1
t_check "--demo: titelbalk zegt tijdelijk" sh -c "head -1 '$T_DIR/demoq/start.txt' | grep -q 'DEMO (tijdelijk) · volgorde'"
t_check "--demo: ook op de kaart" sh -c "head -1 '$T_DIR/demoq/kaart.txt' | grep -q 'DEMO (tijdelijk) · '"
t_check "--demo: q vraagt eerst" grep -q "Stoppen? Dit is een democaseload in een tijdelijk" "$T_DIR/demoq/vraag.txt"
t_check "--demo: j stopt niet" grep -q "Bevestig met J (hoofdletter)" "$T_DIR/demoq/j.txt"
t_check "--demo: n blijft" sh -c "! grep -q 'Stoppen?' '$T_DIR/demoq/nee.txt' && grep -q '^ Mijn caseload' '$T_DIR/demoq/nee.txt'"
t_check "--demo: q vanaf de kaart gaat terug zonder vraag" sh -c "! grep -q 'Stoppen?' '$T_DIR/demoq/terug.txt'"
t_check "--demo: J stopt" [ ! -e "$T_DIR/demoq/na.txt" ]
t_check "--demo: daarna opgeruimd" [ -z "$(ls "$T_DIR/tmp")" ]
# Without --demo, q on the caseload stops at once.
mkdir -p "$T_DIR/gewoonq"
cp "$BASE" "$T_DIR/gewoonq.db"
printf 'q<Dump na>' > "$T_DIR/gewoonq.keys"
CASUS_TUI_SCRIPT="$T_DIR/gewoonq.keys" CASUS_TUI_DUMP="$T_DIR/gewoonq" \
	"$CASUS" --db "$T_DIR/gewoonq.db" > /dev/null 2>&1
t_check "zonder --demo: q stopt meteen" [ ! -e "$T_DIR/gewoonq/na.txt" ]
t_check "zonder --demo: geen DEMO in de titel" sh -c "! grep -q DEMO '$T_DIR'/caseload/*.txt"

# p on the card: the card as text (exactly casus toon) to a file the user
# names; an existing file only after J; with lpr on PATH (a fake one) the
# card can go to the printer too.
P_D="$T_DIR/print"
mkdir -p "$P_D/dump" "$P_D/bin" "$P_D/dump2"
cp "$BASE" "$P_D/t.db"
printf '#!/bin/sh\n/bin/cat > "%s/lpr.out"\n' "$P_D" > "$P_D/bin/lpr"
chmod +x "$P_D/bin/lpr"
printf '/nunez<Enter>p<Dump keuze><Enter><Dump bestand><F2><Dump geschreven>p<Enter><F2><Dump vraag>j<Dump j>J<Dump overschreven>p<Down><Enter><Dump lpr>' > "$P_D/k.keys"
(cd "$P_D" && PATH="$P_D/bin" CASUS_TUI_SCRIPT="$P_D/k.keys" CASUS_TUI_DUMP="$P_D/dump" \
	"$CASUS" --db "$P_D/t.db" > /dev/null 2> "$P_D/err")
t_check "afdrukken: casus stopt netjes" [ $? = 0 ]
"$CASUS" --db "$P_D/t.db" toon K1001 > "$P_D/toon.txt" 2> /dev/null
t_check "afdrukken: keuze bestand of printer" grep -q "Naar de printer (lpr)" "$P_D/dump/keuze.txt"
t_check "afdrukken: standaardnaam kaart-K1001.txt" grep -q "kaart-K1001.txt" "$P_D/dump/bestand.txt"
t_check "afdrukken: het bestand is de uitvoer van casus toon" cmp -s "$P_D/toon.txt" "$P_D/kaart-K1001.txt"
t_check "afdrukken: alleen voor u leesbaar (0600)" [ "$(stat -c %a "$P_D/kaart-K1001.txt")" = 600 ]
t_check "afdrukken: melding met het pad" grep -q "Kaart geschreven naar $P_D/kaart-K1001.txt" "$P_D/dump/geschreven.txt"
t_check "afdrukken: bestaand bestand: eerst een vraag" grep -q "kaart-K1001.txt bestaat al. Overschrijven?" "$P_D/dump/vraag.txt"
t_check "afdrukken: j beantwoordt de vraag niet" grep -q "Overschrijven?" "$P_D/dump/j.txt"
t_check "afdrukken: J overschrijft" grep -q "Kaart geschreven naar" "$P_D/dump/overschreven.txt"
t_check "afdrukken: lpr kreeg de kaart" cmp -s "$P_D/toon.txt" "$P_D/lpr.out"
t_check "afdrukken: melding printer" grep -q "Kaart naar de printer gestuurd (lpr)." "$P_D/dump/lpr.txt"
t_check "afdrukken: geen tijdelijke bestanden achter" [ -z "$(ls -A "$P_D" | grep '^\.')" ]
# without lpr on PATH: straight to the file form
printf '/nunez<Enter>p<Dump zonder-lpr>' > "$P_D/k2.keys"
(cd "$P_D" && PATH="$P_D/geen" CASUS_TUI_SCRIPT="$P_D/k2.keys" CASUS_TUI_DUMP="$P_D/dump2" \
	"$CASUS" --db "$P_D/t.db" > /dev/null 2>&1)
t_check "afdrukken zonder lpr: meteen het bestand" sh -c "grep -q 'Klantkaart als tekst opslaan' '$P_D/dump2/zonder-lpr.txt' && ! grep -q 'printer' '$P_D/dump2/zonder-lpr.txt'"

# Without a terminal and without a script: a clear message, no crash.
t_status "geen terminal: status 1" 1 "$CASUS" --db "$T_DIR/x.db"
t_check "  melding" grep -q "heeft een terminal nodig" "$T_DIR/err"

# Export from the Registratie screen: a progress bar, then the counts and
# the path written; the workbook is complete.
mkdir -p "$T_DIR/export/dump"
cp "$BASE" "$T_DIR/export/t.db"
printf 'r<Dump reg>x<Dump vraag><F2><Dump klaar><Enter><Dump gesloten>q' > "$T_DIR/export.keys"
# (as on a Dutch desktop, nl_NL.UTF-8: its decimal comma must not reach
# the workbook's XML)
(cd "$T_DIR/export" && CASUS_TUI_SCRIPT="$T_DIR/export.keys" CASUS_TUI_DUMP="$T_DIR/export/dump" \
	t_nl "$CASUS" --db "$T_DIR/export/t.db" > /dev/null 2> "$T_DIR/export.err")
t_check "export: casus stopt netjes" [ $? = 0 ]
t_check "export: vraagt het bestand, standaardnaam met de peildatum" \
	grep -q "startbanen-2026-10-31.xlsx" "$T_DIR/export/dump/vraag.txt"
t_check "export: voortgangsbalk tot het eind" \
	grep -q "Exporteren \[########################################\] [0-9]* van [0-9]* deelnemers" "$T_DIR"/export/dump/voortgang-*.dump
t_check "export: eindigt met aantallen en het volledige pad" \
	sh -c "tr -d '\n│ ' < '$T_DIR/export/dump/klaar.txt' | grep -q 'Geëxporteerd:6deelnemersen[0-9]*bevindingennaar$(echo "$T_DIR" | tr -d ' ')/export/registratie-startbanen-2026-10-31.xlsx'"
t_check "export: Enter sluit de melding" sh -c "! grep -q 'Geëxporteerd: 6 deelnemers en' '$T_DIR/export/dump/gesloten.txt'"
# Exporting again to the same name asks first: n keeps the old file (and
# the form), j answers nothing, J replaces it.
x="$T_DIR/export/registratie-startbanen-2026-10-31.xlsx"
echo oud > "$x"
mkdir -p "$T_DIR/export/dump2"
printf 'rx<F2><Dump vraag>j<Dump j>n<Dump nee><F2>J<Dump klaar><Enter>q' > "$T_DIR/export2.keys"
(cd "$T_DIR/export" && CASUS_TUI_SCRIPT="$T_DIR/export2.keys" CASUS_TUI_DUMP="$T_DIR/export/dump2" \
	"$CASUS" --db "$T_DIR/export/t.db" > /dev/null 2>&1)
t_check "export opnieuw: vraagt voor het overschrijven" \
	grep -q "registratie-startbanen-2026-10-31.xlsx bestaat al. Overschrijven?" "$T_DIR/export/dump2/vraag.txt"
t_check "export opnieuw: j beantwoordt de vraag niet" grep -q "Overschrijven?" "$T_DIR/export/dump2/j.txt"
t_check "export opnieuw: n laat het oude bestand staan" sh -c "! grep -q 'Overschrijven?' '$T_DIR/export/dump2/nee.txt' && grep -q 'Bestand: bestaat al' '$T_DIR/export/dump2/nee.txt'"
t_check "export opnieuw: J overschrijft" grep -q "Geëxporteerd: 6 deelnemers en" "$T_DIR/export/dump2/klaar.txt"
t_check "export opnieuw: nu de werkmap" [ "$(head -c 2 "$x")" = PK ]
if t_need_openpyxl; then
	t_check "export: de werkmap heeft de acht bladen, elk volledig te lezen" "$PY" -c "
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
want = ['Toelichting', 'Deelnemerkenmerken', 'Situationele kenmerken', 'Voortraject', 'Startbaan',
        'On hold, uitval en einde', 'Tabellen', 'Controle']
sys.exit(0 if wb.sheetnames == want and all(ws.max_row > 1 for ws in wb) else 1)" "$T_DIR/export/registratie-startbanen-2026-10-31.xlsx"
fi

t_done
