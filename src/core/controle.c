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
 * so the first word is always the kind of finding. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "controle.h"
#include "vocab.h"

static const char BLAD_DEELNEMER[] = "Deelnemerkenmerken";
static const char BLAD_SITUATIE[] = "Situationele kenmerken";
static const char BLAD_VOORTRAJECT[] = "Voortraject";
static const char BLAD_STARTBAAN[] = "Startbaan";
static const char BLAD_AFSLUITING[] = "On hold, uitval en einde";

/* "<activiteit> (weken)" column headers, index = VOCAB_ACTIVITEIT code. */
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

static void onbekend(sink *s, int code, const char *blad, const char *kolom)
{
	if (code == VOCAB_ONBEKEND)
		add(s, blad, kolom, "Onbekend", 0);
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
	struct { int code; const char *kolom; } cols[] = {
		{ b->soort, "Soort startbaan" },
		{ b->hoe_gekregen, "Hoe gekregen" },
		{ derive_duur_overeenkomst(b->maanden), "Duur overeenkomst" },
		{ b->urenafspraak, "Urenafspraak" },
		{ derive_uren(b->uren), "Uren per week (categorie)" },
		{ b->loonkostensubsidie, "Loonkostensubsidie" },
		{ b->werkcoach, "Werkcoach" },
		{ b->jobcoach, "Jobcoach" },
		{ b->harrie, "HARRIE-training" },
		{ b->soort_werkgever, "Soort werkgever" },
		{ b->sector, "Sector" },
		{ b->omvang, "Omvang vestiging" },
		{ b->ervaring, "Ervaring met statushouders" },
	};
	size_t i;

	(void)P;
	if (cf->c.datum_instroom != CDATE_NONE && b->start < cf->c.datum_instroom)
		add(s, B, "Startdatum", "startbaan vóór instroom", nr);
	if (b->einde != CDATE_NONE && b->einde < b->start)
		add(s, B, "Einddatum", "einddatum voor startdatum", nr);
	for (i = 0; i < sizeof cols / sizeof cols[0]; i++)
		if (cols[i].code == VOCAB_ONBEKEND)
			add(s, B, cols[i].kolom, "Onbekend", nr);
}

size_t controle_client(const casefile *cf, const derived *d, cdate P,
		       finding *out, size_t max)
{
	const client *c = &cf->c;
	sink s = { out, max, 0 };
	const char *B;
	size_t i, k;
	int prog_needs_start, has_uitval = 0, has_einde = 0;

	/* 2. Deelnemerkenmerken */
	B = BLAD_DEELNEMER;
	onbekend(&s, c->deelname, B, "Deelname");
	onbekend(&s, d->leeftijdsgroep, B, "Leeftijdsgroep");
	onbekend(&s, c->geslacht, B, "Geslacht");
	if (c->datum_instroom == CDATE_NONE)
		add(&s, B, "Datum instroom", "ontbreekt", 0);
	onbekend(&s, c->taalniveau, B, "Taalniveau bij instroom");
	onbekend(&s, c->engels, B, "Engels");
	onbekend(&s, c->opleiding, B, "Opleiding");
	onbekend(&s, d->periode_vergunning, B, "Verblijfsvergunning verleend");
	onbekend(&s, c->baan_bij_instroom, B, "Baan bij instroom");

	/* 3. Situationele kenmerken */
	B = BLAD_SITUATIE;
	onbekend(&s, c->gezinssituatie, B, "Gezinssituatie");
	onbekend(&s, d->kinderen, B, "Aantal kinderen (categorie)");
	onbekend(&s, c->verblijfssituatie, B, "Verblijfssituatie");
	onbekend(&s, c->vervoer, B, "Vervoer");
	onbekend(&s, c->rijbewijs, B, "Rijbewijs");
	onbekend(&s, c->inburgeringsprogramma, B, "Inburgeringsprogramma");
	onbekend(&s, d->status_inburgering, B, "Status inburgering");
	prog_needs_start = c->inburgeringsprogramma == INBURG_B1 ||
		c->inburgeringsprogramma == INBURG_ZROUTE ||
		c->inburgeringsprogramma == INBURG_ONDERWIJS;
	if (c->start_inburgering == CDATE_NONE) {
		if (prog_needs_start)
			add(&s, B, "Startdatum inburgering", "ontbreekt", 0);
		/* not yet granted: the start does not exist yet (empty cell) */
		if (c->inburgeringsprogramma != INBURG_NIET_TOEGEKEND)
			add(&s, B, "Startdatum inburgering (periode)", "Onbekend", 0);
	}
	if (c->einde_inburgering != CDATE_NONE && c->start_inburgering != CDATE_NONE &&
	    c->einde_inburgering < c->start_inburgering)
		add(&s, B, "Startdatum inburgering", "einddatum voor startdatum", 0);
	onbekend(&s, c->uitkering, B, "Uitkering");
	onbekend(&s, d->situatie, B, "Situatie peildatum");

	/* 4. Voortraject */
	B = BLAD_VOORTRAJECT;
	for (i = 0; i < cf->nvt; i++) {
		const voortraject *v = &cf->vt[i];
		if (v->start == CDATE_NONE)
			add(&s, B, "Startdatum voortraject", "ontbreekt", 0);
		else if (v->start <= P && v->einde != CDATE_NONE && v->einde < v->start)
			add(&s, B, "Einddatum voortraject", "einddatum voor startdatum", 0);
	}
	if (d->vt) {
		const voortraject *v = d->vt;
		onbekend(&s, v->soort, B, "Soort voortraject");
		if (d->duur_vt == VOCAB_ONBEKEND && !(v->einde != CDATE_NONE && v->einde < v->start))
			add(&s, B, "Duur voortraject", "Onbekend", 0);
		for (k = 0; k < v->nact; k++) {
			const activiteit *a = &v->act[k];
			const char *kol = a->soort >= 1 && a->soort <= N_ACTIVITEIT ?
				ACT_KOLOM[a->soort] : "Soort voortraject";
			if (a->start == CDATE_NONE)
				add(&s, B, kol, "ontbreekt: startdatum activiteit", 0);
			else if (a->start <= P && a->einde != CDATE_NONE && a->einde < a->start)
				add(&s, B, kol, "einddatum voor startdatum", 0);
		}
	}

	/* 5. Startbaan */
	B = BLAD_STARTBAAN;
	for (i = 0; i < cf->nsb; i++) {
		if (cf->sb[i].start == CDATE_NONE)
			add(&s, B, "Startdatum", "ontbreekt", 0);
		else if (cf->sb[i].start <= P)
			check_startbaan(&s, cf, i, P);
	}

	/* 6. On hold, uitval en einde */
	B = BLAD_AFSLUITING;
	for (i = 0; i < cf->noh; i++) {
		const onhold *o = &cf->oh[i];
		if (o->start == CDATE_NONE)
			add(&s, B, "Datum on hold", "ontbreekt", 0);
		else if (o->start <= P && o->einde != CDATE_NONE && o->einde < o->start)
			add(&s, B, "Datum einde on hold", "einddatum voor startdatum", 0);
	}
	if (d->oh) {
		onbekend(&s, d->fase_onhold, B, "Fase on hold");
		if (!(d->oh->einde != CDATE_NONE && d->oh->einde < d->oh->start))
			onbekend(&s, d->duur_onhold, B, "Duur on hold");
		onbekend(&s, d->oh->reden, B, "Reden on hold");
	}
	for (i = 0; i < cf->naf; i++) {
		const afsluiting *a = &cf->af[i];
		int uit = a->soort == AFSLUITING_UITVAL;
		if (uit)
			has_uitval = 1;
		else
			has_einde = 1;
		if (a->datum == CDATE_NONE)
			add(&s, B, uit ? "Datum uitval" : "Datum einde", "ontbreekt", 0);
	}
	if (d->uitval)
		onbekend(&s, d->uitval->reden, B, "Reden uitval");
	if (d->einde)
		onbekend(&s, d->einde->reden, B, "Reden einde");
	if (has_uitval && has_einde)
		add(&s, B, "Datum einde", "uitval én einde", 0);

	return s.n;
}
