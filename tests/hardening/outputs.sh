#!/bin/sh
# outputs.sh - the files casus writes (export -o, export --csv, backup):
# only a regular file, or a symbolic link to one (whose target is then
# replaced, the link kept), may be overwritten; a FIFO, a device, a
# directory, a socket or a dangling link is refused with a Dutch message and
# left as it was.  Parallel first exports agree on the pseudonyms.  Temporary
# files left by a killed export are removed by the next export into that
# directory, unless a running casus holds them.  backup gives Dutch messages.
. "$top_srcdir/tests/lib.sh"
Q="$top_builddir/tests/tools/sqlq"
P=31-10-2026
db="$T_DIR/casus.db"
"$CASUS" --db "$db" demo --klanten 60 --seed 3 > /dev/null 2>&1 || t_fail "demo"
export CASUS_DB="$db"
english() { grep -q -i "no such\|permission denied\|not a directory\|is a directory\|cannot\|error" "$T_DIR/err"; }
not() { ! "$@"; }
# kind PATH: what is there, without following a final symlink
kind() { stat -c %F "$1" 2>/dev/null || echo afwezig; }
is_xlsx() { [ "$(head -c 2 "$1")" = PK ]; }
is_sqlite() { [ "$(head -c 15 "$1")" = "SQLite format 3" ]; }

# ---- special files as the target of export -o and backup ------------------------
mkfifo "$T_DIR/pijp"
t_status "export -o FIFO: status 1" 1 timeout 60 "$CASUS" export --peildatum $P -o "$T_DIR/pijp"
t_check "  melding noemt het bestand en de soort" grep -q "pijp.*geen gewoon bestand.*FIFO" "$T_DIR/err"
t_check "  FIFO blijft een FIFO" [ "$(kind "$T_DIR/pijp")" = "fifo" ]
t_status "backup --overschrijf FIFO: status 1" 1 timeout 60 "$CASUS" backup "$T_DIR/pijp" --overschrijf
t_check "  melding noemt de soort" grep -q "geen gewoon bestand.*FIFO" "$T_DIR/err"
t_check "  FIFO blijft een FIFO" [ "$(kind "$T_DIR/pijp")" = "fifo" ]

if [ "$(id -u)" = 0 ] && mknod "$T_DIR/null" c 1 3 2> /dev/null; then
	t_status "export -o apparaatbestand: status 1" 1 "$CASUS" export --peildatum $P -o "$T_DIR/null"
	t_check "  melding: apparaat" grep -q "null.*geen gewoon bestand.*apparaat" "$T_DIR/err"
	t_check "  apparaatbestand blijft" [ "$(kind "$T_DIR/null")" = "character special file" ]
	t_status "backup --overschrijf apparaatbestand: status 1" 1 "$CASUS" backup "$T_DIR/null" --overschrijf
	t_check "  apparaatbestand blijft" [ "$(kind "$T_DIR/null")" = "character special file" ]
	ln -s "$T_DIR/null" "$T_DIR/naar-null"
	t_status "export -o link naar apparaat: status 1" 1 "$CASUS" export --peildatum $P -o "$T_DIR/naar-null"
	t_check "  link en apparaat blijven" [ "$(kind "$T_DIR/naar-null")" = "symbolic link" ] && \
		[ "$(kind "$T_DIR/null")" = "character special file" ]
else
	t_ok "apparaatbestand # SKIP mknod vraagt root (id -u: $(id -u))"
	t_ok "apparaatbestand # SKIP mknod vraagt root"
	t_ok "apparaatbestand # SKIP mknod vraagt root"
	t_ok "apparaatbestand # SKIP mknod vraagt root"
	t_ok "apparaatbestand # SKIP mknod vraagt root"
	t_ok "apparaatbestand # SKIP mknod vraagt root"
	t_ok "apparaatbestand # SKIP mknod vraagt root"
fi

mkdir "$T_DIR/map"
t_status "export -o map: status 1" 1 "$CASUS" export --peildatum $P -o "$T_DIR/map"
t_check "  melding: map" grep -q "map.*is een map" "$T_DIR/err"
t_status "backup --overschrijf map: status 1" 1 "$CASUS" backup "$T_DIR/map" --overschrijf
t_check "  melding: map" grep -q "is een map" "$T_DIR/err"
t_check "  map blijft een (lege) map" [ "$(kind "$T_DIR/map")" = directory ] && \
	[ -z "$(ls -A "$T_DIR/map")" ]

# a symlink to a regular file: the target is replaced, the link stays
mkdir "$T_DIR/elders"
echo oud > "$T_DIR/elders/doel.xlsx"
ln -s "$T_DIR/elders/doel.xlsx" "$T_DIR/link.xlsx"
t_status "export -o link naar gewoon bestand (--overschrijf): status 0" 0 "$CASUS" export --peildatum $P -o "$T_DIR/link.xlsx" --overschrijf
t_check "  link blijft een link" [ "$(kind "$T_DIR/link.xlsx")" = "symbolic link" ]
t_check "  doel is nu de werkmap" is_xlsx "$T_DIR/elders/doel.xlsx"
t_check "  geen tijdelijke bestanden achter" [ -z "$(ls -A "$T_DIR/elders" | grep -v '^doel.xlsx$')" ]
echo oud > "$T_DIR/elders/kopie.db"
ln -s elders/kopie.db "$T_DIR/link.db"
t_status "backup --overschrijf link naar gewoon bestand: status 0" 0 "$CASUS" backup "$T_DIR/link.db" --overschrijf
t_check "  link blijft een link" [ "$(kind "$T_DIR/link.db")" = "symbolic link" ]
t_check "  doel is nu de reservekopie" is_sqlite "$T_DIR/elders/kopie.db"
t_check "  doel modus 0600" [ "$(stat -c %a "$T_DIR/elders/kopie.db")" = 600 ]
t_check "  reservekopie leesbaar" sh -c "'$CASUS' --db '$T_DIR/link.db' integriteit > /dev/null"
t_status "backup zonder --overschrijf op link: status 1" 1 "$CASUS" backup "$T_DIR/link.db"
t_check "  melding: bestaat al" grep -q "bestaat al" "$T_DIR/err"

# a dangling symlink: refused, nothing created where it points
ln -s "$T_DIR/nergens/of/hier.xlsx" "$T_DIR/los.xlsx"
ln -s "$T_DIR/niet-hier.xlsx" "$T_DIR/los2.xlsx"
t_status "export -o losse link: status 1" 1 "$CASUS" export --peildatum $P -o "$T_DIR/los2.xlsx"
t_check "  melding: link wijst nergens heen" grep -q "los2.xlsx.*verwijzing.*niet bestaat" "$T_DIR/err"
t_check "  niets aangemaakt op het doel" [ ! -e "$T_DIR/niet-hier.xlsx" ]
t_status "backup --overschrijf losse link: status 1" 1 "$CASUS" backup "$T_DIR/los2.xlsx" --overschrijf
t_check "  niets aangemaakt op het doel" [ ! -e "$T_DIR/niet-hier.xlsx" ]
t_status "backup losse link (map ontbreekt): status 1" 1 "$CASUS" backup "$T_DIR/los.xlsx"
t_check "  link blijft" [ "$(kind "$T_DIR/los.xlsx")" = "symbolic link" ]

# CSV: a FIFO where a sheet goes; nothing in the directory is replaced
mkdir "$T_DIR/csv"
"$CASUS" export --peildatum $P --csv "$T_DIR/csv" > /dev/null 2>&1
rm "$T_DIR/csv/3-situationele-kenmerken.csv"
mkfifo "$T_DIR/csv/3-situationele-kenmerken.csv"
sum=$(md5sum "$T_DIR/csv/2-deelnemerkenmerken.csv")
t_status "export --csv --overschrijf met een FIFO als blad: status 1" 1 timeout 60 "$CASUS" export --peildatum $P --csv "$T_DIR/csv" --overschrijf
t_check "  melding noemt het blad" grep -q "3-situationele-kenmerken.csv.*FIFO" "$T_DIR/err"
t_check "  FIFO blijft" [ "$(kind "$T_DIR/csv/3-situationele-kenmerken.csv")" = fifo ]
t_check "  andere bladen niet vervangen" [ "$(md5sum "$T_DIR/csv/2-deelnemerkenmerken.csv")" = "$sum" ]
t_check "  geen tijdelijke bestanden achter" [ -z "$(ls -A "$T_DIR/csv" | grep '^\.')" ]

# ---- backup: Dutch messages ----------------------------------------------------
t_status "backup \"\": status 1" 1 "$CASUS" backup ""
t_check "  melding: geef een bestandsnaam" grep -q "geef een bestandsnaam" "$T_DIR/err"
t_check "  geen Engelse tekst" not english
t_status "backup in een ontbrekende map: status 1" 1 "$CASUS" backup "$T_DIR/bestaat-niet/kopie.db"
t_check "  melding noemt de map" grep -q "map $T_DIR/bestaat-niet.*bestaat niet" "$T_DIR/err"
t_check "  geen Engelse tekst" not english
sed 's/^/# /' "$T_DIR/err"

# ---- parallel first exports agree on the pseudonyms -------------------------------
ok=1
for round in 1 2 3; do
	"$Q" "$db" "DELETE FROM setting WHERE key = 'pseudoniem.sleutel'"
	i=1
	while [ $i -le 8 ]; do
		"$CASUS" export --peildatum $P --csv "$T_DIR/p$round-$i" > /dev/null 2>&1 &
		i=$((i + 1))
	done
	wait
	"$CASUS" export --peildatum $P --csv "$T_DIR/later$round" > /dev/null 2>&1
	want=$(cut -d';' -f1 "$T_DIR/later$round/2-deelnemerkenmerken.csv" | md5sum)
	i=1
	while [ $i -le 8 ]; do
		got=$(cut -d';' -f1 "$T_DIR/p$round-$i/2-deelnemerkenmerken.csv" 2>/dev/null | md5sum)
		[ "$got" = "$want" ] || { ok=0; echo "# ronde $round, export $i: andere Deelnemer-ID's"; }
		i=$((i + 1))
	done
done
t_check "8 gelijktijdige eerste exports (3 rondes): zelfde Deelnemer-ID's als een latere export" [ $ok = 1 ]
t_check "  ...en niet leeg" [ "$(wc -l < "$T_DIR/later1/2-deelnemerkenmerken.csv")" -gt 10 ]

# ---- leftovers of a killed export ------------------------------------------------
out="$T_DIR/uit"
mkdir "$out"
# what SIGKILL leaves: the workbook's and the CSV files' temporary files
: > "$out/.registratie-Ab12Cd.tmp"
: > "$out/.2-deelnemerkenmerken.csv.x9Y8z7"
: > "$out/.bevindingen-Qw3Er5"
# not casus's exact pattern, or not a regular file: kept
: > "$out/.registratie-Ab12C.tmp"
: > "$out/.registratie-Ab12Cd.tmp.bak"
: > "$out/registratie-Ab12Cd.tmp"
: > "$out/.2-deelnemerkenmerken.csv.x9Y8z"
: > "$out/.anders.csv.x9Y8z7"
mkdir "$out/.registratie-Map123.tmp"
# held by a running casus (its lock): kept
: > "$out/.registratie-Bezig1.tmp"
flock "$out/.registratie-Bezig1.tmp" sh -c 'echo $$ > "$1"; exec sleep 60' sh "$T_DIR/lockpid" &
while [ ! -s "$T_DIR/lockpid" ]; do sleep 0.1; done
lockpid=$(cat "$T_DIR/lockpid")
t_status "export in een map met resten: status 0" 0 "$CASUS" export --peildatum $P -o "$out/nieuw.xlsx"
t_check "  resten van casus weg" [ ! -e "$out/.registratie-Ab12Cd.tmp" ] && [ ! -e "$out/.bevindingen-Qw3Er5" ]
t_status "export --csv in die map: status 0" 0 "$CASUS" export --peildatum $P --csv "$out"
t_check "  rest van een CSV-blad weg" [ ! -e "$out/.2-deelnemerkenmerken.csv.x9Y8z7" ]
t_check "  andere namen blijven" [ -e "$out/.registratie-Ab12C.tmp" ] && [ -e "$out/.registratie-Ab12Cd.tmp.bak" ] && \
	[ -e "$out/registratie-Ab12Cd.tmp" ] && [ -e "$out/.2-deelnemerkenmerken.csv.x9Y8z" ] && \
	[ -e "$out/.anders.csv.x9Y8z7" ] && [ -d "$out/.registratie-Map123.tmp" ]
t_check "  bestand in gebruik (vergrendeld) blijft" [ -e "$out/.registratie-Bezig1.tmp" ]
kill $lockpid 2> /dev/null
wait
t_status "backup in die map: status 0" 0 "$CASUS" backup "$out/kopie.db"
t_check "  niet meer vergrendeld: weg" [ ! -e "$out/.registratie-Bezig1.tmp" ]

# a real SIGKILL part-way: the next export leaves no temporary file behind
big="$T_DIR/groot.db"
"$CASUS" --db "$big" demo --klanten 4000 --seed 2 > /dev/null 2>&1
mkdir "$T_DIR/kill"
left=0
# kill as soon as the temporary file is there (an optimised build exports
# 4000 clients in about 0.1 s: a fixed delay would come too late)
for try in 1 2 3 4 5 6 7 8 9 10; do
	CASUS_DB="$big" "$CASUS" export --peildatum $P -o "$T_DIR/kill/w.xlsx" > /dev/null 2>&1 &
	pid=$!
	while kill -0 $pid 2> /dev/null; do
		for f in "$T_DIR"/kill/.registratie-*; do
			[ -e "$f" ] && { kill -KILL $pid 2> /dev/null; break 2; }
		done
	done
	wait $pid 2> /dev/null
	if ls -A "$T_DIR/kill" | grep -q '^\.registratie-'; then left=1; break; fi
	rm -f "$T_DIR/kill/w.xlsx"
done
t_check "SIGKILL tijdens export laat een tijdelijk bestand achter" [ $left = 1 ]
CASUS_DB="$big" "$CASUS" export --peildatum $P -o "$T_DIR/kill/w.xlsx" > /dev/null 2>&1
t_check "  volgende export ruimt het op" [ -z "$(ls -A "$T_DIR/kill" | grep -v '^w.xlsx$')" ]

# libxlsxwriter's own temporary files ("tmp.XXXXXXXXXX", created and
# unlinked in its tmpdir): a kill in between leaves one.  They go into a
# private directory of casus, which the next export removes with what is
# in it, unless a running export holds it.
lx="$T_DIR/lx"
mkdir -p "$lx/.casus-tmp-Zz9Yy8" "$lx/.casus-tmp-Bezig2" "$lx/.casus-tmp-kort"
echo "rij" > "$lx/.casus-tmp-Zz9Yy8/tmp.AbCdEfGhIj"
echo "rij" > "$lx/.casus-tmp-Bezig2/tmp.KlMnOpQrSt"
flock "$lx/.casus-tmp-Bezig2" sh -c 'echo $$ > "$1"; exec sleep 60' sh "$T_DIR/lockpid2" &
while [ ! -s "$T_DIR/lockpid2" ]; do sleep 0.1; done
t_status "export naast resten van libxlsxwriter: status 0" 0 "$CASUS" --db "$big" export --peildatum $P -o "$lx/w.xlsx"
t_check "  de achtergelaten map met tijdelijk bestand is weg" [ ! -e "$lx/.casus-tmp-Zz9Yy8" ]
t_check "  een vastgehouden map blijft" [ -e "$lx/.casus-tmp-Bezig2/tmp.KlMnOpQrSt" ]
t_check "  een naam buiten het patroon blijft" [ -d "$lx/.casus-tmp-kort" ]
t_check "  en de export laat zelf niets achter" \
	[ "$(ls -A "$lx" | sort | tr '\n' ' ')" = ".casus-tmp-Bezig2 .casus-tmp-kort w.xlsx " ]
kill "$(cat "$T_DIR/lockpid2")" 2> /dev/null
wait

t_done
