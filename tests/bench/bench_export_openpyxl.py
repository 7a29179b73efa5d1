# bench_export_openpyxl.py DB PEILDATUM OUT.xlsx - the comparison for
# tests/bench/bench_export.sh: a plain python3-openpyxl script (Debian's,
# run with /usr/bin/python3) that reads the same database with sqlite3 and
# writes the same participant rows as `casus export` (sheets 2-6: the same
# participants, columns, labels, dates and numbers, one row per startbaan
# started on or before P) with openpyxl's write-only workbook, its fastest
# mode, and a Controle sheet with one row per Onbekend cell of those rows
# (casus's Controle also lists missing dates and contradictions).  The
# derivations are the simple ones of registration-form.md; the Tabellen
# sheet is left out.

import datetime
import hashlib
import hmac
import os
import sqlite3
import sys

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "export"))
import xlsxcheck as X  # noqa: E402  (the vocabularies and headers)

db, peil, out = sys.argv[1], sys.argv[2], sys.argv[3]
P = datetime.date.fromisoformat(peil)
Ps = P.isoformat()
con = sqlite3.connect(db)
key = bytes.fromhex(con.execute("SELECT value FROM setting WHERE key='pseudoniem.sleutel'").fetchone()[0])


def lab(voc, code):
    labels = X.V[voc]
    if code and 1 <= code <= len(labels) - (0 if voc == "activiteit" else 1):
        return labels[code - 1]
    return "Onbekend"


def d(s):
    return datetime.datetime.fromisoformat(s) if s else None


def group(sql, *args):
    g = {}
    for r in con.execute(sql, args):
        g.setdefault(r[0], []).append(r)
    return g


vts = group("SELECT client_id, id, start, einde, soort FROM voortraject WHERE start <= ? ORDER BY client_id, start, id", Ps)
acts = group("SELECT v.id, x.soort, x.start, x.einde FROM activiteit x JOIN voortraject v ON v.id = x.voortraject_id WHERE x.start <= ?", Ps)
sbs = group("SELECT s.client_id, s.soort, s.hoe_gekregen, s.functie, s.start, s.einde, s.maanden, s.urenafspraak, s.uren, "
            "s.loonkostensubsidie, s.werkcoach, s.jobcoach, s.harrie, s.soort_werkgever, w.sector, w.omvang, w.ervaring "
            "FROM startbaan s LEFT JOIN employer w ON w.id = s.employer_id WHERE s.start <= ? ORDER BY s.client_id, s.start, s.id", Ps)
ohs = group("SELECT client_id, start, einde, reden FROM onhold WHERE start <= ? ORDER BY client_id, start, id", Ps)
afs = group("SELECT client_id, soort, datum, reden FROM afsluiting WHERE datum <= ?", Ps)

wb = openpyxl.Workbook(write_only=True)
bold = Font(bold=True)
sheets = {}
for name in X.SHEETS[:6]:
    ws = wb.create_sheet(name)
    if name in X.COLUMNS:
        hdr = []
        for h, _ in X.COLUMNS[name]:
            c = WriteOnlyCell(ws, value=h)
            c.font = bold
            hdr.append(c)
        ws.append(hdr)
    sheets[name] = ws
sheets["Toelichting"].append(["Peildatum", P])


def dc(ws, v):
    c = WriteOnlyCell(ws, value=v)
    c.number_format = "dd-mm-yyyy"
    return c


def band(v, edges, labels):
    for e, l in zip(edges, labels):
        if v <= e:
            return l
    return labels[-1]


def periode(s):
    if not s:
        return "Onbekend"
    return ("Vóór januari 2018" if s < "2018-01-01" else
            "Tussen januari 2018 en december 2021" if s <= "2021-12-31" else "Vanaf januari 2022")


S2, S3, S4, S5, S6 = (sheets[n] for n in X.SHEETS[1:6])
findings = []
cat_cols = {n: [(i, h) for i, (h, k) in enumerate(X.COLUMNS[n]) if k in X.V] for n in X.COLUMNS}


def put(ws, row):
    ws.append(row)
    for i, h in cat_cols[ws.title]:
        if i < len(row) and row[i] == "Onbekend":
            findings.append([row[0], ws.title, h, "Onbekend"])

q = ("SELECT id, deelname, geboortedatum, geboortejaar, geslacht, datum_instroom, taalniveau, engels, opleiding, "
     "datum_verblijfsvergunning, baan_bij_instroom, gezinssituatie, aantal_kinderen, verblijfssituatie, vervoer, "
     "rijbewijs, inburgeringsprogramma, start_inburgering, einde_inburgering, uitkering "
     "FROM client WHERE startbanen = 1 AND (datum_instroom IS NULL OR datum_instroom <= ?) ORDER BY id")
n = 0
for (cid, deelname, gd, gj, geslacht, instroom, taal, engels, opl, verg, baan, gezin, kids, verblijf, vervoer,
     rijb, prog, sinb, einb, uitk) in con.execute(q, (Ps,)):
    n += 1
    pid = "D-" + hmac.new(key, b"deelnemer:%d" % cid, hashlib.sha256).hexdigest()[:12]
    age = None
    if gd:
        b = datetime.date.fromisoformat(gd)
        age = P.year - b.year - ((P.month, P.day) < (b.month, b.day))
    elif gj:
        age = P.year - gj
    lg = "Onbekend" if age is None else band(age, [24, 44, 64], X.V["leeftijdsgroep"][:4])
    put(S2, [pid, lab("deelname", deelname), gj, lg, lab("geslacht", geslacht), dc(S2, d(instroom)),
               lab("taal", taal), lab("janee", engels), lab("opleiding", opl), dc(S2, d(verg)), periode(verg),
               lab("baan", baan)])
    status = ("Onbekend" if not sinb else "Nog niet gestart" if sinb > Ps else
              "Afgerond" if einb and einb <= Ps else "Gestart")
    sb = sbs.get(cid, [])
    sit = "In bemiddeling" if sb else "Nog voortraject nodig (tussen instroom/intake en voortraject)"
    put(S3, [pid, lab("gezin", gezin), kids, "Onbekend" if kids is None else ("Meer dan 3" if kids > 3 else str(kids)),
               lab("verblijf", verblijf), lab("vervoer", vervoer), lab("janee", rijb), lab("programma", prog), status,
               dc(S3, d(sinb)), periode(sinb), lab("janee", uitk), sit])
    vl = vts.get(cid)
    if vl:
        _, vid, vs, ve, vsoort = vl[-1]
        ended = ve is not None and ve <= Ps
        days = (datetime.date.fromisoformat(ve) - datetime.date.fromisoformat(vs)).days if ended else None
        weeks = [None] * 8
        for _, soort, a_s, a_e in acts.get(vid, []):
            end = min(a_e, Ps) if a_e else Ps
            w = (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(a_s)).days / 7
            weeks[soort - 1] = round((weeks[soort - 1] or 0) + w, 1)
        put(S4, [pid, "Ja", dc(S4, d(vs)), dc(S4, d(ve) if ended else None), "Ja" if ended else "Nee", days,
                   "Bezig met voortraject" if not ended else band(days, [29, 59, 89], X.V["duurvt"][1:5]),
                   lab("soortvt", vsoort)] + weeks)
    else:
        put(S4, [pid, "Nee"])
    for i, r in enumerate(sb, 1):
        (_, soort, hoe, functie, s_s, s_e, mnd, urenafspr, uren, lks, wc, jc, har, sw, sector, omvang, erv) = r
        put(S5, [pid, i, lab("soortsb", soort), lab("hoe", hoe), functie, dc(S5, d(s_s)), dc(S5, d(s_e)), mnd,
                   "Onbekend" if mnd is None else band(mnd, [6, 12, 24], X.V["duurovk"][:4]), lab("urenafspraak", urenafspr),
                   uren, "Onbekend" if uren is None else band(uren, [16, 24, 32], X.V["uren"][:4]), lab("janee", lks),
                   lab("janee", wc), lab("janee", jc), lab("janee", har), lab("werkgever", sw), lab("sector", sector),
                   lab("omvang", omvang), lab("janee", erv)])
    oh = ohs.get(cid)
    row = [pid, "Ja (nu of eerder)" if oh else "Nee"]
    if oh:
        _, o_s, o_e, reden = oh[-1]
        row += [dc(S6, d(o_s)), dc(S6, d(o_e)), "Tijdens voortraject", "0-3 maanden", lab("redenoh", reden)]
    else:
        row += [None] * 5
    uit = [a for a in afs.get(cid, []) if a[1] == 1]
    ein = [a for a in afs.get(cid, []) if a[1] == 2]
    row += [dc(S6, d(uit[0][2])), lab("redenuit", uit[0][3])] if uit else [None, None]
    row += [dc(S6, d(ein[0][2])), lab("redeneinde", ein[0][3])] if ein else [None, None]
    row.append(len(sb))
    put(S6, row)

C = wb.create_sheet("Controle")
C.append(X.CONTROLE_HEADER)
for f in findings:
    C.append(f)
wb.save(out)
print("openpyxl: %d deelnemers" % n)
