/* import_cols.c - the columns of each import sheet and header recognition.
 *
 * A sheet's columns come from the descriptions of the records it fills
 * (record.h): every field a user types in (not RF_NOFORM) is a column under
 * its label, required when the field is.  What the descriptions cannot say
 * is listed here: the records of each sheet, the columns that stand in for
 * a field (a reference by name or key, a flag asked the other way round),
 * and the other headers accepted today. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "import_int.h"

/* Which records a sheet fills; attributes_only: only the record's codes
 * (the employer's attributes on a startbaan row). */
static const struct {
	int type;
	rec_type rec;
	int attributes_only;
} sheet_records[] = {
	{ IMPORT_KLANTEN, REC_CLIENT, 0 },
	{ IMPORT_VOORTRAJECTEN, REC_VOORTRAJECT, 0 },
	{ IMPORT_ACTIVITEITEN, REC_ACTIVITEIT, 0 },
	{ IMPORT_STARTBANEN, REC_STARTBAAN, 0 },
	{ IMPORT_STARTBANEN, REC_EMPLOYER, 1 },
	{ IMPORT_ONHOLD, REC_ONHOLD, 0 },
	{ IMPORT_AFSLUITINGEN, REC_AFSLUITING, 0 },
	{ IMPORT_PIPSTAPPEN, REC_PIP, 0 },
};

/* Columns that stand, in the header lists, where a field is described. */
static const struct {
	field_id field;
	icol_id col;
} stand_ins[] = {
	{ FLD_KL_NUMMER, ICOL_KLANTNUMMER },
	{ FLD_KL_REGIE, ICOL_CONSULENT },
	{ FLD_KL_VT_NIET, ICOL_VT_NODIG },
	{ FLD_SB_WERKGEVER, ICOL_WERKGEVER },
};

/* The headers of the columns that are no field (by ICOL_* - FLD_COUNT). */
static const char *const icol_names[ICOL_COUNT - FLD_COUNT] = {
	"Klantnummer", "Consulent", "Voortraject nodig", "Werkgever"
};

/* Other headers accepted for a column. */
static const struct {
	icol_id col;
	const char *alias;
} aliases[] = {
	{ FLD_KL_DEELNEMER, "Deelnemer startbanen (ja/nee)" },
	{ ICOL_VT_NODIG, "Voortraject nodig (ja/nee)" },
	{ FLD_AF_SOORT, "Soort (Uitval/Einde)" },
	{ FLD_PIP_REDEN, "Reden" },
};

/* Columns of a required field that a file may leave out: the import fills
 * in the value (an empty Status of a PIP step is Gedaan). */
static const icol_id optional_cols[] = { FLD_PIP_STATUS };

/* Problems of a described field shown in a column of another name: the
 * employer's name is the Werkgever cell. */
static const struct {
	field_id field;
	icol_id col;
} shown_in[] = {
	{ FLD_KL_NUMMER, ICOL_KLANTNUMMER },
	{ FLD_SB_WERKGEVER, ICOL_WERKGEVER },
	{ FLD_WG_NAAM, ICOL_WERKGEVER },
};

/* Labels of problems that come without a field id (the store's own
 * checks), in the column they concern. */
static const struct {
	int type;
	const char *label;
	icol_id col;
} label_aliases[] = {
	{ IMPORT_STARTBANEN, "Naam", ICOL_WERKGEVER },
	{ IMPORT_STARTBANEN, "Naam werkgever", ICOL_WERKGEVER },
	{ IMPORT_AFSLUITINGEN, "Reden uitval", FLD_AF_REDEN },
	{ IMPORT_AFSLUITINGEN, "Reden einde", FLD_AF_REDEN },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* More than any sheet has: the client's fields and the key. */
#define SHEET_MAX_COLS 64

typedef struct sheet {
	icol_id cols[SHEET_MAX_COLS];
	size_t n;
} sheet;

static sheet sheets[IMPORT__NTYPES];
static int sheets_ready;

static icol_id stand_in_of(field_id fid)
{
	for (size_t i = 0; i < NELEM(stand_ins); i++)
		if (stand_ins[i].field == fid)
			return stand_ins[i].col;
	return ICOL_COUNT;
}

static void sheet_add(sheet *s, icol_id c)
{
	assert(s->n < SHEET_MAX_COLS);
	s->cols[s->n++] = c;
}

/* The columns of one record on sheet s. */
static void sheet_add_record(sheet *s, rec_type rec, int attributes_only)
{
	const rec_desc *d = record_desc(rec);

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		icol_id c = stand_in_of(f->id);

		if (c != ICOL_COUNT) {
			sheet_add(s, c);
			continue;
		}
		if ((f->flags & RF_NOFORM) || (attributes_only && f->kind != FK_CODE))
			continue;
		assert(f->kind != FK_REF);  /* references come by a stand-in */
		sheet_add(s, (icol_id)f->id);
	}
}

/* Derive the columns of every sheet (once; the import runs on one thread). */
static void sheets_init(void)
{
	if (sheets_ready)
		return;
	for (size_t i = 0; i < NELEM(sheet_records); i++) {
		sheet *s = &sheets[sheet_records[i].type];

		/* every sheet begins with its client's key */
		if (s->n == 0 && sheet_records[i].rec != REC_CLIENT)
			sheet_add(s, ICOL_KLANTNUMMER);
		sheet_add_record(s, sheet_records[i].rec, sheet_records[i].attributes_only);
	}
	for (int t = 0; t < IMPORT__NTYPES; t++)
		assert(sheets[t].n > 0 && sheets[t].cols[0] == ICOL_KLANTNUMMER);
	sheets_ready = 1;
}

const char *imp_icol_name(icol_id c)
{
	if (c >= FLD_COUNT)
		return c < ICOL_COUNT ? icol_names[c - FLD_COUNT] : "";
	return record_label((field_id)c);
}

const rec_field *imp_icol_field(icol_id c)
{
	return c < FLD_COUNT ? record_field((field_id)c) : NULL;
}

const icol_id *imp_sheet_columns(int type, size_t *n)
{
	assert(type >= 0 && type < IMPORT__NTYPES);
	sheets_init();
	*n = sheets[type].n;
	return sheets[type].cols;
}

int imp_sheet_has(int type, icol_id c)
{
	size_t n;
	const icol_id *cols = imp_sheet_columns(type, &n);

	for (size_t i = 0; i < n; i++)
		if (cols[i] == c)
			return 1;
	return 0;
}

int imp_icol_required(icol_id c)
{
	const rec_field *f = imp_icol_field(c);

	for (size_t i = 0; i < NELEM(optional_cols); i++)
		if (optional_cols[i] == c)
			return 0;
	return c == ICOL_KLANTNUMMER || (f && (f->flags & RF_REQUIRED));
}

icol_id imp_sheet_column_of_field(int type, field_id fid)
{
	if (fid == FLD_NONE)
		return ICOL_COUNT;
	if (imp_sheet_has(type, (icol_id)fid))
		return (icol_id)fid;
	for (size_t i = 0; i < NELEM(shown_in); i++)
		if (shown_in[i].field == fid && imp_sheet_has(type, shown_in[i].col))
			return shown_in[i].col;
	return ICOL_COUNT;
}

icol_id imp_sheet_column_of_label(int type, const char *label)
{
	size_t n;
	const icol_id *cols = imp_sheet_columns(type, &n);

	for (size_t i = 0; i < NELEM(label_aliases); i++)
		if (label_aliases[i].type == type && strcmp(label_aliases[i].label, label) == 0)
			return label_aliases[i].col;
	for (size_t i = 0; i < n; i++)
		if (strcmp(imp_icol_name(cols[i]), label) == 0)
			return cols[i];
	return ICOL_COUNT;
}

char *imp_fold_key(const char *s)
{
	strbuf sb = STRBUF_INIT;
	int space = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			space = 1;
			continue;
		}
		if (space && sb.len)
			sb_appendc(&sb, ' ');
		space = 0;
		sb_appendc(&sb, (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
	}
	return sb_take(&sb);
}

/* --- header recognition ----------------------------------------------------------- */

static const char *path_base(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

/* The record type the file name suggests, or -1. */
static int type_from_name(const char *path)
{
	static const struct { const char *prefix; int type; } hints[] = {
		{ "klant", IMPORT_KLANTEN }, { "voortraject", IMPORT_VOORTRAJECTEN },
		{ "activiteit", IMPORT_ACTIVITEITEN }, { "startba", IMPORT_STARTBANEN },
		{ "onhold", IMPORT_ONHOLD }, { "on-hold", IMPORT_ONHOLD },
		{ "on_hold", IMPORT_ONHOLD }, { "on hold", IMPORT_ONHOLD },
		{ "uitval", IMPORT_AFSLUITINGEN }, { "einde", IMPORT_AFSLUITINGEN },
		{ "afsluiting", IMPORT_AFSLUITINGEN }, { "pip", IMPORT_PIPSTAPPEN },
	};
	char *b = imp_fold_key(path_base(path));
	int t = -1;

	for (size_t i = 0; i < NELEM(hints); i++)
		if (strncmp(b, hints[i].prefix, strlen(hints[i].prefix)) == 0) {
			t = hints[i].type;
			break;
		}
	free(b);
	return t;
}

static int header_is(const char *key, const char *name)
{
	char *k = imp_fold_key(name);
	int same = strcmp(k, key) == 0;

	free(k);
	return same;
}

/* The column of sheet t whose header (or alias) is h, or ICOL_COUNT. */
static icol_id col_match(int t, const char *h)
{
	char *k = imp_fold_key(h);
	size_t n;
	const icol_id *cols = imp_sheet_columns(t, &n);
	icol_id found = ICOL_COUNT;

	for (size_t i = 0; i < n && found == ICOL_COUNT; i++) {
		if (header_is(k, imp_icol_name(cols[i]))) {
			found = cols[i];
			break;
		}
		for (size_t a = 0; a < NELEM(aliases); a++)
			if (aliases[a].col == cols[i] && header_is(k, aliases[a].alias))
				found = cols[i];
	}
	free(k);
	return found;
}

static char *columns_of(int t)
{
	strbuf sb = STRBUF_INIT;
	size_t n;
	const icol_id *cols = imp_sheet_columns(t, &n);

	for (size_t i = 0; i < n; i++)
		sb_appendf(&sb, "%s%s", sb.len ? ", " : "", imp_icol_name(cols[i]));
	return sb_take(&sb);
}

static void header_problem(imp *im, ifile *f, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void header_problem(imp *im, ifile *f, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	imp_add_problem(im, xasprintf("%s:1: %s", f->name, msg));
	free(msg);
	f->header_ok = 0;
}

const char *imp_io_message(int err)
{
	switch (err) {
	case ENOENT:
		return "bestaat niet";
	case EACCES:
	case EPERM:
		return "geen toegang";
	case EISDIR:
		return "is een map";
	default:
		return strerror(err);
	}
}

/* Open the file and read its header record.  Returns 0 when there is a
 * header to look at (problems reported otherwise). */
static int header_open(imp *im, ifile *f)
{
	int rc;

	f->fp = fopen(f->path, "rb");
	if (!f->fp) {
		imp_add_problem(im, xasprintf("%s: kan het bestand niet openen: %s", f->name, imp_io_message(errno)));
		f->header_ok = 0;
		return -1;
	}
	f->r = csv_open_file(f->fp);
	rc = csv_next(f->r);
	if (rc == CSV_EOF) {
		header_problem(im, f, "het bestand is leeg (geen kopregel)");
		f->empty = 1;
		return -1;
	}
	if (rc == CSV_IOERR) {
		imp_add_problem(im, xasprintf("%s: kan het bestand niet lezen: %s", f->name, imp_io_message(errno)));
		f->header_ok = 0;
		return -1;
	}
	if (rc == CSV_NOTTEXT) {
		imp_add_problem(im, xasprintf("%s:%ld: %s", f->name, csv_line(f->r), csv_error(f->r)));
		f->header_ok = 0;
		return -1;
	}
	if (rc == CSV_BAD) {
		header_problem(im, f, "kopregel: %s", csv_error(f->r));
		return -1;
	}
	return 0;
}

/* How well the header fits sheet t: cells no column of t (*unknown) and
 * cells a column of t but the key that every sheet imp_has(*match). */
static void header_fit(ifile *f, int t, int *unknown, int *match)
{
	*unknown = *match = 0;
	for (size_t i = 0; i < f->ncol; i++) {
		icol_id c = col_match(t, csv_field(f->r, i));

		if (c == ICOL_COUNT)
			*unknown += *csv_field(f->r, i) != '\0';
		else if (c != ICOL_KLANTNUMMER)
			(*match)++;
	}
}

/* The sheet of the file: fewest unknown columns, then most known ones;
 * when several fit equally, the file name decides.  -1 when it cannot. */
static int header_recognise(ifile *f)
{
	int best = -1, best_unknown = 0, best_match = 0, tie = 0, hint, unknown, match;

	for (int t = 0; t < IMPORT__NTYPES; t++) {
		header_fit(f, t, &unknown, &match);
		if (best < 0 || unknown < best_unknown || (unknown == best_unknown && match > best_match)) {
			best = t;
			best_unknown = unknown;
			best_match = match;
			tie = 0;
		} else if (unknown == best_unknown && match == best_match) {
			tie = 1;
		}
	}
	if (!tie && best_match > 0)
		return best;
	hint = type_from_name(f->path);
	if (hint < 0)
		return -1;
	header_fit(f, hint, &unknown, &match);
	return unknown == best_unknown && match == best_match ? hint : -1;
}

/* Map the named header cells of f to the columns of its sheet. */
static void header_map(imp *im, ifile *f)
{
	int t = f->type;

	for (size_t i = 0; i < f->ncol; i++)
		f->colid[i] = ICOL_COUNT;
	for (size_t i = 0; i < f->nnamed; i++) {
		const char *h = csv_field(f->r, i);
		icol_id c = col_match(t, h);

		if (c == ICOL_COUNT) {
			char *allowed;

			if (imp_blank_n(h, csv_field_len(f->r, i))) {
				header_problem(im, f, "kolom %zu heeft geen kolomnaam (lege kolommen mogen "
					       "alleen aan het eind van de kopregel staan)", i + 1);
				continue;
			}
			allowed = columns_of(t);
			header_problem(im, f, "%s: onbekende kolom voor %s; toegestaan zijn %s",
				       h, import_type_name(t), allowed);
			free(allowed);
			continue;
		}
		if (f->col[c] >= 0) {
			header_problem(im, f, "%s: kolom komt twee keer voor (kolom %d en %zu)",
				       imp_icol_name(c), f->col[c] + 1, i + 1);
			continue;
		}
		f->col[c] = (int)i;
		f->colid[i] = c;
	}
}

static void header_check_required(imp *im, ifile *f)
{
	size_t n;
	const icol_id *cols = imp_sheet_columns(f->type, &n);

	for (size_t i = 0; i < n; i++)
		if (imp_icol_required(cols[i]) && f->col[cols[i]] < 0)
			header_problem(im, f, "%s: verplichte kolom ontbreekt (in een bestand met %s)",
				       imp_icol_name(cols[i]), import_type_name(f->type));
}

void imp_header_read(imp *im, ifile *f)
{
	size_t n;

	f->header_ok = 1;
	for (int i = 0; i < ICOL_COUNT; i++)
		f->col[i] = -1;
	if (header_open(im, f) != 0)
		return;
	n = csv_nfields(f->r);
	f->ncol = n;
	/* unnamed columns at the end (a spreadsheet's used range wider than
	 * the header: Excel writes "a;b;;") are ignored, with their cells */
	f->nnamed = n;
	while (f->nnamed > 0 && imp_blank_n(csv_field(f->r, f->nnamed - 1), csv_field_len(f->r, f->nnamed - 1)))
		f->nnamed--;
	f->colid = xcalloc(n ? n : 1, sizeof *f->colid);
	for (size_t i = 0; i < n; i++) {
		if (!csv_field_utf8(f->r, i)) {
			header_problem(im, f, "kopregel: kolom %zu bevat tekens die geen geldige UTF-8 zijn (sla het bestand op als \"CSV UTF-8\")", i + 1);
			return;
		}
	}
	f->type = header_recognise(f);
	if (f->type < 0) {
		header_problem(im, f, "kan niet bepalen welke gegevens dit bestand bevat; "
			       "gebruik een bestandsnaam als klanten.csv, voortrajecten.csv, activiteiten.csv, "
			       "startbanen.csv, onhold.csv, uitval.csv of pip-stappen.csv, of voeg een kenmerkende kolom toe "
			       "(zoals Soort voortraject of Reden on hold)");
		return;
	}
	header_map(im, f);
	header_check_required(im, f);
}
