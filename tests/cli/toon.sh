#!/bin/sh
# toon.sh - casus toon: the client card of a few fixed demo clients
# (golden), every demo client under the sanitizers, an unknown klantnummer.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden"
Q="$top_builddir/tests/tools/sqlq"
sqlq() { if [ -x "$Q" ]; then "$Q" "$@"; else sqlite3 "$@"; fi; }
db="$T_DIR/t.db"
"$CASUS" --db "$db" demo --klanten 60 --seed 7 > /dev/null || exit 1

# golden cards: the first client, and the first one with each kind of
# record (startbaan, on hold, uitval/einde, a handover between consultants,
# a voortraject with activities, journal lines), each card once
kns=$(sqlq "$db" "SELECT klantnummer FROM client WHERE id IN (
	SELECT min(id) FROM client
	UNION SELECT min(client_id) FROM startbaan
	UNION SELECT min(client_id) FROM onhold
	UNION SELECT min(client_id) FROM afsluiting WHERE soort = 1
	UNION SELECT min(client_id) FROM afsluiting WHERE soort = 2
	UNION SELECT min(client_id) FROM handover WHERE van_id IS NOT NULL AND van_id <> 0
	UNION SELECT min(v.client_id) FROM voortraject v JOIN activiteit a ON a.voortraject_id = v.id
	UNION SELECT client_id FROM (SELECT client_id, count(*) n FROM journal
		GROUP BY client_id ORDER BY n DESC, client_id LIMIT 1)
	UNION SELECT min(id) FROM client WHERE startbanen = 0) ORDER BY id")
for kn in $kns; do
	t_status "toon $kn: status 0" 0 "$CASUS" --db "$db" toon "$kn"
	t_golden "  kaart" "$G/toon-$kn.out" "$T_DIR/out"
done

# every card of the caseload prints (and is clean under the sanitizers)
fails=0
for kn in $(sqlq "$db" "SELECT klantnummer FROM client ORDER BY id"); do
	"$CASUS" --db "$db" toon "$kn" > "$T_DIR/kaart" 2> "$T_DIR/kerr" || fails=$((fails + 1))
	[ -s "$T_DIR/kerr" ] && fails=$((fails + 1))
	grep -q "($kn)" "$T_DIR/kaart" || fails=$((fails + 1))
done
t_check "alle 60 kaarten: status 0, geen fouten" [ "$fails" = 0 ]

t_status "onbekend klantnummer: status 1" 1 "$CASUS" --db "$db" toon K999
t_check "  melding" grep -q "^casus: Klantnummer K999 bestaat niet.$" "$T_DIR/err"
t_check "  niets op stdout" [ ! -s "$T_DIR/out" ]
t_status "toon zonder klantnummer: status 1" 1 "$CASUS" --db "$db" toon
t_check "  melding" grep -q "^casus: toon: klantnummer ontbreekt" "$T_DIR/err"
t_status "toon met twee klantnummers: status 1" 1 "$CASUS" --db "$db" toon K1 K2

t_done
