/* cmd_privacy.c - casus verwijder, casus opschonen, casus backup. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "privacy.h"
#include "store.h"
#include "util.h"

/* Ask on stdout, read one answer line from stdin; 1 when it is "ja". */
static int privacy_confirm(const char *question)
{
	char line[64];

	printf("%s Typ 'ja' om te bevestigen: ", question);
	fflush(stdout);
	if (!fgets(line, sizeof line, stdin)) {
		putchar('\n');
		return 0;
	}
	line[strcspn(line, "\r\n")] = '\0';
	return strcmp(line, "ja") == 0 || strcmp(line, "JA") == 0 || strcmp(line, "Ja") == 0;
}

/* Parse "--ja" out of the arguments; returns the remaining positional
 * argument count written into pos[]. */
static int privacy_args(cli_ctx *ctx, const char *flag, int *flag_set, char **pos, int maxpos,
			const char *valopt, char **val)
{
	int np = 0;

	for (int i = 0; i < ctx->argc; i++) {
		if (strcmp(ctx->argv[i], flag) == 0) {
			*flag_set = 1;
		} else if (valopt && strcmp(ctx->argv[i], valopt) == 0) {
			if (i + 1 >= ctx->argc) {
				cli_error("%s verwacht een waarde", valopt);
				return -1;
			}
			*val = ctx->argv[++i];
		} else if (ctx->argv[i][0] == '-' && ctx->argv[i][1]) {
			cli_error("onbekende optie %s", ctx->argv[i]);
			return -1;
		} else if (np < maxpos) {
			pos[np++] = ctx->argv[i];
		} else {
			cli_error("te veel argumenten");
			return -1;
		}
	}
	return np;
}

int cmd_verwijder(cli_ctx *ctx)
{
	char *pos[1];
	int yes = 0, pending = 0, rc;
	casus_db *db;
	client c;
	char *name, *q;

	if (privacy_args(ctx, "--ja", &yes, pos, 1, NULL, NULL) != 1) {
		cli_error("gebruik: casus verwijder KLANTNUMMER [--ja]");
		return EXIT_USER;
	}
	if (!(db = cli_open_db(ctx, DB_OPEN_NOCREATE)))
		return EXIT_USER;
	rc = store_client_by_klantnummer(db, pos[0], &c);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		db_close(db);
		return cli_exit_for(rc);
	}
	name = client_display_name(&c);
	q = xasprintf("Klant %s (%s) en al zijn of haar gegevens definitief wissen?", c.klantnummer, name);
	if (!yes && !privacy_confirm(q)) {
		printf("Niet gewist.\n");
		rc = CASUS_INVALID;
	} else {
		rc = privacy_erase_client(db, c.id, &pending);
		if (rc == CASUS_OK && pending)
			printf("Klant %s is uit casus verwijderd. Een andere gebruiker heeft casus open; het wissen uit "
			       "het databasebestand wordt voltooid zodra de andere gebruiker casus sluit (bij de "
			       "volgende keer dat casus opent).\n", c.klantnummer);
		else if (rc == CASUS_OK)
			printf("Klant %s is gewist. In het logboek staat alleen dat er gewist is, wanneer en door wie.\n",
			       c.klantnummer);
		else
			cli_error("%s", db_errmsg(db));
	}
	free(q);
	free(name);
	client_clear(&c);
	db_close(db);
	return cli_exit_for(rc);
}

int cmd_opschonen(cli_ctx *ctx)
{
	char *pos[1], *datum = NULL;
	int yes = 0, pending = 0, rc;
	casus_db *db;
	cdate before;
	int64_t *ids = NULL;
	size_t n = 0;

	if (privacy_args(ctx, "--ja", &yes, pos, 0, "--afgesloten-voor", &datum) != 0 || !datum) {
		cli_error("gebruik: casus opschonen --afgesloten-voor DATUM [--ja]");
		return EXIT_USER;
	}
	rc = cdate_parse(datum, &before);
	if (rc != DATE_OK) {
		cli_error("--afgesloten-voor: '%s' %s", datum, cdate_parse_message(rc == DATE_EMPTY ? DATE_SYNTAX : rc));
		return EXIT_USER;
	}
	if (!(db = cli_open_db(ctx, DB_OPEN_NOCREATE)))
		return EXIT_USER;
	rc = privacy_closed_before(db, before, &ids, &n);
	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		db_close(db);
		return cli_exit_for(rc);
	}
	if (n == 0) {
		printf("Geen klanten met een dossier dat vóór %s is afgesloten.\n", datum);
		db_close(db);
		return EXIT_OK;
	}
	printf("Dossiers afgesloten vóór %s:\n", datum);
	for (size_t i = 0; i < n; i++) {
		client c;

		if (store_client_get(db, ids[i], &c) == CASUS_OK) {
			char *name = client_display_name(&c);
			printf("  %-10s %s\n", c.klantnummer, name);
			free(name);
		}
		client_clear(&c);
	}
	{
		char *q = xasprintf("Deze %zu klant(en) en al hun gegevens definitief wissen?", n);
		int ok = yes || privacy_confirm(q);

		free(q);
		if (!ok) {
			printf("Niets gewist.\n");
			free(ids);
			db_close(db);
			return EXIT_USER;
		}
	}
	rc = privacy_erase_clients(db, ids, n, &pending);
	if (rc == CASUS_OK && pending)
		printf("%zu klant(en) uit casus verwijderd. Een andere gebruiker heeft casus open; het wissen uit "
		       "het databasebestand wordt voltooid zodra de andere gebruiker casus sluit (bij de "
		       "volgende keer dat casus opent).\n", n);
	else if (rc == CASUS_OK)
		printf("%zu klant(en) gewist.\n", n);
	else
		cli_error("%s; er is niets gewist.", db_errmsg(db));
	free(ids);
	db_close(db);
	return cli_exit_for(rc);
}

int cmd_backup(cli_ctx *ctx)
{
	char *pos[1];
	int overwrite = 0, rc;
	casus_db *db;

	if (privacy_args(ctx, "--overschrijf", &overwrite, pos, 1, NULL, NULL) != 1) {
		cli_error("gebruik: casus backup BESTAND [--overschrijf]");
		return EXIT_USER;
	}
	if (!(db = cli_open_db(ctx, DB_OPEN_NOCREATE | DB_OPEN_READS)))
		return EXIT_USER;
	rc = privacy_backup(db, pos[0], overwrite);
	if (rc == CASUS_OK)
		printf("Reservekopie geschreven naar %s (alleen leesbaar voor u).\n", pos[0]);
	else
		cli_error("%s", db_errmsg(db));
	db_close(db);
	return cli_exit_for(rc);
}
