/* card.c - the client card: its model, built from the record descriptions,
 * and the model as plain text for `casus toon` (see card.h).
 *
 * Text layout: a title line (name and klantnummer), then sections separated by
 * a blank line, each with a heading and indented lines.  Label/value lines
 * use a fixed ASCII label column (LABEL_W) so values line up. */
#include "config.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "card.h"
#include "derive.h"
#include "vocab.h"

#define LABEL_W 22

void card_format_number(double v, char buf[32])
{
	char *dot;

	if (fabs(v - round(v)) < 0.05)
		snprintf(buf, 32, "%.0f", round(v));
	else
		snprintf(buf, 32, "%.1f", v);
	dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
}

static const char *fmt_date(cdate d, char buf[11])
{
	cdate_format_nl(d, buf);
	return buf;
}

static void heading(strbuf *sb, const char *title)
{
	sb_appendc(sb, '\n');
	sb_append(sb, title);
	sb_appendc(sb, '\n');
}

/* "  Label.............  " then the value (cleaned), newline. */
static void field(strbuf *sb, const char *label, const char *value)
{
	sb_appendf(sb, "  %-*s", LABEL_W, label);
	if (value && *value)
		sb_append_printable(sb, value);
	else
		sb_append(sb, "-");
	sb_appendc(sb, '\n');
}

/* "01-03-2025 t/m 15-05-2025", "vanaf 01-03-2025" or "start onbekend". */
static void period(strbuf *sb, cdate start, cdate einde)
{
	char a[11], b[11];

	if (start == CDATE_NONE && einde == CDATE_NONE) {
		sb_append(sb, "datum onbekend");
		return;
	}
	if (start == CDATE_NONE) {
		sb_appendf(sb, "start onbekend t/m %s", fmt_date(einde, b));
		return;
	}
	if (einde == CDATE_NONE)
		sb_appendf(sb, "vanaf %s", fmt_date(start, a));
	else
		sb_appendf(sb, "%s t/m %s", fmt_date(start, a), fmt_date(einde, b));
}

static int running_on(cdate start, cdate einde, cdate today)
{
	return start != CDATE_NONE && start <= today &&
		(einde == CDATE_NONE || einde > today);
}

const char *card_situatie(const casefile *cf, cdate today)
{
	if (cf->c.startbanen != 1)
		return "Geen deelnemer startbanen";
	return vocab_label(VOCAB_SITUATIE, derive_situatie(cf, today));
}

/* "jjjj-mm-dd uu:mm" -> "dd-mm-jjjj uu:mm"; anything else cleaned as is. */
static void journal_moment(strbuf *sb, const char *m)
{
	int y, mo, d, h, mi;
	char tail;

	if (m && sscanf(m, "%4d-%2d-%2d %2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) == 5)
		sb_appendf(sb, "%02d-%02d-%04d %02d:%02d", d, mo, y, h, mi);
	else
		sb_append_printable(sb, m ? m : "?");
}

/* ---- the model ---------------------------------------------------------------------- */

/* The reason of an uitval or einde is a code of the vocabulary its soort
 * names. */
static const char *afsluiting_reason(const afsluiting *a)
{
	return vocab_label(a->soort == AFSLUITING_UITVAL ? VOCAB_REDEN_UITVAL : VOCAB_REDEN_EINDE,
			   a->reden);
}

char *card_value(const rec_field *f, const void *rec)
{
	char buf[32], *raw, *out;

	assert(f && rec);
	if (f->kind == FK_FLAG)
		return xstrdup(vocab_label(VOCAB_JANEE, rec_get_int(f, rec) ? JANEE_JA : JANEE_NEE));
	if (f->id == FLD_AF_REDEN)
		return xstrdup(afsluiting_reason(rec));
	if (f->kind != FK_CODE && rec_is_null(f, rec))
		return xstrdup("");
	if (f->kind == FK_HOURS || f->kind == FK_DECIMAL) {
		card_format_number(rec_get_real(f, rec), buf);
		return xstrdup(buf);
	}
	raw = rec_get_text(f, rec);
	out = str_printable(raw);
	free(raw);
	return out;
}

static card_row *sec_add(card_section *s, card_row_kind kind, rec_type rec)
{
	card_row *r;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->rows = xrealloc(s->rows, s->cap * sizeof *s->rows);
	}
	r = &s->rows[s->n++];
	memset(r, 0, sizeof *r);
	r->kind = kind;
	r->rec = rec;
	return r;
}

static void set_val(card_row *r, field_id fid, char *v)
{
	const rec_desc *d = record_desc(r->rec);
	const rec_field *f = record_field(fid);

	assert(f && f->rec == r->rec && r->vals);
	free(r->vals[f - d->fields]);
	r->vals[f - d->fields] = v;
}

static card_row *add_record(card_model *m, card_sec sec, card_row_kind kind, rec_type rt,
			    const void *rec, size_t idx, size_t sub)
{
	const rec_desc *d = record_desc(rt);
	card_row *r = sec_add(&m->sec[sec], kind, rt);

	r->idx = idx;
	r->sub = sub;
	r->vals = xcalloc(d->nfields, sizeof *r->vals);
	for (size_t i = 0; i < d->nfields; i++)
		r->vals[i] = card_value(&d->fields[i], rec);
	return r;
}

static char *consultant_name(const consultant *cons, size_t n, int64_t id)
{
	if (id == 0)
		return xstrdup("");
	for (size_t i = 0; i < n; i++)
		if (cons[i].id == id && cons[i].naam && *cons[i].naam)
			return str_printable(cons[i].naam);
	return xasprintf("consulent %lld", (long long)id);
}

static void model_persoon(card_model *m)
{
	const rec_desc *d = record_desc(REC_CLIENT);
	const client *c = &m->cf->c;

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		card_row *r;

		if (f->flags & RF_NOFORM)
			continue;
		r = sec_add(&m->sec[CARD_PERSOON], CR_FIELD, REC_CLIENT);
		r->fid = f->id;
		r->label = f->label;
		r->value = f->id == FLD_KL_REGIE ? xstrdup(m->regiehouder ? m->regiehouder : "")
						 : card_value(f, c);
	}
}

static void model_lists(card_model *m, const consultant *cons, size_t ncons)
{
	const casefile *cf = m->cf;

	for (size_t i = 0; i < cf->nho; i++) {
		card_row *r = add_record(m, CARD_OVERDRACHTEN, CR_RECORD, REC_HANDOVER, &cf->ho[i], i, 0);

		set_val(r, FLD_HO_VAN, consultant_name(cons, ncons, cf->ho[i].van_id));
		set_val(r, FLD_HO_NAAR, consultant_name(cons, ncons, cf->ho[i].naar_id));
	}
	for (size_t i = 0; i < cf->npip; i++)
		add_record(m, CARD_PIP, CR_RECORD, REC_PIP, &cf->pip[i], i, 0);
	for (size_t i = 0; i < cf->nvt; i++) {
		add_record(m, CARD_VOORTRAJECT, CR_RECORD, REC_VOORTRAJECT, &cf->vt[i], i, 0);
		for (size_t a = 0; a < cf->vt[i].nact; a++)
			add_record(m, CARD_VOORTRAJECT, CR_PART, REC_ACTIVITEIT, &cf->vt[i].act[a], i, a);
	}
	for (size_t i = 0; i < cf->nsb; i++) {
		const startbaan *s = &cf->sb[i];
		card_row *r = add_record(m, CARD_STARTBANEN, CR_RECORD, REC_STARTBAAN, s, i, 0);

		set_val(r, FLD_SB_WERKGEVER, str_printable(s->werkgever_naam ? s->werkgever_naam : ""));
	}
	for (size_t i = 0; i < cf->noh; i++)
		add_record(m, CARD_ONHOLD, CR_RECORD, REC_ONHOLD, &cf->oh[i], i, 0);
	for (size_t i = 0; i < cf->naf; i++)
		add_record(m, CARD_AFSLUITING, CR_RECORD, REC_AFSLUITING, &cf->af[i], i, 0);
	for (size_t i = 0; i < cf->njr; i++)
		add_record(m, CARD_JOURNAAL, CR_RECORD, REC_JOURNAL, &cf->jr[i], i, 0);
}

void card_model_build(card_model *m, const casefile *cf, cdate today,
		      const signal_settings *s, const consultant *cons, size_t ncons)
{
	const client *c = &cf->c;
	signal_settings dflt;

	memset(m, 0, sizeof *m);
	m->cf = cf;
	m->today = today;
	m->name = client_display_name(c);
	{
		char *p = str_printable(m->name);

		free(m->name);
		m->name = p;
	}
	m->regiehouder = cf->regiehouder_naam ? str_printable(cf->regiehouder_naam) : NULL;
	m->age = c->geboortedatum != CDATE_NONE ? cdate_age(c->geboortedatum, today) : -1;
	m->age_approx = c->geboortedatum == CDATE_NONE && c->geboortejaar > 0 &&
		cdate_year(today) >= c->geboortejaar ? cdate_year(today) - c->geboortejaar : -1;
	m->situatie = card_situatie(cf, today);
	if (!s) {
		signal_settings_default(&dflt);
		s = &dflt;
	}
	m->nsig = signals_compute(cf, today, s, m->sig, CARD_MAX_SIGNALS);
	model_persoon(m);
	model_lists(m, cons, ncons);
}

void card_model_free(card_model *m)
{
	for (int s = 0; s < CARD_SEC_COUNT; s++) {
		card_section *sec = &m->sec[s];

		for (size_t i = 0; i < sec->n; i++) {
			card_row *r = &sec->rows[i];

			free(r->value);
			if (r->vals)
				for (size_t k = 0; k < record_desc(r->rec)->nfields; k++)
					free(r->vals[k]);
			free(r->vals);
		}
		free(sec->rows);
	}
	free(m->name);
	free(m->regiehouder);
	memset(m, 0, sizeof *m);
}

const card_row *card_model_field(const card_model *m, field_id fid)
{
	const card_section *s = &m->sec[CARD_PERSOON];

	for (size_t i = 0; i < s->n; i++)
		if (s->rows[i].fid == fid)
			return &s->rows[i];
	return NULL;
}

const char *card_row_val(const card_row *r, field_id fid)
{
	const rec_field *f = record_field(fid);
	const rec_desc *d;

	if (!f || !r->vals || f->rec != r->rec)
		return "";
	d = record_desc(r->rec);
	return r->vals[f - d->fields];
}

/* ---- the card as text --------------------------------------------------------------- */

/* The value of a client field. */
static const char *pval(const card_model *m, field_id fid)
{
	const card_row *r = card_model_field(m, fid);

	return r ? r->value : "";
}

static void pfield(strbuf *sb, const card_model *m, field_id fid)
{
	field(sb, record_label(fid), pval(m, fid));
}

/* "ja"/"nee": a flag in running text. */
static const char *flag_text(const char *value)
{
	return strcmp(value, vocab_label(VOCAB_JANEE, JANEE_JA)) == 0 ? "ja" : "nee";
}

static void text_identity(strbuf *sb, const card_model *m)
{
	const client *c = &m->cf->c;
	strbuf v = STRBUF_INIT;

	sb_appendf(sb, "%s  (%s)\n", m->name, pval(m, FLD_KL_NUMMER));
	heading(sb, "Persoon");
	pfield(sb, m, FLD_KL_NUMMER);
	pfield(sb, m, FLD_KL_BSN);
	if (c->geboortedatum != CDATE_NONE) {
		sb_append(&v, pval(m, FLD_KL_GEBDATUM));
		if (m->age >= 0)
			sb_appendf(&v, " (%d jaar)", m->age);
	} else if (c->geboortejaar > 0) {
		sb_appendf(&v, "alleen geboortejaar %s", pval(m, FLD_KL_GEBJAAR));
		if (m->age_approx >= 0)
			sb_appendf(&v, " (ca. %d jaar)", m->age_approx);
	}
	field(sb, record_label(FLD_KL_GEBDATUM), v.s);
	sb_free(&v);
	pfield(sb, m, FLD_KL_TELEFOON);
	pfield(sb, m, FLD_KL_EMAIL);
	pfield(sb, m, FLD_KL_ADRES);
	pfield(sb, m, FLD_KL_LAND);
	pfield(sb, m, FLD_KL_TALEN);
}

static void text_regie(strbuf *sb, const card_model *m)
{
	const card_section *s = &m->sec[CARD_OVERDRACHTEN];

	heading(sb, "Regie");
	field(sb, "Regiehouder", m->regiehouder ? m->regiehouder : "geen");
	if (s->n == 0)
		return;
	sb_appendf(sb, "  %s\n", "Overdrachten:");
	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const char *datum = card_row_val(r, FLD_HO_DATUM), *van = card_row_val(r, FLD_HO_VAN);
		const char *reden = card_row_val(r, FLD_HO_REDEN);

		sb_appendf(sb, "    %s  ", *datum ? datum : "datum onbekend");
		if (!*van)
			sb_append(sb, "toegewezen aan ");
		else
			sb_appendf(sb, "van %s naar ", van);
		sb_append(sb, card_row_val(r, FLD_HO_NAAR));
		if (*reden)
			sb_appendf(sb, " (%s)", reden);
		sb_appendc(sb, '\n');
	}
}

static void text_signals(strbuf *sb, const card_model *m)
{
	heading(sb, "Signalen");
	if (m->nsig == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = 0; i < m->nsig && i < CARD_MAX_SIGNALS; i++) {
		sb_append(sb, m->sig[i].severity == SEV_VERLOPEN ? "  ! " : "  - ");
		sb_append_printable(sb, m->sig[i].text);
		sb_appendc(sb, '\n');
	}
	if (m->nsig > CARD_MAX_SIGNALS)
		sb_appendf(sb, "  (en nog %zu)\n", m->nsig - CARD_MAX_SIGNALS);
}

static void text_inburgering(strbuf *sb, const card_model *m)
{
	const client *c = &m->cf->c;
	const char *einde = pval(m, FLD_KL_INB_EINDE);

	heading(sb, "Inburgering en startbanen");
	field(sb, "Leerroute", pval(m, FLD_KL_PROGRAMMA));
	if (c->doelgroep != VOCAB_ONBEKEND)     /* issue 15: only when recorded */
		pfield(sb, m, FLD_KL_DOELGROEP);
	if (c->regime != VOCAB_ONBEKEND)
		pfield(sb, m, FLD_KL_REGIME);
	field(sb, "Start inburgering", pval(m, FLD_KL_INB_START));
	if (*einde)
		field(sb, "Inburgering afgerond", einde);
	field(sb, "Status inburgering",
	      vocab_label(VOCAB_STATUS_INBURGERING, derive_status_inburgering(c, m->today)));
	field(sb, record_label(FLD_KL_DEELNEMER), flag_text(pval(m, FLD_KL_DEELNEMER)));
	if (c->startbanen == 1) {
		pfield(sb, m, FLD_KL_DEELNAME);
		pfield(sb, m, FLD_KL_INSTROOM);
	}
	if (c->voortraject_niet_nodig == 1)
		field(sb, "Voortraject", "niet nodig (direct naar bemiddeling)");
	field(sb, "Situatie vandaag", m->situatie);
}

static void text_pip(strbuf *sb, const card_model *m)
{
	const card_section *s = &m->sec[CARD_PIP];

	heading(sb, "PIP-stappen");
	if (s->n == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const char *datum = card_row_val(r, FLD_PIP_DATUM);
		const char *resultaat = card_row_val(r, FLD_PIP_RESULTAAT);
		const char *uren = card_row_val(r, FLD_PIP_UREN);
		const char *notitie = card_row_val(r, FLD_PIP_NOTITIE);

		sb_appendf(sb, "  %-10s  %-22s %s", *datum ? datum : "geen datum",
			   card_row_val(r, FLD_PIP_STAP), card_row_val(r, FLD_PIP_STATUS));
		if (m->cf->pip[r->idx].stap == PIP_GEWIJZIGD)
			sb_appendf(sb, "; reden: %s", card_row_val(r, FLD_PIP_REDEN));
		if (*resultaat)
			sb_appendf(sb, "; resultaat: %s", resultaat);
		if (*uren)
			sb_appendf(sb, "; %s uur", uren);
		if (*card_row_val(r, FLD_PIP_EINDDATUM))
			sb_appendf(sb, "; einddatum %s", card_row_val(r, FLD_PIP_EINDDATUM));
		if (*notitie)
			sb_appendf(sb, "; %s", notitie);
		sb_appendc(sb, '\n');
	}
}

static void text_activiteit(strbuf *sb, const card_model *m, const card_row *r)
{
	const activiteit *a = &m->cf->vt[r->idx].act[r->sub];
	const char *aanbieder = card_row_val(r, FLD_ACT_AANBIEDER);
	const char *uren = card_row_val(r, FLD_ACT_UREN);

	sb_appendf(sb, "      %s", a->soort >= 1 ? card_row_val(r, FLD_ACT_SOORT) : "Activiteit");
	if (*aanbieder)
		sb_appendf(sb, " bij %s", aanbieder);
	sb_append(sb, ", ");
	period(sb, a->start, a->einde);
	if (*uren)
		sb_appendf(sb, ", %s uur per week", uren);
	sb_appendc(sb, '\n');
}

static void text_voortraject(strbuf *sb, const card_model *m)
{
	const card_section *s = &m->sec[CARD_VOORTRAJECT];
	cdate today = m->today;

	heading(sb, "Voortraject");
	if (s->n == 0) {
		sb_append(sb, m->cf->c.voortraject_niet_nodig == 1 ? "  niet nodig\n" : "  geen\n");
		return;
	}
	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const voortraject *v = &m->cf->vt[r->idx];
		const char *notitie = card_row_val(r, FLD_VT_NOTITIE);

		if (r->kind == CR_PART) {
			text_activiteit(sb, m, r);
			continue;
		}
		sb_append(sb, "  ");
		period(sb, v->start, v->einde);
		sb_appendf(sb, "  %s", card_row_val(r, FLD_VT_SOORT));
		if (running_on(v->start, v->einde, today))
			sb_appendf(sb, " (loopt, %d dagen)", (int)(today - v->start));
		else if (v->start != CDATE_NONE && v->einde != CDATE_NONE && v->einde >= v->start)
			sb_appendf(sb, " (%d dagen)", (int)(v->einde - v->start));
		else if (v->start != CDATE_NONE && v->start > today)
			sb_append(sb, " (gepland)");
		sb_appendc(sb, '\n');
		if (*notitie)
			sb_appendf(sb, "      %s\n", notitie);
	}
}

/* The support a startbaan comes with, named in running text. */
static const field_id startbaan_support[] = {
	FLD_SB_LKS, FLD_SB_WERKCOACH, FLD_SB_JOBCOACH, FLD_SB_HARRIE
};

/* A label inside a sentence: "Werkcoach" -> "werkcoach"; an acronym
 * ("HARRIE-training") stays. */
static void append_in_sentence(strbuf *sb, const char *label)
{
	if (label[0] >= 'A' && label[0] <= 'Z' && !(label[1] >= 'A' && label[1] <= 'Z')) {
		sb_appendc(sb, (char)(label[0] - 'A' + 'a'));
		label++;
	}
	sb_append(sb, label);
}

static void text_startbaan_terms(strbuf *sb, const card_row *r, const startbaan *b)
{
	const char *uren = card_row_val(r, FLD_SB_UREN);

	sb_appendf(sb, "     %s", card_row_val(r, FLD_SB_SOORT));
	if (b->maanden > 0)
		sb_appendf(sb, ", %s maanden", card_row_val(r, FLD_SB_MAANDEN));
	if (*uren)
		sb_appendf(sb, ", %s uur per week", uren);
	for (size_t k = 0; k < sizeof startbaan_support / sizeof startbaan_support[0]; k++) {
		const rec_field *f = record_field(startbaan_support[k]);

		if (rec_get_int(f, b) == JANEE_JA) {
			sb_append(sb, ", ");
			append_in_sentence(sb, f->label);
		}
	}
	sb_appendc(sb, '\n');
}

static void text_startbanen(strbuf *sb, const card_model *m)
{
	const card_section *s = &m->sec[CARD_STARTBANEN];

	heading(sb, "Startbanen");
	if (s->n == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const startbaan *b = &m->cf->sb[r->idx];
		const char *functie = card_row_val(r, FLD_SB_FUNCTIE);
		const char *wg = card_row_val(r, FLD_SB_WERKGEVER);

		sb_appendf(sb, "  %zu. ", r->idx + 1);
		period(sb, b->start, b->einde);
		if (running_on(b->start, b->einde, m->today))
			sb_append(sb, " (loopt)");
		else if (b->start != CDATE_NONE && b->start > m->today)
			sb_append(sb, " (gepland)");
		sb_appendf(sb, "  %s bij %s", *functie ? functie : "functie onbekend",
			   *wg ? wg : "onbekende werkgever");
		/* the employer's sector comes with the startbaan (joined) */
		if (b->sector != VOCAB_ONBEKEND)
			sb_appendf(sb, " (%s)", vocab_label(VOCAB_SECTOR, b->sector));
		sb_appendc(sb, '\n');
		text_startbaan_terms(sb, r, b);
	}
}

static void text_afsluiting(strbuf *sb, const card_model *m)
{
	const card_section *oh = &m->sec[CARD_ONHOLD], *af = &m->sec[CARD_AFSLUITING];

	heading(sb, "On hold, uitval en einde");
	if (oh->n == 0 && af->n == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = 0; i < oh->n; i++) {
		const onhold *o = &m->cf->oh[oh->rows[i].idx];

		sb_append(sb, "  On hold ");
		period(sb, o->start, o->einde);
		sb_appendf(sb, ": %s", card_row_val(&oh->rows[i], FLD_OH_REDEN));
		if (running_on(o->start, o->einde, m->today))
			sb_append(sb, " (loopt)");
		sb_appendc(sb, '\n');
	}
	for (size_t i = 0; i < af->n; i++) {
		const card_row *r = &af->rows[i];
		const char *datum = card_row_val(r, FLD_AF_DATUM);

		sb_appendf(sb, "  %s %s: %s\n",
			   m->cf->af[r->idx].soort == AFSLUITING_UITVAL ? "Uitval op" : "Einde op",
			   *datum ? datum : "onbekende datum", card_row_val(r, FLD_AF_REDEN));
	}
}

static void text_journal(strbuf *sb, const card_model *m, size_t last)
{
	const card_section *s = &m->sec[CARD_JOURNAAL];
	size_t from = s->n > last ? s->n - last : 0;

	if (s->n > last)
		sb_appendf(sb, "\nJournaal (laatste %zu van %zu)\n", last, s->n);
	else
		heading(sb, "Journaal");
	if (s->n == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = from; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const journal *j = &m->cf->jr[r->idx];
		const char *auteur = card_row_val(r, FLD_JR_AUTEUR);
		const char *volgende = card_row_val(r, FLD_JR_VOLGENDE);

		sb_append(sb, "  ");
		journal_moment(sb, j->moment);
		sb_appendf(sb, "  %s", card_row_val(r, FLD_JR_SOORT));
		if (j->tolk == JANEE_JA)
			sb_append(sb, ", met tolk");
		if (*auteur)
			sb_appendf(sb, " (%s)", auteur);
		sb_appendf(sb, ": %s", card_row_val(r, FLD_JR_SAMENVATTING));
		if (*volgende)
			sb_appendf(sb, " [volgende afspraak %s]", volgende);
		sb_appendc(sb, '\n');
	}
}

char *card_text_names(const casefile *cf, cdate today, const signal_settings *s,
		      const consultant *cons, size_t ncons)
{
	strbuf sb = STRBUF_INIT;
	card_model m;

	card_model_build(&m, cf, today, s, cons, ncons);
	text_identity(&sb, &m);
	text_regie(&sb, &m);
	text_signals(&sb, &m);
	text_inburgering(&sb, &m);
	text_pip(&sb, &m);
	text_voortraject(&sb, &m);
	text_startbanen(&sb, &m);
	text_afsluiting(&sb, &m);
	text_journal(&sb, &m, 5);
	card_model_free(&m);
	return sb_take(&sb);
}
