#!/bin/sh
# import-limits.sh - hostile input to casus import is refused within a fixed
# memory budget (docs/architecture.md, "Limits"): a header of 2.5 million
# separators, a 64 MB cell, /dev/zero and a binary file (the casus program
# itself).  Each gives a Dutch FILE:LINE message, status 1, a peak memory
# (maximum resident set, tests/tools/peakmem) within BUDGET_MB of a small good
# import, and an unchanged database.
#
# So that a reader without limits cannot take the machine's memory, every
# command runs under a hard limit well above the budget: ulimit -v, or under
# AddressSanitizer (which reserves terabytes of address space) its
# hard_rss_limit_mb.  Not in the valgrind list: valgrind's own memory would
# be measured.
. "$top_srcdir/tests/lib.sh"
DUMP="$top_builddir/tests/tools/dump_csv"
PEAK="$top_builddir/tests/tools/peakmem"
cd "$T_DIR" || exit 1
db=t.db
BUDGET_MB=${BUDGET_MB:-32}
HARD_MB=768
"$CASUS" --db $db import "$top_srcdir/tests/data/import/klanten.csv" > /dev/null || exit 1

if grep -q __asan_init "$CASUS"; then asan=1; else asan=0; fi

# run CMD...: stdout/stderr to out/err, status to $st, peak memory (KB) to
# $kb (peakmem prints "LABEL: 0.84 s, piekgeheugen 12.3 MB" last on stdout)
run() {
	if [ $asan = 1 ]; then
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=$HARD_MB" \
			"$PEAK" -l casus timeout 120 "$@" > out 2> err
	else
		( ulimit -v $((HARD_MB * 1024)); exec "$PEAK" -l casus timeout 120 "$@" ) > out 2> err
	fi
	st=$?
	kb=$(sed -n 's/^casus: .*piekgeheugen \([0-9]*\)\.\([0-9]\) MB$/\1\2/p' out | tail -n 1)
	case $kb in ''|*[!0-9]*) kb=999999999 ;; *) kb=$((kb * 1024 / 10)) ;; esac
	sed -i '/^casus: .*piekgeheugen/d' out
}

run "$CASUS" --db $db import --controleer "$top_srcdir/tests/data/import/klanten.csv"
base=$kb
t_check "goede import als maatstaf: status 0 ($((base / 1024)) MB)" [ "$st" = 0 ]

# refused NAME FILE MESSAGE: status 1, "FILE:LINE: MESSAGE" on stderr, peak
# memory within the budget, database unchanged
refused() {
	"$DUMP" --db $db > voor
	run "$CASUS" --db $db import "$2"
	"$DUMP" --db $db > na
	if [ "$st" = 1 ]; then t_ok "$1: status 1"
	else t_fail "$1: status 1"; echo "#   status $st"; tail -n 3 err | sed 's/^/#   /'; fi
	if grep -q "^$2:[0-9]*: .*$3" err; then t_ok "  melding met bestand en regel"
	else t_fail "  melding met bestand en regel"; head -n 3 err | cut -c1-200 | sed 's/^/#   /'; fi
	t_check "  piekgeheugen $((kb / 1024)) MB, hoogstens $((base / 1024)) + $BUDGET_MB MB" \
		[ "$kb" -le $((base + BUDGET_MB * 1024)) ]
	t_check "  database ongewijzigd" cmp -s voor na
}

# a header of 2.5 million separators (2.5 MB)
head -c 2500000 /dev/zero | tr '\0' ';' > klanten-kop.csv
echo >> klanten-kop.csv
refused "kopregel van 2,5 miljoen kolommen" klanten-kop.csv "kopregel: heeft 2500001 velden (hoogstens 1000)"

# one cell of 64 MB (quoted, with line breaks), then a good row
{
	printf 'Klantnummer;Voornaam\nK1001;"'
	head -c 67108864 /dev/zero | tr '\0' 'x'
	printf '"\nK1002;Yonas\n'
} > klanten-veld.csv
refused "veld van 64 MB" klanten-veld.csv "Voornaam: is te lang (67108864 bytes, hoogstens 65536)"
rm -f klanten-veld.csv

# an endless stream of NUL bytes
refused "/dev/zero" /dev/zero "is geen tekstbestand"

# a binary file: the program itself
cp "$CASUS" programma.csv
refused "binair bestand" programma.csv "is geen tekstbestand"

# a spreadsheet saved as UTF-16 ("Unicode-tekst")
printf '\377\376K\000l\000a\000n\000t\000\n\000' > klanten-utf16.csv
refused "UTF-16" klanten-utf16.csv "UTF-16"

t_done
