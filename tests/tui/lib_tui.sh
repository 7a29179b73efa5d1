# lib_tui.sh - shared by the TUI tests: a fixed terminal and a small
# caseload imported from tests/tui/data (names in several scripts).
# Source after tests/lib.sh.

TUI_D="$top_srcdir/tests/tui"
export TERM=xterm LINES=24 COLUMNS=80 LANG=C.UTF-8 LC_ALL=C.UTF-8
export USER=sanne.de.vries CASUS_BUSY_TIMEOUT=100
unset NO_COLOR CASUS_TUI_SCRIPT CASUS_TUI_DUMP CASUS_TUI_TIMES

# tui_fixture FILE: a database with the test caseload.
tui_fixture() {
	"$CASUS" --db "$1" import "$TUI_D"/data/*.csv > "$T_DIR/import.out" 2>&1
}
