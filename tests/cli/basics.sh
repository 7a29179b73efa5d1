#!/bin/sh
# basics.sh - the command line itself: --version, --help, unknown commands
# and options, where the database lives (default path, XDG_DATA_HOME,
# CASUS_DB, --db), its file modes, and files that are refused.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden"
Q="$top_builddir/tests/tools/sqlq"

# a query helper: the test tool, else the sqlite3 program
sqlq() {
	if [ -x "$Q" ]; then "$Q" "$@"
	elif command -v sqlite3 > /dev/null; then sqlite3 "$@"
	else return 77; fi
}

t_status "--version: status 0" 0 "$CASUS" --version
t_check "  naam en versie" grep -q '^casus [0-9]' "$T_DIR/out"

t_status "--help: status 0" 0 "$CASUS" --help
t_golden "  hulptekst" "$G/help.out" "$T_DIR/out"
t_status "-h: status 0" 0 "$CASUS" -h

t_status "onbekende opdracht: status 1" 1 "$CASUS" vliegen
t_check "  melding" grep -q "^casus: onbekende opdracht 'vliegen' (zie casus --help)$" "$T_DIR/err"
t_status "onbekende optie: status 1" 1 "$CASUS" --vliegen
t_check "  melding" grep -q "^casus: onbekende optie --vliegen" "$T_DIR/err"
t_status "--db zonder bestand: status 1" 1 "$CASUS" --db
t_check "  melding" grep -q "^casus: --db verwacht een bestandsnaam$" "$T_DIR/err"
t_status "onbekende optie van een opdracht: status 1" 1 "$CASUS" --db "$T_DIR/x.db" signalen --snel
t_check "  melding" grep -q "^casus: signalen: onbekende optie --snel" "$T_DIR/err"

# per-command help needs no database
for c in demo zoek toon signalen controle; do
	t_status "$c --help: status 0" 0 "$CASUS" --db "$T_DIR/geen/x.db" $c --help
	t_check "  $c --help noemt het gebruik" grep -q "^Gebruik: casus $c" "$T_DIR/out"
done
t_check "--help maakt geen database aan" [ ! -e "$T_DIR/geen" ]

# Reading commands never create a database.
t_status "zoek op een ontbrekende database: status 1" 1 "$CASUS" --db "$T_DIR/nergens.db" zoek ana
t_check "  melding" grep -q "bestaat niet" "$T_DIR/err"
t_check "  niets aangemaakt" [ ! -e "$T_DIR/nergens.db" ]

# Default location ~/.local/share/casus/casus.db: file 0600 in a 0700 map.
t_status "demo op de standaardlocatie: status 0" 0 "$CASUS" demo --klanten 3
def="$HOME/.local/share/casus/casus.db"
t_check "  bestand ~/.local/share/casus/casus.db" [ -f "$def" ]
t_check "  melding noemt het pad" grep -q "in $def\$" "$T_DIR/out"
t_check "  bestand modus 0600" [ "$(stat -c %a "$def")" = 600 ]
t_check "  map modus 0700" [ "$(stat -c %a "$(dirname "$def")")" = 700 ]
t_check "  geen waarschuwing over rechten" [ ! -s "$T_DIR/err" ]

# XDG_DATA_HOME wins over HOME.
t_status "demo met XDG_DATA_HOME: status 0" 0 env XDG_DATA_HOME="$T_DIR/xdg" "$CASUS" demo --klanten 2
t_check "  bestand \$XDG_DATA_HOME/casus/casus.db" [ -f "$T_DIR/xdg/casus/casus.db" ]
t_check "  bestand modus 0600" [ "$(stat -c %a "$T_DIR/xdg/casus/casus.db")" = 600 ]
t_check "  map modus 0700" [ "$(stat -c %a "$T_DIR/xdg/casus")" = 700 ]

# CASUS_DB wins over XDG_DATA_HOME; --db wins over CASUS_DB.
t_status "demo met CASUS_DB: status 0" 0 \
	env CASUS_DB="$T_DIR/env.db" XDG_DATA_HOME="$T_DIR/xdg2" "$CASUS" demo --klanten 2
t_check "  CASUS_DB gebruikt" [ -f "$T_DIR/env.db" ]
t_check "  XDG_DATA_HOME niet gebruikt" [ ! -e "$T_DIR/xdg2" ]
t_check "  bestand modus 0600" [ "$(stat -c %a "$T_DIR/env.db")" = 600 ]
t_status "--db gaat voor CASUS_DB: status 0" 0 \
	env CASUS_DB="$T_DIR/env2.db" "$CASUS" --db "$T_DIR/arg.db" demo --klanten 2
t_check "  --db gebruikt" [ -f "$T_DIR/arg.db" ]
t_check "  CASUS_DB niet gebruikt" [ ! -e "$T_DIR/env2.db" ]
t_status "--db=BESTAND: status 0" 0 "$CASUS" --db="$T_DIR/arg2.db" demo --klanten 1
t_check "  --db=BESTAND gebruikt" [ -f "$T_DIR/arg2.db" ]
t_check "  enkelvoud in de melding" grep -q "^Democaseload aangemaakt: 1 klant in " "$T_DIR/out"

# A database readable by others gives a warning (and still works).
cp "$T_DIR/arg.db" "$T_DIR/open.db"
chmod 644 "$T_DIR/open.db"
t_status "database leesbaar voor anderen: werkt (status 1: niets gevonden)" 1 \
	"$CASUS" --db "$T_DIR/open.db" zoek zzzzzz
t_check "  waarschuwing op stderr" grep -q "^casus: " "$T_DIR/err"

# A file that is not SQLite is refused and left alone.
printf 'dit is geen database\n%0600d\n' 0 > "$T_DIR/tekst.db"
before=$(cksum < "$T_DIR/tekst.db")
t_status "geen SQLite-bestand: status 1" 1 "$CASUS" --db "$T_DIR/tekst.db" zoek ana
t_check "  melding" grep -q "geen (onbeschadigde) casus-database" "$T_DIR/err"
t_check "  bestand ongewijzigd" [ "$(cksum < "$T_DIR/tekst.db")" = "$before" ]

# A file of a newer schema version is refused and left alone.
cp "$T_DIR/arg.db" "$T_DIR/nieuw.db"
if sqlq "$T_DIR/nieuw.db" "PRAGMA user_version = 999" > /dev/null 2>&1; then
	before=$(cksum < "$T_DIR/nieuw.db")
	t_status "nieuwer schema: status 1" 1 "$CASUS" --db "$T_DIR/nieuw.db" signalen
	t_check "  melding" grep -q "nieuwere versie van casus (schema 999" "$T_DIR/err"
	t_check "  bestand ongewijzigd" [ "$(cksum < "$T_DIR/nieuw.db")" = "$before" ]
	t_status "nieuwer schema, demo: status 1" 1 "$CASUS" --db "$T_DIR/nieuw.db" demo --toevoegen
	t_check "  bestand ongewijzigd" [ "$(cksum < "$T_DIR/nieuw.db")" = "$before" ]
else
	t_ok "nieuwer schema # SKIP geen sqlq of sqlite3"
fi

t_done
