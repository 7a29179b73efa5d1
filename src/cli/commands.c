/* commands.c - casus demo, zoek, toon, signalen and controle.
 *
 * Decisions (also in casus --help and the golden tests):
 *  - demo refuses (exit 1) a database that already holds clients, unless
 *    --toevoegen is given: a demo caseload mixed into real data by accident
 *    is hard to remove.
 *  - zoek exits 1 when nothing is found (like grep) after printing
 *    "Geen klanten gevonden voor '...'." on stdout.
 *  - signalen and controle are reports: exit 0 also when they list
 *    signals or findings.
 *  - zoek, toon, signalen and controle never create a database: a missing
 *    file is an error (exit 1), only demo creates one.
 * Columns are aligned by display width (wcwidth), never cutting a UTF-8
 * sequence; recorded text is cleaned of control characters first. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cli.h"
#include "cli_util.h"
#include "cli_zelf.h"
#include "card.h"
#include "controle.h"
#include "date.h"
#include "demo.h"
#include "export.h"
#include "peildatum.h"
#include "derive.h"
#include "search.h"
#include "signals.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

#define DEMO_DEFAULT_KLANTEN 250
#define DEMO_MAX_KLANTEN 1000000
#define ZOEK_LIMIT 50
#define MAX_SIGNALS 16
#define MAX_FINDINGS 256

/* ---- casus demo ---------------------------------------------------------- */

int cmd_demo(cli_ctx *ctx)
{
	unsigned long long klanten = DEMO_DEFAULT_KLANTEN, seed = 1;
	const char *v;
	int toevoegen = 0, rc, r;
	int64_t bestaand;
	casus_db *db;

	for (int i = 0; i < ctx->argc; i++) {
		const char *a = ctx->argv[i];

		if (cli_is_help(a)) {
			printf("Gebruik: casus demo [--klanten N] [--seed S] [--toevoegen]\n"
			       "Maakt een synthetische democaseload (standaard %d klanten, seed 1).\n"
			       "Een database met klanten wordt alleen aangevuld met --toevoegen.\n",
			       DEMO_DEFAULT_KLANTEN);
			return EXIT_OK;
		}
		if ((r = cli_opt_value(ctx, &i, "--klanten", &v)) != 0) {
			if (r < 0 || cli_opt_number("--klanten", v, 1, DEMO_MAX_KLANTEN, &klanten) < 0)
				return EXIT_USER;
		} else if ((r = cli_opt_value(ctx, &i, "--seed", &v)) != 0) {
			if (r < 0 || cli_opt_number("--seed", v, 0, UINT64_MAX, &seed) < 0)
				return EXIT_USER;
		} else if (strcmp(a, "--toevoegen") == 0) {
			toevoegen = 1;
		} else if (a[0] == '-') {
			return cli_unknown_option("demo", a);
		} else {
			cli_error("demo: onverwacht argument '%s'", a);
			return EXIT_USER;
		}
	}
	db = cli_open_db(ctx, 0);
	if (!db)
		return EXIT_USER;
	bestaand = store_client_count(db);
	if (bestaand > 0 && !toevoegen) {
		cli_error("de database %s bevat al %" PRId64 " klant%s; een democaseload "
			  "komt alleen in een lege database (gebruik --toevoegen om toch "
			  "toe te voegen)", db_path(db), bestaand, bestaand == 1 ? "" : "en");
		db_close(db);
		return EXIT_USER;
	}
	rc = demo_generate(db, (int)klanten, (uint64_t)seed, cdate_today());
	if (rc != CASUS_OK) {
		cli_error("democaseload aanmaken mislukt: %s", db_errmsg(db));
		db_close(db);
		return cli_exit_for(rc);
	}
	printf("Democaseload aangemaakt: %llu klant%s in %s\n", klanten,
	       klanten == 1 ? "" : "en", db_path(db));
	db_close(db);
	return EXIT_OK;
}

/* ---- casus zoek ---------------------------------------------------------- */

typedef struct zoek_row {
	char *kn, *naam, *geboren, *regie;
	const char *situatie;
} zoek_row;

/* The rows found and the widths of the columns. */
typedef struct zoek_table {
	zoek_row *rows;
	size_t n;
	int wk, wn, wr;
} zoek_table;

#define W_NAAM 32
#define W_REGIE 20

static void zoek_table_free(zoek_table *t)
{
	for (size_t i = 0; t->rows && i < t->n; i++) {
		free(t->rows[i].kn);
		free(t->rows[i].naam);
		free(t->rows[i].geboren);
		free(t->rows[i].regie);
	}
	free(t->rows);
	memset(t, 0, sizeof *t);
}

/* One row from a client's casefile. */
static void zoek_row_fill(zoek_row *r, const casefile *cf, cdate today)
{
	char d[11];

	r->kn = cli_clean_dup(cf->c.klantnummer);
	r->naam = cli_client_name_clean(&cf->c);
	if (cf->c.geboortedatum != CDATE_NONE)
		cdate_format_nl(cf->c.geboortedatum, d);
	else if (cf->c.geboortejaar > 0)
		snprintf(d, sizeof d, "%d", cf->c.geboortejaar);
	else
		snprintf(d, sizeof d, "-");
	r->geboren = xstrdup(d);
	r->regie = cli_clean_dup(cf->regiehouder_naam ? cf->regiehouder_naam : "-");
	r->situatie = card_situatie(cf, today);
}

/* Load the first n clients found into t; an exit status. */
static int zoek_load(casus_db *db, const search_result *res, size_t n, zoek_table *t)
{
	cdate today = cdate_today();

	t->rows = xcalloc(n, sizeof *t->rows);
	t->wk = (int)strlen("Klantnummer");
	t->wn = (int)strlen("Naam");
	t->wr = (int)strlen("Regiehouder");
	for (size_t i = 0; i < n; i++) {
		casefile cf;
		int rc = store_casefile_load(db, res->ids[i], &cf);

		if (rc != CASUS_OK) {
			cli_error("%s", db_errmsg(db));
			return cli_exit_for(rc);
		}
		zoek_row_fill(&t->rows[t->n++], &cf, today);
		casefile_free(&cf);
		if (cli_disp_width(t->rows[i].kn) > t->wk)
			t->wk = cli_disp_width(t->rows[i].kn);
		if (cli_disp_width(t->rows[i].naam) > t->wn)
			t->wn = cli_disp_width(t->rows[i].naam);
		if (cli_disp_width(t->rows[i].regie) > t->wr)
			t->wr = cli_disp_width(t->rows[i].regie);
	}
	if (t->wn > W_NAAM)
		t->wn = W_NAAM;
	if (t->wr > W_REGIE)
		t->wr = W_REGIE;
	return EXIT_OK;
}

static void zoek_print(const zoek_table *t, int more)
{
	strbuf out = STRBUF_INIT;

	cli_put_col(&out, "Klantnummer", t->wk, 1);
	sb_append(&out, "  ");
	cli_put_col(&out, "Naam", t->wn, 1);
	sb_append(&out, "  Geboren     ");
	cli_put_col(&out, "Regiehouder", t->wr, 1);
	sb_append(&out, "  Situatie vandaag\n");
	for (size_t i = 0; i < t->n; i++) {
		cli_put_col(&out, t->rows[i].kn, t->wk, 1);
		sb_append(&out, "  ");
		cli_put_col(&out, t->rows[i].naam, t->wn, 1);
		sb_append(&out, "  ");
		cli_put_col(&out, t->rows[i].geboren, 10, 1);
		sb_append(&out, "  ");
		cli_put_col(&out, t->rows[i].regie, t->wr, 1);
		sb_append(&out, "  ");
		sb_append(&out, t->rows[i].situatie);
		sb_appendc(&out, '\n');
	}
	if (more)
		sb_appendf(&out, "(meer dan %d klanten gevonden; maak de zoektekst preciezer)\n",
			   ZOEK_LIMIT);
	fputs(out.s, stdout);
	sb_free(&out);
}

/* The search text: the arguments joined by spaces (after an optional
 * "--"); NULL when blank (caller frees). */
static char *zoek_text(cli_ctx *ctx)
{
	strbuf q = STRBUF_INIT;
	int i0 = ctx->argc > 0 && strcmp(ctx->argv[0], "--") == 0;

	for (int k = i0; k < ctx->argc; k++) {
		if (k > i0)
			sb_appendc(&q, ' ');
		sb_append(&q, ctx->argv[k]);
	}
	if (!q.s || str_blank(q.s)) {
		sb_free(&q);
		return NULL;
	}
	return sb_take(&q);
}

int cmd_zoek(cli_ctx *ctx)
{
	search_result res = { NULL, 0 };
	zoek_table t = { NULL, 0, 0, 0, 0 };
	casus_db *db;
	char *q;
	int status = EXIT_OK, rc;

	if (ctx->argc > 0 && cli_is_help(ctx->argv[0])) {
		printf("Gebruik: casus zoek TEKST\n"
		       "Zoekt klanten op (een deel van) de naam, het klantnummer, het BSN of de\n"
		       "geboortedatum.  Hoofdletters en accenten tellen niet mee.  Alleen cijfers\n"
		       "(4 tot 8: het einde van een BSN, of een heel BSN) zoeken ook op het BSN;\n"
		       "zo'n zoekopdracht wordt vastgelegd in het zoeklogboek (wie, wanneer, de\n"
		       "soort, het aantal cijfers en treffers, niet de cijfers): casus zoeklog.\n"
		       "Afsluitstatus 1 als er niets gevonden is.\n");
		return EXIT_OK;
	}
	if (!(q = zoek_text(ctx))) {
		cli_error("zoek: zoektekst ontbreekt (casus zoek TEKST)");
		return EXIT_USER;
	}
	db = cli_open_db(ctx, DB_OPEN_NOCREATE | DB_OPEN_READS);
	if (!db) {
		free(q);
		return EXIT_USER;
	}
	if ((rc = search_clients_logged(db, q, ZOEK_LIMIT + 1, &res)) != CASUS_OK) {
		cli_error("zoeken mislukt: %s", db_errmsg(db));
		status = cli_exit_for(rc);
	} else if (res.n == 0) {
		char *shown = cli_clean_dup(q);

		printf("Geen klanten gevonden voor '%s'.\n", shown);
		free(shown);
		status = EXIT_USER;
	} else {
		status = zoek_load(db, &res, res.n > ZOEK_LIMIT ? ZOEK_LIMIT : res.n, &t);
		if (status == EXIT_OK)
			zoek_print(&t, res.n > ZOEK_LIMIT);
	}
	zoek_table_free(&t);
	search_result_free(&res);
	free(q);
	db_close(db);
	return status;
}

/* ---- casus toon ---------------------------------------------------------- */

int cmd_toon(cli_ctx *ctx)
{
	signal_settings s;
	consultant *cons = NULL;
	size_t ncons = 0;
	casus_db *db;
	client c;
	casefile cf;
	char *kn, *text;
	int rc, status = EXIT_OK;

	if (ctx->argc > 0 && cli_is_help(ctx->argv[0])) {
		printf("Gebruik: casus toon KLANTNUMMER\n"
		       "Toont de klantkaart: persoon, regie, signalen, inburgering, PIP-stappen,\n"
		       "voortraject, startbanen, on hold/uitval/einde en het journaal.\n");
		return EXIT_OK;
	}
	if (ctx->argc < 1 || str_blank(ctx->argv[0])) {
		cli_error("toon: klantnummer ontbreekt (casus toon KLANTNUMMER)");
		return EXIT_USER;
	}
	if (ctx->argc > 1) {
		cli_error("toon: één klantnummer tegelijk (onverwacht: '%s')", ctx->argv[1]);
		return EXIT_USER;
	}
	db = cli_open_db(ctx, DB_OPEN_NOCREATE | DB_OPEN_READS);
	if (!db)
		return EXIT_USER;
	kn = str_trim_dup(ctx->argv[0]);
	client_init(&c);
	rc = store_client_by_klantnummer(db, kn, &c);
	if (rc == CASUS_NOTFOUND) {
		char *shown = cli_clean_dup(kn);

		cli_error("Klantnummer %s bestaat niet.", shown);
		free(shown);
		status = EXIT_USER;
		goto out;
	} else if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		status = cli_exit_for(rc);
		goto out;
	}
	rc = store_casefile_load(db, c.id, &cf);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		status = cli_exit_for(rc);
		goto out;
	}
	signal_settings_load(db, &s);
	if (store_consultant_list(db, &cons, &ncons) != CASUS_OK) {
		cons = NULL;
		ncons = 0;
	}
	text = card_text_names(&cf, cdate_today(), &s, cons, ncons);
	fputs(text, stdout);
	free(text);
	casefile_free(&cf);
	for (size_t i = 0; i < ncons; i++)
		consultant_clear(&cons[i]);
	free(cons);
out:
	client_clear(&c);
	free(kn);
	db_close(db);
	return status;
}

/* ---- casus signalen ------------------------------------------------------ */

typedef struct sig_row {
	int urgency;
	int64_t id;
	char *kn, *naam, *regie, *texts;
} sig_row;

typedef struct sig_ctx {
	cdate day;
	signal_settings s;
	sig_row *rows;
	size_t n, cap;
} sig_ctx;

static int signalen_one(const casefile *cf, void *arg)
{
	sig_ctx *x = arg;
	signal sig[MAX_SIGNALS];
	size_t n = signals_compute(cf, x->day, &x->s, sig, MAX_SIGNALS);
	strbuf t = STRBUF_INIT;
	sig_row *r;

	if (n == 0)
		return 0;
	if (n > MAX_SIGNALS)
		n = MAX_SIGNALS;
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_append(&t, "; ");
		sb_append_printable(&t, sig[i].text);
	}
	if (x->n == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 64;
		x->rows = xrealloc(x->rows, x->cap * sizeof *x->rows);
	}
	r = &x->rows[x->n++];
	r->urgency = 0;
	for (size_t i = 0; i < n; i++) {
		int u = signal_urgency(&sig[i]);
		if (u > r->urgency)
			r->urgency = u;
	}
	r->id = cf->c.id;
	r->kn = cli_clean_dup(cf->c.klantnummer);
	r->naam = cli_client_name_clean(&cf->c);
	r->regie = cli_clean_dup(cf->regiehouder_naam ? cf->regiehouder_naam : "-");
	r->texts = sb_take(&t);
	return 0;
}

static int cmp_sig_row(const void *a, const void *b)
{
	const sig_row *x = a, *y = b;

	if (x->urgency != y->urgency)
		return x->urgency > y->urgency ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

int cmd_signalen(cli_ctx *ctx)
{
	sig_ctx x;
	strbuf out = STRBUF_INIT;
	const char *v;
	casus_db *db;
	int rc, r, status = EXIT_OK, wk = 0, wn = 0, wr = 0;
	char d[11];

	memset(&x, 0, sizeof x);
	x.day = cdate_today();
	for (int i = 0; i < ctx->argc; i++) {
		const char *a = ctx->argv[i];

		if (cli_is_help(a)) {
			printf("Gebruik: casus signalen [--datum D]\n"
			       "Alle klanten met een signaal op datum D (standaard vandaag),\n"
			       "urgentste eerst.\n");
			return EXIT_OK;
		}
		if ((r = cli_opt_value(ctx, &i, "--datum", &v)) != 0) {
			if (r < 0 || cli_opt_date("--datum", v, &x.day) < 0)
				return EXIT_USER;
		} else if (a[0] == '-') {
			return cli_unknown_option("signalen", a);
		} else {
			cli_error("signalen: onverwacht argument '%s'", a);
			return EXIT_USER;
		}
	}
	db = cli_open_db(ctx, DB_OPEN_NOCREATE | DB_OPEN_READS);
	if (!db)
		return EXIT_USER;
	signal_settings_load(db, &x.s);
	rc = store_casefile_foreach(db, 0, signalen_one, &x);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		status = cli_exit_for(rc);
		goto out;
	}
	qsort(x.rows, x.n, sizeof *x.rows, cmp_sig_row);
	for (size_t i = 0; i < x.n; i++) {
		int w;
		if ((w = cli_disp_width(x.rows[i].kn)) > wk)
			wk = w;
		if ((w = cli_disp_width(x.rows[i].naam)) > wn)
			wn = w;
		if ((w = cli_disp_width(x.rows[i].regie)) > wr)
			wr = w;
	}
	if (wn > W_NAAM)
		wn = W_NAAM;
	if (wr > W_REGIE)
		wr = W_REGIE;
	cdate_format_nl(x.day, d);
	sb_appendf(&out, "Signalen op %s\n\n", d);
	for (size_t i = 0; i < x.n; i++) {
		cli_put_col(&out, x.rows[i].kn, wk, 1);
		sb_append(&out, "  ");
		cli_put_col(&out, x.rows[i].naam, wn, 1);
		sb_append(&out, "  ");
		cli_put_col(&out, x.rows[i].regie, wr, 1);
		sb_append(&out, "  ");
		sb_append(&out, x.rows[i].texts);
		sb_appendc(&out, '\n');
	}
	if (x.n)
		sb_appendc(&out, '\n');
	sb_appendf(&out, "%zu klant%s met een signaal\n", x.n, x.n == 1 ? "" : "en");
	zelf_signalen_append(db, x.day, &out);
	fputs(out.s, stdout);
out:
	for (size_t i = 0; i < x.n; i++) {
		free(x.rows[i].kn);
		free(x.rows[i].naam);
		free(x.rows[i].regie);
		free(x.rows[i].texts);
	}
	free(x.rows);
	sb_free(&out);
	db_close(db);
	return status;
}

/* ---- casus controle ------------------------------------------------------ */

/* The category columns of sheets 2-6 that can read Onbekend come from the
 * registration mapping (export_category_column); at most this many. */
#define N_KOLOM 64
#define MAX_EXTRA 32

typedef struct kolom_tel {
	const char *blad, *kolom;
	size_t onbekend;
} kolom_tel;

typedef struct ctl_ctx {
	cdate P;
	size_t deelnemers, met_bevinding, bevindingen, startbanen;
	kolom_tel tel[N_KOLOM + MAX_EXTRA];
	size_t ntel;
	strbuf out;
} ctl_ctx;

static void ctl_tally(ctl_ctx *x, const char *blad, const char *kolom);

static void ctl_count(ctl_ctx *x, const finding *f)
{
	const controle_cell *c = controle_follows(f);

	if (c) {
		/* the finding of a source: its derived cells read Onbekend */
		for (; c->blad; c++)
			ctl_tally(x, c->blad, c->kolom);
		return;
	}
	if (strncmp(f->bevinding, "Onbekend", 8) == 0)
		ctl_tally(x, f->blad, f->kolom);
}

static void ctl_tally(ctl_ctx *x, const char *blad, const char *kolom)
{
	size_t i;

	for (i = 0; i < x->ntel; i++)
		if (strcmp(x->tel[i].blad, blad) == 0 && strcmp(x->tel[i].kolom, kolom) == 0)
			break;
	if (i == x->ntel) {
		if (x->ntel == N_KOLOM + MAX_EXTRA)
			return;
		x->tel[x->ntel].blad = blad;
		x->tel[x->ntel].kolom = kolom;
		x->tel[x->ntel].onbekend = 0;
		x->ntel++;
	}
	x->tel[i].onbekend++;
}

static int controle_one(const casefile *cf, void *arg)
{
	ctl_ctx *x = arg;
	finding f[MAX_FINDINGS];
	derived d;
	size_t n;
	char *naam;

	if (!derive_is_deelnemer(&cf->c, x->P))
		return 0;
	derive_all(cf, x->P, &d);
	x->deelnemers++;
	x->startbanen += d.nsb;
	n = controle_client(cf, &d, x->P, f, MAX_FINDINGS);
	if (n == 0)
		return 0;
	x->met_bevinding++;
	x->bevindingen += n;
	naam = cli_client_name_clean(&cf->c);
	sb_appendc(&x->out, '\n');
	sb_append_printable(&x->out, cf->c.klantnummer);
	sb_appendf(&x->out, "  %s\n", naam);
	free(naam);
	for (size_t i = 0; i < n && i < MAX_FINDINGS; i++) {
		sb_appendf(&x->out, "  %s, %s: ", f[i].blad, f[i].kolom);
		sb_append_printable(&x->out, f[i].bevinding);
		sb_appendc(&x->out, '\n');
		ctl_count(x, &f[i]);
	}
	if (n > MAX_FINDINGS)
		sb_appendf(&x->out, "  (en nog %zu bevindingen)\n", n - MAX_FINDINGS);
	/* stream: a client's block is printed as soon as it is complete */
	fputs(x->out.s, stdout);
	sb_reset(&x->out);
	return 0;
}

/* "12,5%" */
static void pct(strbuf *sb, size_t part, size_t whole)
{
	char buf[32];

	if (whole == 0) {
		sb_appendf(sb, "%7s", "-");
		return;
	}
	snprintf(buf, sizeof buf, "%.1f%%", 100.0 * (double)part / (double)whole);
	for (char *p = buf; *p; p++)
		if (*p == '.')
			*p = ',';
	sb_appendf(sb, "%7s", buf);
}

static void controle_summary(ctl_ctx *x)
{
	const char *blad = NULL;
	int w = 0;

	for (size_t i = 0; i < x->ntel; i++)
		if (cli_disp_width(x->tel[i].kolom) > w)
			w = cli_disp_width(x->tel[i].kolom);
	sb_append(&x->out, "\nOnbekend per kolom\n");
	for (size_t i = 0; i < x->ntel; i++) {
		const kolom_tel *t = &x->tel[i];
		int sb_blad = strcmp(t->blad, "Startbaan") == 0;
		size_t base = sb_blad ? x->startbanen : x->deelnemers;

		if (!blad || strcmp(blad, t->blad) != 0) {
			blad = t->blad;
			if (sb_blad)
				sb_appendf(&x->out, "  %s (%zu startba%s)\n", blad, base,
					   base == 1 ? "an" : "nen");
			else
				sb_appendf(&x->out, "  %s (%zu deelnemer%s)\n", blad, base,
					   base == 1 ? "" : "s");
		}
		sb_append(&x->out, "    ");
		cli_put_col(&x->out, t->kolom, w, 1);
		sb_appendf(&x->out, " %5zu", t->onbekend);
		pct(&x->out, t->onbekend, base);
		sb_appendc(&x->out, '\n');
	}
}

int cmd_controle(cli_ctx *ctx)
{
	ctl_ctx *x;
	const char *v, *pv = NULL;
	casus_db *db;
	int rc, r, status = EXIT_OK;
	char d[11];

	for (int i = 0; i < ctx->argc; i++) {
		const char *a = ctx->argv[i];

		if (cli_is_help(a)) {
			printf("Gebruik: casus controle [--peildatum D]\n"
			       "Toont per deelnemer op peildatum D wat in de registratie Onbekend,\n"
			       "ontbrekend of tegenstrijdig is, en per kolom het aandeel Onbekend.\n"
			       "Zonder --peildatum: de huidige peildatum (instelling peildatum, of\n"
			       "31 oktober: van november tot en met februari de vorige, daarna de komende).\n");
			return EXIT_OK;
		}
		if ((r = cli_opt_value(ctx, &i, "--peildatum", &v)) != 0) {
			if (r < 0)
				return EXIT_USER;
			pv = v;
		} else if (a[0] == '-') {
			return cli_unknown_option("controle", a);
		} else {
			cli_error("controle: onverwacht argument '%s'", a);
			return EXIT_USER;
		}
	}
	x = xcalloc(1, sizeof *x);
	if (pv && cli_opt_date("--peildatum", pv, &x->P) < 0) {
		free(x);
		return EXIT_USER;
	}
	while (x->ntel < N_KOLOM &&
	       export_category_column(x->ntel, &x->tel[x->ntel].blad, &x->tel[x->ntel].kolom))
		x->ntel++;
	assert(x->ntel < N_KOLOM);  /* the mapping grew: raise N_KOLOM */
	db = cli_open_db(ctx, DB_OPEN_NOCREATE | DB_OPEN_READS);
	if (!db) {
		free(x);
		return EXIT_USER;
	}
	if (!pv)	/* the current peildatum, as on the card and the screen */
		x->P = peildatum_current(db, cdate_today());
	cdate_format_nl(x->P, d);
	printf("Controle van de registratie per peildatum %s\n", d);
	rc = store_casefile_foreach(db, CF_REGISTRATION, controle_one, x);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		status = cli_exit_for(rc);
		goto out;
	}
	controle_summary(x);
	sb_appendf(&x->out, "\n%zu bevinding%s bij %zu deelnemer%s (van %zu deelnemer%s op %s)\n",
		   x->bevindingen, x->bevindingen == 1 ? "" : "en",
		   x->met_bevinding, x->met_bevinding == 1 ? "" : "s",
		   x->deelnemers, x->deelnemers == 1 ? "" : "s", d);
	fputs(x->out.s, stdout);
out:
	sb_free(&x->out);
	free(x);
	db_close(db);
	return status;
}
