/* demo_client.c - one client of the demo caseload with all its records
 * (see demo_int.h and the overview in demo.c).
 *
 * A client is drawn in steps, each a function below, in a fixed order (the
 * order of the random draws is what makes a seed give the same caseload):
 * the scenario, the participant's plan and instroom, who they are, how
 * they live, the inburgering, the regiehouder; then the client is saved
 * and its records are written: handover, PIP steps, the startbanen route
 * (voortraject with activities, startbanen, on hold, uitval or einde) and
 * the journal. */
#include "config.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo_int.h"
#include "record.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

/* Distribution column of Tabel 1. */
enum { COL_VERPLICHT = 0, COL_VRIJWILLIG = 1, COL_ALL = 2 };

/* One client being generated. */
typedef struct gen {
	demo_ctx *x;
	int idx;
	const scenario *forced;     /* the fixed scenario, or NULL */
	rng r;
	scenario sc;
	plan pl;                    /* zero unless a participant */
	int has_plan;
	cdate I;                    /* instroom (also for "unknown"), else NONE */
	int col;                    /* COL_* */
	int azc;                    /* living in an azc */
	pipdates pd;
	psteps ps;
	client c;
	int cons, start_cons;       /* regiehouder now and at the start */
} gen;

/* --- small helpers --------------------------------------------------------------- */

static int birth_date(rng *r, cdate today, int group, cdate *out)
{
	static const int lo[5] = { 0, 18, 25, 45, 65 }, hi[5] = { 0, 24, 44, 64, 66 };

	if (group <= 0 || group > 4) {
		*out = CDATE_NONE;
		return 0;
	}
	*out = cdate_add_months(today, -12 * lo[group]) - rnd(r, 0, (hi[group] - lo[group] + 1) * 365 - 1);
	return 1;
}

static char *moment_text(rng *r, cdate d)
{
	char iso[11];

	cdate_format_iso(d, iso);
	return xasprintf("%s %02d:%02d", iso, rnd(r, 8, 16), rnd(r, 0, 3) * 15);
}

/* Lowercase ASCII letters of s (for e-mail addresses); "" when none. */
static void ascii_part(const char *s, char *out, size_t max)
{
	size_t n = 0;

	assert(max > 0);
	for (; s && *s && n + 1 < max; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch >= 'A' && ch <= 'Z')
			out[n++] = (char)(ch - 'A' + 'a');
		else if (ch >= 'a' && ch <= 'z')
			out[n++] = (char)ch;
	}
	out[n] = '\0';
}

/* --- drawing the client ----------------------------------------------------------- */

static void gen_scenario(gen *g)
{
	cdate today = g->x->today, P = g->x->P;

	if (g->forced) {
		g->sc = *g->forced;
		return;
	}
	memset(&g->sc, 0, sizeof g->sc);
	g->sc.participant = chance(&g->r, 600);
	if (g->sc.participant) {
		int since = today - P;
		if (since > 14 && chance(&g->r, 250 * since / 365))
			g->sc.target = TARGET_NEW_SINCE_P;
		else
			g->sc.target = WPICK(&g->r, W_SITUATIE_P);
	}
}

/* The participant's plan and instroom date: the plan is drawn so that the
 * target situatie holds on the anchor day (P or today). */
static void gen_plan(gen *g)
{
	static const int W_DEELNAME[3] = { 30, 590, 380 };
	cdate today = g->x->today, P = g->x->P;
	scenario *sc = &g->sc;
	int t = sc->target, off;

	if (t == VOCAB_ONBEKEND) {      /* instroom unknown: a hidden plan */
		static const int hidden[4] = { SIT_NOG_VOORTRAJECT, SIT_VOORTRAJECT,
			SIT_BEMIDDELING, SIT_STARTBAAN };
		t = sc->special == SP_NOAF ? hidden[rnd(&g->r, 0, 3)] : WPICK(&g->r, W_SITUATIE_P);
		if (t == VOCAB_ONBEKEND)
			t = SIT_STARTBAAN;
	}
	if (t == TARGET_NEW_SINCE_P) {
		demo_plan_make(&g->r, -1, SP_NONE, &g->pl);
		g->I = today - rnd(&g->r, 0, today - P - 1);
	} else {
		/* instroom within about three and a half years */
		for (int k = 0; k < 20; k++) {
			demo_plan_make(&g->r, t, sc->special, &g->pl);
			off = demo_plan_anchor(&g->r, &g->pl, t, sc->special);
			g->I = (sc->anchor_today ? today : P) - off;
			if (today - g->I <= 1280)
				break;
		}
	}
	g->has_plan = 1;
	g->c.startbanen = 1;
	g->c.deelname = WPICK(&g->r, W_DEELNAME);
	g->col = g->c.deelname == DEELNAME_VERPLICHT ? COL_VERPLICHT :
		g->c.deelname == DEELNAME_VRIJWILLIG ? COL_VRIJWILLIG : COL_ALL;
	g->c.datum_instroom = sc->target == VOCAB_ONBEKEND ? CDATE_NONE : g->I;
}

/* Name in the country's own script (sometimes) or in Latin transcription. */
static void gen_names(gen *g, const country *co, int man)
{
	rng *r = &g->r;
	client *c = &g->c;

	if (co->script == SCRIPT_ARABIC && chance(r, 100)) {
		c->voornaam = xstrdup(man ? PICK(r, AR_M) : PICK(r, AR_F));
		c->achternaam = xstrdup(PICK(r, AR_L));
	} else if (co->script == SCRIPT_GEEZ && chance(r, 50)) {
		c->voornaam = xstrdup(man ? PICK(r, GZ_M) : PICK(r, GZ_F));
		c->achternaam = xstrdup(PICK(r, GZ_L));
	} else if (co->script == SCRIPT_CYRILLIC && chance(r, 80)) {
		c->voornaam = xstrdup(man ? PICK(r, CY_M) : PICK(r, CY_F));
		c->achternaam = xstrdup(PICK(r, CY_L));
	} else {
		c->voornaam = xstrdup(man ? co->m[rnd(r, 0, co->nm - 1)] : co->f[rnd(r, 0, co->nf - 1)]);
		c->achternaam = xstrdup(co->l[rnd(r, 0, co->nl - 1)]);
	}
	/* the fixed names stay unique */
	for (int k = 0; k < NELEM(FIXED_NAMES); k++)
		if (strcmp(c->voornaam, FIXED_NAMES[k].voornaam) == 0 &&
		    strcmp(c->achternaam, FIXED_NAMES[k].achternaam) == 0) {
			free(c->achternaam);
			c->achternaam = xstrdup(co->script == SCRIPT_ARABIC &&
						(unsigned char)c->voornaam[0] >= 0xD8 ? "الخطيب" : "Khalīl");
		}
}

/* Who they are: gender, country, name, languages (the first clients get
 * the fixed names). */
static void gen_person(gen *g)
{
	int w[NELEM(COUNTRIES)];
	const country *co;
	client *c = &g->c;
	int gender, k;

	gender = WPICK(&g->r, W_GESLACHT[g->col]);
	c->geslacht = gender;
	if (gender == VOCAB_ONBEKEND || gender == DEMO_OVERIG)
		gender = chance(&g->r, 650) ? DEMO_MAN : DEMO_VROUW;
	for (k = 0; k < NELEM(COUNTRIES); k++)
		w[k] = COUNTRIES[k].weight;
	co = &COUNTRIES[WPICK(&g->r, w)];
	gen_names(g, co, gender == DEMO_MAN);
	c->land_herkomst = xstrdup(co->land);
	c->engels = WPICK(&g->r, W_ENGELS[g->col]);
	c->talen = c->engels == JANEE_JA ?
		xasprintf("%s, Engels", co->talen[rnd(&g->r, 0, co->ntalen - 1)]) :
		xstrdup(co->talen[rnd(&g->r, 0, co->ntalen - 1)]);
	if (g->x->n >= DEMO_NAMES_MIN && g->idx < NELEM(FIXED_NAMES)) {
		const fixed_name *f = &FIXED_NAMES[g->idx];
		free(c->voornaam);
		free(c->achternaam);
		free(c->land_herkomst);
		free(c->talen);
		c->voornaam = xstrdup(f->voornaam);
		c->achternaam = xstrdup(f->achternaam);
		c->land_herkomst = xstrdup(f->land);
		c->talen = xstrdup(f->talen);
		c->geslacht = f->geslacht;
	}
}

/* Birth, numbers and contact details. */
static void gen_contact(gen *g)
{
	client *c = &g->c;
	rng *r = &g->r;
	cdate birth;

	if (birth_date(r, g->x->today, WPICK(r, W_LEEFTIJD[g->col]), &birth)) {
		c->geboortejaar = cdate_year(birth);
		if (!chance(r, 80))
			c->geboortedatum = birth;
	}
	c->klantnummer = demo_next_klantnummer(g->x);
	if (chance(r, 960))
		c->bsn = demo_next_bsn(g->x);
	if (chance(r, 900))
		c->telefoon = xasprintf("06-%08d", rnd(r, 10000000, 99999999));
	if (chance(r, 550)) {
		char a[40], b[40];
		ascii_part(c->voornaam, a, sizeof a);
		ascii_part(c->achternaam, b, sizeof b);
		if (a[0] && b[0])
			c->email = xasprintf("%s.%s%d@example.com", a, b, rnd(r, 1, 99));
		else
			c->email = xasprintf("%c%s@example.com", 'k', c->klantnummer + 1);
	}
}

/* Number of children for a gezinssituatie (-1 = unknown). */
static int gen_kinderen(rng *r, int gezin)
{
	switch (gezin) {
	case DEMO_GEZIN_ALLEEN: case DEMO_GEZIN_PARTNER:
		return chance(r, 950) ? 0 : -1;
	case DEMO_GEZIN_ALLEEN_KIND:
		return rnd(r, 1, 4);
	case DEMO_GEZIN_PARTNER_KIND: {
		static const int w[7] = { 0, 25, 30, 20, 12, 8, 5 };
		return WPICK(r, w);
	}
	case DEMO_GEZIN_ANDERS:
		return rnd(r, 0, 2);
	default: {
		static const int w[8] = { 50, 500, 150, 150, 80, 40, 20, 10 };
		return WPICK(r, w) - 1;
	}
	}
}

/* Education, family, housing (living in an azc: no inschrijving yet; the
 * fixed scenarios need one), transport, programme and benefit. */
static void gen_situation(gen *g)
{
	static const int W_RIJBEWIJS[3] = { 250, 100, 650 };
	client *c = &g->c;
	rng *r = &g->r;

	c->opleiding = WPICK(r, W_OPLEIDING[g->col]);
	c->baan_bij_instroom = WPICK(r, W_BAAN[g->col]);
	c->taalniveau = WPICK(r, W_TAAL[g->col]);
	c->gezinssituatie = WPICK(r, W_GEZIN[g->col]);
	c->aantal_kinderen = gen_kinderen(r, c->gezinssituatie);
	c->verblijfssituatie = WPICK(r, W_VERBLIJF[g->col]);
	if (g->forced && c->verblijfssituatie == DEMO_VERBLIJF_AZC)
		c->verblijfssituatie = DEMO_VERBLIJF_WONING;
	g->azc = c->verblijfssituatie == DEMO_VERBLIJF_AZC;
	if (g->azc)
		c->adres = xasprintf("Azc %s", PICK(r, CITIES));
	else
		c->adres = xasprintf("%s %d, %04d %c%c %s", PICK(r, STREETS), rnd(r, 1, 180),
				     rnd(r, 1000, 9999),
				     POSTCODE_LETTERS[rnd(r, 0, (int)sizeof POSTCODE_LETTERS - 2)],
				     POSTCODE_LETTERS[rnd(r, 0, (int)sizeof POSTCODE_LETTERS - 2)],
				     PICK(r, CITIES));
	c->vervoer = WPICK(r, W_VERVOER[g->col]);
	c->rijbewijs = c->vervoer == DEMO_VERVOER_AUTO ? JANEE_JA : WPICK(r, W_RIJBEWIJS);
	c->inburgeringsprogramma = WPICK(r, W_PROGRAMMA[g->col]);
	c->uitkering = WPICK(r, W_UITKERING[g->col]);
	if (g->azc) {
		c->inburgeringsprogramma = chance(r, 500) ? INBURG_NIET_TOEGEKEND : VOCAB_ONBEKEND;
		c->uitkering = chance(r, 800) ? JANEE_NEE : VOCAB_ONBEKEND;
	}
	if (g->sc.pipforce == PF_ONTZORGEN)
		c->uitkering = JANEE_JA;
	c->voortraject_niet_nodig = g->pl.niet_nodig;
}

/* The inschrijving (placed for the signal scenarios). */
static cdate gen_inschrijving(gen *g)
{
	cdate today = g->x->today;

	if (g->azc)
		return CDATE_NONE;
	switch (g->sc.pipforce) {
	case PF_PIP_NEAR: return today - 60;
	case PF_PIP_PAST: return today - 85;
	case PF_TERMIJN: return cdate_add_months(today, -32) - 60;
	case PF_LEERROUTE: return demo_leerroute_pip(today) - 55;
	case PF_ONTZORGEN: return cdate_add_months(today, -6) + 5;
	case PF_VOORTGANG: return today - 300;
	default: break;
	}
	if (g->sc.participant)
		return g->I - rnd(&g->r, 30, 540);
	return today - rnd(&g->r, -20, 1300);
}

/* Inburgering: the PIP steps from the inschrijving, the inburgering's
 * dates and the residence permit (before the koppeling). */
static void gen_inburgering(gen *g)
{
	cdate today = g->x->today;
	client *c = &g->c;

	memset(&g->pd, 0, sizeof g->pd);
	g->pd.ins = gen_inschrijving(g);
	demo_pip_plan(&g->r, today, c->inburgeringsprogramma, c->uitkering, g->sc.pipforce,
		      &g->pd, &g->ps);
	if (g->pd.pip != CDATE_NONE && !chance(&g->r, g->col == COL_VRIJWILLIG ? 150 : 50))
		c->start_inburgering = g->pd.pip + 1;
	if (c->start_inburgering != CDATE_NONE)
		c->einde_inburgering = g->pd.einde_inb;

	switch (WPICK(&g->r, W_VERGUNNING[g->col])) {
	case PERIODE_2018_2021:
		c->datum_verblijfsvergunning = cdate_from_ymd(2018, 1, 1) + rnd(&g->r, 0, 1460);
		break;
	case PERIODE_VANAF_2022: {
		cdate base = g->pd.ins != CDATE_NONE ? g->pd.ins : (g->I != CDATE_NONE ? g->I : today);
		cdate d = base - rnd(&g->r, 60, 240), lo = cdate_from_ymd(2022, 1, 1);
		if (d < lo)
			d = lo + rnd(&g->r, 0, 300);
		c->datum_verblijfsvergunning = d < today ? d : today;
		break;
	}
	default:
		break;
	}
}

/* The regiehouder, with a history for some. */
static void gen_regie(gen *g)
{
	demo_ctx *x = g->x;

	g->cons = g->idx < NELEM(FIXED_NAMES) && x->n >= DEMO_NAMES_MIN ? x->own :
		demo_pick_consultant(&g->r, x);
	g->start_cons = g->cons;
	if (chance(&g->r, 25))
		g->start_cons = x->gone;
	else if (chance(&g->r, 8))
		while ((g->start_cons = demo_pick_consultant(&g->r, x)) == g->cons)
			;
	assert(g->cons >= 0 && g->cons < x->ncons);
	assert(g->start_cons >= 0 && g->start_cons < x->ncons);
	g->c.regiehouder_id = x->cons_id[g->start_cons];
}

/* --- writing the records ----------------------------------------------------------- */

/* Save the client; a klantnummer or BSN already taken (casus demo
 * --toevoegen) is retried with the next ones. */
static int save_client(demo_ctx *x, client *c)
{
	for (int attempt = 0; attempt < 50; attempt++) {
		int rc = store_client_save(x->db, c, &x->ve);

		if (rc != CASUS_INVALID)
			return rc;
		valerr_free(&x->ve);
		free(c->klantnummer);
		c->klantnummer = demo_next_klantnummer(x);
		if (c->bsn) {
			free(c->bsn);
			c->bsn = demo_next_bsn(x);
		}
	}
	return store_client_save(x->db, c, &x->ve);
}

static int write_handover(gen *g)
{
	static const char *const REDEN[] = { "Herverdeling caseload", "Op verzoek van klant",
		"Verhuizing binnen de gemeente" };
	demo_ctx *x = g->x;
	cdate today = x->today;
	cdate lo = g->pd.ins != CDATE_NONE ? g->pd.ins : (g->I != CDATE_NONE ? g->I : today - 400);
	cdate d = lo + rnd(&g->r, 0, today - lo > 0 ? today - lo : 0);
	int rc;

	rc = store_handover(x->db, g->c.id, x->cons_id[g->cons], d,
			    g->start_cons == x->gone ? "Consulent uit dienst" : PICK(&g->r, REDEN), &x->ve);
	return rc == CASUS_OK ? rc : demo_fail(x, rc, "overdracht");
}

/* PIP steps: done up to today, for most the first one after today planned. */
static int write_pip_steps(gen *g)
{
	demo_ctx *x = g->x;
	int planned = !chance(&g->r, 650);

	for (int k = 0; k < g->ps.n; k++) {
		const pstep *p = &g->ps.s[k];
		pip_step s;
		int rc;

		if (p->datum > x->today && planned++)
			continue;
		pip_step_init(&s);
		s.client_id = g->c.id;
		s.stap = p->stap;
		s.datum = p->datum;
		s.status = p->datum <= x->today ? PIPSTATUS_GEDAAN : PIPSTATUS_GEPLAND;
		s.reden = p->reden;
		s.uren = p->uren;
		if (p->resultaat)
			s.resultaat = xstrdup(p->resultaat);
		if (s.stap == PIP_GEWIJZIGD)
			s.notitie = xstrdup("PIP aangepast na overleg met klant en taalschool.");
		rc = store_pip_step_save(x->db, &s, &x->ve);
		pip_step_clear(&s);
		if (rc != CASUS_OK)
			return demo_fail(x, rc, "PIP-stap");
	}
	return CASUS_OK;
}

/* The activities of voortraject v, which runs [vt_s, e] (e NONE: open). */
static int write_activiteiten(gen *g, const voortraject *v, cdate vt_s, cdate e)
{
	static const int W_NACT[4] = { 0, 60, 32, 8 };
	demo_ctx *x = g->x;
	cdate today = x->today;
	int nact = WPICK(&g->r, W_NACT);

	for (int k = 0; k < nact; k++) {
		activiteit a;
		cdate end = e != CDATE_NONE ? e : today + 60;
		int span = end - vt_s, rc = CASUS_OK;

		activiteit_init(&a);
		a.voortraject_id = v->id;
		a.soort = WPICK(&g->r, W_ACTIVITEIT);
		a.aanbieder = xstrdup(PICK(&g->r, AANBIEDER));
		a.start = vt_s + (k == 0 ? 0 : rnd(&g->r, 0, span / 2));
		a.einde = a.start + rnd(&g->r, 14, span > 14 ? span - (a.start - vt_s) : 14);
		if (a.einde > end)
			a.einde = end;
		if (a.einde > today)
			a.einde = CDATE_NONE;
		a.uren_per_week = chance(&g->r, 900) ? rnd(&g->r, 4, 32) : -1;
		if (a.start <= today)
			rc = store_activiteit_save(x->db, &a, &x->ve);
		activiteit_clear(&a);
		if (rc != CASUS_OK)
			return demo_fail(x, rc, "activiteit");
	}
	return CASUS_OK;
}

static int write_voortraject(gen *g)
{
	demo_ctx *x = g->x;
	voortraject v;
	cdate s, e;
	int rc;

	if (!demo_plan_span(&g->pl, SIT_VOORTRAJECT, 0, g->I, &s, &e) || s > x->today)
		return CASUS_OK;
	voortraject_init(&v);
	v.client_id = g->c.id;
	v.start = s;
	v.einde = e != CDATE_NONE && e <= x->today ? e : CDATE_NONE;
	v.soort = WPICK(&g->r, W_SOORT_VT);
	if (chance(&g->r, 250))
		v.notitie = xstrdup(v.soort == DEMO_VT_MAATWERK ? "Maatwerk: eerst taalstage, daarna werkstage." :
				    "Programma werknemersvaardigheden met praktijkdeel.");
	rc = store_voortraject_save(x->db, &v, &x->ve);
	if (rc != CASUS_OK)
		rc = demo_fail(x, rc, "voortraject");
	else
		rc = write_activiteiten(g, &v, s, e);
	voortraject_clear(&v);
	return rc;
}

/* The startbaan's yes/no fields of Tabel 6 (kept together: the record
 * description can set them generically later). */
/* The startbaan's support fields (ja/nee/onbekend), each drawn by its
 * weights, in this order (the order of the draws keeps a seed's caseload). */
static const struct {
	field_id fid;
	const int *w;   /* weights of Onbekend, Ja, Nee */
} SB_SUPPORT[] = {
	{ FLD_SB_LKS, W_LKS }, { FLD_SB_WERKCOACH, W_WERKCOACH },
	{ FLD_SB_JOBCOACH, W_JOBCOACH }, { FLD_SB_HARRIE, W_HARRIE },
};

static void startbaan_flags(rng *r, startbaan *b)
{
	for (size_t i = 0; i < NELEM(SB_SUPPORT); i++) {
		const rec_field *f = record_field(SB_SUPPORT[i].fid);

		assert(f && f->rec == REC_STARTBAAN && f->voc == VOCAB_JANEE);
		rec_set_int(f, b, wpick(r, SB_SUPPORT[i].w, NELEM(W_LKS)));
	}
}

/* Hours per week of a startbaan by W_UREN (-1 = unknown). */
static double startbaan_uren(rng *r)
{
	int hours = WPICK(r, W_UREN);
	double uren = hours == DEMO_UREN_ONBEKEND ? -1 : hours == DEMO_UREN_0_16 ? rnd(r, 8, 16) :
		hours == DEMO_UREN_17_24 ? rnd(r, 17, 24) : hours == DEMO_UREN_25_32 ? rnd(r, 25, 32) :
		rnd(r, 33, 40);

	if (hours == DEMO_UREN_17_24 && chance(r, 200))
		uren = 22.5;
	return uren;
}

static int write_startbanen(gen *g)
{
	demo_ctx *x = g->x;
	cdate s, e;

	for (int k = 0; k < g->pl.nsb; k++) {
		startbaan b;
		const emp *w;
		int rc;

		if (!demo_plan_span(&g->pl, SIT_STARTBAAN, k, g->I, &s, &e) || s > x->today)
			break;
		assert(x->nemp > 0);
		w = &x->emps[rnd(&g->r, 0, (int)x->nemp - 1)];
		assert(w->sector >= 0 && w->sector < DEMO_NSECTORS);
		startbaan_init(&b);
		b.client_id = g->c.id;
		b.employer_id = w->id;
		b.soort = WPICK(&g->r, W_SOORT_SB);
		b.hoe_gekregen = WPICK(&g->r, W_HOE);
		b.functie = xstrdup(FUNCTIE[w->sector][rnd(&g->r, 0, 2)]);
		b.start = s;
		b.maanden = g->pl.sb_maanden[k];
		b.einde = e != CDATE_NONE && (e <= x->today || b.maanden > 0) ? e : CDATE_NONE;
		b.urenafspraak = WPICK(&g->r, W_URENAFSPRAAK);
		b.uren = startbaan_uren(&g->r);
		startbaan_flags(&g->r, &b);
		b.soort_werkgever = WPICK(&g->r, W_SOORT_WG);
		rc = store_startbaan_save(x->db, &b, &x->ve);
		startbaan_clear(&b);
		if (rc != CASUS_OK)
			return demo_fail(x, rc, "startbaan");
	}
	return CASUS_OK;
}

static int write_onhold(gen *g)
{
	demo_ctx *x = g->x;
	onhold o;
	cdate s, e;
	int rc;

	if (!demo_plan_span(&g->pl, SIT_ON_HOLD, 0, g->I, &s, &e) || s > x->today)
		return CASUS_OK;
	onhold_init(&o);
	o.client_id = g->c.id;
	o.start = s;
	o.einde = e != CDATE_NONE && e <= x->today ? e : CDATE_NONE;
	o.reden = WPICK(&g->r, W_REDEN_OH);
	rc = store_onhold_save(x->db, &o, &x->ve);
	onhold_clear(&o);
	return rc == CASUS_OK ? rc : demo_fail(x, rc, "on hold");
}

static int write_afsluiting(gen *g)
{
	demo_ctx *x = g->x;
	const plan *pl = &g->pl;
	afsluiting a;
	cdate s, e;
	int rc;

	if (!pl->af || !demo_plan_span(pl, pl->af == AFSLUITING_UITVAL ? SIT_UITVAL : SIT_EINDE, 0,
				       g->I, &s, &e) || s > x->today)
		return CASUS_OK;
	afsluiting_init(&a);
	a.client_id = g->c.id;
	a.soort = pl->af;
	a.datum = s;
	if (pl->af == AFSLUITING_UITVAL) {
		a.reden = WPICK(&g->r, W_REDEN_UITVAL);
	} else {
		a.reden = WPICK(&g->r, W_REDEN_EINDE);
		/* inburgering afgerond only when it was; the contract reasons
		 * only after a startbaan */
		if (a.reden == DEMO_EINDE_INBURGERING && g->pd.einde_inb == CDATE_NONE)
			a.reden = pl->af_after_sb ? DEMO_EINDE_OVEREENKOMST : DEMO_EINDE_ANDERS;
		else if ((a.reden == DEMO_EINDE_ANDER_WERK || a.reden == DEMO_EINDE_OVEREENKOMST) &&
			 !pl->af_after_sb)
			a.reden = DEMO_EINDE_ANDERS;
	}
	rc = store_afsluiting_save(x->db, &a, &x->ve);
	afsluiting_clear(&a);
	return rc == CASUS_OK ? rc : demo_fail(x, rc, "uitval/einde");
}

/* The startbanen route, records cut at today. */
static int write_route(gen *g)
{
	int rc;

	if (!g->has_plan)
		return CASUS_OK;
	if ((rc = write_voortraject(g)) != CASUS_OK || (rc = write_startbanen(g)) != CASUS_OK ||
	    (rc = write_onhold(g)) != CASUS_OK)
		return rc;
	return write_afsluiting(g);
}

/* Journal: a few contacts in the last two years, sorted by day. */
static int write_journal(gen *g)
{
	demo_ctx *x = g->x;
	cdate today = x->today, days[4];
	cdate lo = g->pd.ins != CDATE_NONE && g->pd.ins <= today ? g->pd.ins :
		(g->I != CDATE_NONE ? g->I : today - 200);
	int nj = g->sc.participant ? rnd(&g->r, 1, 2) + chance(&g->r, 150) :
		rnd(&g->r, 0, 1) + chance(&g->r, 150);
	int k;

	assert(nj >= 0 && nj <= NELEM(days));
	if (lo < today - 730)
		lo = today - 730;
	for (k = 0; k < nj; k++)
		days[k] = lo + rnd(&g->r, 0, today - lo);
	for (int a = 1; a < nj; a++)            /* insertion sort */
		for (int b = a; b > 0 && days[b - 1] > days[b]; b--) {
			cdate t = days[b];
			days[b] = days[b - 1];
			days[b - 1] = t;
		}
	for (k = 0; k < nj; k++) {
		int taal = g->c.taalniveau, rc;
		journal j;

		journal_init(&j);
		j.client_id = g->c.id;
		j.moment = moment_text(&g->r, days[k]);
		j.soort = WPICK(&g->r, W_JOURNAAL);
		j.tolk = chance(&g->r, taal == DEMO_TAAL_A0 ? 600 : taal == DEMO_TAAL_A1 ? 350 : 100) ?
			JANEE_JA : JANEE_NEE;
		if (j.soort == DEMO_JOURNAAL_EMAIL)
			j.tolk = JANEE_NEE;
		j.samenvatting = xstrdup(J_TEXT[j.soort][rnd(&g->r, 0, 3)]);
		if (k == nj - 1 && chance(&g->r, 600))
			j.volgende_afspraak = days[k] + rnd(&g->r, 7, 42);
		j.auteur = xstrdup(x->cons_login[k == nj - 1 || g->start_cons == g->cons ?
						 g->cons : g->start_cons]);
		rc = store_journal_save(x->db, &j, &x->ve);
		journal_clear(&j);
		if (rc != CASUS_OK)
			return demo_fail(x, rc, "journaal");
	}
	return CASUS_OK;
}

/* --- one client ----------------------------------------------------------------- */

int demo_client(demo_ctx *x, int idx, const scenario *forced)
{
	gen g;
	int rc;

	assert(idx >= 0 && idx < x->n);
	memset(&g, 0, sizeof g);
	g.x = x;
	g.idx = idx;
	g.forced = forced;
	g.I = CDATE_NONE;
	g.col = COL_ALL;
	rng_seed(&g.r, x->seed, (uint64_t)idx + 1);
	client_init(&g.c);

	gen_scenario(&g);
	if (g.sc.participant)
		gen_plan(&g);
	gen_person(&g);
	gen_contact(&g);
	gen_situation(&g);
	gen_inburgering(&g);
	gen_regie(&g);

	rc = save_client(x, &g.c);
	if (rc == CASUS_OK && g.start_cons != g.cons)
		rc = write_handover(&g);
	if (rc == CASUS_OK)
		rc = write_pip_steps(&g);
	if (rc == CASUS_OK)
		rc = write_route(&g);
	if (rc == CASUS_OK)
		rc = write_journal(&g);
	if (rc == CASUS_INVALID && x->ve.n)
		rc = demo_fail(x, rc, "klant");
	valerr_free(&x->ve);
	client_clear(&g.c);
	return rc;
}
