/* import.c - reading a caseload from CSV files (see import.h and
 * docs/import.md).
 *
 * Flow: open every file and read its header; recognise the record type of
 * each file from its columns; if any header has a problem, report those and
 * stop.  Otherwise, inside one transaction, process the files in type order
 * (klanten, voortrajecten, activiteiten, startbanen, on hold, uitval/einde),
 * row by row: convert the cells (dates, labels, numbers), find the existing
 * record by its key, and insert, update or leave it through the store (which
 * validates and audits).  Every problem is collected; at the end the
 * transaction is committed only when there were none and this is not a
 * check-only run. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "date.h"
#include "db_int.h"
#include "import.h"
#include "model.h"
#include "store.h"
#include "util.h"
#include "validate.h"
#include "vocab.h"

#define TEXT_MAX 200          /* characters in a free-text cell */
#define KLANTNUMMER_MAX 40
#define NOTE_MAX 4000         /* characters in a note */

/* --- columns -------------------------------------------------------------- */

typedef enum {
	F_KLANTNUMMER,
	/* klanten */
	K_BSN, K_VOORNAAM, K_ACHTERNAAM, K_GEBOORTEDATUM, K_GEBOORTEJAAR, K_CONSULENT,
	K_DEELNEMER, K_DEELNAME, K_GESLACHT, K_INSTROOM, K_TAALNIVEAU, K_ENGELS,
	K_OPLEIDING, K_VERGUNNING, K_BAAN, K_GEZIN, K_KINDEREN, K_VERBLIJF, K_VERVOER,
	K_RIJBEWIJS, K_INBURG_PROG, K_INBURG_START, K_INBURG_EINDE, K_UITKERING,
	K_VT_NODIG, K_TELEFOON, K_EMAIL, K_ADRES, K_LAND, K_TALEN,
	/* voortrajecten */
	V_START, V_EINDE, V_SOORT, V_NOTITIE,
	/* activiteiten */
	A_ACTIVITEIT, A_AANBIEDER, A_START, A_EINDE, A_UREN,
	/* startbanen */
	S_WERKGEVER, S_SOORT, S_HOE, S_FUNCTIE, S_START, S_EINDE, S_MAANDEN,
	S_URENAFSPRAAK, S_UREN, S_LKS, S_WERKCOACH, S_JOBCOACH, S_HARRIE, S_SOORT_WG,
	S_SECTOR, S_OMVANG, S_ERVARING,
	/* on hold */
	O_START, O_EINDE, O_REDEN,
	/* uitval/einde */
	U_SOORT, U_DATUM, U_REDEN,
	F__N
} fid;

typedef struct coldef {
	int type;             /* import_type; -1 = every type (Klantnummer) */
	fid id;
	const char *name;     /* canonical header, as in messages */
	const char *alias;    /* another accepted header, or NULL */
	int required;
} coldef;

static const coldef cols[] = {
	{ -1, F_KLANTNUMMER, "Klantnummer", NULL, 1 },
	{ IMPORT_KLANTEN, K_BSN, "BSN", NULL, 0 },
	{ IMPORT_KLANTEN, K_VOORNAAM, "Voornaam", NULL, 0 },
	{ IMPORT_KLANTEN, K_ACHTERNAAM, "Achternaam", NULL, 0 },
	{ IMPORT_KLANTEN, K_GEBOORTEDATUM, "Geboortedatum", NULL, 0 },
	{ IMPORT_KLANTEN, K_GEBOORTEJAAR, "Geboortejaar", NULL, 0 },
	{ IMPORT_KLANTEN, K_CONSULENT, "Consulent", NULL, 0 },
	{ IMPORT_KLANTEN, K_DEELNEMER, "Deelnemer startbanen", "Deelnemer startbanen (ja/nee)", 0 },
	{ IMPORT_KLANTEN, K_DEELNAME, "Deelname", NULL, 0 },
	{ IMPORT_KLANTEN, K_GESLACHT, "Geslacht", NULL, 0 },
	{ IMPORT_KLANTEN, K_INSTROOM, "Datum instroom", NULL, 0 },
	{ IMPORT_KLANTEN, K_TAALNIVEAU, "Taalniveau bij instroom", NULL, 0 },
	{ IMPORT_KLANTEN, K_ENGELS, "Engels", NULL, 0 },
	{ IMPORT_KLANTEN, K_OPLEIDING, "Opleiding", NULL, 0 },
	{ IMPORT_KLANTEN, K_VERGUNNING, "Datum verblijfsvergunning", NULL, 0 },
	{ IMPORT_KLANTEN, K_BAAN, "Baan bij instroom", NULL, 0 },
	{ IMPORT_KLANTEN, K_GEZIN, "Gezinssituatie", NULL, 0 },
	{ IMPORT_KLANTEN, K_KINDEREN, "Aantal kinderen in NL", NULL, 0 },
	{ IMPORT_KLANTEN, K_VERBLIJF, "Verblijfssituatie", NULL, 0 },
	{ IMPORT_KLANTEN, K_VERVOER, "Vervoer", NULL, 0 },
	{ IMPORT_KLANTEN, K_RIJBEWIJS, "Rijbewijs", NULL, 0 },
	{ IMPORT_KLANTEN, K_INBURG_PROG, "Inburgeringsprogramma", NULL, 0 },
	{ IMPORT_KLANTEN, K_INBURG_START, "Startdatum inburgering", NULL, 0 },
	{ IMPORT_KLANTEN, K_INBURG_EINDE, "Einddatum inburgering", NULL, 0 },
	{ IMPORT_KLANTEN, K_UITKERING, "Uitkering", NULL, 0 },
	{ IMPORT_KLANTEN, K_VT_NODIG, "Voortraject nodig", "Voortraject nodig (ja/nee)", 0 },
	/* optional contact details (not in the registration form) */
	{ IMPORT_KLANTEN, K_TELEFOON, "Telefoon", NULL, 0 },
	{ IMPORT_KLANTEN, K_EMAIL, "E-mail", NULL, 0 },
	{ IMPORT_KLANTEN, K_ADRES, "Adres", NULL, 0 },
	{ IMPORT_KLANTEN, K_LAND, "Land van herkomst", NULL, 0 },
	{ IMPORT_KLANTEN, K_TALEN, "Talen", NULL, 0 },

	{ IMPORT_VOORTRAJECTEN, V_START, "Startdatum", NULL, 1 },
	{ IMPORT_VOORTRAJECTEN, V_EINDE, "Einddatum", NULL, 0 },
	{ IMPORT_VOORTRAJECTEN, V_SOORT, "Soort voortraject", NULL, 0 },
	{ IMPORT_VOORTRAJECTEN, V_NOTITIE, "Notitie", NULL, 0 },

	{ IMPORT_ACTIVITEITEN, A_ACTIVITEIT, "Activiteit", NULL, 1 },
	{ IMPORT_ACTIVITEITEN, A_AANBIEDER, "Aanbieder", NULL, 0 },
	{ IMPORT_ACTIVITEITEN, A_START, "Startdatum", NULL, 1 },
	{ IMPORT_ACTIVITEITEN, A_EINDE, "Einddatum", NULL, 0 },
	{ IMPORT_ACTIVITEITEN, A_UREN, "Uren per week", NULL, 0 },

	{ IMPORT_STARTBANEN, S_WERKGEVER, "Werkgever", NULL, 0 },
	{ IMPORT_STARTBANEN, S_SOORT, "Soort startbaan", NULL, 0 },
	{ IMPORT_STARTBANEN, S_HOE, "Hoe gekregen", NULL, 0 },
	{ IMPORT_STARTBANEN, S_FUNCTIE, "Functie", NULL, 0 },
	{ IMPORT_STARTBANEN, S_START, "Startdatum", NULL, 1 },
	{ IMPORT_STARTBANEN, S_EINDE, "Einddatum", NULL, 0 },
	{ IMPORT_STARTBANEN, S_MAANDEN, "Duur overeenkomst (maanden)", NULL, 0 },
	{ IMPORT_STARTBANEN, S_URENAFSPRAAK, "Urenafspraak", NULL, 0 },
	{ IMPORT_STARTBANEN, S_UREN, "Uren per week", NULL, 0 },
	{ IMPORT_STARTBANEN, S_LKS, "Loonkostensubsidie", NULL, 0 },
	{ IMPORT_STARTBANEN, S_WERKCOACH, "Werkcoach", NULL, 0 },
	{ IMPORT_STARTBANEN, S_JOBCOACH, "Jobcoach", NULL, 0 },
	{ IMPORT_STARTBANEN, S_HARRIE, "HARRIE-training", NULL, 0 },
	{ IMPORT_STARTBANEN, S_SOORT_WG, "Soort werkgever", NULL, 0 },
	{ IMPORT_STARTBANEN, S_SECTOR, "Sector", NULL, 0 },
	{ IMPORT_STARTBANEN, S_OMVANG, "Omvang vestiging", NULL, 0 },
	{ IMPORT_STARTBANEN, S_ERVARING, "Ervaring met statushouders", NULL, 0 },

	{ IMPORT_ONHOLD, O_START, "Startdatum", NULL, 1 },
	{ IMPORT_ONHOLD, O_EINDE, "Einddatum", NULL, 0 },
	{ IMPORT_ONHOLD, O_REDEN, "Reden on hold", NULL, 0 },

	{ IMPORT_AFSLUITINGEN, U_SOORT, "Soort", "Soort (Uitval/Einde)", 1 },
	{ IMPORT_AFSLUITINGEN, U_DATUM, "Datum", NULL, 1 },
	{ IMPORT_AFSLUITINGEN, U_REDEN, "Reden", NULL, 0 },
};
#define NCOLS (sizeof cols / sizeof cols[0])

static const char *const type_names[IMPORT__NTYPES] = {
	"klanten", "voortrajecten", "activiteiten", "startbanen", "on hold", "uitval/einde"
};

const char *import_type_name(int type)
{
	return type >= 0 && type < IMPORT__NTYPES ? type_names[type] : "onbekend";
}

static const char *fid_name(fid f)
{
	for (size_t i = 0; i < NCOLS; i++)
		if (cols[i].id == f)
			return cols[i].name;
	return "";
}

/* --- a string hash map ---------------------------------------------------- */

enum {
	CL_NEW = 1,        /* client inserted by this import */
	CL_FAILED = 2,     /* its row in a klanten file has a problem */
	CL_MISSING = 4,    /* looked up: not in the database */
	CL_VT_FAILED = 8   /* a voortraject row of this client has a problem */
};

typedef struct hent {
	char *key;
	int64_t id;
	int flags;
	int file;
	long line;
} hent;

typedef struct hmap {
	hent *e;
	size_t cap, n;
} hmap;

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static hent *hmap_find(hmap *m, const char *key, int create)
{
	size_t i;

	if (create && (m->n + 1) * 2 > m->cap) {
		hmap big = { NULL, m->cap ? m->cap * 2 : 1024, 0 };

		big.e = xcalloc(big.cap, sizeof *big.e);
		for (i = 0; i < m->cap; i++) {
			if (m->e[i].key) {
				size_t j = hash_str(m->e[i].key) & (big.cap - 1);

				while (big.e[j].key)
					j = (j + 1) & (big.cap - 1);
				big.e[j] = m->e[i];
				big.n++;
			}
		}
		free(m->e);
		*m = big;
	}
	if (m->cap == 0)
		return NULL;
	i = hash_str(key) & (m->cap - 1);
	while (m->e[i].key) {
		if (strcmp(m->e[i].key, key) == 0)
			return &m->e[i];
		i = (i + 1) & (m->cap - 1);
	}
	if (!create)
		return NULL;
	m->e[i].key = xstrdup(key);
	m->n++;
	return &m->e[i];
}

static void hmap_free(hmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->e[i].key);
	free(m->e);
	m->e = NULL;
	m->cap = m->n = 0;
}

/* Lower-case ASCII copy of s with blanks trimmed and inner runs of blanks
 * collapsed to one space (caller frees). */
static char *fold_key(const char *s)
{
	strbuf sb = STRBUF_INIT;
	int space = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			space = 1;
			continue;
		}
		if (space && sb.len)
			sb_appendc(&sb, ' ');
		space = 0;
		sb_appendc(&sb, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
	}
	return sb_take(&sb);
}

/* --- the import state ----------------------------------------------------- */

typedef struct ifile {
	const char *path;
	const char *name;     /* path as shown in messages */
	FILE *fp;
	csv_reader *r;
	int type;             /* import_type, -1 = unknown */
	size_t ncol;          /* cells in the header */
	size_t nnamed;        /* 1 + the last named header cell; the cells
			       * after it are unnamed trailing columns */
	fid *colfid;          /* per header column; F__N = unknown */
	int col[F__N];        /* header column per field, -1 = absent */
	int header_ok;
	int empty;
	size_t order;         /* position on the command line */
} ifile;

typedef struct emp {
	int64_t id;
	int version;
	char *naam;
	int attr[3];          /* sector, omvang, ervaring (codes) */
	int set_file[3];      /* where this import set each attribute */
	long set_line[3];
} emp;

typedef struct imp {
	casus_db *db;
	import_result *res;
	ifile *files;
	size_t nfiles;
	hmap clients;         /* klantnummer -> client id + flags */
	hmap keys;            /* dated-record keys -> where first seen */
	hmap consultants;     /* folded login and name -> consultant id */
	hmap employers;       /* folded name -> index into emps + 1 */
	emp *emps;
	size_t nemps, capemps;
	size_t probcap;
	cdate today;
	/* the current row */
	ifile *f;
	strbuf vals;          /* trimmed cells, NUL-separated */
	size_t *voff;
	size_t vcap;
	int bad;              /* the current row has a problem */
	unsigned char reported[F__N + 1]; /* fields of the row with a problem */
} imp;

/* Keep msg (taken over) as a problem; beyond IMPORT_MAX_PROBLEMS only the
 * number is kept, so that the memory used stays bounded. */
static void add_problem(imp *im, char *msg)
{
	import_result *res = im->res;

	res->nproblems++;
	if (res->nkept == IMPORT_MAX_PROBLEMS) {
		free(msg);
		return;
	}
	if (res->nkept == im->probcap) {
		im->probcap = im->probcap ? im->probcap * 2 : 64;
		res->problems = xrealloc(res->problems, im->probcap * sizeof *res->problems);
	}
	res->problems[res->nkept++] = msg;
}

/* Line of field f in the current row (the record's line when absent). */
static long row_line(imp *im, fid f)
{
	int c = f < F__N ? im->f->col[f] : -1;

	return c >= 0 ? csv_field_line(im->f->r, (size_t)c) : csv_line(im->f->r);
}

static void problem(imp *im, fid f, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void problem(imp *im, fid f, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	add_problem(im, xasprintf("%s:%ld: %s: %s", im->f->name, row_line(im, f), fid_name(f), msg));
	free(msg);
	im->bad = 1;
	im->reported[f] = 1;
}

/* Problems from the store's validation: field labels are mapped to the
 * file's columns where they match, for the line number. */
static void problems_from(imp *im, valerr *e, const char *fallback)
{
	if (e->n == 0) {
		add_problem(im, xasprintf("%s:%ld: %s", im->f->name, csv_line(im->f->r),
					  fallback ? fallback : db_errmsg(im->db)));
		im->bad = 1;
		return;
	}
	static const struct { int type; const char *label; fid id; } alias[] = {
		{ IMPORT_STARTBANEN, "Naam", S_WERKGEVER },
		{ IMPORT_STARTBANEN, "Naam werkgever", S_WERKGEVER },
		{ IMPORT_AFSLUITINGEN, "Reden uitval", U_REDEN },
		{ IMPORT_AFSLUITINGEN, "Reden einde", U_REDEN },
	};

	for (size_t i = 0; i < e->n; i++) {
		const char *label = e->items[i].field;
		long line = csv_line(im->f->r);

		for (size_t k = 0; k < sizeof alias / sizeof alias[0]; k++) {
			if (alias[k].type == im->f->type && strcmp(alias[k].label, label) == 0) {
				label = fid_name(alias[k].id);
				break;
			}
		}
		fid id = F__N;

		for (size_t k = 0; k < NCOLS; k++) {
			if ((cols[k].type == im->f->type || cols[k].type < 0) &&
			    strcmp(cols[k].name, label) == 0) {
				id = cols[k].id;
				line = row_line(im, id);
				break;
			}
		}
		if (id < F__N && im->reported[id])
			continue;     /* this cell already has a problem */
		if (id < F__N)
			im->reported[id] = 1;
		/* a column the file does not have: the problem is in the stored
		 * value (say so, rather than seem to name a cell of the file) */
		add_problem(im, xasprintf("%s:%ld: %s: %s%s", im->f->name, line,
					  *label ? label : "Regel", e->items[i].msg,
					  id < F__N && im->f->col[id] < 0 ?
					  " (opgeslagen waarde; deze kolom staat niet in het bestand)" : ""));
	}
	im->bad = 1;
}

/* A row with conversion problems is not saved; validate what could be read
 * anyway, so that every problem of the row is reported at once. */
#define REVALIDATE(im, fn, rec) do { \
	valerr revalidate_e_ = VALERR_INIT; \
	if (fn((rec), &revalidate_e_) > 0) \
		problems_from((im), &revalidate_e_, NULL); \
	valerr_free(&revalidate_e_); \
} while (0)

/* Trimmed text of field f in the current row; NULL when the file has no
 * such column. */
static const char *cell(imp *im, fid f)
{
	int c = im->f->col[f];

	if (c < 0)
		return NULL;
	return im->vals.s + im->voff[c];
}

static int has(imp *im, fid f)
{
	return im->f->col[f] >= 0;
}

/* 1 when the n bytes at s are blanks (spaces and tabs) only. */
static int blank_n(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* Copy the cells of the current record, trimmed, checking UTF-8 and the
 * number of fields.  Returns -1 when the record has fewer cells than the
 * header has named columns (a cut-off row: its cells cannot be read as
 * "empty"; nothing of it may be applied). */
static int row_load(imp *im)
{
	ifile *f = im->f;
	csv_reader *r = f->r;
	size_t n = csv_nfields(r);

	if (n < f->nnamed) {
		strbuf sb = STRBUF_INIT;

		for (size_t i = n; i < f->nnamed; i++)
			if (f->colfid[i] < F__N)
				sb_appendf(&sb, "%s%s", sb.len ? ", " : "", fid_name(f->colfid[i]));
		add_problem(im, xasprintf("%s:%ld: regel heeft %zu %s, de kopregel %zu: %s %s "
					  "(is het bestand afgebroken?)",
					  f->name, csv_line(r), n, n == 1 ? "veld" : "velden",
					  f->nnamed, sb.s ? sb.s : "",
					  f->nnamed - n == 1 ? "ontbreekt" : "ontbreken"));
		sb_free(&sb);
		im->bad = 1;
		return -1;
	}
	if (im->vcap < f->ncol) {
		im->vcap = f->ncol;
		im->voff = xrealloc(im->voff, im->vcap * sizeof *im->voff);
	}
	sb_reset(&im->vals);
	for (size_t i = 0; i < f->ncol; i++) {
		const char *s = csv_field(r, i);
		size_t len = csv_field_len(r, i);

		if (i < n && !csv_field_utf8(r, i)) {
			fid id = f->colfid[i];

			add_problem(im, xasprintf("%s:%ld: %s: bevat tekens die geen geldige UTF-8 zijn (sla het bestand op als \"CSV UTF-8\")",
						  f->name, csv_field_line(r, i),
						  id < F__N ? fid_name(id) : "?"));
			im->bad = 1;
			len = 0;
		}
		while (len && strchr(" \t\r\n", *s))
			s++, len--;
		while (len && strchr(" \t\r\n", s[len - 1]))
			len--;
		im->voff[i] = im->vals.len;
		sb_appendn(&im->vals, s, len);
		sb_appendc(&im->vals, '\0');
	}
	/* cells after the last named column must be empty */
	for (size_t i = f->nnamed; i < n; i++) {
		if (blank_n(csv_field(r, i), csv_field_len(r, i)))
			continue;
		if (i < f->ncol)
			add_problem(im, xasprintf("%s:%ld: kolom %zu: heeft geen kolomnaam in de kopregel, "
						  "maar hier wel een waarde",
						  f->name, csv_field_line(r, i), i + 1));
		else
			add_problem(im, xasprintf("%s:%ld: regel heeft %zu velden, de kopregel %zu",
						  f->name, csv_line(r), n, f->ncol));
		im->bad = 1;
		break;
	}
	return 0;
}

/* Number of UTF-8 characters in s. */
static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* --- cell conversions ------------------------------------------------------ */

/* Free text; *out replaced (NULL for empty).  Returns -1 on a problem. */
static int get_text(imp *im, fid f, size_t max, char **out)
{
	const char *s = cell(im, f);
	size_t n;

	if (!s)
		return 0;
	n = utf8_chars(s);
	if (n > max) {
		problem(im, f, "is te lang (%zu tekens, hoogstens %zu)", n, max);
		return -1;
	}
	free(*out);
	*out = *s ? xstrdup(s) : NULL;
	return 0;
}

static int get_date(imp *im, fid f, cdate *out)
{
	const char *s = cell(im, f);
	cdate d;
	int rc;

	if (!s)
		return 0;
	rc = cdate_parse(s, &d);
	if (rc == DATE_OK || rc == DATE_EMPTY) {
		*out = rc == DATE_OK ? d : CDATE_NONE;
		return 0;
	}
	if (rc == DATE_IMPOSSIBLE)
		problem(im, f, "%s bestaat niet in de kalender", s);
	else
		problem(im, f, "%s is geen datum (gebruik dd-mm-jjjj of jjjj-mm-dd)", s);
	return -1;
}

static int get_vocab(imp *im, fid f, vocab_id v, int *out)
{
	const char *s = cell(im, f);
	int code;
	char *allowed;

	if (!s)
		return 0;
	if (vocab_lookup(v, s, &code) == 0) {
		*out = code;
		return 0;
	}
	if (!*s) {
		problem(im, f, "is verplicht");
		return -1;
	}
	allowed = vocab_allowed(v);
	problem(im, f, "onbekende waarde '%s'; kies uit %s", s, allowed);
	free(allowed);
	return -1;
}

/* Ja/Nee as a flag: Ja -> 1, Nee or empty -> 0. */
static int get_flag(imp *im, fid f, int *out)
{
	const char *s = cell(im, f);
	int code;

	if (!s)
		return 0;
	if (vocab_lookup(VOCAB_JANEE, s, &code) == 0 && code != VOCAB_ONBEKEND) {
		*out = code == JANEE_JA;
		return 0;
	}
	if (!*s) {
		*out = 0;
		return 0;
	}
	problem(im, f, "onbekende waarde '%s'; kies uit Ja, Nee", s);
	return -1;
}

static int get_int(imp *im, fid f, int min, int max, int *out)
{
	const char *s = cell(im, f);
	valerr e = VALERR_INIT;
	int v;

	if (!s)
		return 0;
	if (validate_int_field(s, fid_name(f), min, &v, &e) != 0) {
		problem(im, f, "%s is geen geheel getal van %d of meer", s, min);
		valerr_free(&e);
		return -1;
	}
	if (v > max) {
		problem(im, f, "%s is te groot (hoogstens %d)", s, max);
		return -1;
	}
	*out = v;
	return 0;
}

static int get_hours(imp *im, fid f, double *out)
{
	const char *s = cell(im, f);
	valerr e = VALERR_INIT;
	double h;

	if (!s)
		return 0;
	if (validate_hours_field(s, fid_name(f), &h, &e) != 0) {
		problem(im, f, "'%s': %s", s, e.items[0].msg);
		valerr_free(&e);
		return -1;
	}
	*out = h;
	return 0;
}

/* --- small SQL helpers ------------------------------------------------------ */

static void bind_date(sqlite3_stmt *st, int idx, cdate d)
{
	char buf[11];

	cdate_format_iso(d, buf);
	sqlite3_bind_text(st, idx, buf, -1, SQLITE_TRANSIENT);
}

static int str_eq(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* --- clients ----------------------------------------------------------------- */

/* The client of klantnummer kn: its entry in the map (looked up in the
 * database the first time).  Returns NULL when it does not exist. */
static hent *client_lookup(imp *im, const char *kn, int *err)
{
	hent *h = hmap_find(&im->clients, kn, 0);
	sqlite3_stmt *st;
	int rc;

	if (h)
		return (h->flags & CL_MISSING) ? NULL : h;
	if (db_stmt(im->db, "SELECT id FROM client WHERE klantnummer = ?1", &st) != SQLITE_OK) {
		*err = 1;
		return NULL;
	}
	sqlite3_bind_text(st, 1, kn, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	h = hmap_find(&im->clients, kn, 1);
	h->file = -1;
	if (rc == SQLITE_ROW) {
		h->id = sqlite3_column_int64(st, 0);
	} else {
		if (rc != SQLITE_DONE)
			*err = 1;
		h->flags |= CL_MISSING;
	}
	sqlite3_reset(st);
	return (h->flags & CL_MISSING) ? NULL : h;
}

static int client_equal(const client *a, const client *b)
{
	return str_eq(a->klantnummer, b->klantnummer) && str_eq(a->bsn, b->bsn) &&
		str_eq(a->voornaam, b->voornaam) && str_eq(a->achternaam, b->achternaam) &&
		a->geboortedatum == b->geboortedatum && a->geboortejaar == b->geboortejaar &&
		str_eq(a->telefoon, b->telefoon) && str_eq(a->email, b->email) &&
		str_eq(a->adres, b->adres) && str_eq(a->land_herkomst, b->land_herkomst) &&
		str_eq(a->talen, b->talen) && a->regiehouder_id == b->regiehouder_id &&
		a->startbanen == b->startbanen && a->deelname == b->deelname &&
		a->datum_instroom == b->datum_instroom && a->geslacht == b->geslacht &&
		a->taalniveau == b->taalniveau && a->engels == b->engels &&
		a->opleiding == b->opleiding && a->baan_bij_instroom == b->baan_bij_instroom &&
		a->datum_verblijfsvergunning == b->datum_verblijfsvergunning &&
		a->gezinssituatie == b->gezinssituatie && a->aantal_kinderen == b->aantal_kinderen &&
		a->verblijfssituatie == b->verblijfssituatie && a->vervoer == b->vervoer &&
		a->rijbewijs == b->rijbewijs && a->inburgeringsprogramma == b->inburgeringsprogramma &&
		a->uitkering == b->uitkering && a->start_inburgering == b->start_inburgering &&
		a->einde_inburgering == b->einde_inburgering &&
		a->voortraject_niet_nodig == b->voortraject_niet_nodig;
}

/* A login made from a name: "Sanne de Vries" -> "sanne.de.vries", unique
 * among the known consultants. */
static char *consultant_login(imp *im, const char *naam)
{
	strbuf sb = STRBUF_INIT;
	char *base, *login;
	int dot = 0;

	for (const char *s = naam; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
			if (dot && sb.len)
				sb_appendc(&sb, '.');
			dot = 0;
			sb_appendc(&sb, (char)c);
		} else if (c >= 'A' && c <= 'Z') {
			if (dot && sb.len)
				sb_appendc(&sb, '.');
			dot = 0;
			sb_appendc(&sb, (char)(c + 32));
		} else if (c < 0x80) {
			dot = 1;
		}
	}
	base = sb.len ? sb_take(&sb) : xstrdup("consulent");
	sb_free(&sb);
	login = xstrdup(base);
	for (int i = 2; hmap_find(&im->consultants, login, 0); i++) {
		free(login);
		login = xasprintf("%s%d", base, i);
	}
	free(base);
	return login;
}

static void consultant_remember(imp *im, const consultant *k)
{
	char *a = fold_key(k->login ? k->login : ""), *b = fold_key(k->naam ? k->naam : "");
	hent *h;

	if (*a && (h = hmap_find(&im->consultants, a, 1)) && !h->id)
		h->id = k->id;
	if (*b && (h = hmap_find(&im->consultants, b, 1)) && !h->id)
		h->id = k->id;
	free(a);
	free(b);
}

/* Consultant by login or name (case-insensitive); created when unknown.
 * Returns the id, 0 on a problem. */
static int64_t consultant_resolve(imp *im, const char *text)
{
	char *key = fold_key(text);
	hent *h = hmap_find(&im->consultants, key, 0);
	consultant k;
	valerr e = VALERR_INIT;
	int64_t id = 0;

	if (h) {
		free(key);
		return h->id;
	}
	memset(&k, 0, sizeof k);
	k.naam = xstrdup(text);
	k.login = consultant_login(im, text);
	k.actief = 1;
	if (store_consultant_save(im->db, &k, &e) == CASUS_OK) {
		id = k.id;
		consultant_remember(im, &k);
		im->res->new_consultants = xrealloc(im->res->new_consultants,
			(im->res->nnew_consultants + 1) * sizeof *im->res->new_consultants);
		im->res->new_consultants[im->res->nnew_consultants++] =
			xasprintf("%s (%s)", k.naam, k.login);
	} else {
		problems_from(im, &e, NULL);
	}
	valerr_free(&e);
	consultant_clear(&k);
	free(key);
	return id;
}

static int load_consultants(imp *im)
{
	consultant *list = NULL;
	size_t n = 0;
	int rc = store_consultant_list(im->db, &list, &n);

	for (size_t i = 0; i < n; i++) {
		if (rc == CASUS_OK)
			consultant_remember(im, &list[i]);
		consultant_clear(&list[i]);
	}
	free(list);
	return rc;
}

/* Apply the cells of the current row to c.  Returns -1 on a problem. */
static int client_apply(imp *im, client *c, int64_t *new_consultant)
{
	int bad = 0, deelnemer = c->startbanen, nodig;
	cdate gd = c->geboortedatum, oldgd = c->geboortedatum;
	int jaar = -2;   /* -2: no column, -1: empty cell */

	bad |= get_text(im, K_BSN, 20, &c->bsn);
	bad |= get_text(im, K_VOORNAAM, TEXT_MAX, &c->voornaam);
	bad |= get_text(im, K_ACHTERNAAM, TEXT_MAX, &c->achternaam);
	bad |= get_text(im, K_TELEFOON, TEXT_MAX, &c->telefoon);
	bad |= get_text(im, K_EMAIL, TEXT_MAX, &c->email);
	bad |= get_text(im, K_ADRES, TEXT_MAX, &c->adres);
	bad |= get_text(im, K_LAND, TEXT_MAX, &c->land_herkomst);
	bad |= get_text(im, K_TALEN, TEXT_MAX, &c->talen);
	bad |= get_date(im, K_GEBOORTEDATUM, &gd);
	if (has(im, K_GEBOORTEJAAR) && get_int(im, K_GEBOORTEJAAR, 0, 9999, &jaar) != 0)
		bad = -1;
	if (c->bsn) {
		char norm[10];

		if (bsn_normalise(c->bsn, norm) == 0) {
			free(c->bsn);
			c->bsn = xstrdup(norm);
		}
	}
	c->geboortedatum = gd;
	if (jaar >= 0)
		c->geboortejaar = jaar;
	else if (gd != CDATE_NONE)
		c->geboortejaar = cdate_year(gd);
	else if (jaar == -1 || oldgd != CDATE_NONE)
		c->geboortejaar = 0;
	if (has(im, K_CONSULENT) && *cell(im, K_CONSULENT)) {
		if (utf8_chars(cell(im, K_CONSULENT)) > TEXT_MAX) {
			problem(im, K_CONSULENT, "is te lang (hoogstens %d tekens)", TEXT_MAX);
			bad = -1;
		} else {
			*new_consultant = consultant_resolve(im, cell(im, K_CONSULENT));
			if (!*new_consultant)
				bad = -1;
		}
	}
	bad |= get_flag(im, K_DEELNEMER, &deelnemer);
	c->startbanen = deelnemer;
	bad |= get_vocab(im, K_DEELNAME, VOCAB_DEELNAME, &c->deelname);
	bad |= get_vocab(im, K_GESLACHT, VOCAB_GESLACHT, &c->geslacht);
	bad |= get_date(im, K_INSTROOM, &c->datum_instroom);
	bad |= get_vocab(im, K_TAALNIVEAU, VOCAB_TAALNIVEAU, &c->taalniveau);
	bad |= get_vocab(im, K_ENGELS, VOCAB_JANEE, &c->engels);
	bad |= get_vocab(im, K_OPLEIDING, VOCAB_OPLEIDING, &c->opleiding);
	bad |= get_date(im, K_VERGUNNING, &c->datum_verblijfsvergunning);
	bad |= get_vocab(im, K_BAAN, VOCAB_BAAN_BIJ_INSTROOM, &c->baan_bij_instroom);
	bad |= get_vocab(im, K_GEZIN, VOCAB_GEZINSSITUATIE, &c->gezinssituatie);
	if (has(im, K_KINDEREN)) {
		int k = -1;

		if (get_int(im, K_KINDEREN, 0, 29, &k) != 0)
			bad = -1;
		else
			c->aantal_kinderen = k;
	}
	bad |= get_vocab(im, K_VERBLIJF, VOCAB_VERBLIJFSSITUATIE, &c->verblijfssituatie);
	bad |= get_vocab(im, K_VERVOER, VOCAB_VERVOER, &c->vervoer);
	bad |= get_vocab(im, K_RIJBEWIJS, VOCAB_JANEE, &c->rijbewijs);
	bad |= get_vocab(im, K_INBURG_PROG, VOCAB_INBURGERINGSPROGRAMMA, &c->inburgeringsprogramma);
	bad |= get_date(im, K_INBURG_START, &c->start_inburgering);
	bad |= get_date(im, K_INBURG_EINDE, &c->einde_inburgering);
	bad |= get_vocab(im, K_UITKERING, VOCAB_JANEE, &c->uitkering);
	nodig = !c->voortraject_niet_nodig;
	if (has(im, K_VT_NODIG)) {
		const char *s = cell(im, K_VT_NODIG);
		int code;

		if (vocab_lookup(VOCAB_JANEE, s, &code) == 0)
			nodig = code != JANEE_NEE;
		else {
			problem(im, K_VT_NODIG, "onbekende waarde '%s'; kies uit Ja, Nee", s);
			bad = -1;
		}
	}
	c->voortraject_niet_nodig = !nodig;
	return bad ? -1 : 0;
}

static void row_klanten(imp *im)
{
	const char *kn = cell(im, F_KLANTNUMMER);
	hent *h;
	client cur, old;
	int64_t consultant_id = 0;
	int err = 0, rc;
	valerr e = VALERR_INIT;
	import_counts *cnt = &im->res->n[IMPORT_KLANTEN];

	if (!*kn) {
		problem(im, F_KLANTNUMMER, "is verplicht");
		return;
	}
	if (utf8_chars(kn) > KLANTNUMMER_MAX) {
		problem(im, F_KLANTNUMMER, "is te lang (hoogstens %d tekens)", KLANTNUMMER_MAX);
		return;
	}
	h = client_lookup(im, kn, &err);
	if (err) {
		problems_from(im, &e, NULL);
		return;
	}
	if (h && h->file >= 0) {
		problem(im, F_KLANTNUMMER, "%s komt al voor in %s op regel %ld", kn,
			im->files[h->file].name, h->line);
		return;
	}
	client_init(&cur);
	client_init(&old);
	if (h) {
		if (store_client_get(im->db, h->id, &cur) != CASUS_OK ||
		    store_client_get(im->db, h->id, &old) != CASUS_OK) {
			problems_from(im, &e, NULL);
			goto out;
		}
	} else {
		cur.klantnummer = xstrdup(kn);
		h = hmap_find(&im->clients, kn, 1);
		h->flags = CL_NEW;
		h->id = 0;
	}
	h->file = (int)(im->f - im->files);
	h->line = csv_line(im->f->r);
	if (client_apply(im, &cur, &consultant_id) != 0 || im->bad) {
		h->flags |= CL_FAILED;
		REVALIDATE(im, validate_client, &cur);
		goto out;
	}
	if (cur.id == 0) {
		cur.regiehouder_id = consultant_id;
		rc = store_client_save(im->db, &cur, &e);
		if (rc == CASUS_OK) {
			h->id = cur.id;
			cnt->added++;
		}
	} else {
		int moved = consultant_id && consultant_id != old.regiehouder_id;

		if (client_equal(&cur, &old) && !moved) {
			cnt->unchanged++;
			goto out;
		}
		rc = CASUS_OK;
		if (!client_equal(&cur, &old))
			rc = store_client_save(im->db, &cur, &e);
		if (rc == CASUS_OK && moved) {
			char *reden = xasprintf("Import %s", im->f->name);

			rc = store_handover(im->db, cur.id, consultant_id, im->today, reden, &e);
			free(reden);
		}
		if (rc == CASUS_OK)
			cnt->changed++;
	}
	if (rc != CASUS_OK) {
		h->flags |= CL_FAILED;
		problems_from(im, &e, NULL);
	}
out:
	valerr_free(&e);
	client_clear(&cur);
	client_clear(&old);
}

/* The client of the current row of a non-klanten file: its id, or 0 when
 * it does not exist (a problem is reported unless its own row failed). */
static int64_t row_client(imp *im, int *is_new)
{
	const char *kn = cell(im, F_KLANTNUMMER);
	hent *h;
	int err = 0;

	if (!*kn) {
		problem(im, F_KLANTNUMMER, "is verplicht");
		return 0;
	}
	h = client_lookup(im, kn, &err);
	if (err) {
		valerr e = VALERR_INIT;

		problems_from(im, &e, NULL);
		return 0;
	}
	if (h && (h->flags & CL_FAILED)) {
		im->bad = 1;     /* already reported on its own row */
		return 0;
	}
	if (!h || !h->id) {
		problem(im, F_KLANTNUMMER, "klant %s bestaat niet (niet in de database en niet in een klantenbestand van deze import)", kn);
		return 0;
	}
	*is_new = (h->flags & CL_NEW) != 0;
	return h->id;
}

/* Record the key of a dated record; a problem when it occurred before in
 * this import.  Returns -1 for a duplicate. */
static int row_key(imp *im, fid f, const char *what, const char *key)
{
	hent *h = hmap_find(&im->keys, key, 1);

	if (h->id) {
		problem(im, f, "%s staat dubbel in de import (ook in %s op regel %ld)", what,
			im->files[h->file].name, h->line);
		return -1;
	}
	h->id = 1;
	h->file = (int)(im->f - im->files);
	h->line = csv_line(im->f->r);
	return 0;
}

static void count_save(imp *im, int type, int existed, int equal, int rc, valerr *e)
{
	import_counts *cnt = &im->res->n[type];

	if (rc != CASUS_OK) {
		problems_from(im, e, NULL);
		return;
	}
	if (!existed)
		cnt->added++;
	else if (equal)
		cnt->unchanged++;
	else
		cnt->changed++;
}

/* A store lookup as 1 found, 0 not found, -1 error. */
static int found_rc(int rc)
{
	return rc == CASUS_OK ? 1 : rc == CASUS_NOTFOUND ? 0 : -1;
}

/* --- voortrajecten ------------------------------------------------------------ */

static int vt_find(imp *im, int64_t cid, cdate start, voortraject *out)
{
	return found_rc(store_voortraject_find(im->db, cid, start, out));
}

static void row_voortrajecten(imp *im)
{
	int is_new = 0, found = 0, rc, equal, ok = 0, old_soort = 0;
	int64_t cid = row_client(im, &is_new);
	cdate start = CDATE_NONE, old_einde = CDATE_NONE;
	char *old_notitie = NULL;
	voortraject v;
	valerr e = VALERR_INIT;
	char key[64];

	voortraject_init(&v);
	if (get_date(im, V_START, &start) == 0 && start == CDATE_NONE)
		problem(im, V_START, "is verplicht");
	if (cid && start != CDATE_NONE) {
		snprintf(key, sizeof key, "V%lld|%d", (long long)cid, (int)start);
		if (row_key(im, V_START, "dit voortraject (klant en startdatum)", key) == 0 &&
		    !is_new && (found = vt_find(im, cid, start, &v)) < 0) {
			problems_from(im, &e, NULL);
			goto out;
		}
	}
	old_einde = v.einde;
	old_soort = v.soort;
	old_notitie = dup_or_null(v.notitie);
	v.client_id = cid;
	v.start = start;
	get_date(im, V_EINDE, &v.einde);
	get_vocab(im, V_SOORT, VOCAB_SOORT_VOORTRAJECT, &v.soort);
	get_text(im, V_NOTITIE, NOTE_MAX, &v.notitie);
	if (im->bad) {
		REVALIDATE(im, validate_voortraject, &v);
		goto out;
	}
	equal = found && v.einde == old_einde && v.soort == old_soort && str_eq(v.notitie, old_notitie);
	rc = found && equal ? CASUS_OK : store_voortraject_save(im->db, &v, &e);
	count_save(im, IMPORT_VOORTRAJECTEN, found, equal, rc, &e);
	ok = rc == CASUS_OK;
out:
	if (!ok) {
		hent *h = hmap_find(&im->clients, cell(im, F_KLANTNUMMER), 0);

		if (h)
			h->flags |= CL_VT_FAILED;
	}
	valerr_free(&e);
	free(old_notitie);
	voortraject_clear(&v);
}

/* --- activiteiten ------------------------------------------------------------- */

/* The voortraject of client cid for an activity starting on d: the one whose
 * period contains d (latest start first), else the latest started before d.
 * Returns its id, 0 when none, -1 on an error. */
static int64_t vt_cover(imp *im, int64_t cid, cdate d)
{
	sqlite3_stmt *st;
	int64_t id = 0;
	int rc;

	if (db_stmt(im->db,
		      "SELECT id FROM voortraject WHERE client_id = ?1 AND start <= ?2 "
		      "ORDER BY (einde IS NULL OR einde >= ?2) DESC, start DESC, id DESC LIMIT 1",
		      &st) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, cid);
	bind_date(st, 2, d);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		id = -1;
	sqlite3_reset(st);
	return id;
}

static int act_find(imp *im, int64_t cid, int soort, cdate start, activiteit *out)
{
	return found_rc(store_activiteit_find(im->db, cid, soort, start, out));
}

static void row_activiteiten(imp *im)
{
	int is_new = 0, found = 0, rc, equal, soort = 0;
	int64_t cid = row_client(im, &is_new), vid = 0;
	cdate start = CDATE_NONE;
	activiteit a, old;
	valerr e = VALERR_INIT;
	char key[80];

	activiteit_init(&a);
	activiteit_init(&old);
	get_vocab(im, A_ACTIVITEIT, VOCAB_ACTIVITEIT, &soort);
	if (get_date(im, A_START, &start) == 0 && start == CDATE_NONE)
		problem(im, A_START, "is verplicht");
	if (cid && start != CDATE_NONE && soort > 0) {
		snprintf(key, sizeof key, "A%lld|%d|%d", (long long)cid, soort, (int)start);
		if (row_key(im, A_START, "deze activiteit (klant, activiteit en startdatum)", key) == 0 &&
		    !is_new && (found = act_find(im, cid, soort, start, &a)) < 0) {
			problems_from(im, &e, NULL);
			goto out;
		}
	}
	if (found) {
		old = a;
		old.aanbieder = dup_or_null(a.aanbieder);
	}
	a.soort = soort;
	a.start = start;
	get_text(im, A_AANBIEDER, TEXT_MAX, &a.aanbieder);
	get_date(im, A_EINDE, &a.einde);
	get_hours(im, A_UREN, &a.uren_per_week);
	if (cid && start != CDATE_NONE) {
		vid = vt_cover(im, cid, start);
		if (vid < 0) {
			problems_from(im, &e, NULL);
			goto out;
		}
		if (vid == 0) {
			hent *h = hmap_find(&im->clients, cell(im, F_KLANTNUMMER), 0);
			char d[11];

			cdate_format_nl(start, d);
			if (h && (h->flags & CL_VT_FAILED))
				im->bad = 1;    /* its voortraject row has the problem */
			else
				problem(im, A_START, "klant %s heeft geen voortraject dat op of vóór %s begint; "
					"een activiteit hoort bij een voortraject", cell(im, F_KLANTNUMMER), d);
		}
	}
	a.voortraject_id = vid;
	if (im->bad) {
		REVALIDATE(im, validate_activiteit, &a);
		goto out;
	}
	equal = found && a.voortraject_id == old.voortraject_id && str_eq(a.aanbieder, old.aanbieder) &&
		a.einde == old.einde && a.uren_per_week == old.uren_per_week;
	rc = found && equal ? CASUS_OK : store_activiteit_save(im->db, &a, &e);
	count_save(im, IMPORT_ACTIVITEITEN, found, equal, rc, &e);
out:
	valerr_free(&e);
	activiteit_clear(&a);
	activiteit_clear(&old);
}

/* --- startbanen ----------------------------------------------------------------- */

static int load_employers(imp *im)
{
	employer *list = NULL;
	size_t n = 0;
	int rc = store_employer_list(im->db, &list, &n);

	for (size_t i = 0; i < n; i++) {
		if (rc == CASUS_OK) {
			char *k = fold_key(list[i].naam ? list[i].naam : "");
			hent *h = hmap_find(&im->employers, k, 1);

			if (!h->id) {
				emp *w;

				if (im->nemps == im->capemps) {
					im->capemps = im->capemps ? im->capemps * 2 : 64;
					im->emps = xrealloc(im->emps, im->capemps * sizeof *im->emps);
				}
				w = &im->emps[im->nemps++];
				memset(w, 0, sizeof *w);
				w->id = list[i].id;
				w->version = list[i].version;
				w->naam = xstrdup(list[i].naam);
				w->attr[0] = list[i].sector;
				w->attr[1] = list[i].omvang;
				w->attr[2] = list[i].ervaring;
				w->set_file[0] = w->set_file[1] = w->set_file[2] = -1;
				h->id = (int64_t)im->nemps;
			}
			free(k);
		}
		employer_clear(&list[i]);
	}
	free(list);
	return rc;
}

/* Find or create the employer of the current row and apply its attributes
 * (see docs/import.md: a known value is never cleared; two rows of one
 * import must not disagree).  Returns the employer id, 0 for none, -1 on a
 * problem. */
static int64_t row_employer(imp *im)
{
	static const fid afid[3] = { S_SECTOR, S_OMVANG, S_ERVARING };
	static const vocab_id avoc[3] = { VOCAB_SECTOR, VOCAB_OMVANG_VESTIGING, VOCAB_JANEE };
	const char *naam = has(im, S_WERKGEVER) ? cell(im, S_WERKGEVER) : "";
	int val[3] = { 0, 0, 0 }, bad = 0, any = 0, change = 0;
	char *k;
	hent *h;
	emp *w;
	int fileno = (int)(im->f - im->files);

	for (int i = 0; i < 3; i++) {
		if (get_vocab(im, afid[i], avoc[i], &val[i]) != 0)
			bad = 1;
		any |= val[i] != 0;
	}
	if (!*naam) {
		if (any) {
			problem(im, S_WERKGEVER, "is verplicht wanneer Sector, Omvang vestiging of Ervaring met statushouders is ingevuld");
			return -1;
		}
		return bad ? -1 : 0;
	}
	if (utf8_chars(naam) > TEXT_MAX) {
		problem(im, S_WERKGEVER, "is te lang (hoogstens %d tekens)", TEXT_MAX);
		return -1;
	}
	if (bad)
		return -1;
	k = fold_key(naam);
	h = hmap_find(&im->employers, k, 1);
	free(k);
	if (!h->id) {
		employer r;
		valerr e = VALERR_INIT;

		employer_init(&r);
		r.naam = xstrdup(naam);
		r.sector = val[0];
		r.omvang = val[1];
		r.ervaring = val[2];
		if (store_employer_save(im->db, &r, &e) != CASUS_OK) {
			problems_from(im, &e, NULL);
			valerr_free(&e);
			employer_clear(&r);
			return -1;
		}
		im->res->employers_added++;
		if (im->nemps == im->capemps) {
			im->capemps = im->capemps ? im->capemps * 2 : 64;
			im->emps = xrealloc(im->emps, im->capemps * sizeof *im->emps);
		}
		w = &im->emps[im->nemps++];
		memset(w, 0, sizeof *w);
		w->id = r.id;
		w->version = r.version;
		w->naam = xstrdup(naam);
		for (int i = 0; i < 3; i++) {
			w->attr[i] = val[i];
			w->set_file[i] = val[i] ? fileno : -1;
			w->set_line[i] = row_line(im, afid[i]);
		}
		h->id = (int64_t)im->nemps;
		employer_clear(&r);
		return w->id;
	}
	w = &im->emps[h->id - 1];
	for (int i = 0; i < 3; i++) {
		if (!val[i] || val[i] == w->attr[i])
			continue;
		if (w->set_file[i] >= 0) {
			problem(im, afid[i], "'%s' voor werkgever %s verschilt van '%s' in %s op regel %ld",
				vocab_label(avoc[i], val[i]), w->naam, vocab_label(avoc[i], w->attr[i]),
				im->files[w->set_file[i]].name, w->set_line[i]);
			bad = 1;
			continue;
		}
		w->attr[i] = val[i];
		w->set_file[i] = fileno;
		w->set_line[i] = row_line(im, afid[i]);
		change = 1;
	}
	if (bad)
		return -1;
	for (int i = 0; i < 3; i++) {
		if (val[i] && w->set_file[i] < 0) {
			/* remember where this import confirmed the value */
			w->set_file[i] = fileno;
			w->set_line[i] = row_line(im, afid[i]);
		}
	}
	if (change) {
		employer r;
		valerr e = VALERR_INIT;

		if (store_employer_by_name(im->db, w->naam, &r) != CASUS_OK) {
			problems_from(im, &e, NULL);
			return -1;
		}
		r.sector = w->attr[0];
		r.omvang = w->attr[1];
		r.ervaring = w->attr[2];
		if (store_employer_save(im->db, &r, &e) != CASUS_OK) {
			problems_from(im, &e, NULL);
			valerr_free(&e);
			employer_clear(&r);
			return -1;
		}
		im->res->employers_changed++;
		employer_clear(&r);
	}
	return w->id;
}

static int sb_find(imp *im, int64_t cid, cdate start, startbaan *out)
{
	return found_rc(store_startbaan_find(im->db, cid, start, out));
}

static int sb_equal(const startbaan *a, const startbaan *b)
{
	return a->employer_id == b->employer_id && a->soort == b->soort &&
		a->hoe_gekregen == b->hoe_gekregen && str_eq(a->functie, b->functie) &&
		a->einde == b->einde && a->maanden == b->maanden &&
		a->urenafspraak == b->urenafspraak && a->uren == b->uren &&
		a->loonkostensubsidie == b->loonkostensubsidie && a->werkcoach == b->werkcoach &&
		a->jobcoach == b->jobcoach && a->harrie == b->harrie &&
		a->soort_werkgever == b->soort_werkgever;
}

static void row_startbanen(imp *im)
{
	int is_new = 0, found = 0, rc, equal;
	int64_t cid = row_client(im, &is_new), wid;
	cdate start = CDATE_NONE;
	startbaan s, old;
	valerr e = VALERR_INIT;
	char key[64];

	startbaan_init(&s);
	startbaan_init(&old);
	if (get_date(im, S_START, &start) == 0 && start == CDATE_NONE)
		problem(im, S_START, "is verplicht");
	wid = row_employer(im);
	if (cid && start != CDATE_NONE) {
		snprintf(key, sizeof key, "S%lld|%d", (long long)cid, (int)start);
		if (row_key(im, S_START, "deze startbaan (klant en startdatum)", key) == 0 &&
		    !is_new && (found = sb_find(im, cid, start, &s)) < 0) {
			problems_from(im, &e, NULL);
			goto out;
		}
	}
	if (found) {
		old = s;
		old.functie = dup_or_null(s.functie);
		old.werkgever_naam = NULL;
	}
	s.client_id = cid;
	s.start = start;
	if (has(im, S_WERKGEVER) && wid >= 0)
		s.employer_id = wid;
	get_vocab(im, S_SOORT, VOCAB_SOORT_STARTBAAN, &s.soort);
	get_vocab(im, S_HOE, VOCAB_HOE_GEKREGEN, &s.hoe_gekregen);
	get_text(im, S_FUNCTIE, TEXT_MAX, &s.functie);
	get_date(im, S_EINDE, &s.einde);
	if (has(im, S_MAANDEN)) {
		int m = -1;

		if (get_int(im, S_MAANDEN, 1, 1200, &m) == 0)
			s.maanden = m;
	}
	get_vocab(im, S_URENAFSPRAAK, VOCAB_URENAFSPRAAK, &s.urenafspraak);
	get_hours(im, S_UREN, &s.uren);
	get_vocab(im, S_LKS, VOCAB_JANEE, &s.loonkostensubsidie);
	get_vocab(im, S_WERKCOACH, VOCAB_JANEE, &s.werkcoach);
	get_vocab(im, S_JOBCOACH, VOCAB_JANEE, &s.jobcoach);
	get_vocab(im, S_HARRIE, VOCAB_JANEE, &s.harrie);
	get_vocab(im, S_SOORT_WG, VOCAB_SOORT_WERKGEVER, &s.soort_werkgever);
	if (im->bad || wid < 0) {
		REVALIDATE(im, validate_startbaan, &s);
		goto out;
	}
	equal = found && sb_equal(&s, &old);
	rc = found && equal ? CASUS_OK : store_startbaan_save(im->db, &s, &e);
	count_save(im, IMPORT_STARTBANEN, found, equal, rc, &e);
out:
	valerr_free(&e);
	startbaan_clear(&s);
	startbaan_clear(&old);
}

/* --- on hold ---------------------------------------------------------------------- */

static int oh_find(imp *im, int64_t cid, cdate start, onhold *out)
{
	return found_rc(store_onhold_find(im->db, cid, start, out));
}

static void row_onhold(imp *im)
{
	int is_new = 0, found = 0, rc, equal;
	int64_t cid = row_client(im, &is_new);
	cdate start = CDATE_NONE;
	onhold o, old;
	valerr e = VALERR_INIT;
	char key[64];

	onhold_init(&o);
	if (get_date(im, O_START, &start) == 0 && start == CDATE_NONE)
		problem(im, O_START, "is verplicht");
	if (cid && start != CDATE_NONE) {
		snprintf(key, sizeof key, "O%lld|%d", (long long)cid, (int)start);
		if (row_key(im, O_START, "deze on-holdperiode (klant en startdatum)", key) == 0 &&
		    !is_new && (found = oh_find(im, cid, start, &o)) < 0) {
			problems_from(im, &e, NULL);
			goto out;
		}
	}
	old = o;
	o.client_id = cid;
	o.start = start;
	get_date(im, O_EINDE, &o.einde);
	get_vocab(im, O_REDEN, VOCAB_REDEN_ON_HOLD, &o.reden);
	if (im->bad) {
		REVALIDATE(im, validate_onhold, &o);
		goto out;
	}
	equal = found && o.einde == old.einde && o.reden == old.reden;
	rc = found && equal ? CASUS_OK : store_onhold_save(im->db, &o, &e);
	count_save(im, IMPORT_ONHOLD, found, equal, rc, &e);
out:
	valerr_free(&e);
	onhold_clear(&o);
}

/* --- uitval/einde ----------------------------------------------------------------- */

static int af_find(imp *im, int64_t cid, afsluiting *out)
{
	return found_rc(store_afsluiting_find(im->db, cid, out));
}

static void row_afsluitingen(imp *im)
{
	int is_new = 0, found = 0, rc, equal, soort = 0;
	int64_t cid = row_client(im, &is_new);
	cdate datum = CDATE_NONE;
	afsluiting a, old;
	valerr e = VALERR_INIT;
	char key[64];

	afsluiting_init(&a);
	afsluiting_init(&old);
	if (get_vocab(im, U_SOORT, VOCAB_AFSLUITING, &soort) == 0)
		get_vocab(im, U_REDEN, soort == AFSLUITING_UITVAL ? VOCAB_REDEN_UITVAL : VOCAB_REDEN_EINDE,
			  &a.reden);
	if (get_date(im, U_DATUM, &datum) == 0 && datum == CDATE_NONE)
		problem(im, U_DATUM, "is verplicht");
	a.client_id = cid;
	a.soort = soort;
	a.datum = datum;
	if (cid) {
		snprintf(key, sizeof key, "U%lld", (long long)cid);
		if (row_key(im, F_KLANTNUMMER, "uitval of einde van deze klant", key) == 0 &&
		    !is_new && (found = af_find(im, cid, &old)) < 0) {
			problems_from(im, &e, NULL);
			goto out;
		}
	}
	if (im->bad) {
		if (soort > 0)
			REVALIDATE(im, validate_afsluiting, &a);
		goto out;
	}
	if (found && old.soort != soort)
		found = 0;     /* the store refuses the other kind with a message */
	if (found) {
		a.id = old.id;
		a.version = old.version;
	}
	equal = found && a.datum == old.datum && a.reden == old.reden;
	rc = found && equal ? CASUS_OK : store_afsluiting_save(im->db, &a, &e);
	count_save(im, IMPORT_AFSLUITINGEN, found, equal, rc, &e);
out:
	valerr_free(&e);
	afsluiting_clear(&a);
	afsluiting_clear(&old);
}

/* --- headers --------------------------------------------------------------------- */

static const char *path_base(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

/* The record type the file name suggests, or -1. */
static int type_from_name(const char *path)
{
	static const struct { const char *prefix; int type; } hints[] = {
		{ "klant", IMPORT_KLANTEN }, { "voortraject", IMPORT_VOORTRAJECTEN },
		{ "activiteit", IMPORT_ACTIVITEITEN }, { "startba", IMPORT_STARTBANEN },
		{ "onhold", IMPORT_ONHOLD }, { "on-hold", IMPORT_ONHOLD },
		{ "on_hold", IMPORT_ONHOLD }, { "on hold", IMPORT_ONHOLD },
		{ "uitval", IMPORT_AFSLUITINGEN }, { "einde", IMPORT_AFSLUITINGEN },
		{ "afsluiting", IMPORT_AFSLUITINGEN },
	};
	char *b = fold_key(path_base(path));
	int t = -1;

	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++)
		if (strncmp(b, hints[i].prefix, strlen(hints[i].prefix)) == 0) {
			t = hints[i].type;
			break;
		}
	free(b);
	return t;
}

/* Column definition of header text h for type t, or NULL. */
static const coldef *col_match(int t, const char *h)
{
	char *k = fold_key(h);
	const coldef *found = NULL;

	for (size_t i = 0; i < NCOLS && !found; i++) {
		char *a, *b;

		if (cols[i].type != t && cols[i].type >= 0)
			continue;
		a = fold_key(cols[i].name);
		b = cols[i].alias ? fold_key(cols[i].alias) : NULL;
		if (strcmp(a, k) == 0 || (b && strcmp(b, k) == 0))
			found = &cols[i];
		free(a);
		free(b);
	}
	free(k);
	return found;
}

static char *columns_of(int t)
{
	strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < NCOLS; i++)
		if (cols[i].type == t || cols[i].type < 0)
			sb_appendf(&sb, "%s%s", sb.len ? ", " : "", cols[i].name);
	return sb_take(&sb);
}

static void header_problem(imp *im, ifile *f, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void header_problem(imp *im, ifile *f, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	add_problem(im, xasprintf("%s:1: %s", f->name, msg));
	free(msg);
	f->header_ok = 0;
}

static const char *io_message(int err)
{
	switch (err) {
	case ENOENT:
		return "bestaat niet";
	case EACCES:
	case EPERM:
		return "geen toegang";
	case EISDIR:
		return "is een map";
	default:
		return strerror(err);
	}
}

/* Open f, read its header, recognise the type and map the columns. */
static void read_header(imp *im, ifile *f)
{
	size_t n;
	int rc, best = -1, best_unknown = 0, best_match = 0, tie = 0, hint;

	f->header_ok = 1;
	for (int i = 0; i < F__N; i++)
		f->col[i] = -1;
	f->fp = fopen(f->path, "rb");
	if (!f->fp) {
		add_problem(im, xasprintf("%s: kan het bestand niet openen: %s", f->name, io_message(errno)));
		f->header_ok = 0;
		return;
	}
	f->r = csv_open_file(f->fp);
	rc = csv_next(f->r);
	if (rc == CSV_EOF) {
		header_problem(im, f, "het bestand is leeg (geen kopregel)");
		f->empty = 1;
		return;
	}
	if (rc == CSV_IOERR) {
		add_problem(im, xasprintf("%s: kan het bestand niet lezen: %s", f->name, io_message(errno)));
		f->header_ok = 0;
		return;
	}
	if (rc == CSV_NOTTEXT) {
		add_problem(im, xasprintf("%s:%ld: %s", f->name, csv_line(f->r), csv_error(f->r)));
		f->header_ok = 0;
		return;
	}
	if (rc == CSV_BAD) {
		header_problem(im, f, "kopregel: %s", csv_error(f->r));
		return;
	}
	n = csv_nfields(f->r);
	f->ncol = n;
	/* unnamed columns at the end (a spreadsheet's used range wider than
	 * the header: Excel writes "a;b;;") are ignored, with their cells */
	f->nnamed = n;
	while (f->nnamed > 0 && blank_n(csv_field(f->r, f->nnamed - 1), csv_field_len(f->r, f->nnamed - 1)))
		f->nnamed--;
	f->colfid = xcalloc(n ? n : 1, sizeof *f->colfid);
	for (size_t i = 0; i < n; i++) {
		if (!csv_field_utf8(f->r, i)) {
			header_problem(im, f, "kopregel: kolom %zu bevat tekens die geen geldige UTF-8 zijn (sla het bestand op als \"CSV UTF-8\")", i + 1);
			return;
		}
	}
	/* recognise the type: fewest unknown columns, then most known ones */
	for (int t = 0; t < IMPORT__NTYPES; t++) {
		int unknown = 0, match = 0;

		for (size_t i = 0; i < n; i++) {
			const coldef *c = col_match(t, csv_field(f->r, i));

			if (!c)
				unknown += *csv_field(f->r, i) != '\0';
			else if (c->type >= 0)
				match++;
		}
		if (best < 0 || unknown < best_unknown || (unknown == best_unknown && match > best_match)) {
			best = t;
			best_unknown = unknown;
			best_match = match;
			tie = 0;
		} else if (unknown == best_unknown && match == best_match) {
			tie = 1;
		}
	}
	hint = type_from_name(f->path);
	if (tie || best_match == 0) {
		/* several types fit equally: the file name decides */
		int unknown = 0, match = 0;

		if (hint >= 0) {
			for (size_t i = 0; i < n; i++) {
				const coldef *c = col_match(hint, csv_field(f->r, i));

				if (!c)
					unknown += *csv_field(f->r, i) != '\0';
				else if (c->type >= 0)
					match++;
			}
		}
		if (hint >= 0 && unknown == best_unknown && match == best_match) {
			best = hint;
		} else {
			header_problem(im, f, "kan niet bepalen welke gegevens dit bestand bevat; "
				       "gebruik een bestandsnaam als klanten.csv, voortrajecten.csv, activiteiten.csv, "
				       "startbanen.csv, onhold.csv of uitval.csv, of voeg een kenmerkende kolom toe "
				       "(zoals Soort voortraject of Reden on hold)");
			return;
		}
	}
	f->type = best;
	for (size_t i = 0; i < n; i++)
		f->colfid[i] = F__N;
	for (size_t i = 0; i < f->nnamed; i++) {
		const char *h = csv_field(f->r, i);
		const coldef *c = col_match(best, h);

		if (!c) {
			char *allowed;

			if (blank_n(h, csv_field_len(f->r, i))) {
				header_problem(im, f, "kolom %zu heeft geen kolomnaam (lege kolommen mogen "
					       "alleen aan het eind van de kopregel staan)", i + 1);
				continue;
			}
			allowed = columns_of(best);
			header_problem(im, f, "%s: onbekende kolom voor %s; toegestaan zijn %s",
				       h, type_names[best], allowed);
			free(allowed);
			continue;
		}
		if (f->col[c->id] >= 0) {
			header_problem(im, f, "%s: kolom komt twee keer voor (kolom %d en %zu)",
				       c->name, f->col[c->id] + 1, i + 1);
			continue;
		}
		f->col[c->id] = (int)i;
		f->colfid[i] = c->id;
	}
	for (size_t i = 0; i < NCOLS; i++) {
		if ((cols[i].type == best || cols[i].type < 0) && cols[i].required && f->col[cols[i].id] < 0)
			header_problem(im, f, "%s: verplichte kolom ontbreekt (in een bestand met %s)",
				       cols[i].name, type_names[best]);
	}
}

/* --- the run ------------------------------------------------------------------------- */

/* A klanten row that could not be read as a whole (cut off, or broken for
 * the reader): its client counts as failed, so that the rows of the other
 * files that refer to it are not reported again. */
static void row_failed(imp *im)
{
	ifile *f = im->f;
	int c = f->col[F_KLANTNUMMER], err = 0;
	const char *s;
	size_t len;
	char *kn;
	hent *h;

	if (f->type != IMPORT_KLANTEN || c < 0 || (size_t)c >= csv_nfields(f->r) ||
	    !csv_field_utf8(f->r, (size_t)c))
		return;
	s = csv_field(f->r, (size_t)c);
	len = csv_field_len(f->r, (size_t)c);
	while (len && strchr(" \t\r\n", *s))
		s++, len--;
	while (len && strchr(" \t\r\n", s[len - 1]))
		len--;
	kn = xstrndup(s, len);
	if (*kn && utf8_chars(kn) <= KLANTNUMMER_MAX &&
	    (client_lookup(im, kn, &err) || !err) &&
	    (h = hmap_find(&im->clients, kn, 0)) != NULL) {
		h->flags = (h->flags & ~CL_MISSING) | CL_FAILED;
		if (h->file < 0) {
			h->file = (int)(f - im->files);
			h->line = csv_line(f->r);
		}
	}
	free(kn);
}

static void process_file(imp *im, ifile *f)
{
	int rc;
	static void (*const handlers[IMPORT__NTYPES])(imp *) = {
		row_klanten, row_voortrajecten, row_activiteiten, row_startbanen, row_onhold,
		row_afsluitingen
	};
	import_file_info *info = &im->res->files[f->order];

	im->f = f;
	while ((rc = csv_next(f->r)) == CSV_RECORD || rc == CSV_BAD) {
		if (csv_record_blank(f->r) && rc == CSV_RECORD)
			continue;
		info->rows++;
		im->bad = 0;
		memset(im->reported, 0, sizeof im->reported);
		if (rc == CSV_BAD) {
			size_t c = csv_error_field(f->r);
			fid id = c < f->ncol ? f->colfid[c] : F__N;

			add_problem(im, xasprintf("%s:%ld: %s: %s", f->name, csv_field_line(f->r, c),
						  id < F__N ? fid_name(id) : "Regel", csv_error(f->r)));
			row_failed(im);
			continue;
		}
		if (row_load(im) != 0) {
			row_failed(im);
			continue;
		}
		handlers[f->type](im);
		if (db_tx_lost(im->db))
			return;         /* SQLite rolled everything back: stop */
	}
	if (rc == CSV_IOERR)
		add_problem(im, xasprintf("%s: kan het bestand niet lezen: %s", f->name, io_message(errno)));
}

static int cmp_files(const void *a, const void *b)
{
	const ifile *x = a, *y = b;

	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

int import_run(casus_db *db, const char *const *paths, size_t npaths, int check_only,
	       import_result *res)
{
	imp im;
	db_bulk bulk;
	int rc = CASUS_OK, header_ok = 1;

	memset(res, 0, sizeof *res);
	memset(&im, 0, sizeof im);
	im.db = db;
	im.res = res;
	im.today = cdate_today();
	im.nfiles = npaths;
	im.files = xcalloc(npaths ? npaths : 1, sizeof *im.files);
	res->files = xcalloc(npaths ? npaths : 1, sizeof *res->files);
	res->nfiles = npaths;
	for (size_t i = 0; i < npaths; i++) {
		ifile *f = &im.files[i];

		f->path = paths[i];
		f->name = paths[i];
		f->type = -1;
		f->order = i;
		read_header(&im, f);
		header_ok &= f->header_ok;
		res->files[i].path = xstrdup(paths[i]);
		res->files[i].type = f->type;
		if (f->type >= 0)
			res->present[f->type] = 1;
	}
	if (!header_ok) {
		rc = CASUS_INVALID;
		goto out;
	}
	/* process in type order; keep files[] indexes valid for messages */
	qsort(im.files, npaths, sizeof *im.files, cmp_files);
	/* one transaction for everything, in bulk mode (db_int.h): nested
	 * saves need no savepoints (a failed one poisons the transaction, and
	 * any problem rolls it all back); its PRAGMAs are restored at the end */
	if ((rc = db_bulk_begin(db, &bulk, 65536, 0)) != CASUS_OK)
		goto out;
	if ((rc = load_consultants(&im)) != CASUS_OK || (rc = load_employers(&im)) != CASUS_OK) {
		db_bulk_end(db, &bulk, 0);
		goto out;
	}
	for (size_t i = 0; i < npaths && !db_tx_lost(db); i++)
		process_file(&im, &im.files[i]);
	if (db_tx_lost(db)) {
		/* the disk filled up (or another failure made SQLite roll the
		 * transaction back): that is the result, not the rows it failed */
		rc = db_bulk_end(db, &bulk, 1);
	} else if (res->nproblems > 0 || check_only) {
		db_bulk_end(db, &bulk, 0);
		rc = res->nproblems > 0 ? CASUS_INVALID : CASUS_OK;
	} else {
		rc = db_bulk_end(db, &bulk, 1);
		res->written = rc == CASUS_OK;
	}
out:
	for (size_t i = 0; i < npaths; i++) {
		csv_close(im.files[i].r);
		if (im.files[i].fp)
			fclose(im.files[i].fp);
		free(im.files[i].colfid);
	}
	free(im.files);
	hmap_free(&im.clients);
	hmap_free(&im.keys);
	hmap_free(&im.consultants);
	hmap_free(&im.employers);
	for (size_t i = 0; i < im.nemps; i++)
		free(im.emps[i].naam);
	free(im.emps);
	sb_free(&im.vals);
	free(im.voff);
	return rc;
}

void import_result_free(import_result *res)
{
	for (size_t i = 0; i < res->nkept; i++)
		free(res->problems[i]);
	free(res->problems);
	for (size_t i = 0; i < res->nnew_consultants; i++)
		free(res->new_consultants[i]);
	free(res->new_consultants);
	for (size_t i = 0; i < res->nfiles; i++)
		free(res->files[i].path);
	free(res->files);
	memset(res, 0, sizeof *res);
}
