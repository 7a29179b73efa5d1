#!/usr/bin/python3
"""check_gnumeric.py WORKBOOK CSVPREFIX - TAP: a real spreadsheet program
(gnumeric's ssconvert, which wrote CSVPREFIX.0, .1, ... one file per sheet)
reads the same cells as Debian's python3-openpyxl: same sheets, same number
of rows, the same value in every cell (dates and numbers normalised to the
text gnumeric writes).  Two independent readers agreeing on every cell of
casus's workbook."""
import csv
import datetime
import os
import sys

import openpyxl

n = 0
failed = 0


def ok(cond, desc):
    global n, failed
    n += 1
    if not cond:
        failed += 1
    print(("ok" if cond else "not ok"), n, "-", desc)


def norm(v):
    if v is None:
        return ""
    if isinstance(v, datetime.datetime):
        if v.hour or v.minute or v.second:
            return v.strftime("%Y/%m/%d %H:%M")
        return v.strftime("%Y/%m/%d")
    if isinstance(v, datetime.date):
        return v.strftime("%Y/%m/%d")
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return repr(v)
    return str(v)


def trim(rows):
    rows = [list(r) for r in rows]
    for r in rows:
        while r and r[-1] == "":
            r.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def gnum(cell):
    # gnumeric writes numbers as text; floats may carry more digits than repr
    try:
        f = float(cell)
    except ValueError:
        return cell
    if "/" in cell or cell.strip() != cell:
        return cell
    return norm(f) if f != int(f) else str(int(f))


wb = openpyxl.load_workbook(sys.argv[1])
prefix = sys.argv[2]
files = sorted((p for p in os.listdir(os.path.dirname(prefix) or ".")
                if p.startswith(os.path.basename(prefix) + ".")),
               key=lambda p: int(p.rsplit(".", 1)[1]))
ok(len(files) == len(wb.sheetnames),
   "gnumeric leest evenveel bladen als openpyxl (%d, %d)" % (len(files), len(wb.sheetnames)))
for i, name in enumerate(wb.sheetnames):
    ws = wb[name]
    want = trim([[norm(v) for v in r] for r in ws.iter_rows(values_only=True)])
    path = os.path.join(os.path.dirname(prefix), "%s.%d" % (os.path.basename(prefix), i))
    if not os.path.exists(path):
        ok(False, "blad %s: gnumeric schreef %s" % (name, path))
        continue
    with open(path, newline="", encoding="utf-8") as f:
        got = trim([[gnum(c) for c in r] for r in csv.reader(f)])
    ok(len(got) == len(want),
       "blad %s: zelfde aantal rijen (gnumeric %d, openpyxl %d)" % (name, len(got), len(want)))
    diffs = [(r, c, want[r][c] if c < len(want[r]) else None, got[r][c] if c < len(got[r]) else None)
             for r in range(min(len(got), len(want)))
             for c in range(max(len(got[r]), len(want[r])))
             if (want[r][c] if c < len(want[r]) else "") != (got[r][c] if c < len(got[r]) else "")]
    ok(not diffs, "blad %s: elke cel gelijk in gnumeric en openpyxl" % name)
    for r, c, w, g in diffs[:5]:
        print("#   rij %d kolom %d: openpyxl %r, gnumeric %r" % (r + 1, c + 1, w, g))
print("1..%d" % n)
sys.exit(1 if failed else 0)
