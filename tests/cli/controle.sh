#!/bin/sh
# controle.sh - casus controle: findings per participant and the Onbekend
# share per column on a fixed demo caseload; a missing or bad peildatum.
. "$top_srcdir/tests/lib.sh"
not() { ! "$@"; }
G="$top_srcdir/tests/golden"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/t.db"
"$CASUS" --db "$db" demo --klanten 60 --seed 7 > /dev/null || exit 1

t_status "controle --peildatum 31-10-2026: status 0" 0 "$CASUS" --db "$db" controle --peildatum 31-10-2026
t_golden "  uitvoer" "$G/controle-2026-10-31.out" "$T_DIR/out"
t_check "  totaalregel" grep -q "^[0-9]* bevinding.* bij [0-9]* deelnemer.* (van [0-9]* deelnemers op 31-10-2026)$" "$T_DIR/out"
t_check "  geen BSN in de uitvoer" not grep -q "[0-9]\{9\}" "$T_DIR/out"

# before every instroom only participants with an unknown instroom count
n=$("$Q" "$db" "SELECT count(*) FROM client WHERE startbanen = 1 AND datum_instroom IS NULL")
t_status "peildatum vóór elke instroom: status 0" 0 "$CASUS" --db "$db" controle --peildatum 01-01-1990
t_check "  alleen de $n deelnemers zonder datum instroom" \
	grep -q "bij $n deelnemers\{0,1\} (van $n deelnemers\{0,1\} op 01-01-1990)$" "$T_DIR/out"

# issue 13, 14: without --peildatum the current one (on 24-11-2026: 31-10-2026)
t_status "zonder --peildatum: status 0" 0 "$CASUS" --db "$db" controle
t_check "  de huidige peildatum, 31-10-2026" cmp -s "$G/controle-2026-10-31.out" "$T_DIR/out"
"$Q" "$db" "INSERT OR REPLACE INTO setting(key, value) VALUES ('peildatum', '2025-10-31')" > /dev/null
t_status "met de instelling peildatum: status 0" 0 "$CASUS" --db "$db" controle
t_check "  die peildatum" grep -q "^Controle van de registratie per peildatum 31-10-2025$" "$T_DIR/out"
"$Q" "$db" "DELETE FROM setting WHERE key = 'peildatum'" > /dev/null
t_status "--peildatum 31-02-2026: status 1" 1 "$CASUS" --db "$db" controle --peildatum 31-02-2026
t_check "  melding" grep -q "^casus: --peildatum: 31-02-2026 bestaat niet in de kalender$" "$T_DIR/err"
t_status "--peildatum oktober: status 1" 1 "$CASUS" --db "$db" controle --peildatum oktober
t_check "  melding" grep -q "^casus: --peildatum: 'oktober' is geen datum" "$T_DIR/err"
t_status "--peildatum zonder waarde: status 1" 1 "$CASUS" --db "$db" controle --peildatum
t_check "  melding" grep -q "^casus: --peildatum verwacht een waarde$" "$T_DIR/err"

t_done
