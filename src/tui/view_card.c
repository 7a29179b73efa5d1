/* view_card.c - the client card: a header (name, klantnummer, age,
 * leerroute, regiehouder, situatie today, signals) and the tabs Persoon ·
 * PIP · Voortraject · Startbaan · On hold/uitval/einde · Journaal ·
 * Historie, each a list of its records with dates and status. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "store.h"
#include "util.h"
#include "view_card.h"

static const char *const TAB_NAAM[TAB__COUNT] = {
	"Persoon", "PIP", "Voortraject", "Startbaan", "On hold/uitval/einde",
	"Journaal", "Historie",
};

static const char *d_nl(cdate d, char *buf)
{
	cdate_format_nl(d, buf);
	return buf;
}

static char *clean(const char *s)
{
	char *c = str_printable(s ? s : "");

	for (char *p = c; *p; p++)
		if (*p == '\n')
			*p = ' ';
	return c;
}

/* ---- open / pending field ------------------------------------------------------------ */

/* A field of the employer (the registration's employer columns)? */
static int is_employer_field(const char *veld)
{
	static const field_id wg[] = { FLD_WG_NAAM, FLD_WG_CONTACT, FLD_WG_SECTOR, FLD_WG_OMVANG, FLD_WG_ERVARING };

	for (size_t i = 0; veld && i < sizeof wg / sizeof wg[0]; i++)
		if (strcmp(veld, record_label(wg[i])) == 0)
			return 1;
	return 0;
}

static void open_at_field(tui *t, card *k)
{
	const char *veld = k->open_veld;
	int w = k->open_which;
	casefile *cf = &k->cf;

	switch (k->tab) {
	case TAB_PERSOON:
		form_client(t, &cf->c, veld);
		break;
	case TAB_VOORTRAJECT:
		if (cf->nvt) {
			int i = w >= 0 && (size_t)w < cf->nvt ? w : (int)cf->nvt - 1;

			if (k->open_sub >= 0 && (size_t)k->open_sub < cf->vt[i].nact)
				form_activiteit(t, cf->vt[i].id, &cf->vt[i].act[k->open_sub], veld);
			else
				form_voortraject(t, k->id, &cf->vt[i], veld);
		}
		break;
	case TAB_STARTBAAN:
		if (cf->nsb) {
			int i = w >= 0 && (size_t)w < cf->nsb ? w : (int)cf->nsb - 1;

			if (is_employer_field(veld))
				form_employer_of(t, cf->sb[i].employer_id, veld);
			else
				form_startbaan(t, k->id, &cf->sb[i], veld);
		}
		break;
	case TAB_AFSLUITING:
		if (w == 0 && cf->noh)
			form_onhold(t, k->id, &cf->oh[cf->noh - 1], veld);
		else if (cf->naf)
			form_afsluiting(t, k->id, &cf->af[0], veld);
		break;
	default:
		break;
	}
}

static void card_open(tui *t, view *v)
{
	card *k = v->priv;
	int rc;

	if (k->loaded) {
		card_model_free(&k->m);
		casefile_free(&k->cf);
	}
	k->loaded = 0;
	rc = store_casefile_load(t->db, k->id, &k->cf);
	if (rc == CASUS_OK) {
		signal_settings ss;

		k->loaded = 1;
		signal_settings_load(t->db, &ss);
		card_model_build(&k->m, &k->cf, t->today, &ss, t->cons, t->ncons);
	} else if (rc == CASUS_NOTFOUND) {
		tui_message(t, 1, "Deze klant bestaat niet meer.");
	} else {
		tui_message(t, 1, "De klant kon niet worden gelezen: %s", db_errmsg(t->db));
	}
	card_rows_build(t, k);
	if (k->open_pending && k->loaded) {
		k->open_pending = 0;
		open_at_field(t, k);
	}
}

/* ---- drawing ---------------------------------------------------------------------------- */

/* The signals after "Signalen:", most urgent first. */
static void draw_signals(card *k, int y)
{
	const card_model *m = &k->m;
	size_t n = m->nsig < CARD_MAX_SIGNALS ? m->nsig : CARD_MAX_SIGNALS;
	strbuf sb = STRBUF_INIT;

	if (n == 0) {
		tui_put(y, 1, "Signalen: geen", COLS - 2, ROLE_NORMAAL);
		return;
	}
	sb_append(&sb, "Signalen:");
	for (size_t i = 0; i < n; i++)
		sb_appendf(&sb, "%s%s %s", i ? "  " : " ",
			   m->sig[i].severity == SEV_VERLOPEN ? "!" : "·", m->sig[i].text);
	if (tui_width(sb.s) > COLS - 2) {   /* cut: say where to read them all */
		char *cut = tui_fit(sb.s, COLS - 2 - 11, 0);

		sb_reset(&sb);
		sb_appendf(&sb, "%s (!: alle)", cut);
		free(cut);
	}
	tui_put(y, 1, sb.s, COLS - 2,
		m->sig[0].severity == SEV_VERLOPEN ? ROLE_VERLOPEN : ROLE_BINNENKORT);
	sb_free(&sb);
}

static void draw_header(tui *t, card *k)
{
	const card_model *m = &k->m;
	strbuf sb = STRBUF_INIT;

	sb_appendf(&sb, "%s · %s", m->name, card_model_field(m, FLD_KL_NUMMER)->value);
	if (k->cf.c.geboortedatum != CDATE_NONE)
		sb_appendf(&sb, " · %d jaar", m->age);
	else if (k->cf.c.geboortejaar > 0)
		sb_appendf(&sb, " · ± %d jaar", cdate_year(t->today) - k->cf.c.geboortejaar);
	sb_appendf(&sb, " · leerroute %s", card_model_field(m, FLD_KL_PROGRAMMA)->value);
	tui_put(1, 1, sb.s, COLS - 2, ROLE_KOP);
	sb_reset(&sb);
	sb_appendf(&sb, "Situatie vandaag: %s · regiehouder: %s", m->situatie,
		   m->regiehouder ? m->regiehouder : "geen");
	tui_put(2, 1, sb.s, COLS - 2, ROLE_NORMAAL);
	sb_free(&sb);
	draw_signals(k, 3);
}

/* Tabs two columns apart; the active one in reverse video between [ ]
 * (the brackets take the gap columns, readable without colour). */
static void draw_tabs(card *k, int y)
{
	int x = 1;

	tui_put(y, 0, "", COLS, ROLE_NORMAAL);
	for (int i = 0; i < TAB__COUNT && x < COLS; i++) {
		int w = tui_width(TAB_NAAM[i]);

		if (i == k->tab) {
			char *act = xasprintf("[%s]", TAB_NAAM[i]);

			tui_put(y, x - 1, act, w + 2 <= COLS - x + 1 ? w + 2 : COLS - x + 1, ROLE_ACTIEVE_TAB);
			free(act);
		} else {
			tui_put(y, x, TAB_NAAM[i], w <= COLS - x ? w : COLS - x, ROLE_TAB);
		}
		x += w + 2;
	}
}

static void card_draw(tui *t, view *v)
{
	card *k = v->priv;
	int top_y = 6, rows = tui_body_lines(5), *sel = &k->sel[k->tab], *top = &k->top[k->tab];
	char today[11];

	cdate_format_nl(t->today, today);
	tui_draw_title(t, "Klantkaart", today);
	k->rows_visible = rows;
	if (!k->loaded) {
		tui_put(2, 1, "Deze klant kon niet worden geladen (q: terug).", COLS - 2, ROLE_FOUT);
		tui_draw_footer(t, " q: terug");
		return;
	}
	draw_header(t, k);
	draw_tabs(k, 4);
	tui_put(5, 0, "", COLS, ROLE_NORMAAL);
	if (*sel < *top)
		*top = *sel;
	if (*sel >= *top + rows)
		*top = *sel - rows + 1;
	for (int i = 0; i < rows && *top + i < (int)k->nrows; i++) {
		crow *r = &k->rows[*top + i];
		int selected = *top + i == *sel;

		tui_put(top_y + i, 0, r->text, COLS, selected ? ROLE_SELECTIE : r->role);
	}
	tui_draw_footer(t, k->tab == TAB_HISTORIE ?
			" ?: hulp  Tab: volgende tab  n: journaalregel  q: terug" :
			" ?: hulp  Tab: tab  a/e/d: nieuw/wijzig/wis  n: notitie  o: overdragen  q: terug");
}

/* ---- actions ------------------------------------------------------------------------------- */

typedef struct del_ctx {
	card *k;
	int kind;
	int64_t id;
	int version;
} del_ctx;

static void delete_answer(tui *t, void *arg, int yes);

static int do_delete(tui *t, del_ctx *d)
{
	switch (d->kind) {
	case R_PIP: return store_pip_step_delete(t->db, d->id, d->version);
	case R_VT: return store_voortraject_delete(t->db, d->id, d->version);
	case R_ACT: return store_activiteit_delete(t->db, d->id, d->version);
	case R_SB: return store_startbaan_delete(t->db, d->id, d->version);
	case R_OH: return store_onhold_delete(t->db, d->id, d->version);
	case R_AF: return store_afsluiting_delete(t->db, d->id, d->version);
	case R_JR: return store_journal_delete(t->db, d->id, d->version);
	case R_VELD: return store_client_delete(t->db, d->id, d->version);
	default: return CASUS_NOTFOUND;
	}
}

static void delete_answer(tui *t, void *arg, int yes)
{
	del_ctx *d = arg;
	int rc;

	if (!yes) {
		free(d);
		return;
	}
	rc = do_delete(t, d);
	switch (rc) {
	case CASUS_OK:
		tui_message(t, 0, "Verwijderd.");
		if (d->kind == R_VELD)
			tui_pop(t, 1);  /* the client is gone: back to the list */
		else
			tui_changed(t);
		free(d);
		return;
	case CASUS_BUSY: {
		char *q = xasprintf("%s Opnieuw proberen? (J/n)", db_errmsg(t->db));

		ask_push(t, q, delete_answer, d);   /* keeps d */
		free(q);
		return;
	}
	case CASUS_CONFLICT:
		tui_message(t, 1, "Niet verwijderd: het record is intussen gewijzigd. De kaart is opnieuw geladen.");
		tui_changed(t);
		break;
	case CASUS_NOTFOUND:
		tui_message(t, 1, "Het record bestaat niet meer.");
		tui_changed(t);
		break;
	default:
		tui_message(t, 1, "Niet verwijderd: %s", db_errmsg(t->db));
		break;
	}
	free(d);
}

static void ask_delete(tui *t, card *k, crow *r)
{
	del_ctx *d = xcalloc(1, sizeof *d);
	casefile *cf = &k->cf;
	char *q = NULL, b[11];

	d->k = k;
	d->kind = r->kind;
	switch (r->kind) {
	case R_PIP:
		d->id = cf->pip[r->idx].id;
		d->version = cf->pip[r->idx].version;
		q = xasprintf("PIP-stap %s van %s verwijderen? (J/n)",
			      vocab_label(VOCAB_PIP_STAP, cf->pip[r->idx].stap), d_nl(cf->pip[r->idx].datum, b));
		break;
	case R_VT:
		d->id = cf->vt[r->idx].id;
		d->version = cf->vt[r->idx].version;
		q = xasprintf("Voortraject van %s met al zijn activiteiten verwijderen? (J/n)",
			      d_nl(cf->vt[r->idx].start, b));
		break;
	case R_ACT:
		d->id = cf->vt[r->idx].act[r->sub].id;
		d->version = cf->vt[r->idx].act[r->sub].version;
		q = xasprintf("Activiteit %s verwijderen? (J/n)",
			      vocab_label(VOCAB_ACTIVITEIT, cf->vt[r->idx].act[r->sub].soort));
		break;
	case R_SB:
		d->id = cf->sb[r->idx].id;
		d->version = cf->sb[r->idx].version;
		q = xasprintf("Startbaan %d (vanaf %s) verwijderen? (J/n)", r->idx + 1,
			      d_nl(cf->sb[r->idx].start, b));
		break;
	case R_OH:
		d->id = cf->oh[r->idx].id;
		d->version = cf->oh[r->idx].version;
		q = xasprintf("Periode on hold vanaf %s verwijderen? (J/n)", d_nl(cf->oh[r->idx].start, b));
		break;
	case R_AF:
		d->id = cf->af[r->idx].id;
		d->version = cf->af[r->idx].version;
		q = xasprintf("%s van %s verwijderen? (J/n)",
			      vocab_label(VOCAB_AFSLUITING, cf->af[r->idx].soort), d_nl(cf->af[r->idx].datum, b));
		break;
	case R_JR:
		d->id = cf->jr[r->idx].id;
		d->version = cf->jr[r->idx].version;
		q = xasprintf("Journaalregel van %.16s verwijderen? (J/n)", cf->jr[r->idx].moment);
		break;
	case R_VELD: {
		char *name = client_display_name(&cf->c), *cn = clean(name);

		d->id = cf->c.id;
		d->version = cf->c.version;
		q = xasprintf("Klant %s en al zijn gegevens verwijderen? Dit kan niet ongedaan worden.", cn);
		free(name);
		free(cn);
		/* a whole client: the word typed in, as on the command line */
		confirm_push(t, q, cf->c.klantnummer ? cf->c.klantnummer : "ja", delete_answer, d);
		free(q);
		return;
	}
	default:
		free(d);
		tui_message(t, 1, "Kies eerst een record om te verwijderen.");
		return;
	}
	ask_push(t, q, delete_answer, d);
	free(q);
}

static void edit_row(tui *t, card *k, crow *r)
{
	casefile *cf = &k->cf;

	switch (r->kind) {
	case R_VELD: form_client(t, &cf->c, r->veld); break;
	case R_PIP: form_pip(t, k->id, &cf->pip[r->idx], NULL); break;
	case R_VT: form_voortraject(t, k->id, &cf->vt[r->idx], NULL); break;
	case R_ACT: form_activiteit(t, cf->vt[r->idx].id, &cf->vt[r->idx].act[r->sub], NULL); break;
	case R_SB: form_startbaan(t, k->id, &cf->sb[r->idx], NULL); break;
	case R_OH: form_onhold(t, k->id, &cf->oh[r->idx], NULL); break;
	case R_AF: form_afsluiting(t, k->id, &cf->af[r->idx], NULL); break;
	case R_JR: form_journal(t, k->id, &cf->jr[r->idx], NULL); break;
	case R_HO: form_handover(t, k->id, cf->c.regiehouder_id); break;
	case R_HIST: card_read_row(t, k, r); break;
	default: break;
	}
}

/* "a" on tabs with two kinds of records asks which one. */
static card *pick_card;
static int pick_vt;

static void pick_new_vt(tui *t, void *arg, int index)
{
	card *k = arg;

	if (index == 0)
		form_voortraject(t, k->id, NULL, NULL);
	else if (index == 1)
		form_activiteit(t, k->cf.vt[pick_vt].id, NULL, NULL);
}

static void pick_new_af(tui *t, void *arg, int index)
{
	card *k = arg;

	if (index == 0)
		form_onhold(t, k->id, NULL, NULL);
	else if (index == 1) {
		if (k->cf.naf)
			tui_message(t, 1, "Er is al een %s vastgelegd; wijzig die (e) of verwijder die eerst (d).",
				    vocab_label(VOCAB_AFSLUITING, k->cf.af[0].soort));
		else
			form_afsluiting(t, k->id, NULL, NULL);
	}
}

static void add_record(tui *t, card *k)
{
	crow *r = k->nrows ? &k->rows[k->sel[k->tab]] : NULL;

	switch (k->tab) {
	case TAB_PERSOON:
		tui_message(t, 0, "Op deze tab: e = klantgegevens wijzigen, o = overdragen.");
		break;
	case TAB_PIP: form_pip(t, k->id, NULL, NULL); break;
	case TAB_VOORTRAJECT:
		if (k->cf.nvt == 0) {
			form_voortraject(t, k->id, NULL, NULL);
		} else {
			static const char *const labels[] = { "Nieuw voortraject", "Nieuwe activiteit in het gekozen voortraject" };

			pick_vt = r && (r->kind == R_VT || r->kind == R_ACT) ? r->idx : (int)k->cf.nvt - 1;
			pick_card = k;
			pick_push(t, "Toevoegen", labels, 2, 1, pick_new_vt, k);
		}
		break;
	case TAB_STARTBAAN: form_startbaan(t, k->id, NULL, NULL); break;
	case TAB_AFSLUITING: {
		static const char *const labels[] = { "Periode on hold", "Uitval of einde" };

		pick_push(t, "Toevoegen", labels, 2, 0, pick_new_af, k);
		break;
	}
	case TAB_JOURNAAL: form_journal(t, k->id, NULL, NULL); break;
	default:
		tui_message(t, 0, "De historie wordt automatisch bijgehouden.");
		break;
	}
}

static int card_scope(view *v)
{
	return SC_KAART | SC_LIJST;
}

static int card_request(tui *t, view *v, tui_action a)
{
	card *k = v->priv;
	int *sel = &k->sel[k->tab], last = k->nrows ? (int)k->nrows - 1 : 0;
	int page = k->rows_visible > 1 ? k->rows_visible : 1;
	crow *r = k->nrows ? &k->rows[*sel] : NULL;

	if (!k->loaded && a != ACT_TERUG && a != ACT_HULP)
		return TUI_HANDLED;
	switch (a) {
	case ACT_OMLAAG: if (*sel < last) (*sel)++; return TUI_REDRAW;
	case ACT_OMHOOG: if (*sel > 0) (*sel)--; return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG: *sel = *sel + page > last ? last : *sel + page; return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG: *sel = *sel - page < 0 ? 0 : *sel - page; return TUI_REDRAW;
	case ACT_EERSTE: *sel = 0; return TUI_REDRAW;
	case ACT_EINDE: *sel = last; return TUI_REDRAW;
	case ACT_VOLGENDE_TAB:
		k->tab = (k->tab + 1) % TAB__COUNT;
		card_rows_build(t, k);
		return TUI_REDRAW;
	case ACT_VORIGE_TAB:
		k->tab = (k->tab + TAB__COUNT - 1) % TAB__COUNT;
		card_rows_build(t, k);
		return TUI_REDRAW;
	case ACT_OPENEN:
	case ACT_BEWERKEN:
		if (k->tab == TAB_PERSOON && (!r || r->kind != R_VELD) && a == ACT_BEWERKEN)
			form_client(t, &k->cf.c, NULL);
		else if (r)
			edit_row(t, k, r);
		return TUI_REDRAW;
	case ACT_NIEUW:
		add_record(t, k);
		return TUI_REDRAW;
	case ACT_VERWIJDEREN:
		if (r)
			ask_delete(t, k, r);
		return TUI_REDRAW;
	case ACT_NOTITIE:
		form_notitie(t, k->id);
		return TUI_REDRAW;
	case ACT_OVERDRAGEN:
		form_handover(t, k->id, k->cf.c.regiehouder_id);
		return TUI_REDRAW;
	case ACT_LEZEN: card_read_row(t, k, r); return TUI_REDRAW;
	case ACT_ALLE_SIGNALEN: card_read_signals(t, k); return TUI_REDRAW;
	case ACT_AFDRUKKEN:
		card_print(t, k);
		return TUI_REDRAW;
	case ACT_WERKGEVER:
		if (k->tab == TAB_STARTBAAN && r && r->kind == R_SB)
			form_employer_of(t, k->cf.sb[r->idx].employer_id, NULL);
		else
			tui_message(t, 1, "Kies eerst een startbaan (tab Startbaan); w wijzigt de werkgever ervan.");
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

static void card_close(tui *t, view *v)
{
	card *k = v->priv;

	card_rows_free(k);
	free(k->rows);
	cl_audit_free(k->hist, k->nhist);
	if (k->loaded) {
		card_model_free(&k->m);
		casefile_free(&k->cf);
	}
	if (pick_card == k)
		pick_card = NULL;
	free(k);
}

static const view_ops card_ops = {
	"Klantkaart", 0, card_scope, card_open, card_draw, NULL, card_request, card_close,
};

void card_push(tui *t, int64_t client_id, int tab, const char *veld, int which)
{
	card_push_sub(t, client_id, tab, veld, which, -1);
}

void card_push_sub(tui *t, int64_t client_id, int tab, const char *veld, int which, int sub)
{
	card *k = xcalloc(1, sizeof *k);

	k->id = client_id;
	k->open_sub = sub;
	k->tab = tab >= 0 && tab < TAB__COUNT ? tab : TAB_PERSOON;
	k->open_veld = veld;
	k->open_which = which;
	k->open_pending = veld != NULL;
	tui_push(t, &card_ops, k);
	/* select the row of the field on the Persoon tab */
	if (veld && k->tab == TAB_PERSOON)
		for (size_t i = 0; i < k->nrows; i++)
			if (k->rows[i].veld && strcmp(k->rows[i].veld, veld) == 0)
				k->sel[TAB_PERSOON] = (int)i;
}
