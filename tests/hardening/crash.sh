#!/bin/sh
# crash.sh - 200 write transactions through the command line (journal lines
# and CSV imports of 150 clients), each killed with SIGKILL at a random
# moment.  Afterwards the file passes PRAGMA integrity_check, every
# transaction casus reported as committed is present, and every other one is
# either wholly present (killed after the commit, before the report) or
# wholly absent: never half.
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/casus.db"
N=${CASUS_CRASH_RUNS:-200}
"$CASUS" --db "$db" demo --klanten 20 --seed 4 > /dev/null 2>&1
kn=$("$Q" "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1")
have_import=0
if "$CASUS" import --help > /dev/null 2>&1 || "$CASUS" import 2>&1 | grep -q -i "gebruik"; then
	have_import=1
fi

# The kill comes at a random moment within the time one such command takes
# on this machine (measured once, to completion): at least 120 ms, so that
# some runs die mid-transaction and some live to report the commit however
# fast or slow the build is (a sanitizer build under load takes 0.2-0.3 s).
ms() { date +%s%N | cut -c1-13; }
t0=$(ms)
"$CASUS" --db "$db" notitie "$kn" "ijking" > /dev/null 2>&1
span=$(( ($(ms) - t0) * 3 / 2 ))
[ "$span" -ge 120 ] || span=120
echo "# vertraging willekeurig tussen 0 en $span ms"

# one CSV per import run: 150 new clients with klantnummers I<run>-<n>
mkcsv() {
	f="$T_DIR/import-$1.csv"
	echo "Klantnummer;Voornaam;Achternaam;Deelnemer startbanen;Geslacht" > "$f"
	for k in $(seq 1 150); do echo "I$1-$k;Naam$k;Crash$1;ja;Vrouw"; done >> "$f"
	echo "$f"
}

reported=0; killed=0; present_unreported=0; bad=0
i=0
seed=12345
while [ $i -lt "$N" ]; do
	i=$((i + 1))
	seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
	delay=$(awk -v r=$seed -v span=$span 'BEGIN { printf "%.3f", (r % span) / 1000 }')
	if [ $have_import = 1 ] && [ $((i % 2)) = 0 ]; then
		kind=import
		f=$(mkcsv $i)
		"$CASUS" --db "$db" import "$f" > "$T_DIR/run.out" 2>&1 &
	else
		kind=notitie
		"$CASUS" --db "$db" notitie "$kn" "crash $i" > "$T_DIR/run.out" 2>&1 &
	fi
	pid=$!
	sleep "$delay"
	kill -9 $pid 2>/dev/null && killed=$((killed + 1))
	wait $pid 2>/dev/null
	ok=0
	if [ $kind = notitie ]; then
		grep -q "^Vastgelegd" "$T_DIR/run.out" && ok=1
		n=$("$Q" "$db" "SELECT count(*) FROM journal WHERE samenvatting = 'crash $i'")
		a=$("$Q" "$db" "SELECT count(*) FROM audit WHERE tabel = 'journal' AND json_extract(nieuw, '\$.samenvatting') = 'crash $i'")
		full=1; [ "$a" = "$n" ] || bad=$((bad + 1))
		[ "$n" = 1 ] || full=0
		[ "$n" -le 1 ] || bad=$((bad + 1))
	else
		grep -q -i "toegevoegd\|ingelezen\|geïmporteerd" "$T_DIR/run.out" && ok=1
		n=$("$Q" "$db" "SELECT count(*) FROM client WHERE klantnummer GLOB 'I$i-*'")
		full=1; [ "$n" = 150 ] || full=0
		[ "$n" = 0 ] || [ "$n" = 150 ] || { bad=$((bad + 1)); echo "# import $i half: $n klanten"; }
	fi
	if [ $ok = 1 ]; then
		reported=$((reported + 1))
		[ $full = 1 ] || { bad=$((bad + 1)); echo "# $kind $i gemeld maar niet aanwezig"; }
	elif [ $full = 1 ]; then
		present_unreported=$((present_unreported + 1))
	fi
done
integrity=$("$Q" "$db" "PRAGMA integrity_check")
echo "# $N transacties, $killed gedood tijdens het lopen, $reported gemeld als vastgelegd, $present_unreported vastgelegd maar gedood vóór de melding"
t_check "integrity_check na $N gedode transacties" [ "$integrity" = ok ]
t_check "elke gemelde transactie is aanwezig, geen enkele half" [ "$bad" = 0 ]
t_check "er is echt midden in transacties gedood" [ "$killed" -gt 0 ]
t_check "en er is ook vastgelegd" [ "$reported" -gt 0 ]
"$CASUS" --db "$db" integriteit > "$T_DIR/int.out" 2>&1
t_check "database opent daarna gewoon" [ $? = 0 ]
t_done
