#!/bin/sh
# signalen.sh - casus signalen on a fixed demo caseload, today and on a
# given day; bad dates.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden"
db="$T_DIR/t.db"
"$CASUS" --db "$db" demo --klanten 60 --seed 7 > /dev/null || exit 1

t_status "signalen: status 0" 0 "$CASUS" --db "$db" signalen
t_golden "  uitvoer" "$G/signalen.out" "$T_DIR/out"
t_check "  telregel" grep -q "^[0-9]* klanten\{0,1\} met een signaal$" "$T_DIR/out"
t_status "signalen --datum 01-03-2026: status 0" 0 "$CASUS" --db "$db" signalen --datum 01-03-2026
t_golden "  uitvoer" "$G/signalen-2026-03-01.out" "$T_DIR/out"
t_status "signalen --datum=2026-03-01 (ISO): status 0" 0 "$CASUS" --db "$db" signalen --datum=2026-03-01
t_golden "  zelfde uitvoer" "$G/signalen-2026-03-01.out" "$T_DIR/out"
t_status "signalen --datum 24-11-2026 = vandaag: status 0" 0 "$CASUS" --db "$db" signalen --datum 24-11-2026
t_golden "  zelfde als zonder datum" "$G/signalen.out" "$T_DIR/out"

t_status "31-02-2025: status 1" 1 "$CASUS" --db "$db" signalen --datum 31-02-2025
t_check "  melding" grep -q "^casus: --datum: 31-02-2025 bestaat niet in de kalender$" "$T_DIR/err"
t_status "geen datum: status 1" 1 "$CASUS" --db "$db" signalen --datum morgen
t_check "  melding" grep -q "^casus: --datum: 'morgen' is geen datum (gebruik dd-mm-jjjj)$" "$T_DIR/err"
t_status "--datum zonder waarde: status 1" 1 "$CASUS" --db "$db" signalen --datum
t_check "  melding" grep -q "^casus: --datum verwacht een waarde$" "$T_DIR/err"
t_status "onverwacht argument: status 1" 1 "$CASUS" --db "$db" signalen vandaag

# the inburgering rules on view: from 100 clients on, the last 14 of a demo
# are fixed cases dated from today (src/core/demo_rules.c); their signals
# on the days around each boundary (issue 15, issue 13 item 6): the uitval
# and the start of the ontzorgen window (04-11 / 05-11), an ontheffing
# (09-11), the termijn's last day (24-11), the PIP deadline of the latest
# inschrijving (02-12), a planned voortgangsgesprek (03-12), the ontzorgen
# decision moment (05-12) and a future einde inburgering (03-01-2027)
Q="$top_builddir/tests/tools/sqlq"
sqlq() { if [ -x "$Q" ]; then "$Q" "$@"; else sqlite3 "$@"; fi; }
rdb="$T_DIR/regels.db"
"$CASUS" --db "$rdb" demo --klanten 100 --seed 7 > /dev/null || exit 1
sqlq "$rdb" "SELECT klantnummer FROM client ORDER BY id DESC LIMIT 14" > "$T_DIR/show"
t_check "regels: 14 voorbeeldklanten" [ "$(wc -l < "$T_DIR/show")" = 14 ]
: > "$T_DIR/regels"
for d in 03-11-2026 04-11-2026 05-11-2026 08-11-2026 09-11-2026 10-11-2026 \
	 23-11-2026 24-11-2026 25-11-2026 \
	 01-12-2026 02-12-2026 03-12-2026 04-12-2026 \
	 05-12-2026 06-12-2026 02-01-2027 03-01-2027 04-01-2027; do
	"$CASUS" --db "$rdb" signalen --datum "$d" > "$T_DIR/out" || t_fail "signalen --datum $d"
	head -1 "$T_DIR/out" >> "$T_DIR/regels"
	grep -F -f "$T_DIR/show" "$T_DIR/out" >> "$T_DIR/regels"
done
t_golden "regels: signalen van de voorbeeldklanten rond elke grens" \
	"$G/signalen-regels.out" "$T_DIR/regels"

# the same signals on the card (casus toon): what is still missing and a
# verlenging (Qasim), an ontzorgen decision with its einddatum (Gebru), a
# Wi2013 gezinsmigrant with DUO's einddatum (Dube)
: > "$T_DIR/kaarten"
for naam in Qasim Gebru Dube; do
	kn=$(sqlq "$rdb" "SELECT klantnummer FROM client WHERE achternaam = '$naam'")
	"$CASUS" --db "$rdb" toon "$kn" >> "$T_DIR/kaarten" || t_fail "toon $naam"
done
t_golden "regels: de kaarten tonen dezelfde signalen" "$G/toon-regels.out" "$T_DIR/kaarten"
t_check "  nog te doen op de kaart" grep -q "^  - Nog te doen voor .*: MAP (24 van 40 uur), PVT, KNM$" "$T_DIR/kaarten"

t_done
