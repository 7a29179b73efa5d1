/* import_cells.c - the current row of an import file: loading its cells,
 * reporting problems by column, converting cells into described fields by
 * their kind, and comparing and copying the described fields of records. */
#include "config.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "import_int.h"
#include "vocab.h"

#define PROBLEMS_FIRST_CAP 64 /* problems kept before the first growth */
#define BSN_CELL_MAX 20       /* characters in a BSN imp_cell(validation says more) */
#define COUNT_CELL_MAX 1200   /* a count without a described upper limit */

/* Keep msg (taken over) as a problem; beyond IMPORT_MAX_PROBLEMS only the
 * number is kept, so that the memory used stays bounded. */
void imp_add_problem(imp *im, char *msg)
{
	import_result *res = im->res;

	res->nproblems++;
	if (res->nkept == IMPORT_MAX_PROBLEMS) {
		free(msg);
		return;
	}
	if (res->nkept == im->probcap) {
		im->probcap = im->probcap ? im->probcap * 2 : PROBLEMS_FIRST_CAP;
		res->problems = xrealloc(res->problems, im->probcap * sizeof *res->problems);
	}
	res->problems[res->nkept++] = msg;
}

long imp_row_line(imp *im, icol_id c)
{
	int col = c < ICOL_COUNT ? im->f->col[c] : -1;

	return col >= 0 ? csv_field_line(im->f->r, (size_t)col) : csv_line(im->f->r);
}

void imp_problem(imp *im, icol_id c, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	assert(c >= 0 && c <= ICOL_COUNT);
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	imp_add_problem(im, xasprintf("%s:%ld: %s: %s", im->f->name, imp_row_line(im, c), imp_icol_name(c), msg));
	free(msg);
	im->bad = 1;
	im->reported[c] = 1;
}

/* The column of a validation problem: by its field id; a problem without
 * one (the store's own checks) by its label. */
static icol_id problem_column(imp *im, const valerr_item *it)
{
	if (it->fid != FLD_NONE)
		return imp_sheet_column_of_field(im->f->type, it->fid);
	return imp_sheet_column_of_label(im->f->type, it->field);
}

void imp_problems_from(imp *im, valerr *e, const char *fallback)
{
	if (e->n == 0) {
		imp_add_problem(im, xasprintf("%s:%ld: %s", im->f->name, csv_line(im->f->r),
					  fallback ? fallback : db_errmsg(im->db)));
		im->bad = 1;
		return;
	}
	for (size_t i = 0; i < e->n; i++) {
		icol_id c = problem_column(im, &e->items[i]);
		const char *label = c < ICOL_COUNT ? imp_icol_name(c) : e->items[i].field;
		long line = c < ICOL_COUNT ? imp_row_line(im, c) : csv_line(im->f->r);

		if (c < ICOL_COUNT && im->reported[c])
			continue;     /* this cell already has a problem */
		if (c < ICOL_COUNT)
			im->reported[c] = 1;
		/* a column the file does not have: the problem is in the stored
		 * value (say so, rather than seem to name a cell of the file) */
		imp_add_problem(im, xasprintf("%s:%ld: %s: %s%s", im->f->name, line,
					  *label ? label : "Regel", e->items[i].msg,
					  c < ICOL_COUNT && im->f->col[c] < 0 ?
					  " (opgeslagen waarde; deze kolom staat niet in het bestand)" : ""));
	}
	im->bad = 1;
}

void imp_problems_revalidate(imp *im, rec_type rec, const void *r)
{
	valerr e = VALERR_INIT;

	if (validate_record(rec, r, &e) > 0)
		imp_problems_from(im, &e, NULL);
	valerr_free(&e);
}

const char *imp_cell(imp *im, icol_id c)
{
	int col;

	assert(c >= 0 && c < ICOL_COUNT);
	col = im->f->col[c];
	if (col < 0)
		return NULL;
	return im->vals.s + im->voff[col];
}

int imp_has(imp *im, icol_id c)
{
	assert(c >= 0 && c < ICOL_COUNT);
	return im->f->col[c] >= 0;
}

int imp_blank_n(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

size_t imp_utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* --- loading a row ------------------------------------------------------------ */

/* A record with fewer cells than the header has named columns: a cut-off
 * row, whose cells cannot be read as "empty". */
static void row_cut_off(imp *im, size_t n)
{
	ifile *f = im->f;
	strbuf sb = STRBUF_INIT;

	for (size_t i = n; i < f->nnamed; i++)
		if (f->colid[i] < ICOL_COUNT)
			sb_appendf(&sb, "%s%s", sb.len ? ", " : "", imp_icol_name(f->colid[i]));
	imp_add_problem(im, xasprintf("%s:%ld: regel heeft %zu %s, de kopregel %zu: %s %s "
				  "(is het bestand afgebroken?)",
				  f->name, csv_line(f->r), n, n == 1 ? "veld" : "velden",
				  f->nnamed, sb.s ? sb.s : "",
				  f->nnamed - n == 1 ? "ontbreekt" : "ontbreken"));
	sb_free(&sb);
	im->bad = 1;
}

/* Cells after the last named column must be empty. */
static void row_check_unnamed(imp *im, size_t n)
{
	ifile *f = im->f;
	csv_reader *r = f->r;

	for (size_t i = f->nnamed; i < n; i++) {
		if (imp_blank_n(csv_field(r, i), csv_field_len(r, i)))
			continue;
		if (i < f->ncol)
			imp_add_problem(im, xasprintf("%s:%ld: kolom %zu: heeft geen kolomnaam in de kopregel, "
						  "maar hier wel een waarde",
						  f->name, csv_field_line(r, i), i + 1));
		else
			imp_add_problem(im, xasprintf("%s:%ld: regel heeft %zu velden, de kopregel %zu",
						  f->name, csv_line(r), n, f->ncol));
		im->bad = 1;
		break;
	}
}

/* Copy the cells of the current record, trimmed, checking UTF-8 and the
 * number of fields.  Returns -1 when the record is cut off (nothing of it
 * may be applied). */
int imp_row_load(imp *im)
{
	ifile *f = im->f;
	csv_reader *r = f->r;
	size_t n = csv_nfields(r);

	if (n < f->nnamed) {
		row_cut_off(im, n);
		return -1;
	}
	if (im->vcap < f->ncol) {
		im->vcap = f->ncol;
		im->voff = xrealloc(im->voff, im->vcap * sizeof *im->voff);
	}
	sb_reset(&im->vals);
	for (size_t i = 0; i < f->ncol; i++) {
		const char *s = csv_field(r, i);
		size_t len = csv_field_len(r, i);

		if (i < n && !csv_field_utf8(r, i)) {
			icol_id c = f->colid[i];

			imp_add_problem(im, xasprintf("%s:%ld: %s: bevat tekens die geen geldige UTF-8 zijn (sla het bestand op als \"CSV UTF-8\")",
						  f->name, csv_field_line(r, i),
						  c < ICOL_COUNT ? imp_icol_name(c) : "?"));
			im->bad = 1;
			len = 0;
		}
		while (len && strchr(" \t\r\n", *s))
			s++, len--;
		while (len && strchr(" \t\r\n", s[len - 1]))
			len--;
		im->voff[i] = im->vals.len;
		sb_appendn(&im->vals, s, len);
		sb_appendc(&im->vals, '\0');
	}
	row_check_unnamed(im, n);
	return 0;
}

/* --- cell conversions ------------------------------------------------------ */

/* Free text of at most max characters into field f of r. */
static int get_text(imp *im, const rec_field *f, size_t max, void *r)
{
	icol_id c = (icol_id)f->id;
	const char *s = imp_cell(im, c);
	size_t n;

	if (!s)
		return 0;
	n = imp_utf8_chars(s);
	if (n > max) {
		imp_problem(im, c, "is te lang (%zu tekens, hoogstens %zu)", n, max);
		return -1;
	}
	rec_set_str(f, r, *s ? s : NULL);
	return 0;
}

int imp_get_date(imp *im, icol_id c, cdate *out)
{
	const char *s = imp_cell(im, c);
	cdate d;
	int rc;

	if (!s)
		return 0;
	rc = cdate_parse(s, &d);
	if (rc == DATE_OK || rc == DATE_EMPTY) {
		*out = rc == DATE_OK ? d : CDATE_NONE;
		return 0;
	}
	if (rc == DATE_IMPOSSIBLE)
		imp_problem(im, c, "%s bestaat niet in de kalender", s);
	else
		imp_problem(im, c, "%s is geen datum (gebruik dd-mm-jjjj of jjjj-mm-dd)", s);
	return -1;
}

int imp_get_vocab(imp *im, icol_id c, vocab_id v, int *out)
{
	const char *s = imp_cell(im, c);
	int code;
	char *allowed;

	if (!s)
		return 0;
	if (vocab_lookup(v, s, &code) == 0) {
		*out = code;
		return 0;
	}
	if (!*s) {
		imp_problem(im, c, "is verplicht");
		return -1;
	}
	allowed = vocab_allowed(v);
	imp_problem(im, c, "onbekende waarde '%s'; kies uit %s", s, allowed);
	free(allowed);
	return -1;
}

/* Ja/Nee as a flag: Ja -> 1, Nee or empty -> 0. */
static int get_flag(imp *im, icol_id c, int *out)
{
	const char *s = imp_cell(im, c);
	int code;

	if (!s)
		return 0;
	if (vocab_lookup(VOCAB_JANEE, s, &code) == 0 && code != VOCAB_ONBEKEND) {
		*out = code == JANEE_JA;
		return 0;
	}
	if (!*s) {
		*out = 0;
		return 0;
	}
	imp_problem(im, c, "onbekende waarde '%s'; kies uit Ja, Nee", s);
	return -1;
}

int imp_get_int(imp *im, icol_id c, int min, int max, int *out)
{
	const char *s = imp_cell(im, c);
	valerr e = VALERR_INIT;
	int v;

	if (!s)
		return 0;
	if (validate_int_field(s, imp_icol_name(c), min, &v, &e) != 0) {
		imp_problem(im, c, "%s is geen geheel getal van %d of meer", s, min);
		valerr_free(&e);
		return -1;
	}
	if (v > max) {
		imp_problem(im, c, "%s is te groot (hoogstens %d)", s, max);
		return -1;
	}
	*out = v;
	return 0;
}

/* Hours per week, or (decimal) another number with a decimal comma. */
static int get_number(imp *im, icol_id c, int hours, double *out)
{
	const char *s = imp_cell(im, c);
	valerr e = VALERR_INIT;
	double h;
	int rc;

	if (!s)
		return 0;
	rc = hours ? validate_hours_field(s, imp_icol_name(c), &h, &e) :
		validate_decimal_field(s, imp_icol_name(c), &h, &e);
	if (rc != 0) {
		imp_problem(im, c, "'%s': %s", s, e.n ? e.items[0].msg : "");
		valerr_free(&e);
		return -1;
	}
	*out = h;
	return 0;
}

/* A whole number (count or year) into f; an empty cell makes it unknown. */
static int cell_to_int_field(imp *im, const rec_field *f, void *r)
{
	icol_id c = (icol_id)f->id;
	int min = f->kind == FK_YEAR ? 0 : f->min;
	int max = f->kind == FK_YEAR ? YEAR_CELL_MAX : f->max > 0 ? f->max : COUNT_CELL_MAX;
	int v = -1;

	if (imp_get_int(im, c, min, max, &v) != 0)
		return -1;
	if (v < 0)
		rec_set_null(f, r);
	else
		rec_set_int(f, r, v);
	return 0;
}

/* A BSN as typed (a leading zero may be missing): stored as 9 digits when
 * valid, as typed otherwise (validation names the problem). */
static int cell_to_bsn(imp *im, const rec_field *f, void *r)
{
	const char *s;
	char norm[10];

	if (get_text(im, f, BSN_CELL_MAX, r) != 0)
		return -1;
	s = rec_get_str(f, r);
	if (s && bsn_normalise(s, norm) == 0)
		rec_set_str(f, r, norm);
	return 0;
}

int imp_cell_to_field(imp *im, const rec_field *f, void *r)
{
	icol_id c = (icol_id)f->id;
	int v;
	double d;
	cdate day;

	if (!imp_has(im, c))
		return 0;
	switch (f->kind) {
	case FK_TEXT:
	case FK_NOTE:
	case FK_MOMENT:
		return get_text(im, f, f->max > 0 ? (size_t)f->max : TEXT_MAX, r);
	case FK_BSN:
		return cell_to_bsn(im, f, r);
	case FK_DATE:
		day = (cdate)rec_get_int(f, r);
		if (imp_get_date(im, c, &day) != 0)
			return -1;
		rec_set_int(f, r, day);
		return 0;
	case FK_CODE:
		assert(f->voc != NOVOC);   /* a code of another field's vocabulary is the row's */
		v = (int)rec_get_int(f, r);
		if (imp_get_vocab(im, c, (vocab_id)f->voc, &v) != 0)
			return -1;
		rec_set_int(f, r, v);
		return 0;
	case FK_FLAG:
		v = (int)rec_get_int(f, r);
		if (get_flag(im, c, &v) != 0)
			return -1;
		rec_set_int(f, r, v);
		return 0;
	case FK_YEAR:
	case FK_COUNT:
		return cell_to_int_field(im, f, r);
	case FK_HOURS:
	case FK_DECIMAL:
		d = rec_get_real(f, r);
		if (get_number(im, c, f->kind == FK_HOURS, &d) != 0)
			return -1;
		rec_set_real(f, r, d);
		return 0;
	case FK_REF:
		break;
	}
	assert(!"a reference is read by its own column");
	return -1;
}

static int skipped(icol_id c, const icol_id *skip, size_t nskip)
{
	for (size_t i = 0; i < nskip; i++)
		if (skip[i] == c)
			return 1;
	return 0;
}

int imp_cells_to_record(imp *im, rec_type rec, void *r, const icol_id *skip, size_t nskip)
{
	size_t n;
	const icol_id *cols = imp_sheet_columns(im->f->type, &n);
	int bad = 0;

	for (size_t i = 0; i < n; i++) {
		const rec_field *f = imp_icol_field(cols[i]);

		if (!f || f->rec != rec || skipped(cols[i], skip, nskip))
			continue;
		if (imp_cell_to_field(im, f, r) != 0)
			bad = -1;
	}
	return bad;
}

/* --- described fields of whole records ---------------------------------------- */

static int str_eq(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

int imp_fields_same(rec_type rec, const void *a, const void *b)
{
	const rec_desc *d = record_desc(rec);

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];

		if (f->store == FS_TEXT) {
			if (!str_eq(rec_get_str(f, a), rec_get_str(f, b)))
				return 0;
		} else if (f->store == FS_REAL) {
			if (rec_get_real(f, a) != rec_get_real(f, b))
				return 0;
		} else if (rec_get_int(f, a) != rec_get_int(f, b)) {
			return 0;
		}
	}
	return 1;
}

void imp_fields_copy(rec_type rec, void *dst, const void *src)
{
	const rec_desc *d = record_desc(rec);

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];

		if (f->store == FS_TEXT)
			rec_set_str(f, dst, rec_get_str(f, src));
		else if (f->store == FS_REAL)
			rec_set_real(f, dst, rec_get_real(f, src));
		else
			rec_set_int(f, dst, rec_get_int(f, src));
	}
}
