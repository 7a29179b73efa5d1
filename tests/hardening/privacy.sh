#!/bin/sh
# privacy.sh - erasure, purge of closed cases, backups, permission warning.
. "$top_srcdir/tests/lib.sh"
db="$T_DIR/casus.db"
Q="$top_builddir/tests/tools/sqlq"
"$CASUS" --db "$db" demo --klanten 60 --seed 3 > /dev/null 2>&1
t_check "democaseload aangemaakt" [ -s "$db" ]

kn=$("$Q" "$db" "SELECT klantnummer FROM client WHERE bsn IS NOT NULL ORDER BY id LIMIT 1")
bsn=$("$Q" "$db" "SELECT bsn FROM client WHERE klantnummer = '$kn'")
id=$("$Q" "$db" "SELECT id FROM client WHERE klantnummer = '$kn'")

echo nee | "$CASUS" --db "$db" verwijder "$kn" > "$T_DIR/out" 2>&1
t_check "verwijder zonder 'ja' wist niets (status 1)" [ $? = 1 ]
t_check "  en zegt het" grep -q "Niet gewist" "$T_DIR/out"
t_check "  klant bestaat nog" [ "$("$Q" "$db" "SELECT count(*) FROM client WHERE id = $id")" = 1 ]

echo ja | "$CASUS" --db "$db" verwijder "$kn" > "$T_DIR/out" 2>&1
t_check "verwijder na 'ja' (status 0)" [ $? = 0 ]
t_status "toon van de gewiste klant: status 1" 1 "$CASUS" --db "$db" toon "$kn"
left=0
for t in pip_step voortraject startbaan onhold afsluiting journal handover; do
	n=$("$Q" "$db" "SELECT count(*) FROM $t WHERE client_id = $id")
	left=$((left + n))
done
t_check "geen gegevens van de klant meer in enige tabel" [ "$left" = 0 ]
t_check "geen logboekregels over de klant" [ "$("$Q" "$db" "SELECT count(*) FROM audit WHERE client_id = $id OR nieuw LIKE '%$kn%' OR oud LIKE '%$kn%'")" = 0 ]
t_check "het logboek houdt vast dát er gewist is, wanneer en door wie" \
	[ "$("$Q" "$db" "SELECT wie || ' ' || moment FROM audit WHERE actie = 'wissen'")" = "tester 2026-11-24 10:00" ]
found=0
for f in "$db" "$db-wal"; do
	[ -f "$f" ] && grep -a -q "$bsn" "$f" && found=1
done
t_check "het BSN staat nergens meer in het databasebestand" [ "$found" = 0 ]

# purge closed cases
n_closed=$("$Q" "$db" "SELECT count(DISTINCT c.id) FROM client c LEFT JOIN afsluiting a ON a.client_id = c.id WHERE a.datum < '2026-06-01' OR c.einde_inburgering < '2026-06-01'")
echo nee | "$CASUS" --db "$db" opschonen --afgesloten-voor 01-06-2026 > "$T_DIR/out" 2>&1
t_check "opschonen zonder bevestiging: status 1" [ $? = 1 ]
t_check "  toont eerst de lijst" [ "$(grep -c '^  ' "$T_DIR/out")" = "$n_closed" ]
t_check "  en wist niets" [ "$("$Q" "$db" "SELECT count(*) FROM client")" = 59 ]
"$CASUS" --db "$db" opschonen --afgesloten-voor 01-06-2026 --ja > "$T_DIR/out" 2>&1
t_check "opschonen --ja: status 0" [ $? = 0 ]
t_check "  de afgesloten dossiers zijn weg" [ "$("$Q" "$db" "SELECT count(*) FROM client")" = $((59 - n_closed)) ]
t_check "  er waren er om te wissen" [ "$n_closed" -gt 0 ]
t_status "opschonen met een onmogelijke datum: status 1" 1 "$CASUS" --db "$db" opschonen --afgesloten-voor 31-02-2026
t_check "  de melding noemt de optie" grep -q "afgesloten-voor.*bestaat niet" "$T_DIR/err"

# backup
"$CASUS" --db "$db" backup "$T_DIR/kopie.db" > "$T_DIR/out" 2>&1
t_check "backup: status 0" [ $? = 0 ]
t_check "  modus 0600" [ "$(stat -c %a "$T_DIR/kopie.db")" = 600 ]
t_check "  zelfde aantal klanten" [ "$("$Q" "$T_DIR/kopie.db" "SELECT count(*) FROM client")" = "$("$Q" "$db" "SELECT count(*) FROM client")" ]
t_status "backup over een bestaand bestand: status 1" 1 "$CASUS" --db "$db" backup "$T_DIR/kopie.db"
t_check "  met een duidelijke melding" grep -q "bestaat al" "$T_DIR/err"
"$CASUS" --db "$db" notitie "$("$Q" "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1")" "na de kopie" > /dev/null
"$CASUS" --db "$db" backup "$T_DIR/kopie.db" --overschrijf > "$T_DIR/out" 2>&1
t_check "backup --overschrijf: status 0" [ $? = 0 ]
t_check "  de nieuwe kopie bevat de latere wijziging" [ "$("$Q" "$T_DIR/kopie.db" "SELECT count(*) FROM journal WHERE samenvatting = 'na de kopie'")" = 1 ]
t_check "  nog steeds modus 0600" [ "$(stat -c %a "$T_DIR/kopie.db")" = 600 ]

# notitie: the errors a user can make
t_status "notitie bij een onbekend klantnummer: status 1" 1 "$CASUS" --db "$db" notitie K999999 "tekst"
t_check "  melding noemt het klantnummer" grep -q "K999999 bestaat niet" "$T_DIR/err"
t_status "notitie met een onbekende soort: status 1" 1 "$CASUS" --db "$db" notitie K1 "tekst" --soort Fax
t_check "  melding noemt de optie en de keuzes" grep -q -- "--soort: onbekende waarde 'Fax'; kies uit Gesprek" "$T_DIR/err"
t_status "notitie zonder tekst: status 1" 1 "$CASUS" --db "$db" notitie K1
t_check "  melding met het gebruik" grep -q "gebruik: casus notitie" "$T_DIR/err"

# permissions
chmod 644 "$db"
"$CASUS" --db "$db" integriteit > "$T_DIR/out" 2> "$T_DIR/err"
t_check "waarschuwing bij een bestand dat anderen kunnen lezen" grep -q "leesbaar voor andere gebruikers" "$T_DIR/err"
chmod 600 "$db"
"$CASUS" --db "$db" integriteit > "$T_DIR/out" 2> "$T_DIR/err"
t_check "geen waarschuwing bij modus 0600" [ ! -s "$T_DIR/err" ]
t_check "integriteit: in orde" grep -q "in orde" "$T_DIR/out"
t_done
