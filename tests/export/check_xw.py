# check_xw.py FILE.xlsx - reads the edge-case workbook of test_xw.c with
# openpyxl and checks every cell against what test_xw wrote.  TAP output;
# run with /usr/bin/python3.
import datetime
import os
import sys
import zipfile

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsxcheck as X  # noqa: E402

path = sys.argv[1]
wb = X.load(path)
X.tap(wb.sheetnames == ["Randgevallen", "Leeg"], "bladen: %s" % wb.sheetnames)
ws = wb["Randgevallen"]


def cells(row, want):
    problems = []
    for col, w in want.items():
        got = ws.cell(row=row, column=col).value
        if got != w or type(got) is not type(w):
            problems.append("%s%d: %r, verwacht %r" % (ws.cell(row=row, column=col).column_letter, row, got, w))
    return problems


t = "R&D <nacht> \"q\" 'a' ]]>"
p = cells(1, {1: "Tekst", 2: "Getal"})
X.tap(not p and ws.cell(row=1, column=1).font.b, "kopregel: teksten, vet", p)
p = cells(2, {1: "  spaties voor en na  ", 2: t, 3: t, 4: "a?b?[31mc", 5: "x??y",
              6: "Núñez محمد 面包师 😀", 7: " gedeeld met spatie"})
X.tap(not p, "tekst: spaties behouden, XML-tekens, stuurtekens en ongeldige UTF-8 als ?", p)
p = cells(3, {1: -12345, 2: 0.125, 3: 1234567.891, 4: 1e20, 5: -0.5,
              6: datetime.datetime(2026, 10, 31), 7: 999999999999999})
fmts = [ws.cell(row=3, column=c).number_format for c in (2, 5, 6, 7)]
if fmts != ["0.0", "0.0%", "dd-mm-yyyy", "0"]:
    p.append("notaties %s" % fmts)
X.tap(not p, "getallen: negatief, breuk, groot, datum, met hun notatie", p)
p = []
for col, name in ((27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA")):
    c = ws.cell(row=4, column=col)
    if c.value != name or c.column_letter != name:
        p.append("%s4: %r" % (c.column_letter, c.value))
X.tap(not p, "kolomletters AA, AZ, BA, ZZ, AAA", p)
p = ["%d: %r %r" % (r, ws.cell(row=r, column=1).value, ws.cell(row=r, column=2).value)
     for r in range(11, 5011)
     if ws.cell(row=r, column=1).value != "label %d" % (r - 11) or ws.cell(row=r, column=2).value != "Onbekend"]
X.tap(not p and ws.max_row == 5010, "5000 verschillende teksten naast 5000 keer hetzelfde label", p)
X.tap(ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:B5010", "bevroren kopregel, autofilter")
X.tap(wb["Leeg"].max_row == 1 and wb["Leeg"].cell(row=1, column=1).value is None, "blad zonder cellen is leeg")
with zipfile.ZipFile(path) as z:
    names = z.namelist()
    sheet = z.read("xl/worksheets/sheet1.xml").decode()
    empty = z.read("xl/worksheets/sheet2.xml").decode()
X.tap("xl/sharedStrings.xml" not in names and 't="s"' not in sheet and
      '<t xml:space="preserve">  spaties voor en na  </t>' in sheet and
      "<t>label 4090</t>" in sheet and sheet.count("<t>Onbekend</t>") == 5000 and
      '<dimension ref="A1:AAA5010"/>' in sheet and "<sheetData/>" in empty,
      "teksten inline (constant_memory), spaties gemarkeerd; dimensie A1:AAA5010")
X.tap_done()
