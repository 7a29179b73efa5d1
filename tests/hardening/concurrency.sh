#!/bin/sh
# concurrency.sh - a second writer waits for the lock and then reports
# clearly; parallel writers lose nothing.
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 30 --seed 2 > /dev/null 2>&1
kn=$("$Q" "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1")
jr() { "$Q" "$db" "SELECT count(*) FROM journal"; }
n0=$(jr)

# the lock is held longer than the busy timeout: a clear message, nothing lost
t_hold_lock "$db" 3
CASUS_BUSY_TIMEOUT=300 "$CASUS" --db "$db" notitie "$kn" "tijdens slot" > "$T_DIR/out" 2> "$T_DIR/err"
t_check "tweede schrijver na de wachttijd: status 1" [ $? = 1 ]
t_check "  duidelijke melding" grep -q "database is bezet" "$T_DIR/err"
wait $T_LOCK_PID
t_check "  niets half geschreven" [ "$(jr)" = "$n0" ]

# the lock is held shorter than the busy timeout: the writer waits and succeeds
t_hold_lock "$db" 1
"$CASUS" --db "$db" notitie "$kn" "na wachten" > "$T_DIR/out" 2> "$T_DIR/err"
t_check "tweede schrijver wacht en slaagt" [ $? = 0 ]
wait $T_LOCK_PID
t_check "  de regel staat erin" [ "$("$Q" "$db" "SELECT count(*) FROM journal WHERE samenvatting = 'na wachten'")" = 1 ]

# two writers in parallel: nothing lost
(for i in $(seq 1 25); do "$CASUS" --db "$db" notitie "$kn" "A$i" > /dev/null || echo fout; done) > "$T_DIR/a" 2>&1 &
(for i in $(seq 1 25); do "$CASUS" --db "$db" notitie "$kn" "B$i" > /dev/null || echo fout; done) > "$T_DIR/b" 2>&1 &
wait
t_check "twee gelijktijdige schrijvers: geen fouten" [ ! -s "$T_DIR/a" ] && [ ! -s "$T_DIR/b" ]
t_check "  alle 50 regels staan erin" [ "$("$Q" "$db" "SELECT count(*) FROM journal WHERE samenvatting GLOB '[AB][0-9]*'")" = 50 ]
t_check "  en elk is gelogd" [ "$("$Q" "$db" "SELECT count(*) FROM audit WHERE tabel = 'journal' AND actie = 'toevoegen' AND json_extract(nieuw, '\$.samenvatting') GLOB '[AB][0-9]*'")" = 50 ]
"$CASUS" --db "$db" integriteit > "$T_DIR/int.out" 2>&1
t_check "  database in orde" [ $? = 0 ]
t_done
