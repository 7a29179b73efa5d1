#!/bin/sh
# signalen.sh - casus signalen on a fixed demo caseload, today and on a
# given day; bad dates.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden"
db="$T_DIR/t.db"
"$CASUS" --db "$db" demo --klanten 60 --seed 7 > /dev/null || exit 1

t_status "signalen: status 0" 0 "$CASUS" --db "$db" signalen
t_golden "  uitvoer" "$G/signalen.out" "$T_DIR/out"
t_check "  telregel" grep -q "^[0-9]* klanten\{0,1\} met een signaal$" "$T_DIR/out"
t_status "signalen --datum 01-03-2026: status 0" 0 "$CASUS" --db "$db" signalen --datum 01-03-2026
t_golden "  uitvoer" "$G/signalen-2026-03-01.out" "$T_DIR/out"
t_status "signalen --datum=2026-03-01 (ISO): status 0" 0 "$CASUS" --db "$db" signalen --datum=2026-03-01
t_golden "  zelfde uitvoer" "$G/signalen-2026-03-01.out" "$T_DIR/out"
t_status "signalen --datum 24-11-2026 = vandaag: status 0" 0 "$CASUS" --db "$db" signalen --datum 24-11-2026
t_golden "  zelfde als zonder datum" "$G/signalen.out" "$T_DIR/out"

t_status "31-02-2025: status 1" 1 "$CASUS" --db "$db" signalen --datum 31-02-2025
t_check "  melding" grep -q "^casus: --datum: 31-02-2025 bestaat niet in de kalender$" "$T_DIR/err"
t_status "geen datum: status 1" 1 "$CASUS" --db "$db" signalen --datum morgen
t_check "  melding" grep -q "^casus: --datum: 'morgen' is geen datum (gebruik dd-mm-jjjj)$" "$T_DIR/err"
t_status "--datum zonder waarde: status 1" 1 "$CASUS" --db "$db" signalen --datum
t_check "  melding" grep -q "^casus: --datum verwacht een waarde$" "$T_DIR/err"
t_status "onverwacht argument: status 1" 1 "$CASUS" --db "$db" signalen vandaag

t_done
