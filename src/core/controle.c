/* controle.c - the completeness findings of the Controle sheet for one
 * participant on P (registration-form.md, sheet 8).
 *
 * Only things that exist on P are checked ("Empty versus Onbekend"): no
 * voortraject -> no voortraject findings; Reden uitval only with an uitval
 * dated <= P, and so on.  Bevinding texts:
 *   "Onbekend"                    a category cell that will read Onbekend
 *   "ontbreekt"                   a required date is missing
 *   "einddatum voor startdatum"   an end before its start
 *   "startbaan vóór instroom"     a startbaan started before Datum instroom
 *   "uitval én einde"             both recorded (should be refused anyway)
 * Findings on a startbaan carry its volgnummer: "Onbekend (startbaan 2)",
 * so the first word is always the kind of finding.
 *
 * A derived column never produces a finding of its own when what it is
 * derived from has one: one missing Startdatum inburgering is one finding
 * ("Startdatum inburgering: ontbreekt"), not also "Status inburgering" and
 * "Startdatum inburgering (periode)" Onbekend; a missing Datum instroom is
 * not also "Situatie peildatum: Onbekend".  Derived columns whose source is
 * no column of its own (Leeftijdsgroep, the categories of counts and hours)
 * report the one finding under their own name. */
#include "config.h"

#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "controle.h"
#include "record.h"
#include "vocab.h"

static const char BLAD_DEELNEMER[] = "Deelnemerkenmerken";
static const char BLAD_SITUATIE[] = "Situationele kenmerken";
static const char BLAD_VOORTRAJECT[] = "Voortraject";
static const char BLAD_STARTBAAN[] = "Startbaan";
static const char BLAD_AFSLUITING[] = "On hold, uitval en einde";

/* "<activiteit> (weken)" column headers, index = registration column
 * (derive_activiteit_kolom of the VOCAB_ACTIVITEIT code). */
static const char *const ACT_KOLOM[N_ACTIVITEIT + 1] = {
	NULL,
	"Vrijwilligerswerk (weken)",
	"Onbetaalde werkstage (weken)",
	"Proefplaatsing (weken)",
	"Taalstage (weken)",
	"Werkervaringsplek (weken)",
	"Training (weken)",
	"Bedrijfsbezoek (weken)",
	"Anders (weken)",
};

typedef struct sink {
	finding *out;
	size_t max, n;
} sink;

static void add(sink *s, const char *blad, const char *kolom, const char *text, int nr)
{
	if (s->n < s->max) {
		finding *f = &s->out[s->n];
		f->blad = blad;
		f->kolom = kolom;
		if (nr > 0)
			snprintf(f->bevinding, sizeof f->bevinding, "%s (startbaan %d)", text, nr);
		else
			snprintf(f->bevinding, sizeof f->bevinding, "%s", text);
	}
	s->n++;
}

static const char KOL_START_INB[] = "Startdatum inburgering";
static const char KOL_INSTROOM[] = "Datum instroom";

const controle_cell *controle_follows(const finding *f)
{
	static const controle_cell start_inb[] = {
		{ BLAD_SITUATIE, "Status inburgering" },
		{ BLAD_SITUATIE, "Startdatum inburgering (periode)" },
		{ NULL, NULL },
	};
	static const controle_cell instroom[] = {
		{ BLAD_SITUATIE, "Situatie peildatum" },
		{ NULL, NULL },
	};

	if (f->kolom == KOL_START_INB && strncmp(f->bevinding, "einddatum", 9) != 0)
		return start_inb;
	if (f->kolom == KOL_INSTROOM)
		return instroom;
	return NULL;
}

static void onbekend(sink *s, int code, const char *blad, const char *kolom)
{
	if (code == VOCAB_ONBEKEND)
		add(s, blad, kolom, "Onbekend", 0);
}

/* A code field of a record whose registration column carries the field's
 * label (record.h): "Onbekend" when its code is 0. */
static void onbekend_field(sink *s, const void *rec, field_id fid, const char *blad, int nr)
{
	const rec_field *f = record_field(fid);

	if (rec_get_int(f, rec) == VOCAB_ONBEKEND)
		add(s, blad, f->label, "Onbekend", nr);
}

/* Volgnummer of sb among the startbanen started <= P (1-based, order by
 * start, id, position), as in derive_all. */
static int volgnummer(const casefile *cf, size_t k)
{
	const startbaan *b = &cf->sb[k];
	size_t i;
	int nr = 1;

	for (i = 0; i < cf->nsb; i++) {
		const startbaan *a = &cf->sb[i];
		if (i == k || a->start == CDATE_NONE)
			continue;
		if (a->start < b->start ||
		    (a->start == b->start && (a->id < b->id || (a->id == b->id && i < k))))
			nr++;
	}
	return nr;
}

static void check_startbaan(sink *s, const casefile *cf, size_t k, cdate P)
{
	const startbaan *b = &cf->sb[k];
	const char *B = BLAD_STARTBAAN;
	int nr = volgnummer(cf, k);
	/* the registration's startbaan columns in sheet order: a field of
	 * the startbaan, a category derived from one, or an attribute of its
	 * employer (copied into the startbaan) */
	struct { field_id fid; int code; const char *kolom; } cols[] = {
		{ FLD_SB_SOORT, 0, NULL },
		{ FLD_SB_HOE, 0, NULL },
		{ FLD_NONE, derive_duur_overeenkomst(b->maanden), "Duur overeenkomst" },
		{ FLD_SB_URENAFSPRAAK, 0, NULL },
		{ FLD_NONE, derive_uren(b->uren), "Uren per week (categorie)" },
		{ FLD_SB_LKS, 0, NULL },
		{ FLD_SB_WERKCOACH, 0, NULL },
		{ FLD_SB_JOBCOACH, 0, NULL },
		{ FLD_SB_HARRIE, 0, NULL },
		{ FLD_SB_SOORT_WG, 0, NULL },
		{ FLD_NONE, b->sector, record_label(FLD_WG_SECTOR) },
		{ FLD_NONE, b->omvang, record_label(FLD_WG_OMVANG) },
		{ FLD_NONE, b->ervaring, record_label(FLD_WG_ERVARING) },
	};
	size_t i;

	(void)P;
	if (cf->c.datum_instroom != CDATE_NONE && b->start < cf->c.datum_instroom)
		add(s, B, "Startdatum", "startbaan vóór instroom", nr);
	if (b->einde != CDATE_NONE && b->einde < b->start)
		add(s, B, "Einddatum", "einddatum voor startdatum", nr);
	for (i = 0; i < sizeof cols / sizeof cols[0]; i++) {
		if (cols[i].fid != FLD_NONE)
			onbekend_field(s, b, cols[i].fid, B, nr);
		else if (cols[i].code == VOCAB_ONBEKEND)
			add(s, B, cols[i].kolom, "Onbekend", nr);
	}
}

/* 2. Deelnemerkenmerken */
static void check_deelnemer(sink *s, const casefile *cf, const derived *d, cdate P)
{
	const client *c = &cf->c;
	const char *B = BLAD_DEELNEMER;

	onbekend_field(s, c, FLD_KL_DEELNAME, B, 0);
	onbekend(s, d->leeftijdsgroep, B, "Leeftijdsgroep");
	onbekend_field(s, c, FLD_KL_GESLACHT, B, 0);
	if (c->datum_instroom == CDATE_NONE)
		add(s, B, KOL_INSTROOM, "ontbreekt", 0);
	onbekend_field(s, c, FLD_KL_TAAL, B, 0);
	onbekend_field(s, c, FLD_KL_ENGELS, B, 0);
	onbekend_field(s, c, FLD_KL_OPLEIDING, B, 0);
	onbekend(s, d->periode_vergunning, B, "Verblijfsvergunning verleend");
	onbekend_field(s, c, FLD_KL_BAAN, B, 0);
}

/* 3. Situationele kenmerken */
static void check_situatie(sink *s, const casefile *cf, const derived *d, cdate P)
{
	const client *c = &cf->c;
	const char *B = BLAD_SITUATIE;
	int missing_start, prog_needs_start;

	onbekend_field(s, c, FLD_KL_GEZIN, B, 0);
	onbekend(s, d->kinderen, B, "Aantal kinderen (categorie)");
	onbekend_field(s, c, FLD_KL_VERBLIJF, B, 0);
	onbekend_field(s, c, FLD_KL_VERVOER, B, 0);
	onbekend_field(s, c, FLD_KL_RIJBEWIJS, B, 0);
	onbekend_field(s, c, FLD_KL_PROGRAMMA, B, 0);
	/* Status inburgering and Startdatum inburgering (periode) are derived
	 * from the start: a missing start is one finding, at the start (not
	 * yet granted: the start does not exist yet, an empty cell) */
	prog_needs_start = c->inburgeringsprogramma == INBURG_B1 ||
		c->inburgeringsprogramma == INBURG_ZROUTE ||
		c->inburgeringsprogramma == INBURG_ONDERWIJS;
	missing_start = c->start_inburgering == CDATE_NONE &&
		c->inburgeringsprogramma != INBURG_NIET_TOEGEKEND;
	if (missing_start)
		add(s, B, KOL_START_INB, prog_needs_start ? "ontbreekt" : "Onbekend", 0);
	else
		onbekend(s, d->status_inburgering, B, "Status inburgering");
	if (c->einde_inburgering != CDATE_NONE && c->start_inburgering != CDATE_NONE &&
	    c->einde_inburgering < c->start_inburgering)
		add(s, B, "Startdatum inburgering", "einddatum voor startdatum", 0);
	onbekend_field(s, c, FLD_KL_UITKERING, B, 0);
	/* Onbekend only without Datum instroom, which has its finding */
	if (c->datum_instroom != CDATE_NONE)
		onbekend(s, d->situatie, B, "Situatie peildatum");
}

/* 4. Voortraject */
static void check_voortraject(sink *s, const casefile *cf, const derived *d, cdate P)
{
	const char *B = BLAD_VOORTRAJECT;
	size_t i, k;

	for (i = 0; i < cf->nvt; i++) {
		const voortraject *v = &cf->vt[i];
		if (v->start == CDATE_NONE)
			add(s, B, "Startdatum voortraject", "ontbreekt", 0);
		else if (v->start <= P && v->einde != CDATE_NONE && v->einde < v->start)
			add(s, B, "Einddatum voortraject", "einddatum voor startdatum", 0);
	}
	if (d->vt) {
		const voortraject *v = d->vt;
		onbekend_field(s, v, FLD_VT_SOORT, B, 0);
		if (d->duur_vt == VOCAB_ONBEKEND && !(v->einde != CDATE_NONE && v->einde < v->start))
			add(s, B, "Duur voortraject", "Onbekend", 0);
		for (k = 0; k < v->nact; k++) {
			const activiteit *a = &v->act[k];
			int kolom = derive_activiteit_kolom(a->soort);
			const char *kol;

			assert(kolom >= 0 && kolom <= N_ACTIVITEIT);
			kol = kolom ? ACT_KOLOM[kolom] : "Soort voortraject";
			if (a->start == CDATE_NONE)
				add(s, B, kol, "ontbreekt: startdatum activiteit", 0);
			else if (a->start <= P && a->einde != CDATE_NONE && a->einde < a->start)
				add(s, B, kol, "einddatum voor startdatum", 0);
		}
	}
}

/* 5. Startbaan */
static void check_startbanen(sink *s, const casefile *cf, const derived *d, cdate P)
{
	const char *B = BLAD_STARTBAAN;
	size_t i;

	for (i = 0; i < cf->nsb; i++) {
		if (cf->sb[i].start == CDATE_NONE)
			add(s, B, "Startdatum", "ontbreekt", 0);
		else if (cf->sb[i].start <= P)
			check_startbaan(s, cf, i, P);
	}
}

/* 6. On hold, uitval en einde */
static void check_afsluiting(sink *s, const casefile *cf, const derived *d, cdate P)
{
	const char *B = BLAD_AFSLUITING;
	size_t i;
	int has_uitval = 0, has_einde = 0;

	for (i = 0; i < cf->noh; i++) {
		const onhold *o = &cf->oh[i];
		if (o->start == CDATE_NONE)
			add(s, B, "Datum on hold", "ontbreekt", 0);
		else if (o->start <= P && o->einde != CDATE_NONE && o->einde < o->start)
			add(s, B, "Datum einde on hold", "einddatum voor startdatum", 0);
	}
	if (d->oh) {
		onbekend(s, d->fase_onhold, B, "Fase on hold");
		if (!(d->oh->einde != CDATE_NONE && d->oh->einde < d->oh->start))
			onbekend(s, d->duur_onhold, B, "Duur on hold");
		onbekend_field(s, d->oh, FLD_OH_REDEN, B, 0);
	}
	for (i = 0; i < cf->naf; i++) {
		const afsluiting *a = &cf->af[i];
		int uit = a->soort == AFSLUITING_UITVAL;
		if (uit)
			has_uitval = 1;
		else
			has_einde = 1;
		if (a->datum == CDATE_NONE)
			add(s, B, uit ? "Datum uitval" : "Datum einde", "ontbreekt", 0);
	}
	if (d->uitval)
		onbekend(s, d->uitval->reden, B, "Reden uitval");
	if (d->einde)
		onbekend(s, d->einde->reden, B, "Reden einde");
	if (has_uitval && has_einde)
		add(s, B, "Datum einde", "uitval én einde", 0);
}

size_t controle_client(const casefile *cf, const derived *d, cdate P,
		       finding *out, size_t max)
{
	sink s = { out, max, 0 };

	check_deelnemer(&s, cf, d, P);
	check_situatie(&s, cf, d, P);
	check_voortraject(&s, cf, d, P);
	check_startbanen(&s, cf, d, P);
	check_afsluiting(&s, cf, d, P);
	return s.n;
}
