#!/bin/sh
# tmux.sh - casus in a real terminal: tmux runs it in a detached session of
# 80x24; we type, open a form, resize the window in the middle of typing
# (larger, then below 80x24, then back) and read the screen with
# capture-pane.  The form must redraw with the typed text intact, and the
# too-small message must show while the window is too small.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/lib_tui.sh"

if ! command -v tmux > /dev/null 2>&1; then
	echo "1..0 # SKIP tmux is niet geïnstalleerd"
	exit 0
fi

SOCK="casus-test-$$"
S=casus
tm() { tmux -L "$SOCK" "$@"; }
cleanup() { tm kill-server > /dev/null 2>&1; rm -rf "$T_DIR"; }
trap cleanup EXIT

t_check "testcaseload importeren" tui_fixture "$T_DIR/t.db"

# wait_for TEXT [SECONDS]: until the pane shows TEXT (a fixed string).
wait_for() {
	i=0
	limit=$(( ${2:-10} * 10 ))
	while [ $i -lt $limit ]; do
		tm capture-pane -p -t "$S" > "$T_DIR/pane" 2> /dev/null
		grep -qF -- "$1" "$T_DIR/pane" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	echo "# scherm zonder '$1':"
	sed 's/^/#   /' "$T_DIR/pane"
	return 1
}

tm -f /dev/null new-session -d -s "$S" -x 80 -y 24 \
	"env TERM=screen LC_ALL=C.UTF-8 TZ=Europe/Amsterdam CASUS_TODAY=$CASUS_TODAY \
	 'CASUS_NOW=$CASUS_NOW' USER=$USER HOME=$HOME '$CASUS' --db '$T_DIR/t.db'; sleep 30"
tm set-option -t "$S" window-size manual > /dev/null 2>&1

t_check "caseload verschijnt" wait_for "Mijn caseload: 6 klanten"
tm send-keys -t "$S" / n u n e z
t_check "zoeken vindt Núñez zonder accenten" wait_for "(1 gevonden)"
tm send-keys -t "$S" Enter
t_check "klantkaart opent" wait_for "Situatie vandaag: Bezig met voortraject"
tm send-keys -t "$S" e
t_check "formulier opent" wait_for "Klantgegevens wijzigen"
tm send-keys -t "$S" Tab Tab Tab Tab Tab Tab 0 6 - 1 2 3
t_check "halverwege getypt" wait_for "06-123"

tm resize-window -t "$S" -x 100 -y 30
t_check "groter venster: formulier opnieuw getekend" wait_for "Inburgeringsprogramma"
t_check "  getypte tekst staat er nog" grep -qF "06-123" "$T_DIR/pane"
t_check "  30 regels benut" [ "$(wc -l < "$T_DIR/pane")" -ge 30 ]
# the title bar now reaches column 100
t_check "  titelbalk over de volle breedte" sh -c "head -1 '$T_DIR/pane' | grep -q 'gewijzigd\$' && [ \$(head -1 '$T_DIR/pane' | wc -m) -ge 100 ]"

tm send-keys -t "$S" 4 5
tm resize-window -t "$S" -x 70 -y 20
t_check "te klein venster: duidelijke melding" wait_for "Het venster is te klein (minimaal 80×24)."
tm send-keys -t "$S" x y z
tm resize-window -t "$S" -x 80 -y 24
t_check "terug op 80x24: formulier met alle getypte tekst" wait_for "06-12345"
t_check "  niets blind getypt terwijl het te klein was" sh -c "! grep -q 'xyz' '$T_DIR/pane'"

tm send-keys -t "$S" F2
t_check "opslaan na het vergroten en verkleinen" wait_for "Opgeslagen."
tm send-keys -t "$S" Escape
t_check "terug in de zoeklijst" wait_for "Zoeken: nunez"
tm send-keys -t "$S" Escape
t_check "Esc stopt het zoeken" wait_for "?: hulp  /: zoek"
tm send-keys -t "$S" q
i=0
while [ $i -lt 50 ] && ! tm capture-pane -p -t "$S" | grep -q .; do sleep 0.1; i=$((i + 1)); done
sleep 0.3
tm capture-pane -p -t "$S" > "$T_DIR/pane"
t_check "q sluit casus af (scherm hersteld)" sh -c "! grep -q 'Mijn caseload' '$T_DIR/pane'"
t_check "telefoonnummer opgeslagen" sh -c "'$CASUS' --db '$T_DIR/t.db' toon K1001 | grep -q '06-12345'"

# After a long absence the rest of the day runs between keys (tui.c): in a
# real terminal, with no key typed, the title goes on by itself from
# "signalen worden bijgewerkt…" to the count, the same count as after a
# full recomputation (the harness on a copy without overzicht.datum).
SQLQ="$top_builddir/tests/tools/sqlq"
"$CASUS" --db "$T_DIR/weg.db" demo --klanten 2000 --seed 7 > /dev/null
: > "$T_DIR/leeg.keys"
CASUS_TUI_SCRIPT="$T_DIR/leeg.keys" "$CASUS" --db "$T_DIR/weg.db" > /dev/null 2>&1
cp "$T_DIR/weg.db" "$T_DIR/weg-vol.db"
"$SQLQ" "$T_DIR/weg-vol.db" "DELETE FROM setting WHERE key = 'overzicht.datum'" > /dev/null
printf '<Dump eerste>' > "$T_DIR/eerste.keys"
mkdir -p "$T_DIR/weg-vol"
CASUS_TODAY=2027-03-01 CASUS_TUI_SCRIPT="$T_DIR/eerste.keys" CASUS_TUI_DUMP="$T_DIR/weg-vol" \
	"$CASUS" --db "$T_DIR/weg-vol.db" > /dev/null 2>&1
titel=$(sed -n 1p "$T_DIR/weg-vol/eerste.txt" | sed 's/  .*//; s/^ //')
t_check "lange afwezigheid: titel na volledig herberekenen ($titel)" \
	sh -c "echo '$titel' | grep -q 'Mijn caseload: .* met signaal'"
tm kill-session -t "$S" > /dev/null 2>&1
tm -f /dev/null new-session -d -s "$S" -x 80 -y 24 \
	"env TERM=screen LC_ALL=C.UTF-8 TZ=Europe/Amsterdam CASUS_TODAY=2027-03-01 CASUS_FIRST_SCREEN_MAX=10 \
	 'CASUS_NOW=$CASUS_NOW' USER=$USER HOME=$HOME '$CASUS' --db '$T_DIR/weg.db'; sleep 30"
t_check "lange afwezigheid: zonder toets komt het aantal vanzelf" wait_for "$titel" 60
# (the count shows once the user's clients are done; the others follow)
rest_klaar() {
	i=0
	while [ $i -lt 600 ]; do
		[ "$("$SQLQ" "$T_DIR/weg.db" "SELECT count(*) FROM client_status WHERE herbereken_op <= '2027-03-01'")" = 0 ] &&
			return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
t_check "  daarna, nog steeds zonder toets, ook de rest" rest_klaar
tm send-keys -t "$S" q

# While the rest of the day runs, another casus can still write: the steps
# commit every half second and then pause (tui.c, REST_HOLD_MS and
# REST_GAP_MS).  A note from the command line, with a busy wait of 1.5 s,
# goes through while the rest (several seconds on 10,000 clients) runs.
"$CASUS" --db "$T_DIR/groot.db" demo --klanten 10000 --seed 7 > /dev/null
CASUS_TUI_SCRIPT="$T_DIR/leeg.keys" "$CASUS" --db "$T_DIR/groot.db" > /dev/null 2>&1
kn=$("$SQLQ" "$T_DIR/groot.db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1")
tm kill-session -t "$S" > /dev/null 2>&1
tm -f /dev/null new-session -d -s "$S" -x 80 -y 24 \
	"env TERM=screen LC_ALL=C.UTF-8 TZ=Europe/Amsterdam CASUS_TODAY=2027-03-01 CASUS_FIRST_SCREEN_MAX=10 \
	 'CASUS_NOW=$CASUS_NOW' USER=$USER HOME=$HOME '$CASUS' --db '$T_DIR/groot.db'; sleep 30"
t_check "terwijl de rest loopt: het scherm staat er" wait_for "Mijn caseload:" 20
ok=0
for i in 1 2 3; do
	CASUS_BUSY_TIMEOUT=1500 CASUS_TODAY=2027-03-01 "$CASUS" --db "$T_DIR/groot.db" notitie "$kn" "Tussendoor $i" \
		> "$T_DIR/notitie.out" 2>&1 && ok=$((ok + 1))
done
bezig=$("$SQLQ" "$T_DIR/groot.db" "SELECT count(*) FROM setting WHERE key = 'overzicht.rest'")
t_check "terwijl de rest loopt: drie notities van een tweede casus gaan door ($ok van 3; rest nog bezig: $bezig)" \
	test "$ok" = 3
t_check "  de notities staan in het journaal" \
	test "$("$SQLQ" "$T_DIR/groot.db" "SELECT count(*) FROM journal WHERE samenvatting LIKE 'Tussendoor %'")" = 3
tm send-keys -t "$S" q
t_done
