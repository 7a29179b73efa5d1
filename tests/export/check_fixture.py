# check_fixture.py OUTDIR - reads OUTDIR/fixture.xlsx (written by
# test_export_fixture) with openpyxl and compares every expected cell of
# OUTDIR/expected.tsv, then the structure, the Tabellen, the Controle sheet,
# the absence of identifiers, and the CSV files of OUTDIR/csv.  TAP output.
# Run with /usr/bin/python3 (Debian's python3-openpyxl).

import csv
import datetime
import os
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsxcheck as X  # noqa: E402

tap = X.tap


out = sys.argv[1]
path = os.path.join(out, "fixture.xlsx")
wb = X.load(path)
d = X.data(wb)

# ---- expected cells ------------------------------------------------------------
by_sheet = {}
for name in X.COLUMNS:
    m = {}
    for r in d[name]:
        key = r["Deelnemer-ID"]
        if name == "Startbaan":
            key = (key, int(r["Volgnummer"]))
        if key in m:
            m[key] = None      # duplicate
        else:
            m[key] = r
    by_sheet[name] = m

problems = []
checked = 0
for line in open(os.path.join(out, "expected.tsv"), encoding="utf-8"):
    sheet, pid, col, want = line.rstrip("\n").split("\t")
    if sheet == "*":
        for name, m in by_sheet.items():
            if any((k[0] if isinstance(k, tuple) else k) == pid for k in m):
                problems.append("%s staat op %s maar hoort er niet in" % (pid, name))
        checked += 1
        continue
    if sheet.startswith("Startbaan:"):
        key = (pid, int(sheet.split(":")[1]))
        sheet = "Startbaan"
    else:
        key = pid
    row = by_sheet[sheet].get(key)
    if row is None:
        problems.append("%s: geen (unieke) rij voor %s" % (sheet, key))
        continue
    if col not in row:
        problems.append("%s: kolom %r bestaat niet" % (sheet, col))
        continue
    got = row[col]
    ok = X.fmt(got) == want
    if not ok and isinstance(got, (int, float)) and want:
        try:
            ok = abs(float(got) - float(want)) < 1e-9
        except ValueError:
            pass
    if not ok:
        problems.append("%s %s %s: %r, verwacht %r" % (sheet, key, col, X.fmt(got), want))
    checked += 1
tap(not problems and checked > 150, "%d verwachte cellen (regels, grenzen, na de peildatum)" % checked, problems)

# ---- structure --------------------------------------------------------------------
problems = []
X.check_structure(wb, problems)
tap(not problems, "bladnamen, kopregels, vet, bevroren, autofilter, validaties, datums en getallen", problems)

# every participant exactly once on sheets 2, 3, 4 and 6
ids = [r["Deelnemer-ID"] for r in d["Deelnemerkenmerken"]]
tap(len(ids) == len(set(ids)) and all(
    sorted(r["Deelnemer-ID"] for r in d[s]) == sorted(ids)
    for s in ["Situationele kenmerken", "Voortraject", "On hold, uitval en einde"]),
    "elke deelnemer precies één keer op de bladen 2, 3, 4 en 6")

# Empty versus Onbekend: no empty category cell where the thing exists
problems = []
for r in d["Voortraject"]:
    if r["Voortraject gestart of afgerond"] == "Ja":
        for c in ["Startdatum voortraject", "Afronding voortraject", "Duur voortraject",
                  "Soort voortraject"]:
            if r[c] is None:
                problems.append("%s: %s leeg bij een voortraject" % (r["Deelnemer-ID"], c))
    else:
        for c, v in r.items():
            if c not in ("Deelnemer-ID", "Voortraject gestart of afgerond") and v is not None:
                problems.append("%s: %s gevuld zonder voortraject" % (r["Deelnemer-ID"], c))
for r in d["On hold, uitval en einde"]:
    geweest = r["On hold geweest"] == "Ja (nu of eerder)"
    for c in ["Datum on hold", "Fase on hold", "Duur on hold", "Reden on hold"]:
        if (r[c] is None) == geweest:
            problems.append("%s: %s %r bij On hold geweest %s" % (r["Deelnemer-ID"], c, r[c], r["On hold geweest"]))
    for dc, rc in [("Datum uitval", "Reden uitval"), ("Datum einde", "Reden einde")]:
        if (r[dc] is None) != (r[rc] is None):
            problems.append("%s: %s/%s half gevuld" % (r["Deelnemer-ID"], dc, rc))
for name in ["Deelnemerkenmerken", "Situationele kenmerken"]:
    for r in d[name]:
        for c, kind in X.COLUMNS[name]:
            if kind in X.V and r[c] is None and c != "Startdatum inburgering (periode)":
                problems.append("%s: %s leeg" % (name, c))
tap(not problems, "leeg alleen bij niet van toepassing, anders een label (ook Onbekend)", problems)

# ---- Toelichting ---------------------------------------------------------------------
t = {r[0]: r[1] for r in wb["Toelichting"].iter_rows(values_only=True) if r and r[0]}
problems = []
if t.get("Peildatum") != datetime.datetime(2025, 10, 31):
    problems.append("Peildatum %r" % t.get("Peildatum"))
if t.get("Datum en tijd van export") != "03-11-2025 09:30":
    problems.append("tijdstip %r (CASUS_NOW)" % t.get("Datum en tijd van export"))
if not str(t.get("Programma", "")).startswith("casus "):
    problems.append("Programma %r" % t.get("Programma"))
if t.get("Gemeente / team") != "niet ingesteld":
    problems.append("Gemeente %r" % t.get("Gemeente / team"))
if t.get("Aantal deelnemers") != len(ids):
    problems.append("Aantal deelnemers %r" % t.get("Aantal deelnemers"))
for k in ["Uitval", "Einde (afronding)", "Leeg of Onbekend", "Deelnemer-ID"] + X.SHEETS:
    if not t.get(k):
        problems.append("toelichting mist %s" % k)
tap(not problems, "Toelichting: peildatum, tijdstip, programma, gemeente, aantallen, definities, bladen", problems)

# ---- Tabellen and Controle ------------------------------------------------------------
problems = []
tables = X.parse_tables(wb["Tabellen"])
want = ["Tabel %d" % i for i in range(1, 10)]
got = [k.split(" ")[0] + " " + k.split(" ")[1] for k in tables]
if got != want:
    problems.append("tabellen %r" % list(tables))
nb = X.check_tables_add_up(tables, problems)
tap(not problems and nb > 50, "Tabellen: %d blokken tellen op tot hun basis" % nb, problems)
problems = []
X.check_tables_match_data(wb, tables, problems)
tap(not problems, "Tabellen: aantallen gelijk aan die uit de databladen", problems)
problems = []
nf = X.check_controle(wb, problems)
tap(not problems and nf > 0, "Controle: %d bevindingen over bestaande deelnemers en kolommen; overzicht Onbekend klopt" % nf, problems)
funcs = [r for r in wb["Controle"].iter_rows(min_row=2, values_only=True)
         if r[2] == "Functie" and r[3] and r[3].startswith("bevat een naam")]
tap(len(funcs) == 2, "Controle: twee functieteksten met een naam weggelaten")

# ---- identifiers ------------------------------------------------------------------------
problems = []
idents = [l.rstrip("\n") for l in open(os.path.join(out, "identifiers.txt"), encoding="utf-8")]
k = X.check_no_identifiers(path, idents, problems)
bdates = []
for i in idents:
    try:
        bdates.append(datetime.date.fromisoformat(i))
    except ValueError:
        pass
X.check_no_birthdates(wb, bdates, problems)
tap(not problems and k > 100, "geen van %d namen, BSN's, klantnummers, geboortedata, werkgevers in de XML" % k, problems)

# ---- CSV: the same cells ------------------------------------------------------------------
problems = []
csvdir = os.path.join(out, "csv")
names = ["1-toelichting.csv", "2-deelnemerkenmerken.csv", "3-situationele-kenmerken.csv",
         "4-voortraject.csv", "5-startbaan.csv", "6-on-hold-uitval-einde.csv",
         "7-tabellen.csv", "8-controle.csv"]
if sorted(os.listdir(csvdir)) != names:
    problems.append("bestanden %r" % sorted(os.listdir(csvdir)))


def csv_text(v, number_format):
    if v is None:
        return ""
    if isinstance(v, datetime.datetime):
        return v.strftime("%d-%m-%Y")
    if isinstance(v, (int, float)):
        if number_format == "0.0%":
            return ("%.1f%%" % (v * 100)).replace(".", ",")
        if number_format == "0.0":
            return ("%.1f" % v).replace(".", ",")
        if v == int(v):
            return str(int(v))
        return ("%.6g" % v).replace(".", ",")
    return str(v)


for sheet, fname in zip(X.SHEETS, names):
    p = os.path.join(csvdir, fname)
    if not os.path.exists(p):
        continue
    raw = open(p, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("%s: geen BOM" % fname)
    if b"\r\n" not in raw:
        problems.append("%s: geen CRLF" % fname)
    rows = list(csv.reader(raw[3:].decode("utf-8").splitlines(), delimiter=";"))
    ws = wb[sheet]
    xl = [[csv_text(c.value, c.number_format) for c in r] for r in ws.iter_rows()]
    for i, (a, b) in enumerate(zip(rows, xl)):
        while a and a[-1] == "":
            a = a[:-1]
        while b and b[-1] == "":
            b = b[:-1]
        if a != b:
            problems.append("%s regel %d: %r != %r" % (fname, i + 1, a[:6], b[:6]))
            break
    if len([r for r in rows if any(r)]) != len([r for r in xl if any(r)]):
        problems.append("%s: %d regels, werkmap %d" % (fname, len(rows), len(xl)))
tap(not problems, "CSV: acht bestanden, ; UTF-8 met BOM, dezelfde cellen als de werkmap", problems)

X.tap_done()
