/* forms.c - one form per record type over the form engine (form.c).  Each
 * builds its fields from a record (or defaults for a new one) and saves by
 * filling a fresh record and calling the store: one store call, or one
 * transaction around two (a startbaan with a new employer). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "tui.h"
#include "usecase.h"
#include "util.h"

/* A pick field of VOCAB_JANEE for a 0/1 flag. */
static int janee_of(int flag)
{
	return flag ? JANEE_JA : JANEE_NEE;
}

static int int_text(int v, char *buf, size_t n, int unknown)
{
	if (v == unknown)
		buf[0] = '\0';
	else
		snprintf(buf, n, "%d", v);
	return 0;
}

static void num_text(double v, char *buf, size_t n)
{
	if (v < 0) {
		buf[0] = '\0';
		return;
	}
	snprintf(buf, n, "%g", v);
	for (char *p = buf; *p; p++)
		if (*p == '.')
			*p = ',';
}

static void open_card_done(tui *t, int64_t id)
{
	if (id)
		card_push(t, id, TAB_PERSOON, NULL, -1);
}

/* ---- client -------------------------------------------------------------------------------- */

enum {
	C_KN = 1, C_BSN, C_VN, C_AN, C_GEB, C_GJ, C_TEL, C_MAIL, C_ADRES, C_LAND, C_TALEN,
	C_REGIE, C_SB, C_DEELNAME, C_INSTROOM, C_GESLACHT, C_TAAL, C_ENGELS, C_OPL, C_BAAN,
	C_VERG, C_GEZIN, C_KIND, C_VERBL, C_VERV, C_RIJ, C_PROG, C_UITK, C_SINB, C_EINB, C_VTNN
};

static int client_save(tui *t, form *fm, valerr *e)
{
	client c;
	int bad = 0, rc, kind = -1, gj = -1;

	client_init(&c);
	c.id = fm->id;
	c.version = fm->version;
	c.klantnummer = form_text(fm, C_KN);
	c.bsn = form_text(fm, C_BSN);
	c.voornaam = form_text(fm, C_VN);
	c.achternaam = form_text(fm, C_AN);
	bad |= form_date(fm, C_GEB, 0, &c.geboortedatum, e);
	bad |= form_int(fm, C_GJ, 0, &gj, e);
	c.geboortejaar = gj < 0 ? 0 : gj;
	if (c.geboortedatum != CDATE_NONE && gj < 0)
		c.geboortejaar = cdate_year(c.geboortedatum);
	c.telefoon = form_text(fm, C_TEL);
	c.email = form_text(fm, C_MAIL);
	c.adres = form_text(fm, C_ADRES);
	c.land_herkomst = form_text(fm, C_LAND);
	c.talen = form_text(fm, C_TALEN);
	c.regiehouder_id = fm->id ? fm->parent_id : form_list_id(fm, C_REGIE);
	c.startbanen = form_code(fm, C_SB) == JANEE_JA;
	c.deelname = form_code(fm, C_DEELNAME);
	bad |= form_date(fm, C_INSTROOM, 0, &c.datum_instroom, e);
	c.geslacht = form_code(fm, C_GESLACHT);
	c.taalniveau = form_code(fm, C_TAAL);
	c.engels = form_code(fm, C_ENGELS);
	c.opleiding = form_code(fm, C_OPL);
	c.baan_bij_instroom = form_code(fm, C_BAAN);
	bad |= form_date(fm, C_VERG, 0, &c.datum_verblijfsvergunning, e);
	c.gezinssituatie = form_code(fm, C_GEZIN);
	bad |= form_int(fm, C_KIND, 0, &kind, e);
	c.aantal_kinderen = kind;
	c.verblijfssituatie = form_code(fm, C_VERBL);
	c.vervoer = form_code(fm, C_VERV);
	c.rijbewijs = form_code(fm, C_RIJ);
	c.inburgeringsprogramma = form_code(fm, C_PROG);
	c.uitkering = form_code(fm, C_UITK);
	bad |= form_date(fm, C_SINB, 0, &c.start_inburgering, e);
	bad |= form_date(fm, C_EINB, 0, &c.einde_inburgering, e);
	c.voortraject_niet_nodig = form_code(fm, C_VTNN) == JANEE_JA;
	if (bad) {
		/* also show what the store would say about the other fields */
		validate_client(&c, e);
		client_clear(&c);
		return CASUS_INVALID;
	}
	rc = store_client_save(t->db, &c, e);
	fm->saved_id = c.id;
	client_clear(&c);
	return rc;
}

static void client_update(form *fm)
{
	int deelnemer = form_code(fm, C_SB) == JANEE_JA;
	form_field *f = form_field_get(fm, C_DEELNAME);

	if (f)
		f->hidden = !deelnemer;
	if ((f = form_field_get(fm, C_INSTROOM)))
		f->hidden = !deelnemer;
}

static void consultant_options(tui *t, int64_t sel_id, char ***labels, int64_t **ids,
			       size_t *n, int *sel)
{
	*labels = xcalloc(t->ncons + 1, sizeof **labels);
	*ids = xcalloc(t->ncons + 1, sizeof **ids);
	*n = 0;
	*sel = 0;
	for (size_t i = 0; i < t->ncons; i++) {
		if (t->cons[i].id == sel_id)
			*sel = (int)*n;
		(*labels)[*n] = xstrdup(t->cons[i].naam);
		(*ids)[(*n)++] = t->cons[i].id;
	}
}

void form_client(tui *t, const client *rec, const char *focus)
{
	client def;
	const client *c = rec;
	form *fm;
	char buf[32];

	if (!c) {
		client_init(&def);
		c = &def;
	}
	fm = form_new(rec ? "Klantgegevens wijzigen" : "Nieuwe klant");
	fm->id = c->id;
	fm->version = c->version;
	fm->parent_id = c->regiehouder_id;
	fm->client_id = c->id;
	fm->save = client_save;
	fm->update = client_update;
	if (!rec)
		fm->done = open_card_done;
	form_add_text(fm, C_KN, "Klantnummer", c->klantnummer);
	form_add_text(fm, C_BSN, "BSN", c->bsn);
	form_add_text(fm, C_VN, "Voornaam", c->voornaam);
	form_add_text(fm, C_AN, "Achternaam", c->achternaam);
	form_add_date(fm, C_GEB, "Geboortedatum", c->geboortedatum);
	int_text(c->geboortejaar, buf, sizeof buf, 0);
	form_add_text(fm, C_GJ, "Geboortejaar", buf)->hint = "alleen als de datum onbekend is";
	form_add_text(fm, C_TEL, "Telefoon", c->telefoon);
	form_add_text(fm, C_MAIL, "E-mail", c->email);
	form_add_text(fm, C_ADRES, "Adres", c->adres);
	form_add_text(fm, C_LAND, "Land van herkomst", c->land_herkomst);
	form_add_text(fm, C_TALEN, "Talen", c->talen);
	if (!rec) {
		char **labels;
		int64_t *ids;
		size_t n;
		int sel;

		consultant_options(t, t->me_id, &labels, &ids, &n, &sel);
		form_add_list(fm, C_REGIE, "Regiehouder", labels, ids, n, sel);
	}
	form_add_pick(fm, C_SB, "Deelnemer startbanen", VOCAB_JANEE, janee_of(c->startbanen));
	form_add_pick(fm, C_DEELNAME, "Deelname", VOCAB_DEELNAME, c->deelname);
	form_add_date(fm, C_INSTROOM, "Datum instroom", c->datum_instroom);
	form_add_pick(fm, C_GESLACHT, "Geslacht", VOCAB_GESLACHT, c->geslacht);
	form_add_pick(fm, C_TAAL, "Taalniveau bij instroom", VOCAB_TAALNIVEAU, c->taalniveau);
	form_add_pick(fm, C_ENGELS, "Engels", VOCAB_JANEE, c->engels);
	form_add_pick(fm, C_OPL, "Opleiding", VOCAB_OPLEIDING, c->opleiding);
	form_add_pick(fm, C_BAAN, "Baan bij instroom", VOCAB_BAAN_BIJ_INSTROOM, c->baan_bij_instroom);
	form_add_date(fm, C_VERG, "Datum verblijfsvergunning", c->datum_verblijfsvergunning);
	form_add_pick(fm, C_GEZIN, "Gezinssituatie", VOCAB_GEZINSSITUATIE, c->gezinssituatie);
	int_text(c->aantal_kinderen, buf, sizeof buf, -1);
	form_add_text(fm, C_KIND, "Aantal kinderen in NL", buf);
	form_add_pick(fm, C_VERBL, "Verblijfssituatie", VOCAB_VERBLIJFSSITUATIE, c->verblijfssituatie);
	form_add_pick(fm, C_VERV, "Vervoer", VOCAB_VERVOER, c->vervoer);
	form_add_pick(fm, C_RIJ, "Rijbewijs", VOCAB_JANEE, c->rijbewijs);
	form_add_pick(fm, C_PROG, "Inburgeringsprogramma", VOCAB_INBURGERINGSPROGRAMMA,
		      c->inburgeringsprogramma);
	form_add_pick(fm, C_UITK, "Uitkering", VOCAB_JANEE, c->uitkering);
	form_add_date(fm, C_SINB, "Startdatum inburgering", c->start_inburgering);
	form_add_date(fm, C_EINB, "Einddatum inburgering", c->einde_inburgering);
	form_add_pick(fm, C_VTNN, "Voortraject niet nodig", VOCAB_JANEE,
		      janee_of(c->voortraject_niet_nodig));
	if (focus) {
		client_update(fm);
		form_focus(fm, focus);
	}
	form_show(t, fm);
	if (!rec)
		client_clear(&def);
}

/* ---- PIP step ------------------------------------------------------------------------------------ */

enum { P_STAP = 1, P_DATUM, P_STATUS, P_REDEN, P_RESULTAAT, P_UREN, P_NOTITIE };

static int pip_save(tui *t, form *fm, valerr *e)
{
	pip_step p;
	int bad = 0, rc;

	pip_step_init(&p);
	p.id = fm->id;
	p.version = fm->version;
	p.client_id = fm->client_id;
	p.stap = form_code(fm, P_STAP);
	bad |= form_date(fm, P_DATUM, 1, &p.datum, e);
	p.status = form_code(fm, P_STATUS);
	p.reden = p.stap == PIP_GEWIJZIGD ? form_code(fm, P_REDEN) : 0;
	p.resultaat = form_text(fm, P_RESULTAAT);
	bad |= form_decimal(fm, P_UREN, &p.uren, e);
	p.notitie = form_text(fm, P_NOTITIE);
	rc = bad ? CASUS_INVALID : store_pip_step_save(t->db, &p, e);
	pip_step_clear(&p);
	return rc;
}

static void pip_update(form *fm)
{
	int stap = form_code(fm, P_STAP);

	form_field_get(fm, P_REDEN)->hidden = stap != PIP_GEWIJZIGD;
	form_field_get(fm, P_RESULTAAT)->hidden = stap != PIP_LBT;
	form_field_get(fm, P_UREN)->hidden = stap != PIP_MAP_GESTART && stap != PIP_MAP_AFGEROND;
}

void form_pip(tui *t, int64_t client_id, const pip_step *rec, const char *focus)
{
	pip_step def;
	const pip_step *p = rec;
	form *fm;
	char buf[32];

	if (!p) {
		pip_step_init(&def);
		def.datum = t->today;
		def.status = PIPSTATUS_GEPLAND;
		p = &def;
	}
	fm = form_new(rec ? "PIP-stap wijzigen" : "Nieuwe PIP-stap");
	fm->id = p->id;
	fm->version = p->version;
	fm->client_id = client_id;
	fm->save = pip_save;
	fm->update = pip_update;
	form_add_pick(fm, P_STAP, "Stap", VOCAB_PIP_STAP, p->stap);
	form_add_date(fm, P_DATUM, "Datum", p->datum);
	form_add_pick(fm, P_STATUS, "Status", VOCAB_PIP_STATUS, p->status);
	form_add_pick(fm, P_REDEN, "Reden wijziging", VOCAB_PIP_REDEN, p->reden);
	form_add_text(fm, P_RESULTAAT, "Resultaat", p->resultaat);
	num_text(p->uren, buf, sizeof buf);
	form_add_text(fm, P_UREN, "Uren", buf)->hint = "praktijkuren MAP";
	form_add_text(fm, P_NOTITIE, "Notitie", p->notitie);
	pip_update(fm);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* ---- voortraject and activiteit --------------------------------------------------------------------- */

enum { V_START = 1, V_EINDE, V_SOORT, V_NOTITIE };

static int vt_save(tui *t, form *fm, valerr *e)
{
	voortraject v;
	int bad = 0, rc;

	voortraject_init(&v);
	v.id = fm->id;
	v.version = fm->version;
	v.client_id = fm->client_id;
	bad |= form_date(fm, V_START, 0, &v.start, e);
	bad |= form_date(fm, V_EINDE, 0, &v.einde, e);
	v.soort = form_code(fm, V_SOORT);
	v.notitie = form_text(fm, V_NOTITIE);
	rc = bad ? CASUS_INVALID : store_voortraject_save(t->db, &v, e);
	voortraject_clear(&v);
	return rc;
}

void form_voortraject(tui *t, int64_t client_id, const voortraject *rec, const char *focus)
{
	voortraject def;
	const voortraject *v = rec;
	form *fm;

	if (!v) {
		voortraject_init(&def);
		v = &def;
	}
	fm = form_new(rec ? "Voortraject wijzigen" : "Nieuw voortraject");
	fm->id = v->id;
	fm->version = v->version;
	fm->client_id = client_id;
	fm->save = vt_save;
	form_add_date(fm, V_START, "Startdatum", v->start);
	form_add_date(fm, V_EINDE, "Einddatum", v->einde)->hint = "leeg = loopt nog";
	form_add_pick(fm, V_SOORT, "Soort voortraject", VOCAB_SOORT_VOORTRAJECT, v->soort);
	form_add_text(fm, V_NOTITIE, "Notitie", v->notitie);
	form_focus(fm, focus);
	form_show(t, fm);
}

enum { A_SOORT = 1, A_AANBIEDER, A_START, A_EINDE, A_UREN };

static int act_save(tui *t, form *fm, valerr *e)
{
	activiteit a;
	int bad = 0, rc;

	activiteit_init(&a);
	a.id = fm->id;
	a.version = fm->version;
	a.voortraject_id = fm->parent_id;
	a.soort = form_code(fm, A_SOORT);
	a.aanbieder = form_text(fm, A_AANBIEDER);
	bad |= form_date(fm, A_START, 0, &a.start, e);
	bad |= form_date(fm, A_EINDE, 0, &a.einde, e);
	bad |= form_hours(fm, A_UREN, &a.uren_per_week, e);
	rc = bad ? CASUS_INVALID : store_activiteit_save(t->db, &a, e);
	activiteit_clear(&a);
	return rc;
}

void form_activiteit(tui *t, int64_t voortraject_id, const activiteit *rec, const char *focus)
{
	activiteit def;
	const activiteit *a = rec;
	form *fm;
	char buf[32];

	if (!a) {
		activiteit_init(&def);
		a = &def;
	}
	fm = form_new(rec ? "Activiteit wijzigen" : "Nieuwe activiteit in het voortraject");
	fm->id = a->id;
	fm->version = a->version;
	fm->parent_id = voortraject_id;
	fm->save = act_save;
	form_add_pick(fm, A_SOORT, "Activiteit", VOCAB_ACTIVITEIT, a->soort);
	form_add_text(fm, A_AANBIEDER, "Aanbieder", a->aanbieder);
	form_add_date(fm, A_START, "Startdatum", a->start);
	form_add_date(fm, A_EINDE, "Einddatum", a->einde);
	num_text(a->uren_per_week, buf, sizeof buf);
	form_add_text(fm, A_UREN, "Uren per week", buf);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* ---- startbaan (with a new employer in place) ------------------------------------------------------- */

enum {
	S_WERKGEVER = 1, S_WG_NAAM, S_WG_CONTACT, S_WG_SECTOR, S_WG_OMVANG, S_WG_ERVARING,
	S_SOORT, S_HOE, S_FUNCTIE, S_START, S_EINDE, S_MAANDEN, S_URENAFSPRAAK, S_UREN,
	S_LKS, S_WERKCOACH, S_JOBCOACH, S_HARRIE, S_SOORT_WG
};

static const char NIEUWE_WERKGEVER[] = "Nieuwe werkgever…";

/* Employer problems carry the employer's own labels; show them at the
 * fields of this form. */
static void employer_errors(valerr *from, valerr *to)
{
	for (size_t i = 0; i < from->n; i++) {
		const char *f = from->items[i].field;

		if (strcmp(f, "Naam") == 0)
			f = "Naam werkgever";
		else if (strcmp(f, "Telefoon") == 0 || strcmp(f, "E-mail") == 0)
			f = "Contactpersoon";
		valerr_add(to, f, "%s", from->items[i].msg);
	}
}

static int sb_save(tui *t, form *fm, valerr *e)
{
	startbaan s;
	employer w;
	valerr we = VALERR_INIT;
	int bad = 0, rc, nieuw = form_list_id(fm, S_WERKGEVER) == 0;

	startbaan_init(&s);
	employer_init(&w);
	s.id = fm->id;
	s.version = fm->version;
	s.client_id = fm->client_id;
	s.employer_id = form_list_id(fm, S_WERKGEVER);
	s.soort = form_code(fm, S_SOORT);
	s.hoe_gekregen = form_code(fm, S_HOE);
	s.functie = form_text(fm, S_FUNCTIE);
	bad |= form_date(fm, S_START, 1, &s.start, e);
	bad |= form_date(fm, S_EINDE, 0, &s.einde, e);
	bad |= form_int(fm, S_MAANDEN, 1, &s.maanden, e);
	s.urenafspraak = form_code(fm, S_URENAFSPRAAK);
	bad |= form_hours(fm, S_UREN, &s.uren, e);
	s.loonkostensubsidie = form_code(fm, S_LKS);
	s.werkcoach = form_code(fm, S_WERKCOACH);
	s.jobcoach = form_code(fm, S_JOBCOACH);
	s.harrie = form_code(fm, S_HARRIE);
	s.soort_werkgever = form_code(fm, S_SOORT_WG);
	if (nieuw) {
		w.naam = form_text(fm, S_WG_NAAM);
		w.contactpersoon = form_text(fm, S_WG_CONTACT);
		w.sector = form_code(fm, S_WG_SECTOR);
		w.omvang = form_code(fm, S_WG_OMVANG);
		w.ervaring = form_code(fm, S_WG_ERVARING);
		if (validate_employer(&w, &we))
			bad = 1;
	}
	if (bad) {
		employer_errors(&we, e);
		rc = CASUS_INVALID;
		goto out;
	}
	/* the new employer and the startbaan, or neither */
	rc = usecase_startbaan_save(t->db, &s, nieuw ? &w : NULL, e, &we);
	if (nieuw)
		employer_errors(&we, e);
out:
	valerr_free(&we);
	startbaan_clear(&s);
	employer_clear(&w);
	return rc;
}

static void sb_update(form *fm)
{
	int nieuw = form_list_id(fm, S_WERKGEVER) == 0;

	for (int id = S_WG_NAAM; id <= S_WG_ERVARING; id++)
		form_field_get(fm, id)->hidden = !nieuw;
}

void form_startbaan(tui *t, int64_t client_id, const startbaan *rec, const char *focus)
{
	startbaan def;
	const startbaan *s = rec;
	form *fm;
	employer *ws = NULL;
	size_t nw = 0;
	char **labels;
	int64_t *ids;
	int sel = 0;
	char buf[32];

	if (!s) {
		startbaan_init(&def);
		s = &def;
	}
	store_employer_list(t->db, &ws, &nw);
	labels = xcalloc(nw + 1, sizeof *labels);
	ids = xcalloc(nw + 1, sizeof *ids);
	labels[0] = xstrdup(NIEUWE_WERKGEVER);
	ids[0] = 0;
	for (size_t i = 0; i < nw; i++) {
		labels[i + 1] = str_printable(ws[i].naam);
		ids[i + 1] = ws[i].id;
		if (ws[i].id == s->employer_id)
			sel = (int)i + 1;
		employer_clear(&ws[i]);
	}
	free(ws);
	/* a new startbaan starts on the first existing employer, if any */
	if (!rec && nw > 0)
		sel = 1;
	fm = form_new(rec ? "Startbaan wijzigen" : "Nieuwe startbaan");
	fm->id = s->id;
	fm->version = s->version;
	fm->client_id = client_id;
	fm->save = sb_save;
	fm->update = sb_update;
	form_add_list(fm, S_WERKGEVER, "Werkgever", labels, ids, nw + 1, sel);
	form_add_text(fm, S_WG_NAAM, "Naam werkgever", NULL);
	form_add_text(fm, S_WG_CONTACT, "Contactpersoon", NULL);
	form_add_pick(fm, S_WG_SECTOR, "Sector", VOCAB_SECTOR, 0);
	form_add_pick(fm, S_WG_OMVANG, "Omvang vestiging", VOCAB_OMVANG_VESTIGING, 0);
	form_add_pick(fm, S_WG_ERVARING, "Ervaring met statushouders", VOCAB_JANEE, 0);
	form_add_pick(fm, S_SOORT, "Soort startbaan", VOCAB_SOORT_STARTBAAN, s->soort);
	form_add_pick(fm, S_HOE, "Hoe gekregen", VOCAB_HOE_GEKREGEN, s->hoe_gekregen);
	form_add_text(fm, S_FUNCTIE, "Functie", s->functie);
	form_add_date(fm, S_START, "Startdatum", s->start);
	form_add_date(fm, S_EINDE, "Einddatum", s->einde)->hint = "ook gepland";
	int_text(s->maanden, buf, sizeof buf, -1);
	form_add_text(fm, S_MAANDEN, "Duur overeenkomst (maanden)", buf);
	form_add_pick(fm, S_URENAFSPRAAK, "Urenafspraak", VOCAB_URENAFSPRAAK, s->urenafspraak);
	num_text(s->uren, buf, sizeof buf);
	form_add_text(fm, S_UREN, "Uren per week", buf);
	form_add_pick(fm, S_LKS, "Loonkostensubsidie", VOCAB_JANEE, s->loonkostensubsidie);
	form_add_pick(fm, S_WERKCOACH, "Werkcoach", VOCAB_JANEE, s->werkcoach);
	form_add_pick(fm, S_JOBCOACH, "Jobcoach", VOCAB_JANEE, s->jobcoach);
	form_add_pick(fm, S_HARRIE, "HARRIE-training", VOCAB_JANEE, s->harrie);
	form_add_pick(fm, S_SOORT_WG, "Soort werkgever", VOCAB_SOORT_WERKGEVER, s->soort_werkgever);
	sb_update(fm);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* ---- on hold, uitval/einde ---------------------------------------------------------------------------- */

enum { O_START = 1, O_EINDE, O_REDEN };

static int oh_save(tui *t, form *fm, valerr *e)
{
	onhold o;
	int bad = 0;

	onhold_init(&o);
	o.id = fm->id;
	o.version = fm->version;
	o.client_id = fm->client_id;
	bad |= form_date(fm, O_START, 1, &o.start, e);
	bad |= form_date(fm, O_EINDE, 0, &o.einde, e);
	o.reden = form_code(fm, O_REDEN);
	return bad ? CASUS_INVALID : store_onhold_save(t->db, &o, e);
}

void form_onhold(tui *t, int64_t client_id, const onhold *rec, const char *focus)
{
	onhold def;
	const onhold *o = rec;
	form *fm;

	if (!o) {
		onhold_init(&def);
		def.start = t->today;
		o = &def;
	}
	fm = form_new(rec ? "On hold wijzigen" : "Nieuwe periode on hold");
	fm->id = o->id;
	fm->version = o->version;
	fm->client_id = client_id;
	fm->save = oh_save;
	form_add_date(fm, O_START, "Startdatum", o->start);
	form_add_date(fm, O_EINDE, "Einddatum", o->einde)->hint = "leeg = nog on hold";
	form_add_pick(fm, O_REDEN, "Reden on hold", VOCAB_REDEN_ON_HOLD, o->reden);
	form_focus(fm, focus);
	form_show(t, fm);
}

enum { U_SOORT = 1, U_DATUM, U_REDEN_UIT, U_REDEN_EINDE };

static int af_save(tui *t, form *fm, valerr *e)
{
	afsluiting a;
	int bad;

	afsluiting_init(&a);
	a.id = fm->id;
	a.version = fm->version;
	a.client_id = fm->client_id;
	a.soort = form_code(fm, U_SOORT);
	bad = form_date(fm, U_DATUM, 1, &a.datum, e);
	a.reden = form_code(fm, a.soort == AFSLUITING_UITVAL ? U_REDEN_UIT : U_REDEN_EINDE);
	return bad ? CASUS_INVALID : store_afsluiting_save(t->db, &a, e);
}

static void af_update(form *fm)
{
	int uit = form_code(fm, U_SOORT) == AFSLUITING_UITVAL;

	form_field_get(fm, U_REDEN_UIT)->hidden = !uit;
	form_field_get(fm, U_REDEN_EINDE)->hidden = uit;
}

void form_afsluiting(tui *t, int64_t client_id, const afsluiting *rec, const char *focus)
{
	afsluiting def;
	const afsluiting *a = rec;
	form *fm;

	if (!a) {
		afsluiting_init(&def);
		def.soort = AFSLUITING_UITVAL;
		def.datum = t->today;
		a = &def;
	}
	fm = form_new(rec ? "Uitval/einde wijzigen" : "Uitval of einde vastleggen");
	fm->id = a->id;
	fm->version = a->version;
	fm->client_id = client_id;
	fm->save = af_save;
	fm->update = af_update;
	form_add_pick(fm, U_SOORT, "Soort", VOCAB_AFSLUITING, a->soort);
	form_add_date(fm, U_DATUM, "Datum", a->datum);
	form_add_pick(fm, U_REDEN_UIT, "Reden uitval", VOCAB_REDEN_UITVAL,
		      a->soort == AFSLUITING_UITVAL ? a->reden : 0);
	form_add_pick(fm, U_REDEN_EINDE, "Reden einde", VOCAB_REDEN_EINDE,
		      a->soort == AFSLUITING_EINDE ? a->reden : 0);
	af_update(fm);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* ---- journal -------------------------------------------------------------------------------------------- */

enum { J_MOMENT = 1, J_SOORT, J_TOLK, J_SAMENVATTING, J_VOLGENDE };

static int jr_save(tui *t, form *fm, valerr *e)
{
	journal j;
	int bad = 0, rc;

	journal_init(&j);
	j.id = fm->id;
	j.version = fm->version;
	j.client_id = fm->client_id;
	j.moment = form_text(fm, J_MOMENT);
	j.soort = form_field_get(fm, J_SOORT) ? form_code(fm, J_SOORT) : 2;
	j.tolk = form_field_get(fm, J_TOLK) ? form_code(fm, J_TOLK) == JANEE_JA : 0;
	j.samenvatting = form_text(fm, J_SAMENVATTING);
	if (form_field_get(fm, J_VOLGENDE))
		bad |= form_date(fm, J_VOLGENDE, 0, &j.volgende_afspraak, e);
	j.auteur = xstrdup(fm->extra ? (const char *)fm->extra : db_user(t->db));
	if (!j.moment)
		j.moment = caseload_now();
	rc = bad ? CASUS_INVALID : store_journal_save(t->db, &j, e);
	journal_clear(&j);
	return rc;
}

void form_journal(tui *t, int64_t client_id, const journal *rec, const char *focus)
{
	journal def;
	const journal *j = rec;
	form *fm;
	char *now = NULL;

	if (!j) {
		journal_init(&def);
		now = caseload_now();
		def.moment = now;
		def.soort = 1;
		j = &def;
	}
	fm = form_new(rec ? "Journaalregel wijzigen" : "Nieuwe journaalregel");
	fm->id = j->id;
	fm->version = j->version;
	fm->client_id = client_id;
	fm->save = jr_save;
	if (rec && rec->auteur) {
		fm->extra = xstrdup(rec->auteur);
		fm->free_extra = free;
	}
	form_add_text(fm, J_MOMENT, "Datum en tijd", j->moment)->hint = "jjjj-mm-dd uu:mm";
	form_add_pick(fm, J_SOORT, "Soort contact", VOCAB_JOURNAAL_SOORT, j->soort);
	form_add_pick(fm, J_TOLK, "Tolk", VOCAB_JANEE, janee_of(j->tolk));
	form_add_text(fm, J_SAMENVATTING, "Samenvatting", j->samenvatting);
	form_add_date(fm, J_VOLGENDE, "Volgende afspraak", j->volgende_afspraak);
	form_focus(fm, focus);
	form_show(t, fm);
	free(now);
}

void form_notitie(tui *t, int64_t client_id)
{
	form *fm = form_new("Journaalregel (spreekuur)");

	fm->client_id = client_id;
	fm->save = jr_save;
	fm->inline_one = 1;
	form_add_text(fm, J_SAMENVATTING, "Samenvatting", NULL);
	form_show(t, fm);
}

/* ---- handover ---------------------------------------------------------------------------------------------- */

enum { H_NAAR = 1, H_DATUM, H_REDEN };

static int ho_save(tui *t, form *fm, valerr *e)
{
	cdate d;
	char *reden;
	int rc;

	if (form_date(fm, H_DATUM, 1, &d, e) < 0)
		return CASUS_INVALID;
	if (form_list_id(fm, H_NAAR) == fm->parent_id) {
		valerr_add(e, "Naar", "is al de regiehouder; kies een andere consulent");
		return CASUS_INVALID;
	}
	reden = form_text(fm, H_REDEN);
	rc = store_handover(t->db, fm->client_id, form_list_id(fm, H_NAAR), d, reden, e);
	free(reden);
	return rc;
}

void form_handover(tui *t, int64_t client_id, int64_t regiehouder_id)
{
	form *fm = form_new("Overdragen aan een andere consulent");
	char **labels;
	int64_t *ids;
	size_t n;
	int sel;

	fm->client_id = client_id;
	fm->parent_id = regiehouder_id;
	fm->save = ho_save;
	consultant_options(t, regiehouder_id, &labels, &ids, &n, &sel);
	/* start on someone else than the current regiehouder */
	if (n > 1 && ids[sel] == regiehouder_id)
		sel = sel == 0 ? 1 : 0;
	form_add_list(fm, H_NAAR, "Naar", labels, ids, n, sel);
	form_add_date(fm, H_DATUM, "Datum", t->today);
	form_add_text(fm, H_REDEN, "Reden", NULL);
	form_show(t, fm);
}
