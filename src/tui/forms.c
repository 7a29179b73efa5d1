/* forms.c - one form per record type over the form engine (form.c).  The
 * fields come from the record descriptions (form_rec.c: every field typed
 * in a form, in description order, with its label and vocabulary); what is
 * written here is what a form does beyond that: the lists it makes for a
 * reference, fields hidden by another field's value, the defaults of a new
 * record.  Each saves by reading the fields back into a fresh record and
 * calling the store, which validates: one store call, or one transaction
 * around two (a startbaan with a new employer). */
#include "config.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form_rec.h"
#include "store.h"
#include "tui.h"
#include "usecase.h"
#include "util.h"

static void open_card_done(tui *t, int64_t id)
{
	if (id)
		card_push(t, id, TAB_PERSOON, NULL, -1);
}

/* Show or hide a field of the form (when it is on the form). */
static void show_field(form *fm, int id, int shown)
{
	form_field *f = form_field_get(fm, id);

	if (f)
		f->hidden = !shown;
}

static void set_hint(form *fm, int id, const char *hint)
{
	form_field *f = form_field_get(fm, id);

	assert(f);
	f->hint = hint;
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

/* A list of the consultants for a reference to one, on `sel` first. */
static void add_consultant_list(tui *t, form *fm, const rec_field *f, int64_t sel_id)
{
	char **labels;
	int64_t *ids;
	size_t n;
	int sel;

	consultant_options(t, sel_id, &labels, &ids, &n, &sel);
	form_add_list(fm, f->id, f->label, labels, ids, n, sel);
}

/* ---- client -------------------------------------------------------------------------------- */

/* The regiehouder is chosen when a client is added; later it changes only
 * by a handover, so an existing client's form has no field for it. */
static void client_own(tui *t, form *fm, const rec_field *f, const void *rec)
{
	assert(f->id == FLD_KL_REGIE);
	(void)rec;
	if (!fm->id)
		add_consultant_list(t, fm, f, t->me_id);
}

/* A birth date without a birth year gives the year. */
static void birth_year_from_date(form *fm, client *c)
{
	form_field *f = form_field_get(fm, FLD_KL_GEBJAAR);
	char *s = f ? le_utf8(&f->le) : NULL;

	if (c->geboortedatum != CDATE_NONE && str_blank(s))
		c->geboortejaar = cdate_year(c->geboortedatum);
	free(s);
}

static int client_save(tui *t, form *fm, valerr *e)
{
	client c;
	int rc;

	client_init(&c);
	c.id = fm->id;
	c.version = fm->version;
	rc = form_read_record(fm, REC_CLIENT, &c, e);
	birth_year_from_date(fm, &c);
	if (fm->id)
		c.regiehouder_id = fm->parent_id;
	if (rc != 0) {
		/* the record is incomplete, so the store is not asked: say what
		 * it would say about the other fields now (validated once) */
		validate_client(&c, e);
		client_clear(&c);
		return CASUS_INVALID;
	}
	rc = store_client_save(t->db, &c, e);
	fm->saved_id = c.id;
	client_clear(&c);
	return rc;
}

/* Deelname and instroom belong to participants of the startbanen only. */
static void client_update(form *fm)
{
	int deelnemer = form_code(fm, FLD_KL_DEELNEMER) == JANEE_JA;

	show_field(fm, FLD_KL_DEELNAME, deelnemer);
	show_field(fm, FLD_KL_INSTROOM, deelnemer);
}

void form_client(tui *t, const client *rec, const char *focus)
{
	client def;
	const client *c = rec;
	form *fm;

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
	form_add_record(t, fm, REC_CLIENT, NULL, c, client_own);
	set_hint(fm, FLD_KL_GEBJAAR, "alleen als de datum onbekend is");
	if (focus) {
		client_update(fm);
		form_focus(fm, focus);
	}
	form_show(t, fm);
	if (!rec)
		client_clear(&def);
}

/* ---- PIP step ------------------------------------------------------------------------------------ */

static int pip_save(tui *t, form *fm, valerr *e)
{
	pip_step p;
	int rc;

	pip_step_init(&p);
	p.id = fm->id;
	p.version = fm->version;
	p.client_id = fm->client_id;
	rc = form_read_record(fm, REC_PIP, &p, e);
	/* the reason belongs to a changed PIP only */
	if (p.stap != PIP_GEWIJZIGD)
		p.reden = 0;
	if (rc != 0) {
		/* a value not read: say now what the store would say
		 * about the rest, all problems at once */
		validate_pip_step(&p, e);
		rc = CASUS_INVALID;
	} else {
		rc = store_pip_step_save(t->db, &p, e);
	}
	pip_step_clear(&p);
	return rc;
}

/* Reden for a changed PIP, resultaat for the learnability test, hours for
 * the MAP, Einddatum for DUO's dates: as the description says
 * (RF_SOMETIMES, record_field_applies), and whatever a step holds. */
static void pip_update(form *fm)
{
	form_show_applying(fm, REC_PIP);
}

void form_pip(tui *t, int64_t client_id, const pip_step *rec, const char *focus)
{
	pip_step def;
	const pip_step *p = rec;
	form *fm;

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
	form_add_record(t, fm, REC_PIP, NULL, p, NULL);
	set_hint(fm, FLD_PIP_UREN, "praktijkuren MAP");
	pip_update(fm);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* ---- voortraject and activiteit --------------------------------------------------------------------- */

static int vt_save(tui *t, form *fm, valerr *e)
{
	voortraject v;
	int rc;

	voortraject_init(&v);
	v.id = fm->id;
	v.version = fm->version;
	v.client_id = fm->client_id;
	rc = form_read_record(fm, REC_VOORTRAJECT, &v, e);
	if (rc != 0) {
		/* a value not read: say now what the store would say
		 * about the rest, all problems at once */
		validate_voortraject(&v, e);
		rc = CASUS_INVALID;
	} else {
		rc = store_voortraject_save(t->db, &v, e);
	}
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
	form_add_record(t, fm, REC_VOORTRAJECT, NULL, v, NULL);
	set_hint(fm, FLD_VT_EINDE, "leeg = loopt nog");
	form_focus(fm, focus);
	form_show(t, fm);
}

static int act_save(tui *t, form *fm, valerr *e)
{
	activiteit a;
	int rc;

	activiteit_init(&a);
	a.id = fm->id;
	a.version = fm->version;
	a.voortraject_id = fm->parent_id;
	rc = form_read_record(fm, REC_ACTIVITEIT, &a, e);
	if (rc != 0) {
		/* a value not read: say now what the store would say
		 * about the rest, all problems at once */
		validate_activiteit(&a, e);
		rc = CASUS_INVALID;
	} else {
		rc = store_activiteit_save(t->db, &a, e);
	}
	activiteit_clear(&a);
	return rc;
}

void form_activiteit(tui *t, int64_t voortraject_id, const activiteit *rec, const char *focus)
{
	activiteit def;
	const activiteit *a = rec;
	form *fm;

	if (!a) {
		activiteit_init(&def);
		a = &def;
	}
	fm = form_new(rec ? "Activiteit wijzigen" : "Nieuwe activiteit in het voortraject");
	fm->id = a->id;
	fm->version = a->version;
	fm->parent_id = voortraject_id;
	fm->save = act_save;
	form_add_record(t, fm, REC_ACTIVITEIT, NULL, a, NULL);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* ---- startbaan (with a new employer in place) ------------------------------------------------------- */

static const char NIEUWE_WERKGEVER[] = "Nieuwe werkgever…";
/* A new startbaan's Werkgever starts empty: this first option (id -1)
 * until the user picks an employer or "Nieuwe werkgever…". */
static const char GEEN_WERKGEVER[] = "(nog niet gekozen)";

/* The new employer's problems, each kept with its field id: the form shows
 * it at that employer field. */
static void employer_errors(valerr *from, valerr *to)
{
	for (size_t i = 0; i < from->n; i++)
		valerr_field_as(to, from->items[i].fid, from->items[i].field, "%s", from->items[i].msg);
}

static int sb_save(tui *t, form *fm, valerr *e)
{
	startbaan s;
	employer w;
	valerr we = VALERR_INIT;
	int bad = 0, rc, nieuw = form_list_id(fm, FLD_SB_WERKGEVER) == 0;

	startbaan_init(&s);
	employer_init(&w);
	s.id = fm->id;
	s.version = fm->version;
	s.client_id = fm->client_id;
	bad |= form_read_record(fm, REC_STARTBAAN, &s, e);
	if (form_list_id(fm, FLD_SB_WERKGEVER) < 0) {
		valerr_field(e, FLD_SB_WERKGEVER, "kies een werkgever of %s", NIEUWE_WERKGEVER);
		bad = 1;
	}
	if (nieuw)
		bad |= form_read_record(fm, REC_EMPLOYER, &w, e);
	if (bad) {
		/* the store is not asked: say now what it would say about the
		 * new employer (validated once) */
		if (nieuw)
			validate_employer(&w, &we);
		employer_errors(&we, e);
		validate_startbaan(&s, e);
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

/* The fields of a new employer, typed in place when the list says
 * "Nieuwe werkgever…". */
static const field_id new_employer_fields[] = {
	FLD_WG_NAAM, FLD_WG_CONTACT, FLD_WG_SECTOR, FLD_WG_OMVANG, FLD_WG_ERVARING
};
#define N_NEW_EMPLOYER (sizeof new_employer_fields / sizeof new_employer_fields[0])

static void sb_update(form *fm)
{
	int nieuw = form_list_id(fm, FLD_SB_WERKGEVER) == 0;

	for (size_t i = 0; i < N_NEW_EMPLOYER; i++)
		show_field(fm, new_employer_fields[i], nieuw);
}

/* The employer is picked by name from the list of employers, or a new one
 * is typed in place. */
static void employer_by_name(tui *t, form *fm, const startbaan *s)
{
	employer *ws = NULL, blank;
	size_t nw = 0;
	char **labels;
	int64_t *ids;
	int sel = 0;
	size_t k = 0;

	store_employer_list(t->db, &ws, &nw);
	labels = xcalloc(nw + 2, sizeof *labels);
	ids = xcalloc(nw + 2, sizeof *ids);
	/* a new startbaan starts empty, never on another client's employer */
	if (!fm->id) {
		labels[k] = xstrdup(GEEN_WERKGEVER);
		ids[k++] = -1;
	}
	labels[k] = xstrdup(NIEUWE_WERKGEVER);
	ids[k++] = 0;
	for (size_t i = 0; i < nw; i++, k++) {
		labels[k] = str_printable(ws[i].naam);
		ids[k] = ws[i].id;
		if (fm->id && ws[i].id == s->employer_id)
			sel = (int)k;
		employer_clear(&ws[i]);
	}
	free(ws);
	form_add_list(fm, FLD_SB_WERKGEVER, record_label(FLD_SB_WERKGEVER), labels, ids, k, sel);
	employer_init(&blank);
	for (size_t i = 0; i < N_NEW_EMPLOYER; i++)
		form_add_described(fm, record_field(new_employer_fields[i]), &blank);
	employer_clear(&blank);
	form_field_get(fm, FLD_WG_NAAM)->label = "Naam werkgever";
}

static void sb_own(tui *t, form *fm, const rec_field *f, const void *rec)
{
	assert(f->id == FLD_SB_WERKGEVER);
	employer_by_name(t, fm, rec);
}

void form_startbaan(tui *t, int64_t client_id, const startbaan *rec, const char *focus)
{
	startbaan def;
	const startbaan *s = rec;
	form *fm;

	if (!s) {
		startbaan_init(&def);
		s = &def;
	}
	fm = form_new(rec ? "Startbaan wijzigen" : "Nieuwe startbaan");
	fm->id = s->id;
	fm->version = s->version;
	fm->client_id = client_id;
	fm->save = sb_save;
	fm->update = sb_update;
	form_add_record(t, fm, REC_STARTBAAN, NULL, s, sb_own);
	set_hint(fm, FLD_SB_EINDE, "ook gepland");
	sb_update(fm);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* ---- an existing employer ---------------------------------------------------------------------------- */

static int wg_save(tui *t, form *fm, valerr *e)
{
	employer w;
	int rc;

	employer_init(&w);
	w.id = fm->id;
	w.version = fm->version;
	if (form_read_record(fm, REC_EMPLOYER, &w, e) != 0)
		rc = CASUS_INVALID;
	else
		rc = store_employer_save(t->db, &w, e);
	employer_clear(&w);
	return rc;
}

void form_employer(tui *t, const employer *rec, const char *focus)
{
	form *fm = form_new("Werkgever wijzigen (geldt voor elke startbaan bij deze werkgever)");

	assert(rec && rec->id);
	fm->id = rec->id;
	fm->version = rec->version;
	fm->save = wg_save;
	form_add_record(t, fm, REC_EMPLOYER, NULL, rec, NULL);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* The employer with this id from the store (the list is by name). */
static int employer_load(tui *t, int64_t id, employer *out)
{
	employer *ws = NULL;
	size_t n = 0;
	int found = 0;

	employer_init(out);
	if (store_employer_list(t->db, &ws, &n) != CASUS_OK)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (!found && ws[i].id == id) {
			*out = ws[i];
			found = 1;
		} else {
			employer_clear(&ws[i]);
		}
	}
	free(ws);
	return found;
}

void form_employer_of(tui *t, int64_t employer_id, const char *focus)
{
	employer w;

	if (!employer_id || !employer_load(t, employer_id, &w)) {
		tui_message(t, 1, "Deze startbaan heeft geen werkgever die gelezen kan worden.");
		return;
	}
	form_employer(t, &w, focus);
	employer_clear(&w);
}

/* ---- on hold, uitval/einde ---------------------------------------------------------------------------- */

static int oh_save(tui *t, form *fm, valerr *e)
{
	onhold o;

	onhold_init(&o);
	o.id = fm->id;
	o.version = fm->version;
	o.client_id = fm->client_id;
	if (form_read_record(fm, REC_ONHOLD, &o, e) != 0) {
		validate_onhold(&o, e);
		return CASUS_INVALID;
	}
	return store_onhold_save(t->db, &o, e);
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
	form_add_record(t, fm, REC_ONHOLD, NULL, o, NULL);
	set_hint(fm, FLD_OH_EINDE, "leeg = nog on hold");
	form_focus(fm, focus);
	form_show(t, fm);
}

/* The reason of an uitval and of an einde come from two vocabularies: the
 * form has a pick for each (both with the field id of the reason, so a
 * problem shows at the visible one), and shows the one of the soort. */
static form_field *af_reason(form *fm, int einde)
{
	for (size_t i = 0; i < fm->n; i++)
		if (fm->f[i].id == FLD_AF_REDEN && einde-- == 0)
			return &fm->f[i];
	assert(!"the afsluiting form has two reasons");
	return NULL;
}

static int af_read(form *fm, afsluiting *a, valerr *e)
{
	afsluiting_init(a);
	a->id = fm->id;
	a->version = fm->version;
	a->client_id = fm->client_id;
	if (form_read_record(fm, REC_AFSLUITING, a, e) != 0) {
		a->reden = af_reason(fm, a->soort != AFSLUITING_UITVAL)->code;
		validate_afsluiting(a, e);      /* and the rest, at once */
		return -1;
	}
	a->reden = af_reason(fm, a->soort != AFSLUITING_UITVAL)->code;
	return 0;
}

/* Uitval/einde ends what runs on its date (usecase.h): saved after the
 * user confirmed the list of af_save's question. */
static void af_confirm(tui *t, void *arg, int yes)
{
	form *fm = arg;
	valerr e = VALERR_INIT;
	afsluiting a;
	char **closed = NULL;
	size_t n = 0;
	int rc = yes && af_read(fm, &a, &e) == 0 ? usecase_afsluiting_save(t->db, &a, &e, &closed, &n) : -1;

	if (rc == CASUS_OK) {
		tui_pop(t, 1);
		tui_message(t, 0, "Opgeslagen; %zu %s beëindigd.", n, n == 1 ? "record" : "records");
	} else {
		char *why = e.n ? xasprintf("%s: %s", e.items[0].field, e.items[0].msg) : xstrdup(db_errmsg(t->db));

		snprintf(fm->msg, sizeof fm->msg, "Niet opgeslagen%s%s", rc < 0 ? "." : ": ", rc < 0 ? "" : why);
		fm->msg_err = 1;
		free(why);
	}
	usecase_lines_free(closed, n);
	valerr_free(&e);
}

static int af_save(tui *t, form *fm, valerr *e)
{
	afsluiting a;
	char **lines = NULL;
	size_t n = 0;
	int rc;

	if (af_read(fm, &a, e) != 0)
		return CASUS_INVALID;
	rc = usecase_afsluiting_plan(t->db, &a, e, &lines, &n);
	if (rc == CASUS_OK && n == 0) {
		rc = usecase_afsluiting_save(t->db, &a, e, &lines, &n);
	} else if (rc == CASUS_OK) {
		strbuf q = STRBUF_INIT;

		sb_appendf(&q, "Hiermee eindigt ook:");
		for (size_t i = 0; i < n; i++)
			sb_appendf(&q, " %s%s", lines[i], i + 1 < n ? ";" : ".");
		sb_append(&q, " Opslaan en dit beëindigen? (J/n)");
		ask_push(t, q.s, af_confirm, fm);
		sb_free(&q);
		snprintf(fm->msg, sizeof fm->msg, "Nog niet opgeslagen: bevestig wat er eindigt.");
		fm->msg_err = 0;
		rc = CASUS_INVALID;     /* the form stays until the answer */
	}
	usecase_lines_free(lines, n);
	return rc;
}

static void af_update(form *fm)
{
	int uit = form_code(fm, FLD_AF_SOORT) == AFSLUITING_UITVAL;

	af_reason(fm, 0)->hidden = !uit;
	af_reason(fm, 1)->hidden = uit;
}

static void af_own(tui *t, form *fm, const rec_field *f, const void *rec)
{
	const afsluiting *a = rec;

	assert(f->id == FLD_AF_REDEN);
	(void)t;
	form_add_pick(fm, f->id, "Reden uitval", VOCAB_REDEN_UITVAL,
		      a->soort == AFSLUITING_UITVAL ? a->reden : 0);
	form_add_pick(fm, f->id, "Reden einde", VOCAB_REDEN_EINDE,
		      a->soort == AFSLUITING_EINDE ? a->reden : 0);
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
	form_add_record(t, fm, REC_AFSLUITING, NULL, a, af_own);
	af_update(fm);
	form_focus(fm, focus);
	form_show(t, fm);
}

/* ---- journal -------------------------------------------------------------------------------------------- */

static int jr_save(tui *t, form *fm, valerr *e)
{
	journal j;
	int rc;

	journal_init(&j);
	j.id = fm->id;
	j.version = fm->version;
	j.client_id = fm->client_id;
	/* the one-line entry has the summary only: a spreekuur, now */
	j.soort = JOURNAAL_SPREEKUUR;
	rc = form_read_record(fm, REC_JOURNAL, &j, e);
	j.auteur = xstrdup(fm->extra ? (const char *)fm->extra : db_user(t->db));
	if (!j.moment)
		j.moment = caseload_now();
	if (rc != 0) {
		/* a value not read: say now what the store would say
		 * about the rest, all problems at once */
		validate_journal(&j, e);
		rc = CASUS_INVALID;
	} else {
		rc = store_journal_save(t->db, &j, e);
	}
	journal_clear(&j);
	return rc;
}

void form_journal(tui *t, int64_t client_id, const journal *rec, const char *focus)
{
	journal def;
	const journal *j = rec;
	form *fm;

	if (!j) {
		journal_init(&def);
		def.moment = caseload_now();
		def.soort = JOURNAAL_GESPREK;
		j = &def;
	}
	fm = form_new(rec ? "Journaalregel wijzigen" : "Nieuwe journaalregel");
	fm->id = j->id;
	fm->version = j->version;
	fm->client_id = client_id;
	fm->save = jr_save;
	/* a changed line keeps its author */
	if (rec && rec->auteur) {
		fm->extra = xstrdup(rec->auteur);
		fm->free_extra = free;
	}
	form_add_record(t, fm, REC_JOURNAL, NULL, j, NULL);
	form_focus(fm, focus);
	form_show(t, fm);
	if (!rec)
		journal_clear(&def);
}

void form_notitie(tui *t, int64_t client_id)
{
	static const field_id summary_only[] = { FLD_JR_SAMENVATTING, FLD_NONE };
	form *fm = form_new("Journaalregel (spreekuur)");
	journal blank;

	journal_init(&blank);
	fm->client_id = client_id;
	fm->save = jr_save;
	fm->inline_one = 1;
	form_add_record(t, fm, REC_JOURNAL, summary_only, &blank, NULL);
	form_show(t, fm);
	journal_clear(&blank);
}

/* ---- handover ---------------------------------------------------------------------------------------------- */

static int ho_save(tui *t, form *fm, valerr *e)
{
	handover h;
	int rc;

	memset(&h, 0, sizeof h);
	h.datum = CDATE_NONE;
	rc = form_read_record(fm, REC_HANDOVER, &h, e);
	/* the store checks the date and that the consultant is another one */
	if (rc == 0)
		rc = store_handover(t->db, fm->client_id, h.naar_id, h.datum, h.reden, e);
	else
		rc = CASUS_INVALID;
	handover_clear(&h);
	return rc;
}

/* The new regiehouder: a list of the consultants, on someone else than the
 * current regiehouder. */
static void ho_own(tui *t, form *fm, const rec_field *f, const void *rec)
{
	form_field *ff;

	assert(f->id == FLD_HO_NAAR);
	(void)rec;
	add_consultant_list(t, fm, f, fm->parent_id);
	ff = form_field_get(fm, f->id);
	if (ff->nopt > 1 && ff->optids[ff->code] == fm->parent_id)
		ff->code = ff->code == 0 ? 1 : 0;
}

void form_handover(tui *t, int64_t client_id, int64_t regiehouder_id)
{
	form *fm = form_new("Overdragen aan een andere consulent");
	handover h;

	memset(&h, 0, sizeof h);
	h.client_id = client_id;
	h.datum = t->today;
	fm->client_id = client_id;
	fm->parent_id = regiehouder_id;
	fm->save = ho_save;
	form_add_record(t, fm, REC_HANDOVER, NULL, &h, ho_own);
	form_show(t, fm);
}
