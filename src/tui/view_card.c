/* view_card.c - the client card: a header (name, klantnummer, age,
 * leerroute, regiehouder, situatie today, signals) and the tabs Persoon ·
 * PIP · Voortraject · Startbaan · On hold/uitval/einde · Journaal ·
 * Historie, each a list of its records with dates and status. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "card.h"
#include "derive.h"
#include "store.h"
#include "tui.h"
#include "util.h"

static const char *const TAB_NAAM[TAB__COUNT] = {
	"Persoon", "PIP", "Voortraject", "Startbaan", "On hold/uitval/einde",
	"Journaal", "Historie",
};

enum { R_INFO, R_KOP, R_VELD, R_HO, R_PIP, R_VT, R_ACT, R_SB, R_OH, R_AF, R_JR, R_HIST };

typedef struct crow {
	char *text;
	int kind;
	int idx, sub;           /* index into the casefile arrays */
	const char *veld;       /* R_VELD: the form label */
	tui_role role;
} crow;

typedef struct card {
	int64_t id;
	casefile cf;
	int loaded;
	signal sig[SIG__COUNT + 4];
	size_t nsig;
	int tab;
	int sel[TAB__COUNT], top[TAB__COUNT];
	crow *rows;
	size_t nrows, cap;
	cl_audit *hist;
	size_t nhist;
	const char *open_veld;
	int open_which, open_pending;
	int rows_visible;
} card;

static void rows_free(card *k)
{
	for (size_t i = 0; i < k->nrows; i++)
		free(k->rows[i].text);
	k->nrows = 0;
}

static crow *row_add(card *k, int kind, int idx, int sub, tui_role role, char *text)
{
	crow *r;

	if (k->nrows == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 32;
		k->rows = xrealloc(k->rows, k->cap * sizeof *k->rows);
	}
	r = &k->rows[k->nrows++];
	r->text = text;
	r->kind = kind;
	r->idx = idx;
	r->sub = sub;
	r->veld = NULL;
	r->role = role;
	return r;
}

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

static void field_row(card *k, const char *label, const char *value)
{
	char *v = clean(value);
	char *lab = tui_fit(label, 28, 1);
	crow *r = row_add(k, R_VELD, 0, 0, ROLE_NORMAAL, xasprintf("  %s %s", lab, v));

	r->veld = label;
	free(v);
	free(lab);
}

static void field_code(card *k, const char *label, vocab_id voc, int code)
{
	field_row(k, label, vocab_label(voc, code));
}

static void field_date(card *k, const char *label, cdate d)
{
	char b[11];

	field_row(k, label, d == CDATE_NONE ? "" : d_nl(d, b));
}

static void build_persoon(tui *t, card *k)
{
	const client *c = &k->cf.c;
	char b[64];

	field_row(k, "Klantnummer", c->klantnummer);
	field_row(k, "BSN", c->bsn);
	field_row(k, "Voornaam", c->voornaam);
	field_row(k, "Achternaam", c->achternaam);
	if (c->geboortedatum != CDATE_NONE) {
		char d[11];

		snprintf(b, sizeof b, "%s (%d jaar)", d_nl(c->geboortedatum, d),
			 cdate_age(c->geboortedatum, t->today));
		field_row(k, "Geboortedatum", b);
	} else if (c->geboortejaar > 0) {
		snprintf(b, sizeof b, "alleen geboortejaar %d", c->geboortejaar);
		field_row(k, "Geboortedatum", b);
	} else {
		field_row(k, "Geboortedatum", "");
	}
	field_row(k, "Telefoon", c->telefoon);
	field_row(k, "E-mail", c->email);
	field_row(k, "Adres", c->adres);
	field_row(k, "Land van herkomst", c->land_herkomst);
	field_row(k, "Talen", c->talen);
	field_row(k, "Deelnemer startbanen", c->startbanen ? "Ja" : "Nee");
	if (c->startbanen) {
		field_code(k, "Deelname", VOCAB_DEELNAME, c->deelname);
		field_date(k, "Datum instroom", c->datum_instroom);
	}
	field_code(k, "Geslacht", VOCAB_GESLACHT, c->geslacht);
	field_code(k, "Taalniveau bij instroom", VOCAB_TAALNIVEAU, c->taalniveau);
	field_code(k, "Engels", VOCAB_JANEE, c->engels);
	field_code(k, "Opleiding", VOCAB_OPLEIDING, c->opleiding);
	field_code(k, "Baan bij instroom", VOCAB_BAAN_BIJ_INSTROOM, c->baan_bij_instroom);
	field_date(k, "Datum verblijfsvergunning", c->datum_verblijfsvergunning);
	field_code(k, "Gezinssituatie", VOCAB_GEZINSSITUATIE, c->gezinssituatie);
	if (c->aantal_kinderen >= 0)
		snprintf(b, sizeof b, "%d", c->aantal_kinderen);
	else
		b[0] = '\0';
	field_row(k, "Aantal kinderen in NL", b);
	field_code(k, "Verblijfssituatie", VOCAB_VERBLIJFSSITUATIE, c->verblijfssituatie);
	field_code(k, "Vervoer", VOCAB_VERVOER, c->vervoer);
	field_code(k, "Rijbewijs", VOCAB_JANEE, c->rijbewijs);
	field_code(k, "Inburgeringsprogramma", VOCAB_INBURGERINGSPROGRAMMA, c->inburgeringsprogramma);
	field_code(k, "Uitkering", VOCAB_JANEE, c->uitkering);
	field_date(k, "Startdatum inburgering", c->start_inburgering);
	field_date(k, "Einddatum inburgering", c->einde_inburgering);
	field_row(k, "Voortraject niet nodig", c->voortraject_niet_nodig ? "Ja" : "Nee");
	row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup(""));
	row_add(k, R_KOP, 0, 0, ROLE_KOP, xstrdup("Overdrachten (o: overdragen)"));
	if (k->cf.nho == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("  geen"));
	for (size_t i = 0; i < k->cf.nho; i++) {
		const handover *h = &k->cf.ho[i];
		char d[11];
		char *reden = clean(h->reden);

		row_add(k, R_HO, (int)i, 0, ROLE_NORMAAL,
			xasprintf("  %s  %s → %s%s%s", d_nl(h->datum, d),
				  h->van_id ? tui_consultant_name(t, h->van_id) : "(eerste toewijzing)",
				  tui_consultant_name(t, h->naar_id), *reden ? "  " : "", reden));
		free(reden);
	}
}

static void build_pip(card *k)
{
	if (k->cf.npip == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("  Nog geen PIP-stappen (a: toevoegen)"));
	for (size_t i = 0; i < k->cf.npip; i++) {
		const pip_step *p = &k->cf.pip[i];
		char d[11], extra[128] = "";
		char *stap = tui_fit(vocab_label(VOCAB_PIP_STAP, p->stap), 22, 1);
		char *status = tui_fit(vocab_label(VOCAB_PIP_STATUS, p->status), 10, 1);

		if (p->stap == PIP_GEWIJZIGD && p->reden)
			snprintf(extra, sizeof extra, "reden: %s", vocab_label(VOCAB_PIP_REDEN, p->reden));
		else if (p->resultaat && *p->resultaat) {
			char *r = clean(p->resultaat);
			snprintf(extra, sizeof extra, "resultaat: %s", r);
			free(r);
		} else if (p->uren >= 0) {
			char n[32];
			card_format_number(p->uren, n);
			snprintf(extra, sizeof extra, "%s uur", n);
		}
		row_add(k, R_PIP, (int)i, 0, ROLE_NORMAAL,
			xasprintf("  %-10s  %s %s %s", p->datum ? d_nl(p->datum, d) : "?", stap, status, extra));
		free(stap);
		free(status);
	}
}

static void period(char *buf, size_t n, cdate a, cdate b, const char *open)
{
	char da[11], db[11];

	snprintf(buf, n, "%s – %s", a ? d_nl(a, da) : "?", b ? d_nl(b, db) : open);
}

static void build_vt(tui *t, card *k)
{
	if (k->cf.nvt == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL,
			xstrdup(k->cf.c.voortraject_niet_nodig ?
				"  Geen voortraject: niet nodig (direct naar bemiddeling)" :
				"  Nog geen voortraject (a: toevoegen)"));
	for (size_t i = 0; i < k->cf.nvt; i++) {
		const voortraject *v = &k->cf.vt[i];
		char per[64], dagen[48] = "";

		period(per, sizeof per, v->start, v->einde, "loopt");
		if (v->start && v->start <= t->today) {
			cdate end = v->einde && v->einde < t->today ? v->einde : t->today;
			snprintf(dagen, sizeof dagen, "(%d dagen)", (int)(end - v->start));
		}
		row_add(k, R_VT, (int)i, 0, ROLE_KOP,
			xasprintf("  Voortraject  %s  %s %s", per,
				  vocab_label(VOCAB_SOORT_VOORTRAJECT, v->soort), dagen));
		for (size_t a = 0; a < v->nact; a++) {
			const activiteit *ac = &v->act[a];
			char *aanb = clean(ac->aanbieder);
			char uren[48] = "";

			period(per, sizeof per, ac->start, ac->einde, "loopt");
			if (ac->uren_per_week >= 0) {
				char n[32];
				card_format_number(ac->uren_per_week, n);
				snprintf(uren, sizeof uren, "  %s u/week", n);
			}
			row_add(k, R_ACT, (int)i, (int)a, ROLE_NORMAAL,
				xasprintf("      · %s  %s%s%s%s", vocab_label(VOCAB_ACTIVITEIT, ac->soort),
					  per, *aanb ? "  " : "", aanb, uren));
			free(aanb);
		}
	}
}

static void build_sb(card *k)
{
	if (k->cf.nsb == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("  Nog geen startbaan (a: toevoegen)"));
	for (size_t i = 0; i < k->cf.nsb; i++) {
		const startbaan *s = &k->cf.sb[i];
		char per[64], uren[48] = "";
		char *wg = clean(s->werkgever_naam ? s->werkgever_naam : "(geen werkgever)");
		char *fn = clean(s->functie);

		period(per, sizeof per, s->start, s->einde, "onbepaald");
		if (s->uren >= 0) {
			char n[32];
			card_format_number(s->uren, n);
			snprintf(uren, sizeof uren, "  %s u/week", n);
		}
		row_add(k, R_SB, (int)i, 0, ROLE_NORMAAL,
			xasprintf("  %zu. %s  %s%s%s%s  %s", i + 1, per, wg, *fn ? ", " : "", fn, uren,
				  vocab_label(VOCAB_SOORT_STARTBAAN, s->soort)));
		free(wg);
		free(fn);
	}
}

static void build_af(card *k)
{
	row_add(k, R_KOP, 0, 0, ROLE_KOP, xstrdup("  On hold"));
	if (k->cf.noh == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("    geen"));
	for (size_t i = 0; i < k->cf.noh; i++) {
		const onhold *o = &k->cf.oh[i];
		char per[64];

		period(per, sizeof per, o->start, o->einde, "nog on hold");
		row_add(k, R_OH, (int)i, 0, ROLE_NORMAAL,
			xasprintf("    %s  %s", per, vocab_label(VOCAB_REDEN_ON_HOLD, o->reden)));
	}
	row_add(k, R_KOP, 0, 0, ROLE_KOP, xstrdup("  Uitval of einde"));
	if (k->cf.naf == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("    geen"));
	for (size_t i = 0; i < k->cf.naf; i++) {
		const afsluiting *a = &k->cf.af[i];
		char d[11];
		int uit = a->soort == AFSLUITING_UITVAL;

		row_add(k, R_AF, (int)i, 0, ROLE_NORMAAL,
			xasprintf("    %s  %s  %s", vocab_label(VOCAB_AFSLUITING, a->soort),
				  a->datum ? d_nl(a->datum, d) : "?",
				  vocab_label(uit ? VOCAB_REDEN_UITVAL : VOCAB_REDEN_EINDE, a->reden)));
	}
}

static void build_jr(card *k)
{
	if (k->cf.njr == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL,
			xstrdup("  Nog geen journaalregels (n: regel voor spreekuur, a: uitgebreid)"));
	for (size_t n = k->cf.njr; n-- > 0;) {
		const journal *j = &k->cf.jr[n];
		char *sum = clean(j->samenvatting), *m = clean(j->moment);
		char volg[48] = "";
		char *soort = tui_fit(vocab_label(VOCAB_JOURNAAL_SOORT, j->soort), 11, 1);
		cdate d = cdate_from_iso(m);
		char when[24];

		if (d != CDATE_NONE && strlen(m) >= 16) {
			char dd[11];
			snprintf(when, sizeof when, "%s %s", d_nl(d, dd), m + 11);
		} else {
			snprintf(when, sizeof when, "%s", m);
		}
		if (j->volgende_afspraak) {
			char dd[11];
			snprintf(volg, sizeof volg, "  → %s", d_nl(j->volgende_afspraak, dd));
		}
		row_add(k, R_JR, (int)n, 0, ROLE_NORMAAL,
			xasprintf("  %-16.16s  %s %s%s%s", when, soort, j->tolk ? "[tolk] " : "", sum, volg));
		free(sum);
		free(m);
		free(soort);
	}
}

static void build_hist(tui *t, card *k)
{
	cl_audit_free(k->hist, k->nhist);
	k->hist = NULL;
	k->nhist = 0;
	if (caseload_history(t->db, k->id, &k->hist, &k->nhist) != CASUS_OK)
		tui_message(t, 1, "De historie kon niet worden gelezen: %s", db_errmsg(t->db));
	if (k->nhist == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("  Geen wijzigingen vastgelegd"));
	/* most recent first */
	for (size_t n = k->nhist; n-- > 0;) {
		const cl_audit *a = &k->hist[n];
		cdate d = cdate_from_iso(a->moment);
		char when[24];

		if (d != CDATE_NONE && strlen(a->moment) >= 16) {
			char dd[11];
			snprintf(when, sizeof when, "%s %.5s", d_nl(d, dd), a->moment + 11);
		} else {
			snprintf(when, sizeof when, "%s", a->moment);
		}
		row_add(k, R_HIST, (int)n, 0, ROLE_NORMAAL,
			xasprintf("  %-16s  %-14.14s  %s", when, a->wie, a->wat));
		if (a->details && *a->details)
			row_add(k, R_HIST, (int)n, 1, ROLE_NORMAAL, xasprintf("      %s", a->details));
	}
}

static void build_rows(tui *t, card *k)
{
	rows_free(k);
	if (!k->loaded)
		return;
	switch (k->tab) {
	case TAB_PERSOON: build_persoon(t, k); break;
	case TAB_PIP: build_pip(k); break;
	case TAB_VOORTRAJECT: build_vt(t, k); break;
	case TAB_STARTBAAN: build_sb(k); break;
	case TAB_AFSLUITING: build_af(k); break;
	case TAB_JOURNAAL: build_jr(k); break;
	case TAB_HISTORIE: build_hist(t, k); break;
	}
	if (k->sel[k->tab] >= (int)k->nrows)
		k->sel[k->tab] = k->nrows ? (int)k->nrows - 1 : 0;
}

/* ---- open / pending field ------------------------------------------------------------ */

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
			form_voortraject(t, k->id, &cf->vt[i], veld);
		}
		break;
	case TAB_STARTBAAN:
		if (cf->nsb) {
			int i = w >= 0 && (size_t)w < cf->nsb ? w : (int)cf->nsb - 1;
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

	if (k->loaded)
		casefile_free(&k->cf);
	k->loaded = 0;
	rc = store_casefile_load(t->db, k->id, &k->cf);
	if (rc == CASUS_OK) {
		signal_settings ss;

		k->loaded = 1;
		signal_settings_load(t->db, &ss);
		k->nsig = signals_compute(&k->cf, t->today, &ss, k->sig, sizeof k->sig / sizeof k->sig[0]);
		if (k->nsig > sizeof k->sig / sizeof k->sig[0])
			k->nsig = sizeof k->sig / sizeof k->sig[0];
	} else if (rc == CASUS_NOTFOUND) {
		tui_message(t, 1, "Deze klant bestaat niet meer.");
	} else {
		tui_message(t, 1, "De klant kon niet worden gelezen: %s", db_errmsg(t->db));
	}
	build_rows(t, k);
	if (k->open_pending && k->loaded) {
		k->open_pending = 0;
		open_at_field(t, k);
	}
}

/* ---- drawing ---------------------------------------------------------------------------- */

static void draw_header(tui *t, card *k)
{
	const client *c = &k->cf.c;
	strbuf sb = STRBUF_INIT;
	char *name = client_display_name(c), *cn = clean(name);
	char *kn = clean(c->klantnummer);
	const char *regie = c->regiehouder_id ? tui_consultant_name(t, c->regiehouder_id) : "geen";

	sb_appendf(&sb, "%s · %s", cn, kn);
	if (c->geboortedatum != CDATE_NONE)
		sb_appendf(&sb, " · %d jaar", cdate_age(c->geboortedatum, t->today));
	else if (c->geboortejaar > 0)
		sb_appendf(&sb, " · ± %d jaar", cdate_year(t->today) - c->geboortejaar);
	sb_appendf(&sb, " · leerroute %s",
		   vocab_label(VOCAB_INBURGERINGSPROGRAMMA, c->inburgeringsprogramma));
	tui_put(1, 1, sb.s, COLS - 2, ROLE_KOP);
	sb_reset(&sb);
	sb_appendf(&sb, "Situatie vandaag: %s · regiehouder: %s", card_situatie(&k->cf, t->today), regie);
	tui_put(2, 1, sb.s, COLS - 2, ROLE_NORMAAL);
	sb_reset(&sb);
	if (k->nsig == 0) {
		tui_put(3, 1, "Signalen: geen", COLS - 2, ROLE_NORMAAL);
	} else {
		sb_appendf(&sb, "Signalen: %s %s", k->sig[0].severity == SEV_VERLOPEN ? "!" : "·",
			   k->sig[0].text);
		for (size_t i = 1; i < k->nsig; i++)
			sb_appendf(&sb, "  %s %s", k->sig[i].severity == SEV_VERLOPEN ? "!" : "·",
				   k->sig[i].text);
		tui_put(3, 1, sb.s, COLS - 2,
			k->sig[0].severity == SEV_VERLOPEN ? ROLE_VERLOPEN : ROLE_BINNENKORT);
	}
	sb_free(&sb);
	free(name);
	free(cn);
	free(kn);
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
		char *q = xasprintf("%s Opnieuw proberen? (j/n)", db_errmsg(t->db));

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
		q = xasprintf("PIP-stap %s van %s verwijderen? (j/n)",
			      vocab_label(VOCAB_PIP_STAP, cf->pip[r->idx].stap), d_nl(cf->pip[r->idx].datum, b));
		break;
	case R_VT:
		d->id = cf->vt[r->idx].id;
		d->version = cf->vt[r->idx].version;
		q = xasprintf("Voortraject van %s met al zijn activiteiten verwijderen? (j/n)",
			      d_nl(cf->vt[r->idx].start, b));
		break;
	case R_ACT:
		d->id = cf->vt[r->idx].act[r->sub].id;
		d->version = cf->vt[r->idx].act[r->sub].version;
		q = xasprintf("Activiteit %s verwijderen? (j/n)",
			      vocab_label(VOCAB_ACTIVITEIT, cf->vt[r->idx].act[r->sub].soort));
		break;
	case R_SB:
		d->id = cf->sb[r->idx].id;
		d->version = cf->sb[r->idx].version;
		q = xasprintf("Startbaan %d (vanaf %s) verwijderen? (j/n)", r->idx + 1,
			      d_nl(cf->sb[r->idx].start, b));
		break;
	case R_OH:
		d->id = cf->oh[r->idx].id;
		d->version = cf->oh[r->idx].version;
		q = xasprintf("Periode on hold vanaf %s verwijderen? (j/n)", d_nl(cf->oh[r->idx].start, b));
		break;
	case R_AF:
		d->id = cf->af[r->idx].id;
		d->version = cf->af[r->idx].version;
		q = xasprintf("%s van %s verwijderen? (j/n)",
			      vocab_label(VOCAB_AFSLUITING, cf->af[r->idx].soort), d_nl(cf->af[r->idx].datum, b));
		break;
	case R_JR:
		d->id = cf->jr[r->idx].id;
		d->version = cf->jr[r->idx].version;
		q = xasprintf("Journaalregel van %.16s verwijderen? (j/n)", cf->jr[r->idx].moment);
		break;
	case R_VELD: {
		char *name = client_display_name(&cf->c), *cn = clean(name);

		d->id = cf->c.id;
		d->version = cf->c.version;
		q = xasprintf("Klant %s en al zijn gegevens verwijderen? Dit kan niet ongedaan worden. (j/n)", cn);
		free(name);
		free(cn);
		break;
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
		build_rows(t, k);
		return TUI_REDRAW;
	case ACT_VORIGE_TAB:
		k->tab = (k->tab + TAB__COUNT - 1) % TAB__COUNT;
		build_rows(t, k);
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
	default:
		return TUI_IGNORED;
	}
}

static void card_close(tui *t, view *v)
{
	card *k = v->priv;

	rows_free(k);
	free(k->rows);
	cl_audit_free(k->hist, k->nhist);
	if (k->loaded)
		casefile_free(&k->cf);
	if (pick_card == k)
		pick_card = NULL;
	free(k);
}

static const view_ops card_ops = {
	"Klantkaart", 0, card_scope, card_open, card_draw, NULL, card_request, card_close,
};

void card_push(tui *t, int64_t client_id, int tab, const char *veld, int which)
{
	card *k = xcalloc(1, sizeof *k);

	k->id = client_id;
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
