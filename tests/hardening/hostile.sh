#!/bin/sh
# hostile.sh - hostile input through the command line: names with SQL
# quotes, control characters, escape sequences, invalid UTF-8 and
# 100,000-character fields.  They are refused on input with a message naming
# the field, and whatever is already stored never reaches the terminal raw.
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 20 --seed 6 > /dev/null 2>&1
esc=$(printf '\033')

# 1. through the import: refused, field named, nothing written
printf 'Klantnummer;Voornaam;Achternaam\nH1;Evil\033[2J\033]0;pwned\007;Test\nH2;Ana;O'"'"'Brien"; DROP TABLE client; --\n' > "$T_DIR/kwaad.csv"
"$CASUS" --db "$db" import "$T_DIR/kwaad.csv" > "$T_DIR/out" 2> "$T_DIR/err"
t_check "import met stuurtekens in een naam: status 1" [ $? = 1 ]
t_check "  de melding noemt regel en kolom" grep -q "kwaad.csv:2: Voornaam:.*stuurtekens" "$T_DIR/out" "$T_DIR/err"
t_check "  niets geschreven" [ "$("$Q" "$db" "SELECT count(*) FROM client WHERE klantnummer IN ('H1', 'H2')")" = 0 ]
t_check "  de melding zelf bevat geen escape-teken" sh -c "! grep -q '$esc' '$T_DIR/out' '$T_DIR/err'"

awk 'BEGIN { printf "Klantnummer;Voornaam;Achternaam\nH3;"; for (i = 0; i < 100000; i++) printf "a"; printf ";Lang\n" }' > "$T_DIR/lang.csv"
"$CASUS" --db "$db" import "$T_DIR/lang.csv" > "$T_DIR/out" 2> "$T_DIR/err"
t_check "import met een veld van 100.000 tekens: status 1" [ $? = 1 ]
t_check "  als te lang gemeld" grep -q "Voornaam:.*te lang" "$T_DIR/out" "$T_DIR/err"

printf 'Klantnummer;Voornaam;Achternaam\nH4;Bad\377\376;UTF\n' > "$T_DIR/utf.csv"
"$CASUS" --db "$db" import "$T_DIR/utf.csv" > "$T_DIR/out" 2> "$T_DIR/err"
t_check "import met ongeldige UTF-8: status 1" [ $? = 1 ]

printf 'Klantnummer;Voornaam;Achternaam\nH5;Ana;"O'"'"'Brien""; DROP TABLE client; --"\n' > "$T_DIR/quote.csv"
"$CASUS" --db "$db" import "$T_DIR/quote.csv" > "$T_DIR/out" 2> "$T_DIR/err"
t_check "SQL-aanhalingstekens in een naam zijn gewoon tekst" [ "$("$Q" "$db" "SELECT achternaam FROM client WHERE klantnummer = 'H5'")" = "O'Brien\"; DROP TABLE client; --" ]
t_check "  en de tabel bestaat nog" [ "$("$Q" "$db" "SELECT count(*) FROM client")" -gt 20 ]

# 2. data that got into the file some other way is shown safely
"$Q" "$db" "UPDATE client SET voornaam = 'X' || char(27) || '[2J' || char(155) || 'Y' || char(7), achternaam = 'Núñez' || char(27) || ']0;titel' || char(7) WHERE klantnummer = 'H5'"
"$Q" "$db" "UPDATE client SET achternaam = CAST(x'426164ff4e616d65' AS TEXT) WHERE id = 1"
kn1=$("$Q" "$db" "SELECT klantnummer FROM client WHERE id = 1")
for cmd in "zoek nunez" "toon H5" "toon $kn1" "signalen" "controle --peildatum 31-10-2026"; do
	# shellcheck disable=SC2086
	"$CASUS" --db "$db" $cmd > "$T_DIR/out" 2>&1
	t_check "casus $cmd: geen escape-tekens naar de terminal" sh -c "! grep -q '$esc' '$T_DIR/out' && ! grep -q -P '\\x9b|\\x07' '$T_DIR/out'"
done
"$CASUS" --db "$db" toon H5 > "$T_DIR/out" 2>&1
t_check "  de naam is nog leesbaar" grep -q "Núñez" "$T_DIR/out"
t_done
