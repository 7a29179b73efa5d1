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
t_done
