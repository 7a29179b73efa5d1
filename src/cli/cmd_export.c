/* cmd_export.c - casus export: the registration workbook per peildatum
 * (registration-form.md), as .xlsx or as CSV files.
 *
 *   casus export --peildatum D [-o BESTAND.xlsx] [--overschrijf]
 *   casus export --peildatum D --csv MAP [--overschrijf]
 *
 * Default file: registratie-startbanen-JJJJ-MM-DD.xlsx in the current
 * directory.  Prints the path written and the counts; exit 1 for user
 * errors and for a file that cannot be written (nothing is left under the
 * target name then), 2 for internal errors.  On a terminal, progress goes
 * to stderr.  An existing file is replaced only with --overschrijf (as
 * casus backup). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "date.h"
#include "export.h"
#include "peildatum.h"
#include "util.h"

static void usage(FILE *fp)
{
	fputs("Gebruik: casus export [--peildatum D] [-o BESTAND.xlsx] [--overschrijf]\n"
	      "        casus export [--peildatum D] --csv MAP [--overschrijf]\n"
	      "Schrijft het registratieformulier startbanen met de stand op peildatum D\n"
	      "(dd-mm-jjjj of jjjj-mm-dd): acht bladen, zonder namen of nummers.\n"
	      "Zonder --peildatum: de huidige peildatum (zoals op de kaart en het scherm).\n"
	      "Standaardbestand: registratie-startbanen-JJJJ-MM-DD.xlsx in de huidige map.\n"
	      "  -o, --uitvoer BESTAND  het .xlsx-bestand\n"
	      "  --csv MAP              dezelfde bladen als CSV-bestanden (; en UTF-8 met BOM)\n"
	      "  --overschrijf          een bestaand bestand vervangen (anders: weigeren)\n",
	      fp);
}

/* The CSV files of export_csv_dir (export.h). */
static const char *const CSV_BLADEN[] = {
	"1-toelichting.csv", "2-deelnemerkenmerken.csv", "3-situationele-kenmerken.csv",
	"4-voortraject.csv", "5-startbaan.csv", "6-on-hold-uitval-einde.csv",
	"7-tabellen.csv", "8-controle.csv",
};

/* An existing file (or a link to one) is only replaced with --overschrijf,
 * as with casus backup.  Other kinds of file (a map, a FIFO) are left to
 * the export, which refuses them with its own message. */
static int exists_refused(const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	cli_error("export: %s bestaat al; kies een andere naam of gebruik --overschrijf.", path);
	return 1;
}

static int target_refused(const char *out, const char *csv)
{
	if (!csv)
		return exists_refused(out);
	for (size_t i = 0; i < sizeof CSV_BLADEN / sizeof CSV_BLADEN[0]; i++) {
		char *p = xasprintf("%s/%s", csv, CSV_BLADEN[i]);
		int refused = exists_refused(p);

		free(p);
		if (refused)
			return 1;
	}
	return 0;
}

static void progress(void *arg, size_t done, size_t total)
{
	(void)arg;
	if (total == 0)
		return;
	fprintf(stderr, "\rExporteren: %3zu%%", done * 100 / total);
	if (done >= total)
		fputs("\r                 \r", stderr);
	fflush(stderr);
}

int cmd_export(cli_ctx *ctx)
{
	const char *pv = NULL, *out = NULL, *csv = NULL;
	char *deflt = NULL;
	export_options opt;
	export_result res;
	casus_db *db;
	cdate P;
	int i, rc, prc, overwrite = 0;

	for (i = 0; i < ctx->argc; i++) {
		const char *a = ctx->argv[i];
		const char **dst = NULL;

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		}
		if (strcmp(a, "--overschrijf") == 0) {
			overwrite = 1;
			continue;
		}
		if (strcmp(a, "--peildatum") == 0)
			dst = &pv;
		else if (strcmp(a, "-o") == 0 || strcmp(a, "--uitvoer") == 0)
			dst = &out;
		else if (strcmp(a, "--csv") == 0)
			dst = &csv;
		if (dst) {
			if (i + 1 >= ctx->argc || ctx->argv[i + 1][0] == '\0') {
				cli_error("export: %s verwacht een waarde", a);
				return EXIT_USER;
			}
			*dst = ctx->argv[++i];
			continue;
		}
		if (strncmp(a, "--peildatum=", 12) == 0) {
			pv = a + 12;
			continue;
		}
		cli_error("export: onbekend argument '%s' (zie casus export --help)", a);
		return EXIT_USER;
	}
	prc = pv ? cdate_parse(pv, &P) : DATE_OK;
	if (prc != DATE_OK) {
		cli_error("export: peildatum '%s': %s", pv,
			  prc == DATE_EMPTY ? "leeg" : cdate_parse_message(prc));
		return EXIT_USER;
	}
	if (out && csv) {
		cli_error("export: kies -o BESTAND.xlsx of --csv MAP, niet allebei");
		return EXIT_USER;
	}

	db = cli_open_db(ctx, DB_OPEN_NOCREATE);
	if (!db)
		return EXIT_USER;
	if (!pv) {	/* the current peildatum, as on the card and the screen */
		char d[11];

		P = peildatum_current(db, cdate_today());
		cdate_format_nl(P, d);
		fprintf(stderr, "Peildatum %s (de huidige; kies een andere met --peildatum).\n", d);
	}
	if (!csv && !out)
		out = deflt = export_default_name(P);
	if (!overwrite && target_refused(out, csv)) {
		free(deflt);
		db_close(db);
		return EXIT_USER;
	}
	memset(&opt, 0, sizeof opt);
	if (isatty(STDERR_FILENO))
		opt.progress = progress;
	if (csv) {
		rc = export_csv_dir(db, P, csv, &opt, &res);
	} else {
		rc = export_workbook(db, P, out, &opt, &res);
	}
	if (rc != CASUS_OK) {
		cli_error("export: %s", db_errmsg(db));
		free(deflt);
		db_close(db);
		return rc == CASUS_BUSY || rc == CASUS_INVALID || rc == CASUS_ERROR ?
			EXIT_USER : EXIT_INTERNAL;
	}
	{
		char d[11];
		cdate_format_nl(P, d);
		printf("Geschreven: %s\n", res.path);
		printf("Peildatum %s: %zu deelnemers, %zu startbanen, %zu bevindingen%s\n",
		       d, res.deelnemers, res.startbanen, res.bevindingen,
		       res.bevindingen ? " (zie blad Controle)" : "");
	}
	export_result_free(&res);
	free(deflt);
	db_close(db);
	return EXIT_OK;
}
