/* validate.c - record validation with Dutch messages (see validate.h).
 *
 * Every problem is one (field, message) pair; field is the Dutch label the
 * user sees in forms and import files ("Startdatum", "Uren per week"), the
 * message says what is wrong ("ligt vóór de startdatum"). */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

#include "util.h"
#include "date.h"
#include "vocab.h"
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

/* --- shared checks -------------------------------------------------------- */

static void check_code(valerr *e, const char *field, vocab_id id, int code)
{
	if (vocab_index(id, code) >= 0)
		return;
	if (code == VOCAB_ONBEKEND)
		valerr_add(e, field, "is verplicht");
	else
		valerr_add(e, field, "is geen geldige keuze (code %d)", code);
}

static void check_required(valerr *e, const char *field, const char *s)
{
	if (str_blank(s))
		valerr_add(e, field, "is verplicht");
}

/* start/einde pair: start required when `start_required`, einde >= start. */
static void check_period(valerr *e, cdate start, cdate einde, int start_required)
{
	if (start == CDATE_NONE && start_required)
		valerr_add(e, "Startdatum", "is verplicht");
	if (start != CDATE_NONE && einde != CDATE_NONE && einde < start)
		valerr_add(e, "Einddatum", "ligt vóór de startdatum");
}

static void check_hours(valerr *e, const char *field, double h)
{
	if (h == -1)
		return;
	if (isnan(h) || h <= 0)
		valerr_add(e, field, "moet meer dan 0 zijn");
	else if (h > MAX_HOURS)
		valerr_add(e, field, "meer dan 40 uur per week is niet toegestaan");
}

/* Free text: valid UTF-8, no control characters or escape sequences, and
 * not longer than max bytes. */
static void check_text(valerr *e, const char *field, const char *s, size_t max, int allow_newline)
{
	if (str_blank(s))
		return;
	if (!utf8_valid(s, strlen(s)))
		valerr_add(e, field, "bevat ongeldige tekens (geen geldige UTF-8)");
	else if (str_has_control(s, allow_newline))
		valerr_add(e, field, "bevat onzichtbare stuurtekens; typ alleen gewone tekst");
	else if (!allow_newline && str_find_invisible(s))
		/* names, identifiers, one-line fields: such a character makes two
		 * different values look the same, or shows text reordered;
		 * notes keep them and show them as <U+...> */
		valerr_add(e, field, "bevat een onzichtbaar of richtingsteken (U+%04X)",
			   (unsigned)str_find_invisible(s));
	if (strlen(s) > max)
		valerr_add(e, field, "is te lang (maximaal %zu tekens)", max);
}

#define NAME_MAX_LEN 200
#define NOTE_MAX_LEN 4000

/* --- records -------------------------------------------------------------- */

static int validate_consultant(const consultant *r, valerr *e)
{
	size_t n0 = e->n;

	if (str_blank(r->naam))
		valerr_field(e, FLD_CS_NAAM, "is verplicht");
	if (str_blank(r->login))
		valerr_field(e, FLD_CS_LOGIN, "is verplicht");
	return (int)(e->n - n0);
}

int validate_client(const client *c, valerr *e)
{
	size_t n0 = e->n;
	cdate today = cdate_today();

	check_required(e, "Klantnummer", c->klantnummer);
	check_text(e, "Klantnummer", c->klantnummer, 40, 0);
	check_text(e, "Voornaam", c->voornaam, NAME_MAX_LEN, 0);
	check_text(e, "Achternaam", c->achternaam, NAME_MAX_LEN, 0);
	check_text(e, "Telefoon", c->telefoon, NAME_MAX_LEN, 0);
	check_text(e, "E-mail", c->email, NAME_MAX_LEN, 0);
	check_text(e, "Adres", c->adres, NAME_MAX_LEN, 0);
	check_text(e, "Land van herkomst", c->land_herkomst, NAME_MAX_LEN, 0);
	check_text(e, "Talen", c->talen, NAME_MAX_LEN, 0);
	if (!str_blank(c->bsn)) {
		char d[10];
		if (bsn_digits(c->bsn, d) < 0)
			valerr_add(e, "BSN", "moet uit 9 cijfers bestaan");
		else if (!elfproef(d))
			valerr_add(e, "BSN", "is geen geldig BSN (elfproef klopt niet)");
	}
	/* The birth date is checked as a date.  A birth year equal to the
	 * date's year is the one derived from it (the form and the import do
	 * that): it is not checked again, so that a wrong date is reported
	 * once, under Geboortedatum, the field the user filled in. */
	int gd_year = c->geboortedatum != CDATE_NONE ? cdate_year(c->geboortedatum) : 0;

	if (c->geboortedatum != CDATE_NONE && c->geboortedatum > today)
		valerr_add(e, "Geboortedatum", "ligt in de toekomst");
	else if (c->geboortedatum != CDATE_NONE && gd_year < 1900)
		valerr_add(e, "Geboortedatum", "ligt vóór 1900");
	if (c->geboortejaar != 0 && c->geboortejaar != gd_year) {
		if (c->geboortejaar < 1900 || c->geboortejaar > cdate_year(today))
			valerr_add(e, "Geboortejaar", "%d is geen geldig geboortejaar",
				   c->geboortejaar);
		else if (c->geboortedatum != CDATE_NONE &&
			 cdate_year(c->geboortedatum) != c->geboortejaar)
			valerr_add(e, "Geboortejaar", "%d past niet bij de geboortedatum",
				   c->geboortejaar);
	}
	if (c->start_inburgering != CDATE_NONE && c->einde_inburgering != CDATE_NONE &&
	    c->einde_inburgering < c->start_inburgering)
		valerr_add(e, "Einddatum inburgering", "ligt vóór de startdatum inburgering");
	if (c->aantal_kinderen < -1 || c->aantal_kinderen >= 30)
		valerr_add(e, "Aantal kinderen in NL", "moet tussen 0 en 29 liggen");

	check_code(e, "Deelname", VOCAB_DEELNAME, c->deelname);
	check_code(e, "Geslacht", VOCAB_GESLACHT, c->geslacht);
	check_code(e, "Taalniveau bij instroom", VOCAB_TAALNIVEAU, c->taalniveau);
	check_code(e, "Engels", VOCAB_JANEE, c->engels);
	check_code(e, "Opleiding", VOCAB_OPLEIDING, c->opleiding);
	check_code(e, "Baan bij instroom", VOCAB_BAAN_BIJ_INSTROOM, c->baan_bij_instroom);
	check_code(e, "Gezinssituatie", VOCAB_GEZINSSITUATIE, c->gezinssituatie);
	check_code(e, "Verblijfssituatie", VOCAB_VERBLIJFSSITUATIE, c->verblijfssituatie);
	check_code(e, "Vervoer", VOCAB_VERVOER, c->vervoer);
	check_code(e, "Rijbewijs", VOCAB_JANEE, c->rijbewijs);
	check_code(e, "Inburgeringsprogramma", VOCAB_INBURGERINGSPROGRAMMA,
		   c->inburgeringsprogramma);
	check_code(e, "Uitkering", VOCAB_JANEE, c->uitkering);
	return (int)(e->n - n0);
}

int validate_pip_step(const pip_step *p, valerr *e)
{
	size_t n0 = e->n;

	check_code(e, "Stap", VOCAB_PIP_STAP, p->stap);
	if (p->datum == CDATE_NONE)
		valerr_add(e, "Datum", "is verplicht");
	check_code(e, "Status", VOCAB_PIP_STATUS, p->status);
	check_code(e, "Reden wijziging", VOCAB_PIP_REDEN, p->reden);
	check_text(e, "Resultaat", p->resultaat, NAME_MAX_LEN, 0);
	check_text(e, "Notitie", p->notitie, NOTE_MAX_LEN, 1);
	if (p->uren != -1 && (isnan(p->uren) || p->uren < 0))
		valerr_add(e, "Uren", "mag niet negatief zijn");
	return (int)(e->n - n0);
}

int validate_voortraject(const voortraject *v, valerr *e)
{
	size_t n0 = e->n;

	check_period(e, v->start, v->einde, 1);
	check_code(e, "Soort voortraject", VOCAB_SOORT_VOORTRAJECT, v->soort);
	check_text(e, "Notitie", v->notitie, NOTE_MAX_LEN, 1);
	return (int)(e->n - n0);
}

int validate_activiteit(const activiteit *a, valerr *e)
{
	size_t n0 = e->n;

	check_code(e, "Activiteit", VOCAB_ACTIVITEIT, a->soort);
	check_text(e, "Aanbieder", a->aanbieder, NAME_MAX_LEN, 0);
	check_period(e, a->start, a->einde, 1);
	check_hours(e, "Uren per week", a->uren_per_week);
	return (int)(e->n - n0);
}

int validate_employer(const employer *w, valerr *e)
{
	size_t n0 = e->n;

	check_required(e, "Naam", w->naam);
	check_text(e, "Naam", w->naam, NAME_MAX_LEN, 0);
	check_text(e, "Contactpersoon", w->contactpersoon, NAME_MAX_LEN, 0);
	check_text(e, "Telefoon", w->telefoon, NAME_MAX_LEN, 0);
	check_text(e, "E-mail", w->email, NAME_MAX_LEN, 0);
	check_code(e, "Sector", VOCAB_SECTOR, w->sector);
	check_code(e, "Omvang vestiging", VOCAB_OMVANG_VESTIGING, w->omvang);
	check_code(e, "Ervaring met statushouders", VOCAB_JANEE, w->ervaring);
	return (int)(e->n - n0);
}

int validate_startbaan(const startbaan *s, valerr *e)
{
	size_t n0 = e->n;

	check_code(e, "Soort startbaan", VOCAB_SOORT_STARTBAAN, s->soort);
	check_text(e, "Functie", s->functie, NAME_MAX_LEN, 0);
	check_code(e, "Hoe gekregen", VOCAB_HOE_GEKREGEN, s->hoe_gekregen);
	check_period(e, s->start, s->einde, 1);
	if (s->maanden != -1 && s->maanden < 1)
		valerr_add(e, "Duur overeenkomst (maanden)", "moet minimaal 1 zijn");
	check_code(e, "Urenafspraak", VOCAB_URENAFSPRAAK, s->urenafspraak);
	check_hours(e, "Uren per week", s->uren);
	check_code(e, "Loonkostensubsidie", VOCAB_JANEE, s->loonkostensubsidie);
	check_code(e, "Werkcoach", VOCAB_JANEE, s->werkcoach);
	check_code(e, "Jobcoach", VOCAB_JANEE, s->jobcoach);
	check_code(e, "HARRIE-training", VOCAB_JANEE, s->harrie);
	check_code(e, "Soort werkgever", VOCAB_SOORT_WERKGEVER, s->soort_werkgever);
	return (int)(e->n - n0);
}

int validate_onhold(const onhold *o, valerr *e)
{
	size_t n0 = e->n;

	check_period(e, o->start, o->einde, 1);
	check_code(e, "Reden on hold", VOCAB_REDEN_ON_HOLD, o->reden);
	return (int)(e->n - n0);
}

int validate_afsluiting(const afsluiting *a, valerr *e)
{
	size_t n0 = e->n;

	if (a->soort != AFSLUITING_UITVAL && a->soort != AFSLUITING_EINDE)
		valerr_add(e, "Soort", "moet Uitval of Einde zijn");
	if (a->datum == CDATE_NONE)
		valerr_add(e, "Datum", "is verplicht");
	if (a->soort == AFSLUITING_UITVAL)
		check_code(e, "Reden uitval", VOCAB_REDEN_UITVAL, a->reden);
	else if (a->soort == AFSLUITING_EINDE)
		check_code(e, "Reden einde", VOCAB_REDEN_EINDE, a->reden);
	return (int)(e->n - n0);
}

/* "jjjj-mm-dd uu:mm" */
static int moment_valid(const char *s)
{
	int i;

	if (!s || strlen(s) != 16 || s[10] != ' ' || s[13] != ':')
		return 0;
	for (i = 11; i < 16; i++)
		if (i != 13 && (s[i] < '0' || s[i] > '9'))
			return 0;
	if ((s[11] - '0') * 10 + (s[12] - '0') > 23 || s[14] > '5')
		return 0;
	return cdate_from_iso(s) != CDATE_NONE;
}

int validate_journal(const journal *j, valerr *e)
{
	size_t n0 = e->n;

	if (str_blank(j->moment))
		valerr_add(e, "Datum en tijd", "is verplicht");
	else if (!moment_valid(j->moment))
		valerr_add(e, "Datum en tijd", "is geen geldig tijdstip (jjjj-mm-dd uu:mm)");
	check_code(e, "Soort contact", VOCAB_JOURNAAL_SOORT, j->soort);
	check_required(e, "Samenvatting", j->samenvatting);
	check_text(e, "Samenvatting", j->samenvatting, NOTE_MAX_LEN, 1);
	return (int)(e->n - n0);
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

int validate_record(rec_type rec, const void *r, valerr *e)
{
	switch (rec) {
	case REC_CLIENT: return validate_client(r, e);
	case REC_PIP: return validate_pip_step(r, e);
	case REC_VOORTRAJECT: return validate_voortraject(r, e);
	case REC_ACTIVITEIT: return validate_activiteit(r, e);
	case REC_EMPLOYER: return validate_employer(r, e);
	case REC_STARTBAAN: return validate_startbaan(r, e);
	case REC_ONHOLD: return validate_onhold(r, e);
	case REC_AFSLUITING: return validate_afsluiting(r, e);
	case REC_JOURNAL: return validate_journal(r, e);
	case REC_CONSULTANT: return validate_consultant(r, e);
	default: return 0;
	}
}
