#!/bin/sh
# find.sh - scripted-screen tests of finding and reading (issue 13): the
# date of birth in the caseload and the search results, a klantnummer
# without its K, a BSN from its last digits, the last-contact column of
# "langst geen contact", and the pager that shows cut-off text in full.
# Same harness as screens.sh (run_screens in lib_tui.sh): keys from
# tests/tui/scripts/NAME.keys, every <Dump x> compared with
# tests/tui/expected/NAME/x.txt (CASUS_UPDATE_GOLDEN=1 rewrites them).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/lib_tui.sh"

t_check "testcaseload importeren" tui_fixture "$BASE"
# two clients with the same name (Mohammed Ali), told apart by birth date
t_check "twee klanten met dezelfde naam importeren" \
	"$CASUS" --db "$BASE" import "$TUI_D"/data-find/klanten.csv

# Same-named clients: birth date in the list and in the search results;
# klantnummer without K; the last 4 digits of a BSN.
run_screens dezelfde-naam
d="$T_DIR/dezelfde-naam"
t_check "lijst: beide Ali's met geboortedatum" sh -c \
	"grep -q 'Ali, Mohammed .*K2001 *01-01-1990' '$d/lijst.txt' && grep -q 'Ali, Mohammed .*K2002 *15-06-1984' '$d/lijst.txt'"
t_check "zoeken op naam: beide met geboortedatum" sh -c \
	"grep -q 'K2001 *01-01-1990' '$d/zoek-naam.txt' && grep -q 'K2002 *15-06-1984' '$d/zoek-naam.txt'"
t_check "zoeken op 2002 (zonder K): K2002" grep -q "K2002 *15-06-1984" "$d/zoek-klantnummer.txt"
t_check "zoeken op de laatste 4 cijfers van het BSN: één klant" grep -q "(1 gevonden)" "$d/zoek-bsn.txt"
t_check "  de juiste Ali" grep -q "K2001 *01-01-1990" "$d/zoek-bsn.txt"
t_check "hulp noemt het zoeken op het eind van een BSN, en dat het gelogd wordt" grep -q "(eind) BSN: gelogd" "$d/hulp.txt"

# The search log (issue 13): a (partial) BSN search is one row, not one per
# key; who, the kind, the digits typed and the hits, never the digits.
run_screens zoeklog
d="$T_DIR/zoeklog"
zl() { "$top_builddir/tests/tools/sqlq" "$T_DIR/zoeklog.db" "$@"; }
t_check "zoeklog: hele BSN gevonden" grep -q "K2001 *01-01-1990" "$d/zoek-volledig.txt"
t_check "zoeklog: vier zoekopdrachten op BSN, vier regels (niet één per toets)" \
	[ "$(zl "SELECT count(*) FROM zoeklog")" = 4 ]
t_check "  hele BSN: één regel, 9 cijfers, 1 treffer" \
	[ "$(zl "SELECT soort || '|' || cijfers || '|' || treffers FROM zoeklog ORDER BY id LIMIT 1")" = "BSN volledig|9|1" ]
t_check "  laatste 4 cijfers (Enter, naam erna, Signalen): 4 cijfers" \
	[ "$(zl "SELECT group_concat(soort || '|' || cijfers, ',') FROM (SELECT * FROM zoeklog WHERE id > 1 ORDER BY id)")" = "BSN-einde|4,BSN-einde|4,BSN-einde|4" ]
t_check "  wie: de gebruiker" [ "$(zl "SELECT count(*) FROM zoeklog WHERE wie = ''")" = 0 ]
t_check "  de cijfers staan nergens in het logboek" \
	[ "$(zl "SELECT count(*) FROM zoeklog WHERE moment || wie || soort || cijfers || treffers GLOB '*1012*'")" = 0 ]

# Last contact: after a journal entry the sort "langst geen contact" shows
# its date, clients never seen first ("nooit").
run_screens laatste-contact
d="$T_DIR/laatste-contact"
t_check "kolom Contact bij langst geen contact" grep -q "Contact" "$d/contact.txt"
t_check "  nooit gezien eerst" sh -c "sed -n 3p '$d/contact.txt' | grep -q nooit"
t_check "  Núñez met de datum van de journaalregel" grep -q "Núñez, Ana .*24-11-2026" "$d/contact.txt"
t_check "geen kolom Contact bij volgorde naam" sh -c "! grep -q 'Contact' '$d/naam.txt'"
t_check "breed venster: Leerroute, Contact en Regiehouder samen" \
	grep -q "Geboren    Leerroute Contact    Situatie .* Regiehouder" "$d/breed.txt"

# Read everything: the pager shows a journal line of 12 sentences in full,
# wrapped by display width; j/k, Space, PgUp, PgDn, G, g scroll; q returns
# to the card; Enter on a Historie entry and ! (all signals) open it too.
run_screens lezen
d="$T_DIR/lezen"
t_check "journaal: de regel is afgekapt op de kaart" grep -q "Gesprek 1 met .*…" "$d/journaal.txt"
t_check "pager: eerste regels" grep -q "^ Samenvatting:" "$d/begin.txt"
t_check "pager: Gesprek 12 staat er volledig (einde)" grep -q "Gesprek 12 met" "$d/einde.txt"
t_check "pager: laatste zin tot het eind" grep -q "Bakkerij Ölmez\.$" "$d/einde.txt"
t_check "pager: geen regel breder dan het scherm" sh -c "! grep -q '…' '$d/begin.txt' '$d/pagina.txt' '$d/einde.txt'"
t_check "pager: j schuift één regel" [ "$(sed -n 3p "$d/begin.txt")" = "$(sed -n 2p "$d/regel.txt")" ]
t_check "pager: Spatie en PgUp" cmp -s "$d/begin.txt" "$d/pagina-terug.txt"
t_check "pager: PgDn als Spatie" cmp -s "$d/pagina.txt" "$d/pgdn.txt"
t_check "pager: na vergroten opnieuw afgebroken" grep -q "regel 1–" "$d/breder.txt"
t_check "historie: Enter toont de hele wijziging" sh -c "grep -q \"^ Journaalregel toegevoegd\" '$d/historie.txt' && grep -q \"Gesprek 9 met\" '$d/historie.txt'"
t_check "hulp noemt i en !" sh -c "grep -q '^i  ' '$d/hulp.txt' && grep -q '^!  ' '$d/hulp.txt'"
t_check "afgekapte signalen wijzen naar !" grep -q "(!: alle)" "$d/signalen-afgekapt.txt"
t_check "alle signalen met uitleg van ! en ·" grep -q "^ ! = verlopen" "$d/signalen.txt"
t_check "i op een veld van Persoon: label en waarde" sh -c "grep -q '^ Achternaam:' '$d/veld.txt' && grep -q '^ Núñez' '$d/veld.txt'"

t_done
