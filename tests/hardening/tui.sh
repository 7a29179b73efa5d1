#!/bin/sh
# tui.sh - the full-screen application under pressure (scripted screen):
#  1. a record changed by another casus while it is open in a form is
#     detected on save, and the user is asked (never silently overwritten);
#  2. the screen and a command-line import write to the same file at the
#     same time: nothing lost, nothing damaged;
#  3. screen sessions killed with SIGKILL in the middle of saving: the file
#     stays intact and every save is whole or absent.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/lib_tui.sh"
unset CASUS_BUSY_TIMEOUT
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/t.db"
t_check "testcaseload importeren" tui_fixture "$db"

# 1. conflict: the form is open while an import changes the same client
mkdir -p "$T_DIR/conflict"
printf '/nunez<Enter>e<Tab><Tab><Tab><Tab><Tab><Tab>0611111111<Sleep 2500><F2><Dump vraag>n<Dump na-nee>' > "$T_DIR/conflict.keys"
CASUS_TUI_SCRIPT="$T_DIR/conflict.keys" CASUS_TUI_DUMP="$T_DIR/conflict" "$CASUS" --db "$db" > /dev/null 2> "$T_DIR/conflict.err" &
tuipid=$!
sleep 1
printf 'Klantnummer;Telefoon\nK1001;0622222222\n' > "$T_DIR/tel.csv"
"$CASUS" --db "$db" import "$T_DIR/tel.csv" > "$T_DIR/imp.out" 2>&1
t_check "import wijzigt de klant terwijl het formulier open staat" [ $? = 0 ]
wait $tuipid
t_check "  het scherm stopt netjes" [ $? = 0 ]
t_check "  opslaan merkt de wijziging op en vraagt wat te doen" grep -q "intussen door een ander casus-venster" "$T_DIR/conflict/vraag.txt"
t_check "  niets stilletjes overschreven" [ "$("$Q" "$db" "SELECT telefoon FROM client WHERE klantnummer = 'K1001'")" = 0622222222 ]
t_check "  het formulier houdt wat getypt was" grep -q "0611111111" "$T_DIR/conflict/na-nee.txt"

# the permission warning reaches the screen, not only stderr
chmod 644 "$db"
mkdir -p "$T_DIR/perm"
printf '<Dump start>' > "$T_DIR/perm.keys"
CASUS_TUI_SCRIPT="$T_DIR/perm.keys" CASUS_TUI_DUMP="$T_DIR/perm" "$CASUS" --db "$db" > /dev/null 2>&1
t_check "database leesbaar voor anderen: waarschuwing op het scherm" grep -q "andere gebruikers kunnen de database lezen" "$T_DIR/perm/start.txt"
chmod 600 "$db"

# hostile input through the screen: a 100,000-character journal line is
# refused with a message and nothing is lost or saved; stored names with
# escape sequences and invalid UTF-8 are shown without them
mkdir -p "$T_DIR/lang"
awk 'BEGIN { printf "/nunez<Enter>n"; for (i = 0; i < 100000; i++) printf "a"; printf "<Enter><Dump lang><Esc>j" }' > "$T_DIR/lang.keys"
n0=$("$Q" "$db" "SELECT count(*) FROM journal")
CASUS_TUI_SCRIPT="$T_DIR/lang.keys" CASUS_TUI_DUMP="$T_DIR/lang" "$CASUS" --db "$db" > /dev/null 2>&1
t_check "100.000 tekens in een journaalregel: casus stopt netjes" [ $? = 0 ]
t_check "  melding in het formulier" grep -q "Samenvatting: is te lang (maximaal 4000 tekens)" "$T_DIR/lang/lang.txt"
t_check "  niets opgeslagen" [ "$("$Q" "$db" "SELECT count(*) FROM journal")" = "$n0" ]
cp "$db" "$T_DIR/kwaad.db"
# voornaam "Ana<ESC>[2J<CSI>X", achternaam "Nú n <0xff> ez" (invalid UTF-8)
"$Q" "$T_DIR/kwaad.db" "UPDATE client SET voornaam = 'Ana' || char(27) || '[2J' || char(155) || 'X', achternaam = CAST(x'4ec3ba6eff657a' AS TEXT) WHERE klantnummer = 'K1001'" > /dev/null
mkdir -p "$T_DIR/kwaad"
printf '<Dump lijst>/K1001<Enter><Dump kaart>' > "$T_DIR/kwaad.keys"
CASUS_TUI_SCRIPT="$T_DIR/kwaad.keys" CASUS_TUI_DUMP="$T_DIR/kwaad" "$CASUS" --db "$T_DIR/kwaad.db" > /dev/null 2>&1
t_check "naam met escapereeksen en ongeldige UTF-8: casus stopt netjes" [ $? = 0 ]
esc=$(printf '\033')
t_check "  geen escape-teken op het scherm" sh -c "! cat '$T_DIR'/kwaad/*.txt | grep -q '$esc'"
t_check "  de kaart toont de klant" grep -q "K1001" "$T_DIR/kwaad/kaart.txt"

# 2. the screen and an import at the same time
keys="$T_DIR/samen.keys"
printf '/nunez<Enter>' > "$keys"
for i in $(seq 1 30); do printf 'nSamen %d<Enter><Sleep 30>' "$i" >> "$keys"; done
for r in 1 2 3 4; do
	f="$T_DIR/samen-$r.csv"
	echo "Klantnummer;Voornaam;Achternaam;Deelnemer startbanen" > "$f"
	for k in $(seq 1 150); do echo "S$r-$k;Naam$k;Samen$r;ja"; done >> "$f"
done
CASUS_TUI_SCRIPT="$keys" "$CASUS" --db "$db" > /dev/null 2> "$T_DIR/samen.err" &
tuipid=$!
fail=0
for r in 1 2 3 4; do "$CASUS" --db "$db" import "$T_DIR/samen-$r.csv" > /dev/null 2>&1 || fail=1; done
wait $tuipid
st=$?
t_check "scherm en import tegelijk: het scherm stopt netjes" [ "$st" = 0 ]
t_check "  elke import gelukt" [ "$fail" = 0 ]
t_check "  alle 30 journaalregels van het scherm staan erin" [ "$("$Q" "$db" "SELECT count(*) FROM journal WHERE samenvatting GLOB 'Samen [0-9]*'")" = 30 ]
t_check "  alle 600 geïmporteerde klanten staan erin" [ "$("$Q" "$db" "SELECT count(*) FROM client WHERE klantnummer GLOB 'S[1-4]-*'")" = 600 ]
t_check "  database in orde" [ "$("$Q" "$db" "PRAGMA integrity_check")" = ok ]

# 3. killed in the middle of saving
runs=${CASUS_TUI_CRASH_RUNS:-25}
killed=0
seed=777
for r in $(seq 1 "$runs"); do
	keys="$T_DIR/kill-$r.keys"
	printf '/nunez<Enter>' > "$keys"
	for i in $(seq 1 40); do printf 'nKill %d-%d<Enter>' "$r" "$i" >> "$keys"; done
	CASUS_TUI_SCRIPT="$keys" "$CASUS" --db "$db" > /dev/null 2>&1 &
	pid=$!
	seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
	sleep "$(awk -v r=$seed 'BEGIN { printf "%.3f", 0.05 + (r % 400) / 1000 }')"
	kill -9 $pid 2>/dev/null && killed=$((killed + 1))
	wait $pid 2>/dev/null
done
echo "# $runs schermsessies, $killed gedood tijdens het opslaan"
t_check "na $runs gedode schermsessies: integrity_check ok" [ "$("$Q" "$db" "PRAGMA integrity_check")" = ok ]
t_check "  elke opgeslagen journaalregel is heel (met logboekregel)" [ \
	"$("$Q" "$db" "SELECT count(*) FROM journal j WHERE samenvatting GLOB 'Kill *' AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.tabel = 'journal' AND a.rij = j.id AND a.actie = 'toevoegen')")" = 0 ]
t_check "  en er is echt midden in het werk gedood" [ "$killed" -gt 0 ]
t_check "  er is ook opgeslagen" [ "$("$Q" "$db" "SELECT count(*) FROM journal WHERE samenvatting GLOB 'Kill *'")" -gt 0 ]
"$CASUS" --db "$db" integriteit > "$T_DIR/int.out" 2>&1
t_check "  casus opent het bestand daarna gewoon" [ $? = 0 ]
t_done
