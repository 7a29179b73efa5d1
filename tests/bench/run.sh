#!/bin/sh
# run.sh - the benchmarks of `make bench` (not part of make check: timings
# depend on the machine, so nothing here passes or fails on a figure).
#
# Needs top_srcdir and top_builddir (make bench sets them).  Figures from a
# build with sanitizers or without optimisation say little, so when
# BENCH_CFLAGS (the build's CFLAGS) has -fsanitize or no -O level, the
# script builds an optimised copy without sanitizers (CFLAGS=-O2) in a
# temporary directory from top_srcdir and measures that one.  (When the
# source directory is itself configured, an out-of-tree copy cannot be
# configured; the script then measures the current build and says so.)
# BENCH_KLANTEN sets the number of clients (default 100000).
#
#  1. tests/bench/bench_core, in-process: the demo database of N clients
#     (timed), 100 varied searches through search_clients (p50/p95/max),
#     the peak memory of the process.
#  2. the command line, each command run under tests/bench/peakmem (wall
#     time and peak memory through wait4): casus demo --klanten N, casus
#     zoek (name fragments, Arabic script, klantnummer, BSN, birth date),
#     casus toon, casus signalen, casus controle --peildatum, and last
#     casus opschonen of the 10% of clients whose case closed first
#     (budget: under 10 s for 100,000 clients).
set -u
: "${top_srcdir:?run.sh: top_srcdir ontbreekt (start via make bench)}"
: "${top_builddir:?run.sh: top_builddir ontbreekt (start via make bench)}"
MAKE=${MAKE:-make}
N=${BENCH_KLANTEN:-100000}
jobs=$(nproc 2>/dev/null || echo 2)
work=$(mktemp -d "${TMPDIR:-/tmp}/casus-bench.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
export USER="${USER:-bench}"

progs="casus tests/bench/bench_core tests/bench/peakmem tests/tools/sqlq"
bin=$top_builddir
reason=
case " ${BENCH_CFLAGS:-} " in
*-fsanitize*) reason="gebouwd met sanitizers" ;;
*" -O1"*|*" -O2"*|*" -O3"*|*" -Os"*|*" -Ofast"*) ;;
*) reason="gebouwd zonder optimalisatie" ;;
esac
if [ -n "$reason" ] && [ ! -f "$top_srcdir/config.status" ]; then
	echo "Deze build is $reason; een geoptimaliseerde kopie (CFLAGS=-O2, zonder sanitizers) wordt gebouwd."
	mkdir "$work/build"
	# shellcheck disable=SC2086
	if ! (cd "$work/build" && "$top_srcdir/configure" -q CFLAGS="-O2" > "$work/build.log" 2>&1 &&
	      $MAKE -j"$jobs" $progs >> "$work/build.log" 2>&1); then
		tail -30 "$work/build.log"
		echo "run.sh: de geoptimaliseerde kopie bouwen mislukte"
		exit 1
	fi
	bin=$work/build
else
	[ -n "$reason" ] && echo "Let op: deze build is $reason; de cijfers zijn niet representatief."
	# shellcheck disable=SC2086
	if ! (cd "$top_builddir" && $MAKE $progs > "$work/build.log" 2>&1); then
		tail -30 "$work/build.log"
		echo "run.sh: bouwen mislukte"
		exit 1
	fi
fi
casus=$bin/casus
peak=$bin/tests/bench/peakmem
sqlq=$bin/tests/tools/sqlq

echo
echo "== Kern, in het proces ($N klanten) =="
"$bin/tests/bench/bench_core" "$N" "$work" || { echo "run.sh: bench_core mislukte"; exit 1; }

echo
echo "== Opdrachtregel: looptijd en piekgeheugen per opdracht =="
db=$work/cli.db
run() {
	# run LABEL COMMAND... : time it; a non-zero exit is reported, not fatal
	# (zoek without hits and controle with findings end with 1)
	label=$1
	shift
	"$peak" -q -l "$label" "$@"
	st=$?
	if [ "$st" -ge 125 ]; then
		echo "run.sh: '$label' kon niet draaien of liep vast (status $st)"
		exit 1
	fi
	[ "$st" -ne 0 ] && echo "    (status $st)"
	return 0
}
run "casus demo --klanten $N" "$casus" --db "$db" demo --klanten "$N"
[ -f "$db" ] || { echo "run.sh: geen database"; exit 1; }
kn=$("$sqlq" "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM client)")
bsn=$("$sqlq" "$db" "SELECT bsn FROM client WHERE bsn IS NOT NULL ORDER BY id LIMIT 1 OFFSET 777")
gd=$("$sqlq" "$db" "SELECT strftime('%d-%m-%Y', geboortedatum) FROM client WHERE geboortedatum IS NOT NULL ORDER BY id LIMIT 1 OFFSET 555")
y=$(date +%Y)
if [ "$(date +%m%d)" -ge 1031 ]; then P="31-10-$y"; else P="31-10-$((y - 1))"; fi

for q in nunez "Ḥasan" al "محمد" "$kn" "$bsn" "$gd"; do
	run "casus zoek $q" "$casus" --db "$db" zoek "$q"
done
run "casus toon $kn" "$casus" --db "$db" toon "$kn"
run "casus signalen" "$casus" --db "$db" signalen
run "casus agenda (mijn klanten, 7 dagen; doel < 150 ms)" "$casus" --db "$db" agenda
run "casus agenda --alle (doel < 150 ms)" "$casus" --db "$db" agenda --alle
run "casus controle --peildatum $P" "$casus" --db "$db" controle --peildatum "$P"
size=$(du -k "$db" | cut -f1)
echo "databasebestand: $((size / 1024)) MB"

# erasure (AVG): opschonen of the tenth of the clients whose case closed
# first; the budget is 10 s for 10% of 100,000.  Last, as it changes $db.
cut=$("$sqlq" "$db" "SELECT strftime('%d-%m-%Y', d) FROM (SELECT min(coalesce(a.datum, '9999-12-31'), coalesce(c.einde_inburgering, '9999-12-31')) AS d FROM client c LEFT JOIN afsluiting a ON a.client_id = c.id) WHERE d < '9999' ORDER BY d LIMIT 1 OFFSET $((N / 10))")
if [ -n "$cut" ]; then
	erase=$("$sqlq" "$db" "SELECT count(DISTINCT c.id) FROM client c LEFT JOIN afsluiting a ON a.client_id = c.id WHERE a.datum < '$(echo "$cut" | awk -F- '{print $3 "-" $2 "-" $1}')' OR c.einde_inburgering < '$(echo "$cut" | awk -F- '{print $3 "-" $2 "-" $1}')'")
	run "casus opschonen --afgesloten-voor $cut --ja ($erase van $N klanten)" "$casus" --db "$db" opschonen --afgesloten-voor "$cut" --ja
else
	echo "run.sh: geen afgesloten dossiers om te wissen"
	exit 1
fi
