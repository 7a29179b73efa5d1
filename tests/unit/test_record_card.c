/* test_record_card.c - the wiring of the record descriptions into the card:
 * for every described field of the records the card shows, a value is set
 * through the description, the card model is built, and the field's row
 * (client fields: label and value) or its record row (lists: the value)
 * must show it.  A field added to a description is on the card without
 * more code, or this test names it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "card.h"
#include "check.h"
#include "record.h"
#include "util.h"

static const char NAAM_REGIE[] = "Sanne de Vries";
static const char NAAM_WG[] = "Bakkerij Test";

/* The first code of a vocabulary that is not Onbekend (Ja of ja/nee,
 * Uitval of uitval/einde). */
static int sample_code(vocab_id voc)
{
	const vocab *v = vocab_get(voc);

	for (size_t i = 0; i < v->n; i++)
		if (v->entries[i].code != VOCAB_ONBEKEND)
			return v->entries[i].code;
	return VOCAB_ONBEKEND;
}

/* Set a value in field f of rec; write the text the card must show into
 * want (empty when the card does not show the field). */
static void set_sample(const rec_field *f, void *rec, char *want, size_t n)
{
	char buf[64];

	want[0] = '\0';
	switch (f->kind) {
	case FK_TEXT:
	case FK_NOTE:
	case FK_BSN:
		snprintf(buf, sizeof buf, "waarde van %s.%s", record_desc(f->rec)->table, f->col);
		rec_set_str(f, rec, buf);
		snprintf(want, n, "%s", buf);
		break;
	case FK_MOMENT:
		rec_set_str(f, rec, "2025-03-04 10:30");
		snprintf(want, n, "04-03-2025 10:30");   /* as dates are shown */
		break;
	case FK_DATE: {
		cdate d = cdate_from_ymd(2020, 1, 1) + f->id;

		rec_set_int(f, rec, d);
		cdate_format_nl(d, want);
		break;
	}
	case FK_YEAR:
		rec_set_int(f, rec, 1960);
		snprintf(want, n, "1960");
		break;
	case FK_COUNT:
		rec_set_int(f, rec, 3);
		snprintf(want, n, "3");
		break;
	case FK_HOURS:
		rec_set_real(f, rec, 12.5);
		snprintf(want, n, "12,5");
		break;
	case FK_DECIMAL:
		rec_set_real(f, rec, 7.5);
		snprintf(want, n, "7,5");
		break;
	case FK_CODE:
		if (f->voc == NOVOC) {
			/* the reason of an uitval (its soort is set to
			 * Uitval, the first code) */
			rec_set_int(f, rec, 1);
			snprintf(want, n, "%s", vocab_label(VOCAB_REDEN_UITVAL, 1));
			break;
		}
		rec_set_int(f, rec, sample_code((vocab_id)f->voc));
		snprintf(want, n, "%s", vocab_label((vocab_id)f->voc, sample_code((vocab_id)f->voc)));
		break;
	case FK_FLAG:
		rec_set_int(f, rec, 1);
		snprintf(want, n, "Ja");
		break;
	case FK_REF:
		/* references the card names: set by the caller */
		rec_set_int(f, rec, 7);
		break;
	}
}

/* The value the card shows of a reference, or NULL when it shows none. */
static const char *ref_name(field_id fid)
{
	switch (fid) {
	case FLD_KL_REGIE: return NAAM_REGIE;
	case FLD_SB_WERKGEVER: return NAAM_WG;
	case FLD_HO_VAN: return "Piet Jansen";
	case FLD_HO_NAAR: return "Piet Jansen";
	default: return NULL;
	}
}

typedef struct sample {
	char want[FLD_COUNT][64];
} sample;

static void fill(rec_type rt, void *rec, sample *s)
{
	const rec_desc *d = record_desc(rt);

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];

		set_sample(f, rec, s->want[f->id], sizeof s->want[f->id]);
		if (f->kind == FK_REF)
			snprintf(s->want[f->id], sizeof s->want[f->id], "%s",
				 ref_name(f->id) ? ref_name(f->id) : "");
	}
}

static void check_persoon(const card_model *m, const sample *s)
{
	const rec_desc *d = record_desc(REC_CLIENT);

	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		const card_row *r = card_model_field(m, f->id);
		char desc[160];

		if (f->flags & RF_NOFORM)
			continue;
		snprintf(desc, sizeof desc, "kaart toont klantveld %s", f->label);
		if (!CHECK(r != NULL, desc))
			continue;
		snprintf(desc, sizeof desc, "kaart: label van %s", f->col);
		CHECK_STR(r->label, f->label, desc);
		snprintf(desc, sizeof desc, "kaart: waarde van %s", f->label);
		CHECK_STR(r->value, s->want[f->id], desc);
	}
}

/* The one row of record type rt in section sec shows every field that is
 * not the reference to its owner. */
static void check_record(const card_model *m, card_sec sec, rec_type rt, const sample *s)
{
	const card_section *cs = &m->sec[sec];
	const card_row *r = NULL;
	const rec_desc *d = record_desc(rt);
	char desc[160];

	for (size_t i = 0; i < cs->n; i++)
		if (cs->rows[i].rec == rt)
			r = &cs->rows[i];
	snprintf(desc, sizeof desc, "kaart heeft een rij voor %s", d->label);
	if (!CHECK(r != NULL, desc))
		return;
	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];

		if (f->kind == FK_REF && !ref_name(f->id))
			continue;
		snprintf(desc, sizeof desc, "kaart: %s, %s", d->label, f->label);
		CHECK_STR(card_row_val(r, f->id), s->want[f->id], desc);
	}
}

int main(void)
{
	casefile cf;
	sample *s = xcalloc(1, sizeof *s);
	consultant cons = { 7, (char *)"Piet Jansen", (char *)"piet", 1, 1 };
	card_model m;
	activiteit *act;
	char *text;

	memset(&cf, 0, sizeof cf);
	client_init(&cf.c);
	fill(REC_CLIENT, &cf.c, s);
	cf.regiehouder_naam = xstrdup(NAAM_REGIE);
	cf.npip = cf.nvt = cf.nsb = cf.noh = cf.naf = cf.njr = cf.nho = 1;
	cf.pip = xcalloc(1, sizeof *cf.pip);
	pip_step_init(cf.pip);
	fill(REC_PIP, cf.pip, s);
	cf.vt = xcalloc(1, sizeof *cf.vt);
	voortraject_init(cf.vt);
	fill(REC_VOORTRAJECT, cf.vt, s);
	act = xcalloc(1, sizeof *act);
	activiteit_init(act);
	fill(REC_ACTIVITEIT, act, s);
	cf.vt->act = act;
	cf.vt->nact = 1;
	cf.sb = xcalloc(1, sizeof *cf.sb);
	startbaan_init(cf.sb);
	fill(REC_STARTBAAN, cf.sb, s);
	cf.sb->werkgever_naam = xstrdup(NAAM_WG);
	cf.oh = xcalloc(1, sizeof *cf.oh);
	onhold_init(cf.oh);
	fill(REC_ONHOLD, cf.oh, s);
	cf.af = xcalloc(1, sizeof *cf.af);
	afsluiting_init(cf.af);
	fill(REC_AFSLUITING, cf.af, s);
	CHECK_INT(cf.af->soort, AFSLUITING_UITVAL, "de afsluiting is een uitval (reden uit die lijst)");
	cf.jr = xcalloc(1, sizeof *cf.jr);
	journal_init(cf.jr);
	fill(REC_JOURNAL, cf.jr, s);
	cf.ho = xcalloc(1, sizeof *cf.ho);
	fill(REC_HANDOVER, cf.ho, s);

	card_model_build(&m, &cf, cdate_from_ymd(2026, 3, 1), NULL, &cons, 1);
	check_persoon(&m, s);
	check_record(&m, CARD_OVERDRACHTEN, REC_HANDOVER, s);
	check_record(&m, CARD_PIP, REC_PIP, s);
	check_record(&m, CARD_VOORTRAJECT, REC_VOORTRAJECT, s);
	check_record(&m, CARD_VOORTRAJECT, REC_ACTIVITEIT, s);
	check_record(&m, CARD_STARTBANEN, REC_STARTBAAN, s);
	check_record(&m, CARD_ONHOLD, REC_ONHOLD, s);
	check_record(&m, CARD_AFSLUITING, REC_AFSLUITING, s);
	check_record(&m, CARD_JOURNAAL, REC_JOURNAL, s);
	card_model_free(&m);

	/* the text card renders the same model */
	text = card_text_names(&cf, cdate_from_ymd(2026, 3, 1), NULL, &cons, 1);
	CHECK(strstr(text, s->want[FLD_KL_NUMMER]) != NULL, "tekstkaart: klantnummer");
	CHECK(strstr(text, s->want[FLD_PIP_RESULTAAT]) != NULL, "tekstkaart: resultaat van de PIP-stap");
	CHECK(strstr(text, s->want[FLD_ACT_AANBIEDER]) != NULL, "tekstkaart: aanbieder van de activiteit");
	CHECK(strstr(text, s->want[FLD_SB_FUNCTIE]) != NULL, "tekstkaart: functie van de startbaan");
	CHECK(strstr(text, "loonkostensubsidie, werkcoach, jobcoach, HARRIE-training") != NULL,
	      "tekstkaart: de ondersteuning van de startbaan uit de labels");
	CHECK(strstr(text, s->want[FLD_JR_SAMENVATTING]) != NULL, "tekstkaart: samenvatting");
	CHECK(strstr(text, "van Piet Jansen naar Piet Jansen") != NULL, "tekstkaart: overdracht met namen");
	free(text);
	casefile_free(&cf);
	free(s);
	return check_done();
}
