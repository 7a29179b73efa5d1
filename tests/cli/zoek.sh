#!/bin/sh
# zoek.sh - casus zoek on a fixed demo caseload: name fragments (case and
# diacritics ignored), klantnummer, BSN, date of birth; aligned columns;
# nothing found (status 1); a missing argument.
. "$top_srcdir/tests/lib.sh"
not() { ! "$@"; }
G="$top_srcdir/tests/golden"
Q="$top_builddir/tests/tools/sqlq"
sqlq() { if [ -x "$Q" ]; then "$Q" "$@"; else sqlite3 "$@"; fi; }
db="$T_DIR/t.db"
"$CASUS" --db "$db" demo --klanten 60 --seed 7 > /dev/null || exit 1
z() { "$CASUS" --db "$db" zoek "$@"; }

t_status "zoek a: status 0" 0 z a
t_golden "  uitvoer" "$G/zoek-a.out" "$T_DIR/out"
t_status "zoek nunez: status 0" 0 z nunez
t_golden "  uitvoer" "$G/zoek-nunez.out" "$T_DIR/out"
t_check "  vindt Núñez" grep -q "Núñez" "$T_DIR/out"
t_status "zoek NÚÑEZ (hoofdletters, accenten): status 0" 0 z NÚÑEZ
t_golden "  zelfde uitvoer" "$G/zoek-nunez.out" "$T_DIR/out"

# Arabic script in names: alignment by display width
ar=$(sqlq "$db" "SELECT achternaam FROM client WHERE achternaam GLOB '*[ء-ي]*' ORDER BY id LIMIT 1")
if [ -n "$ar" ]; then
	t_status "zoek in Arabisch schrift: status 0" 0 z "$ar"
	t_check "  gevonden" grep -q "$ar" "$T_DIR/out"
fi

kn=$(sqlq "$db" "SELECT klantnummer FROM client ORDER BY id LIMIT 1 OFFSET 4")
t_status "zoek op klantnummer: status 0" 0 z "$kn"
t_check "  klantnummer gevonden" grep -q "^$kn " "$T_DIR/out"

set -- $(sqlq "$db" "SELECT klantnummer, bsn FROM client WHERE bsn IS NOT NULL ORDER BY id LIMIT 1" | tr '|' ' ')
t_status "zoek op BSN: status 0" 0 z "$2"
t_check "  precies één klant" [ "$(wc -l < "$T_DIR/out")" = 2 ]
t_check "  de juiste klant" grep -q "^$1 " "$T_DIR/out"

# the klantnummer without its K
t_status "zoek op klantnummer zonder K: status 0" 0 z "${kn#K}"
t_check "  klantnummer gevonden" grep -q "^$kn " "$T_DIR/out"

# the last 4 (or more) digits of a BSN: one client on this caseload
set -- $(sqlq "$db" "SELECT klantnummer, substr(bsn, -4) FROM client c WHERE bsn IS NOT NULL AND (SELECT count(*) FROM client d WHERE substr(d.bsn, -4) = substr(c.bsn, -4)) = 1 ORDER BY id LIMIT 1" | tr '|' ' ')
t_status "zoek op de laatste 4 cijfers van een BSN: status 0" 0 z "$2"
t_check "  de juiste klant" grep -q "^$1 " "$T_DIR/out"
t_check "  met geboortedatum" grep -q "^$1 .* [0-9][0-9]-[0-9][0-9]-[0-9][0-9][0-9][0-9] " "$T_DIR/out"
set -- $(sqlq "$db" "SELECT klantnummer, substr(bsn, -6) FROM client WHERE bsn IS NOT NULL ORDER BY id LIMIT 1 OFFSET 3" | tr '|' ' ')
t_status "zoek op de laatste 6 cijfers van een BSN: status 0" 0 z "$2"
t_check "  de juiste klant" grep -q "^$1 " "$T_DIR/out"

set -- $(sqlq "$db" "SELECT klantnummer, geboortedatum FROM client WHERE geboortedatum IS NOT NULL ORDER BY id LIMIT 1" | tr '|' ' ')
nl=$(echo "$2" | awk -F- '{ print $3 "-" $2 "-" $1 }')
t_status "zoek op geboortedatum $nl: status 0" 0 z "$nl"
t_check "  de juiste klant" grep -q "^$1 .* $nl " "$T_DIR/out"

t_status "niets gevonden: status 1" 1 z xqzxqz
t_check "  melding" grep -q "^Geen klanten gevonden voor 'xqzxqz'.$" "$T_DIR/out"
t_status "zoek zonder tekst: status 1" 1 z
t_check "  melding" grep -q "^casus: zoek: zoektekst ontbreekt" "$T_DIR/err"
t_status "zoek met lege tekst: status 1" 1 z "  "

# free text is printed safely: the query with a control character
t_status "zoektekst met stuurteken: status 1" 1 z "$(printf 'ab\033[31m')"
t_check "  geen escape in de uitvoer" not grep -q "$(printf '\033')" "$T_DIR/out"

# the search log: every search above on a BSN (whole, its last digits, or
# digits only such as a klantnummer without K) is one row; names, dates and
# klantnummers with K are not; the digits are never stored
t_status "zoeklog: status 0" 0 "$CASUS" --db "$db" zoeklog
t_golden "  uitvoer" "$G/zoeklog.out" "$T_DIR/out"
t_check "  vier zoekopdrachten op BSN (heel, zonder K, laatste 4 en 6)" grep -q "^4 zoekopdrachten$" "$T_DIR/out"
bsn=$(sqlq "$db" "SELECT bsn FROM client WHERE bsn IS NOT NULL ORDER BY id LIMIT 1")
t_check "  de cijfers staan niet in het logboek" \
	[ "$(sqlq "$db" "SELECT count(*) FROM zoeklog WHERE moment || wie || soort || cijfers || treffers GLOB '*$(echo "$bsn" | cut -c6-9)*'")" = 0 ]
t_check "  wie: de gebruiker" [ "$(sqlq "$db" "SELECT DISTINCT wie FROM zoeklog")" = tester ]
CASUS_TODAY=2027-01-10 t_status "zoeklog over de laatste 7 dagen, later: status 0" 0 \
	"$CASUS" --db "$db" zoeklog --dagen 7
t_check "  niets" grep -q "^0 zoekopdrachten$" "$T_DIR/out"
t_status "zoeklog --dagen 0: status 1" 1 "$CASUS" --db "$db" zoeklog --dagen 0
t_status "zoeklog met een argument: status 1" 1 "$CASUS" --db "$db" zoeklog 1234
t_status "zoeklog --help: status 0" 0 "$CASUS" zoeklog --help
t_check "  zegt dat de cijfers niet worden bewaard" grep -q "de cijfers zelf worden niet bewaard" "$T_DIR/out"

t_done
