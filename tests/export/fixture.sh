#!/bin/sh
# fixture.sh - the export of a caseload with one client per rule of
# Situatie peildatum and per bucket boundary (test_export_fixture), read
# back with Debian's python3-openpyxl (check_fixture.py).
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
out="$T_DIR/fx"
"$top_builddir/tests/export/test_export_fixture" "$out" > "$T_DIR/c.tap"
rc=$?
t_tap_import "C" "$T_DIR/c.tap"
[ $rc = 0 ] || t_fail "test_export_fixture status $rc"
if ! "$PY" -c 'import openpyxl' 2> /dev/null; then
	echo "# $PY zonder openpyxl: apt-get install python3-openpyxl"
	t_fail "python3-openpyxl aanwezig"
	t_done; exit
fi
"$PY" "$top_srcdir/tests/export/check_fixture.py" "$out" > "$T_DIR/py.tap" 2> "$T_DIR/py.err"
rc=$?
t_tap_import "openpyxl" "$T_DIR/py.tap"
[ $rc = 0 ] || { t_fail "check_fixture.py status $rc"; sed 's/^/# /' "$T_DIR/py.err" | tail -20; }
t_done
