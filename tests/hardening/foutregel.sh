#!/bin/sh
# foutregel.sh - the error line "casus: <message>" (src/common/errout.c),
# shared by the command line and the full screen: a message that quotes
# what the user gave shows an escape sequence as '?' and a bidi control as
# <U+202E>; no raw ESC byte reaches the terminal.
. "$top_srcdir/tests/lib.sh"
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 3 --seed 7 > /dev/null 2>&1 || t_fail "demo"
not() { ! "$@"; }
ESC=$(printf '\033')
BAD=$(printf 'X\033[31mY\342\200\256Z')

# ---- the command line (cli_error) ------------------------------------------------
t_status "toon met een stuurteken: status 1" 1 "$CASUS" --db "$db" toon "$BAD"
t_check "  melding met het teken zichtbaar gemaakt" \
	grep -q "^casus: Klantnummer X?\[31mY<U+202E>Z bestaat niet" "$T_DIR/err"
t_check "  geen ESC op stderr" not grep -q "$ESC" "$T_DIR/err"
t_status "agenda --dagen met een stuurteken: status 1" 1 "$CASUS" --db "$db" agenda --dagen "$BAD"
t_check "  melding met het teken zichtbaar gemaakt" \
	grep -q "^casus: --dagen: .*'X?\[31mY<U+202E>Z'" "$T_DIR/err"
t_check "  geen ESC op stderr" not grep -q "$ESC" "$T_DIR/err"

# ---- the full screen (before curses starts) --------------------------------------
# script(1) gives casus a terminal; the terminal type quoted in the message
# carries the escape sequence
TERM="$BAD" timeout 20 script -qec "'$CASUS' --db '$db'" /dev/null < /dev/null > "$T_DIR/term.out" 2>&1
st=$?
t_check "TERM met een stuurteken: status 1 (was $st)" [ $st = 1 ]
t_check "  melding met het teken zichtbaar gemaakt" \
	grep -q "casus: dit terminaltype (TERM=X?\[31mY<U+202E>Z) is onbekend" "$T_DIR/term.out"
t_check "  geen ESC op de terminal" not grep -q "$ESC" "$T_DIR/term.out"
t_done
