#!/usr/bin/python3
"""check_zelfevaluatie.py WORKBOOK [CSVPREFIX] - TAP: the zelfevaluatie workbook of the
scripted two rounds (tests/export/zelfevaluatie.sh) read back with Debian's
python3-openpyxl: the sheets, the scores per statement of this round and the
previous one, the theme summary, the verbeterplan, and the chart part: a
native column chart with two series (this round and the previous) over the
theme summary's cells.  With CSVPREFIX (gnumeric's ssconvert -S wrote
CSVPREFIX.0, .1, ...): gnumeric reads every cell as openpyxl does, text as
text ("2.10" stays "2.10"), numbers as numbers, dates as dates."""
import csv
import datetime
import os
import re
import sys
import zipfile

import openpyxl

n = 0
failed = 0


def ok(cond, desc):
    global n, failed
    n += 1
    if not cond:
        failed += 1
    print(("ok" if cond else "not ok"), n, "-", desc)
    return cond


path = sys.argv[1]
wb = openpyxl.load_workbook(path)
ok(wb.sheetnames == ["Per thema", "Scores", "Verbeterplan"], "drie bladen: %s" % wb.sheetnames)

sc = wb["Scores"]
rows = list(sc.iter_rows(values_only=True))
ok(rows[0][:6] == ("Thema", "Nummer", "Stelling", "Najaar 2025", "Voorjaar 2025", "Verschil"),
   "Scores: kop met deze en de vorige ronde: %s" % (rows[0],))
ok(len(rows) == 28, "Scores: 27 stellingen (%d rijen)" % len(rows))
by = {r[1]: r for r in rows[1:]}
ok(by["1.1"][3:6] == (7, 6, 1), "1.1: 7, was 6, verschil 1: %s" % (by["1.1"][3:6],))
ok(by["1.2"][6] is None and by["1.2"][3] == 8, "1.2: 8, geen toelichting deze ronde")
ok(by["1.3"][3] is None and by["1.3"][4] == "n.v.t.", "1.3: niet ingevuld, was n.v.t.")
ok(by["4.16"][3] == "n.v.t." and by["4.16"][5] is None, "4.16: n.v.t., geen verschil")
ok(by["1.4"][3] == 6 and by["1.4"][4] is None, "1.4: 6, vorige keer niet ingevuld")
ok(by["7.26"][3] is None, "7.26: weer open gezet")

th = wb["Per thema"]
trows = list(th.iter_rows(min_row=1, max_row=8, values_only=True))
ok(trows[0][:4] == ("Thema", "Najaar 2025", "Voorjaar 2025", "Verschil"), "Per thema: kop")
ok(trows[1][0] == "1 Taalvaardigheid" and trows[1][1:4] == (7, 6.5, 0.5),
   "Taalvaardigheid 7,0 tegen 6,5: %s" % (trows[1],))
ok(trows[4][1:4] == (4, 5.5, -1.5), "Gezondheid 4,0 tegen 5,5: %s" % (trows[4],))
ok(trows[1][4:6] == (3, 4), "Taalvaardigheid rust op 3 van 4")
ok(trows[2][1] is None, "Opleiding zonder score: leeg")
ok(th["B2"].number_format == "0.0", "themascore met één decimaal")
ok(len(th._charts) == 1, "één grafiek op het blad Per thema")

pl = wb["Verbeterplan"]
prow = list(pl.iter_rows(values_only=True))
ok(prow[0] == ("Thema", "Actie", "Eigenaar", "Streefdatum", "Status", "Ronde"), "Verbeterplan: kop")
ok(len(prow) == 2 and prow[1][1] == "GGD uitnodigen voor het teamoverleg"
   and prow[1][4] == "open" and prow[1][5] == "Voorjaar 2025",
   "de open actie van de vorige ronde gaat mee: %s" % (prow[1:],))
ok(prow[1][3] is not None and prow[1][3].strftime("%Y-%m-%d") == "2025-06-01", "streefdatum als datum")

with zipfile.ZipFile(path) as z:
    charts = [f for f in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", f)]
    ok(len(charts) == 1, "een grafiekdeel: %s" % charts)
    x = z.read(charts[0]).decode()
ok("<c:barChart>" in x and '<c:barDir val="col"/>' in x, "een staafdiagram (barChart, kolommen)")
sers = re.findall(r"<c:ser>.*?</c:ser>", x, re.S)
ok(len(sers) == 2, "twee reeksen: %d" % len(sers))
if len(sers) == 2:
    ok("'Per thema'!$B$2:$B$8" in sers[0] and "'Per thema'!$B$1" in sers[0],
       "reeks 1: deze ronde (kolom B, naam uit B1)")
    ok("'Per thema'!$C$2:$C$8" in sers[1] and "'Per thema'!$C$1" in sers[1],
       "reeks 2: de vorige ronde (kolom C, naam uit C1)")
    ok("'Per thema'!$A$2:$A$8" in sers[0], "categorieën: de thema's")
ok("Themascores Najaar 2025" in x, "titel")



def same(want, got):
    """openpyxl's value against gnumeric's CSV text."""
    if want is None:
        return got == ""
    if isinstance(want, str):
        return got == want
    if isinstance(want, datetime.datetime):
        return got == want.strftime("%Y/%m/%d")
    try:
        return abs(float(got) - float(want)) < 1e-9
    except ValueError:
        return False


if len(sys.argv) > 2:
    prefix = sys.argv[2]
    for i, name in enumerate(wb.sheetnames):
        p = "%s.%d" % (prefix, i)
        if not ok(os.path.exists(p), "gnumeric: blad %s geschreven" % name):
            continue
        with open(p, newline="", encoding="utf-8") as f:
            got = list(csv.reader(f))
        want = [list(r) for r in wb[name].iter_rows(values_only=True)]
        bad = []
        for r, row in enumerate(want):
            for c, v in enumerate(row):
                g = got[r][c] if r < len(got) and c < len(got[r]) else ""
                if not same(v, g):
                    bad.append((r + 1, c + 1, v, g))
        extra = [r for r in got[len(want):] if any(r)]
        ok(not bad and not extra, "gnumeric: blad %s cel voor cel gelijk aan openpyxl" % name)
        for b in bad[:5]:
            print("#   rij %d kolom %d: openpyxl %r, gnumeric %r" % b)

print("1..%d" % n)
sys.exit(1 if failed else 0)
