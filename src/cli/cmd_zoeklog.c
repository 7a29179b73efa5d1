/* cmd_zoeklog.c - casus zoeklog: the search log of BSN searches
 * (search.h, db/011-zoeklog.sql).
 *
 * Decisions (also in casus --help, the man page and the golden test):
 *  - the last 30 days by default, --dagen N for another period (today
 *    counts as one day); newest first.
 *  - the log holds who, when, the kind, the number of digits typed and the
 *    number of clients found; never the digits, so there is nothing to
 *    show of them.  An empty period prints the header and "0 zoekopdrachten"
 *    (exit 0: a report). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_util.h"
#include "search.h"
#include "util.h"

#define ZOEKLOG_DAGEN 30
#define ZOEKLOG_MAX_DAGEN 36600

/* "jjjj-mm-dd uu:mm:ss" as "dd-mm-jjjj uu:mm"; anything else as it is. */
static void moment_nl(const char *m, char out[32])
{
	if (strlen(m) >= 16 && m[4] == '-' && m[7] == '-' && m[10] == ' ' && m[13] == ':')
		snprintf(out, 32, "%.2s-%.2s-%.4s %.5s", m + 8, m + 5, m, m + 11);
	else
		snprintf(out, 32, "%s", m);
}

static void zoeklog_print(const zoeklog_row *r, size_t n, strbuf *out)
{
	int ww = 3;

	for (size_t i = 0; i < n; i++) {
		char *w = cli_clean_dup(r[i].wie);
		int d = cli_disp_width(w);

		if (d > ww)
			ww = d > 24 ? 24 : d;
		free(w);
	}
	cli_put_col(out, "Moment", 16, 1);
	sb_append(out, "  ");
	cli_put_col(out, "Wie", ww, 1);
	sb_append(out, "  Soort         Cijfers  Treffers\n");
	for (size_t i = 0; i < n; i++) {
		char m[32], *w = cli_clean_dup(r[i].wie), *m_clean;

		moment_nl(r[i].moment, m);
		m_clean = cli_clean_dup(m);
		cli_put_col(out, m_clean, 16, 1);
		sb_append(out, "  ");
		cli_put_col(out, w, ww, 1);
		sb_append(out, "  ");
		cli_put_col(out, r[i].soort, 12, 1);
		sb_appendf(out, "  %7d  %8lld\n", r[i].cijfers, (long long)r[i].treffers);
		free(m_clean);
		free(w);
	}
}

int cmd_zoeklog(cli_ctx *ctx)
{
	unsigned long long dagen = ZOEKLOG_DAGEN;
	zoeklog_row *rows = NULL;
	size_t n = 0;
	strbuf out = STRBUF_INIT;
	cdate today = cdate_today(), from;
	char a[11], b[11];
	const char *v;
	casus_db *db;
	int rc, r;

	for (int i = 0; i < ctx->argc; i++) {
		const char *arg = ctx->argv[i];

		if (cli_is_help(arg)) {
			printf("Gebruik: casus zoeklog [--dagen N]\n"
			       "Toont het zoeklogboek: wie wanneer op (een deel van) een BSN heeft gezocht,\n"
			       "de soort (BSN volledig of BSN-einde), het aantal getypte cijfers en het\n"
			       "aantal gevonden klanten; de cijfers zelf worden niet bewaard.\n"
			       "Standaard de laatste %d dagen (vandaag telt mee), nieuwste eerst.\n",
			       ZOEKLOG_DAGEN);
			return EXIT_OK;
		}
		if ((r = cli_opt_value(ctx, &i, "--dagen", &v)) != 0) {
			if (r < 0 || cli_opt_number("--dagen", v, 1, ZOEKLOG_MAX_DAGEN, &dagen) < 0)
				return EXIT_USER;
		} else if (arg[0] == '-') {
			return cli_unknown_option("zoeklog", arg);
		} else {
			cli_error("zoeklog: onverwacht argument '%s'", arg);
			return EXIT_USER;
		}
	}
	if (!(db = cli_open_db(ctx, DB_OPEN_NOCREATE | DB_OPEN_READS)))
		return EXIT_USER;
	from = today - (cdate)dagen + 1;
	rc = zoeklog_list(db, from, &rows, &n);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		db_close(db);
		return cli_exit_for(rc);
	}
	cdate_format_nl(from, a);
	cdate_format_nl(today, b);
	sb_appendf(&out, "Zoeken op BSN van %s t/m %s (alleen soort en aantallen, "
		   "nooit de cijfers)\n\n", a, b);
	zoeklog_print(rows, n, &out);
	sb_appendf(&out, "\n%zu zoekopdracht%s\n", n, n == 1 ? "" : "en");
	fputs(out.s, stdout);
	sb_free(&out);
	zoeklog_rows_free(rows, n);
	db_close(db);
	return EXIT_OK;
}
