/* zelfevaluatie_bewijs.c - figures from the caseload next to the themes of
 * the zelfevaluatie (spec "Evidence from the caseload"), on the round's
 * date P, through the registration's derivations (derive_all): each figure
 * with its base, Onbekend counted as Onbekend.  Context, not a score.
 *
 * "Actieve klant" on P: in the caseload on P (Datum instroom unknown or on
 * or before P) and no uitval or einde dated on or before P (derive_all's
 * uitval/einde).  "The last 12 months": after P minus 12 months, up to and
 * including P. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "derive.h"
#include "record.h"
#include "store.h"
#include "util.h"
#include "vocab.h"
#include "zelfevaluatie.h"

/* Activity codes of VOCAB_ACTIVITEIT the figures use (vocab.h).  The
 * registration columns of derive_all fold Maatje/mentor and
 * Netwerkactiviteit into Anders; Sociaal netwerk asks per code. */
enum { ACT_VRIJWILLIG = ACTIVITEIT_VRIJWILLIGERSWERK, ACT_TAALSTAGE = ACTIVITEIT_TAALSTAGE,
       ACT_TRAINING = ACTIVITEIT_TRAINING };
/* VOCAB_REDEN_ON_HOLD "Medische klachten"; VOCAB_GESLACHT "Vrouw". */
enum { OH_MEDISCH = 2, GESLACHT_VROUW = 2 };

typedef struct tally {
	cdate P, from;              /* the 12 months: (from, P] */
	size_t actief, taal, taal_onb, opl_onb, training, vrijwillig;
	size_t sociaal, maatje, netwerk;    /* maatje/mentor or netwerk; each */
	size_t oh_medisch, oh_all;
	size_t sb, sb_lks, sb_lks_onb, sb_zonder_wg, sb_vrouw, sb_gesl_onb;
	size_t vrouw, gesl_onb, zonder_regie;
	int64_t *wg, *cs;           /* employers, consultants (with repeats) */
	size_t nwg, ncs, capwg, capcs;
} tally;

static void push(int64_t **v, size_t *n, size_t *cap, int64_t x)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = x;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

static size_t distinct(int64_t *v, size_t n)
{
	size_t k = 0;

	if (n == 0)
		return 0;       /* v may be NULL: qsort must not see it */
	qsort(v, n, sizeof *v, cmp_id);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || v[i] != v[i - 1])
			k++;
	return k;
}

static int in_year(const tally *t, cdate d)
{
	return d != CDATE_NONE && d > t->from && d <= t->P;
}

static void tally_startbanen(tally *t, const casefile *cf)
{
	const rec_field *lks = record_field(FLD_SB_LKS);

	for (size_t i = 0; i < cf->nsb; i++) {
		const startbaan *s = &cf->sb[i];

		if (!in_year(t, s->start))
			continue;
		t->sb++;
		if (s->employer_id)
			push(&t->wg, &t->nwg, &t->capwg, s->employer_id);
		else
			t->sb_zonder_wg++;
		if (rec_get_int(lks, s) == JANEE_JA)
			t->sb_lks++;
		else if (rec_get_int(lks, s) == 0)
			t->sb_lks_onb++;
		if (cf->c.geslacht == GESLACHT_VROUW)
			t->sb_vrouw++;
		else if (cf->c.geslacht == 0)
			t->sb_gesl_onb++;
	}
}

/* Sociaal netwerk: a Maatje/mentor or Netwerkactiviteit that started on or
 * before P in the latest voortraject (the one derive_all describes). */
static void tally_sociaal(tally *t, const derived *d)
{
	int maatje = derive_activiteit_weken(d->vt, ACTIVITEIT_MAATJE, t->P) >= 0;
	int netwerk = derive_activiteit_weken(d->vt, ACTIVITEIT_NETWERK, t->P) >= 0;

	t->maatje += (size_t)maatje;
	t->netwerk += (size_t)netwerk;
	t->sociaal += (size_t)(maatje || netwerk);
}

static int tally_one(const casefile *cf, void *arg)
{
	tally *t = arg;
	derived d;

	for (size_t i = 0; i < cf->noh; i++)
		if (in_year(t, cf->oh[i].start)) {
			t->oh_all++;
			if (cf->oh[i].reden == OH_MEDISCH)
				t->oh_medisch++;
		}
	tally_startbanen(t, cf);
	if (cf->c.datum_instroom != CDATE_NONE && cf->c.datum_instroom > t->P)
		return 0;
	derive_all(cf, t->P, &d);
	if (d.uitval || d.einde)
		return 0;
	t->actief++;
	if (d.act_weken[ACT_TAALSTAGE] >= 0)
		t->taal++;
	if (d.act_weken[ACT_TRAINING] >= 0)
		t->training++;
	if (d.act_weken[ACT_VRIJWILLIG] >= 0)
		t->vrijwillig++;
	tally_sociaal(t, &d);
	if (cf->c.taalniveau == 0)
		t->taal_onb++;
	if (cf->c.opleiding == 0)
		t->opl_onb++;
	if (cf->c.geslacht == GESLACHT_VROUW)
		t->vrouw++;
	else if (cf->c.geslacht == 0)
		t->gesl_onb++;
	if (cf->c.regiehouder_id)
		push(&t->cs, &t->ncs, &t->capcs, cf->c.regiehouder_id);
	else
		t->zonder_regie++;
	return 0;
}

static void add(ze_evidence *ev, int thema, char *line)
{
	ev->line[thema] = xrealloc(ev->line[thema], (ev->n[thema] + 1) * sizeof *ev->line[thema]);
	ev->line[thema][ev->n[thema]++] = line;
}

/* "12 van 40 (30%)": a share with its base, rounded to whole percents. */
static char *share(size_t a, size_t b)
{
	if (b == 0)
		return xasprintf("%zu van %zu", a, b);
	return xasprintf("%zu van %zu (%zu%%)", a, b, (200 * a + b) / (2 * b));
}

static void lines_caseload(ze_evidence *ev, const tally *t)
{
	char *s;

	s = share(t->taal, t->actief);
	add(ev, 1, xasprintf("Actieve klanten met een taalstage in het voortraject: %s", s));
	free(s);
	s = share(t->taal_onb, t->actief);
	add(ev, 1, xasprintf("Taalniveau bij instroom Onbekend: %s actieve klanten", s));
	free(s);
	s = share(t->opl_onb, t->actief);
	add(ev, 2, xasprintf("Opleiding Onbekend: %s actieve klanten", s));
	free(s);
	add(ev, 2, xasprintf("Actieve klanten met een training in het voortraject: %zu "
			     "(van %zu actieve klanten)", t->training, t->actief));
	s = share(t->sociaal, t->actief);
	add(ev, 3, xasprintf("Actieve klanten met een maatje/mentor of netwerkactiviteit in het "
			     "voortraject: %s", s));
	free(s);
	add(ev, 3, xasprintf("Met een maatje/mentor: %zu; met een netwerkactiviteit: %zu (van %zu "
			     "actieve klanten)", t->maatje, t->netwerk, t->actief));
	s = share(t->vrijwillig, t->actief);
	add(ev, 3, xasprintf("Actieve klanten met vrijwilligerswerk in het voortraject: %s", s));
	free(s);
	add(ev, 4, xasprintf("On hold wegens medische klachten, begonnen in de 12 maanden ervoor: "
			     "%zu (van %zu on-holdperiodes)", t->oh_medisch, t->oh_all));
}

static void lines_work(ze_evidence *ev, tally *t)
{
	size_t nwg = distinct(t->wg, t->nwg), ncs = distinct(t->cs, t->ncs);
	size_t bekend = t->actief - t->zonder_regie;
	char *s, *s2, gem[16];

	add(ev, 6, xasprintf("Startbanen begonnen in de 12 maanden ervoor: %zu", t->sb));
	add(ev, 6, xasprintf("Verschillende werkgevers daarbij: %zu (startbanen zonder werkgever: %zu)",
			     nwg, t->sb_zonder_wg));
	s = share(t->sb_lks, t->sb);
	add(ev, 6, xasprintf("Met %s: %s startbanen; Onbekend: %zu", record_label(FLD_SB_LKS), s,
			     t->sb_lks_onb));
	free(s);
	if (ncs)
		ze_format_tenths((int)((20 * bekend + ncs) / (2 * ncs)), gem, sizeof gem);
	add(ev, 7, ncs ? xasprintf("Actieve klanten per consulent: gemiddeld %s (%zu klanten, %zu "
				   "consulenten; zonder regiehouder: %zu)", gem, bekend, ncs,
				   t->zonder_regie)
		       : xasprintf("Actieve klanten per consulent: geen regiehouders vastgelegd "
				   "(%zu klanten)", t->actief));
	s = share(t->sb_vrouw, t->sb);
	s2 = share(t->vrouw, t->actief);
	add(ev, 7, xasprintf("Vrouwen onder de startbaanstarters: %s (Geslacht Onbekend: %zu); in "
			     "de caseload: %s (Onbekend: %zu)", s, t->sb_gesl_onb, s2, t->gesl_onb));
	free(s);
	free(s2);
}

int ze_evidence_compute(casus_db *db, cdate P, ze_evidence *ev)
{
	tally t;
	int rc;

	memset(ev, 0, sizeof *ev);
	memset(&t, 0, sizeof t);
	t.P = P;
	t.from = cdate_add_months(P, -12);
	rc = store_casefile_foreach(db, CF_NO_PIP | CF_NO_JOURNAL | CF_NO_HANDOVER, tally_one, &t);
	if (rc == CASUS_OK) {
		lines_caseload(ev, &t);
		lines_work(ev, &t);
	}
	free(t.wg);
	free(t.cs);
	return rc;
}

void ze_evidence_free(ze_evidence *ev)
{
	for (int t = 0; t < 8; t++) {
		for (size_t i = 0; i < ev->n[t]; i++)
			free(ev->line[t][i]);
		free(ev->line[t]);
	}
	memset(ev, 0, sizeof *ev);
}
