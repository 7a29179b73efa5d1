/* export_tables.c - the Tabellen sheet (registration-form.md, "The
 * Tabellen sheet", after Bijlage 1 of the evaluation report): fixed-size
 * counters filled during the export pass, written after it.
 *
 * Layout, so that people and tests can read it the same way:
 *  - a table starts with a bold title cell "Tabel N ..." in column A;
 *  - a column header row has column A empty and the column names to the
 *    right;
 *  - a block starts with a row holding only its title in column A,
 *    followed by one row per label (vocabulary order) with the numbers to
 *    the right, and ends with a row "Totaal (basis: ...)" holding the base:
 *    the counts of the label rows add up to it (percentages to 100%),
 *    except in blocks whose title says "meer antwoorden mogelijk";
 *  - "Niet van toepassing" rows appear only in blocks where a participant
 *    can have an empty cell (Startdatum inburgering for a programme not
 *    yet granted).
 * Percentages are fractions with format 0.0%, empty when the base is 0.
 * The blocks of Tabel 1/5 and 6/7 (titles, vocabularies) come from the
 * registration mapping (export_map.c); this file counts codes. */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "export_int.h"
#include "util.h"

#define NSLOT 24            /* labels of the largest vocabulary + n.v.t. */
#define SECTOR_CODES 64         /* sector codes we can fold */
enum { C_ALL, C_VERPLICHT, C_VRIJWILLIG, C_WERKEND, C__N };

typedef struct cnt {
	size_t n[NSLOT][C__N];
} cnt;

struct tables {
	size_t N[C__N];
	cnt t1[T1__N];
	cnt situatie;
	cnt vt_gestart, vt_afgerond, vt_duur, vt_soort;
	size_t act_n[N_ACTIVITEIT + 1];
	double act_weken[N_ACTIVITEIT + 1];
	cnt plaatsing, aantal;
	cnt sb[SB__N];
	cnt onhold, fase, duur, reden;
	cnt uitval, reden_uitval, einde, reden_einde;
	size_t n_vt, n_banen, n_oh, n_uitval, n_einde;
	int sector_anders;                 /* code of "Anders" in sector */
	int sector_folded[SECTOR_CODES];
};

static const char *const FOLDED[] = {
	"Groen en openbare ruimte", "Automotive", "Uiterlijke verzorging",
	"Overheid en onderwijs", "Zakelijke dienstverlening", "ICT", NULL
};

tables *tables_new(void)
{
	tables *t = xcalloc(1, sizeof *t);
	int code, i;

	if (vocab_lookup(VOCAB_SECTOR, "Anders", &code) == 0)
		t->sector_anders = code;
	for (i = 0; FOLDED[i]; i++)
		if (vocab_lookup(VOCAB_SECTOR, FOLDED[i], &code) == 0 &&
		    code >= 0 && code < SECTOR_CODES)
			t->sector_folded[code] = 1;
	return t;
}

void tables_free(tables *t)
{
	free(t);
}

/* Row slot of a code: its display position; -1 (n.v.t.) after the labels;
 * a code outside the vocabulary counts as Onbekend, as its cell reads. */
static int slot(int voc, int code)
{
	const vocab *v = vocab_get((vocab_id)voc);
	int i;

	if (code < 0)
		return (int)v->n;
	i = vocab_index((vocab_id)voc, code);
	if (i < 0)
		i = vocab_index((vocab_id)voc, VOCAB_ONBEKEND);
	return i < 0 ? (int)v->n : i;
}

static void add(cnt *c, int voc, int code, const int *cols)
{
	int s = slot(voc, code), k;

	for (k = 0; k < C__N; k++)
		if (cols[k])
			c->n[s][k]++;
}

void tables_add(tables *t, const tab_row *r)
{
	int all[C__N] = { 1, 0, 0, 0 };
	int k, code;

	all[C_VERPLICHT] = r->deelname == DEELNAME_VERPLICHT;
	all[C_VRIJWILLIG] = r->deelname == DEELNAME_VRIJWILLIG;
	all[C_WERKEND] = r->nsb > 0;
	for (k = 0; k < C__N; k++)
		t->N[k] += all[k];

	for (k = 0; k < T1__N; k++)
		add(&t->t1[k], export_t1_blocks[k].vocab, r->t1[k], all);
	add(&t->situatie, VOCAB_SITUATIE, r->situatie, all);

	add(&t->vt_gestart, VOCAB_JANEE, r->vt_gestart, all);
	if (r->vt_gestart == JANEE_JA) {
		t->n_vt++;
		add(&t->vt_afgerond, VOCAB_JANEE, r->vt_afgerond, all);
		add(&t->vt_duur, VOCAB_DUUR_VOORTRAJECT, r->duur_vt, all);
		add(&t->vt_soort, VOCAB_SOORT_VOORTRAJECT, r->soort_vt, all);
	}
	/* act_weken is indexed by registration column (derive.h) */
	for (k = 1; k <= N_ACTIVITEIT; k++)
		if (r->act_weken[k] >= 0) {
			t->act_n[k]++;
			t->act_weken[k] += r->act_weken[k];
		}

	add(&t->plaatsing, VOCAB_JANEE, r->nsb > 0 ? JANEE_JA : JANEE_NEE, all);
	add(&t->aantal, VOCAB_AANTAL_STARTBANEN, derive_aantal_startbanen(r->nsb), all);
	if (r->nsb > 0) {
		t->n_banen++;
		for (k = 0; k < SB__N; k++) {
			code = r->sb[k];
			if (k == SB_SECTOR && code >= 0 && code < SECTOR_CODES &&
			    t->sector_folded[code])
				code = t->sector_anders;
			add(&t->sb[k], export_sb_blocks[k].vocab, code, all);
		}
	}

	add(&t->onhold, VOCAB_ON_HOLD_GEWEEST, r->onhold, all);
	if (r->onhold == ONHOLD_GEWEEST_JA) {
		t->n_oh++;
		add(&t->fase, VOCAB_FASE_ON_HOLD, r->fase_oh, all);
		add(&t->duur, VOCAB_DUUR_ON_HOLD, r->duur_oh, all);
		add(&t->reden, VOCAB_REDEN_ON_HOLD, r->reden_oh, all);
	}
	add(&t->uitval, VOCAB_JANEE, r->uitval ? JANEE_JA : JANEE_NEE, all);
	if (r->uitval) {
		t->n_uitval++;
		add(&t->reden_uitval, VOCAB_REDEN_UITVAL, r->reden_uitval, all);
	}
	add(&t->einde, VOCAB_JANEE, r->einde ? JANEE_JA : JANEE_NEE, all);
	if (r->einde) {
		t->n_einde++;
		add(&t->reden_einde, VOCAB_REDEN_EINDE, r->reden_einde, all);
	}
}

/* ---- writing ----------------------------------------------------------------- */

static void pct(xsheet *s, size_t n, size_t base)
{
	if (base == 0)
		xs_skip(s);
	else
		xs_num(s, (double)n / (double)base, F_PCT);
}

static void title_row(xsheet *s, const char *title)
{
	xs_text(s, title, F_TITLE);
	xs_endrow(s);
}

static void block_title(xsheet *s, const char *title)
{
	xs_text(s, title, F_BOLD);
	xs_endrow(s);
}

static void header_row(xsheet *s, const char *const *names)
{
	size_t i;

	xs_skip(s);
	for (i = 0; names[i]; i++)
		xs_text(s, names[i], F_BOLD);
	xs_endrow(s);
}

static void blank_row(xsheet *s)
{
	xs_endrow(s);
}

/* Is this label of the vocabulary shown as a row?  (Folded sectors not.) */
static int shown(const tables *t, int voc, int code)
{
	return !(voc == VOCAB_SECTOR && code >= 0 && code < SECTOR_CODES &&
		 t->sector_folded[code]);
}

/* Percentage block: per label the % for each column, then the N's. */
static void block_pct(const tables *t, xsheet *s, const char *title, int voc,
		      const cnt *c, const int *cols, int ncols, int nvt,
		      const char *totaal)
{
	const vocab *v = vocab_get((vocab_id)voc);
	size_t i;
	int k;

	block_title(s, title);
	for (i = 0; i <= v->n; i++) {
		if (i == v->n) {
			if (!nvt)
				break;
			xs_text(s, "Niet van toepassing", F_NONE);
		} else {
			if (!shown(t, voc, v->entries[i].code))
				continue;
			xs_text(s, v->entries[i].label, F_NONE);
		}
		for (k = 0; k < ncols; k++)
			pct(s, c->n[i][cols[k]], t->N[cols[k]]);
		for (k = 0; k < ncols; k++)
			xs_num(s, (double)c->n[i][cols[k]], F_NONE);
		xs_endrow(s);
	}
	xs_text(s, totaal, F_BOLD);
	for (k = 0; k < ncols; k++)
		pct(s, t->N[cols[k]], t->N[cols[k]]);
	for (k = 0; k < ncols; k++)
		xs_num(s, (double)t->N[cols[k]], F_NONE);
	xs_endrow(s);
}

/* Absolute block: per label N and % of pctbase; Totaal row with base. */
static void block_abs(const tables *t, xsheet *s, const char *title, int voc,
		      const cnt *c, size_t base, size_t pctbase, const char *totaal)
{
	const vocab *v = vocab_get((vocab_id)voc);
	size_t i;

	block_title(s, title);
	for (i = 0; i < v->n; i++) {
		if (!shown(t, voc, v->entries[i].code))
			continue;
		xs_text(s, v->entries[i].label, F_NONE);
		xs_num(s, (double)c->n[i][C_ALL], F_NONE);
		pct(s, c->n[i][C_ALL], pctbase);
		xs_endrow(s);
	}
	xs_text(s, totaal, F_BOLD);
	xs_num(s, (double)base, F_NONE);
	pct(s, base, pctbase);
	xs_endrow(s);
}

static const char *const HDR_ABS_ALL[] = { "Absolute N", "% van alle deelnemers", NULL };
static const char *const HDR_ABS_BASIS[] = { "Absolute N", "% van de basis", NULL };
static const char *const HDR_ABS_BANEN[] = { "Absolute N", "% van alle banen", NULL };
static const char *const HDR_PCT3[] = {
	"% van alle deelnemers", "% van verplichte deelnemers",
	"% van vrijwillige deelnemers", "N alle deelnemers",
	"N verplichte deelnemers", "N vrijwillige deelnemers", NULL
};
static const char *const TOT_ALL = "Totaal (basis: alle deelnemers)";
static const char *const TOT_PCT3 = "Totaal (basis: alle, verplichte en vrijwillige deelnemers)";

static const int COLS3[] = { C_ALL, C_VERPLICHT, C_VRIJWILLIG };
static const int COLS5[] = { C_ALL, C_WERKEND };

static void table1(const tables *t, xsheet *s)
{
	static const char *const h[] = {
		"Totale N", "N verplichte deelnemers", "N vrijwillige deelnemers", NULL
	};
	int k;

	title_row(s, "Tabel 1 Kenmerken deelnemers");
	header_row(s, h);
	xs_text(s, "Totaal aantal deelnemers", F_BOLD);
	xs_num(s, (double)t->N[C_ALL], F_NONE);
	xs_num(s, (double)t->N[C_VERPLICHT], F_NONE);
	xs_num(s, (double)t->N[C_VRIJWILLIG], F_NONE);
	xs_endrow(s);
	header_row(s, HDR_PCT3);
	for (k = 0; k < T1__N; k++)
		block_pct(t, s, export_t1_blocks[k].title, export_t1_blocks[k].vocab, &t->t1[k],
			  COLS3, 3, export_t1_blocks[k].nvt, TOT_PCT3);
	blank_row(s);
}

/* Type voortraject(en): per activity N, % and mean weeks. */
static void block_activities(const tables *t, xsheet *s)
{
	static const char *const h[] = {
		"Absolute N", "% van alle deelnemers", "Gemiddelde duur in weken", NULL
	};
	int code;

	header_row(s, h);
	block_title(s, "Type voortraject(en) (meer antwoorden mogelijk)");
	/* the registration's columns, not the whole vocabulary: Maatje/mentor
	 * and Netwerkactiviteit are in Anders (derive_activiteit_kolom) */
	for (code = 1; code <= N_ACTIVITEIT; code++) {
		xs_text(s, vocab_label(VOCAB_ACTIVITEIT, code), F_NONE);
		xs_num(s, (double)t->act_n[code], F_NONE);
		pct(s, t->act_n[code], t->N[C_ALL]);
		if (t->act_n[code])
			xs_num(s, t->act_weken[code] / (double)t->act_n[code], F_DEC1);
		else
			xs_skip(s);
		xs_endrow(s);
	}
	xs_text(s, "Totaal (basis: alle deelnemers; meer antwoorden mogelijk)", F_BOLD);
	xs_num(s, (double)t->N[C_ALL], F_NONE);
	pct(s, t->N[C_ALL], t->N[C_ALL]);
	xs_endrow(s);
}

static void tables2_4(const tables *t, xsheet *s)
{
	static const char *const vt = "Totaal (basis: deelnemers met een voortraject)";

	title_row(s, "Tabel 2 Tussenstand");
	header_row(s, HDR_ABS_ALL);
	block_abs(t, s, "Situatie peildatum", VOCAB_SITUATIE, &t->situatie,
		  t->N[C_ALL], t->N[C_ALL], TOT_ALL);
	blank_row(s);

	title_row(s, "Tabel 3 Kenmerken voortrajecten");
	header_row(s, HDR_ABS_BASIS);
	block_abs(t, s, "Voortraject gestart of afgerond", VOCAB_JANEE, &t->vt_gestart,
		  t->N[C_ALL], t->N[C_ALL], TOT_ALL);
	block_abs(t, s, "Afronding van voortraject", VOCAB_JANEE, &t->vt_afgerond,
		  t->n_vt, t->n_vt, vt);
	block_abs(t, s, "Duur van voortraject", VOCAB_DUUR_VOORTRAJECT, &t->vt_duur,
		  t->n_vt, t->n_vt, vt);
	block_abs(t, s, "Soort voortraject", VOCAB_SOORT_VOORTRAJECT, &t->vt_soort,
		  t->n_vt, t->n_vt, vt);
	block_activities(t, s);
	blank_row(s);

	title_row(s, "Tabel 4 Tussenstand startbaan");
	header_row(s, HDR_ABS_ALL);
	block_abs(t, s, "Al een plaatsing op een startbaan", VOCAB_JANEE, &t->plaatsing,
		  t->N[C_ALL], t->N[C_ALL], TOT_ALL);
	block_abs(t, s, "Aantal startbanen gehad", VOCAB_AANTAL_STARTBANEN, &t->aantal,
		  t->N[C_ALL], t->N[C_ALL], TOT_ALL);
	blank_row(s);
}

static void tables5_7(const tables *t, xsheet *s)
{
	static const char *const h[] = { "Totale N", "N werkende deelnemers", NULL };
	static const char *const h2[] = {
		"% van alle deelnemers", "% van werkende deelnemers",
		"N alle deelnemers", "N werkende deelnemers", NULL
	};
	static const char *const banen =
		"Totaal (basis: alle banen, de laatste startbaan per geplaatste deelnemer)";
	const tab_block *b = export_sb_blocks;
	int k;

	title_row(s, "Tabel 5 Kenmerken deelnemers met startbaan");
	header_row(s, h);
	xs_text(s, "Totaal aantal deelnemers", F_BOLD);
	xs_num(s, (double)t->N[C_ALL], F_NONE);
	xs_num(s, (double)t->N[C_WERKEND], F_NONE);
	xs_endrow(s);
	header_row(s, h2);
	for (k = 0; k < T1__N; k++)
		block_pct(t, s, export_t1_blocks[k].title, export_t1_blocks[k].vocab, &t->t1[k],
			  COLS5, 2, export_t1_blocks[k].nvt,
			  "Totaal (basis: alle en werkende deelnemers)");
	blank_row(s);

	title_row(s, "Tabel 6 Kenmerken startbaan – contract");
	header_row(s, HDR_ABS_BANEN);
	for (k = SB_SOORT; k <= SB_HARRIE; k++)
		block_abs(t, s, b[k].title, b[k].vocab, &t->sb[k], t->n_banen, t->n_banen, banen);
	blank_row(s);
	title_row(s, "Tabel 7 Kenmerken startbaan – werkgever");
	header_row(s, HDR_ABS_BANEN);
	for (k = SB_WERKGEVER; k < SB__N; k++)
		block_abs(t, s, b[k].title, b[k].vocab, &t->sb[k], t->n_banen, t->n_banen, banen);
	blank_row(s);
}

static void tables8_9(const tables *t, xsheet *s)
{
	static const char *const oh = "Totaal (basis: deelnemers die on hold zijn geweest)";

	title_row(s, "Tabel 8 Kenmerken on hold");
	header_row(s, HDR_ABS_BASIS);
	block_abs(t, s, "On hold geweest", VOCAB_ON_HOLD_GEWEEST, &t->onhold,
		  t->N[C_ALL], t->N[C_ALL], TOT_ALL);
	block_abs(t, s, "Fase on hold", VOCAB_FASE_ON_HOLD, &t->fase, t->n_oh, t->n_oh, oh);
	block_abs(t, s, "Duur on hold", VOCAB_DUUR_ON_HOLD, &t->duur, t->n_oh, t->n_oh, oh);
	block_abs(t, s, "Reden on hold", VOCAB_REDEN_ON_HOLD, &t->reden, t->n_oh, t->n_oh, oh);
	blank_row(s);

	title_row(s, "Tabel 9 Kenmerken uitval");
	header_row(s, HDR_PCT3);
	block_pct(t, s, "Uitval", VOCAB_JANEE, &t->uitval, COLS3, 3, 0, TOT_PCT3);
	header_row(s, HDR_ABS_ALL);
	block_abs(t, s, "Reden uitval", VOCAB_REDEN_UITVAL, &t->reden_uitval,
		  t->n_uitval, t->N[C_ALL], "Totaal (basis: deelnemers met uitval)");
	header_row(s, HDR_PCT3);
	block_pct(t, s, "Einde startbaan c.q. deelname proef", VOCAB_JANEE, &t->einde,
		  COLS3, 3, 0, TOT_PCT3);
	header_row(s, HDR_ABS_ALL);
	block_abs(t, s, "Reden einde", VOCAB_REDEN_EINDE, &t->reden_einde,
		  t->n_einde, t->N[C_ALL], "Totaal (basis: deelnemers met einde)");
}

void tables_write(const tables *t, xsheet *s)
{
	int k;

	assert(t && s);
	xsheet_set_width(s, 0, 62);
	for (k = 1; k <= 7; k++)
		xsheet_set_width(s, k, 17);
	table1(t, s);
	tables2_4(t, s);
	tables5_7(t, s);
	tables8_9(t, s);
}
