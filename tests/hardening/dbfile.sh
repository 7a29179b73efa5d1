#!/bin/sh
# dbfile.sh - files that are not (whole) casus databases: a hostile schema
# version, a damaged schema, an empty file, a FIFO or device, a dangling
# symbolic link, a database reached through a link.  Each is refused with a
# Dutch message naming the file, status 1, and is left untouched.
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 30 --seed 4 > /dev/null 2>&1
"$Q" "$db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
kn=$("$Q" "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1")

# item 4: a user_version that is not 0..current
for v in -2147483648 -2 -1000 -1; do
	f="$T_DIR/versie$v.db"
	cp "$db" "$f"
	"$Q" "$f" "PRAGMA journal_mode = DELETE" > /dev/null
	"$Q" "$f" "PRAGMA user_version = $v"
	before=$(sha256sum < "$f")
	t_status "schemaversie $v: status 1" 1 "$CASUS" --db "$f" toon "$kn"
	t_check "  Nederlandse melding met de bestandsnaam" grep -q "versie$v.db heeft een onbekende schemaversie" "$T_DIR/err"
	t_check "  bestand ongewijzigd" [ "$(sha256sum < "$f")" = "$before" ]
done

# A migration that cannot run (an object in its way: a table with the name
# of the index migration 017 creates, on a file of version 16): refused
# with the step named, status 1, nothing of the update kept.
f="$T_DIR/stap.db"
cp "$db" "$f"
"$Q" "$f" "PRAGMA journal_mode = DELETE" > /dev/null
"$Q" "$f" "DROP INDEX client_klantnummer_naam"
"$Q" "$f" "CREATE TABLE client_klantnummer_naam(x)"
"$Q" "$f" "PRAGMA user_version = 16"
before=$(sha256sum < "$f")
t_status "migratie die niet kan: status 1" 1 "$CASUS" --db "$f" toon "$kn"
t_check "  Nederlandse melding met de stap" grep -q "Bijwerken van het databaseschema (stap 17) mislukt" "$T_DIR/err"
t_check "  bestand ongewijzigd" [ "$(sha256sum < "$f")" = "$before" ]
# the same file opened by the full screen (the harness as its terminal):
# the same message, and the file untouched
: > "$T_DIR/leeg.keys"
t_status "migratie die niet kan, volledig scherm: status 1" 1 \
	env CASUS_TUI_SCRIPT="$T_DIR/leeg.keys" TERM=xterm LINES=24 COLUMNS=80 "$CASUS" --db "$f"
t_check "  Nederlandse melding met de stap" grep -q "Bijwerken van het databaseschema (stap 17) mislukt" "$T_DIR/err"
t_check "  bestand ongewijzigd" [ "$(sha256sum < "$f")" = "$before" ]

# item 7: a damaged schema
damage() { # NAME SQL: a copy of the database with SQL applied
	cp "$db" "$T_DIR/$1.db"
	"$Q" "$T_DIR/$1.db" "$2" > /dev/null
	"$Q" "$T_DIR/$1.db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
}
damage geenjournal "DROP TABLE journal"
damage geenindex "DROP INDEX journal_client"
damage vreemd "CREATE TRIGGER vreemd AFTER INSERT ON client BEGIN DELETE FROM journal; END"
damage kolom "ALTER TABLE afsluiting ADD COLUMN extra TEXT"
for c in "geenjournal:tabel journal ontbreekt" "geenindex:index journal_client ontbreekt" \
	 "vreemd:trigger vreemd hoort niet bij casus" "kolom:tabel afsluiting is gewijzigd"; do
	name=${c%%:*}; exp=${c#*:}
	f="$T_DIR/$name.db"
	t_status "integriteit, $name: status 1" 1 "$CASUS" --db "$f" integriteit
	t_check "  noemt: $exp" grep -q "Schema klopt niet: $exp" "$T_DIR/out"
	t_check "  niet 'in orde'" sh -c "! grep -q 'in orde' '$T_DIR/out'"
	before=$(sha256sum < "$f")
	t_status "toon op $name: status 1" 1 "$CASUS" --db "$f" toon "$kn"
	t_check "  Nederlandse melding met de bestandsnaam" grep -q "$name.db is beschadigd: het databaseschema klopt niet" "$T_DIR/err"
	t_check "  bestand ongewijzigd" [ "$(sha256sum < "$f")" = "$before" ]
done
t_status "integriteit op een gave database: status 0" 0 "$CASUS" --db "$db" integriteit
t_check "  in orde" grep -q "De database is in orde" "$T_DIR/out"

# item 10: an existing empty or 1-byte file does not silently become a database
: > "$T_DIR/leeg.db"
t_status "leeg bestand: status 1" 1 "$CASUS" --db "$T_DIR/leeg.db" demo --klanten 3
t_check "  melding: leeg, hoe verder" grep -q "leeg.db is leeg.*verwijder het lege bestand" "$T_DIR/err"
t_check "  bestand nog leeg" [ ! -s "$T_DIR/leeg.db" ]
printf x > "$T_DIR/byte.db"
t_status "bestand van 1 byte: status 1" 1 "$CASUS" --db "$T_DIR/byte.db" demo --klanten 3
t_check "  melding: geen casus-database" grep -q "byte.db is geen (onbeschadigde) casus-database" "$T_DIR/err"
t_check "  bestand ongewijzigd" [ "$(cat "$T_DIR/byte.db")" = x ]
t_status "een nieuw bestand wordt wel gemaakt" 0 "$CASUS" --db "$T_DIR/nieuw/casus.db" demo --klanten 3

# a FIFO or a device
mkfifo "$T_DIR/fifo.db"
t_status "FIFO: status 1" 1 timeout 10 "$CASUS" --db "$T_DIR/fifo.db" zoek a
t_check "  melding: named pipe" grep -q "fifo.db is een named pipe (FIFO), geen databasebestand" "$T_DIR/err"
t_status "apparaat: status 1" 1 "$CASUS" --db /dev/null zoek a
t_check "  melding: apparaat" grep -q "/dev/null is een apparaat" "$T_DIR/err"
t_check "  geen 'schijf vol'" sh -c "! grep -q -i 'schijf' '$T_DIR/err'"

# a dangling symbolic link at the default path
mkdir -p "$HOME/.local/share/casus"
ln -s "$T_DIR/weg/casus.db" "$HOME/.local/share/casus/casus.db"
t_status "loze koppeling op de standaardplek: status 1" 1 "$CASUS" demo --klanten 3
t_check "  melding: koppeling naar een bestand dat niet bestaat" \
	grep -q "casus.db is een symbolische koppeling naar $T_DIR/weg/casus.db, maar dat bestand bestaat niet" "$T_DIR/err"
rm "$HOME/.local/share/casus/casus.db"

# the permission check looks at the target's directory through a link
mkdir -m 755 "$T_DIR/open"
cp "$db" "$T_DIR/open/casus.db"
chmod 600 "$T_DIR/open/casus.db"
mkdir -m 700 "$T_DIR/prive"
ln -s "$T_DIR/open/casus.db" "$T_DIR/prive/link.db"
t_status "database via een koppeling: status 0" 0 "$CASUS" --db "$T_DIR/prive/link.db" zoek a
t_check "  waarschuwt voor de map van het doel" grep -q "de map $T_DIR/open van de database is toegankelijk" "$T_DIR/err"
t_done
