#!/bin/sh
# terminal.sh - what reaches the terminal: a terminal type that is unknown
# or cannot place the cursor (TERM=dumb) is refused with one Dutch message
# and status 1; invisible and bidi control characters (U+202E, U+200B,
# U+2028, U+FEFF, ...) are refused in names and identifiers by validation
# (the import too, with FILE:LINE) and never printed raw.
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 20 --seed 7 > /dev/null 2>&1 || t_fail "demo"
not() { ! "$@"; }

# ---- terminal types ----------------------------------------------------------------
# script(1) gives casus a terminal; timeout ends a screen that did start
for term in dumb unknown-xyz; do
	TERM=$term timeout 20 script -qec "'$CASUS' --db '$db'" /dev/null < /dev/null > "$T_DIR/term.out" 2>&1
	st=$?
	t_check "TERM=$term: status 1 (was $st)" [ $st = 1 ]
	t_check "  Nederlandse melding" grep -q "dit terminaltype (TERM=$term) is onbekend of kan de cursor niet plaatsen; probeer TERM=xterm" "$T_DIR/term.out"
	t_check "  geen geheugenlek gemeld" not grep -q "LeakSanitizer" "$T_DIR/term.out"
done

# ---- invisible and bidi control characters ------------------------------------------
RLO=$(printf '\342\200\256')   # U+202E
ZWSP=$(printf '\342\200\213')  # U+200B
LSEP=$(printf '\342\200\250')  # U+2028
BOM=$(printf '\357\273\277')   # U+FEFF
raw() { LC_ALL=C grep -q "$RLO\|$ZWSP\|$LSEP\|$BOM" "$@"; }
f="$T_DIR/bidi.csv"
{
	echo "Klantnummer;Voornaam;Achternaam"
	echo "K900001;Ana;Jansen"
	echo "K900002;Ana;Jan${RLO}nesse"
	echo "K900003;${ZWSP}Piet;Pietersen"
	echo "K90${LSEP}0004;Kees;Klaassen"
	echo "K900005;Mo;Ali${BOM}"
} > "$f"
t_status "import met onzichtbare en richtingstekens: status 1" 1 "$CASUS" --db "$db" import "$f"
t_check "  U+202E: BESTAND:REGEL en veld" grep -q "bidi.csv:3.*Achternaam: bevat een onzichtbaar of richtingsteken (U+202E)" "$T_DIR/err"
t_check "  U+200B in Voornaam" grep -q "bidi.csv:4.*Voornaam: bevat een onzichtbaar of richtingsteken (U+200B)" "$T_DIR/err"
t_check "  U+2028 in Klantnummer" grep -q "bidi.csv:5.*Klantnummer: bevat een onzichtbaar of richtingsteken (U+2028)" "$T_DIR/err"
t_check "  U+FEFF in een naam" grep -q "bidi.csv:6.*Achternaam: bevat een onzichtbaar of richtingsteken (U+FEFF)" "$T_DIR/err"
t_check "  de melding zelf toont de tekens niet rauw" not raw "$T_DIR/err"
t_check "  niets opgeslagen" [ "$("$Q" "$db" "SELECT count(*) FROM client WHERE klantnummer LIKE 'K9%'")" = 0 ]
sed 's/^/# /' "$T_DIR/err" | head -8

# a message that quotes a cell (an unknown category value) shows it safely
ESC=$(printf '\033')
printf 'Klantnummer;Voornaam;Achternaam;Geslacht\nK900011;A;B;Vr%souw\nK900012;A;B;%s[31mrood\n' "$RLO" "$ESC" > "$T_DIR/cel.csv"
t_status "import: een cel met zulke tekens in de melding: status 1" 1 "$CASUS" --db "$db" import "$T_DIR/cel.csv"
t_check "  melding toont U+202E als <U+202E>" grep -q "cel.csv:2: Geslacht: onbekende waarde 'Vr<U+202E>ouw'" "$T_DIR/err"
t_check "  en ESC als ?" grep -q "cel.csv:3: Geslacht: onbekende waarde '?\[31mrood'" "$T_DIR/err"
t_check "  geen rauwe tekens in de meldingen" not raw "$T_DIR/err"
t_check "  geen ESC in de meldingen" not grep -q "$ESC" "$T_DIR/err"
t_status "een opdracht met zo'n argument: status 1" 1 "$CASUS" --db "$db" toon "K${RLO}1"
t_check "  melding zonder rauwe tekens" not raw "$T_DIR/err"

# stored before this check existed (written around casus): shown, never raw
"$Q" "$db" "UPDATE client SET achternaam = 'Jan' || char(0x202E) || 'nesse', voornaam = char(0x200B) || 'Bo' || char(0x2028) || 'b' || char(0xFEFF) WHERE id = (SELECT min(id) FROM client)"
kn=$("$Q" "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1")
t_status "toon van zo'n klant: status 0" 0 "$CASUS" --db "$db" toon "$kn"
t_check "  geen rauwe tekens" not raw "$T_DIR/out"
t_check "  zichtbaar als <U+...>" grep -q "Jan<U+202E>nesse" "$T_DIR/out"
t_check "  ook U+200B, U+2028, U+FEFF" grep -q "<U+200B>Bo<U+2028>b<U+FEFF>" "$T_DIR/out"
t_status "zoek: status 0" 0 "$CASUS" --db "$db" zoek "$kn"
t_check "  gevonden" grep -q "$kn" "$T_DIR/out"
t_check "  geen rauwe tekens" not raw "$T_DIR/out"
t_check "  zichtbaar als <U+202E>" grep -q "Jan<U+202E>nesse" "$T_DIR/out"

# the screen: caseload and card (casus is for the client's regiehouder, so
# the first start does not ask "Wie bent u?" and Mijn caseload lists him)
. "$top_srcdir/tests/tui/lib_tui.sh"
"$CASUS" --db "$db" instelling consultant "$("$Q" "$db" "SELECT login FROM consultant WHERE id = (SELECT regiehouder_id FROM client ORDER BY id LIMIT 1)")" > /dev/null
mkdir -p "$T_DIR/dump"
printf "<Dump lijst>/%s<Enter><Dump kaart><Enter><Dump formulier>" "$kn" > "$T_DIR/bidi.keys"
CASUS_TUI_SCRIPT="$T_DIR/bidi.keys" CASUS_TUI_DUMP="$T_DIR/dump" "$CASUS" --db "$db" > /dev/null 2> "$T_DIR/tui.err"
t_check "scherm met zo'n klant: status 0" [ $? = 0 ]
t_check "  kaart toont de klant" grep -q "$kn" "$T_DIR/dump/kaart.txt"
t_check "  kaart: geen rauwe tekens" not raw "$T_DIR/dump/kaart.txt"
t_check "  kaart: zichtbaar als <U+202E>" grep -q "Jan<U+202E>nesse" "$T_DIR/dump/kaart.txt"
t_check "  lijst: geen rauwe tekens" not raw "$T_DIR/dump/lijst.txt"
t_check "  lijst: zichtbaar als <U+202E>" grep -q "Jan<U+202E>nesse" "$T_DIR/dump/lijst.txt"
t_check "  formulier: geen rauwe tekens" not raw "$T_DIR/dump/formulier.txt"
t_check "  formulier: zichtbaar als ?" grep -q "Jan?nesse" "$T_DIR/dump/formulier.txt"
t_done
