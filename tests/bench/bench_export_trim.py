# bench_export_trim.py DB PEILDATUM N - leave exactly N participants of the
# startbanen regeling that are in the export on PEILDATUM (instroom on or
# before it): the others with the highest ids are taken out of the regeling
# (startbanen = 0).  For tests/bench/bench_export.sh.
import sqlite3
import sys

db, peil, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = sqlite3.connect(db)
# the audit triggers call these (casus registers them)
con.create_function("casus_user", 0, lambda: "bench")
con.create_function("casus_now", 0, lambda: "2026-11-24 10:00:00")
sel = ("FROM client WHERE startbanen = 1 AND (datum_instroom IS NULL OR datum_instroom <= ?)")
have = con.execute("SELECT count(*) " + sel, (peil,)).fetchone()[0]
if have < n:
    sys.exit("bench_export_trim: %d deelnemers, minder dan %d" % (have, n))
con.execute("UPDATE client SET startbanen = 0 WHERE id IN (SELECT id " + sel +
            " ORDER BY id LIMIT -1 OFFSET ?)", (peil, n))
con.commit()
print(con.execute("SELECT count(*) " + sel, (peil,)).fetchone()[0])
