/* import_startbaan.c - the rows of a startbanen file and their employers.
 *
 * A row names its employer (Werkgever) and may carry the employer's
 * attributes: the codes of the employer's description (Sector, Omvang
 * vestiging, ...).  An employer is found by its name (case and blanks
 * ignored) or created; see docs/architecture.md: a known value is never cleared,
 * and two rows of one import must not disagree. */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "import_int.h"
#include "store.h"
#include "vocab.h"

#define KEY_MAX 80            /* bytes of a startbaan's key */
#define EMPS_FIRST_CAP 64     /* employers kept before the first growth */

/* The employer attributes of a startbanen file, in column order: *n of
 * them (at most EMP_NATTR). */
static const rec_field *const *emp_attr_fields(size_t *n)
{
	static const rec_field *attrs[EMP_NATTR];
	static size_t nattrs;

	if (nattrs == 0) {
		size_t ncols;
		const icol_id *cols = imp_sheet_columns(IMPORT_STARTBANEN, &ncols);

		for (size_t i = 0; i < ncols; i++) {
			const rec_field *f = imp_icol_field(cols[i]);

			if (f && f->rec == REC_EMPLOYER) {
				assert(nattrs < EMP_NATTR && f->kind == FK_CODE);
				attrs[nattrs++] = f;
			}
		}
	}
	*n = nattrs;
	return attrs;
}

/* A new entry of im->emps for employer r, its attributes as r has them. */
static emp *emp_add(imp *im, const employer *r)
{
	size_t nattr;
	const rec_field *const *attr = emp_attr_fields(&nattr);
	emp *w;

	if (im->nemps == im->capemps) {
		im->capemps = im->capemps ? im->capemps * 2 : EMPS_FIRST_CAP;
		im->emps = xrealloc(im->emps, im->capemps * sizeof *im->emps);
	}
	w = &im->emps[im->nemps++];
	memset(w, 0, sizeof *w);
	w->id = r->id;
	w->version = r->version;
	w->naam = xstrdup(r->naam);
	for (size_t i = 0; i < nattr; i++) {
		w->attr[i] = (int)rec_get_int(attr[i], r);
		w->set_file[i] = -1;
	}
	return w;
}

int imp_load_employers(imp *im)
{
	employer *list = NULL;
	size_t n = 0;
	int rc = store_employer_list(im->db, &list, &n);

	for (size_t i = 0; i < n; i++) {
		if (rc == CASUS_OK) {
			char *k = imp_fold_key(list[i].naam ? list[i].naam : "");
			hent *h = strmap_put(&im->employers, k, NULL);

			if (!h->id) {
				emp_add(im, &list[i]);
				h->id = (int64_t)im->nemps;
			}
			free(k);
		}
		employer_clear(&list[i]);
	}
	free(list);
	return rc;
}

/* "Sector, Omvang vestiging of Ervaring met statushouders" (caller frees). */
static char *emp_attr_labels(void)
{
	size_t n;
	const rec_field *const *attr = emp_attr_fields(&n);
	strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < n; i++)
		sb_appendf(&sb, "%s%s", i == 0 ? "" : i + 1 == n ? " of " : ", ", attr[i]->label);
	return sb_take(&sb);
}

/* Save the employer of w with the attributes this import gave it. */
static int emp_save_attributes(imp *im, const emp *w)
{
	size_t nattr;
	const rec_field *const *attr = emp_attr_fields(&nattr);
	employer r;
	valerr e = VALERR_INIT;
	int rc = 0;

	if (store_employer_by_name(im->db, w->naam, &r) != CASUS_OK) {
		imp_problems_from(im, &e, NULL);
		return -1;
	}
	for (size_t i = 0; i < nattr; i++)
		rec_set_int(attr[i], &r, w->attr[i]);
	if (store_employer_save(im->db, &r, &e) != CASUS_OK) {
		imp_problems_from(im, &e, NULL);
		rc = -1;
	} else {
		im->res->employers_changed++;
	}
	valerr_free(&e);
	employer_clear(&r);
	return rc;
}

/* A new employer naam with the attributes val of the current row.
 * Returns its id, -1 on a problem. */
static int64_t emp_create(imp *im, hent *h, const char *naam, const int *val)
{
	size_t nattr;
	const rec_field *const *attr = emp_attr_fields(&nattr);
	int fileno = (int)(im->f - im->files);
	employer r;
	valerr e = VALERR_INIT;
	emp *w;

	employer_init(&r);
	rec_set_str(record_field(FLD_WG_NAAM), &r, naam);
	for (size_t i = 0; i < nattr; i++)
		rec_set_int(attr[i], &r, val[i]);
	if (store_employer_save(im->db, &r, &e) != CASUS_OK) {
		imp_problems_from(im, &e, NULL);
		valerr_free(&e);
		employer_clear(&r);
		return -1;
	}
	im->res->employers_added++;
	w = emp_add(im, &r);
	for (size_t i = 0; i < nattr; i++) {
		w->set_file[i] = val[i] ? fileno : -1;
		w->set_line[i] = imp_row_line(im, (icol_id)attr[i]->id);
	}
	h->id = (int64_t)im->nemps;
	employer_clear(&r);
	return w->id;
}

/* Merge the attributes val of the current row into the known employer w:
 * a value fills an unknown one; a value another row of this import gave
 * differently is a problem.  Returns -1 on a problem. */
static int emp_merge(imp *im, emp *w, const int *val)
{
	size_t nattr;
	const rec_field *const *attr = emp_attr_fields(&nattr);
	int fileno = (int)(im->f - im->files), bad = 0, change = 0;

	for (size_t i = 0; i < nattr; i++) {
		icol_id c = (icol_id)attr[i]->id;
		vocab_id voc = (vocab_id)attr[i]->voc;

		if (!val[i] || val[i] == w->attr[i])
			continue;
		if (w->set_file[i] >= 0) {
			imp_problem(im, c, "'%s' voor werkgever %s verschilt van '%s' in %s op regel %ld",
				vocab_label(voc, val[i]), w->naam, vocab_label(voc, w->attr[i]),
				im->files[w->set_file[i]].name, w->set_line[i]);
			bad = 1;
			continue;
		}
		w->attr[i] = val[i];
		w->set_file[i] = fileno;
		w->set_line[i] = imp_row_line(im, c);
		change = 1;
	}
	if (bad)
		return -1;
	for (size_t i = 0; i < nattr; i++) {
		if (val[i] && w->set_file[i] < 0) {
			/* remember where this import confirmed the value */
			w->set_file[i] = fileno;
			w->set_line[i] = imp_row_line(im, (icol_id)attr[i]->id);
		}
	}
	return change ? emp_save_attributes(im, w) : 0;
}

/* Find or create the employer of the current row and apply its attributes.
 * Returns the employer id, 0 for none, -1 on a problem. */
static int64_t row_employer(imp *im)
{
	size_t nattr;
	const rec_field *const *attr = emp_attr_fields(&nattr);
	const char *naam = imp_has(im, ICOL_WERKGEVER) ? imp_cell(im, ICOL_WERKGEVER) : "";
	int val[EMP_NATTR] = { 0 }, bad = 0, any = 0;
	char *k;
	hent *h;

	for (size_t i = 0; i < nattr; i++) {
		if (imp_get_vocab(im, (icol_id)attr[i]->id, (vocab_id)attr[i]->voc, &val[i]) != 0)
			bad = 1;
		any |= val[i] != 0;
	}
	if (!*naam) {
		if (any) {
			char *labels = emp_attr_labels();

			imp_problem(im, ICOL_WERKGEVER, "is verplicht wanneer %s is ingevuld", labels);
			free(labels);
			return -1;
		}
		return bad ? -1 : 0;
	}
	if (imp_utf8_chars(naam) > TEXT_MAX) {
		imp_problem(im, ICOL_WERKGEVER, "is te lang (hoogstens %d tekens)", TEXT_MAX);
		return -1;
	}
	if (bad)
		return -1;
	k = imp_fold_key(naam);
	h = strmap_put(&im->employers, k, NULL);
	free(k);
	if (!h->id)
		return emp_create(im, h, naam, val);
	assert(h->id >= 1 && (size_t)h->id <= im->nemps);
	return emp_merge(im, &im->emps[h->id - 1], val) == 0 ? im->emps[h->id - 1].id : -1;
}

void imp_row_startbanen(imp *im)
{
	static const icol_id own[] = { FLD_SB_START };
	int is_new = 0, found = 0, rc, equal;
	int64_t cid = imp_row_client(im, &is_new), wid;
	cdate start = CDATE_NONE;
	startbaan s, old;
	valerr e = VALERR_INIT;
	char key[KEY_MAX];

	startbaan_init(&s);
	startbaan_init(&old);
	if (imp_get_date(im, FLD_SB_START, &start) == 0 && start == CDATE_NONE)
		imp_problem(im, FLD_SB_START, "is verplicht");
	wid = row_employer(im);
	if (cid && start != CDATE_NONE) {
		snprintf(key, sizeof key, "S%lld|%d", (long long)cid, (int)start);
		if (imp_row_key(im, FLD_SB_START, "deze startbaan (klant en startdatum)", key) == 0 &&
		    !is_new && (found = imp_found_rc(store_startbaan_find(im->db, cid, start, &s))) < 0) {
			imp_problems_from(im, &e, NULL);
			goto out;
		}
	}
	imp_fields_copy(REC_STARTBAAN, &old, &s);
	s.client_id = cid;
	s.start = start;
	if (imp_has(im, ICOL_WERKGEVER) && wid >= 0)
		rec_set_int(record_field(FLD_SB_WERKGEVER), &s, wid);
	imp_cells_to_record(im, REC_STARTBAAN, &s, own, 1);
	if (found)
		imp_keep_closed(im, cid, old.einde, &s.einde);
	if (im->bad || wid < 0) {
		imp_problems_revalidate(im, REC_STARTBAAN, &s);
		goto out;
	}
	equal = found && imp_fields_same(REC_STARTBAAN, &s, &old);
	rc = found && equal ? CASUS_OK : store_startbaan_save(im->db, &s, &e);
	imp_count_save(im, IMPORT_STARTBANEN, found, equal, rc, &e);
out:
	valerr_free(&e);
	startbaan_clear(&s);
	startbaan_clear(&old);
}
