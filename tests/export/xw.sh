#!/bin/sh
# xw.sh - the workbook writer on its edge cases (test_xw), read back with
# Debian's python3-openpyxl (check_xw.py); once in C.UTF-8 and once as on a
# Dutch desktop (nl_NL.UTF-8, whose decimal comma must not reach the XML).
. "$top_srcdir/tests/lib.sh"
t_need_openpyxl || { t_done; exit; }
t_need_nl
for loc in C nl; do
	out="$T_DIR/xw-$loc"
	run= point=.
	[ $loc = nl ] && run=t_nl point=,
	t_tap_run "$loc: C" $run "$top_builddir/tests/export/test_xw" "$out" "$point"
	t_tap_run "$loc: openpyxl" "$PY" "$top_srcdir/tests/export/check_xw.py" "$out/randgevallen.xlsx"
done
t_done
