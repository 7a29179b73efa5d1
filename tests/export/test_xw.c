/* test_xw.c - the workbook writer (export_lxw.c) on its edge cases,
 * through the same xw_* calls the export makes:
 *
 *   test_xw OUTDIR POINT
 *     OUTDIR/randgevallen.xlsx, read back by check_xw.py (openpyxl):
 *     sheet "Randgevallen": text with leading/trailing blanks, XML
 *     specials, control characters and invalid UTF-8; negative, fractional
 *     and huge numbers; columns AA, AZ, BA, ZZ, AAA; 5,000 distinct
 *     texts next to 5,000 times the same label (all inline strings);
 *     sheet "Leeg" without cells.
 *
 * POINT is the decimal point the environment's locale has (',' under
 * nl_NL.UTF-8); the workbook is written after casus_locale_init, as casus
 * does, and must hold every number with a point.  TAP on stdout: the writer's own results, and a cell out of order or
 * outside Excel's grid failing the workbook with a message. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../unit/check.h"
#include "export_int.h"
#include "util.h"

static const struct { uint16_t col; const char *name; } LETTERS[] = {
	{ 26, "AA" }, { 51, "AZ" }, { 52, "BA" }, { 701, "ZZ" }, { 702, "AAA" },
};

static void write_edges(const char *dir, const char *path)
{
	xw *w = xw_open(dir, path);
	xwsheet *s = xw_add_sheet(w, "Randgevallen");
	const char *msg = NULL;
	char buf[40];

	CHECK(xw_add_sheet(w, "Leeg") != NULL, "blad zonder cellen toegevoegd");
	xw_set_width(s, 0, 30);
	xw_freeze_header(s);
	xw_cell_string(s, 0, 0, "Tekst", F_BOLD);
	xw_cell_string(s, 0, 1, "Getal", F_BOLD);
	/* row 2: text */
	xw_cell_string(s, 1, 0, "  spaties voor en na  ", F_NONE);
	xw_cell_string(s, 1, 1, "R&D <nacht> \"q\" 'a' ]]>", F_NONE);
	xw_cell_string(s, 1, 2, "R&D <nacht> \"q\" 'a' ]]>", F_NONE);
	xw_cell_string(s, 1, 3, "a\001b\033[31mc", F_NONE);
	xw_cell_string(s, 1, 4, "x\xff\xfey", F_NONE);
	xw_cell_string(s, 1, 5, "Núñez محمد 面包师 😀", F_NONE);
	xw_cell_string(s, 1, 6, " gedeeld met spatie", F_NONE);
	/* row 3: numbers */
	xw_cell_number(s, 2, 0, -12345, F_NONE);
	xw_cell_number(s, 2, 1, 0.125, F_DEC1);
	xw_cell_number(s, 2, 2, 1234567.891, F_NONE);
	xw_cell_number(s, 2, 3, 1e20, F_NONE);
	xw_cell_number(s, 2, 4, -0.5, F_PCT);
	xw_cell_number(s, 2, 5, 46326, F_DATE);
	xw_cell_number(s, 2, 6, 999999999999999.0, F_INT);
	/* row 4: column letters */
	for (size_t i = 0; i < sizeof LETTERS / sizeof LETTERS[0]; i++)
		xw_cell_string(s, 3, LETTERS[i].col, LETTERS[i].name, F_NONE);
	/* rows 11..5010: distinct texts and a repeated label */
	for (uint32_t r = 0; r < 5000; r++) {
		snprintf(buf, sizeof buf, "label %u", r);
		xw_cell_string(s, 10 + r, 0, buf, F_NONE);
		xw_cell_string(s, 10 + r, 1, "Onbekend", F_NONE);
	}
	xw_autofilter(s, 5009, 1);
	CHECK(!xw_failed(w, &msg), "randgevallen geschreven");
	CHECK_INT(xw_close(w, path), 0, "werkmap gesloten en teruggelezen");
	if (xw_failed(w, &msg))
		printf("# %s\n", msg);
	xw_free(w);
}

/* A cell before the last one of its row, in an earlier row, or outside
 * the grid fails the workbook: nothing half-right is written. */
static void write_wrong(const char *dir, const char *path, int how)
{
	static const char *const what[] = {
		"cel links van de vorige", "cel in een eerdere rij", "dezelfde cel twee keer",
		"rij buiten Excels raster", "kolom buiten Excels raster",
	};
	xw *w = xw_open(dir, path);
	xwsheet *s = xw_add_sheet(w, "Fout");
	const char *msg = NULL;
	char d[120];

	xw_cell_string(s, 4, 3, "eerst", F_NONE);
	switch (how) {
	case 0: xw_cell_string(s, 4, 2, "links", F_NONE); break;
	case 1: xw_cell_number(s, 3, 9, 1, F_NONE); break;
	case 2: xw_cell_string(s, 4, 3, "nog eens", F_NONE); break;
	case 3: xw_cell_number(s, 1048576, 0, 1, F_NONE); break;
	case 4: xw_cell_string(s, 5, 16384, "ver", F_NONE); break;
	}
	snprintf(d, sizeof d, "%s: de werkmap mislukt met een melding", what[how]);
	CHECK(xw_failed(w, &msg) && msg &&
	      strstr(msg, how < 3 ? "buiten volgorde" : "buiten het raster van Excel"), d);
	if (msg)
		printf("#   %s\n", msg);
	CHECK(xw_close(w, path) != 0, "  en wordt niet gesloten als geslaagd");
	xw_free(w);
}

int main(int argc, char **argv)
{
	char *path, *dir;
	const char *point;

	if (argc != 3) {
		fprintf(stderr, "gebruik: test_xw MAP DECIMAALTEKEN\n");
		return 2;
	}
	dir = argv[1];
	mkdir(dir, 0700);
	/* the user's locale, as the environment gives it */
	setlocale(LC_ALL, "");
	point = localeconv()->decimal_point;
	printf("# decimaalteken van de omgeving: '%s'\n", point);
	CHECK(strcmp(point, argv[2]) == 0, "decimaalteken van de omgeving is het verwachte");
	if (strcmp(point, ".") != 0) {
		/* a caller that left LC_NUMERIC so is refused, not given "0,7" */
		xw *w = xw_open(dir, "komma.xlsx");
		const char *msg = NULL;
		CHECK(xw_failed(w, &msg) && strstr(msg, "LC_NUMERIC moet C zijn"),
		      "met een decimale komma weigert de schrijver, met een melding");
		if (msg)
			printf("#   %s\n", msg);
		xw_free(w);
	}
	/* as casus starts */
	casus_locale_init();
	CHECK(strcmp(localeconv()->decimal_point, ".") == 0, "casus_locale_init: getallen met een punt");
	CHECK(MB_CUR_MAX > 1, "  en tekst in UTF-8 zoals de omgeving zegt");
	path = xasprintf("%s/randgevallen.xlsx", dir);
	write_edges(dir, path);
	free(path);
	path = xasprintf("%s/fout.xlsx", dir);
	for (int how = 0; how < 5; how++)
		write_wrong(dir, path, how);
	unlink(path);
	free(path);
	return check_done();
}
