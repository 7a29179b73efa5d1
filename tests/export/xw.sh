#!/bin/sh
# xw.sh - the workbook writer on its edge cases (test_xw), read back with
# Debian's python3-openpyxl (check_xw.py).
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
out="$T_DIR/xw"
"$top_builddir/tests/export/test_xw" "$out" > "$T_DIR/c.tap"
rc=$?
t_tap_import "C" "$T_DIR/c.tap"
[ $rc = 0 ] || t_fail "test_xw status $rc"
"$PY" "$top_srcdir/tests/export/check_xw.py" "$out/randgevallen.xlsx" > "$T_DIR/py.tap" 2> "$T_DIR/py.err"
rc=$?
t_tap_import "openpyxl" "$T_DIR/py.tap"
[ $rc = 0 ] || { t_fail "check_xw.py status $rc"; sed 's/^/# /' "$T_DIR/py.err" | tail -20; }
t_done
