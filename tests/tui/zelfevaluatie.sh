#!/bin/sh
# zelfevaluatie.sh - the screen Zelfevaluatie, scripted on a virtual 80x24
# screen (tests/tui/scripts/zelfevaluatie.keys): one key from the caseload,
# a new round, a theme scored with the single keys (0 = n.v.t., 1-9,
# t = 10, Backspace = open) with its bar and the change against the
# previous round (made with the command line and closed), the tip of the
# selected statement, the help, an action in the verbeterplan, and a
# closed round that refuses a score.  Expected screens in
# tests/tui/expected/zelfevaluatie (CASUS_UPDATE_GOLDEN=1 rewrites them).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/lib_tui.sh"

db="$BASE"
t_check "testcaseload importeren" tui_fixture "$db"
t_check "vorige ronde met de opdrachtregel" sh -c "{
	'$CASUS' --db '$db' zelfevaluatie nieuw 'Voorjaar 2025' --datum 01-04-2025 &&
	'$CASUS' --db '$db' zelfevaluatie score 1 1.1 6 &&
	'$CASUS' --db '$db' zelfevaluatie score 1 1.2 7 &&
	'$CASUS' --db '$db' zelfevaluatie score 1 4.15 5 &&
	'$CASUS' --db '$db' zelfevaluatie sluit 1; } > /dev/null"

run_screens zelfevaluatie
# the round scored with the keys is in its own copy of the database
db="$T_DIR/zelfevaluatie.db" out="$T_DIR/zelfevaluatie"

# a long instrument: the statements scroll to the last one
db2="$T_DIR/lang.db" out2="$T_DIR/lang"
{
	printf 'instrument: Lang\nversie: 1\nthema 1: Alles\n'
	i=1; while [ $i -le 20 ]; do printf 'stelling 1.%d: Stelling nummer %d\n' $i $i; i=$((i + 1)); done
} > "$T_DIR/lang.txt"
t_check "lang instrument en een ronde" sh -c "{
	'$CASUS' --db '$db2' zelfevaluatie instrument '$T_DIR/lang.txt' &&
	'$CASUS' --db '$db2' zelfevaluatie nieuw Lang --datum 01-01-2026; } > /dev/null"
mkdir -p "$out2"
CASUS_TUI_SCRIPT="$TUI_D/scripts/zelfevaluatie-lang.keys" CASUS_TUI_DUMP="$out2" \
	"$CASUS" --db "$db2" > "$out2.stdout" 2> "$out2.stderr"
t_check "lang: casus stopt netjes" [ $? = 0 ]
t_check "lang: de laatste stelling staat op het scherm" grep -q "^ 1.20   9  *Stelling nummer 20" "$out2/laatste.txt"
t_check "lang: met de score" sh -c "'$CASUS' --db '$db2' zelfevaluatie toon Lang | grep -q '^  1.20  9 '"

# the Signalen screen names an overdue action of the verbeterplan (only
# its title is checked: the client rows are the signal rules' business)
out3="$T_DIR/sig"
mkdir -p "$out3"
CASUS_TUI_SCRIPT="$TUI_D/scripts/zelfevaluatie-signalen.keys" CASUS_TUI_DUMP="$out3" \
	"$CASUS" --db "$db2" > "$out3.stdout" 2> "$out3.stderr"
t_check "signalen zonder verlopen actie: geen melding" sh -c "! grep -q verbeterplan '$out3/signalen.txt'"
"$CASUS" --db "$db2" zelfevaluatie actie Lang 1 "Te laat" --streefdatum 01-06-2026 > /dev/null
CASUS_TUI_SCRIPT="$TUI_D/scripts/zelfevaluatie-signalen.keys" CASUS_TUI_DUMP="$out3" \
	"$CASUS" --db "$db2" > "$out3.stdout" 2> "$out3.stderr"
t_check "signalen: de verlopen actie in de kop" \
	sh -c "head -1 '$out3/signalen.txt' | grep -q 'verbeterplan: 1 actie verlopen (z)'"
t_check "signalen: z opent de Zelfevaluatie" grep -q "Zelfevaluatie: rondes" "$out3/rondes.txt"

# what the keys did, through the command line
"$CASUS" --db "$db" zelfevaluatie toon "Najaar 2025" > "$T_DIR/toon" 2>&1
t_check "1.1 = 7, 1.2 = 8 in de opslag" grep -q "^  1.1   7      was 6      ▲ +1" "$T_DIR/toon"
t_check "1.3 = n.v.t." grep -q "^  1.3   n.v.t. was -" "$T_DIR/toon"
t_check "1.4 = 10 (t)" grep -q "^  1.4   10     was -" "$T_DIR/toon"
t_check "thema 1: 8,3 (3 van 4), was 6,5" \
	grep -q "^1 Taalvaardigheid: 8,3 (3 van 4), was 6,5 (2 van 4)  ▲ +1,8$" "$T_DIR/toon"
t_check "de toelichting bij 1.4" grep -q "^        Toelichting: Vervoer geregeld$" "$T_DIR/toon"
t_check "de deelnemers van de nieuwe ronde" grep -q "^Deelnemers: Sanne en Pieter$" "$T_DIR/toon"
t_check "de actie staat in het verbeterplan, nu bezig" \
	grep -q "\[bezig\] GGD uitnodigen - eigenaar Sanne - streefdatum 01-12-2026" "$T_DIR/toon"
t_check "de balk: 8,3 als blokken" grep -q "████████▎" "$out/ronde.txt"
t_check "het verschil op het scherm" grep -q "▲ +1,8" "$out/ronde.txt"
t_check "afgesloten ronde weigert de score" grep -q "is afgesloten en kan niet meer veranderen" "$out/afgesloten.txt"
t_done
