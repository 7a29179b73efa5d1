#!/bin/sh
# bench_export.sh - `casus export` of 100,000 participants: wall time and
# peak memory (limits: BENCH_EXPORT_MAX seconds, default 8, and
# BENCH_EXPORT_MAXMEM MB, default 64), and in the same run a plain
# python3-openpyxl script (tests/bench/bench_export_openpyxl.py, Debian's
# /usr/bin/python3) writing the same participant rows from the same
# database: casus must be at least BENCH_EXPORT_RATIO (4) times faster.
# make bench-export runs it again for 10,000 participants (BENCH_EXPORT_N,
# limit 1 s).  Besides the median, the fastest run and the spread of the
# three are shown: on a shared machine the fastest says most.
# Fails when a limit is missed.  Use a release build (no sanitizers):
#   make bench-export      or      sh tests/bench/bench_export.sh
#
# The database is a demo caseload (casus demo --seed 42) trimmed to exactly
# N participants in the export on the peildatum (bench_export_trim.py);
# it is kept in BENCH_EXPORT_DB (default $top_builddir/bench-export.db) so
# that a second run does not generate it again.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=.}"
CASUS=${CASUS:-$top_builddir/casus}
PY=/usr/bin/python3
N=${BENCH_EXPORT_N:-100000}
MAX=${BENCH_EXPORT_MAX:-8}
MAXMEM=${BENCH_EXPORT_MAXMEM:-64}
RATIO=${BENCH_EXPORT_RATIO:-4}
DB=${BENCH_EXPORT_DB:-$top_builddir/bench-export.db}
P=2026-10-31
export CASUS_TODAY=${CASUS_TODAY:-2026-11-24} TZ=Europe/Amsterdam LC_ALL=C.UTF-8
dir=$(mktemp -d "${TMPDIR:-/tmp}/casus-bench-export.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT

case $(cat "$top_builddir/config.log" 2>/dev/null | grep -c 'fsanitize') in
0) ;;
*) echo "bench-export: let op, deze build heeft sanitizers; de cijfers zijn niet representatief" ;;
esac

# wall time (s) and peak RSS (MB) of a command, via python's wait4
measure() { # measure OUTFILE COMMAND...
	out=$1; shift
	"$PY" - "$out" "$@" <<'EOF'
import os, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
t0 = time.monotonic()
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    try:
        os.execvp(cmd[0], cmd)
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
t = time.monotonic() - t0
with open(out, "w") as f:
    f.write("%.3f %.1f %.2f %d\n" % (t, ru.ru_maxrss / 1024.0, ru.ru_utime + ru.ru_stime,
                                     os.waitstatus_to_exitcode(status)))
EOF
}

if [ ! -s "$DB" ]; then
	k=$((N * 17 / 10))
	echo "bench-export: democaseload van $k klanten aanmaken in $DB ..."
	"$CASUS" --db "$DB" demo --klanten "$k" --seed 42 > /dev/null || exit 1
	"$PY" "$top_srcdir/tests/bench/bench_export_trim.py" "$DB" $P "$N" > /dev/null || exit 1
fi
sync
# both programs read the same database: start with it in the page cache
cat "$DB" > /dev/null

# casus: three runs, the median counts (the openpyxl script runs once)
for i in 1 2 3; do
	measure "$dir/casus.$i" "$CASUS" --db "$DB" export --peildatum $P -o "$dir/casus.xlsx" --overschrijf
	read -r t m cpu st < "$dir/casus.$i"
	[ "$st" = 0 ] || { echo "bench-export: casus export mislukte (status $st)"; exit 1; }
	echo "bench-export: casus export, run $i: $t s (cpu $cpu s), piekgeheugen $m MB"
done
sort -n "$dir/casus.1" "$dir/casus.2" "$dir/casus.3" | sed -n 2p > "$dir/casus.m"
read -r ct cm ccpu cst < "$dir/casus.m"
cm=$(cat "$dir/casus.1" "$dir/casus.2" "$dir/casus.3" | awk '$2 > m { m = $2 } END { print m }')
spread=$(cat "$dir/casus.1" "$dir/casus.2" "$dir/casus.3" |
	awk 'NR == 1 || $1 < lo { lo = $1 } $1 > hi { hi = $1 } END { printf "snelste %.3f s, traagste %.3f s", lo, hi }')
measure "$dir/py.m" "$PY" "$top_srcdir/tests/bench/bench_export_openpyxl.py" "$DB" $P "$dir/openpyxl.xlsx"
read -r pt pm pcpu pst < "$dir/py.m"
[ "$pst" = 0 ] || { echo "bench-export: openpyxl-script mislukte (status $pst)"; exit 1; }

rows=$("$PY" -c "
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute(\"SELECT count(*) FROM client WHERE startbanen = 1 AND (datum_instroom IS NULL OR datum_instroom <= ?)\", (sys.argv[2],)).fetchone()[0])
" "$DB" $P)
echo "bench-export: $rows deelnemers op peildatum $P"
echo "bench-export: casus export     ${ct} s mediaan (cpu ${ccpu} s), piekgeheugen ${cm} MB (hoogste), $(wc -c < "$dir/casus.xlsx") bytes (8 bladen)"
echo "bench-export: casus export     $spread"
echo "bench-export: openpyxl-script  ${pt} s (cpu ${pcpu} s), piekgeheugen ${pm} MB, $(wc -c < "$dir/openpyxl.xlsx") bytes (bladen 1-6 en Controle)"
awk -v c="$ct" -v p="$pt" 'BEGIN { printf "bench-export: casus is %.1f keer zo snel\n", p / c }'
fail=0
awk -v t="$ct" -v m="$MAX" 'BEGIN { exit !(t < m) }' || { echo "bench-export: te langzaam (grens $MAX s)"; fail=1; }
awk -v t="$cm" -v m="$MAXMEM" 'BEGIN { exit !(t < m) }' || { echo "bench-export: te veel geheugen (grens $MAXMEM MB)"; fail=1; }
awk -v c="$ct" -v p="$pt" -v r="$RATIO" 'BEGIN { exit !(p >= r * c) }' || { echo "bench-export: minder dan $RATIO keer zo snel als openpyxl"; fail=1; }
[ "$rows" = "$N" ] || { echo "bench-export: $rows deelnemers in plaats van $N"; fail=1; }
exit $fail
