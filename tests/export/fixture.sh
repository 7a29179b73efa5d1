#!/bin/sh
# fixture.sh - the export of a caseload with one client per rule of
# Situatie peildatum and per bucket boundary (test_export_fixture), read
# back with Debian's python3-openpyxl (check_fixture.py).
. "$top_srcdir/tests/lib.sh"
out="$T_DIR/fx"
t_tap_run "C" "$top_builddir/tests/export/test_export_fixture" "$out"
t_need_openpyxl || { t_done; exit; }
t_tap_run "openpyxl" "$PY" "$top_srcdir/tests/export/check_fixture.py" "$out"
t_done
