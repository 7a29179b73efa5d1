/* view_reg.c - Registratie: for a peildatum (default the most recent
 * 31 oktober) the findings of `casus controle` grouped per client; Enter
 * opens the client at the field to fix. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "derive.h"
#include "export.h"
#include "store.h"
#include "peildatum.h"
#include "tui.h"
#include "util.h"

typedef struct rrow {
	size_t client;          /* index into res */
	int finding;            /* -1: the client's header line */
} rrow;

typedef struct reg {
	cdate P;
	cl_controle *res;
	size_t nres, deelnemers, nfind;
	rrow *rows;
	size_t nrows;
	int sel, top, rows_visible;
	int loaded;
	char *done_msg;         /* the notice after an export; owned */
	char *overwrite;        /* the existing file the user allowed to replace */
} reg;

/* The registration's peildatum is 31 oktober; another date may be used
 * (a check in between), with a warning and a mark in the title. */
static int is_31_oktober(cdate P)
{
	return P == cdate_from_ymd(cdate_year(P), 10, 31);
}

static void reg_free_data(reg *r)
{
	cl_controle_free(r->res, r->nres);
	r->res = NULL;
	r->nres = 0;
	free(r->rows);
	r->rows = NULL;
	r->nrows = 0;
	r->nfind = 0;
	r->loaded = 0;
}

static void reg_open(tui *t, view *v)
{
	reg *r = v->priv;
	int rc;
	size_t k = 0;

	reg_free_data(r);
	tui_progress(t, "Controle van de registratie wordt uitgevoerd…");
	rc = caseload_controle(t->db, r->P, &r->res, &r->nres, &r->deelnemers, tui_progress_cb, t);
	if (rc != CASUS_OK) {
		tui_message(t, 1, "De controle kon niet worden uitgevoerd: %s", db_errmsg(t->db));
		return;
	}
	r->loaded = 1;
	for (size_t i = 0; i < r->nres; i++)
		r->nrows += 1 + r->res[i].n;
	r->rows = xcalloc(r->nrows ? r->nrows : 1, sizeof *r->rows);
	for (size_t i = 0; i < r->nres; i++) {
		r->rows[k].client = i;
		r->rows[k++].finding = -1;
		for (size_t f = 0; f < r->res[i].n; f++) {
			r->rows[k].client = i;
			r->rows[k++].finding = (int)f;
			r->nfind++;
		}
	}
	if (r->sel >= (int)r->nrows)
		r->sel = r->nrows ? (int)r->nrows - 1 : 0;
}

static void reg_draw(tui *t, view *v)
{
	reg *r = v->priv;
	int rows = tui_body_lines(1);
	char title[256], d[11], a[32], b[32], c[32];

	r->rows_visible = rows;
	cdate_format_nl(r->P, d);
	tui_number((int64_t)r->deelnemers, a, sizeof a);
	tui_number((int64_t)r->nres, b, sizeof b);
	tui_number((int64_t)r->nfind, c, sizeof c);
	snprintf(title, sizeof title, "Registratie peildatum %s%s: %s deelnemers · %s met bevindingen (%s)",
		 d, is_31_oktober(r->P) ? "" : " (geen 31-10)", a, b, c);
	tui_draw_title(t, title, NULL);
	tui_put(1, 0, " Klant / blad · kolom: bevinding", COLS, ROLE_KOP);
	if (r->loaded && r->nrows == 0)
		tui_put(3, 0, "  Geen bevindingen: de registratie is volledig voor deze peildatum.",
			COLS, ROLE_MELDING);
	if (r->sel < r->top)
		r->top = r->sel;
	if (r->sel >= r->top + rows)
		r->top = r->sel - rows + 1;
	for (int i = 0; i < rows && r->top + i < (int)r->nrows; i++) {
		rrow *w = &r->rows[r->top + i];
		cl_controle *cc = &r->res[w->client];
		int selected = r->top + i == r->sel;
		char *line;

		if (w->finding < 0)
			line = xasprintf(" %s (%s) — %zu bevinding%s", cc->naam, cc->klantnummer, cc->n,
					 cc->n == 1 ? "" : "en");
		else
			line = xasprintf("     %s · %s: %s", cc->f[w->finding].blad,
					 cc->f[w->finding].kolom, cc->f[w->finding].bevinding);
		tui_put(2 + i, 0, line, COLS, selected ? ROLE_SELECTIE : w->finding < 0 ? ROLE_KOP : ROLE_NORMAAL);
		free(line);
	}
	tui_draw_footer(t, " ?: hulp  Enter: openen op het veld  p: peildatum  x: exporteren  q: terug");
}

/* Where a finding is fixed: the tab, the form field and which record. */
static const struct {
	const char *kolom, *veld;
} KOLOM_VELD[] = {
	{ "Leeftijdsgroep", "Geboortedatum" },
	{ "Verblijfsvergunning verleend", "Datum verblijfsvergunning" },
	{ "Aantal kinderen (categorie)", "Aantal kinderen in NL" },
	{ "Status inburgering", "Startdatum inburgering" },
	{ "Startdatum inburgering (periode)", "Startdatum inburgering" },
	{ "Situatie peildatum", NULL },
	{ "Startdatum voortraject", "Startdatum" },
	{ "Einddatum voortraject", "Einddatum" },
	{ "Duur voortraject", "Einddatum" },
	{ "Datum on hold", "Startdatum" },
	{ "Datum einde on hold", "Einddatum" },
	{ "Duur on hold", "Einddatum" },
	{ "Fase on hold", NULL },
	{ "Datum uitval", "Datum" },
	{ "Datum einde", "Datum" },
	{ "Reden uitval", "Reden" },
	{ "Reden einde", "Reden" },
	{ "Duur overeenkomst", "Duur overeenkomst (maanden)" },
	{ "Uren per week (categorie)", "Uren per week" },
	/* the employer's columns (Sector, Omvang vestiging, Ervaring met
	 * statushouders) carry the employer form's labels: the card opens
	 * that startbaan's employer */
};

/* Which startbaan has volgnummer nr (1-based, by start, id, position,
 * as the registration numbers them); -1 when none. */
static int sb_by_volgnummer(const casefile *cf, int nr)
{
	for (size_t k = 0; k < cf->nsb; k++) {
		const startbaan *b = &cf->sb[k];
		int n = 1;

		if (b->start == CDATE_NONE)
			continue;
		for (size_t i = 0; i < cf->nsb; i++) {
			const startbaan *a = &cf->sb[i];

			if (i == k || a->start == CDATE_NONE)
				continue;
			if (a->start < b->start ||
			    (a->start == b->start && (a->id < b->id || (a->id == b->id && i < k))))
				n++;
		}
		if (n == nr)
			return (int)k;
	}
	return -1;
}

static int bad_dates(cdate start, cdate einde)
{
	return start == CDATE_NONE || (einde != CDATE_NONE && einde < start);
}

/* The record a finding is about, from the client's casefile: which
 * voortraject (and activity, *sub), startbaan or period; *veld may be
 * made exact (an activity's Startdatum or Einddatum). */
static void locate(tui *t, int64_t client_id, const finding *f, int *which, int *sub,
		   const char **veld)
{
	casefile cf;
	const char *nr = strstr(f->bevinding, "(startbaan ");

	if (store_casefile_load(t->db, client_id, &cf) != CASUS_OK)
		return;
	if (strcmp(f->blad, "Voortraject") == 0) {
		for (size_t i = 0; i < cf.nvt; i++) {
			for (size_t j = 0; j < cf.vt[i].nact; j++) {
				const activiteit *a = &cf.vt[i].act[j];
				/* the registration column: Maatje/mentor is under Anders */
				char *kol = xasprintf("%s (weken)", vocab_label(VOCAB_ACTIVITEIT,
						      derive_activiteit_kolom(a->soort)));
				int hit = strcmp(kol, f->kolom) == 0 && bad_dates(a->start, a->einde);

				free(kol);
				if (hit) {
					*which = (int)i;
					*sub = (int)j;
					*veld = a->start == CDATE_NONE ? "Startdatum" : "Einddatum";
					goto out;
				}
			}
			if (strstr(f->kolom, "voortraject") && f->bevinding[0] != 'O' &&
			    bad_dates(cf.vt[i].start, cf.vt[i].einde))
				*which = (int)i;
		}
	} else if (strcmp(f->blad, "Startbaan") == 0) {
		if (nr)
			*which = sb_by_volgnummer(&cf, atoi(nr + 11));
		else
			for (size_t i = 0; i < cf.nsb; i++)
				if (cf.sb[i].start == CDATE_NONE)
					*which = (int)i;
	}
out:
	casefile_free(&cf);
}

static void open_finding(tui *t, reg *r, rrow *w)
{
	cl_controle *cc = &r->res[w->client];
	const finding *f;
	const char *veld;
	int tab = TAB_PERSOON, which = -1, sub = -1;

	if (w->finding < 0) {
		card_push(t, cc->client_id, TAB_PERSOON, NULL, -1);
		return;
	}
	f = &cc->f[w->finding];
	veld = f->kolom;
	for (size_t i = 0; i < sizeof KOLOM_VELD / sizeof KOLOM_VELD[0]; i++)
		if (strcmp(KOLOM_VELD[i].kolom, f->kolom) == 0)
			veld = KOLOM_VELD[i].veld;
	if (strcmp(f->blad, "Voortraject") == 0) {
		tab = TAB_VOORTRAJECT;
		if (strstr(f->kolom, "(weken)"))
			veld = NULL;
		locate(t, cc->client_id, f, &which, &sub, &veld);
	} else if (strcmp(f->blad, "Startbaan") == 0) {
		tab = TAB_STARTBAAN;
		locate(t, cc->client_id, f, &which, &sub, &veld);
	} else if (strncmp(f->blad, "On hold", 7) == 0) {
		tab = TAB_AFSLUITING;
		which = strstr(f->kolom, "on hold") ? 0 : 1;
	}
	card_push_sub(t, cc->client_id, tab, veld, which, sub);
}

/* ---- peildatum ---------------------------------------------------------------------------- */

static int peil_save(tui *t, form *fm, valerr *e)
{
	reg *r = fm->extra;
	cdate P;
	char d[11];

	if (form_date(fm, 1, 1, &P, e) < 0)
		return CASUS_INVALID;
	r->P = P;
	r->sel = r->top = 0;
	cdate_format_nl(P, d);
	if (!is_31_oktober(P))
		tui_message(t, 1, "Let op: %s is geen 31 oktober (peildatum registratie); wel gebruikt.", d);
	else
		tui_message(t, 0, "Peildatum: %s", d);
	return CASUS_OK;
}

static void ask_peildatum(tui *t, reg *r)
{
	form *fm = form_new("Peildatum van de registratie");

	fm->extra = r;
	fm->save = peil_save;
	form_add_date(fm, 1, "Peildatum", r->P)->hint = "bijv. 31-10-2026";
	form_show(t, fm);
}

/* ---- export ------------------------------------------------------------------------------- */

static void export_progress(void *arg, size_t done, size_t total)
{
	tui *t = arg;
	char line[160], bar[41];
	int fill = total ? (int)(done * 40 / total) : 0;

	for (int i = 0; i < 40; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[40] = '\0';
	snprintf(line, sizeof line, "Exporteren [%s] %zu van %zu deelnemers", bar, done, total);
	tui_progress(t, line);
}

static void overwrite_answer(tui *t, void *arg, int yes)
{
	form *fm = arg;
	reg *r = fm->extra;

	if (!yes) {
		free(r->overwrite);
		r->overwrite = NULL;
		return;
	}
	form_submit(t, fm);     /* r->overwrite is set: no second question */
}

/* An existing file (or a link to one) is replaced only after a question
 * (the command line needs --overschrijf).  1 when the export must wait
 * for the answer. */
static int ask_overwrite(tui *t, form *fm, reg *r, const char *path, valerr *e)
{
	struct stat st;
	char *q;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	if (r->overwrite && strcmp(r->overwrite, path) == 0)
		return 0;
	free(r->overwrite);
	r->overwrite = xstrdup(path);
	valerr_add(e, "Bestand", "bestaat al");
	q = xasprintf("%s bestaat al. Overschrijven? (J/n)", path);
	ask_push(t, q, overwrite_answer, fm);
	free(q);
	return 1;
}

static int export_save(tui *t, form *fm, valerr *e)
{
	reg *r = fm->extra;
	char *path = form_text(fm, 1);
	export_options opt;
	export_result res;
	int rc;

	if (!path) {
		valerr_add(e, "Bestand", "is verplicht");
		return CASUS_INVALID;
	}
	if (ask_overwrite(t, fm, r, path, e)) {
		free(path);
		return CASUS_INVALID;
	}
	memset(&opt, 0, sizeof opt);
	memset(&res, 0, sizeof res);
	opt.progress = export_progress;
	opt.progress_arg = t;
	rc = export_workbook(t->db, r->P, path, &opt, &res);
	free(r->overwrite);     /* the next export asks again */
	r->overwrite = NULL;
	if (rc == CASUS_OK) {
		char a[32], b[32];
		char *full = realpath(res.path ? res.path : path, NULL);

		tui_number((int64_t)res.deelnemers, a, sizeof a);
		tui_number((int64_t)res.bevindingen, b, sizeof b);
		tui_message(t, 0, "Geëxporteerd: %s deelnemers, %s bevindingen.", a, b);
		/* the full path, wrapped in a box: it rarely fits the message line */
		free(r->done_msg);
		r->done_msg = xasprintf("Geëxporteerd: %s deelnemers en %s bevindingen naar %s", a, b,
					full ? full : path);
		free(full);
	} else if (rc == CASUS_INVALID) {
		valerr_add(e, "Bestand", "%s", db_errmsg(t->db));
	}
	export_result_free(&res);
	free(path);
	return rc;
}

/* After the export form closed: show where the workbook went. */
static void export_done(tui *t, int64_t id)
{
	view *v = tui_top(t);
	reg *r = v ? v->priv : NULL;

	if (r && r->done_msg) {
		info_push(t, r->done_msg);
		free(r->done_msg);
		r->done_msg = NULL;
	}
}

static void ask_export(tui *t, reg *r)
{
	form *fm = form_new("Registratie exporteren (xlsx)");
	char *name = export_default_name(r->P);

	fm->extra = r;
	fm->save = export_save;
	fm->done = export_done;
	form_add_text(fm, 1, "Bestand", name)->hint = "F2: exporteren";
	free(name);
	form_show(t, fm);
}

static int reg_scope(view *v)
{
	return SC_LIJST | SC_REG;
}

static int reg_request(tui *t, view *v, tui_action a)
{
	reg *r = v->priv;
	int last = r->nrows ? (int)r->nrows - 1 : 0;
	int page = r->rows_visible > 1 ? r->rows_visible : 1;

	switch (a) {
	case ACT_OMLAAG: if (r->sel < last) r->sel++; return TUI_REDRAW;
	case ACT_OMHOOG: if (r->sel > 0) r->sel--; return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG: r->sel = r->sel + page > last ? last : r->sel + page; return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG: r->sel = r->sel - page < 0 ? 0 : r->sel - page; return TUI_REDRAW;
	case ACT_EERSTE: r->sel = 0; return TUI_REDRAW;
	case ACT_EINDE: r->sel = last; return TUI_REDRAW;
	case ACT_OPENEN:
		if (r->nrows)
			open_finding(t, r, &r->rows[r->sel]);
		return TUI_REDRAW;
	case ACT_PEILDATUM:
		ask_peildatum(t, r);
		return TUI_REDRAW;
	case ACT_EXPORTEREN:
		ask_export(t, r);
		return TUI_REDRAW;
	default:
		return TUI_IGNORED;
	}
}

static void reg_close(tui *t, view *v)
{
	reg *r = v->priv;

	reg_free_data(r);
	free(r->done_msg);
	free(r->overwrite);
	free(r);
}

static const view_ops reg_ops = {
	"Registratie", 0, reg_scope, reg_open, reg_draw, NULL, reg_request, reg_close,
};

void registratie_push(tui *t)
{
	reg *r = xcalloc(1, sizeof *r);

	r->P = peildatum_current(t->db, t->today);
	tui_push(t, &reg_ops, r);
}
