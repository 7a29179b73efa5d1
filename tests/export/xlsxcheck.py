# xlsxcheck.py - reads a registration workbook back with openpyxl (Debian's
# python3-openpyxl: run with /usr/bin/python3) and checks it against
# registration-form.md, independently of the C code: the sheet names and
# header rows, formats, validations, freeze panes and autofilters, the
# Tabellen (every block adds up to its base and equals the counts computed
# here from the data sheets), and that no direct identifier is in any XML
# part of the file.
#
# Used by check_fixture.py and check_workbook.py.  Every check appends to
# a list of problems; callers print them as TAP.

import datetime
import re
import zipfile

import openpyxl

SHEETS = ["Toelichting", "Deelnemerkenmerken", "Situationele kenmerken",
          "Voortraject", "Startbaan", "On hold, uitval en einde", "Tabellen",
          "Controle"]

# The vocabularies of registration-form.md, in order (typos of the report
# corrected as the spec says).
V = {
    "deelname": ["Verplicht", "Vrijwillig", "Onbekend"],
    "geslacht": ["Man", "Vrouw", "Overig", "Onbekend"],
    "leeftijdsgroep": ["Jonger dan 25", "25 tot 45 jaar", "45 tot 65 jaar",
                       "65 jaar of ouder", "Onbekend"],
    "opleiding": ["Geen onderwijs in eigen land",
                  "Alleen primair en/of middelbaar onderwijs",
                  "Beroepsopleiding", "Theoretische opleiding", "Onbekend"],
    "periode": ["Vóór januari 2018", "Tussen januari 2018 en december 2021",
                "Vanaf januari 2022", "Onbekend"],
    "baan": ["Nee", "Vooruitzicht op een baan", "Had al een baan", "Onbekend"],
    "taal": ["A0", "A1", "A2", "B1", "B2", "Onbekend"],
    "janee": ["Ja", "Nee", "Onbekend"],
    "gezin": ["Woont alleen", "Woont alleen met kind(eren)",
              "Woont met partner zonder kind(eren)",
              "Woont met partner en kind(eren)", "Anders", "Onbekend"],
    "kinderen": ["0", "1", "2", "3", "Meer dan 3", "Onbekend"],
    "verblijf": ["Woning", "Tussenopvang", "Azc", "Onbekend"],
    "vervoer": ["Fiets", "Auto", "OV", "Onbekend"],
    "programma": ["B1", "Z-route", "Onderwijsroute", "Nog niet toegekend",
                  "Onbekend"],
    "status": ["Nog niet gestart", "Gestart", "On hold", "Afgerond", "Onbekend"],
    "situatie": ["Nog voortraject nodig (tussen instroom/intake en voortraject)",
                 "Bezig met voortraject", "In bemiddeling",
                 "Heeft momenteel een startbaan", "On hold", "Uitval",
                 "Einde startbaan c.q. deelname proef", "Onbekend"],
    "soortvt": ["Standaard", "Maatwerk", "Combinatie", "Onbekend"],
    "activiteit": ["Vrijwilligerswerk", "Onbetaalde werkstage", "Proefplaatsing",
                   "Taalstage", "Werkervaringsplek", "Training",
                   "Bedrijfsbezoek", "Anders"],
    "duurvt": ["Bezig met voortraject", "Minder dan 30 dagen", "30-59 dagen",
               "60-89 dagen", "90 dagen of meer", "Onbekend"],
    "soortsb": ["Betaald werk", "Betaalde werkstage", "Anders", "Onbekend"],
    "hoe": ["Zelf gevonden", "Bemiddeling proef", "Onbekend"],
    "duurovk": ["1 t/m 6 maanden", "7 t/m 12 maanden", "13 t/m 24 maanden",
                "25 of meer maanden", "Onbekend"],
    "urenafspraak": ["Vast aantal uren", "Flexibel aantal uren", "Onbekend"],
    "uren": ["0-16 uur", "17-24 uur", "25-32 uur", "33-40 uur", "Onbekend"],
    "werkgever": ["Bij reguliere werkgever",
                  "Gedetacheerd vanuit werkleerbedrijf bij reguliere werkgever",
                  "Bij werkleerbedrijf",
                  "Via uitzendbureau bij reguliere werkgever", "Anders",
                  "Onbekend"],
    "sector": ["Logistiek", "Horeca en catering", "Bouw en techniek",
               "Productie en industrie", "Detailhandel",
               "Schoonmaak en facilitair", "Zorg en welzijn",
               "Groen en openbare ruimte", "Automotive",
               "Uiterlijke verzorging", "Overheid en onderwijs",
               "Zakelijke dienstverlening", "ICT", "Anders", "Onbekend"],
    "omvang": ["Minder dan 5 werknemers", "5 t/m 9 werknemers",
               "10 t/m 19 werknemers", "20 t/m 49 werknemers",
               "50 t/m 99 werknemers", "100 t/m 199 werknemers",
               "200 t/m 499 werknemers", "500 of meer werknemers", "Onbekend"],
    "fase": ["Tussen instroom/intake en voortraject", "Tijdens voortraject",
             "Tijdens bemiddeling", "Tijdens startbaan", "Onbekend"],
    "duuroh": ["0-3 maanden", "4-6 maanden", "7-12 maanden",
               "13 maanden of meer", "Onbekend"],
    "redenoh": ["Familie", "Medische klachten", "Zwangerschap", "Anders",
                "Onbekend"],
    "redenuit": ["Focus op taal/onderwijs", "Zwangerschap", "Medische redenen",
                 "Partner verdient boven de bijstandsnorm", "Verhuizing",
                 "Andere leerroute", "Vrijstelling", "Andere reden", "Onbekend"],
    "redeneinde": ["Inburgering afgerond", "Doorgestroomd naar ander werk",
                   "Overeenkomst afgelopen", "Andere reden", "Onbekend"],
    "onhold": ["Ja (nu of eerder)", "Nee", "Onbekend"],
    "aantalsb": ["Geen", "1", "2", "3", "Meer dan 3", "Onbekend"],
}

ACT_COLS = [a + " (weken)" for a in V["activiteit"]]

# Per data sheet: (header, kind) with kind "id", "num", "date", "text", or a
# vocabulary name (a category column with a list validation).
COLUMNS = {
    "Deelnemerkenmerken": [
        ("Deelnemer-ID", "id"), ("Deelname", "deelname"),
        ("Geboortejaar", "num"), ("Leeftijdsgroep", "leeftijdsgroep"),
        ("Geslacht", "geslacht"), ("Datum instroom", "date"),
        ("Taalniveau bij instroom", "taal"), ("Engels", "janee"),
        ("Opleiding", "opleiding"), ("Datum verblijfsvergunning", "date"),
        ("Verblijfsvergunning verleend", "periode"),
        ("Baan bij instroom", "baan")],
    "Situationele kenmerken": [
        ("Deelnemer-ID", "id"), ("Gezinssituatie", "gezin"),
        ("Aantal kinderen in NL", "num"),
        ("Aantal kinderen (categorie)", "kinderen"),
        ("Verblijfssituatie", "verblijf"), ("Vervoer", "vervoer"),
        ("Rijbewijs", "janee"), ("Inburgeringsprogramma", "programma"),
        ("Status inburgering", "status"), ("Startdatum inburgering", "date"),
        ("Startdatum inburgering (periode)", "periode"),
        ("Uitkering", "janee"), ("Situatie peildatum", "situatie")],
    "Voortraject": [
        ("Deelnemer-ID", "id"), ("Voortraject gestart of afgerond", "janee"),
        ("Startdatum voortraject", "date"), ("Einddatum voortraject", "date"),
        ("Afronding voortraject", "janee"),
        ("Duur voortraject (dagen)", "num"), ("Duur voortraject", "duurvt"),
        ("Soort voortraject", "soortvt")] + [(c, "num") for c in ACT_COLS],
    "Startbaan": [
        ("Deelnemer-ID", "id"), ("Volgnummer", "num"),
        ("Soort startbaan", "soortsb"), ("Hoe gekregen", "hoe"),
        ("Functie", "text"), ("Startdatum", "date"), ("Einddatum", "date"),
        ("Duur overeenkomst (maanden)", "num"),
        ("Duur overeenkomst", "duurovk"), ("Urenafspraak", "urenafspraak"),
        ("Uren per week", "num"), ("Uren per week (categorie)", "uren"),
        ("Loonkostensubsidie", "janee"), ("Werkcoach", "janee"),
        ("Jobcoach", "janee"), ("HARRIE-training", "janee"),
        ("Soort werkgever", "werkgever"), ("Sector", "sector"),
        ("Omvang vestiging", "omvang"),
        ("Ervaring met statushouders", "janee")],
    "On hold, uitval en einde": [
        ("Deelnemer-ID", "id"), ("On hold geweest", "onhold"),
        ("Datum on hold", "date"), ("Datum einde on hold", "date"),
        ("Fase on hold", "fase"), ("Duur on hold", "duuroh"),
        ("Reden on hold", "redenoh"), ("Datum uitval", "date"),
        ("Reden uitval", "redenuit"), ("Datum einde", "date"),
        ("Reden einde", "redeneinde"), ("Aantal startbanen gehad", "num")],
}
CONTROLE_HEADER = ["Deelnemer-ID", "Blad", "Kolom", "Bevinding"]

ID_RE = re.compile(r"^D-[0-9a-f]{12}$")


# ---- TAP output shared by the check scripts ------------------------------------

_tap = {"n": 0, "failed": 0}


def tap(ok, desc, problems=()):
    """One TAP line; on failure up to 30 problems as comments."""
    _tap["n"] += 1
    print("%sok %d - %s" % ("" if ok else "not ", _tap["n"], desc))
    if not ok:
        _tap["failed"] += 1
        for p in list(problems)[:30]:
            print("#   %s" % p)


def tap_done():
    """The plan line, and exit 1 when anything failed."""
    import sys
    print("1..%d" % _tap["n"])
    sys.exit(1 if _tap["failed"] else 0)


def load(path):
    return openpyxl.load_workbook(path)


def rows(ws):
    """Data rows of a sheet as dicts keyed by the header texts."""
    it = ws.iter_rows(values_only=True)
    header = next(it)
    out = []
    for r in it:
        out.append({h: v for h, v in zip(header, r) if h is not None})
    return out


def fmt(v):
    """A cell value as the text used in expectations."""
    if v is None:
        return ""
    if isinstance(v, datetime.datetime):
        return v.strftime("%d-%m-%Y")
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    return str(v)


def check_structure(wb, problems):
    if wb.sheetnames != SHEETS:
        problems.append("bladnamen %r" % wb.sheetnames)
        return
    for name, cols in COLUMNS.items():
        ws = wb[name]
        hdr = [c.value for c in ws[1]][:len(cols)]
        if hdr != [c[0] for c in cols]:
            problems.append("%s: kopregel %r" % (name, hdr))
            continue
        if not all(c.font.b for c in ws[1][:len(cols)]):
            problems.append("%s: kopregel niet vet" % name)
        if ws.freeze_panes != "A2":
            problems.append("%s: freeze_panes %r" % (name, ws.freeze_panes))
        ref = ws.auto_filter.ref or ""
        last = openpyxl.utils.get_column_letter(len(cols))
        want = "A1:%s%d" % (last, max(ws.max_row, 1))
        if ref != want:
            problems.append("%s: autofilter %r, verwacht %r" % (name, ref, want))
        # list validations, one per category column, with the vocabulary
        dv = {}
        for d in ws.data_validations.dataValidation:
            for rng in str(d.sqref).split():
                dv[rng.split(":")[0]] = d
        for i, (h, kind) in enumerate(cols):
            letter = openpyxl.utils.get_column_letter(i + 1)
            if kind in V:
                d = dv.get(letter + "2")
                if d is None or d.type != "list":
                    problems.append("%s: geen lijstvalidatie op %s" % (name, h))
                    continue
                labels = d.formula1.strip('"').split(",")
                if labels != V[kind]:
                    problems.append("%s: validatie %s = %r" % (name, h, labels))
            elif letter + "2" in dv:
                problems.append("%s: onverwachte validatie op %s" % (name, h))
        # cell types
        for r in ws.iter_rows(min_row=2):
            for (h, kind), c in zip(cols, r):
                v = c.value
                if v is None:
                    continue
                if kind == "id":
                    if not ID_RE.match(str(v)):
                        problems.append("%s: Deelnemer-ID %r" % (name, v))
                elif kind == "date":
                    if not isinstance(v, datetime.datetime) or c.number_format != "dd-mm-yyyy":
                        problems.append("%s!%s: geen datum %r (%s)" % (name, c.coordinate, v, c.number_format))
                elif kind == "num":
                    if not isinstance(v, (int, float)):
                        problems.append("%s!%s: geen getal %r" % (name, c.coordinate, v))
                elif kind in V:
                    if v not in V[kind]:
                        problems.append("%s!%s: %r niet in de lijst" % (name, c.coordinate, v))
                if len(problems) > 40:
                    return
    ws = wb["Controle"]
    hdr = [c.value for c in ws[1]][:4]
    if hdr != CONTROLE_HEADER:
        problems.append("Controle: kopregel %r" % hdr)
    if ws.freeze_panes != "A2":
        problems.append("Controle: freeze_panes %r" % ws.freeze_panes)
    if not (ws.auto_filter.ref or "").startswith("A1:D"):
        problems.append("Controle: autofilter %r" % ws.auto_filter.ref)


def data(wb):
    """The data sheets as lists of row dicts, and the participants by ID."""
    d = {name: rows(wb[name]) for name in COLUMNS}
    return d


# ---- Tabellen ------------------------------------------------------------------

def parse_tables(ws):
    """Tables -> {title: [(header, [(blocktitle, [(label, numbers)], totaal-row)])]}."""
    tables = {}
    cur = None
    header = None
    block = None
    for r in ws.iter_rows(values_only=True):
        a = r[0]
        rest = list(r[1:])
        while rest and rest[-1] is None:
            rest.pop()
        if a is None and not rest:
            continue
        if isinstance(a, str) and a.startswith("Tabel ") and not rest:
            cur = tables.setdefault(a, [])
            header = None
            block = None
            continue
        if a is None:
            header = rest
            continue
        if not rest and isinstance(a, str):
            block = [a, [], None, header]
            cur.append(block)
            continue
        if isinstance(a, str) and a.startswith("Totaal"):
            if block is not None and block[2] is None and block[1]:
                block[2] = (a, rest)
                block = None
            else:
                cur.append(["(kop)", [], (a, rest), header])
            continue
        if block is None:
            raise ValueError("rij buiten een blok: %r" % (r,))
        block[1].append((a, rest))
    return tables


def check_tables_add_up(tables, problems):
    """Every block: label counts sum to the Totaal row, percentages to 100%."""
    nblocks = 0
    for title, blocks in tables.items():
        for bt, labels, tot, header in blocks:
            if bt == "(kop)":
                continue
            nblocks += 1
            if tot is None:
                problems.append("%s / %s: geen Totaal-rij" % (title, bt))
                continue
            multi = "meer antwoorden mogelijk" in bt
            for j, h in enumerate(header):
                if h is None or j >= len(tot[1]):
                    continue
                vals = [lab[1][j] if j < len(lab[1]) else None for lab in labels]
                base = tot[1][j]
                if h.startswith("N ") or h == "Absolute N":
                    if multi:
                        if any(v is not None and v > base for v in vals):
                            problems.append("%s / %s: N boven de basis" % (title, bt))
                        continue
                    s = sum(v or 0 for v in vals)
                    if s != base:
                        problems.append("%s / %s / %s: som %s, basis %s" % (title, bt, h, s, base))
                elif h.startswith("%") and not multi:
                    if base is None:
                        if any(v is not None for v in vals):
                            problems.append("%s / %s: %% zonder basis" % (title, bt))
                        continue
                    s = sum(v or 0 for v in vals)
                    if abs(s - base) > 1e-9:
                        problems.append("%s / %s / %s: som %.6f, totaal %.6f" % (title, bt, h, s, base))
    return nblocks


def counts(rowsl, col, labels, where=lambda r: True, fold=None):
    c = {l: 0 for l in labels}
    for r in rowsl:
        if not where(r):
            continue
        v = r.get(col)
        v = fmt(v) if v is not None else None
        if fold:
            v = fold(v)
        if v is None or v == "":
            c["Niet van toepassing"] = c.get("Niet van toepassing", 0) + 1
        else:
            c[v] = c.get(v, 0) + 1
    return c


def check_tables_match_data(wb, tables, problems):
    """Recompute the Tabellen counts from the data sheets."""
    d = data(wb)
    dn = {r["Deelnemer-ID"]: r for r in d["Deelnemerkenmerken"]}
    sit = {r["Deelnemer-ID"]: r for r in d["Situationele kenmerken"]}
    vt = {r["Deelnemer-ID"]: r for r in d["Voortraject"]}
    af = {r["Deelnemer-ID"]: r for r in d["On hold, uitval en einde"]}
    ids = list(dn)
    if set(ids) != set(sit) or set(ids) != set(vt) or set(ids) != set(af):
        problems.append("niet dezelfde deelnemers op de bladen 2, 3, 4 en 6")
        return
    if len(ids) != len(d["Deelnemerkenmerken"]):
        problems.append("dubbele Deelnemer-ID")
    merged = []
    for i in ids:
        m = {}
        m.update(dn[i]); m.update(sit[i]); m.update(vt[i]); m.update(af[i])
        merged.append(m)
    werkend = lambda r: (r["Aantal startbanen gehad"] or 0) > 0
    verpl = lambda r: r["Deelname"] == "Verplicht"
    vrijw = lambda r: r["Deelname"] == "Vrijwillig"
    # latest startbaan per participant
    last = {}
    for r in d["Startbaan"]:
        k = r["Deelnemer-ID"]
        if k not in last or r["Volgnummer"] > last[k]["Volgnummer"]:
            last[k] = r
    banen = list(last.values())
    nsb = {}
    for r in d["Startbaan"]:
        nsb[r["Deelnemer-ID"]] = nsb.get(r["Deelnemer-ID"], 0) + 1
    for m in merged:
        if m["Aantal startbanen gehad"] != nsb.get(m["Deelnemer-ID"], 0):
            problems.append("Aantal startbanen gehad klopt niet met blad Startbaan (%s)" % m["Deelnemer-ID"])
            break

    t1 = [("Geslacht", "Geslacht", "geslacht"), ("Leeftijdsgroep", "Leeftijdsgroep", "leeftijdsgroep"),
          ("Opleiding", "Opleiding", "opleiding"),
          ("Verblijfsvergunning verleend", "Verblijfsvergunning verleend", "periode"),
          ("Baan bij instroom", "Baan bij instroom", "baan"),
          ("Taalniveau bij instroom", "Taalniveau bij instroom", "taal"),
          ("Engels", "Engels", "janee"), ("Gezinssituatie in NL", "Gezinssituatie", "gezin"),
          ("Aantal kinderen in NL", "Aantal kinderen (categorie)", "kinderen"),
          ("Verblijfssituatie", "Verblijfssituatie", "verblijf"), ("Vervoer", "Vervoer", "vervoer"),
          ("Inburgeringsprogramma", "Inburgeringsprogramma", "programma"),
          ("Status inburgering", "Status inburgering", "status"),
          ("Startdatum inburgering", "Startdatum inburgering (periode)", "periode"),
          ("Uitkering", "Uitkering", "janee")]
    sector_fold = {"Groen en openbare ruimte", "Automotive", "Uiterlijke verzorging",
                   "Overheid en onderwijs", "Zakelijke dienstverlening", "ICT"}

    def find(title, block, nth=0):
        t = tables.get(title)
        if t is None:
            problems.append("tabel ontbreekt: %s" % title)
            return None
        found = [b for b in t if b[0] == block or b[0].startswith(block + " (")]
        if len(found) <= nth:
            problems.append("%s: blok %s ontbreekt" % (title, block))
            return None
        return found[nth]

    def compare(title, block, want_cols, nth=0):
        """want_cols: {header: {label: count}}; compares every label row."""
        b = find(title, block, nth)
        if b is None:
            return
        bt, labels, tot, header = b
        got_labels = [l for l, _ in labels]
        any_want = next(iter(want_cols.values()))
        expected_labels = [l for l in any_want if l != "Niet van toepassing" or any_want[l] > 0]
        for l in expected_labels:
            if l not in got_labels:
                problems.append("%s / %s: rij %r ontbreekt" % (title, bt, l))
        for label, nums in labels:
            for h, want in want_cols.items():
                j = header.index(h)
                got = nums[j] if j < len(nums) else None
                if (got or 0) != want.get(label, 0):
                    problems.append("%s / %s / %s / %s: %s, uit de bladen %s" %
                                    (title, bt, label, h, got, want.get(label, 0)))
        return tot

    # Tabel 1 and 5
    n_all = len(merged)
    for title_block, col, voc in t1:
        compare("Tabel 1 Kenmerken deelnemers", title_block, {
            "N alle deelnemers": counts(merged, col, V[voc]),
            "N verplichte deelnemers": counts(merged, col, V[voc], verpl),
            "N vrijwillige deelnemers": counts(merged, col, V[voc], vrijw)})
        compare("Tabel 5 Kenmerken deelnemers met startbaan", title_block, {
            "N alle deelnemers": counts(merged, col, V[voc]),
            "N werkende deelnemers": counts(merged, col, V[voc], werkend)})
    t = tables.get("Tabel 1 Kenmerken deelnemers", [])
    kop = [b for b in t if b[0] == "(kop)"]
    if not kop or kop[0][2][1][:3] != [n_all, sum(map(verpl, merged)), sum(map(vrijw, merged))]:
        problems.append("Tabel 1: Totaal aantal deelnemers %r" % (kop[0][2] if kop else None))
    # Tabel 2
    compare("Tabel 2 Tussenstand", "Situatie peildatum",
            {"Absolute N": counts(merged, "Situatie peildatum", V["situatie"])})
    # Tabel 3
    T3 = "Tabel 3 Kenmerken voortrajecten"
    compare(T3, "Voortraject gestart of afgerond",
            {"Absolute N": counts(merged, "Voortraject gestart of afgerond", V["janee"])})
    met_vt = lambda r: r["Voortraject gestart of afgerond"] == "Ja"
    for blk, col, voc in [("Afronding van voortraject", "Afronding voortraject", "janee"),
                          ("Duur van voortraject", "Duur voortraject", "duurvt"),
                          ("Soort voortraject", "Soort voortraject", "soortvt")]:
        tot = compare(T3, blk, {"Absolute N": counts(merged, col, V[voc], met_vt)})
        if tot and tot[1][0] != sum(map(met_vt, merged)):
            problems.append("%s / %s: basis %s" % (T3, blk, tot[1][0]))
    b = find(T3, "Type voortraject(en)")
    if b:
        if [label for label, _ in b[1]] != V["activiteit"]:
            problems.append("%s / Type voortraject(en): rijen %s" % (T3, [l for l, _ in b[1]]))
        for label, nums in b[1]:
            vals = [r[label + " (weken)"] for r in merged if r.get(label + " (weken)") is not None]
            if nums[0] != len(vals):
                problems.append("%s / %s: N %s, uit de bladen %s" % (T3, label, nums[0], len(vals)))
            if vals and abs(nums[2] - sum(vals) / len(vals)) > 1e-9:
                problems.append("%s / %s: gemiddelde %s" % (T3, label, nums[2]))
    # Tabel 4
    T4 = "Tabel 4 Tussenstand startbaan"
    compare(T4, "Al een plaatsing op een startbaan", {"Absolute N": {
        "Ja": sum(map(werkend, merged)), "Nee": n_all - sum(map(werkend, merged)), "Onbekend": 0}})
    aant = {"Geen": 0, "1": 0, "2": 0, "3": 0, "Meer dan 3": 0, "Onbekend": 0}
    for m in merged:
        n = m["Aantal startbanen gehad"]
        aant["Geen" if n == 0 else ("Meer dan 3" if n > 3 else str(int(n)))] += 1
    compare(T4, "Aantal startbanen gehad", {"Absolute N": aant})
    # Tabel 6 and 7: the latest startbaan of each placed participant
    for title, blocks in [("Tabel 6 Kenmerken startbaan – contract",
                           [("Soort startbaan", "soortsb"), ("Hoe gekregen", "hoe"),
                            ("Duur overeenkomst", "duurovk"), ("Urenafspraak", "urenafspraak"),
                            ("Uren per week", "uren", "Uren per week (categorie)"),
                            ("Loonkostensubsidie", "janee"), ("Werkcoach", "janee"),
                            ("Jobcoach", "janee"), ("HARRIE-training", "janee")]),
                          ("Tabel 7 Kenmerken startbaan – werkgever",
                           [("Soort werkgever", "werkgever"), ("Sector", "sector"),
                            ("Omvang vestiging", "omvang"),
                            ("Ervaring met statushouders", "janee")])]:
        for spec in blocks:
            blk, voc = spec[0], spec[1]
            col = spec[2] if len(spec) > 2 else blk
            fold = (lambda v: "Anders" if v in sector_fold else v) if blk == "Sector" else None
            labels = [l for l in V[voc] if not (blk == "Sector" and l in sector_fold)]
            tot = compare(title, blk, {"Absolute N": counts(banen, col, labels, fold=fold)})
            if tot and tot[1][0] != len(banen):
                problems.append("%s / %s: basis %s, geplaatste deelnemers %s" % (title, blk, tot[1][0], len(banen)))
    # Tabel 8
    T8 = "Tabel 8 Kenmerken on hold"
    compare(T8, "On hold geweest", {"Absolute N": counts(merged, "On hold geweest", V["onhold"])})
    oh = lambda r: r["On hold geweest"] == "Ja (nu of eerder)"
    for blk, col, voc in [("Fase on hold", "Fase on hold", "fase"),
                          ("Duur on hold", "Duur on hold", "duuroh"),
                          ("Reden on hold", "Reden on hold", "redenoh")]:
        compare(T8, blk, {"Absolute N": counts(merged, col, V[voc], oh)})
    # Tabel 9
    T9 = "Tabel 9 Kenmerken uitval"
    for blk, datecol, redencol, voc in [("Uitval", "Datum uitval", "Reden uitval", "redenuit"),
                                        ("Einde startbaan c.q. deelname proef", "Datum einde",
                                         "Reden einde", "redeneinde")]:
        has = lambda r, c=datecol: r[c] is not None

        def jn(where):
            rs = [r for r in merged if where(r)]
            return {"Ja": sum(1 for r in rs if has(r)), "Nee": sum(1 for r in rs if not has(r)),
                    "Onbekend": 0}
        compare(T9, blk, {"N alle deelnemers": jn(lambda r: True),
                          "N verplichte deelnemers": jn(verpl),
                          "N vrijwillige deelnemers": jn(vrijw)})
        tot = compare(T9, "Reden " + ("uitval" if blk == "Uitval" else "einde"),
                      {"Absolute N": counts(merged, redencol, V[voc], has)})
        if tot and tot[1][0] != sum(1 for r in merged if has(r)):
            problems.append("%s / reden: basis %s" % (T9, tot[1][0]))


def check_controle(wb, problems, n_findings=None):
    """Findings refer to participants; the overview counts match the sheets."""
    d = data(wb)
    ids = {r["Deelnemer-ID"] for r in d["Deelnemerkenmerken"]}
    ws = wb["Controle"]
    nf = 0
    overview = []
    for r in ws.iter_rows(min_row=2, values_only=True):
        if r[0] is not None:
            nf += 1
            if r[0] not in ids:
                problems.append("Controle: onbekende Deelnemer-ID %r" % r[0])
            if r[1] not in COLUMNS:
                problems.append("Controle: blad %r" % r[1])
            elif r[2] not in [c for c, _ in COLUMNS[r[1]]]:
                problems.append("Controle: kolom %r op %s" % (r[2], r[1]))
        if len(r) > 9 and r[5] is not None:
            overview.append(r[5:10])
    if n_findings is not None and nf != n_findings:
        problems.append("Controle: %d bevindingen, verwacht %d" % (nf, n_findings))
    for blad, kolom, filled, onb, share in overview:
        kind = dict(COLUMNS[blad])[kolom]
        rs = d[blad]
        if kind in V:
            want_onb = sum(1 for r in rs if r[kolom] == "Onbekend")
            want_filled = sum(1 for r in rs if r[kolom] is not None)
        else:
            want_onb = None    # empty-when-unknown columns: not recomputable alone
            want_filled = None
        if want_onb is not None and (onb != want_onb or filled != want_filled):
            problems.append("Controle-overzicht %s/%s: %s van %s, uit het blad %s van %s" %
                            (blad, kolom, onb, filled, want_onb, want_filled))
        if filled and abs(share - onb / filled) > 1e-9:
            problems.append("Controle-overzicht %s/%s: aandeel %s" % (blad, kolom, share))
    return nf


def check_no_identifiers(path, identifiers, problems):
    """Search every part of the zip (the raw XML and the XML with entities
    decoded) for every identifier, as a whole word: a first name "Ali" is
    not found in "Calibri", but "Ali" between tags or spaces is.  (The
    words of each part are indexed first; the exact search runs only for
    identifiers whose words all occur.)"""
    idents = sorted({i.strip() for i in identifiers if len(i.strip()) >= 3})
    word = re.compile(r"\w+")
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            raw = z.read(name).decode("utf-8", "replace")
            text = (raw.replace("&amp;", "&").replace("&apos;", "'")
                    .replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">"))
            words = set(word.findall(raw)) | set(word.findall(text))
            for i in idents:
                toks = word.findall(i)
                if toks and not all(t in words for t in toks):
                    continue
                pat = re.compile(r"(?<!\w)" + re.escape(i) + r"(?!\w)")
                if pat.search(raw) or pat.search(text):
                    problems.append("%s bevat identificerend gegeven %r" % (name, i))
    return len(idents)


def check_no_birthdates(wb, birthdates, problems):
    """No date cell holds a date of birth."""
    bd = set(birthdates)
    for name in COLUMNS:
        for r in wb[name].iter_rows(min_row=2, values_only=True):
            for v in r:
                if isinstance(v, datetime.datetime) and v.date() in bd:
                    problems.append("%s: geboortedatum %s als datum" % (name, v.date()))
