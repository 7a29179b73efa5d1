/* main.c - casus: option parsing and command dispatch. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../common/errout.h"
#include "../tui/tui_main.h"
#include "usecase.h"
#include "util.h"

/* X(name, function, one-line Dutch help) - the commands, in help order. */
#define COMMAND_LIST(X) \
	X("zoek",      cmd_zoek,      "zoek TEKST                 klanten zoeken op naam, klantnummer, BSN (of laatste 4+ cijfers, gelogd) of geboortedatum") \
	X("toon",      cmd_toon,      "toon KLANTNUMMER           de klantkaart als tekst") \
	X("signalen",  cmd_signalen,  "signalen [--datum D]       alle klanten met een signaal, urgentste eerst") \
	X("controle",  cmd_controle,  "controle --peildatum D     volledigheidscontrole voor de registratie") \
	X("import",    cmd_import,    "import [--controleer] BESTAND.csv...  een caseload inlezen uit CSV") \
	X("export",    cmd_export,    "export --peildatum D [-o BESTAND.xlsx] [--csv MAP] [--overschrijf]  de registratie per 31 oktober") \
	X("demo",      cmd_demo,      "demo [--klanten N] [--seed S] [--toevoegen]  een synthetische democaseload aanmaken") \
	X("notitie",   cmd_notitie,   "notitie KLANTNUMMER TEKST [--soort S] [--tolk]  een journaalregel vastleggen") \
	X("integriteit", cmd_integriteit, "integriteit                controleer het databasebestand") \
	X("verwijder", cmd_verwijder, "verwijder KLANTNUMMER [--ja]  een klant en al zijn gegevens wissen (AVG)") \
	X("opschonen", cmd_opschonen, "opschonen --afgesloten-voor D [--ja]  klanten met een oud, afgesloten dossier wissen") \
	X("backup",    cmd_backup,    "backup BESTAND [--overschrijf]  reservekopie van de database (modus 0600)") \
	X("zelfevaluatie", cmd_zelfevaluatie, "zelfevaluatie [nieuw|score|actie|status|sluit|toon|export|instrument]  de zelfevaluatie van het team") \
	X("agenda",    cmd_agenda,    "agenda [--dagen N] [--alle] [--datum D]  afspraken, geplande PIP-stappen en termijnen (standaard 7 dagen, mijn klanten)") \
	X("instelling", cmd_instelling, "instelling [NAAM [WAARDE]]  instellingen tonen of vastleggen (wie ben ik, gemeente, team, peildatum)") \
	X("zoeklog",   cmd_zoeklog,   "zoeklog [--dagen N]        wie wanneer op (een deel van) een BSN zocht (standaard 30 dagen)")

typedef struct command {
	const char *name;
	int (*fn)(cli_ctx *ctx);
	const char *help;
} command;

static const command commands[] = {
#define CMD_ENTRY(name, fn, help) { name, fn, help },
	COMMAND_LIST(CMD_ENTRY)
#undef CMD_ENTRY
};

/* Messages quote what the user gave: errout makes them safe to print. */
void cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	errout_vprintf(fmt, ap);
	va_end(ap);
}

int cli_exit_for(int casus_rc)
{
	switch (casus_rc) {
	case CASUS_OK:
		return EXIT_OK;
	case CASUS_ERROR:
		return EXIT_INTERNAL;
	default:
		return EXIT_USER;
	}
}

casus_db *cli_open_db(const cli_ctx *ctx, int flags)
{
	char *err = NULL, *warn = NULL;
	casus_db *db = usecase_open(ctx->db_path, flags, &err, &warn);

	if (!db) {
		cli_error("%s", err);
		free(err);
		return NULL;
	}
	if (warn) {
		fprintf(stderr, "casus: %s\n", warn);
		free(warn);
	}
	return db;
}

/* Clients in the --demo caseload and the seed it is generated with. */
#define DEMO_KLANTEN 400
#define DEMO_SEED 2026

/* The database of `casus --demo`: a new demo caseload in a temporary
 * directory (*dir; removed by the caller). */
static casus_db *main_demo_db(char **dir)
{
	char *err = NULL;
	casus_db *db = usecase_demo_create(dir, &err);

	if (!db) {
		cli_error("%s", err);
		free(err);
		return NULL;
	}
	fputs("Democaseload wordt aangemaakt…\n", stderr);
	if (usecase_demo_fill(db, DEMO_KLANTEN, DEMO_SEED) != CASUS_OK) {
		cli_error("democaseload aanmaken mislukt: %s", db_errmsg(db));
		db_close(db);
		usecase_demo_remove(*dir);
		*dir = NULL;
		return NULL;
	}
	return db;
}

/* Without a command: the full screen, on the database opened here. */
static int main_tui(const cli_ctx *ctx, int demo)
{
	char *dir = NULL;
	casus_db *db;
	int status;

	if (tui_start() != 0)
		return EXIT_USER;
	db = demo ? main_demo_db(&dir) : cli_open_db(ctx, 0);
	if (!db) {
		tui_cancel();
		return EXIT_USER;
	}
	tui_set_demo(demo);
	status = tui_main(db) == 0 ? EXIT_OK : EXIT_USER;
	db_close(db);
	usecase_demo_remove(dir);
	return status;
}

static void main_usage(FILE *fp)
{
	fputs("Gebruik: casus [--db BESTAND] [OPDRACHT [ARGUMENTEN]]\n"
	      "\n"
	      "Zonder opdracht opent casus het volledige scherm met de caseload.\n"
	      "\n"
	      "Opdrachten:\n", fp);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(fp, "  %s\n", commands[i].help);
	fputs("\n"
	      "Opties:\n"
	      "  --db BESTAND   gebruik deze database (ook: omgevingsvariabele CASUS_DB)\n"
	      "  --demo         open het scherm op een nieuwe democaseload (tijdelijk bestand)\n"
	      "  --help         deze hulp\n"
	      "  --version      versie van casus\n"
	      "\n"
	      "Standaarddatabase: $XDG_DATA_HOME/casus/casus.db (of ~/.local/share/casus/casus.db).\n"
	      "Data typen als dd-mm-jjjj, d-m-jjjj, ddmmjjjj of jjjj-mm-dd.\n"
	      "Afsluitstatus: 0 gelukt, 1 fout in de invoer, 2 interne fout.\n", fp);
}

int main(int argc, char **argv)
{
	cli_ctx ctx = { NULL, 0, NULL };
	int i = 1, demo = 0;

	casus_locale_init();
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			main_usage(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("casus %s\n", PACKAGE_VERSION);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 >= argc) {
				cli_error("--db verwacht een bestandsnaam");
				return EXIT_USER;
			}
			ctx.db_path = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			ctx.db_path = argv[i] + 5;
		} else if (strcmp(argv[i], "--demo") == 0) {
			demo = 1;
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			cli_error("onbekende optie %s (zie casus --help)", argv[i]);
			return EXIT_USER;
		}
	}
	if (i >= argc)
		return main_tui(&ctx, demo);
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++) {
		if (strcmp(argv[i], commands[k].name) == 0) {
			ctx.argc = argc - i - 1;
			ctx.argv = argv + i + 1;
			return commands[k].fn(&ctx);
		}
	}
	cli_error("onbekende opdracht '%s' (zie casus --help)", argv[i]);
	return EXIT_USER;
}
