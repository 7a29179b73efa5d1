#!/bin/sh
# export.sh - casus export: demo caseloads of several seeds read back with
# Debian's python3-openpyxl (check_workbook.py: structure, Tabellen add up
# and match the data sheets, no identifiers, the participants and their
# pseudonyms); stable pseudonyms and identical cells across exports, no
# shared keys across databases; safe writing (missing directory, a file in
# the way, a full disk via the file size limit); CSV; argument errors.
. "$top_srcdir/tests/lib.sh"
not() { ! "$@"; }
CHK="$top_srcdir/tests/export/check_workbook.py"
P=31-10-2026
PISO=2026-10-31

t_need_openpyxl || { t_done; exit; }

# ---- demo caseloads of several seeds --------------------------------------------
for spec in 1:120 2:250 5:400; do
	seed=${spec%%:*} n=${spec#*:}
	db="$T_DIR/s$seed.db"
	"$CASUS" --db "$db" demo --klanten "$n" --seed "$seed" > /dev/null || t_fail "demo seed $seed"
	t_status "seed $seed ($n klanten): export status 0" 0 \
		"$CASUS" --db "$db" export --peildatum $P -o "$T_DIR/s$seed.xlsx"
	t_check "  meldt het pad" grep -q "^Geschreven: $T_DIR/s$seed.xlsx$" "$T_DIR/out"
	t_check "  meldt deelnemers en bevindingen" \
		grep -q "^Peildatum $P: [0-9]* deelnemers, [0-9]* startbanen, [0-9]* bevindingen" "$T_DIR/out"
	t_tap_run "  seed $seed" "$PY" "$CHK" "$T_DIR/s$seed.xlsx" "$db" $PISO "$T_DIR/s$seed.ids"
	# findings count printed = rows on the Controle sheet
	nf=$(sed -n 's/.*startbanen, \([0-9]*\) bevinding.*/\1/p' "$T_DIR/out")
	t_check "  aantal bevindingen = rijen op blad Controle" "$PY" -c "
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])['Controle']
sys.exit(0 if sum(1 for r in ws.iter_rows(min_row=2, max_col=1, values_only=True) if r[0]) == int(sys.argv[2]) else 1)
" "$T_DIR/s$seed.xlsx" "$nf"
done

# ---- stable pseudonyms, identical cells ----------------------------------------------
db="$T_DIR/s2.db"
CASUS_NOW="2027-01-05 16:45" "$CASUS" --db "$db" export --peildatum $P -o "$T_DIR/again.xlsx" > /dev/null
t_check "tweede export van dezelfde database: controles slagen" \
	sh -c "'$PY' '$CHK' '$T_DIR/again.xlsx' '$db' $PISO '$T_DIR/again.ids' > /dev/null"
t_check "zelfde database: zelfde Deelnemer-ID per klant" cmp -s "$T_DIR/s2.ids" "$T_DIR/again.ids"
t_check "  ...en niet leeg" test -s "$T_DIR/again.ids"
same_cells() {
	"$PY" - "$1" "$2" <<'EOF'
import sys, zipfile, re
a, b = (zipfile.ZipFile(p) for p in sys.argv[1:3])
if a.namelist() != b.namelist():
    sys.exit(1)
for n in a.namelist():
    if not (n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml"):
        continue
    x, y = a.read(n).decode(), b.read(n).decode()
    if n.endswith("sheet1.xml"):
        # the generation timestamp is the only cell allowed to differ
        ts = re.compile(r"\d\d-\d\d-\d{4} \d\d:\d\d")
        if len(ts.findall(x)) != 1 or len(ts.findall(y)) != 1:
            sys.exit(1)
        x, y = ts.sub("T", x), ts.sub("T", y)
    if x != y:
        print("# verschil in", n)
        sys.exit(1)
EOF
}
t_check "  alle bladen gelijk op het tijdstip van export na" same_cells "$T_DIR/s2.xlsx" "$T_DIR/again.xlsx"
t_check "  tijdstip van export uit CASUS_NOW" sh -c "unzip -p '$T_DIR/again.xlsx' xl/worksheets/sheet1.xml | grep -q '05-01-2027 16:45'"

# ---- on a Dutch desktop ------------------------------------------------------------------
# LC_ALL=nl_NL.UTF-8 gives printf a decimal comma; the workbook must still
# hold its numbers with a point (Excel reads "0,25" in a <v> as an error).
t_need_nl
t_status "nl_NL.UTF-8: export status 0" 0 t_nl "$CASUS" --db "$db" export --peildatum $P -o "$T_DIR/nl.xlsx"
t_check "  alle bladen gelijk aan de export onder C.UTF-8" same_cells "$T_DIR/s2.xlsx" "$T_DIR/nl.xlsx"
t_check "  en daarin getallen met decimalen (punt)" "$PY" -c "
import re, sys, zipfile
x = zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet7.xml').decode()
sys.exit(0 if re.search(r'<v>-?[0-9]+[.][0-9]+</v>', x) and not re.search(r'<v>[^<]*,', x) else 1)
" "$T_DIR/nl.xlsx"

# a second database with the same demo (same internal ids): other key
"$CASUS" --db "$T_DIR/other.db" demo --klanten 250 --seed 2 > /dev/null
"$CASUS" --db "$T_DIR/other.db" export --peildatum $P -o "$T_DIR/other.xlsx" > /dev/null
t_check "export van een tweede database met dezelfde demo: controles slagen" \
	sh -c "'$PY' '$CHK' '$T_DIR/other.xlsx' '$T_DIR/other.db' $PISO '$T_DIR/other.ids' > /dev/null"
cut -f1 "$T_DIR/s2.ids" > "$T_DIR/a.c"; cut -f1 "$T_DIR/other.ids" > "$T_DIR/b.c"
t_check "andere database: dezelfde interne id's ..." cmp -s "$T_DIR/a.c" "$T_DIR/b.c"
cut -f2 "$T_DIR/s2.ids" | sort > "$T_DIR/a.p"; cut -f2 "$T_DIR/other.ids" | sort > "$T_DIR/b.p"
t_check "  ... maar geen enkele gedeelde Deelnemer-ID" test -z "$(comm -12 "$T_DIR/a.p" "$T_DIR/b.p")"

# ---- default name, gemeente ---------------------------------------------------------------
"$PY" -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT OR REPLACE INTO setting(key,value) VALUES('gemeente','Gemeente Súdwest-Fryslân, team Statushouders')\"); c.commit()" "$T_DIR/s1.db"
mkdir "$T_DIR/cwd"
t_status "zonder -o: status 0" 0 sh -c "cd '$T_DIR/cwd' && '$CASUS' --db '$T_DIR/s1.db' export --peildatum $PISO"
t_check "  standaardnaam in de huidige map" test -s "$T_DIR/cwd/registratie-startbanen-$PISO.xlsx"
t_check "  meldt die naam" grep -q "^Geschreven: registratie-startbanen-$PISO.xlsx$" "$T_DIR/out"
t_check "  Toelichting noemt de gemeente" "$PY" -c "
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])['Toelichting']
t = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}
sys.exit(0 if t.get('Gemeente / team') == 'Gemeente Súdwest-Fryslân, team Statushouders' else 1)
" "$T_DIR/cwd/registratie-startbanen-$PISO.xlsx"

# ---- safe writing -------------------------------------------------------------------------
db="$T_DIR/s5.db"
t_status "map bestaat niet: status 1" 1 "$CASUS" --db "$db" export --peildatum $P -o "$T_DIR/nergens/x.xlsx"
t_check "  Nederlandse melding" grep -q "^casus: export: kan niet schrijven in map $T_DIR/nergens: bestand of map bestaat niet$" "$T_DIR/err"
t_check "  geen bestand" not test -e "$T_DIR/nergens"
echo "geen map" > "$T_DIR/eenbestand"
t_status "een bestand in plaats van een map: status 1" 1 "$CASUS" --db "$db" export --peildatum $P -o "$T_DIR/eenbestand/x.xlsx"
t_check "  Nederlandse melding" grep -q "^casus: export: kan niet schrijven in map $T_DIR/eenbestand: een deel van het pad is geen map$" "$T_DIR/err"
mkdir "$T_DIR/vol"
# Full disk: a file size limit makes write() fail with EFBIG (SIGXFSZ
# ignored).  Sweep the limit from below the database's own needs to above
# the largest file, so that every stage fails somewhere (row files, the
# assembled sheets, the zip): each run either writes a complete workbook
# or exits 1 with a Dutch message, the old file untouched and nothing left
# behind.
db1="$T_DIR/s1.db"
xml_ok() {
	"$PY" -c "
import sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for n in z.namelist():
    xml.dom.minidom.parseString(z.read(n))
assert len([n for n in z.namelist() if n.startswith('xl/worksheets/sheet')]) == 8
" "$1" 2> /dev/null
}
fails=0 oks=0 bad=""
lim=16
while [ $lim -le 400 ]; do
	echo "vorige versie" > "$T_DIR/vol/r.xlsx"
	sh -c "trap '' XFSZ; ulimit -f $lim; exec '$CASUS' --db '$db1' export --peildatum $P -o '$T_DIR/vol/r.xlsx' --overschrijf" \
		> "$T_DIR/out" 2> "$T_DIR/err"
	rc=$?
	if [ $rc = 0 ]; then
		oks=$((oks + 1))
		xml_ok "$T_DIR/vol/r.xlsx" || bad="$bad $lim:onvolledig"
	else
		fails=$((fails + 1))
		[ $rc = 1 ] || bad="$bad $lim:status-$rc"
		grep -qx "vorige versie" "$T_DIR/vol/r.xlsx" || bad="$bad $lim:overschreven"
		grep -q "^casus: .*\(schijf\|bestand te groot\)" "$T_DIR/err" || bad="$bad $lim:melding"
	fi
	[ "$(ls -A "$T_DIR/vol")" = r.xlsx ] || bad="$bad $lim:restanten"
	lim=$((lim + 4))
done
echo "# bestandslimiet: $fails keer geweigerd, $oks keer geschreven"
t_check "schijf vol (ulimit -f 16..400): status 1, Nederlandse melding, oud bestand heel, geen restanten" test -z "$bad"
[ -z "$bad" ] || echo "#  $bad"
t_check "  de limiet trof elke fase: vaak geweigerd" test $fails -ge 20
t_check "  en boven de grootste tijdelijke file geschreven" test $oks -ge 3
grep -h "^casus" "$T_DIR/err" > /dev/null
echo "vorige versie" > "$T_DIR/vol/r.xlsx"
t_status "zonder limiet: status 0" 0 "$CASUS" --db "$db" export --peildatum $P -o "$T_DIR/vol/r.xlsx" --overschrijf
t_check "  vervangt het oude bestand" not grep -q "vorige versie" "$T_DIR/vol/r.xlsx"
t_check "  alleen het doelbestand in de map" test "$(ls -A "$T_DIR/vol")" = r.xlsx
mkdir "$T_DIR/isdir.xlsx"
t_status "-o is een map: status 1" 1 "$CASUS" --db "$db" export --peildatum $P -o "$T_DIR/isdir.xlsx"
t_check "  melding" grep -q "is een map" "$T_DIR/err"

# ---- CSV -------------------------------------------------------------------------------------
t_status "--csv MAP: status 0" 0 "$CASUS" --db "$T_DIR/s1.db" export --peildatum $P --csv "$T_DIR/csv"
t_check "  acht bestanden" test "$(ls "$T_DIR/csv" | tr '\n' ' ')" = "1-toelichting.csv 2-deelnemerkenmerken.csv 3-situationele-kenmerken.csv 4-voortraject.csv 5-startbaan.csv 6-on-hold-uitval-einde.csv 7-tabellen.csv 8-controle.csv "
t_check "  UTF-8 met BOM en ; als scheidingsteken" sh -c "head -c 3 '$T_DIR/csv/2-deelnemerkenmerken.csv' | od -An -tx1 | grep -q 'ef bb bf' && head -1 '$T_DIR/csv/2-deelnemerkenmerken.csv' | grep -q 'Deelnemer-ID;Deelname;Geboortejaar;Leeftijdsgroep;'"
t_check "  datums dd-mm-jjjj" grep -q ";[0-3][0-9]-[01][0-9]-20[0-9][0-9];" "$T_DIR/csv/2-deelnemerkenmerken.csv"
t_check "  zelfde rijen als de werkmap" "$PY" -c "
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
n = wb['Deelnemerkenmerken'].max_row
m = sum(1 for _ in open(sys.argv[2] + '/2-deelnemerkenmerken.csv', encoding='utf-8-sig'))
sys.exit(0 if n == m else 1)
" "$T_DIR/cwd/registratie-startbanen-$PISO.xlsx" "$T_DIR/csv"
t_status "nl_NL.UTF-8: --csv MAP: status 0" 0 t_nl "$CASUS" --db "$T_DIR/s1.db" export --peildatum $P --csv "$T_DIR/csv-nl"
t_check "  dezelfde bestanden als onder C.UTF-8 (decimale komma in beide)" diff -r "$T_DIR/csv" "$T_DIR/csv-nl"
t_check "  met decimale komma's in Tabellen" grep -q ";[0-9]*,[0-9]*%" "$T_DIR/csv/7-tabellen.csv"
t_status "--csv onder een bestand: status 1" 1 "$CASUS" --db "$T_DIR/s1.db" export --peildatum $P --csv "$T_DIR/eenbestand/csv"

# ---- argument errors ----------------------------------------------------------------------------
# issue 13, 14: without --peildatum the current one (on 24-11-2026: 31-10-2026)
mkdir -p "$T_DIR/huidig"
t_status "zonder --peildatum: status 0" 0 sh -c "cd '$T_DIR/huidig' && '$CASUS' --db '$db' export"
t_check "  zegt de peildatum" grep -q "^Peildatum 31-10-2026 (de huidige" "$T_DIR/err"
t_check "  bestand met die peildatum" [ -s "$T_DIR/huidig/registratie-startbanen-2026-10-31.xlsx" ]
t_status "--peildatum 31-02-2026: status 1" 1 "$CASUS" --db "$db" export --peildatum 31-02-2026
t_check "  melding" grep -q "^casus: export: peildatum '31-02-2026'" "$T_DIR/err"
t_status "-o en --csv samen: status 1" 1 "$CASUS" --db "$db" export --peildatum $P -o a.xlsx --csv b
t_status "onbekend argument: status 1" 1 "$CASUS" --db "$db" export --peildatum $P --xml
t_status "database bestaat niet: status 1" 1 "$CASUS" --db "$T_DIR/geen.db" export --peildatum $P -o "$T_DIR/x.xlsx"
t_check "  geen bestand" not test -e "$T_DIR/x.xlsx"
t_status "--help: status 0" 0 "$CASUS" export --help
t_check "  gebruik" grep -q "^Gebruik: casus export \[--peildatum D\]" "$T_DIR/out"

t_done
