/* record.c - the record descriptions (see record.h) and generic access to
 * a field's value. */
#include "config.h"

#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "record.h"
#include "util.h"
#include "validate.h"

static const rec_field fields[FLD_COUNT] = {
	[FLD_NONE] = { FLD_NONE, REC_COUNT, "", 0, FK_TEXT, FS_TEXT, NOVOC, "", 0, 0, 0 },
#define FLD_ENTRY(id_, rec_, member_, kind_, store_, voc_, label_, flags_, min_, max_) \
	[FLD_##id_] = { FLD_##id_, REC_OF_##rec_, #member_, offsetof(rec_, member_), \
			FK_##kind_, FS_##store_, voc_, label_, flags_, min_, max_ },
#define REC_OF_consultant REC_CONSULTANT
#define REC_OF_client REC_CLIENT
#define REC_OF_pip_step REC_PIP
#define REC_OF_voortraject REC_VOORTRAJECT
#define REC_OF_activiteit REC_ACTIVITEIT
#define REC_OF_employer REC_EMPLOYER
#define REC_OF_startbaan REC_STARTBAAN
#define REC_OF_onhold REC_ONHOLD
#define REC_OF_afsluiting REC_AFSLUITING
#define REC_OF_journal REC_JOURNAL
#define REC_OF_handover REC_HANDOVER
	RECORD_FIELDS(FLD_ENTRY)
#undef FLD_ENTRY
};

static rec_desc descs[REC_COUNT] = {
#define DESC_ENTRY(id_, type_, table_, label_) \
	[REC_##id_] = { REC_##id_, table_, label_, sizeof(type_), offsetof(type_, id), \
			0, NULL, 0, NULL, REC_COUNT, NULL },
	RECORD_TYPES(DESC_ENTRY)
#undef DESC_ENTRY
};

static pthread_once_t descs_once = PTHREAD_ONCE_INIT;

/* Fill in what the X-macros cannot say directly: the field ranges, the
 * version member and the client of a row. */
static void record_init(void)
{
	field_id f = FLD_NONE + 1;

	for (int r = 0; r < REC_COUNT; r++) {
		rec_desc *d = &descs[r];

		d->fields = &fields[f];
		while (f < FLD_COUNT && fields[f].rec == (rec_type)r) {
			d->nfields++;
			f++;
		}
		assert(d->nfields > 0);
		d->client_col = "client_id";
	}
	assert(f == FLD_COUNT);   /* the fields of a record are consecutive */
	descs[REC_CONSULTANT].version_off = offsetof(consultant, version);
	descs[REC_CONSULTANT].client_col = NULL;
	descs[REC_CLIENT].version_off = offsetof(client, version);
	descs[REC_CLIENT].client_col = "id";
	descs[REC_PIP].version_off = offsetof(pip_step, version);
	descs[REC_VOORTRAJECT].version_off = offsetof(voortraject, version);
	descs[REC_ACTIVITEIT].version_off = offsetof(activiteit, version);
	descs[REC_ACTIVITEIT].client_col = NULL;
	descs[REC_ACTIVITEIT].parent = REC_VOORTRAJECT;
	descs[REC_ACTIVITEIT].parent_col = "voortraject_id";
	descs[REC_EMPLOYER].version_off = offsetof(employer, version);
	descs[REC_EMPLOYER].client_col = NULL;
	descs[REC_STARTBAAN].version_off = offsetof(startbaan, version);
	descs[REC_ONHOLD].version_off = offsetof(onhold, version);
	descs[REC_AFSLUITING].version_off = offsetof(afsluiting, version);
	descs[REC_JOURNAL].version_off = offsetof(journal, version);
	/* a handover is never changed: the store keeps no row version */
	descs[REC_HANDOVER].version_off = REC_NO_VERSION;
}

/* The descriptions are completed once, by whichever thread asks first
 * (the store's prefetch thread may). */
const rec_desc *record_desc(rec_type rec)
{
	assert(rec >= 0 && rec < REC_COUNT);
	pthread_once(&descs_once, record_init);
	return &descs[rec];
}

const rec_desc *record_desc_by_table(const char *table)
{
	pthread_once(&descs_once, record_init);
	for (int r = 0; table && r < REC_COUNT; r++)
		if (strcmp(descs[r].table, table) == 0)
			return &descs[r];
	return NULL;
}

const rec_field *record_field(field_id fid)
{
	if (fid <= FLD_NONE || fid >= FLD_COUNT)
		return NULL;
	return &fields[fid];
}

const char *record_label(field_id fid)
{
	const rec_field *f = record_field(fid);

	return f ? f->label : "";
}

int record_field_applies(const rec_field *f, const void *rec)
{
	assert(f && rec);
	if (!(f->flags & RF_SOMETIMES))
		return 1;
	switch (f->id) {
	case FLD_PIP_EINDDATUM: {
		int stap = ((const pip_step *)rec)->stap;

		return stap == PIP_EINDDATUM_DUO || stap == PIP_TERMIJN_VERLENGD ||
		       stap == PIP_BESLUIT_ONTZORGEN;
	}
	case FLD_PIP_REDEN:     /* why a PIP was changed */
		return ((const pip_step *)rec)->stap == PIP_GEWIJZIGD;
	case FLD_PIP_RESULTAAT: /* of the leerbaarheidstoets */
		return ((const pip_step *)rec)->stap == PIP_LBT;
	case FLD_PIP_UREN: {    /* praktijkuren of the MAP */
		int stap = ((const pip_step *)rec)->stap;

		return stap == PIP_MAP_GESTART || stap == PIP_MAP_AFGEROND;
	}
	default:
		return 1;
	}
}

const rec_field *record_field_by_col(rec_type rec, const char *col)
{
	const rec_desc *d = record_desc(rec);

	for (size_t i = 0; col && i < d->nfields; i++)
		if (strcmp(d->fields[i].col, col) == 0)
			return &d->fields[i];
	return NULL;
}

const rec_field *record_field_by_label(rec_type rec, const char *label)
{
	const rec_desc *d = record_desc(rec);
	const rec_field *found = NULL;
	char *key;

	if (!label)
		return NULL;
	key = norm_key(label);
	for (size_t i = 0; !found && i < d->nfields; i++) {
		char *k = norm_key(d->fields[i].label);

		if (strcmp(k, key) == 0)
			found = &d->fields[i];
		free(k);
	}
	free(key);
	return found;
}

int rec_field_is_text(const rec_field *f)
{
	return f->store == FS_TEXT;
}

void rec_init(rec_type rec, void *r)
{
	switch (rec) {
	case REC_CLIENT: client_init(r); return;
	case REC_PIP: pip_step_init(r); return;
	case REC_VOORTRAJECT: voortraject_init(r); return;
	case REC_ACTIVITEIT: activiteit_init(r); return;
	case REC_EMPLOYER: employer_init(r); return;
	case REC_STARTBAAN: startbaan_init(r); return;
	case REC_ONHOLD: onhold_init(r); return;
	case REC_AFSLUITING: afsluiting_init(r); return;
	case REC_JOURNAL: journal_init(r); return;
	case REC_CONSULTANT:
	case REC_HANDOVER:
	case REC_COUNT:
		break;
	}
	memset(r, 0, record_desc(rec)->size);
}

void rec_clear(rec_type rec, void *r)
{
	switch (rec) {
	case REC_CONSULTANT: consultant_clear(r); return;
	case REC_CLIENT: client_clear(r); return;
	case REC_PIP: pip_step_clear(r); return;
	case REC_VOORTRAJECT: voortraject_clear(r); return;
	case REC_ACTIVITEIT: activiteit_clear(r); return;
	case REC_EMPLOYER: employer_clear(r); return;
	case REC_STARTBAAN: startbaan_clear(r); return;
	case REC_ONHOLD: onhold_clear(r); return;
	case REC_AFSLUITING: afsluiting_clear(r); return;
	case REC_JOURNAL: journal_clear(r); return;
	case REC_HANDOVER: handover_clear(r); return;
	case REC_COUNT:
		break;
	}
	assert(!"rec_clear: no such record type");
}

/* --- typed access ------------------------------------------------------------ */

#define MEMBER(rec, f, type) ((type *)((char *)(rec) + (f)->off))
#define CMEMBER(rec, f, type) ((const type *)((const char *)(rec) + (f)->off))

const char *rec_get_str(const rec_field *f, const void *rec)
{
	assert(f->store == FS_TEXT);
	return *CMEMBER(rec, f, char *);
}

int64_t rec_get_int(const rec_field *f, const void *rec)
{
	switch (f->store) {
	case FS_INT:
	case FS_INT_NEG:
	case FS_INT_ZERO:
		return *CMEMBER(rec, f, int);
	case FS_DATE:
		return *CMEMBER(rec, f, cdate);
	case FS_ID:
		return *CMEMBER(rec, f, int64_t);
	case FS_REAL:
		return (int64_t)*CMEMBER(rec, f, double);
	case FS_TEXT:
		break;
	}
	assert(!"rec_get_int on a text field");
	return 0;
}

double rec_get_real(const rec_field *f, const void *rec)
{
	if (f->store == FS_REAL)
		return *CMEMBER(rec, f, double);
	return (double)rec_get_int(f, rec);
}

void rec_set_str(const rec_field *f, void *rec, const char *s)
{
	char **p = MEMBER(rec, f, char *);
	char *copy = s ? xstrdup(s) : NULL;

	assert(f->store == FS_TEXT);
	free(*p);
	*p = copy;
}

void rec_set_int(const rec_field *f, void *rec, int64_t v)
{
	switch (f->store) {
	case FS_INT:
	case FS_INT_NEG:
	case FS_INT_ZERO:
		*MEMBER(rec, f, int) = (int)v;
		return;
	case FS_DATE:
		*MEMBER(rec, f, cdate) = (cdate)v;
		return;
	case FS_ID:
		*MEMBER(rec, f, int64_t) = v;
		return;
	case FS_REAL:
		*MEMBER(rec, f, double) = (double)v;
		return;
	case FS_TEXT:
		break;
	}
	assert(!"rec_set_int on a text field");
}

void rec_set_real(const rec_field *f, void *rec, double v)
{
	if (f->store == FS_REAL)
		*MEMBER(rec, f, double) = v;
	else
		rec_set_int(f, rec, (int64_t)v);
}

int rec_is_null(const rec_field *f, const void *rec)
{
	switch (f->store) {
	case FS_TEXT: {
		const char *s = *CMEMBER(rec, f, char *);
		return !s || !*s;
	}
	case FS_INT:
		return 0;
	case FS_INT_NEG:
		return *CMEMBER(rec, f, int) < 0;
	case FS_INT_ZERO:
		return *CMEMBER(rec, f, int) == 0;
	case FS_DATE:
		return *CMEMBER(rec, f, cdate) == CDATE_NONE;
	case FS_REAL:
		return *CMEMBER(rec, f, double) < 0;
	case FS_ID:
		return *CMEMBER(rec, f, int64_t) == 0;
	}
	return 0;
}

void rec_set_null(const rec_field *f, void *rec)
{
	switch (f->store) {
	case FS_TEXT:
		rec_set_str(f, rec, NULL);
		break;
	case FS_INT:
	case FS_INT_ZERO:
		*MEMBER(rec, f, int) = 0;
		break;
	case FS_INT_NEG:
		*MEMBER(rec, f, int) = -1;
		break;
	case FS_DATE:
		*MEMBER(rec, f, cdate) = CDATE_NONE;
		break;
	case FS_REAL:
		*MEMBER(rec, f, double) = -1;
		break;
	case FS_ID:
		*MEMBER(rec, f, int64_t) = 0;
		break;
	}
}

/* --- as text ----------------------------------------------------------------- */

/* "12,5" / "40": at most two decimals, trailing zeros dropped. */
static char *rec_decimal_text(double v, char sep)
{
	char buf[64];
	char *dot;
	size_t n;

	snprintf(buf, sizeof buf, "%.2f", v);
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	if ((dot = strchr(buf, '.')) != NULL)
		*dot = sep;
	return xstrdup(buf);
}

/* A stored moment "jjjj-mm-dd uu:mm" as the user types it,
 * "dd-mm-jjjj uu:mm" (anything else as it is). */
static char *rec_moment_text(const char *s)
{
	char iso[17], buf[11];

	if (!s || cmoment_parse(s, iso) != DATE_OK)
		return xstrdup(s ? s : "");
	cdate_format_nl(cdate_from_iso(iso), buf);
	return xasprintf("%s %s", buf, iso + 11);
}

char *rec_get_text(const rec_field *f, const void *rec)
{
	char buf[32];

	if (rec_is_null(f, rec) && f->kind != FK_CODE && f->kind != FK_FLAG)
		return xstrdup("");
	switch (f->kind) {
	case FK_TEXT:
	case FK_NOTE:
	case FK_BSN:
		return xstrdup(rec_get_str(f, rec));
	case FK_MOMENT:
		return rec_moment_text(rec_get_str(f, rec));
	case FK_DATE:
		cdate_format_nl((cdate)rec_get_int(f, rec), buf);
		return xstrdup(buf);
	case FK_CODE:
		if (f->voc == NOVOC)
			break;
		return xstrdup(vocab_label((vocab_id)f->voc, (int)rec_get_int(f, rec)));
	case FK_FLAG:
		return xstrdup(rec_get_int(f, rec) ? "ja" : "nee");
	case FK_HOURS:
	case FK_DECIMAL:
		return rec_decimal_text(rec_get_real(f, rec), ',');
	case FK_YEAR:
	case FK_COUNT:
	case FK_REF:
		break;
	}
	if (f->store == FS_REAL)
		return rec_decimal_text(rec_get_real(f, rec), ',');
	snprintf(buf, sizeof buf, "%lld", (long long)rec_get_int(f, rec));
	return xstrdup(buf);
}

char *rec_get_raw(const rec_field *f, const void *rec)
{
	char buf[32];

	if (rec_is_null(f, rec))
		return NULL;
	switch (f->store) {
	case FS_TEXT:
		return xstrdup(rec_get_str(f, rec));
	case FS_DATE:
		cdate_format_iso((cdate)rec_get_int(f, rec), buf);
		return xstrdup(buf);
	case FS_REAL:
		return rec_decimal_text(rec_get_real(f, rec), '.');
	case FS_INT:
	case FS_INT_NEG:
	case FS_INT_ZERO:
	case FS_ID:
		break;
	}
	snprintf(buf, sizeof buf, "%lld", (long long)rec_get_int(f, rec));
	return xstrdup(buf);
}

static int rec_set_code_text(const rec_field *f, void *rec, const char *text, valerr *e)
{
	int code = 0;

	if (f->kind == FK_FLAG) {
		if (str_blank(text)) {
			rec_set_int(f, rec, 0);
			return 0;
		}
		if (vocab_lookup(VOCAB_JANEE, text, &code) != 0 || code == VOCAB_ONBEKEND) {
			valerr_field(e, f->id, "moet ja of nee zijn");
			return -1;
		}
		rec_set_int(f, rec, code == JANEE_JA);
		return 0;
	}
	if (f->voc == NOVOC) {
		/* the vocabulary depends on another field: take the code */
		if (validate_int_field(text, f->label, 0, &code, e) != 0)
			return -1;
		rec_set_int(f, rec, code < 0 ? 0 : code);
		return 0;
	}
	if (vocab_lookup((vocab_id)f->voc, text, &code) != 0) {
		char *allowed = vocab_allowed((vocab_id)f->voc);

		valerr_field(e, f->id, "kies uit: %s", allowed);
		free(allowed);
		return -1;
	}
	rec_set_int(f, rec, code);
	return 0;
}

static int rec_set_number_text(const rec_field *f, void *rec, const char *text, valerr *e)
{
	double d = -1;
	int v = -1;

	switch (f->kind) {
	case FK_HOURS:
		if (validate_hours_field(text, f->label, &d, e) != 0)
			return -1;
		rec_set_real(f, rec, d);
		return 0;
	case FK_DECIMAL:
		if (validate_decimal_field(text, f->label, &d, e) != 0)
			return -1;
		rec_set_real(f, rec, d);
		return 0;
	case FK_YEAR:
	case FK_COUNT:
		if (validate_int_field(text, f->label, f->min, &v, e) != 0)
			return -1;
		if (v == -1)
			rec_set_null(f, rec);
		else
			rec_set_int(f, rec, v);
		return 0;
	default:
		break;
	}
	{
		long long id = 0;
		char *end = NULL;

		if (str_blank(text)) {
			rec_set_null(f, rec);
			return 0;
		}
		id = strtoll(text, &end, 10);
		if (!end || *end || id < 0) {
			valerr_field(e, f->id, "is geen geheel getal");
			return -1;
		}
		rec_set_int(f, rec, id);
	}
	return 0;
}

static int rec_parse_text(const rec_field *f, void *rec, const char *text, valerr *e);

/* The problems added since n0 are about field f. */
static int rec_tag(valerr *e, size_t n0, const rec_field *f, int rc)
{
	for (size_t i = n0; e && i < e->n; i++)
		e->items[i].fid = f->id;
	return rc;
}

int rec_set_text(const rec_field *f, void *rec, const char *text, valerr *e)
{
	size_t n0 = e ? e->n : 0;

	return rec_tag(e, n0, f, rec_parse_text(f, rec, text, e));
}

static int rec_parse_text(const rec_field *f, void *rec, const char *text, valerr *e)
{
	cdate d;

	switch (f->kind) {
	case FK_TEXT:
	case FK_NOTE:
	case FK_BSN:
		rec_set_str(f, rec, str_blank(text) ? NULL : text);
		return 0;
	case FK_MOMENT: {
		char m[17];

		if (validate_moment_field(text, f->label, 0, m, e) != 0)
			return -1;
		rec_set_str(f, rec, m[0] ? m : NULL);
		return 0;
	}
	case FK_DATE:
		if (validate_date_field(text, f->label, 0, &d, e) != 0)
			return -1;
		rec_set_int(f, rec, d);
		return 0;
	case FK_CODE:
	case FK_FLAG:
		return rec_set_code_text(f, rec, text, e);
	case FK_HOURS:
	case FK_DECIMAL:
	case FK_YEAR:
	case FK_COUNT:
	case FK_REF:
		return rec_set_number_text(f, rec, text, e);
	}
	return -1;
}
