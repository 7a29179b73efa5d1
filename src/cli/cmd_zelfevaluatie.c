/* cmd_zelfevaluatie.c - casus zelfevaluatie: the team's self-assessment
 * on the command line, so that a round can be scripted (spec
 * zelfevaluatie.md).  The core does the work (zelfevaluatie.h); this file
 * parses, asks and prints.  Also the verbeterplan's overdue actions for
 * `casus signalen` (zelf_signalen_append). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_util.h"
#include "cli_zelf.h"
#include "date.h"
#include "util.h"
#include "zelfevaluatie.h"

#define USAGE \
	"Gebruik: casus zelfevaluatie                       de rondes, nieuwste eerst\n" \
	"         casus zelfevaluatie nieuw NAAM [--datum D] [--deelnemers T]\n" \
	"         casus zelfevaluatie score RONDE NUMMER WAARDE [--toelichting T]\n" \
	"                  (WAARDE: nvt, 1 tot en met 10, of open)\n" \
	"         casus zelfevaluatie actie RONDE THEMA TEKST [--eigenaar E] [--streefdatum D]\n" \
	"         casus zelfevaluatie status ACTIE open|bezig|klaar|vervallen\n" \
	"         casus zelfevaluatie sluit RONDE\n" \
	"         casus zelfevaluatie toon RONDE\n" \
	"         casus zelfevaluatie export RONDE -o BESTAND.xlsx\n" \
	"         casus zelfevaluatie instrument BESTAND\n" \
	"RONDE is de naam of het nummer van een ronde; THEMA het nummer of de naam.\n"

/* Report a core failure: the message when there is one, else the store's. */
static int fail(casus_db *db, int rc, char *msg)
{
	char *p = str_printable_lines(msg ? msg : db_errmsg(db));

	cli_error("%s", p);
	free(p);
	free(msg);
	return cli_exit_for(rc);
}

/* Positional arguments and the options a subcommand takes (NULL-ended
 * names); returns the number of positionals, or -1 after a message. */
static int args_parse(cli_ctx *ctx, int from, const char *sub, const char *const *opts,
		      const char **val, const char **pos, int maxpos)
{
	int npos = 0, r;

	for (int i = from; i < ctx->argc; i++) {
		const char *a = ctx->argv[i];
		int matched = 0;

		for (int k = 0; opts && opts[k] && !matched; k++) {
			if ((r = cli_opt_value(ctx, &i, opts[k], &val[k])) < 0)
				return -1;
			matched = r;
		}
		if (matched)
			continue;
		if (a[0] == '-' && a[1] && strcmp(a, "-") != 0) {
			cli_unknown_option(sub, a);
			return -1;
		}
		if (npos == maxpos) {
			cli_error("%s: onverwacht argument '%s'", sub, a);
			return -1;
		}
		pos[npos++] = a;
	}
	return npos;
}

static int need(int got, int want, const char *sub, const char *usage)
{
	if (got < 0)
		return -1;
	if (got < want) {
		cli_error("zelfevaluatie %s: te weinig argumenten (gebruik: casus zelfevaluatie %s)",
			  sub, usage);
		return -1;
	}
	return 0;
}

static char *instrument_label(casus_db *db, int64_t id)
{
	ze_instrument ins;
	char *s;

	if (ze_instrument_get(db, id, &ins) != CASUS_OK)
		return xstrdup("?");
	s = xasprintf("%s versie %s", ins.naam, ins.versie);
	ze_instrument_free(&ins);
	return s;
}

/* ---- the rounds ------------------------------------------------------------ */

static int zelf_list(casus_db *db)
{
	ze_ronde *r = NULL;
	size_t n = 0;
	strbuf out = STRBUF_INIT;
	int rc = ze_ronde_list(db, &r, &n), wn = 4;
	char d[11];

	if (rc != CASUS_OK)
		return fail(db, rc, NULL);
	if (n == 0) {
		printf("Nog geen rondes.  Begin er een met: casus zelfevaluatie nieuw NAAM\n");
		return EXIT_OK;
	}
	for (size_t i = 0; i < n; i++) {
		char *c = cli_clean_dup(r[i].naam);
		int w = cli_disp_width(c);
		if (w > wn)
			wn = w;
		free(c);
	}
	sb_append(&out, "Rondes van de zelfevaluatie, nieuwste eerst\n\n");
	sb_append(&out, " Nr  ");
	cli_put_col(&out, "Naam", wn, 1);
	sb_append(&out, "  Datum       Status      Instrument\n");
	for (size_t i = 0; i < n; i++) {
		char *c = cli_clean_dup(r[i].naam), *ins = instrument_label(db, r[i].instrument_id);

		cdate_format_nl(r[i].datum, d);
		sb_appendf(&out, "%3lld  ", (long long)r[i].id);
		cli_put_col(&out, c, wn, 1);
		sb_appendf(&out, "  %s  %-10s  ", d, r[i].afgesloten ? "afgesloten" : "open");
		sb_append_printable(&out, ins);
		sb_appendc(&out, '\n');
		free(c);
		free(ins);
	}
	sb_appendf(&out, "\n%zu ronde%s\n", n, n == 1 ? "" : "s");
	fputs(out.s, stdout);
	sb_free(&out);
	ze_ronde_list_free(r, n);
	return EXIT_OK;
}

static int zelf_nieuw(cli_ctx *ctx, casus_db *db)
{
	static const char *const opts[] = { "--datum", "--deelnemers", NULL };
	const char *val[2] = { NULL, NULL }, *pos[1];
	cdate datum = CDATE_NONE;
	ze_ronde r;
	ze_instrument ins;
	char *msg = NULL, d[11];
	int n = args_parse(ctx, 1, "zelfevaluatie nieuw", opts, val, pos, 1), rc;
	size_t nst = 0;

	if (need(n, 1, "nieuw", "nieuw NAAM [--datum D]") < 0)
		return EXIT_USER;
	if (val[0] && cli_opt_date("--datum", val[0], &datum) < 0)
		return EXIT_USER;
	rc = ze_ronde_new(db, pos[0], datum, val[1], &r, &msg);
	if (rc != CASUS_OK)
		return fail(db, rc, msg);
	if (ze_instrument_get(db, r.instrument_id, &ins) == CASUS_OK) {
		char *c = cli_clean_dup(r.naam), *in = cli_clean_dup(ins.naam), *v = cli_clean_dup(ins.versie);

		for (size_t t = 0; t < ins.nth; t++)
			nst += ins.th[t].nst;
		cdate_format_nl(r.datum, d);
		printf("Ronde %lld '%s' (%s) aangemaakt met instrument %s versie %s: "
		       "%zu thema's, %zu stellingen.\n", (long long)r.id, c, d, in, v, ins.nth, nst);
		free(c);
		free(in);
		free(v);
		ze_instrument_free(&ins);
	}
	ze_ronde_free(&r);
	return EXIT_OK;
}

static int find_round(casus_db *db, const char *key, ze_ronde *r)
{
	char *msg = NULL;
	int rc = ze_ronde_find(db, key, r, &msg);

	if (rc != CASUS_OK)
		return fail(db, rc, msg);
	return EXIT_OK;
}

static int zelf_score(cli_ctx *ctx, casus_db *db)
{
	static const char *const opts[] = { "--toelichting", NULL };
	const char *val[1] = { NULL }, *pos[3];
	int n = args_parse(ctx, 1, "zelfevaluatie score", opts, val, pos, 3), w, rc, st;
	ze_ronde r;
	ze_view v;
	char *msg = NULL;

	if (need(n, 3, "score", "score RONDE NUMMER WAARDE [--toelichting T]") < 0)
		return EXIT_USER;
	if (strcmp(pos[2], "open") == 0) {
		w = ZE_OPEN;
	} else if (ze_parse_score(pos[2], &w) < 0) {
		char *p = str_printable(pos[2]);
		cli_error("Waarde: '%s' kan niet (nvt, 1 tot en met 10, of open)", p);
		free(p);
		return EXIT_USER;
	}
	if ((st = find_round(db, pos[0], &r)) != EXIT_OK)
		return st;
	rc = ze_score_set(db, r.id, pos[1], w, val[0], &msg);
	if (rc != CASUS_OK) {
		ze_ronde_free(&r);
		return fail(db, rc, msg);
	}
	if (ze_view_load(db, r.id, &v) == CASUS_OK) {
		for (size_t t = 0, k = 0; t < v.ins.nth; t++)
			for (size_t s = 0; s < v.ins.th[t].nst; s++, k++) {
				char buf[64], *c;

				if (strcmp(v.ins.th[t].st[s].nummer, pos[1]) != 0)
					continue;
				ze_format_themescore(ze_view_theme(&v, t, 0), buf, sizeof buf);
				c = cli_clean_dup(v.ins.th[t].naam);
				printf("Stelling %s: %s (thema %d %s: %s)\n", pos[1],
				       w == ZE_OPEN ? "niet ingevuld" : ze_score_text(w),
				       v.ins.th[t].nummer, c, buf);
				free(c);
			}
		ze_view_free(&v);
	}
	ze_ronde_free(&r);
	return EXIT_OK;
}

static int zelf_actie(cli_ctx *ctx, casus_db *db)
{
	static const char *const opts[] = { "--eigenaar", "--streefdatum", NULL };
	const char *val[2] = { NULL, NULL }, *pos[3];
	int n = args_parse(ctx, 1, "zelfevaluatie actie", opts, val, pos, 3), rc, st;
	cdate sd = CDATE_NONE;
	ze_ronde r;
	int64_t id = 0;
	char *msg = NULL;

	if (need(n, 3, "actie", "actie RONDE THEMA TEKST [--eigenaar E] [--streefdatum D]") < 0)
		return EXIT_USER;
	if (val[1] && cli_opt_date("--streefdatum", val[1], &sd) < 0)
		return EXIT_USER;
	if ((st = find_round(db, pos[0], &r)) != EXIT_OK)
		return st;
	rc = ze_actie_add(db, r.id, pos[1], pos[2], val[0], sd, &id, &msg);
	ze_ronde_free(&r);
	if (rc != CASUS_OK)
		return fail(db, rc, msg);
	printf("Actie %lld vastgelegd in het verbeterplan.\n", (long long)id);
	return EXIT_OK;
}

static int zelf_status(cli_ctx *ctx, casus_db *db)
{
	const char *pos[2];
	int n = args_parse(ctx, 1, "zelfevaluatie status", NULL, NULL, pos, 2), rc, status;
	unsigned long long id;
	char *msg = NULL;

	if (need(n, 2, "status", "status ACTIE open|bezig|klaar|vervallen") < 0)
		return EXIT_USER;
	if (cli_opt_number("ACTIE", pos[0], 1, INT64_MAX, &id) < 0)
		return EXIT_USER;
	if (!(status = ze_status_parse(pos[1]))) {
		char *p = str_printable(pos[1]);
		cli_error("Status: '%s' kan niet (open, bezig, klaar of vervallen)", p);
		free(p);
		return EXIT_USER;
	}
	rc = ze_actie_set_status(db, (int64_t)id, status, &msg);
	if (rc != CASUS_OK)
		return fail(db, rc, msg);
	printf("Actie %llu: %s.\n", id, ze_status_label(status));
	return EXIT_OK;
}

static int zelf_sluit(cli_ctx *ctx, casus_db *db)
{
	const char *pos[1];
	int n = args_parse(ctx, 1, "zelfevaluatie sluit", NULL, NULL, pos, 1), rc, st;
	ze_ronde r;
	char *msg = NULL, *c;

	if (need(n, 1, "sluit", "sluit RONDE") < 0)
		return EXIT_USER;
	if ((st = find_round(db, pos[0], &r)) != EXIT_OK)
		return st;
	rc = ze_ronde_close(db, r.id, &msg);
	if (rc != CASUS_OK) {
		ze_ronde_free(&r);
		return fail(db, rc, msg);
	}
	c = cli_clean_dup(r.naam);
	printf("Ronde '%s' is afgesloten; de scores kunnen niet meer veranderen.\n", c);
	free(c);
	ze_ronde_free(&r);
	return EXIT_OK;
}

static int zelf_instrument(cli_ctx *ctx, casus_db *db)
{
	const char *pos[1];
	int n = args_parse(ctx, 1, "zelfevaluatie instrument", NULL, NULL, pos, 1), rc;
	ze_instrument ins;
	char **msgs = NULL;
	size_t nm = 0, nst = 0;

	if (need(n, 1, "instrument", "instrument BESTAND") < 0)
		return EXIT_USER;
	rc = ze_instrument_load_file(db, pos[0], &ins, &msgs, &nm);
	for (size_t i = 0; i < nm; i++) {
		char *p = str_printable(msgs[i]);
		fprintf(stderr, "%s\n", p);
		free(p);
		free(msgs[i]);
	}
	free(msgs);
	if (rc != CASUS_OK) {
		cli_error("instrument niet geladen: %zu %s", nm, nm == 1 ? "probleem" : "problemen");
		return cli_exit_for(rc);
	}
	for (size_t t = 0; t < ins.nth; t++)
		nst += ins.th[t].nst;
	{
		char *in = cli_clean_dup(ins.naam), *v = cli_clean_dup(ins.versie);
		printf("Instrument %s versie %s geladen: %zu thema's, %zu stellingen.  "
		       "Nieuwe rondes gebruiken het.\n", in, v, ins.nth, nst);
		free(in);
		free(v);
	}
	ze_instrument_free(&ins);
	return EXIT_OK;
}

static int zelf_export(cli_ctx *ctx, casus_db *db)
{
	static const char *const opts[] = { "-o", NULL };
	const char *val[1] = { NULL }, *pos[1];
	int n = args_parse(ctx, 1, "zelfevaluatie export", opts, val, pos, 1), rc, st;
	ze_ronde r;
	char *msg = NULL;

	if (need(n, 1, "export", "export RONDE -o BESTAND.xlsx") < 0)
		return EXIT_USER;
	if (!val[0] || !val[0][0]) {
		cli_error("zelfevaluatie export: -o BESTAND.xlsx ontbreekt");
		return EXIT_USER;
	}
	if ((st = find_round(db, pos[0], &r)) != EXIT_OK)
		return st;
	rc = ze_export(db, r.id, val[0], &msg);
	ze_ronde_free(&r);
	if (rc != CASUS_OK)
		return fail(db, rc, msg);
	printf("Werkboek geschreven: %s\n", val[0]);
	return EXIT_OK;
}

/* ---- dispatch --------------------------------------------------------------------- */

typedef struct sub {
	const char *name;
	int (*fn)(cli_ctx *, casus_db *);
	int reads;             /* opens for reading only */
} sub;

static int zelf_toon_cmd(cli_ctx *ctx, casus_db *db)
{
	const char *pos[1];
	int n = args_parse(ctx, 1, "zelfevaluatie toon", NULL, NULL, pos, 1), st;
	ze_ronde r;

	if (need(n, 1, "toon", "toon RONDE") < 0)
		return EXIT_USER;
	if ((st = find_round(db, pos[0], &r)) != EXIT_OK)
		return st;
	st = zelf_toon(db, r.id);
	ze_ronde_free(&r);
	return st;
}

static const sub subs[] = {
	{ "nieuw", zelf_nieuw, 0 },
	{ "score", zelf_score, 0 },
	{ "actie", zelf_actie, 0 },
	{ "status", zelf_status, 0 },
	{ "sluit", zelf_sluit, 0 },
	{ "toon", zelf_toon_cmd, 1 },
	{ "export", zelf_export, 1 },
	{ "instrument", zelf_instrument, 0 },
};

int cmd_zelfevaluatie(cli_ctx *ctx)
{
	const sub *s = NULL;
	casus_db *db;
	int st;

	if (ctx->argc > 0 && cli_is_help(ctx->argv[0])) {
		fputs(USAGE, stdout);
		return EXIT_OK;
	}
	if (ctx->argc > 0) {
		for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++)
			if (strcmp(ctx->argv[0], subs[i].name) == 0)
				s = &subs[i];
		if (!s) {
			char *p = str_printable(ctx->argv[0]);
			cli_error("zelfevaluatie: onbekende opdracht '%s' (casus zelfevaluatie --help)", p);
			free(p);
			return EXIT_USER;
		}
		for (int i = 1; i < ctx->argc; i++)
			if (cli_is_help(ctx->argv[i])) {
				fputs(USAGE, stdout);
				return EXIT_OK;
			}
	}
	db = cli_open_db(ctx, !s || s->reads ? DB_OPEN_NOCREATE | DB_OPEN_READS : 0);
	if (!db)
		return EXIT_USER;
	st = s ? s->fn(ctx, db) : zelf_list(db);
	db_close(db);
	return st;
}
