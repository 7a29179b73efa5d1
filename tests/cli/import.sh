#!/bin/sh
# import.sh - casus import: each record type (golden output and the stored
# result, written back in the import format), several files in one command,
# BOM / separators / quoting, idempotency, changes, --controleer, a header
# only, and the audit trail.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden/import"
DUMP="$top_builddir/tests/tools/dump_csv"
Q="$top_builddir/tests/tools/sqlq"
sqlq() { if [ -x "$Q" ]; then "$Q" "$@"; else sqlite3 "$@"; fi; }
cd "$T_DIR" || exit 1
cp "$top_srcdir"/tests/data/import/*.csv . || exit 1
db=t.db

# the caseload of db in the import format, one section per file
show() {
	rm -rf dump && mkdir dump && "$DUMP" "$1" dump || return 1
	for f in klanten voortrajecten activiteiten startbanen onhold uitval; do
		echo "== $f.csv"; cat "dump/$f.csv"
	done
}
# every row of every table (audit included): "nothing changed" checks
snap() { "$DUMP" --db "$db" > "$1"; }
imp() { "$CASUS" --db "$db" import "$@" > out 2>&1; echo "status $?" >> out; }

# --- one record type per command, in dependency order ---------------------
n=0
for f in klanten voortrajecten activiteiten startbanen onhold uitval; do
	n=$((n + 1))
	imp $f.csv
	t_golden "import $f.csv" "$G/stap$n-$f.out" out
	show $db | sed -n "/^== $f.csv/,/^== /p" | sed '$d' > got
	[ $f = uitval ] && show $db | sed -n '/^== uitval.csv/,$p' > got
	t_golden "  opgeslagen $f" "$G/stap$n-$f-db.out" got
done
show $db > stap.db.out
t_golden "alle gegevens na de stappen" "$G/alles-db.out" stap.db.out

# the audit trail: every insert audited, by the user running the import
sqlq $db "SELECT tabel, actie, wie, moment, count(*) FROM audit GROUP BY 1, 2, 3, 4 ORDER BY 1, 2" > got
t_golden "audit na de import" "$G/audit.out" got

# --- all files in one command (reverse order on the command line) -----------
db=samen.db
imp uitval.csv onhold.csv startbanen.csv activiteiten.csv voortrajecten.csv klanten.csv
t_golden "alle bestanden in een opdracht" "$G/samen.out" out
show $db > samen.db.out
t_check "  zelfde resultaat als stap voor stap" cmp -s stap.db.out samen.db.out

# --- idempotent ------------------------------------------------------------
snap voor
imp klanten.csv voortrajecten.csv activiteiten.csv startbanen.csv onhold.csv uitval.csv
t_golden "nogmaals importeren verandert niets" "$G/nogmaals.out" out
snap na
t_check "  database ongewijzigd (ook geen audit)" cmp -s voor na

# --- --controleer writes nothing ---------------------------------------------
imp --controleer klanten-deel.csv klanten-consulent.csv
t_golden "--controleer" "$G/controleer.out" out
snap na
t_check "  database ongewijzigd" cmp -s voor na

# --- changes: only the columns in the file; a new regiehouder is a handover ---
imp klanten-deel.csv klanten-consulent.csv
t_golden "wijzigingen" "$G/wijzigingen.out" out
show $db > got
diff samen.db.out got | grep '^[<>]' > diff.out
t_golden "  alleen Geslacht van K1004 en de consulent van K1002 gewijzigd" "$G/wijzigingen-diff.out" diff.out
sqlq $db "SELECT c.klantnummer, v.naam, n.naam, h.datum, h.reden FROM handover h JOIN client c ON c.id = h.client_id LEFT JOIN consultant v ON v.id = h.van_id JOIN consultant n ON n.id = h.naar_id" > got
t_golden "  overdracht vastgelegd" "$G/wijzigingen-overdracht.out" got

# --- a header only -------------------------------------------------------------
snap voor
imp startbanen-alleen-kop.csv
t_golden "alleen een kopregel" "$G/alleen-kop.out" out
snap na
t_check "  database ongewijzigd" cmp -s voor na

# --- comma separator, CRLF, no BOM; case and blanks in the header ----------------
imp klanten-nieuw.csv
t_golden "komma's en CRLF" "$G/komma.out" out
show $db | grep '^K2001;' > got
t_golden "  opgeslagen" "$G/komma-db.out" got

# --- absent versus empty: trailing unnamed columns, blank rows, no final
# line break (docs/architecture.md, "Absent and empty cells") --------------
snap voor
printf 'Klantnummer;Voornaam;Geslacht;;\r\nK1001;Ana;Vrouw;;\r\n\r\n   \r\n;;;;\r\nK1002;Yonas;Man\r\nK1004;Daniel;Man;;' > klanten-randen.csv
imp klanten-randen.csv
t_check "lege kolommen aan het eind, lege regels, geen regeleinde aan het eind: status 0" grep -q '^status 0' out
t_check "  drie regels gelezen" grep -q '^klanten-randen.csv: klanten, 3 regels' out
snap na
t_check "  niets gewijzigd (dezelfde waarden)" cmp -s voor na

# --- uitval/einde ends what runs on its date (issue 13): the voortraject and
# its running activity, the startbaan, the on hold; what started after the
# date or ended before it stays; the import says what it ended, --controleer
# what it would end; importing again changes nothing --------------------------
db=einde.db
imp --controleer klanten.csv voortrajecten.csv activiteiten.csv startbanen.csv onhold.csv einde-lopend.csv
t_golden "einde: --controleer zegt wat zou eindigen" "$G/einde-controleer.out" out
imp klanten.csv voortrajecten.csv activiteiten.csv startbanen.csv onhold.csv einde-lopend.csv
t_golden "einde: beëindigt wat loopt en meldt het" "$G/einde-lopend.out" out
show $db | sed -n '/^== voortrajecten.csv/,$p' > got
t_golden "  opgeslagen einddatums" "$G/einde-lopend-db.out" got
snap voor
imp klanten.csv voortrajecten.csv activiteiten.csv startbanen.csv onhold.csv einde-lopend.csv
t_golden "einde: nogmaals importeren verandert niets" "$G/einde-nogmaals.out" out
snap na
t_check "  database ongewijzigd (ook geen audit)" cmp -s voor na

# --- consultants that do not exist yet: a warning per consultant, with the
# known one a typo resembles; --controleer says which would be created -----
db=einde.db
snap voor
imp --controleer klanten-tikfout.csv
t_golden "nieuwe consulent: --controleer zegt wie zou worden aangemaakt" "$G/consulent-controleer.out" out
snap na
t_check "  database ongewijzigd" cmp -s voor na
imp klanten-tikfout.csv
t_golden "nieuwe consulent: waarschuwing bij de import" "$G/consulent-nieuw.out" out
sqlq $db "SELECT naam, login FROM consultant ORDER BY id" > got
t_golden "  aangemaakt" "$G/consulent-nieuw-db.out" got

# --- casus's own activity types by label (not in the registration, which
# counts them under Anders): Maatje/mentor, Netwerkactiviteit ---------------
db=eigen.db
imp klanten.csv voortrajecten.csv activiteiten-eigen.csv
t_golden "activiteiten Maatje/mentor en Netwerkactiviteit" "$G/activiteiten-eigen.out" out
show $db | sed -n '/^== activiteiten.csv/,/^== /p' | sed '$d' > got
t_golden "  opgeslagen met hun eigen soort" "$G/activiteiten-eigen-db.out" got

# --- usage ------------------------------------------------------------------
t_status "import zonder bestand: status 1" 1 "$CASUS" --db $db import
t_check "  melding" grep -q "^casus: gebruik: casus import" "$T_DIR/err"
t_status "onbekende optie: status 1" 1 "$CASUS" --db $db import --snel klanten.csv
t_status "import --help: status 0" 0 "$CASUS" --db $db import --help
t_check "  noemt --controleer" grep -q -- "--controleer" "$T_DIR/out"

t_done
