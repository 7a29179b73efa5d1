#!/bin/sh
# import-pip.sh - casus import of PIP steps (issue 15, item 13): a file whose
# name starts with pip, columns from the PIP step's description (Reden for
# Reden wijziging), an empty or absent Status is Gedaan, keyed by client +
# stap + datum (importing again changes nothing, a changed Status is a
# change), all or nothing with FILE:LINE messages, --controleer.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden/import"
DUMP="$top_builddir/tests/tools/dump_csv"
Q="$top_builddir/tests/tools/sqlq"
sqlq() { if [ -x "$Q" ]; then "$Q" "$@"; else sqlite3 "$@"; fi; }
cd "$T_DIR" || exit 1
cp "$top_srcdir"/tests/data/import/*.csv . || exit 1
db=t.db
"$CASUS" --db $db import klanten.csv > /dev/null || exit 1

snap() { "$DUMP" --db "$db" > "$1"; }
imp() { "$CASUS" --db "$db" import "$@" > out 2>&1; echo "status $?" >> out; }
steps() {
	sqlq $db "SELECT c.klantnummer, p.stap, p.datum, p.status, p.reden, p.resultaat, p.uren, p.notitie
		FROM pip_step p JOIN client c ON c.id = p.client_id ORDER BY 1, 3, 2"
}

# --- --controleer writes nothing ------------------------------------------------
snap voor
imp --controleer pip-stappen.csv
t_golden "pip-stappen --controleer" "$G/pip-controleer.out" out
snap na
t_check "  database ongewijzigd" cmp -s voor na

# --- the steps, as stored --------------------------------------------------------
imp pip-stappen.csv
t_golden "pip-stappen importeren" "$G/pip-stappen.out" out
steps > got
t_golden "  opgeslagen stappen (leeg = gedaan, Reden, Uren 12,5)" "$G/pip-stappen-db.out" got
"$CASUS" --db $db toon K1001 > toon.out 2>&1
t_check "  op de kaart: PIP vastgesteld" grep -q "PIP vastgesteld" toon.out

# --- idempotent ------------------------------------------------------------------
snap voor
imp pip-stappen.csv
t_golden "nogmaals importeren verandert niets" "$G/pip-nogmaals.out" out
snap na
t_check "  database ongewijzigd (ook geen audit)" cmp -s voor na

# --- a file without Status: a new step is Gedaan, an existing one keeps its own --
imp pip-kort.csv
t_golden "zonder kolom Status" "$G/pip-kort.out" out
steps | grep -E "^K1001\|12\||^K1002\|1\|" > got
t_golden "  nieuwe stappen gedaan" "$G/pip-kort-db.out" got

# --- all or nothing, FILE:LINE messages ------------------------------------------
snap voor
"$CASUS" --db $db import pip-stappen-fouten.csv > out 2> err; st=$?
t_check "fouten: status 1" [ "$st" = 1 ]
# the list of the steps grows with the vocabulary: only its start is golden
sed "s/\(kies uit Koppeling, Inschrijving gemeente\), .*/\1, .../" err > err.kort
t_golden "  meldingen" "$G/fout-pip-stappen.out" err.kort
snap na
t_check "  database ongewijzigd" cmp -s voor na
"$CASUS" --db $db import pip-zonder-datum.csv > out 2> err; st=$?
t_check "zonder kolom Datum: status 1" [ "$st" = 1 ]
t_golden "  melding" "$G/fout-pip-zonder-datum.out" err

# --- recognised by its name when the header says too little ------------------------
# (Klantnummer and Datum fit uitval/einde as well as PIP steps)
printf 'Klantnummer;Datum\nK1003;01-07-2024\n' > pip-alleen-datum.csv
imp --controleer pip-alleen-datum.csv
t_check "bestandsnaam pip...: herkend als pip-stappen" \
	grep -q "^pip-alleen-datum.csv:1: Stap: verplichte kolom ontbreekt (in een bestand met pip-stappen)" out

t_done
