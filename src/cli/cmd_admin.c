/* cmd_admin.c - casus notitie (a journal line from the shell) and casus
 * integriteit (check the database file). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseload.h"
#include "cli.h"
#include "store.h"
#include "usecase.h"
#include "util.h"
#include "vocab.h"

int cmd_notitie(cli_ctx *ctx)
{
	const char *kn = NULL, *tekst = NULL, *soort = "Spreekuur";
	int tolk = 0, rc;
	casus_db *db;
	client c;
	journal j;
	valerr e = VALERR_INIT;

	for (int i = 0; i < ctx->argc; i++) {
		if (strcmp(ctx->argv[i], "--tolk") == 0) {
			tolk = JANEE_JA;
		} else if (strcmp(ctx->argv[i], "--soort") == 0 && i + 1 < ctx->argc) {
			soort = ctx->argv[++i];
		} else if (ctx->argv[i][0] == '-' && ctx->argv[i][1]) {
			cli_error("onbekende optie %s", ctx->argv[i]);
			return EXIT_USER;
		} else if (!kn) {
			kn = ctx->argv[i];
		} else if (!tekst) {
			tekst = ctx->argv[i];
		} else {
			cli_error("te veel argumenten (zet de tekst tussen aanhalingstekens)");
			return EXIT_USER;
		}
	}
	if (!kn || !tekst) {
		cli_error("gebruik: casus notitie KLANTNUMMER TEKST [--soort SOORT] [--tolk]");
		return EXIT_USER;
	}
	journal_init(&j);
	if (vocab_lookup(VOCAB_JOURNAAL_SOORT, soort, &j.soort) != 0) {
		char *allowed = vocab_allowed(VOCAB_JOURNAAL_SOORT);
		cli_error("--soort: onbekende waarde '%s'; kies uit %s", soort, allowed);
		free(allowed);
		return EXIT_USER;
	}
	if (!(db = cli_open_db(ctx, DB_OPEN_NOCREATE)))
		return EXIT_USER;
	rc = store_client_by_klantnummer(db, kn, &c);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		goto out;
	}
	j.client_id = c.id;
	j.moment = caseload_now();
	j.tolk = tolk;
	j.samenvatting = xstrdup(tekst);
	rc = store_journal_save(db, &j, &e);
	if (rc == CASUS_OK) {
		printf("Vastgelegd: journaalregel %lld bij %s.\n", (long long)j.id, c.klantnummer);
	} else if (rc == CASUS_INVALID) {
		char *t = valerr_text(&e);
		cli_error("%s", t);
		free(t);
	} else {
		cli_error("%s", db_errmsg(db));
	}
out:
	valerr_free(&e);
	journal_clear(&j);
	client_clear(&c);
	db_close(db);
	return cli_exit_for(rc);
}

int cmd_integriteit(cli_ctx *ctx)
{
	casus_db *db;
	char **lines = NULL;
	size_t n = 0;
	int rc;

	if (ctx->argc) {
		cli_error("gebruik: casus integriteit");
		return EXIT_USER;
	}
	if (!(db = cli_open_db(ctx, DB_OPEN_NOCREATE | DB_OPEN_ANYSCHEMA | DB_OPEN_READS)))
		return EXIT_USER;
	rc = usecase_integrity(db, &lines, &n);
	for (size_t i = 0; i < n; i++)
		printf("%s\n", lines[i]);
	usecase_lines_free(lines, n);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		db_close(db);
		return EXIT_USER;
	}
	if (n)
		printf("%zu probleem/problemen gevonden in %s.\n", n, db_path(db));
	else
		printf("De database is in orde (%lld klanten).\n", (long long)store_client_count(db));
	db_close(db);
	return n ? EXIT_USER : EXIT_OK;
}
