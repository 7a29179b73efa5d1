#!/bin/sh
# diskfull.sh - all or nothing when the disk fills up part-way through a
# transaction.  A file size limit (ulimit -f, SIGXFSZ ignored so that
# write() fails with EFBIG) stops the writes at several points; SQLite then
# rolls the whole transaction back by itself.  Every command must notice,
# save nothing more, say so and leave the file as it was.  CASUS_CACHE_KB
# shrinks the page cache so that the big transactions spill into the
# file before their commit (as a real import of a large file does).
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 1200 --seed 3 > /dev/null 2>&1
"$Q" "$db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
kb=$(( $(stat -c %s "$db") / 1024 ))
n0=$("$Q" "$db" "SELECT count(*) FROM client")
a0=$("$Q" "$db" "SELECT count(*) FROM audit")

csv="$T_DIR/groot.csv"
echo "Klantnummer;Voornaam;Achternaam;Deelnemer startbanen;Geslacht" > "$csv"
seq 1 3000 | sed 's/.*/V-&;Naam&;Vol&;ja;Vrouw/' >> "$csv"

# run CMD... on a fresh copy under a file size limit of $1 KiB
limited() {
	lim=$1; shift
	cp "$db" "$T_DIR/vol.db"
	rm -f "$T_DIR/vol.db-wal" "$T_DIR/vol.db-shm"
	(
		trap '' XFSZ
		ulimit -f "$lim"
		CASUS_CACHE_KB=256 "$@"
	) > "$T_DIR/out" 2> "$T_DIR/err" < "$T_DIR/in"
}
counts() { "$Q" "$T_DIR/vol.db" "SELECT (SELECT count(*) FROM client) || ' ' || (SELECT count(*) FROM audit)"; }

: > "$T_DIR/in"
for extra in 40 150 400 1000; do
	lim=$((kb + extra))
	limited $lim "$CASUS" --db "$T_DIR/vol.db" import "$csv"
	st=$?
	t_check "import, grens +${extra} KiB: status 1" [ $st = 1 ]
	t_check "  melding: schijf vol, niets opgeslagen" grep -q "vol.*niets opgeslagen" "$T_DIR/err"
	got=$(counts)
	t_check "  niets opgeslagen (klanten, audit: $got, was $n0 $a0)" [ "$got" = "$n0 $a0" ]
	sed 's/^/# /' "$T_DIR/err" | head -3

	limited $lim "$CASUS" --db "$T_DIR/vol.db" demo --klanten 1500 --seed 11 --toevoegen
	st=$?
	t_check "demo --toevoegen, grens +${extra} KiB: status 1" [ $st = 1 ]
	got=$(counts)
	t_check "  niets opgeslagen (klanten, audit: $got, was $n0 $a0)" [ "$got" = "$n0 $a0" ]
done

# erasure: all of it or none of it
closed=$("$Q" "$db" "SELECT count(DISTINCT client_id) FROM afsluiting WHERE datum < '2026-11-24'")
for extra in 20 100 300; do
	lim=$((kb + extra))
	limited $lim "$CASUS" --db "$T_DIR/vol.db" opschonen --afgesloten-voor 24-11-2026 --ja
	st=$?
	n=$("$Q" "$T_DIR/vol.db" "SELECT count(*) FROM client")
	if [ $st = 0 ]; then
		t_check "opschonen, grens +${extra} KiB: gelukt en alles gewist ($n klanten)" \
			[ "$n" -lt "$n0" ]
	else
		t_check "opschonen, grens +${extra} KiB: mislukt en niets gewist ($n van $n0 klanten)" \
			[ "$n" = "$n0" ]
		t_check "  melding: niets gewist" grep -q "niets gewist" "$T_DIR/err"
	fi
	"$CASUS" --db "$T_DIR/vol.db" integriteit > "$T_DIR/int.out" 2>&1
	t_check "  database daarna in orde" [ $? = 0 ]
done
t_check "er zijn afgesloten dossiers om te wissen ($closed)" [ "$closed" -gt 100 ]

kn=$("$Q" "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1")
for extra in 0 8 40; do
	lim=$((kb + extra))
	limited $lim "$CASUS" --db "$T_DIR/vol.db" verwijder "$kn" --ja
	st=$?
	left=$("$Q" "$T_DIR/vol.db" "SELECT count(*) FROM client WHERE klantnummer = '$kn'")
	if [ $st = 0 ]; then
		t_check "verwijder, grens +${extra} KiB: gelukt en gewist" [ "$left" = 0 ]
	else
		got=$(counts)
		t_check "verwijder, grens +${extra} KiB: mislukt en niets gewist ($got)" \
			[ "$left" = 1 ] && [ "$got" = "$n0 $a0" ]
	fi
done
t_done
