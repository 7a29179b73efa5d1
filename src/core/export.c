/* export.c - the registration workbook of registration-form.md: one
 * streaming pass over the participants writes sheets 2-6 row by row (all
 * at once: libxlsxwriter's constant_memory mode keeps one row file per
 * sheet, see export_lxw.c), collects the findings in a temporary file and the
 * Tabellen in fixed counters; Toelichting, Tabellen and Controle are
 * written after the pass.  Memory does not depend on the number of
 * participants.
 *
 * Empty versus Onbekend: xs_skip() writes an empty cell for something the
 * participant does not have; xs_unknown() an empty date/number cell for a
 * value that exists but is not known (counted as Onbekend on the Controle
 * sheet); category cells always hold a label, Onbekend included. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "controle.h"
#include "db_int.h"
#include "derive.h"
#include "export.h"
#include "export_int.h"
#include "sha256.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

const char *const export_sheet_names[EXPORT_NSHEETS] = {
	"Toelichting", "Deelnemerkenmerken", "Situationele kenmerken",
	"Voortraject", "Startbaan", "On hold, uitval en einde", "Tabellen",
	"Controle"
};

static const char *const CSV_NAMES[EXPORT_NSHEETS] = {
	"1-toelichting.csv", "2-deelnemerkenmerken.csv",
	"3-situationele-kenmerken.csv", "4-voortraject.csv", "5-startbaan.csv",
	"6-on-hold-uitval-einde.csv", "7-tabellen.csv", "8-controle.csv"
};

enum { S_TOELICHTING, S_DEELNEMER, S_SITUATIE, S_VOORTRAJECT, S_STARTBAAN,
       S_AFSLUITING, S_TABELLEN, S_CONTROLE };

#define CAT(h, v) { h, K_CAT, VOCAB_##v, 0, 1 }
#define ID_COL { "Deelnemer-ID", K_ID, -1, 16, 0 }

static const xcol COLS_DEELNEMER[] = {
	ID_COL,
	CAT("Deelname", DEELNAME),
	{ "Geboortejaar", K_NUM, -1, 13, 1 },
	CAT("Leeftijdsgroep", LEEFTIJDSGROEP),
	CAT("Geslacht", GESLACHT),
	{ "Datum instroom", K_DATE, -1, 15, 1 },
	CAT("Taalniveau bij instroom", TAALNIVEAU),
	CAT("Engels", JANEE),
	CAT("Opleiding", OPLEIDING),
	{ "Datum verblijfsvergunning", K_DATE, -1, 15, 1 },
	CAT("Verblijfsvergunning verleend", PERIODE),
	CAT("Baan bij instroom", BAAN_BIJ_INSTROOM),
};

static const xcol COLS_SITUATIE[] = {
	ID_COL,
	CAT("Gezinssituatie", GEZINSSITUATIE),
	{ "Aantal kinderen in NL", K_NUM, -1, 12, 1 },
	CAT("Aantal kinderen (categorie)", AANTAL_KINDEREN),
	CAT("Verblijfssituatie", VERBLIJFSSITUATIE),
	CAT("Vervoer", VERVOER),
	CAT("Rijbewijs", JANEE),
	CAT("Inburgeringsprogramma", INBURGERINGSPROGRAMMA),
	CAT("Status inburgering", STATUS_INBURGERING),
	{ "Startdatum inburgering", K_DATE, -1, 15, 1 },
	CAT("Startdatum inburgering (periode)", PERIODE),
	CAT("Uitkering", JANEE),
	CAT("Situatie peildatum", SITUATIE),
};

static const xcol COLS_VOORTRAJECT[] = {
	ID_COL,
	CAT("Voortraject gestart of afgerond", JANEE),
	{ "Startdatum voortraject", K_DATE, -1, 15, 0 },
	{ "Einddatum voortraject", K_DATE, -1, 15, 0 },
	CAT("Afronding voortraject", JANEE),
	{ "Duur voortraject (dagen)", K_NUM, -1, 12, 1 },
	CAT("Duur voortraject", DUUR_VOORTRAJECT),
	CAT("Soort voortraject", SOORT_VOORTRAJECT),
	{ "Vrijwilligerswerk (weken)", K_DEC, -1, 12, 0 },
	{ "Onbetaalde werkstage (weken)", K_DEC, -1, 12, 0 },
	{ "Proefplaatsing (weken)", K_DEC, -1, 12, 0 },
	{ "Taalstage (weken)", K_DEC, -1, 12, 0 },
	{ "Werkervaringsplek (weken)", K_DEC, -1, 12, 0 },
	{ "Training (weken)", K_DEC, -1, 12, 0 },
	{ "Bedrijfsbezoek (weken)", K_DEC, -1, 12, 0 },
	{ "Anders (weken)", K_DEC, -1, 12, 0 },
};

static const xcol COLS_STARTBAAN[] = {
	ID_COL,
	{ "Volgnummer", K_NUM, -1, 11, 0 },
	CAT("Soort startbaan", SOORT_STARTBAAN),
	CAT("Hoe gekregen", HOE_GEKREGEN),
	{ "Functie", K_TEXT, -1, 24, 0 },
	{ "Startdatum", K_DATE, -1, 13, 0 },
	{ "Einddatum", K_DATE, -1, 13, 0 },
	{ "Duur overeenkomst (maanden)", K_NUM, -1, 12, 1 },
	CAT("Duur overeenkomst", DUUR_OVEREENKOMST),
	CAT("Urenafspraak", URENAFSPRAAK),
	{ "Uren per week", K_DEC, -1, 10, 1 },
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
	CAT("On hold geweest", ON_HOLD_GEWEEST),
	{ "Datum on hold", K_DATE, -1, 13, 0 },
	{ "Datum einde on hold", K_DATE, -1, 13, 0 },
	CAT("Fase on hold", FASE_ON_HOLD),
	CAT("Duur on hold", DUUR_ON_HOLD),
	CAT("Reden on hold", REDEN_ON_HOLD),
	{ "Datum uitval", K_DATE, -1, 13, 0 },
	CAT("Reden uitval", REDEN_UITVAL),
	{ "Datum einde", K_DATE, -1, 13, 0 },
	CAT("Reden einde", REDEN_EINDE),
	{ "Aantal startbanen gehad", K_NUM, -1, 12, 0 },
};

static const xcol COLS_CONTROLE[] = {
	ID_COL,
	{ "Blad", K_TEXT, -1, 24, 0 },
	{ "Kolom", K_TEXT, -1, 30, 0 },
	{ "Bevinding", K_TEXT, -1, 40, 0 },
};

#define NCOLS(a) (sizeof (a) / sizeof (a)[0])

/* ---- the pass ------------------------------------------------------------- */

typedef struct ex {
	casus_db *db;
	cdate P;
	const export_options *opt;
	xbook book;
	xsheet *sh[EXPORT_NSHEETS];
	uint8_t key[64];
	size_t keylen;
	hmac_sha256_ctx hmac;            /* the pseudonym key, absorbed once */
	size_t total, done;
	size_t deelnemers, startbanen, bevindingen;
	FILE *find;                /* findings of the pass, read back later */
	finding *fbuf;
	size_t fcap;
	const startbaan **sbuf;
	size_t scap;
	tables *tab;
} ex;

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Create the key when it is missing.  Reading and creating are one write
 * transaction (BEGIN IMMEDIATE): of exports that start at once without a
 * key, one creates it and the others wait and read that one, so every
 * workbook carries the same pseudonyms.  Returns the key (caller frees) or
 * NULL with a Dutch message. */
static char *create_key(casus_db *db)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	int rc;

	if (db_tx_begin(db) != CASUS_OK)
		return NULL;
	v = db_setting_get(db, "pseudoniem.sleutel");    /* created meanwhile? */
	if (str_blank(v)) {
		free(v);
		v = NULL;
		if (db_prepare(db, "SELECT lower(hex(randomblob(32)))", &st) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			v = xstrdup((const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
		if (!v || db_setting_set(db, "pseudoniem.sleutel", v) != CASUS_OK) {
			db_tx_rollback(db);
			free(v);
			return NULL;
		}
	}
	rc = db_tx_commit(db);
	if (rc != CASUS_OK) {
		free(v);
		return NULL;
	}
	return v;
}

/* The secret of the pseudonyms: setting 'pseudoniem.sleutel' (hex),
 * created when missing. */
static int load_key(casus_db *db, uint8_t *key, size_t *keylen)
{
	char *v = db_setting_get(db, "pseudoniem.sleutel");
	size_t n, i;

	if (str_blank(v)) {
		free(v);
		v = create_key(db);
		if (!v) {
			char why[sizeof db->errmsg];
			snprintf(why, sizeof why, "%s", db->errmsg);
			snprintf(db->errmsg, sizeof db->errmsg,
				 "kan de sleutel voor de pseudoniemen niet aanmaken%s%.400s",
				 why[0] ? ": " : "", why);
			return CASUS_ERROR;
		}
	}
	n = strlen(v);
	if (n % 2 == 0 && n / 2 <= 64) {
		for (i = 0; i < n / 2; i++) {
			int hi = hexval((unsigned char)v[2 * i]), lo = hexval((unsigned char)v[2 * i + 1]);
			if (hi < 0 || lo < 0)
				break;
			key[i] = (uint8_t)(hi << 4 | lo);
		}
		if (i == n / 2) {
			*keylen = i;
			free(v);
			return CASUS_OK;
		}
	}
	/* not hex: use the text itself (hashed down when long) */
	if (n > 64) {
		sha256(v, n, key);
		*keylen = 32;
	} else {
		memcpy(key, v, n);
		*keylen = n;
	}
	free(v);
	return CASUS_OK;
}

static void pseudonym(const hmac_sha256_ctx *h, int64_t id, char *out)
{
	static const char hex[] = "0123456789abcdef";
	char msg[48];
	uint8_t mac[32];
	int n, i;

	n = snprintf(msg, sizeof msg, "deelnemer:%lld", (long long)id);
	hmac_sha256_mac(h, msg, (size_t)n, mac);
	out[0] = 'D';
	out[1] = '-';
	for (i = 0; i < 6; i++) {
		out[2 + 2 * i] = hex[mac[i] >> 4];
		out[3 + 2 * i] = hex[mac[i] & 15];
	}
	out[EXPORT_ID_LEN] = '\0';
}

int export_deelnemer_id(casus_db *db, int64_t client_id, char *out)
{
	uint8_t key[64];
	size_t keylen = 0;
	hmac_sha256_ctx h;
	int rc = load_key(db, key, &keylen);

	if (rc != CASUS_OK)
		return rc;
	hmac_sha256_init(&h, key, keylen);
	pseudonym(&h, client_id, out);
	memset(key, 0, sizeof key);
	return CASUS_OK;
}

char *export_default_name(cdate P)
{
	char iso[11];

	cdate_format_iso(P, iso);
	return xasprintf("registratie-startbanen-%s.xlsx", iso);
}

void export_result_free(export_result *r)
{
	if (!r)
		return;
	free(r->path);
	r->path = NULL;
}

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

/* A finding waiting in the temporary file: blad and kolom are static
 * strings (controle.c, this file) valid for the whole export, so they are
 * kept as pointers; the text follows the record. */
typedef struct frec {
	const char *blad, *kolom;
	char id[EXPORT_ID_LEN + 1];
	unsigned char len;
} frec;

static void add_finding(ex *x, const char *id, const char *blad, const char *kolom,
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
		for (k = 1; k <= N_ACTIVITEIT; k++) {
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
			add_finding(x, id, "Startbaan", "Functie", what);
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

static int on_casefile(const casefile *cf, void *arg)
{
	ex *x = arg;
	derived d;
	char id[EXPORT_ID_LEN + 1];
	size_t nsb, nf, i;
	tab_row tr;

	x->done++;
	if (x->opt && x->opt->progress && (x->done & 255) == 0)
		x->opt->progress(x->opt->progress_arg, x->done,
				 x->done > x->total ? x->done : x->total);
	if (!derive_is_deelnemer(&cf->c, x->P))
		return 0;
	derive_all(cf, x->P, &d);
	pseudonym(&x->hmac, cf->c.id, id);
	x->deelnemers++;

	nsb = started_startbanen(x, cf);
	row_deelnemer(x, cf, &d, id);
	row_situatie(x, cf, &d, id);
	row_voortraject(x, &d, id);
	rows_startbaan(x, cf, nsb, id);
	row_afsluiting(x, &d, nsb, id);

	nf = controle_client(cf, &d, x->P, x->fbuf, x->fcap);
	if (nf > x->fcap) {
		x->fcap = nf;
		x->fbuf = xrealloc(x->fbuf, x->fcap * sizeof *x->fbuf);
		nf = controle_client(cf, &d, x->P, x->fbuf, x->fcap);
	}
	for (i = 0; i < nf && i < x->fcap; i++)
		add_finding(x, id, x->fbuf[i].blad, x->fbuf[i].kolom, x->fbuf[i].bevinding);

	tab_row_fill(&tr, cf, &d, nsb ? x->sbuf[nsb - 1] : NULL, nsb);
	tables_add(x->tab, &tr);
	if (ferror(x->find))
		xbook_fail(&x->book, "kan niet schrijven in map %s: %s", x->book.dir,
			   fileout_errno_nl(errno));
	return x->book.failed ? 1 : 0;
}

/* ---- the sheets written after the pass ----------------------------------------- */

static char *now_text(const export_options *opt)
{
	const char *env = opt && opt->now ? opt->now : getenv("CASUS_NOW");
	char buf[32];
	struct tm tm;
	time_t t;
	int y, m, d, hh = 0, mm = 0;

	if (env && sscanf(env, "%d-%d-%d %d:%d", &y, &m, &d, &hh, &mm) >= 3)
		return xasprintf("%02d-%02d-%04d %02d:%02d", d, m, y, hh, mm);
	t = time(NULL);
	localtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%d-%m-%Y %H:%M", &tm);
	return xstrdup(buf);
}

static void kv(xsheet *s, const char *k, const char *v)
{
	xs_text(s, k, F_BOLD);
	xs_text(s, v, F_WRAP);
	xs_endrow(s);
}

static void kvn(xsheet *s, const char *k, size_t n)
{
	xs_text(s, k, F_BOLD);
	xs_num(s, (double)n, F_NONE);
	xs_endrow(s);
}

static void write_toelichting(ex *x)
{
	static const char *const meaning[EXPORT_NSHEETS] = {
		"Dit blad: peildatum, herkomst, definities en de betekenis van de bladen.",
		"Eén rij per deelnemer: kenmerken bij instroom (deelname, leeftijd, "
		"geslacht, taal, opleiding, verblijfsvergunning, baan bij instroom).",
		"Eén rij per deelnemer: gezin, wonen, vervoer, inburgering en de "
		"situatie op de peildatum.",
		"Eén rij per deelnemer: het laatste voortraject dat op of vóór de "
		"peildatum begon, met per soort activiteit het aantal weken tot de "
		"peildatum.",
		"Eén rij per startbaan die op of vóór de peildatum begon; het "
		"volgnummer telt per deelnemer op startdatum.",
		"Eén rij per deelnemer: de laatste on-holdperiode, uitval of einde op "
		"of vóór de peildatum, en het aantal startbanen.",
		"Tabel 1 t/m 9 van Bijlage 1 van het evaluatierapport, berekend uit "
		"dezelfde rijen.  Elk blok sluit af met een Totaal-rij met de basis "
		"waarop de percentages berekend zijn; de aantallen tellen op tot die "
		"basis, behalve in blokken met 'meer antwoorden mogelijk'.",
		"Eén rij per bevinding (Onbekend, ontbreekt, tegenstrijdige datums) "
		"om aan te vullen vóór verzending; rechts per kolom het aantal en "
		"aandeel Onbekend.",
	};
	xsheet *s = x->sh[S_TOELICHTING];
	char *now = now_text(x->opt);
	char *gemeente = db_setting_get(x->db, "gemeente");
	size_t i;

	xsheet_set_width(s, 0, 34);
	xsheet_set_width(s, 1, 110);
	xs_text(s, "Registratie startbanen – stand per peildatum", F_TITLE);
	xs_endrow(s);
	xs_endrow(s);
	xs_text(s, "Peildatum", F_BOLD);
	xs_date(s, x->P);
	xs_endrow(s);
	kv(s, "Datum en tijd van export", now);
	kv(s, "Programma", PACKAGE_NAME " " PACKAGE_VERSION);
	kv(s, "Gemeente / team", str_blank(gemeente) ? "niet ingesteld" : gemeente);
	kvn(s, "Aantal deelnemers", x->deelnemers);
	kvn(s, "Aantal startbanen (blad Startbaan)", x->startbanen);
	kvn(s, "Aantal bevindingen (blad Controle)", x->bevindingen);
	xs_endrow(s);
	kv(s, "Wie staan erin",
	   "Alle klanten die deelnemen aan de startbanenregeling en van wie de datum "
	   "instroom op of vóór de peildatum ligt; deelnemers zonder bekende datum "
	   "instroom staan erin met situatie Onbekend.  Deelnemers die vóór de "
	   "peildatum uitvielen of afrondden staan er ook in: de registratie is "
	   "cumulatief.");
	kv(s, "Stand per peildatum",
	   "Elke waarde is berekend zoals die op de peildatum gold.  Een gedateerd "
	   "gegeven telt alleen als het op of vóór de peildatum begon; een einddatum "
	   "na de peildatum betekent dat het op de peildatum nog liep.  Gegevens die "
	   "later zijn vastgelegd over gebeurtenissen vóór de peildatum tellen mee.  "
	   "Kenmerken zonder datum hebben hun huidige waarde.");
	kv(s, "Leeg of Onbekend",
	   "Een lege cel betekent: niet van toepassing (bijvoorbeeld geen voortraject, "
	   "nooit on hold, geen uitval).  'Onbekend' betekent: het bestaat wel, maar de "
	   "waarde is niet vastgelegd.  Een lege datum of een leeg getal in een kolom "
	   "die altijd van toepassing is (zoals Datum instroom) is onbekend.");
	kv(s, "Deelnemer-ID",
	   "Een pseudoniem: voor dezelfde deelnemer gelijk in elke export uit dezelfde "
	   "database, zodat exports van verschillende jaren te koppelen zijn, maar "
	   "zonder de geheime sleutel in de database niet te herleiden tot naam, BSN "
	   "of klantnummer.  Dit bestand bevat geen namen, BSN's, klantnummers, "
	   "geboortedata, adressen, telefoonnummers, e-mailadressen, namen van "
	   "werkgevers of notities.");
	kv(s, "Uitval",
	   "De deelnemer stopt met deelname voordat de startbaanroute haar doel heeft "
	   "bereikt (uitval, om welke reden ook).");
	kv(s, "Einde (afronding)",
	   "De startbaan of de deelname eindigt zoals gepland of met resultaat "
	   "(inburgering afgerond, doorgestroomd naar ander werk, overeenkomst "
	   "afgelopen).  Een deelnemer heeft hoogstens één van beide: uitval of einde.");
	xs_endrow(s);
	xs_text(s, "Bladen", F_TITLE);
	xs_endrow(s);
	for (i = 0; i < EXPORT_NSHEETS; i++)
		kv(s, export_sheet_names[i], meaning[i]);
	free(now);
	free(gemeente);
}

typedef struct sumrow {
	const char *blad, *kolom;
	size_t filled, onbekend;
} sumrow;

static void write_controle(ex *x)
{
	xsheet *s = x->sh[S_CONTROLE];
	sumrow *sum = NULL;
	size_t nsum = 0, r, k, j;
	frec fr;
	char text[256];
	int have = 1;

	/* per column of sheets 2-6: Onbekend count and share */
	for (k = S_DEELNEMER; k <= S_AFSLUITING; k++) {
		xsheet *d = x->sh[k];
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
			/* blad, kolom and the kinds of finding are a bounded set:
			 * shared strings */
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

static size_t onbekend_total(ex *x)
{
	size_t k, j, n = 0;

	for (k = S_DEELNEMER; k <= S_AFSLUITING; k++)
		for (j = 0; j < x->sh[k]->ncols; j++)
			n += x->sh[k]->n_onbekend[j];
	return n;
}

static int count_participants(casus_db *db, size_t *n)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (db_prepare(db, "SELECT count(*) FROM client WHERE startbanen = 1", &st) != SQLITE_OK)
		return CASUS_ERROR;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*n = (size_t)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? CASUS_OK : db_fail(db, rc, "tellen");
}

/* CASUS_EXPORT_PROFILE=1: phase times on stderr (benchmarks). */
static double prof_t0;

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void prof(const char *phase)
{
	static int on = -1;
	double t;

	if (on < 0)
		on = getenv("CASUS_EXPORT_PROFILE") != NULL;
	if (!on)
		return;
	t = now_s();
	if (phase)
		fprintf(stderr, "export: %-22s %.3f s\n", phase, t - prof_t0);
	prof_t0 = t;
}

static int run(casus_db *db, cdate P, const char *target, int csv,
	       const export_options *opt, export_result *res)
{
	ex x;
	int rc = CASUS_OK, own_tx = 0, k;
	size_t onb = 0;
	static const xcol *const cols[] = {
		NULL, COLS_DEELNEMER, COLS_SITUATIE, COLS_VOORTRAJECT, COLS_STARTBAAN,
		COLS_AFSLUITING, NULL, NULL
	};
	static const size_t ncols[] = {
		0, NCOLS(COLS_DEELNEMER), NCOLS(COLS_SITUATIE), NCOLS(COLS_VOORTRAJECT),
		NCOLS(COLS_STARTBAAN), NCOLS(COLS_AFSLUITING), 0, 0
	};

	if (res)
		memset(res, 0, sizeof *res);
	db->errmsg[0] = '\0';
	if (P == CDATE_NONE) {
		snprintf(db->errmsg, sizeof db->errmsg, "geen geldige peildatum");
		return CASUS_INVALID;
	}
	if (!target || !*target) {
		snprintf(db->errmsg, sizeof db->errmsg, "geen bestandsnaam opgegeven");
		return CASUS_INVALID;
	}
	if (!csv) {
		/* refuse a target that may not be replaced before anything else;
		 * xbook_open_xlsx checks again */
		char *real = NULL;
		int exists;
		if (fileout_target(target, &real, &exists, db->errmsg, sizeof db->errmsg) != 0)
			return CASUS_INVALID;
		free(real);
	}

	prof(NULL);
	memset(&x, 0, sizeof x);
	x.db = db;
	x.P = P;
	x.opt = opt;
	rc = load_key(db, x.key, &x.keylen);
	if (rc != CASUS_OK)
		return rc;
	hmac_sha256_init(&x.hmac, x.key, x.keylen);
	memset(x.key, 0, sizeof x.key);

	if ((csv ? xbook_open_csv(&x.book, target) : xbook_open_xlsx(&x.book, target)) != 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "%s", x.book.err);
		xbook_abort(&x.book);
		return CASUS_ERROR;
	}
	if (!csv) {
		char *now = now_text(opt), w3c[32];
		int d, m, y, hh, mm;
		if (sscanf(now, "%d-%d-%d %d:%d", &d, &m, &y, &hh, &mm) == 5) {
			snprintf(w3c, sizeof w3c, "%04d-%02d-%02dT%02d:%02d:00Z", y, m, d, hh, mm);
			xw_set_created(x.book.wb, w3c);
		}
		free(now);
	}
	for (k = 0; k < EXPORT_NSHEETS; k++)
		x.sh[k] = xbook_add_sheet(&x.book, export_sheet_names[k], CSV_NAMES[k]);
	for (k = S_DEELNEMER; k <= S_AFSLUITING; k++)
		xsheet_data_header(x.sh[k], cols[k], ncols[k]);
	{
		/* findings wait in a temporary file in the target directory */
		char *tmpl = xasprintf("%s/.bevindingen-XXXXXX", x.book.dir);
		int fd = mkstemp(tmpl);
		if (fd >= 0) {
			unlink(tmpl);
			x.find = fdopen(fd, "w+");
		}
		if (!x.find)
			xbook_fail(&x.book, "kan niet schrijven in map %s: %s", x.book.dir,
				   fileout_errno_nl(errno));
		free(tmpl);
	}
	x.fcap = 64;
	x.fbuf = xmalloc(x.fcap * sizeof *x.fbuf);
	x.tab = tables_new();

	if (!x.book.failed) {
		/* one consistent snapshot for the whole pass */
		if (db->tx_depth == 0 && sqlite3_get_autocommit(db->sql)) {
			if (db_exec(db, "BEGIN") == CASUS_OK)
				own_tx = 1;
		}
		rc = count_participants(db, &x.total);
		if (rc == CASUS_OK) {
			if (opt && opt->progress)
				opt->progress(opt->progress_arg, 0, x.total);
			rc = store_casefile_foreach(db, CF_REGISTRATION | CF_PREFETCH, on_casefile, &x);
			if (rc == 1)    /* stopped by a write failure */
				rc = CASUS_OK;
			if (opt && opt->progress)
				opt->progress(opt->progress_arg, x.done, x.done);
		}
		if (own_tx) {
			/* SQLite ends the read transaction itself on a failure
			 * (no memory, I/O error): the rows read after that come
			 * from other moments, so the workbook would not be one
			 * snapshot */
			if (sqlite3_get_autocommit(db->sql)) {
				if (rc == CASUS_OK) {
					snprintf(db->errmsg, sizeof db->errmsg,
						 "De database kon niet in één keer worden gelezen (de leestransactie is afgebroken); de export is niet gemaakt.");
					rc = CASUS_ERROR;
				}
			} else {
				db_exec(db, "COMMIT");
			}
		}
		prof("pass");
	}
	if (rc == CASUS_OK && !x.book.failed) {
		for (k = S_DEELNEMER; k <= S_AFSLUITING; k++)
			xsheet_finish_data(x.sh[k]);
		write_toelichting(&x);
		tables_write(x.tab, x.sh[S_TABELLEN]);
		write_controle(&x);
		prof("after-pass sheets");
	}
	if (rc == CASUS_OK && !x.book.failed)
		onb = onbekend_total(&x);


	if (rc != CASUS_OK) {
		xbook_abort(&x.book);
	} else if (x.book.failed) {
		snprintf(db->errmsg, sizeof db->errmsg, "%s", x.book.err);
		xbook_abort(&x.book);
		rc = CASUS_ERROR;
	} else if ((csv ? xbook_close_csv(&x.book) : xbook_close_xlsx(&x.book, target)) != 0) {
		snprintf(db->errmsg, sizeof db->errmsg, "%s", x.book.err);
		rc = CASUS_ERROR;
	} else if (prof("close"), res) {
		res->deelnemers = x.deelnemers;
		res->startbanen = x.startbanen;
		res->bevindingen = x.bevindingen;
		res->onbekend = onb;
		res->path = xstrdup(target);
	}
	if (x.find)
		fclose(x.find);
	free(x.fbuf);
	free(x.sbuf);
	tables_free(x.tab);
	return rc;
}

int export_workbook(casus_db *db, cdate P, const char *path,
		    const export_options *opt, export_result *res)
{
	return run(db, P, path, 0, opt, res);
}

int export_csv_dir(casus_db *db, cdate P, const char *dir,
		   const export_options *opt, export_result *res)
{
	return run(db, P, dir, 1, opt, res);
}
