#!/bin/sh
# files.sh - broken files: truncated, not SQLite, newer schema, a directory,
# read-only, full disk.  Each gives a Dutch message and status 1, and the
# file is not damaged further.
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 80 --seed 5 > /dev/null 2>&1
kn=$("$Q" "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1")

# truncated database
cp "$db" "$T_DIR/kapot.db"
size=$(stat -c %s "$T_DIR/kapot.db")
truncate -s $((size / 3)) "$T_DIR/kapot.db"
before=$(md5sum < "$T_DIR/kapot.db")
t_status "afgekapte database: status 1" 1 "$CASUS" --db "$T_DIR/kapot.db" toon "$kn"
t_check "  Nederlandse melding" grep -q -i "beschadigd" "$T_DIR/err"
t_check "  bestand niet verder beschadigd" [ "$(md5sum < "$T_DIR/kapot.db")" = "$before" ]

# not SQLite
printf 'Klantnummer;Naam\nK1;Test\n%0500d\n' 0 > "$T_DIR/tekst.db"
before=$(md5sum < "$T_DIR/tekst.db")
t_status "geen SQLite-bestand: status 1" 1 "$CASUS" --db "$T_DIR/tekst.db" zoek test
t_check "  Nederlandse melding" grep -q "geen (onbeschadigde) casus-database" "$T_DIR/err"
t_check "  bestand ongewijzigd" [ "$(md5sum < "$T_DIR/tekst.db")" = "$before" ]

# newer schema
cp "$db" "$T_DIR/nieuw.db"
"$Q" "$T_DIR/nieuw.db" "PRAGMA user_version = 999"
before=$(md5sum < "$T_DIR/nieuw.db")
t_status "nieuwer schema: status 1" 1 "$CASUS" --db "$T_DIR/nieuw.db" zoek a
t_check "  Nederlandse melding" grep -q "nieuwere versie van casus" "$T_DIR/err"
t_check "  bestand ongewijzigd" [ "$(md5sum < "$T_DIR/nieuw.db")" = "$before" ]

# a directory
mkdir "$T_DIR/map.db"
t_status "een map in plaats van een bestand: status 1" 1 "$CASUS" --db "$T_DIR/map.db" zoek a
t_check "  Nederlandse melding" grep -q "is een map" "$T_DIR/err"

# read-only file: needs an unprivileged user (root may write anywhere)
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
	ro="$T_DIR/ro"
	mkdir "$ro"
	cp "$db" "$ro/casus.db"
	chown -R 65534:65534 "$ro"
	chmod 500 "$ro"
	chmod 400 "$ro/casus.db"
	chmod 755 "$T_DIR"
	before=$(md5sum < "$ro/casus.db")
	setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro" "$CASUS" --db "$ro/casus.db" \
		notitie "$kn" "alleen lezen" > "$T_DIR/out" 2> "$T_DIR/err"
	t_check "alleen-lezen bestand: status 1" [ $? = 1 ]
	t_check "  Nederlandse melding" grep -q -i "alleen-lezen\|kan .* niet" "$T_DIR/err"
	t_check "  bestand ongewijzigd" [ "$(md5sum < "$ro/casus.db")" = "$before" ]
	sed 's/^/# /' "$T_DIR/err"

	# Commands that only read never write: on a read-only file in
	# rollback-journal mode (a copy, a file from another tool) they work,
	# leave it untouched and never speak of an unsaved change.
	chmod 700 "$ro"
	mkdir "$T_DIR/uit"
	chown 65534:65534 "$T_DIR/uit"
	cp "$db" "$ro/kopie.db"
	"$Q" "$ro/kopie.db" "PRAGMA journal_mode = DELETE" > /dev/null
	chown -R 65534:65534 "$ro"
	chmod 400 "$ro/kopie.db"
	chmod 500 "$ro"
	before=$(md5sum < "$ro/kopie.db")
	for cmd in "zoek $kn" "toon $kn" "signalen" "controle --peildatum 31-10-2026" "integriteit" \
		"backup $T_DIR/uit/kopie.db"; do
		# shellcheck disable=SC2086
		t_status "alleen-lezen bestand: casus $cmd werkt" 0 \
			setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro" "$CASUS" --db "$ro/kopie.db" $cmd
		t_check "  geen melding over een wijziging" sh -c "! grep -q 'wijziging' '$T_DIR/err'"
	done
	t_check "  bestand ongewijzigd, geen -wal/-shm gemaakt" \
		sh -c "[ \"\$(md5sum < '$ro/kopie.db')\" = '$before' ] && [ ! -e '$ro/kopie.db-wal' ] && [ ! -e '$ro/kopie.db-shm' ]"
	# today's agenda on a read-only file whose overview holds an earlier
	# day: it cannot bring the overview to today (agenda_build skips the
	# refresh) and still gives the same agenda as a writable copy, which
	# does refresh; the file stays untouched
	chmod 700 "$ro"
	cp "$db" "$ro/oud.db"
	CASUS_TODAY=2026-10-01 "$CASUS" --db "$ro/oud.db" agenda --alle > /dev/null
	"$Q" "$ro/oud.db" "PRAGMA journal_mode = DELETE" > /dev/null
	cp "$ro/oud.db" "$T_DIR/oud-schrijfbaar.db"
	chown -R 65534:65534 "$ro"
	chmod 400 "$ro/oud.db"
	chmod 500 "$ro"
	before=$(md5sum < "$ro/oud.db")
	t_check "alleen-lezen bestand: het overzicht houdt 01-10-2026" \
		test "$("$Q" "$ro/oud.db" "SELECT value FROM setting WHERE key = 'overzicht.datum'")" = 2026-10-01
	t_status "alleen-lezen bestand, overzicht van een eerdere dag: agenda werkt" 0 \
		setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro" "$CASUS" --db "$ro/oud.db" \
		agenda --alle --dagen 30
	cp "$T_DIR/out" "$T_DIR/agenda-ro"
	"$CASUS" --db "$T_DIR/oud-schrijfbaar.db" agenda --alle --dagen 30 > "$T_DIR/agenda-rw"
	t_check "  dezelfde agenda als op een schrijfbare kopie ($(wc -l < "$T_DIR/agenda-rw") regels)" \
		sh -c "test \$(wc -l < '$T_DIR/agenda-rw') -gt 5 && cmp -s '$T_DIR/agenda-ro' '$T_DIR/agenda-rw'"
	t_check "  bestand ongewijzigd" [ "$(md5sum < "$ro/oud.db")" = "$before" ]
	# a search on the end of a BSN is logged; where the log cannot be
	# written it is refused, with a message saying why (issue 13)
	bsn4=$("$Q" "$ro/kopie.db" "SELECT substr(bsn, -4) FROM client WHERE bsn IS NOT NULL LIMIT 1")
	t_status "alleen-lezen bestand: zoeken op het einde van een BSN geweigerd" 1 \
		setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro" "$CASUS" --db "$ro/kopie.db" zoek "$bsn4"
	t_check "  melding noemt het zoeklogboek" grep -q "zoeklogboek, en dat kan niet: u mag dit databasebestand alleen lezen" "$T_DIR/err"
	# ...and a WAL-mode file in a directory where SQLite cannot make its
	# -shm file: a precise message instead of "alleen-lezen: de wijziging
	# is niet opgeslagen"
	chmod 700 "$ro"
	"$Q" "$ro/kopie.db" "PRAGMA journal_mode = WAL" > /dev/null 2>&1 || chmod 600 "$ro/kopie.db"
	"$Q" "$ro/kopie.db" "PRAGMA journal_mode = WAL" > /dev/null
	rm -f "$ro/kopie.db-wal" "$ro/kopie.db-shm"
	chown -R 65534:65534 "$ro"
	chmod 400 "$ro/kopie.db"
	chmod 500 "$ro"
	t_status "WAL-bestand in een alleen-lezen map: zoek status 1" 1 \
		setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro" "$CASUS" --db "$ro/kopie.db" zoek "$kn"
	t_check "  melding noemt het hulpbestand -shm" grep -q "hulpbestand $ro/kopie.db-shm" "$T_DIR/err"
	t_check "  geen melding over een wijziging" sh -c "! grep -q 'wijziging' '$T_DIR/err'"
	sed 's/^/# /' "$T_DIR/err"
	# a reservekopie is in rollback mode: it can be read from a read-only
	# medium or a closed directory
	mkdir "$T_DIR/medium"
	"$CASUS" --db "$db" backup "$T_DIR/medium/reserve.db" > /dev/null 2>&1
	chown -R 65534:65534 "$T_DIR/medium"
	chmod 400 "$T_DIR/medium/reserve.db"
	chmod 500 "$T_DIR/medium"
	t_status "reservekopie in een alleen-lezen map: zoek werkt" 0 \
		setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro" "$CASUS" \
		--db "$T_DIR/medium/reserve.db" zoek "$kn"
	t_check "  vindt de klant" grep -q "^$kn " "$T_DIR/out"
	chmod 700 "$ro" "$T_DIR" "$T_DIR/medium"
else
	t_ok "alleen-lezen bestand # SKIP geen root/setpriv"
fi

# full disk: a file size limit stops the writes part-way
cp "$db" "$T_DIR/vol.db"
"$Q" "$T_DIR/vol.db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
before=$("$Q" "$T_DIR/vol.db" "SELECT count(*) FROM client")
(
	trap '' XFSZ
	ulimit -f $(( $(stat -c %s "$T_DIR/vol.db") / 1024 + 8 ))
	"$CASUS" --db "$T_DIR/vol.db" demo --klanten 3000 --seed 9 --toevoegen
) > "$T_DIR/out" 2> "$T_DIR/err"
t_check "volle schijf: status 1" [ $? = 1 ]
t_check "  Nederlandse melding" grep -q -i "schijf is vol\|schijf vol" "$T_DIR/err"
sed 's/^/# /' "$T_DIR/err" | head -5
"$CASUS" --db "$T_DIR/vol.db" integriteit > "$T_DIR/int.out" 2>&1
t_check "  database daarna in orde" [ $? = 0 ]
t_check "  niets half geschreven" [ "$("$Q" "$T_DIR/vol.db" "SELECT count(*) FROM client")" = "$before" ]
(
	trap '' XFSZ
	ulimit -f 1
	"$CASUS" --db "$T_DIR/nieuw-vol.db" demo --klanten 50
) > "$T_DIR/out" 2> "$T_DIR/err"
t_check "volle schijf bij een nieuwe database: status 1" [ $? = 1 ]
t_done
