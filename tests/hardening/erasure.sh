#!/bin/sh
# erasure.sh - verwijder leaves none of the erased person's identifiers in
# the file (other clients' history, search index, free pages, WAL), and an
# erasure whose checkpoint is blocked by a reader says so and completes at
# the next open.
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 40 --seed 5 > /dev/null 2>&1
t_check "democaseload aangemaakt" [ -s "$db" ]

# the raw bytes of the database and its WAL: how often does TEXT occur?
inbestand() {
	n=0
	for f in "$db" "$db-wal"; do
		[ -f "$f" ] || continue
		c=$(grep -a -i -c -- "$1" "$f")
		n=$((n + c))
	done
	echo "$n"
}
imp() { # imp NAME CSV-LINES...: import a klanten file
	f="$T_DIR/$1"
	shift
	printf '%s\n' "Klantnummer;BSN;Voornaam;Achternaam;Geboortedatum;Telefoon;E-mail" "$@" > "$f"
	"$CASUS" --db "$db" import "$f" > "$T_DIR/imp.out" 2>&1
}

# A typo: Zwanetta Quirijnsz's data was first entered on another client
# (K900002), then corrected there; later she got her own record K900001.
imp klanten1.csv "K900002;111222333;Zwanetta;Quirijnsz;17-03-1961;0612398745;zwanetta.q@voorbeeld.nl"
t_check "import van de tikfout" [ $? = 0 ]
imp klanten2.csv "K900002;123456782;Bram;Bos;02-02-1970;0687654321;bram@voorbeeld.nl"
t_check "correctie van de tikfout" [ $? = 0 ]
imp klanten3.csv "K900001;111222333;Zwanetta;Quirijnsz;17-03-1961;0612398745;zwanetta.q@voorbeeld.nl"
t_check "import van de eigen klant" [ $? = 0 ]
# a third client who happens to share a first name: not hers, must stay
imp klanten4.csv "K900003;;Zwanetta;Anders;05-05-1985;;"
t_check "import van een naamgenote" [ $? = 0 ]
b_audit=$("$Q" "$db" "SELECT count(*) FROM audit WHERE client_id = (SELECT id FROM client WHERE klantnummer = 'K900002')")

"$CASUS" --db "$db" verwijder K900001 --ja > "$T_DIR/out" 2>&1
t_check "verwijder: status 0" [ $? = 0 ]
t_check "  meldt dat de klant gewist is" grep -q "K900001 is gewist" "$T_DIR/out"
t_check "het BSN staat nergens meer in het bestand (ook niet in de geschiedenis van K900002)" \
	[ "$(inbestand 111222333)" = 0 ]
t_check "de achternaam staat nergens meer in het bestand" [ "$(inbestand Quirijnsz)" = 0 ]
t_check "het telefoonnummer en e-mailadres staan nergens meer in het bestand" \
	[ "$(inbestand 0612398745)" = 0 ] && [ "$(inbestand zwanetta.q@)" = 0 ]
t_check "de geboortedatum staat niet meer in de geschiedenis van K900002" \
	[ "$("$Q" "$db" "SELECT count(*) FROM audit WHERE oud LIKE '%1961-03-17%' OR nieuw LIKE '%1961-03-17%'")" = 0 ]
t_check "de geschiedenis van K900002 blijft (niets verwijderd)" \
	[ "$("$Q" "$db" "SELECT count(*) FROM audit WHERE client_id = (SELECT id FROM client WHERE klantnummer = 'K900002')")" = "$b_audit" ]
t_check "  met [gewist] op de plaats van het BSN" \
	[ "$("$Q" "$db" "SELECT count(*) FROM audit WHERE tabel = 'client' AND json_extract(oud, '\$.bsn') = '[gewist]' AND json_extract(oud, '\$.klantnummer') = 'K900002'")" = 1 ]
t_check "  en haar eigen huidige gegevens intact" \
	[ "$("$Q" "$db" "SELECT bsn || ' ' || voornaam FROM client WHERE klantnummer = 'K900002'")" = "123456782 Bram" ]
t_check "de naamgenote houdt haar voornaam, ook in haar geschiedenis" \
	[ "$("$Q" "$db" "SELECT count(*) FROM audit WHERE json_extract(nieuw, '\$.voornaam') = 'Zwanetta' AND json_extract(nieuw, '\$.klantnummer') = 'K900003'")" = 1 ]
"$CASUS" --db "$db" zoek quirijnsz > "$T_DIR/zoek.out" 2>&1
t_check "zoeken op de gewiste naam vindt niets" [ $? = 1 ]
t_check "het WAL is leeg na het wissen" [ ! -s "$db-wal" ]
"$CASUS" --db "$db" integriteit > "$T_DIR/int.out" 2>&1
t_check "integriteit na het wissen: in orde" [ $? = 0 ]

# opschonen scrubs the same way
imp klanten5.csv "K900004;111222333;Zwanetta;Quirijnsz;17-03-1961;0612398745;zwanetta.q@voorbeeld.nl"
imp klanten6.csv "K900004;;Piet;Jansen;01-01-1990;;"
imp klanten7.csv "K900005;111222333;Zwanetta;Quirijnsz;17-03-1961;0612398745;zwanetta.q@voorbeeld.nl"
printf '%s\n' "Klantnummer;Soort;Datum;Reden" "K900005;Einde;01-02-2025;" > "$T_DIR/afsluiting.csv"
"$CASUS" --db "$db" import "$T_DIR/afsluiting.csv" > "$T_DIR/imp.out" 2>&1
t_check "afsluiting ingelezen" [ $? = 0 ]
"$CASUS" --db "$db" opschonen --afgesloten-voor 01-01-2026 --ja > "$T_DIR/out" 2>&1
t_check "opschonen: status 0" [ $? = 0 ]
t_check "  K900005 is gewist" [ "$("$Q" "$db" "SELECT count(*) FROM client WHERE klantnummer = 'K900005'")" = 0 ]
t_check "  het BSN staat nergens meer in het bestand" [ "$(inbestand 111222333)" = 0 ]
t_check "  de achternaam ook niet" [ "$(inbestand Quirijnsz)" = 0 ]

# a reader blocks the checkpoint: the message says so; the next open finishes
imp klanten8.csv "K900006;111222333;Zwanetta;Quirijnsz;17-03-1961;0612398745;zwanetta.q@voorbeeld.nl"
t_hold_lock "$db" 4 lezen
CASUS_BUSY_TIMEOUT=300 "$CASUS" --db "$db" verwijder K900006 --ja > "$T_DIR/out" 2>&1
t_check "verwijder terwijl een ander leest: status 0" [ $? = 0 ]
t_check "  zegt niet dat alles gewist is" [ "$(grep -c "is gewist\." "$T_DIR/out")" = 0 ]
t_check "  zegt dat het wissen voltooid wordt als de ander casus sluit" \
	grep -q "wordt voltooid zodra de andere gebruiker casus sluit" "$T_DIR/out"
t_check "  de klant is weg" [ "$("$Q" "$db" "SELECT count(*) FROM client WHERE klantnummer = 'K900006'")" = 0 ]
t_check "  het wissen staat als onvoltooid genoteerd" \
	[ "$("$Q" "$db" "SELECT count(*) FROM setting WHERE key = 'wissen.onvoltooid'")" = 1 ]
t_check "  (het BSN staat nog in het bestand)" [ "$(inbestand 111222333)" != 0 ]
"$Q" "$db" "SELECT 1" > /dev/null # sqlq is not casus: nothing is finished
wait $T_LOCK_PID
"$CASUS" --db "$db" notitie K900002 "na het wissen" > "$T_DIR/notitie.out" 2>&1
t_check "de volgende opening voltooit het wissen" [ "$(inbestand 111222333)" = 0 ]
t_check "  de achternaam is ook weg" [ "$(inbestand Quirijnsz)" = 0 ]
t_check "  en de notitie is opgeruimd" \
	[ "$("$Q" "$db" "SELECT count(*) FROM setting WHERE key = 'wissen.onvoltooid'")" = 0 ]
t_check "  het WAL is leeg" [ ! -s "$db-wal" ]
t_done
