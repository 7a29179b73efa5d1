#!/bin/sh
# spreadsheet.sh - the registration workbook opened by a real spreadsheet
# program: gnumeric's ssconvert (Debian package gnumeric) converts every
# sheet to CSV without a warning, and it reads the same value in every cell
# as Debian's python3-openpyxl (check_gnumeric.py).  Demo caseloads of two
# seeds, one exported on a Dutch desktop (decimal comma).
. "$top_srcdir/tests/lib.sh"
CHK="$top_srcdir/tests/export/check_gnumeric.py"

t_need_openpyxl || { t_done; exit; }
t_check "ssconvert aanwezig (apt-get install gnumeric)" sh -c 'command -v ssconvert > /dev/null' ||
	{ t_done; exit; }
t_need_nl

for spec in 4:150:C 7:300:nl; do
	seed=${spec%%:*} rest=${spec#*:} n=${rest%%:*} loc=${rest#*:}
	db="$T_DIR/s$seed.db" x="$T_DIR/s$seed.xlsx"
	"$CASUS" --db "$db" demo --klanten "$n" --seed "$seed" > /dev/null || t_fail "demo seed $seed"
	if [ "$loc" = nl ]; then
		t_status "seed $seed ($n klanten, nl_NL): export" 0 \
			t_nl "$CASUS" --db "$db" export --peildatum 31-10-2026 -o "$x"
	else
		t_status "seed $seed ($n klanten): export" 0 \
			"$CASUS" --db "$db" export --peildatum 31-10-2026 -o "$x"
	fi
	mkdir -p "$T_DIR/csv$seed"
	t_status "  ssconvert zet elk blad om" 0 \
		env HOME="$T_DIR/home" ssconvert -S "$x" "$T_DIR/csv$seed/blad.csv"
	t_check "  ssconvert zonder waarschuwingen" sh -c "! grep -v '^\$' '$T_DIR/err'"
	sed 's/^/# /' "$T_DIR/err" | head -5
	t_tap_run "  seed $seed" /usr/bin/python3 "$CHK" "$x" "$T_DIR/csv$seed/blad.csv"
done
t_done
