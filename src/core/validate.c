/* validate.c - record validation with Dutch messages (see validate.h).
 *
 * Every problem is one (field, message) pair; field is the Dutch label the
 * user sees in forms and import files ("Startdatum", "Uren per week"), the
 * message says what is wrong ("ligt vóór de startdatum"). */
#include "config.h"

#include <assert.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

#include "util.h"
#include "date.h"
#include "vocab.h"
#include "record.h"
#include "validate.h"

#define MAX_HOURS 40.0

/* --- the error list ----------------------------------------------------- */

static void valerr_vadd(valerr *e, field_id fid, const char *field, const char *fmt,
			va_list ap)
{
	valerr_item *it;

	if (!e)
		return;
	e->items = xrealloc(e->items, (e->n + 1) * sizeof *e->items);
	it = &e->items[e->n++];
	it->fid = fid;
	it->field = xstrdup(field ? field : "");
	it->msg = xvasprintf(fmt, ap);
}

void valerr_add(valerr *e, const char *field, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	valerr_vadd(e, FLD_NONE, field, fmt, ap);
	va_end(ap);
}

void valerr_field(valerr *e, field_id fid, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	valerr_vadd(e, fid, record_label(fid), fmt, ap);
	va_end(ap);
}

void valerr_field_as(valerr *e, field_id fid, const char *label, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	valerr_vadd(e, fid, label, fmt, ap);
	va_end(ap);
}

void valerr_free(valerr *e)
{
	size_t i;

	if (!e)
		return;
	for (i = 0; i < e->n; i++) {
		free(e->items[i].field);
		free(e->items[i].msg);
	}
	free(e->items);
	e->items = NULL;
	e->n = 0;
}

char *valerr_text(const valerr *e)
{
	strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; e && i < e->n; i++) {
		if (i)
			sb_appendc(&sb, '\n');
		if (e->items[i].field && *e->items[i].field)
			sb_appendf(&sb, "%s: %s", e->items[i].field, e->items[i].msg);
		else
			sb_append(&sb, e->items[i].msg);
	}
	return sb_take(&sb);
}

/* --- BSN ------------------------------------------------------------------ */

/* Copies the 9-digit form of s into out[10]; -1 when s is not 8 or 9
 * digits (surrounding ASCII blanks allowed). */
static int bsn_digits(const char *s, char out[10])
{
	const char *end;
	size_t n, i;

	if (!s)
		return -1;
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' ||
			   end[-1] == '\n'))
		end--;
	n = (size_t)(end - s);
	if (n != 8 && n != 9)
		return -1;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	if (n == 8) {
		out[0] = '0';
		memcpy(out + 1, s, 8);
	} else {
		memcpy(out, s, 9);
	}
	out[9] = '\0';
	return 0;
}

/* Elfproef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11; all zeros
 * is refused. */
static int elfproef(const char d[10])
{
	int sum = 0, i, nonzero = 0;

	for (i = 0; i < 8; i++) {
		sum += (9 - i) * (d[i] - '0');
		nonzero |= d[i] != '0';
	}
	sum -= d[8] - '0';
	nonzero |= d[8] != '0';
	return nonzero && sum % 11 == 0;
}

int bsn_valid(const char *s)
{
	char d[10];
	return bsn_digits(s, d) == 0 && elfproef(d);
}

int bsn_normalise(const char *s, char out[10])
{
	char d[10];

	if (bsn_digits(s, d) < 0 || !elfproef(d))
		return -1;
	memcpy(out, d, 10);
	return 0;
}

/* --- checks of one described field ---------------------------------------- */

#define MEMBER(rec, f, type) ((const type *)((const char *)(rec) + (f)->off))

static void check_code(valerr *e, const rec_field *f, int code)
{
	if (vocab_index((vocab_id)f->voc, code) >= 0)
		return;
	if (code == VOCAB_ONBEKEND)
		valerr_field(e, f->id, "is verplicht");
	else
		valerr_field(e, f->id, "is geen geldige keuze (code %d)", code);
}

/* Free text: valid UTF-8, no control characters or escape sequences, and
 * not longer than max bytes. */
static void check_text(valerr *e, const rec_field *f, const char *s)
{
	int allow_newline = !(f->flags & RF_ONELINE);
	size_t max = (size_t)f->max;

	if (str_blank(s) || f->max <= 0)
		return;
	if (!utf8_valid(s, strlen(s)))
		valerr_field(e, f->id, "bevat ongeldige tekens (geen geldige UTF-8)");
	else if (str_has_control(s, allow_newline))
		valerr_field(e, f->id, "bevat onzichtbare stuurtekens; typ alleen gewone tekst");
	else if (!allow_newline && str_find_invisible(s))
		/* names, identifiers, one-line fields: such a character makes two
		 * different values look the same, or shows text reordered;
		 * notes keep them and show them as <U+...> */
		valerr_field(e, f->id, "bevat een onzichtbaar of richtingsteken (U+%04X)",
			     (unsigned)str_find_invisible(s));
	if (strlen(s) > max)
		valerr_field(e, f->id, "is te lang (maximaal %zu tekens)", max);
}

static void check_bsn(valerr *e, const rec_field *f, const char *s)
{
	char d[10];

	if (str_blank(s))
		return;
	if (bsn_digits(s, d) < 0)
		valerr_field(e, f->id, "moet uit 9 cijfers bestaan");
	else if (!elfproef(d))
		valerr_field(e, f->id, "is geen geldig BSN (elfproef klopt niet)");
}

static void check_hours(valerr *e, const rec_field *f, double h)
{
	if (h == -1)
		return;
	if (isnan(h) || h <= 0)
		valerr_field(e, f->id, "moet meer dan 0 zijn");
	else if (h > f->max)
		valerr_field(e, f->id, "meer dan %d uur per week is niet toegestaan", f->max);
}

static void check_count(valerr *e, const rec_field *f, int v)
{
	if (v == -1)
		return;
	if (f->max > 0 && (v < f->min || v > f->max))
		valerr_field(e, f->id, "moet tussen %d en %d liggen", f->min, f->max);
	else if (v < f->min)
		valerr_field(e, f->id, "moet minimaal %d zijn", f->min);
}

static void check_year(valerr *e, const rec_field *f, int y)
{
	int max = f->max > 0 ? f->max : cdate_year(cdate_today());

	if (y != 0 && (y < f->min || y > max))
		valerr_field(e, f->id, "%d is geen geldig jaar", y);
}

/* The stored form "jjjj-mm-dd uu:mm": what cmoment_parse writes. */
static int moment_valid(const char *s)
{
	char buf[17];

	return s && cmoment_parse(s, buf) == DATE_OK && strcmp(buf, s) == 0;
}

/* What the description says about one field: required, kind, limits. */
static void check_field(valerr *e, const rec_field *f, const void *rec)
{
	int required = (f->flags & RF_REQUIRED) != 0;

	switch (f->kind) {
	case FK_TEXT:
	case FK_NOTE:
		if (required && str_blank(*MEMBER(rec, f, char *)))
			valerr_field(e, f->id, "is verplicht");
		check_text(e, f, *MEMBER(rec, f, char *));
		break;
	case FK_MOMENT:
		if (str_blank(*MEMBER(rec, f, char *))) {
			if (required)
				valerr_field(e, f->id, "is verplicht");
		} else if (!moment_valid(*MEMBER(rec, f, char *))) {
			valerr_field(e, f->id, "is geen geldig tijdstip (dd-mm-jjjj uu:mm)");
		}
		break;
	case FK_BSN:
		check_bsn(e, f, *MEMBER(rec, f, char *));
		break;
	case FK_DATE:
		if (required && *MEMBER(rec, f, cdate) == CDATE_NONE)
			valerr_field(e, f->id, "is verplicht");
		break;
	case FK_YEAR:
		check_year(e, f, *MEMBER(rec, f, int));
		break;
	case FK_COUNT:
		check_count(e, f, *MEMBER(rec, f, int));
		break;
	case FK_HOURS:
		check_hours(e, f, *MEMBER(rec, f, double));
		break;
	case FK_DECIMAL: {
		double v = *MEMBER(rec, f, double);

		if (v != -1 && (isnan(v) || v < 0))
			valerr_field(e, f->id, "mag niet negatief zijn");
		break;
	}
	case FK_CODE:
		if (f->voc != NOVOC)
			check_code(e, f, *MEMBER(rec, f, int));
		break;
	case FK_FLAG:
	case FK_REF:
		break;
	}
}

/* --- rules that span fields ------------------------------------------------ */

/* A rule checks what one field's description cannot say alone; a and b
 * are the fields it compares. */
typedef struct vstep vstep;
typedef void (*rule_fn)(valerr *e, const vstep *s, const void *rec);
struct vstep {
	field_id fid;    /* the field checked (by the rule, or generically) */
	rule_fn rule;    /* NULL: the description's checks of fid */
	field_id a, b;
};

static cdate date_of(field_id fid, const void *rec)
{
	return (cdate)rec_get_int(record_field(fid), rec);
}

/* An end date (b) not before its start date (a). */
static void rule_ends_after_start(valerr *e, const vstep *s, const void *rec)
{
	cdate start = date_of(s->a, rec), einde = date_of(s->b, rec);

	if (start != CDATE_NONE && einde != CDATE_NONE && einde < start)
		valerr_field(e, s->b, "ligt vóór de startdatum");
}

static void rule_inburgering_ends_after_start(valerr *e, const vstep *s, const void *rec)
{
	const client *c = rec;

	if (c->start_inburgering != CDATE_NONE && c->einde_inburgering != CDATE_NONE &&
	    c->einde_inburgering < c->start_inburgering)
		valerr_field(e, FLD_KL_INB_EINDE, "ligt vóór de startdatum inburgering");
}

/* The birth date lies between 1900 and today. */
static void rule_birth_date_possible(valerr *e, const vstep *s, const void *rec)
{
	const client *c = rec;

	if (c->geboortedatum == CDATE_NONE)
		return;
	if (c->geboortedatum > cdate_today())
		valerr_field(e, FLD_KL_GEBDATUM, "ligt in de toekomst");
	else if (cdate_year(c->geboortedatum) < 1900)
		valerr_field(e, FLD_KL_GEBDATUM, "ligt vóór 1900");
}

/* A birth year equal to the date's year is the one derived from it (the
 * form and the import do that): it is not checked again, so that a wrong
 * date is reported once, under Geboortedatum, the field the user filled
 * in.  Any other year must be possible and fit the date. */
static void rule_birth_year_fits_date(valerr *e, const vstep *s, const void *rec)
{
	const client *c = rec;
	int gd_year = c->geboortedatum != CDATE_NONE ? cdate_year(c->geboortedatum) : 0;

	if (c->geboortejaar == 0 || c->geboortejaar == gd_year)
		return;
	if (c->geboortejaar < 1900 || c->geboortejaar > cdate_year(cdate_today()))
		valerr_field(e, FLD_KL_GEBJAAR, "%d is geen geldig geboortejaar", c->geboortejaar);
	else if (c->geboortedatum != CDATE_NONE)
		valerr_field(e, FLD_KL_GEBJAAR, "%d past niet bij de geboortedatum", c->geboortejaar);
}

/* A PIP step is Gedaan on a day that has come: not after today. */
static void rule_pip_done_not_future(valerr *e, const vstep *s, const void *rec)
{
	const pip_step *p = rec;

	if (p->status == PIPSTATUS_GEDAAN && p->datum != CDATE_NONE && p->datum > cdate_today())
		valerr_field(e, FLD_PIP_DATUM, "ligt in de toekomst (status %s)",
			     vocab_label(VOCAB_PIP_STATUS, PIPSTATUS_GEDAAN));
}

/* DUO's (new) einddatum is what a "Termijn verlengd (DUO)" or "Einddatum
 * DUO vastgelegd" step records (signals.c takes it as the termijn's end):
 * done without it, the step would say nothing. */
static void rule_pip_duo_einddatum(valerr *e, const vstep *s, const void *rec)
{
	const pip_step *p = rec;

	if ((p->stap == PIP_TERMIJN_VERLENGD || p->stap == PIP_EINDDATUM_DUO) &&
	    p->status == PIPSTATUS_GEDAAN && p->einddatum == CDATE_NONE)
		valerr_field(e, FLD_PIP_EINDDATUM, "ontbreekt: vul DUO's einddatum in (stap %s)",
			     vocab_label(VOCAB_PIP_STAP, p->stap));
}

static void rule_uitval_or_einde(valerr *e, const vstep *s, const void *rec)
{
	const afsluiting *a = rec;

	if (a->soort != AFSLUITING_UITVAL && a->soort != AFSLUITING_EINDE)
		valerr_field(e, FLD_AF_SOORT, "moet Uitval of Einde zijn");
}

/* The reden is one of uitval's or einde's, as the soort says. */
static void rule_reden_fits_soort(valerr *e, const vstep *s, const void *rec)
{
	const afsluiting *a = rec;
	int uit = a->soort == AFSLUITING_UITVAL;
	vocab_id voc = uit ? VOCAB_REDEN_UITVAL : VOCAB_REDEN_EINDE;
	const char *label = uit ? "Reden uitval" : "Reden einde";

	if (a->soort != AFSLUITING_UITVAL && a->soort != AFSLUITING_EINDE)
		return;
	if (vocab_index(voc, a->reden) >= 0)
		return;
	if (a->reden == VOCAB_ONBEKEND)
		valerr_field_as(e, FLD_AF_REDEN, label, "is verplicht");
	else
		valerr_field_as(e, FLD_AF_REDEN, label, "is geen geldige keuze (code %d)", a->reden);
}

/* --- records -------------------------------------------------------------- */

/* Per record, the checks that come first, in the order the user has always
 * seen the messages; every other field of the description is checked
 * afterwards, in column order (so a new field needs no entry here). */
#define FIELD(id) { FLD_##id, NULL, FLD_NONE, FLD_NONE }
#define RULE(id, fn) { FLD_##id, fn, FLD_NONE, FLD_NONE }
#define PERIOD(start, einde) FIELD(start), { FLD_##einde, rule_ends_after_start, FLD_##start, FLD_##einde }

static const vstep client_first[] = {
	FIELD(KL_NUMMER), FIELD(KL_VOORNAAM), FIELD(KL_ACHTERNAAM), FIELD(KL_TELEFOON),
	FIELD(KL_EMAIL), FIELD(KL_ADRES), FIELD(KL_LAND), FIELD(KL_TALEN), FIELD(KL_BSN),
	RULE(KL_GEBDATUM, rule_birth_date_possible), RULE(KL_GEBJAAR, rule_birth_year_fits_date),
	RULE(KL_INB_EINDE, rule_inburgering_ends_after_start), FIELD(KL_KINDEREN),
};
static const vstep pip_first[] = {
	FIELD(PIP_STAP), FIELD(PIP_DATUM), FIELD(PIP_STATUS),
	RULE(PIP_DATUM, rule_pip_done_not_future), FIELD(PIP_REDEN),
	FIELD(PIP_RESULTAAT), FIELD(PIP_NOTITIE),
	RULE(PIP_EINDDATUM, rule_pip_duo_einddatum),
};
static const vstep voortraject_first[] = { PERIOD(VT_START, VT_EINDE) };
static const vstep activiteit_first[] = {
	FIELD(ACT_SOORT), FIELD(ACT_AANBIEDER), PERIOD(ACT_START, ACT_EINDE),
};
static const vstep startbaan_first[] = {
	FIELD(SB_SOORT), FIELD(SB_FUNCTIE), FIELD(SB_HOE), PERIOD(SB_START, SB_EINDE),
};
static const vstep onhold_first[] = { PERIOD(OH_START, OH_EINDE) };
static const vstep afsluiting_first[] = {
	RULE(AF_SOORT, rule_uitval_or_einde), FIELD(AF_DATUM),
	RULE(AF_REDEN, rule_reden_fits_soort),
};

static const struct {
	const vstep *steps;
	size_t n;
} first_steps[REC_COUNT] = {
#define STEPS(rec, a) [rec] = { a, sizeof a / sizeof a[0] }
	STEPS(REC_CLIENT, client_first),
	STEPS(REC_PIP, pip_first),
	STEPS(REC_VOORTRAJECT, voortraject_first),
	STEPS(REC_ACTIVITEIT, activiteit_first),
	STEPS(REC_STARTBAAN, startbaan_first),
	STEPS(REC_ONHOLD, onhold_first),
	STEPS(REC_AFSLUITING, afsluiting_first),
#undef STEPS
};

/* Every field check and every rule runs, so that one save reports all its
 * problems at once; a field that already has a problem in e (a value the
 * form or import could not read) is not checked again. */
int validate_record(rec_type rec, const void *r, valerr *e)
{
	const rec_desc *d = record_desc(rec);
	const vstep *steps = first_steps[rec].steps;
	size_t n0 = e->n, nsteps = first_steps[rec].n;
	unsigned char done[FLD_COUNT];

	assert(r && e);
	memset(done, 0, sizeof done);
	for (size_t i = 0; i < n0; i++)
		if (e->items[i].fid != FLD_NONE && e->items[i].fid < FLD_COUNT)
			done[e->items[i].fid] = 2;
	for (size_t i = 0; i < nsteps; i++) {
		const vstep *s = &steps[i];

		assert(record_field(s->fid) && record_field(s->fid)->rec == rec);
		if (done[s->fid] == 2)
			continue;
		if (s->rule)
			s->rule(e, s, r);
		else
			check_field(e, record_field(s->fid), r);
		done[s->fid] = 1;
	}
	for (size_t i = 0; i < d->nfields; i++)
		if (!done[d->fields[i].id])
			check_field(e, &d->fields[i], r);
	return (int)(e->n - n0);
}

void valerr_merge_new(valerr *e, const valerr *more)
{
	for (size_t i = 0; i < more->n; i++) {
		const valerr_item *it = &more->items[i];
		size_t j;

		for (j = 0; it->fid != FLD_NONE && j < e->n; j++)
			if (e->items[j].fid == it->fid)
				break;
		if (it->fid == FLD_NONE || j == e->n)
			valerr_field_as(e, it->fid, it->field, "%s", it->msg);
	}
}

int validate_client(const client *c, valerr *e)
{
	return validate_record(REC_CLIENT, c, e);
}

int validate_pip_step(const pip_step *p, valerr *e)
{
	return validate_record(REC_PIP, p, e);
}

int validate_voortraject(const voortraject *v, valerr *e)
{
	return validate_record(REC_VOORTRAJECT, v, e);
}

int validate_activiteit(const activiteit *a, valerr *e)
{
	return validate_record(REC_ACTIVITEIT, a, e);
}

int validate_employer(const employer *w, valerr *e)
{
	return validate_record(REC_EMPLOYER, w, e);
}

int validate_startbaan(const startbaan *s, valerr *e)
{
	return validate_record(REC_STARTBAAN, s, e);
}

int validate_onhold(const onhold *o, valerr *e)
{
	return validate_record(REC_ONHOLD, o, e);
}

int validate_afsluiting(const afsluiting *a, valerr *e)
{
	return validate_record(REC_AFSLUITING, a, e);
}

int validate_journal(const journal *j, valerr *e)
{
	return validate_record(REC_JOURNAL, j, e);
}

/* --- text fields ---------------------------------------------------------- */

int validate_date_field(const char *text, const char *field, int required,
			cdate *out, valerr *e)
{
	cdate d = CDATE_NONE;
	int rc = cdate_parse(text, &d);

	if (out)
		*out = CDATE_NONE;
	if (rc == DATE_EMPTY) {
		if (!required)
			return 0;
		valerr_add(e, field, "is verplicht");
		return -1;
	}
	if (rc != DATE_OK) {
		valerr_add(e, field, "%s", cdate_parse_message(rc));
		return -1;
	}
	if (out)
		*out = d;
	return 0;
}

int validate_moment_field(const char *text, const char *field, int required,
			  char out[17], valerr *e)
{
	int rc = cmoment_parse(text, out);

	if (rc == DATE_EMPTY) {
		if (!required)
			return 0;
		valerr_add(e, field, "is verplicht");
		return -1;
	}
	if (rc != DATE_OK) {
		valerr_add(e, field, "%s", cmoment_parse_message(rc));
		return -1;
	}
	return 0;
}

/* Trimmed [*b, *e) of text; returns 1 when empty. */
static int trim_range(const char *text, const char **b, const char **e)
{
	const char *s = text ? text : "", *t;

	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	t = s + strlen(s);
	while (t > s && (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\r' || t[-1] == '\n'))
		t--;
	*b = s;
	*e = t;
	return s == t;
}

/* A non-negative decimal in [s, end) with one ',' or '.' as separator and
 * at most 12 digits, whatever LC_NUMERIC says (strtod would take only the
 * locale's separator): 0 and *out, or -1 when it is not such a number. */
static int parse_decimal(const char *s, const char *end, double *out)
{
	double whole = 0, frac = 0, scale = 1;
	int ndig = 0, seen_sep = 0;

	for (; s < end; s++) {
		if (*s >= '0' && *s <= '9') {
			if (++ndig > 12)
				return -1;
			if (seen_sep) {
				scale /= 10;
				frac += (*s - '0') * scale;
			} else {
				whole = whole * 10 + (*s - '0');
			}
		} else if ((*s == ',' || *s == '.') && !seen_sep) {
			seen_sep = 1;
		} else {
			return -1;
		}
	}
	if (ndig == 0)
		return -1;
	*out = whole + frac;
	return 0;
}

int validate_decimal_field(const char *text, const char *field, double *out, valerr *e)
{
	const char *s, *end;
	double v;

	if (out)
		*out = -1;
	if (trim_range(text, &s, &end))
		return 0;
	if (parse_decimal(s, end, &v) != 0) {
		valerr_add(e, field, "is geen getal (bijvoorbeeld 40 of 12,5)");
		return -1;
	}
	if (out)
		*out = v;
	return 0;
}

int validate_hours_field(const char *text, const char *field, double *out, valerr *e)
{
	const char *s, *end;
	double h;

	if (out)
		*out = -1;
	if (trim_range(text, &s, &end))
		return 0;
	if (parse_decimal(s, end, &h) != 0) {
		valerr_add(e, field, "is geen getal (bijvoorbeeld 24 of 22,5)");
		return -1;
	}
	if (h <= 0) {
		valerr_add(e, field, "moet meer dan 0 zijn");
		return -1;
	}
	if (h > MAX_HOURS) {
		valerr_add(e, field, "meer dan 40 uur per week is niet toegestaan");
		return -1;
	}
	if (out)
		*out = h;
	return 0;
}

int validate_int_field(const char *text, const char *field, int min, int *out, valerr *e)
{
	const char *s, *end;
	long v = 0;
	int neg = 0;

	if (out)
		*out = -1;
	if (trim_range(text, &s, &end))
		return 0;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if (s == end)
		goto bad;
	for (; s < end; s++) {
		if (*s < '0' || *s > '9')
			goto bad;
		v = v * 10 + (*s - '0');
		if (v > INT_MAX)
			goto bad;
	}
	if (neg)
		v = -v;
	if (v < min) {
		valerr_add(e, field, "moet minimaal %d zijn", min);
		return -1;
	}
	if (out)
		*out = (int)v;
	return 0;
bad:
	valerr_add(e, field, "is geen geheel getal");
	return -1;
}

