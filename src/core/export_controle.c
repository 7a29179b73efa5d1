/* export_controle.c - the Controle sheet of the export: the findings of
 * the pass (controle.c's per participant, and the Functie texts left
 * out) wait in an unlinked temporary file in the target directory and are
 * written after the pass, beside an overview of the Onbekend cells per
 * column of sheets 2-6. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "export_int.h"
#include "util.h"

#define NCOLS(a) (sizeof (a) / sizeof (a)[0])

static const xcol COLS_CONTROLE[] = {
	{ "Deelnemer-ID", K_ID, -1, 16, 0, 0 },
	{ "Blad", K_TEXT, -1, 24, 0, 0 },
	{ "Kolom", K_TEXT, -1, 30, 0, 0 },
	{ "Bevinding", K_TEXT, -1, 40, 0, 0 },
};

void export_findings_open(ex *x)
{
	char *tmpl = xasprintf("%s/.bevindingen-XXXXXX", x->book.dir);
	int fd = mkstemp(tmpl);

	assert(!x->find);
	if (fd >= 0) {
		unlink(tmpl);
		x->find = fdopen(fd, "w+");
		if (!x->find)
			close(fd);
	}
	if (!x->find)
		xbook_fail(&x->book, "kan niet schrijven in map %s: %s", x->book.dir,
			   fileout_errno_nl(errno));
	free(tmpl);
}

void export_findings_close(ex *x)
{
	if (x->find)
		fclose(x->find);
	x->find = NULL;
}

/* A finding waiting in the temporary file: blad and kolom are static
 * strings (controle.c, this file) valid for the whole export, so they are
 * kept as pointers; the text follows the record. */
typedef struct frec {
	const char *blad, *kolom;
	char id[EXPORT_ID_LEN + 1];
	unsigned char len;
} frec;

void export_finding(ex *x, const char *id, const char *blad, const char *kolom,
		    const char *bevinding)
{
	frec r;
	size_t n = strlen(bevinding);

	memset(&r, 0, sizeof r);
	r.blad = blad;
	r.kolom = kolom;
	memcpy(r.id, id, sizeof r.id);
	r.len = (unsigned char)(n > 255 ? 255 : n);
	fwrite(&r, sizeof r, 1, x->find);
	fwrite(bevinding, 1, r.len, x->find);
	x->bevindingen++;
}

typedef struct sumrow {
	const char *blad, *kolom;
	size_t filled, onbekend;
} sumrow;

/* Per column of sheets 2-6 that can be Onbekend: its count and base
 * (caller frees; *n rows). */
static sumrow *overview(const ex *x, size_t *n)
{
	sumrow *sum = NULL;
	size_t nsum = 0, k, j;

	for (k = S_DEELNEMER; k <= S_AFSLUITING; k++) {
		const xsheet *d = x->sh[k];
		for (j = 0; j < d->ncols; j++) {
			if (!d->cols[j].unk)
				continue;
			sum = xrealloc(sum, (nsum + 1) * sizeof *sum);
			sum[nsum].blad = d->name;
			sum[nsum].kolom = d->cols[j].header;
			sum[nsum].filled = d->n_filled[j];
			sum[nsum].onbekend = d->n_onbekend[j];
			nsum++;
		}
	}
	*n = nsum;
	return sum;
}

/* Widths, frozen header, autofilter and the header row: the findings
 * table, then the overview beside it. */
static void controle_header(ex *x, xsheet *s)
{
	size_t k;

	xsheet_set_width(s, 4, 3);
	xsheet_set_width(s, 5, 26);
	xsheet_set_width(s, 6, 32);
	xsheet_set_width(s, 7, 11);
	xsheet_set_width(s, 8, 16);
	xsheet_set_width(s, 9, 17);
	/* header row: the findings table, then the overview beside it */
	if (s->ws && !x->book.failed) {
		xw_freeze_header(s->ws);
		xw_autofilter(s->ws, (uint32_t)x->bevindingen, 3);
	}
	s->cols = COLS_CONTROLE;
	s->ncols = 0;         /* no Onbekend tallies on this sheet */
	for (k = 0; k < NCOLS(COLS_CONTROLE); k++) {
		xs_text(s, COLS_CONTROLE[k].header, F_BOLD);
		xsheet_set_width(s, (int)k, COLS_CONTROLE[k].width);
	}
	xs_skip(s);
	xs_text(s, "Overzicht Onbekend: blad", F_BOLD);
	xs_text(s, "Kolom", F_BOLD);
	xs_text(s, "Van toepassing", F_BOLD);
	xs_text(s, "Aantal Onbekend", F_BOLD);
	xs_text(s, "Aandeel Onbekend", F_BOLD);
	xs_endrow(s);
}

void export_write_controle(ex *x)
{
	xsheet *s = x->sh[S_CONTROLE];
	sumrow *sum;
	size_t nsum = 0, r, k;
	frec fr;
	char text[256];
	int have = 1;

	sum = overview(x, &nsum);
	controle_header(x, s);

	if (fflush(x->find) != 0 || ferror(x->find))
		xbook_fail(&x->book, "kan niet schrijven in map %s: %s", x->book.dir,
			   fileout_errno_nl(errno));
	rewind(x->find);
	for (r = 0; ; r++) {
		if (have) {
			if (fread(&fr, sizeof fr, 1, x->find) == 1 &&
			    fread(text, 1, fr.len, x->find) == fr.len)
				text[fr.len] = '\0';
			else
				have = 0;
		}
		if (!have && r >= nsum)
			break;
		if (have) {
			xs_text(s, fr.id, F_NONE);
			/* blad, kolom and the kind of finding: labels of a
			 * bounded set (no Onbekend tally on this sheet) */
			xs_label(s, fr.blad);
			xs_label(s, fr.kolom);
			xs_label(s, text);
		} else {
			for (k = 0; k < 4; k++)
				xs_skip(s);
		}
		if (r < nsum) {
			xs_skip(s);
			xs_text(s, sum[r].blad, F_NONE);
			xs_text(s, sum[r].kolom, F_NONE);
			xs_num(s, (double)sum[r].filled, F_NONE);
			xs_num(s, (double)sum[r].onbekend, F_NONE);
			if (sum[r].filled)
				xs_num(s, (double)sum[r].onbekend / (double)sum[r].filled, F_PCT);
			else
				xs_skip(s);
		}
		xs_endrow(s);
	}
	if (ferror(x->find))
		xbook_fail(&x->book, "tijdelijk bestand met bevindingen onleesbaar");
	free(sum);
}

size_t export_onbekend_total(const ex *x)
{
	size_t k, j, n = 0;

	for (k = S_DEELNEMER; k <= S_AFSLUITING; k++)
		for (j = 0; j < x->sh[k]->ncols; j++)
			n += x->sh[k]->n_onbekend[j];
	return n;
}
