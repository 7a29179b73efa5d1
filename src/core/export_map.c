/* export_map.c - the registration mapping: which record fields go into
 * which column of sheets 2-6 of the workbook (registration-form.md), with
 * which header and vocabulary, and which go into the Tabellen blocks
 * (their titles and vocabularies, and the tab_row of each participant).
 * A field of the registration form that changes is changed here only:
 * export_tables.c counts codes by block, export.c walks the participants.
 *
 * Empty versus Onbekend: xs_skip() writes an empty cell for something the
 * participant does not have; xs_unknown() an empty date/number cell for a
 * value that exists but is not known (counted as Onbekend on the Controle
 * sheet); category cells always hold a label, Onbekend included. */
#include "config.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "derive.h"
#include "export_int.h"
#include "util.h"
#include "vocab.h"

#define NCOLS(a) (sizeof (a) / sizeof (a)[0])

/* ---- the columns of sheets 2-6 ----------------------------------------------- */

#define CAT(h, v) { h, K_CAT, VOCAB_##v, 0, 1, 0 }
#define CAT_DERIVED(h, v) { h, K_CAT, VOCAB_##v, 0, 1, 1 }
#define ID_COL { "Deelnemer-ID", K_ID, -1, 16, 0, 0 }

static const xcol COLS_DEELNEMER[] = {
	ID_COL,
	CAT("Deelname", DEELNAME),
	{ "Geboortejaar", K_NUM, -1, 13, 1, 0 },
	CAT("Leeftijdsgroep", LEEFTIJDSGROEP),
	CAT("Geslacht", GESLACHT),
	{ "Datum instroom", K_DATE, -1, 15, 1, 0 },
	CAT("Taalniveau bij instroom", TAALNIVEAU),
	CAT("Engels", JANEE),
	CAT("Opleiding", OPLEIDING),
	{ "Datum verblijfsvergunning", K_DATE, -1, 15, 1, 0 },
	CAT("Verblijfsvergunning verleend", PERIODE),
	CAT("Baan bij instroom", BAAN_BIJ_INSTROOM),
};

static const xcol COLS_SITUATIE[] = {
	ID_COL,
	CAT("Gezinssituatie", GEZINSSITUATIE),
	{ "Aantal kinderen in NL", K_NUM, -1, 12, 1, 0 },
	CAT("Aantal kinderen (categorie)", AANTAL_KINDEREN),
	CAT("Verblijfssituatie", VERBLIJFSSITUATIE),
	CAT("Vervoer", VERVOER),
	CAT("Rijbewijs", JANEE),
	CAT("Inburgeringsprogramma", INBURGERINGSPROGRAMMA),
	CAT("Status inburgering", STATUS_INBURGERING),
	{ "Startdatum inburgering", K_DATE, -1, 15, 1, 0 },
	CAT("Startdatum inburgering (periode)", PERIODE),
	CAT("Uitkering", JANEE),
	CAT("Situatie peildatum", SITUATIE),
};

static const xcol COLS_VOORTRAJECT[] = {
	ID_COL,
	CAT_DERIVED("Voortraject gestart of afgerond", JANEE),
	{ "Startdatum voortraject", K_DATE, -1, 15, 0, 0 },
	{ "Einddatum voortraject", K_DATE, -1, 15, 0, 0 },
	CAT_DERIVED("Afronding voortraject", JANEE),
	{ "Duur voortraject (dagen)", K_NUM, -1, 12, 1, 0 },
	CAT("Duur voortraject", DUUR_VOORTRAJECT),
	CAT("Soort voortraject", SOORT_VOORTRAJECT),
	{ "Vrijwilligerswerk (weken)", K_DEC, -1, 12, 0, 0 },
	{ "Onbetaalde werkstage (weken)", K_DEC, -1, 12, 0, 0 },
	{ "Proefplaatsing (weken)", K_DEC, -1, 12, 0, 0 },
	{ "Taalstage (weken)", K_DEC, -1, 12, 0, 0 },
	{ "Werkervaringsplek (weken)", K_DEC, -1, 12, 0, 0 },
	{ "Training (weken)", K_DEC, -1, 12, 0, 0 },
	{ "Bedrijfsbezoek (weken)", K_DEC, -1, 12, 0, 0 },
	{ "Anders (weken)", K_DEC, -1, 12, 0, 0 },
};
/* One "(weken)" column per registration column, never per activity code:
 * Maatje/mentor and Netwerkactiviteit are in Anders (derive.h). */
_Static_assert(NCOLS(COLS_VOORTRAJECT) == 8 + N_ACTIVITEIT,
	       "Voortraject sheet: 8 columns, then one per registration activity column");

static const xcol COLS_STARTBAAN[] = {
	ID_COL,
	{ "Volgnummer", K_NUM, -1, 11, 0, 0 },
	CAT("Soort startbaan", SOORT_STARTBAAN),
	CAT("Hoe gekregen", HOE_GEKREGEN),
	{ "Functie", K_TEXT, -1, 24, 0, 0 },
	{ "Startdatum", K_DATE, -1, 13, 0, 0 },
	{ "Einddatum", K_DATE, -1, 13, 0, 0 },
	{ "Duur overeenkomst (maanden)", K_NUM, -1, 12, 1, 0 },
	CAT("Duur overeenkomst", DUUR_OVEREENKOMST),
	CAT("Urenafspraak", URENAFSPRAAK),
	{ "Uren per week", K_DEC, -1, 10, 1, 0 },
	CAT("Uren per week (categorie)", UREN_PER_WEEK),
	CAT("Loonkostensubsidie", JANEE),
	CAT("Werkcoach", JANEE),
	CAT("Jobcoach", JANEE),
	CAT("HARRIE-training", JANEE),
	CAT("Soort werkgever", SOORT_WERKGEVER),
	CAT("Sector", SECTOR),
	CAT("Omvang vestiging", OMVANG_VESTIGING),
	CAT("Ervaring met statushouders", JANEE),
};

static const xcol COLS_AFSLUITING[] = {
	ID_COL,
	CAT_DERIVED("On hold geweest", ON_HOLD_GEWEEST),
	{ "Datum on hold", K_DATE, -1, 13, 0, 0 },
	{ "Datum einde on hold", K_DATE, -1, 13, 0, 0 },
	CAT("Fase on hold", FASE_ON_HOLD),
	CAT("Duur on hold", DUUR_ON_HOLD),
	CAT("Reden on hold", REDEN_ON_HOLD),
	{ "Datum uitval", K_DATE, -1, 13, 0, 0 },
	CAT("Reden uitval", REDEN_UITVAL),
	{ "Datum einde", K_DATE, -1, 13, 0, 0 },
	CAT("Reden einde", REDEN_EINDE),
	{ "Aantal startbanen gehad", K_NUM, -1, 12, 0, 0 },
};

const xcol *const export_sheet_cols[EXPORT_NSHEETS] = {
	NULL, COLS_DEELNEMER, COLS_SITUATIE, COLS_VOORTRAJECT, COLS_STARTBAAN,
	COLS_AFSLUITING, NULL, NULL
};

const size_t export_sheet_ncols[EXPORT_NSHEETS] = {
	0, NCOLS(COLS_DEELNEMER), NCOLS(COLS_SITUATIE), NCOLS(COLS_VOORTRAJECT),
	NCOLS(COLS_STARTBAAN), NCOLS(COLS_AFSLUITING), 0, 0
};

int export_category_column(size_t i, const char **blad, const char **kolom)
{
	for (size_t k = 0; k < EXPORT_NSHEETS; k++) {
		for (size_t j = 0; j < export_sheet_ncols[k]; j++) {
			const xcol *c = &export_sheet_cols[k][j];

			if (c->kind != K_CAT || c->derived)
				continue;
			if (i-- == 0) {
				*blad = export_sheet_names[k];
				*kolom = c->header;
				return 1;
			}
		}
	}
	return 0;
}

/* ---- the Tabellen blocks of Tabel 1/5 and 6/7 ------------------------------------ */

const tab_block export_t1_blocks[T1__N] = {
	{ "Geslacht", VOCAB_GESLACHT, 0 },
	{ "Leeftijdsgroep", VOCAB_LEEFTIJDSGROEP, 0 },
	{ "Opleiding", VOCAB_OPLEIDING, 0 },
	{ "Verblijfsvergunning verleend", VOCAB_PERIODE, 0 },
	{ "Baan bij instroom", VOCAB_BAAN_BIJ_INSTROOM, 0 },
	{ "Taalniveau bij instroom", VOCAB_TAALNIVEAU, 0 },
	{ "Engels", VOCAB_JANEE, 0 },
	{ "Gezinssituatie in NL", VOCAB_GEZINSSITUATIE, 0 },
	{ "Aantal kinderen in NL", VOCAB_AANTAL_KINDEREN, 0 },
	{ "Verblijfssituatie", VOCAB_VERBLIJFSSITUATIE, 0 },
	{ "Vervoer", VOCAB_VERVOER, 0 },
	{ "Inburgeringsprogramma", VOCAB_INBURGERINGSPROGRAMMA, 0 },
	{ "Status inburgering", VOCAB_STATUS_INBURGERING, 0 },
	{ "Startdatum inburgering", VOCAB_PERIODE, 1 },
	{ "Uitkering", VOCAB_JANEE, 0 },
};

const tab_block export_sb_blocks[SB__N] = {
	{ "Soort startbaan", VOCAB_SOORT_STARTBAAN, 0 },
	{ "Hoe gekregen", VOCAB_HOE_GEKREGEN, 0 },
	{ "Duur overeenkomst", VOCAB_DUUR_OVEREENKOMST, 0 },
	{ "Urenafspraak", VOCAB_URENAFSPRAAK, 0 },
	{ "Uren per week", VOCAB_UREN_PER_WEEK, 0 },
	{ "Loonkostensubsidie", VOCAB_JANEE, 0 },
	{ "Werkcoach", VOCAB_JANEE, 0 },
	{ "Jobcoach", VOCAB_JANEE, 0 },
	{ "HARRIE-training", VOCAB_JANEE, 0 },
	{ "Soort werkgever", VOCAB_SOORT_WERKGEVER, 0 },
	{ "Sector (Groen en openbare ruimte, Automotive, Uiterlijke verzorging, "
	  "Overheid en onderwijs, Zakelijke dienstverlening en ICT geteld onder Anders)",
	  VOCAB_SECTOR, 0 },
	{ "Omvang vestiging", VOCAB_OMVANG_VESTIGING, 0 },
	{ "Ervaring met statushouders", VOCAB_JANEE, 0 },
};

static const char *label(int voc, int code)
{
	return vocab_label((vocab_id)voc, code);
}

/* ---- free text without names ------------------------------------------------ */

static int word_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Does `text` contain `w` (case-insensitive) as a whole word? */
static int has_word(const char *text, const char *w)
{
	size_t n;
	const char *p;

	if (!w)
		return 0;
	while (*w == ' ')
		w++;
	n = strlen(w);
	while (n && w[n - 1] == ' ')
		n--;
	if (n < 3)
		return 0;
	for (p = text; *p; p++) {
		if (strncasecmp(p, w, n) != 0)
			continue;
		if ((p == text || !word_char((unsigned char)p[-1])) &&
		    !word_char((unsigned char)p[n]))
			return 1;
	}
	return 0;
}

static int has_name_part(const char *text, const char *name)
{
	static const char *const particles[] = {
		"van", "der", "den", "het", "ter", "ten", "bin", "ibn", "abu", "del", "los",
		NULL
	};
	char *copy, *tok, *save = NULL;
	int hit = 0, i;

	if (!name)
		return 0;
	if (has_word(text, name))
		return 1;
	copy = xstrdup(name);
	for (tok = strtok_r(copy, " -'", &save); tok && !hit; tok = strtok_r(NULL, " -'", &save)) {
		for (i = 0; particles[i]; i++)
			if (strcasecmp(tok, particles[i]) == 0)
				break;
		if (!particles[i] && has_word(text, tok))
			hit = 1;
	}
	free(copy);
	return hit;
}

/* The Functie column is free text: it must not carry the client's name,
 * numbers or the employer's name into the export. */
static int functie_identifies(const casefile *cf, const startbaan *b)
{
	const client *c = &cf->c;
	const char *f = b->functie;

	if (str_blank(f))
		return 0;
	return has_name_part(f, c->voornaam) || has_name_part(f, c->achternaam) ||
		has_word(f, c->klantnummer) || has_word(f, c->bsn) ||
		has_word(f, b->werkgever_naam) ||
		(b->werkgever_naam && strstr(f, b->werkgever_naam) != NULL);
}

/* ---- rows ------------------------------------------------------------------- */

static int cmp_sb(const void *a, const void *b)
{
	const startbaan *p = *(const startbaan * const *)a;
	const startbaan *q = *(const startbaan * const *)b;

	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	if (p->id != q->id)
		return p->id < q->id ? -1 : 1;
	return p < q ? -1 : (p > q);
}

static void row_deelnemer(ex *x, const casefile *cf, const derived *d, const char *id)
{
	xsheet *s = x->sh[S_DEELNEMER];
	const client *c = &cf->c;

	xs_text(s, id, F_NONE);
	xs_label(s, label(VOCAB_DEELNAME, c->deelname));
	if (d->geboortejaar > 0)
		xs_num(s, d->geboortejaar, F_NONE);
	else
		xs_unknown(s);
	xs_label(s, label(VOCAB_LEEFTIJDSGROEP, d->leeftijdsgroep));
	xs_label(s, label(VOCAB_GESLACHT, c->geslacht));
	if (c->datum_instroom != CDATE_NONE)
		xs_date(s, c->datum_instroom);
	else
		xs_unknown(s);
	xs_label(s, label(VOCAB_TAALNIVEAU, c->taalniveau));
	xs_label(s, label(VOCAB_JANEE, c->engels));
	xs_label(s, label(VOCAB_OPLEIDING, c->opleiding));
	if (c->datum_verblijfsvergunning != CDATE_NONE)
		xs_date(s, c->datum_verblijfsvergunning);
	else
		xs_unknown(s);
	xs_label(s, label(VOCAB_PERIODE, d->periode_vergunning));
	xs_label(s, label(VOCAB_BAAN_BIJ_INSTROOM, c->baan_bij_instroom));
	xs_endrow(s);
}

/* Startdatum inburgering: a programme not yet granted has no start yet
 * (empty: niet van toepassing); otherwise a missing start is unknown. */
static int inburgering_nvt(const client *c)
{
	return c->start_inburgering == CDATE_NONE &&
		c->inburgeringsprogramma == INBURG_NIET_TOEGEKEND;
}

static void row_situatie(ex *x, const casefile *cf, const derived *d, const char *id)
{
	xsheet *s = x->sh[S_SITUATIE];
	const client *c = &cf->c;

	xs_text(s, id, F_NONE);
	xs_label(s, label(VOCAB_GEZINSSITUATIE, c->gezinssituatie));
	if (c->aantal_kinderen >= 0)
		xs_num(s, c->aantal_kinderen, F_NONE);
	else
		xs_unknown(s);
	xs_label(s, label(VOCAB_AANTAL_KINDEREN, d->kinderen));
	xs_label(s, label(VOCAB_VERBLIJFSSITUATIE, c->verblijfssituatie));
	xs_label(s, label(VOCAB_VERVOER, c->vervoer));
	xs_label(s, label(VOCAB_JANEE, c->rijbewijs));
	xs_label(s, label(VOCAB_INBURGERINGSPROGRAMMA, c->inburgeringsprogramma));
	xs_label(s, label(VOCAB_STATUS_INBURGERING, d->status_inburgering));
	if (c->start_inburgering != CDATE_NONE) {
		xs_date(s, c->start_inburgering);
		xs_label(s, label(VOCAB_PERIODE, d->periode_inburgering));
	} else if (inburgering_nvt(c)) {
		xs_skip(s);
		xs_skip(s);
	} else {
		xs_unknown(s);
		xs_label(s, label(VOCAB_PERIODE, VOCAB_ONBEKEND));
	}
	xs_label(s, label(VOCAB_JANEE, c->uitkering));
	xs_label(s, label(VOCAB_SITUATIE, d->situatie));
	xs_endrow(s);
}

static void row_voortraject(ex *x, const derived *d, const char *id)
{
	xsheet *s = x->sh[S_VOORTRAJECT];
	const voortraject *v = d->vt;
	int k;

	xs_text(s, id, F_NONE);
	xs_label(s, label(VOCAB_JANEE, d->vt_gestart));
	if (v) {
		int ended = v->einde != CDATE_NONE && v->einde <= x->P;
		xs_date(s, v->start);
		if (ended)
			xs_date(s, v->einde);
		else
			xs_skip(s);
		xs_label(s, label(VOCAB_JANEE, d->vt_afgerond));
		if (d->vt_dagen >= 0)
			xs_num(s, d->vt_dagen, F_NONE);
		else if (ended)
			xs_unknown(s);      /* end before start */
		else
			xs_skip(s);
		xs_label(s, label(VOCAB_DUUR_VOORTRAJECT, d->duur_vt));
		xs_label(s, label(VOCAB_SOORT_VOORTRAJECT, v->soort));
		for (k = 1; k <= N_ACTIVITEIT; k++) {   /* registration columns */
			if (d->act_weken[k] >= 0)
				xs_num(s, d->act_weken[k], F_DEC1);
			else
				xs_skip(s);
		}
	} else {
		for (k = 2; k < (int)NCOLS(COLS_VOORTRAJECT); k++)
			xs_skip(s);
	}
	xs_endrow(s);
}

/* The startbanen started <= P in start order; returns their number. */
static size_t started_startbanen(ex *x, const casefile *cf)
{
	size_t i, n = 0;

	if (cf->nsb > x->scap) {
		x->scap = cf->nsb;
		x->sbuf = xrealloc(x->sbuf, x->scap * sizeof *x->sbuf);
	}
	for (i = 0; i < cf->nsb; i++)
		if (cf->sb[i].start != CDATE_NONE && cf->sb[i].start <= x->P)
			x->sbuf[n++] = &cf->sb[i];
	if (n > 1)
		qsort(x->sbuf, n, sizeof *x->sbuf, cmp_sb);
	return n;
}

static void rows_startbaan(ex *x, const casefile *cf, size_t n, const char *id)
{
	xsheet *s = x->sh[S_STARTBAAN];
	size_t i;

	for (i = 0; i < n; i++) {
		const startbaan *b = x->sbuf[i];

		xs_text(s, id, F_NONE);
		xs_num(s, (double)(i + 1), F_NONE);
		xs_label(s, label(VOCAB_SOORT_STARTBAAN, b->soort));
		xs_label(s, label(VOCAB_HOE_GEKREGEN, b->hoe_gekregen));
		if (functie_identifies(cf, b)) {
			char what[96];
			xs_skip(s);
			snprintf(what, sizeof what,
				 "bevat een naam of nummer, weggelaten (startbaan %zu)", i + 1);
			export_finding(x, id, "Startbaan", "Functie", what);
		} else {
			xs_text(s, b->functie, F_NONE);
		}
		xs_date(s, b->start);
		xs_date(s, b->einde);          /* as recorded, also after P */
		if (b->maanden >= 0)
			xs_num(s, b->maanden, F_NONE);
		else
			xs_unknown(s);
		xs_label(s, label(VOCAB_DUUR_OVEREENKOMST, derive_duur_overeenkomst(b->maanden)));
		xs_label(s, label(VOCAB_URENAFSPRAAK, b->urenafspraak));
		if (b->uren >= 0)
			xs_num(s, b->uren, F_NONE);
		else
			xs_unknown(s);
		xs_label(s, label(VOCAB_UREN_PER_WEEK, derive_uren(b->uren)));
		xs_label(s, label(VOCAB_JANEE, b->loonkostensubsidie));
		xs_label(s, label(VOCAB_JANEE, b->werkcoach));
		xs_label(s, label(VOCAB_JANEE, b->jobcoach));
		xs_label(s, label(VOCAB_JANEE, b->harrie));
		xs_label(s, label(VOCAB_SOORT_WERKGEVER, b->soort_werkgever));
		xs_label(s, label(VOCAB_SECTOR, b->sector));
		xs_label(s, label(VOCAB_OMVANG_VESTIGING, b->omvang));
		xs_label(s, label(VOCAB_JANEE, b->ervaring));
		xs_endrow(s);
		x->startbanen++;
	}
}

static void row_afsluiting(ex *x, const derived *d, size_t nsb, const char *id)
{
	xsheet *s = x->sh[S_AFSLUITING];

	xs_text(s, id, F_NONE);
	xs_label(s, label(VOCAB_ON_HOLD_GEWEEST, d->onhold_geweest));
	if (d->oh) {
		xs_date(s, d->oh->start);
		xs_date(s, d->oh->einde);      /* as recorded */
		xs_label(s, label(VOCAB_FASE_ON_HOLD, d->fase_onhold));
		xs_label(s, label(VOCAB_DUUR_ON_HOLD, d->duur_onhold));
		xs_label(s, label(VOCAB_REDEN_ON_HOLD, d->oh->reden));
	} else {
		int k;
		for (k = 0; k < 5; k++)
			xs_skip(s);
	}
	if (d->uitval) {
		xs_date(s, d->uitval->datum);
		xs_label(s, label(VOCAB_REDEN_UITVAL, d->uitval->reden));
	} else {
		xs_skip(s);
		xs_skip(s);
	}
	if (d->einde) {
		xs_date(s, d->einde->datum);
		xs_label(s, label(VOCAB_REDEN_EINDE, d->einde->reden));
	} else {
		xs_skip(s);
		xs_skip(s);
	}
	xs_num(s, (double)nsb, F_NONE);
	xs_endrow(s);
}

static void tab_row_fill(tab_row *r, const casefile *cf, const derived *d,
			 const startbaan *last, size_t nsb)
{
	const client *c = &cf->c;
	int k;

	memset(r, 0, sizeof *r);
	r->deelname = c->deelname;
	r->t1[T1_GESLACHT] = c->geslacht;
	r->t1[T1_LEEFTIJD] = d->leeftijdsgroep;
	r->t1[T1_OPLEIDING] = c->opleiding;
	r->t1[T1_VERGUNNING] = d->periode_vergunning;
	r->t1[T1_BAAN] = c->baan_bij_instroom;
	r->t1[T1_TAAL] = c->taalniveau;
	r->t1[T1_ENGELS] = c->engels;
	r->t1[T1_GEZIN] = c->gezinssituatie;
	r->t1[T1_KINDEREN] = d->kinderen;
	r->t1[T1_VERBLIJF] = c->verblijfssituatie;
	r->t1[T1_VERVOER] = c->vervoer;
	r->t1[T1_PROGRAMMA] = c->inburgeringsprogramma;
	r->t1[T1_STATUS] = d->status_inburgering;
	r->t1[T1_START] = inburgering_nvt(c) ? -1 :
		(c->start_inburgering != CDATE_NONE ? d->periode_inburgering : VOCAB_ONBEKEND);
	r->t1[T1_UITKERING] = c->uitkering;
	r->situatie = d->situatie;
	r->vt_gestart = d->vt_gestart;
	if (d->vt) {
		r->vt_afgerond = d->vt_afgerond;
		r->duur_vt = d->duur_vt;
		r->soort_vt = d->vt->soort;
	}
	for (k = 0; k <= N_ACTIVITEIT; k++)
		r->act_weken[k] = d->vt ? d->act_weken[k] : -1;
	r->nsb = nsb;
	if (last) {
		r->sb[SB_SOORT] = last->soort;
		r->sb[SB_HOE] = last->hoe_gekregen;
		r->sb[SB_DUUR] = derive_duur_overeenkomst(last->maanden);
		r->sb[SB_URENAFSPRAAK] = last->urenafspraak;
		r->sb[SB_UREN] = derive_uren(last->uren);
		r->sb[SB_LKS] = last->loonkostensubsidie;
		r->sb[SB_WERKCOACH] = last->werkcoach;
		r->sb[SB_JOBCOACH] = last->jobcoach;
		r->sb[SB_HARRIE] = last->harrie;
		r->sb[SB_WERKGEVER] = last->soort_werkgever;
		r->sb[SB_SECTOR] = last->sector;
		r->sb[SB_OMVANG] = last->omvang;
		r->sb[SB_ERVARING] = last->ervaring;
	}
	r->onhold = d->onhold_geweest;
	if (d->oh) {
		r->fase_oh = d->fase_onhold;
		r->duur_oh = d->duur_onhold;
		r->reden_oh = d->oh->reden;
	}
	r->uitval = d->uitval != NULL;
	r->reden_uitval = d->uitval ? d->uitval->reden : 0;
	r->einde = d->einde != NULL;
	r->reden_einde = d->einde ? d->einde->reden : 0;
}

void export_map_rows(ex *x, const casefile *cf, const derived *d, const char *id)
{
	size_t nsb = started_startbanen(x, cf);
	tab_row tr;

	assert(x && cf && d && id);
	row_deelnemer(x, cf, d, id);
	row_situatie(x, cf, d, id);
	row_voortraject(x, d, id);
	rows_startbaan(x, cf, nsb, id);
	row_afsluiting(x, d, nsb, id);
	tab_row_fill(&tr, cf, d, nsb ? x->sbuf[nsb - 1] : NULL, nsb);
	tables_add(x->tab, &tr);
}
