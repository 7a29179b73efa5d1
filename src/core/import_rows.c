/* import_rows.c - the rows of the klanten, voortrajecten, activiteiten, on
 * hold and uitval/einde files: find the client, key the record, find the
 * existing one, fill in the cells (by the record's description, see
 * imp_cells_to_record) and insert, update or leave it through the store.  The
 * rules that are the import's own (keys, the birth year, the consultant by
 * name, the voortraject of an activity) are here, named after what they do. */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "import_int.h"
#include "store.h"
#include "usecase.h"
#include "usecase_int.h"
#include "vocab.h"


#define KEY_MAX 80            /* bytes of a dated record's key */

int imp_found_rc(int rc)
{
	return rc == CASUS_OK ? 1 : rc == CASUS_NOTFOUND ? 0 : -1;
}

static int klantnummer_max(void)
{
	return record_field(FLD_KL_NUMMER)->max;
}

/* --- clients ----------------------------------------------------------------- */

/* The client of klantnummer kn: its entry in the map (looked up in the
 * database the first time).  Returns NULL when it does not exist. */
static hent *client_lookup(imp *im, const char *kn, int *err)
{
	hent *h = strmap_get(&im->clients, kn);
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
	h = strmap_put(&im->clients, kn, NULL);
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

/* A login made from a name: "Sanne de Vries" -> "sanne.de.vries", unique
 * among the known consultants. */
static char *consultant_login(imp *im, const char *naam)
{
	strbuf sb = STRBUF_INIT;
	char *base, *login;
	int dot = 0;

	for (const char *s = naam; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + ('a' - 'A'));
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
			if (dot && sb.len)
				sb_appendc(&sb, '.');
			dot = 0;
			sb_appendc(&sb, (char)c);
		} else if (c < 0x80) {
			dot = 1;
		}
	}
	base = sb.len ? sb_take(&sb) : xstrdup("consulent");
	sb_free(&sb);
	login = xstrdup(base);
	for (int i = 2; strmap_get(&im->consultants, login); i++) {
		free(login);
		login = xasprintf("%s%d", base, i);
	}
	free(base);
	return login;
}

static void consultant_remember(imp *im, const consultant *k)
{
	char *a = imp_fold_key(k->login ? k->login : ""), *b = imp_fold_key(k->naam ? k->naam : "");
	hent *h;

	im->cnames = xrealloc(im->cnames, (im->ncnames + 1) * sizeof *im->cnames);
	im->ckeys = xrealloc(im->ckeys, (im->ncnames + 1) * sizeof *im->ckeys);
	im->cnames[im->ncnames] = xasprintf("%s (%s)", k->naam ? k->naam : "", k->login ? k->login : "");
	im->ckeys[im->ncnames++] = xstrdup(b);

	if (*a && (h = strmap_put(&im->consultants, a, NULL)) && !h->id)
		h->id = k->id;
	if (*b && (h = strmap_put(&im->consultants, b, NULL)) && !h->id)
		h->id = k->id;
	free(a);
	free(b);
}

/* The edit distance of a and b (bytes), counted up to max + 1. */
static size_t edit_distance(const char *a, const char *b, size_t max)
{
	size_t la = strlen(a), lb = strlen(b), *row, best = 0;

	if ((la > lb ? la - lb : lb - la) > max)
		return max + 1;
	row = xcalloc(lb + 1, sizeof *row);
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		best = row[0];
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j], v = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > max)
			break;
	}
	best = best > max ? max + 1 : row[lb];
	free(row);
	return best;
}

/* A known consultant whose name is within a typo or two of key (folded),
 * as "Naam (login)", or NULL. */
static const char *consultant_like(imp *im, const char *key)
{
	size_t max = strlen(key) >= 12 ? 2 : 1;

	for (size_t i = 0; i < im->ncnames; i++)
		if (*im->ckeys[i] && edit_distance(key, im->ckeys[i], max) <= max)
			return im->cnames[i];
	return NULL;
}

/* The line of import_result.new_consultants for k, created from the
 * current row. */
static char *consultant_created_line(imp *im, const consultant *k, const char *like)
{
	return xasprintf("%s (inlognaam %s), %s regel %ld%s%s", k->naam, k->login, im->f->name,
			 imp_row_line(im, ICOL_CONSULENT), like ? "; lijkt op " : "", like ? like : "");
}

/* Consultant by login or name (case-insensitive); created when unknown
 * (and listed, with a known one it resembles).  Returns the id, 0 on a
 * problem. */
static int64_t consultant_resolve(imp *im, const char *text)
{
	char *key = imp_fold_key(text);
	hent *h = strmap_get(&im->consultants, key);
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
		char *line = consultant_created_line(im, &k, consultant_like(im, key));

		id = k.id;
		consultant_remember(im, &k);
		im->res->new_consultants = xrealloc(im->res->new_consultants,
			(im->res->nnew_consultants + 1) * sizeof *im->res->new_consultants);
		im->res->new_consultants[im->res->nnew_consultants++] = line;
	} else {
		imp_problems_from(im, &e, NULL);
	}
	valerr_free(&e);
	consultant_clear(&k);
	free(key);
	return id;
}

int imp_load_consultants(imp *im)
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

/* Geboortejaar: the cell when given, else the year of the geboortedatum;
 * an emptied cell, or a geboortedatum emptied, clears it. */
static int client_birth_year(imp *im, client *c, cdate oldgd)
{
	int jaar = -2, bad = 0;   /* -2: no column, -1: empty cell */

	if (imp_has(im, FLD_KL_GEBJAAR) && imp_get_int(im, FLD_KL_GEBJAAR, 0, YEAR_CELL_MAX, &jaar) != 0)
		bad = -1;
	if (jaar >= 0)
		c->geboortejaar = jaar;
	else if (c->geboortedatum != CDATE_NONE)
		c->geboortejaar = cdate_year(c->geboortedatum);
	else if (jaar == -1 || oldgd != CDATE_NONE)
		c->geboortejaar = 0;
	return bad;
}

/* The Consulent cell: the consultant (by login or name, created when
 * unknown) into *consultant_id; 0 when the cell is absent or empty. */
static int client_consultant(imp *im, int64_t *consultant_id)
{
	const char *s = imp_cell(im, ICOL_CONSULENT);

	if (!s || !*s)
		return 0;
	if (imp_utf8_chars(s) > TEXT_MAX) {
		imp_problem(im, ICOL_CONSULENT, "is te lang (hoogstens %d tekens)", TEXT_MAX);
		return -1;
	}
	*consultant_id = consultant_resolve(im, s);
	return *consultant_id ? 0 : -1;
}

/* "Voortraject nodig": Nee sets the described "Voortraject niet nodig";
 * Ja or empty clears it. */
static int client_voortraject_nodig(imp *im, client *c)
{
	const rec_field *f = record_field(FLD_KL_VT_NIET);
	const char *s = imp_cell(im, ICOL_VT_NODIG);
	int code;

	if (!s)
		return 0;
	if (vocab_lookup(VOCAB_JANEE, s, &code) != 0) {
		imp_problem(im, ICOL_VT_NODIG, "onbekende waarde '%s'; kies uit Ja, Nee", s);
		return -1;
	}
	rec_set_int(f, c, code == JANEE_NEE);
	return 0;
}

/* Apply the cells of the current row to c.  Returns -1 on a problem. */
static int client_apply(imp *im, client *c, int64_t *consultant_id)
{
	static const icol_id own[] = { FLD_KL_GEBJAAR };
	cdate oldgd = c->geboortedatum;
	int bad = imp_cells_to_record(im, REC_CLIENT, c, own, sizeof own / sizeof own[0]);

	bad |= client_birth_year(im, c, oldgd);
	bad |= client_consultant(im, consultant_id);
	bad |= client_voortraject_nodig(im, c);
	return bad ? -1 : 0;
}

/* Save an applied klanten row: insert a new client, or update a changed
 * one (and hand it over when the Consulent changed). */
static void client_save(imp *im, hent *h, client *cur, const client *old, int64_t consultant_id)
{
	import_counts *cnt = &im->res->n[IMPORT_KLANTEN];
	valerr e = VALERR_INIT;
	int rc = CASUS_OK, same = imp_fields_same(REC_CLIENT, cur, old);
	int moved = consultant_id && consultant_id != old->regiehouder_id;

	if (cur->id == 0) {
		cur->regiehouder_id = consultant_id;
		rc = store_client_save(im->db, cur, &e);
		if (rc == CASUS_OK) {
			h->id = cur->id;
			cnt->added++;
		}
	} else if (same && !moved) {
		cnt->unchanged++;
	} else {
		if (!same)
			rc = store_client_save(im->db, cur, &e);
		if (rc == CASUS_OK && moved) {
			char *reden = xasprintf("Import %s", im->f->name);

			rc = store_handover(im->db, cur->id, consultant_id, im->today, reden, &e);
			free(reden);
		}
		if (rc == CASUS_OK)
			cnt->changed++;
	}
	if (rc != CASUS_OK) {
		h->flags |= CL_FAILED;
		imp_problems_from(im, &e, NULL);
	}
	valerr_free(&e);
}

/* The klantnummer of a klanten row: its map entry (new clients get one),
 * NULL on a imp_problem(reported). */
static hent *client_of_row(imp *im, const char *kn)
{
	valerr e = VALERR_INIT;
	int err = 0;
	hent *h;

	if (!*kn) {
		imp_problem(im, ICOL_KLANTNUMMER, "is verplicht");
		return NULL;
	}
	if (imp_utf8_chars(kn) > (size_t)klantnummer_max()) {
		imp_problem(im, ICOL_KLANTNUMMER, "is te lang (hoogstens %d tekens)", klantnummer_max());
		return NULL;
	}
	h = client_lookup(im, kn, &err);
	if (err) {
		imp_problems_from(im, &e, NULL);
		return NULL;
	}
	if (h && h->file >= 0) {
		imp_problem(im, ICOL_KLANTNUMMER, "%s komt al voor in %s op regel %ld", kn,
			im->files[h->file].name, h->line);
		return NULL;
	}
	return h ? h : strmap_put(&im->clients, kn, NULL);
}

void imp_row_klanten(imp *im)
{
	const char *kn = imp_cell(im, ICOL_KLANTNUMMER);
	hent *h = client_of_row(im, kn);
	client cur, old;
	int64_t consultant_id = 0;
	valerr e = VALERR_INIT;

	if (!h)
		return;
	client_init(&cur);
	client_init(&old);
	if (h->id) {
		if (store_client_get(im->db, h->id, &cur) != CASUS_OK ||
		    store_client_get(im->db, h->id, &old) != CASUS_OK) {
			imp_problems_from(im, &e, NULL);
			goto out;
		}
	} else {
		rec_set_str(record_field(FLD_KL_NUMMER), &cur, kn);
		h->flags = CL_NEW;
	}
	h->file = (int)(im->f - im->files);
	h->line = csv_line(im->f->r);
	if (client_apply(im, &cur, &consultant_id) != 0 || im->bad) {
		h->flags |= CL_FAILED;
		imp_problems_revalidate(im, REC_CLIENT, &cur);
		goto out;
	}
	client_save(im, h, &cur, &old, consultant_id);
out:
	client_clear(&cur);
	client_clear(&old);
}

int64_t imp_row_client(imp *im, int *is_new)
{
	const char *kn = imp_cell(im, ICOL_KLANTNUMMER);
	hent *h;
	int err = 0;

	if (!*kn) {
		imp_problem(im, ICOL_KLANTNUMMER, "is verplicht");
		return 0;
	}
	h = client_lookup(im, kn, &err);
	if (err) {
		valerr e = VALERR_INIT;

		imp_problems_from(im, &e, NULL);
		return 0;
	}
	if (h && (h->flags & CL_FAILED)) {
		im->bad = 1;     /* already reported on its own row */
		return 0;
	}
	if (!h || !h->id) {
		imp_problem(im, ICOL_KLANTNUMMER, "klant %s bestaat niet (niet in de database en niet in een klantenbestand van deze import)", kn);
		return 0;
	}
	*is_new = (h->flags & CL_NEW) != 0;
	return h->id;
}

int imp_row_key(imp *im, icol_id c, const char *what, const char *key)
{
	hent *h = strmap_put(&im->keys, key, NULL);

	if (h->id) {
		imp_problem(im, c, "%s staat dubbel in de import (ook in %s op regel %ld)", what,
			im->files[h->file].name, h->line);
		return -1;
	}
	h->id = 1;
	h->file = (int)(im->f - im->files);
	h->line = csv_line(im->f->r);
	return 0;
}

void imp_count_save(imp *im, int type, int existed, int equal, int rc, valerr *e)
{
	import_counts *cnt = &im->res->n[type];

	if (rc != CASUS_OK) {
		imp_problems_from(im, e, NULL);
		return;
	}
	if (!existed)
		cnt->added++;
	else if (equal)
		cnt->unchanged++;
	else
		cnt->changed++;
}

/* A required date cell: *out, or a problem when it is empty. */
static void required_date(imp *im, icol_id c, cdate *out)
{
	if (imp_get_date(im, c, out) == 0 && *out == CDATE_NONE)
		imp_problem(im, c, "is verplicht");
}

/* --- voortrajecten ------------------------------------------------------------ */

void imp_row_voortrajecten(imp *im)
{
	static const icol_id own[] = { FLD_VT_START };
	int is_new = 0, found = 0, rc, equal, ok = 0;
	int64_t cid = imp_row_client(im, &is_new);
	cdate start = CDATE_NONE;
	voortraject v, old;
	valerr e = VALERR_INIT;
	char key[KEY_MAX];

	voortraject_init(&v);
	voortraject_init(&old);
	required_date(im, FLD_VT_START, &start);
	if (cid && start != CDATE_NONE) {
		snprintf(key, sizeof key, "V%lld|%d", (long long)cid, (int)start);
		if (imp_row_key(im, FLD_VT_START, "dit voortraject (klant en startdatum)", key) == 0 && !is_new &&
		    (found = imp_found_rc(store_voortraject_find(im->db, cid, start, &v))) < 0) {
			imp_problems_from(im, &e, NULL);
			goto out;
		}
	}
	imp_fields_copy(REC_VOORTRAJECT, &old, &v);
	v.client_id = cid;
	v.start = start;
	imp_cells_to_record(im, REC_VOORTRAJECT, &v, own, 1);
	if (found)
		imp_keep_closed(im, cid, old.einde, &v.einde);
	if (im->bad) {
		imp_problems_revalidate(im, REC_VOORTRAJECT, &v);
		goto out;
	}
	equal = found && imp_fields_same(REC_VOORTRAJECT, &v, &old);
	rc = found && equal ? CASUS_OK : store_voortraject_save(im->db, &v, &e);
	imp_count_save(im, IMPORT_VOORTRAJECTEN, found, equal, rc, &e);
	ok = rc == CASUS_OK;
out:
	if (!ok) {
		hent *h = strmap_get(&im->clients, imp_cell(im, ICOL_KLANTNUMMER));

		if (h)
			h->flags |= CL_VT_FAILED;
	}
	valerr_free(&e);
	voortraject_clear(&v);
	voortraject_clear(&old);
}

/* --- activiteiten ------------------------------------------------------------- */

/* The voortraject of client cid for an activity starting on d: the one whose
 * period contains d (latest start first), else the latest started before d.
 * Returns its id, 0 when none, -1 on an error. */
static int64_t vt_cover(imp *im, int64_t cid, cdate d)
{
	sqlite3_stmt *st;
	int64_t id = 0;
	char day[DATE_TEXT_SIZE];
	int rc;

	if (db_stmt(im->db,
		      "SELECT id FROM voortraject WHERE client_id = ?1 AND start <= ?2 "
		      "ORDER BY (einde IS NULL OR einde >= ?2) DESC, start DESC, id DESC LIMIT 1",
		      &st) != SQLITE_OK)
		return -1;
	cdate_format_iso(d, day);
	sqlite3_bind_int64(st, 1, cid);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		id = -1;
	sqlite3_reset(st);
	return id;
}

/* The voortraject an activity of the current row belongs to (see
 * vt_cover); 0 with a problem when there is none, -1 on an error. */
static int64_t activity_voortraject(imp *im, int64_t cid, cdate start)
{
	int64_t vid = vt_cover(im, cid, start);

	if (vid == 0) {
		hent *h = strmap_get(&im->clients, imp_cell(im, ICOL_KLANTNUMMER));
		char d[DATE_TEXT_SIZE];

		cdate_format_nl(start, d);
		if (h && (h->flags & CL_VT_FAILED))
			im->bad = 1;    /* its voortraject row has the problem */
		else
			imp_problem(im, FLD_ACT_START, "klant %s heeft geen voortraject dat op of vóór %s begint; "
				"een activiteit hoort bij een voortraject", imp_cell(im, ICOL_KLANTNUMMER), d);
	}
	return vid;
}

void imp_row_activiteiten(imp *im)
{
	static const icol_id own[] = { FLD_ACT_SOORT, FLD_ACT_START };
	int is_new = 0, found = 0, rc, equal, soort = 0;
	int64_t cid = imp_row_client(im, &is_new), vid = 0;
	cdate start = CDATE_NONE;
	activiteit a, old;
	valerr e = VALERR_INIT;
	char key[KEY_MAX];

	activiteit_init(&a);
	activiteit_init(&old);
	imp_get_vocab(im, FLD_ACT_SOORT, VOCAB_ACTIVITEIT, &soort);
	required_date(im, FLD_ACT_START, &start);
	if (cid && start != CDATE_NONE && soort > 0) {
		snprintf(key, sizeof key, "A%lld|%d|%d", (long long)cid, soort, (int)start);
		if (imp_row_key(im, FLD_ACT_START, "deze activiteit (klant, activiteit en startdatum)", key) == 0 &&
		    !is_new && (found = imp_found_rc(store_activiteit_find(im->db, cid, soort, start, &a))) < 0) {
			imp_problems_from(im, &e, NULL);
			goto out;
		}
	}
	imp_fields_copy(REC_ACTIVITEIT, &old, &a);
	a.soort = soort;
	a.start = start;
	imp_cells_to_record(im, REC_ACTIVITEIT, &a, own, sizeof own / sizeof own[0]);
	if (found)
		imp_keep_closed(im, cid, old.einde, &a.einde);
	if (cid && start != CDATE_NONE && (vid = activity_voortraject(im, cid, start)) < 0) {
		imp_problems_from(im, &e, NULL);
		goto out;
	}
	a.voortraject_id = vid;
	if (im->bad) {
		imp_problems_revalidate(im, REC_ACTIVITEIT, &a);
		goto out;
	}
	equal = found && imp_fields_same(REC_ACTIVITEIT, &a, &old);
	rc = found && equal ? CASUS_OK : store_activiteit_save(im->db, &a, &e);
	imp_count_save(im, IMPORT_ACTIVITEITEN, found, equal, rc, &e);
out:
	valerr_free(&e);
	activiteit_clear(&a);
	activiteit_clear(&old);
}

/* --- on hold ---------------------------------------------------------------------- */

void imp_row_onhold(imp *im)
{
	static const icol_id own[] = { FLD_OH_START };
	int is_new = 0, found = 0, rc, equal;
	int64_t cid = imp_row_client(im, &is_new);
	cdate start = CDATE_NONE;
	onhold o, old;
	valerr e = VALERR_INIT;
	char key[KEY_MAX];

	onhold_init(&o);
	onhold_init(&old);
	required_date(im, FLD_OH_START, &start);
	if (cid && start != CDATE_NONE) {
		snprintf(key, sizeof key, "O%lld|%d", (long long)cid, (int)start);
		if (imp_row_key(im, FLD_OH_START, "deze on-holdperiode (klant en startdatum)", key) == 0 &&
		    !is_new && (found = imp_found_rc(store_onhold_find(im->db, cid, start, &o))) < 0) {
			imp_problems_from(im, &e, NULL);
			goto out;
		}
	}
	imp_fields_copy(REC_ONHOLD, &old, &o);
	o.client_id = cid;
	o.start = start;
	imp_cells_to_record(im, REC_ONHOLD, &o, own, 1);
	if (found)
		imp_keep_closed(im, cid, old.einde, &o.einde);
	if (im->bad) {
		imp_problems_revalidate(im, REC_ONHOLD, &o);
		goto out;
	}
	equal = found && imp_fields_same(REC_ONHOLD, &o, &old);
	rc = found && equal ? CASUS_OK : store_onhold_save(im->db, &o, &e);
	imp_count_save(im, IMPORT_ONHOLD, found, equal, rc, &e);
out:
	valerr_free(&e);
	onhold_clear(&o);
	onhold_clear(&old);
}

/* --- uitval/einde ----------------------------------------------------------------- */

/* The Soort and the Reden of an uitval/einde row: the reason's vocabulary
 * depends on the kind. */
static void closing_kind_and_reason(imp *im, afsluiting *a)
{
	int soort = 0;

	if (imp_get_vocab(im, FLD_AF_SOORT, VOCAB_AFSLUITING, &soort) == 0)
		imp_get_vocab(im, FLD_AF_REDEN, soort == AFSLUITING_UITVAL ? VOCAB_REDEN_UITVAL : VOCAB_REDEN_EINDE,
			  &a->reden);
	a->soort = soort;
}

/* Uitval/einde ends what runs on its date, as in the forms (usecase.h):
 * the lines go to the result, a problem to the row. */
static void closing_ends_running(imp *im, const afsluiting *a)
{
	import_result *res = im->res;
	valerr e = VALERR_INIT;
	char **lines = NULL;
	size_t n = 0;
	int rc = usecase_afsluiting_close(im->db, a, 1, &lines, &n, &e);

	if (rc != CASUS_OK)
		imp_problems_from(im, &e, NULL);
	if (n)
		res->closed = xrealloc(res->closed, (res->nclosed + n) * sizeof *res->closed);
	for (size_t i = 0; i < n; i++)
		res->closed[res->nclosed++] = xasprintf("%s: %s", imp_cell(im, ICOL_KLANTNUMMER), lines[i]);
	usecase_lines_free(lines, n);
	valerr_free(&e);
}

void imp_keep_closed(imp *im, int64_t cid, cdate old_einde, cdate *einde)
{
	afsluiting a;

	if (old_einde == CDATE_NONE || (*einde != CDATE_NONE && *einde <= old_einde))
		return;
	afsluiting_init(&a);
	if (store_afsluiting_find(im->db, cid, &a) == CASUS_OK && a.datum == old_einde)
		*einde = old_einde;
	afsluiting_clear(&a);
}

void imp_row_afsluitingen(imp *im)
{
	int is_new = 0, found = 0, rc, equal;
	int64_t cid = imp_row_client(im, &is_new);
	afsluiting a, old;
	valerr e = VALERR_INIT;
	char key[KEY_MAX];

	afsluiting_init(&a);
	afsluiting_init(&old);
	closing_kind_and_reason(im, &a);
	required_date(im, FLD_AF_DATUM, &a.datum);
	a.client_id = cid;
	if (cid) {
		snprintf(key, sizeof key, "U%lld", (long long)cid);
		if (imp_row_key(im, ICOL_KLANTNUMMER, "uitval of einde van deze klant", key) == 0 &&
		    !is_new && (found = imp_found_rc(store_afsluiting_find(im->db, cid, &old))) < 0) {
			imp_problems_from(im, &e, NULL);
			goto out;
		}
	}
	if (im->bad) {
		if (a.soort > 0)
			imp_problems_revalidate(im, REC_AFSLUITING, &a);
		goto out;
	}
	if (found && old.soort != a.soort)
		found = 0;     /* the store refuses the other kind with a message */
	if (found) {
		a.id = old.id;
		a.version = old.version;
	}
	equal = found && imp_fields_same(REC_AFSLUITING, &a, &old);
	rc = found && equal ? CASUS_OK : store_afsluiting_save(im->db, &a, &e);
	imp_count_save(im, IMPORT_AFSLUITINGEN, found, equal, rc, &e);
	if (rc == CASUS_OK)
		closing_ends_running(im, &a);
out:
	valerr_free(&e);
	afsluiting_clear(&a);
	afsluiting_clear(&old);
}

/* --- rows that cannot be read ----------------------------------------------------- */

/* A klanten row that could not be read as a whole (cut off, or broken for
 * the reader): its client counts as failed, so that the rows of the other
 * files that refer to it are not reported again. */
void imp_row_failed(imp *im)
{
	ifile *f = im->f;
	int c = f->col[ICOL_KLANTNUMMER], err = 0;
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
	if (*kn && imp_utf8_chars(kn) <= (size_t)klantnummer_max() &&
	    (client_lookup(im, kn, &err) || !err) &&
	    (h = strmap_get(&im->clients, kn)) != NULL) {
		h->flags = (h->flags & ~CL_MISSING) | CL_FAILED;
		if (h->file < 0) {
			h->file = (int)(f - im->files);
			h->line = csv_line(f->r);
		}
	}
	free(kn);
}
