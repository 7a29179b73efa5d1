# check_workbook.py FILE.xlsx DB PEILDATUM [IDS-OUT] - reads a workbook
# written by `casus export` with openpyxl and checks it against its
# database (read with Python's sqlite3, not with casus): structure, every
# Tabellen block adds up and equals the counts from the data sheets, the
# Controle sheet, no direct identifier of the caseload anywhere in the zip,
# the participants are exactly those of the spec's rule, and every
# Deelnemer-ID is the HMAC-SHA-256 pseudonym of the client's internal id
# under the database's key.  With IDS-OUT, writes "client-id<TAB>Deelnemer-ID"
# lines for the stability test.  TAP output; run with /usr/bin/python3.

import datetime
import hashlib
import hmac
import os
import re
import sqlite3
import sys
import zipfile

import openpyxl.utils

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsxcheck as X  # noqa: E402

tap = X.tap


path, dbpath, peil = sys.argv[1], sys.argv[2], sys.argv[3]
P = datetime.date.fromisoformat(peil).isoformat()
wb = X.load(path)
d = X.data(wb)
con = sqlite3.connect(dbpath)

problems = []
X.check_structure(wb, problems)
tap(not problems, "structuur: bladen, kopregels, validaties, bevroren, autofilter, typen", problems)

# the package: every part deflated, texts inline (libxlsxwriter's
# constant_memory mode), each sheet's <dimension> the range of its cells
problems = []
with zipfile.ZipFile(path) as z:
    names = z.namelist()
    for zi in z.infolist():
        if zi.compress_type != zipfile.ZIP_DEFLATED:
            problems.append("%s: opslag %d" % (zi.filename, zi.compress_type))
    if "xl/sharedStrings.xml" in names:
        problems.append("xl/sharedStrings.xml: teksten niet inline")
    for i, ws in enumerate(wb.worksheets, 1):
        xml = z.read("xl/worksheets/sheet%d.xml" % i).decode()
        m = re.search(r'<dimension ref="([A-Z0-9:]+)"/>', xml)
        want = "A1:%s%d" % (openpyxl.utils.get_column_letter(ws.max_column), ws.max_row)
        if ws.max_row == 1 and ws.max_column == 1:
            want = "A1"
        if not m or m.group(1) != want:
            problems.append("%s: dimension %s, cellen %s" % (ws.title, m and m.group(1), want))
tap(not problems, "zip: alles gecomprimeerd, teksten inline, dimensies kloppen met de cellen", problems)

# participants: startbanen = 1 and instroom <= P or unknown
want = {r[0] for r in con.execute(
    "SELECT id FROM client WHERE startbanen = 1 AND "
    "(datum_instroom IS NULL OR datum_instroom = '' OR datum_instroom <= ?)", (P,))}
key_hex = con.execute("SELECT value FROM setting WHERE key = 'pseudoniem.sleutel'").fetchone()[0]
key = bytes.fromhex(key_hex)


def pseudo(cid):
    return "D-" + hmac.new(key, b"deelnemer:%d" % cid, hashlib.sha256).hexdigest()[:12]


expect_ids = {pseudo(c): c for c in want}
got_ids = [r["Deelnemer-ID"] for r in d["Deelnemerkenmerken"]]
problems = []
if len(expect_ids) != len(want):
    problems.append("botsing van pseudoniemen")
if sorted(got_ids) != sorted(expect_ids):
    problems.append("%d deelnemers in de werkmap, %d volgens de database" % (len(got_ids), len(want)))
tap(not problems, "%d deelnemers = klanten in de regeling met instroom op of vóór %s; "
    "Deelnemer-ID = HMAC-SHA-256 van het interne id met de sleutel van de database" % (len(want), P),
    problems)
if len(sys.argv) > 4:
    with open(sys.argv[4], "w") as f:
        for pid, cid in sorted(expect_ids.items(), key=lambda t: t[1]):
            if pid in got_ids:
                f.write("%d\t%s\n" % (cid, pid))

# startbanen: all records started <= P of the participants
nsb = con.execute(
    "SELECT count(*) FROM startbaan s JOIN client c ON c.id = s.client_id WHERE c.startbanen = 1 "
    "AND (c.datum_instroom IS NULL OR c.datum_instroom = '' OR c.datum_instroom <= ?) "
    "AND s.start IS NOT NULL AND s.start <= ?", (P, P)).fetchone()[0]
tap(len(d["Startbaan"]) == nsb, "blad Startbaan: %d rijen = startbanen begonnen op of vóór P (%d)" %
    (len(d["Startbaan"]), nsb))

tables = X.parse_tables(wb["Tabellen"])
problems = []
nb = X.check_tables_add_up(tables, problems)
tap(not problems and nb > 50, "Tabellen: %d blokken tellen op tot hun basis" % nb, problems)
problems = []
X.check_tables_match_data(wb, tables, problems)
tap(not problems, "Tabellen: aantallen gelijk aan die uit de databladen", problems)
problems = []
nf = X.check_controle(wb, problems)
tap(not problems, "Controle: %d bevindingen; overzicht Onbekend klopt met de bladen" % nf, problems)

# identifiers of the whole caseload (participants or not)
idents = []
bdates = []
for row in con.execute("SELECT klantnummer, bsn, voornaam, achternaam, geboortedatum, "
                       "telefoon, email, adres FROM client"):
    k, bsn, vn, an, gd, tel, em, adr = row
    idents += [k, bsn, vn, an, tel, em, adr]
    if vn and an:
        idents.append("%s %s" % (vn, an))
    if gd:
        g = datetime.date.fromisoformat(gd)
        bdates.append(g)
        idents += [gd, g.strftime("%d-%m-%Y")]
for (naam,) in con.execute("SELECT naam FROM employer"):
    idents.append(naam)
idents = [i for i in idents if i]
problems = []
k = X.check_no_identifiers(path, idents, problems)
X.check_no_birthdates(wb, bdates, problems)
tap(not problems and k > 0, "geen van %d namen, BSN's, klantnummers, geboortedata, adressen, "
    "werkgevers in enig XML-onderdeel" % k, problems)

X.tap_done()
