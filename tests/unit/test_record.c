/* test_record.c - the wiring of the record descriptions (record.h).
 *
 * Walks every field of every description and hands it to each consumer of
 * the descriptions, one function per consumer.  The store's consumer
 * writes a value of the field's kind into a valid record, saves it, reads
 * it back and checks the value and the audit JSON.  The import, form and
 * card consumers are added to CONSUMERS by their modules. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dbcount.h"
#include "../../src/core/db_int.h"  /* the tests look inside the connection */
#include "record.h"
#include "store.h"
#include "util.h"
#include "validate.h"
#include "vocab.h"

/* The rows a record of each type needs around it. */
typedef struct fixture {
	casus_db *db;
	int64_t consultant_id, consultant2_id, employer_id;
	int serial;              /* for unique klantnummers and names */
} fixture;

/* --- descriptions -------------------------------------------------------- */

static void test_descriptions(void)
{
	int ids_in_order = 1, cols_found = 1, labels_found = 1, all = 0;

	for (int r = 0; r < REC_COUNT; r++) {
		const rec_desc *d = record_desc((rec_type)r);

		for (size_t i = 0; i < d->nfields; i++) {
			const rec_field *f = &d->fields[i];

			all++;
			ids_in_order &= record_field(f->id) == f && f->rec == (rec_type)r;
			cols_found &= record_field_by_col((rec_type)r, f->col) == f;
			/* labels are unique within a record, except a record's
			 * link to its client, never typed */
			labels_found &= record_field_by_label((rec_type)r, f->label) == f;
			if (f->kind == FK_CODE && f->voc != NOVOC)
				cols_found &= vocab_get((vocab_id)f->voc) != NULL;
		}
		CHECK(record_desc_by_table(d->table) == d, d->table);
	}
	CHECK_INT(all, FLD_COUNT - 1, "every field id belongs to one description");
	CHECK(ids_in_order, "record_field(id) is the field with that id");
	CHECK(cols_found, "record_field_by_col finds every column");
	CHECK(labels_found, "record_field_by_label finds every label");
	CHECK(record_field_by_label(REC_STARTBAAN, "  uren PER  week ") ==
	      record_field(FLD_SB_UREN), "labels: case and blanks do not count");
	CHECK(record_field_by_label(REC_CLIENT, "e-mail") == record_field(FLD_KL_EMAIL),
	      "labels: E-mail");
	CHECK(record_field(FLD_NONE) == NULL, "FLD_NONE is no field");
}

/* --- values of a field's kind ---------------------------------------------- */

/* A code of f's vocabulary that is not Onbekend and not `avoid`. */
static int other_code(vocab_id voc, int avoid)
{
	const vocab *v = vocab_get(voc);

	for (size_t i = 0; i < v->n; i++)
		if (v->entries[i].code != VOCAB_ONBEKEND && v->entries[i].code != avoid)
			return v->entries[i].code;
	return avoid;
}

/* Put a value of f's kind into rec that differs from what it holds and
 * keeps the record valid.  Returns 0 when the field is not set by a user
 * (the link to the record's client or parent: the fixture's value is
 * checked instead). */
static int set_test_value(fixture *fx, const rec_field *f, void *rec)
{
	char buf[64];

	switch (f->kind) {
	case FK_TEXT:
		snprintf(buf, sizeof buf, "T%d %s", ++fx->serial, f->col);
		rec_set_str(f, rec, buf);
		return 1;
	case FK_NOTE:
		rec_set_str(f, rec, "eerste regel\ntweede regel");
		return 1;
	case FK_BSN:
		rec_set_str(f, rec, fx->serial++ % 2 ? "111222333" : "123456782");
		return 1;
	case FK_MOMENT:
		rec_set_str(f, rec, "2024-05-06 10:30");
		return 1;
	case FK_DATE:
		rec_set_int(f, rec, cdate_from_ymd(2024, 3, 15));
		return 1;
	case FK_YEAR:
		rec_set_int(f, rec, 1980);
		return 1;
	case FK_COUNT:
		rec_set_int(f, rec, f->max > 0 ? f->max : f->min + 2);
		return 1;
	case FK_HOURS:
		rec_set_real(f, rec, 12.5);
		return 1;
	case FK_DECIMAL:
		rec_set_real(f, rec, 7.25);
		return 1;
	case FK_CODE: {
		vocab_id voc = f->voc != NOVOC ? (vocab_id)f->voc :
			/* the reden of an uitval (the fixture's soort) */
			VOCAB_REDEN_UITVAL;
		rec_set_int(f, rec, other_code(voc, (int)rec_get_int(f, rec)));
		return 1;
	}
	case FK_FLAG:
		rec_set_int(f, rec, !rec_get_int(f, rec));
		return 1;
	case FK_REF:
		if (f->id == FLD_KL_REGIE) {
			rec_set_int(f, rec, fx->consultant_id);
			return 1;
		}
		if (f->id == FLD_SB_WERKGEVER) {
			rec_set_int(f, rec, fx->employer_id);
			return 1;
		}
		return 0;
	}
	return 0;
}

/* A new client (its id), for the records that belong to one. */
static int64_t fixture_client(fixture *fx)
{
	client c;
	char kn[32];
	int64_t id = 0;

	client_init(&c);
	snprintf(kn, sizeof kn, "KR%d", ++fx->serial);
	c.klantnummer = xstrdup(kn);
	if (store_client_save(fx->db, &c, NULL) == CASUS_OK)
		id = c.id;
	client_clear(&c);
	return id;
}

/* A valid record of type rec with its links filled in. */
static void fixture_record(fixture *fx, rec_type rec, void *r)
{
	char buf[32];

	rec_init(rec, r);
	switch (rec) {
	case REC_CONSULTANT: {
		consultant *k = r;

		snprintf(buf, sizeof buf, "k%d", ++fx->serial);
		k->naam = xstrdup(buf);
		k->login = xstrdup(buf);
		k->actief = 1;
		break;
	}
	case REC_CLIENT:
		snprintf(buf, sizeof buf, "KF%d", ++fx->serial);
		((client *)r)->klantnummer = xstrdup(buf);
		break;
	case REC_PIP:
		((pip_step *)r)->client_id = fixture_client(fx);
		((pip_step *)r)->stap = PIP_INTAKE_GESTART;
		((pip_step *)r)->datum = cdate_from_ymd(2024, 1, 10);
		break;
	case REC_VOORTRAJECT:
		((voortraject *)r)->client_id = fixture_client(fx);
		((voortraject *)r)->start = cdate_from_ymd(2024, 1, 1);
		break;
	case REC_ACTIVITEIT: {
		voortraject v;

		fixture_record(fx, REC_VOORTRAJECT, &v);
		store_voortraject_save(fx->db, &v, NULL);
		((activiteit *)r)->voortraject_id = v.id;
		((activiteit *)r)->soort = 1;
		((activiteit *)r)->start = cdate_from_ymd(2024, 1, 1);
		voortraject_clear(&v);
		break;
	}
	case REC_EMPLOYER:
		snprintf(buf, sizeof buf, "W%d", ++fx->serial);
		((employer *)r)->naam = xstrdup(buf);
		break;
	case REC_STARTBAAN:
		((startbaan *)r)->client_id = fixture_client(fx);
		((startbaan *)r)->start = cdate_from_ymd(2024, 1, 1);
		break;
	case REC_ONHOLD:
		((onhold *)r)->client_id = fixture_client(fx);
		((onhold *)r)->start = cdate_from_ymd(2024, 1, 1);
		break;
	case REC_AFSLUITING:
		((afsluiting *)r)->client_id = fixture_client(fx);
		((afsluiting *)r)->soort = AFSLUITING_UITVAL;
		((afsluiting *)r)->datum = cdate_from_ymd(2024, 6, 1);
		((afsluiting *)r)->reden = other_code(VOCAB_REDEN_UITVAL, 0);
		break;
	case REC_JOURNAL:
		((journal *)r)->client_id = fixture_client(fx);
		((journal *)r)->moment = xstrdup("2024-02-02 09:00");
		((journal *)r)->samenvatting = xstrdup("gesprek");
		break;
	case REC_HANDOVER:
		((handover *)r)->client_id = fixture_client(fx);
		((handover *)r)->naar_id = fx->consultant2_id;
		((handover *)r)->datum = cdate_from_ymd(2024, 4, 4);
		break;
	case REC_COUNT:
		break;
	}
}

/* The value of column col in the newest audit row of the record, as text
 * (NULL when the key is absent or null); *has_key says whether the key is
 * there. */
static char *audit_value(casus_db *db, const rec_desc *d, int64_t id, const char *col, int *has_key)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;

	*has_key = 0;
	if (sqlite3_prepare_v2(db->sql,
			       "SELECT j.value FROM audit a, json_each(a.nieuw) j "
			       "WHERE a.tabel = ?1 AND a.rij = ?2 AND j.key = ?3 "
			       "ORDER BY a.id DESC LIMIT 1", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, d->table, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	sqlite3_bind_text(st, 3, col, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*has_key = 1;
		if (sqlite3_column_type(st, 0) == SQLITE_FLOAT) {
			char buf[64];

			/* the JSON number as rec_get_raw writes it */
			snprintf(buf, sizeof buf, "%.2f", sqlite3_column_double(st, 0));
			for (size_t n = strlen(buf); n > 0 && (buf[n - 1] == '0' || buf[n - 1] == '.'); n--) {
				int dot = buf[n - 1] == '.';

				buf[n - 1] = '\0';
				if (dot)
					break;
			}
			v = xstrdup(buf);
		} else if (sqlite3_column_type(st, 0) != SQLITE_NULL) {
			v = xstrdup((const char *)sqlite3_column_text(st, 0));
		}
	}
	sqlite3_finalize(st);
	return v;
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Save rec (a handover through store_handover) and read it back into out;
 * returns the row id, 0 on failure. */
static int64_t save_and_read(fixture *fx, rec_type rec, void *r, void *out)
{
	valerr e = VALERR_INIT;
	int64_t id = 0;

	if (rec == REC_HANDOVER) {
		handover *h = r;
		casefile cf;

		if (store_handover(fx->db, h->client_id, h->naar_id, h->datum, h->reden, &e) == CASUS_OK &&
		    store_casefile_load(fx->db, h->client_id, &cf) == CASUS_OK) {
			if (cf.nho == 1) {
				*(handover *)out = cf.ho[0];
				memset(&cf.ho[0], 0, sizeof cf.ho[0]);
				id = ((handover *)out)->id;
			}
			casefile_free(&cf);
		}
	} else if (store_record_save(fx->db, rec, r, &e) == CASUS_OK) {
		id = *(int64_t *)((char *)r + record_desc(rec)->id_off);
		rec_init(rec, out);
		if (store_record_get(fx->db, rec, id, out) != CASUS_OK)
			id = 0;
	}
	if (e.n) {
		char *t = valerr_text(&e);
		fprintf(stderr, "# %s\n", t);
		free(t);
	}
	valerr_free(&e);
	return id;
}

/* --- consumers: one function each ------------------------------------------ */

/* The store: the value written is the value read, and the audit row of
 * the insert has the column with that value. */
static void consumer_store(fixture *fx, const rec_field *f)
{
	const rec_desc *d = record_desc(f->rec);
	void *r = xcalloc(1, d->size), *back = xcalloc(1, d->size);
	char desc[160];
	char *want, *got, *aud;
	int64_t id;
	int has_key = 0;

	fixture_record(fx, f->rec, r);
	if (f->rec == REC_HANDOVER && f->id == FLD_HO_REDEN)
		rec_set_str(f, r, "verhuisd");
	else if (f->rec == REC_HANDOVER && f->id == FLD_HO_DATUM)
		rec_set_int(f, r, cdate_from_ymd(2024, 9, 9));
	else if (f->rec != REC_HANDOVER)
		set_test_value(fx, f, r);
	want = rec_get_raw(f, r);
	id = save_and_read(fx, f->rec, r, back);
	snprintf(desc, sizeof desc, "store: %s.%s saved and read back", d->table, f->col);
	CHECK(id > 0, desc);
	got = id > 0 ? rec_get_raw(f, back) : NULL;
	snprintf(desc, sizeof desc, "store: %s.%s round-trips (%s)", d->table, f->col,
		 want ? want : "NULL");
	CHECK(id > 0 && same(got, want), desc);
	aud = audit_value(fx->db, d, id, f->col, &has_key);
	snprintf(desc, sizeof desc, "audit: %s has %s with the value", d->table, f->col);
	CHECK(has_key && same(aud, want), desc);
	if (!same(aud, want))
		fprintf(stderr, "# audit %s, want %s\n", aud ? aud : "NULL", want ? want : "NULL");
	free(want);
	free(got);
	free(aud);
	rec_clear(f->rec, r);
	if (id > 0)
		rec_clear(f->rec, back);
	free(r);
	free(back);
}

/* Text get/set: what rec_get_text shows, rec_set_text reads back. */
static void consumer_text(fixture *fx, const rec_field *f)
{
	const rec_desc *d = record_desc(f->rec);
	void *r = xcalloc(1, d->size), *back = xcalloc(1, d->size);
	valerr e = VALERR_INIT;
	char desc[160];
	char *shown, *a, *b;

	fixture_record(fx, f->rec, r);
	if (f->rec != REC_HANDOVER)
		set_test_value(fx, f, r);
	rec_init(f->rec, back);
	shown = rec_get_text(f, r);
	snprintf(desc, sizeof desc, "text: %s.%s \"%s\" reads back", d->table, f->col, shown);
	CHECK(rec_set_text(f, back, shown, &e) == 0, desc);
	a = rec_get_raw(f, r);
	b = rec_get_raw(f, back);
	snprintf(desc, sizeof desc, "text: %s.%s same value after the text", d->table, f->col);
	CHECK(same(a, b), desc);
	free(a);
	free(b);
	free(shown);
	valerr_free(&e);
	rec_clear(f->rec, r);
	rec_clear(f->rec, back);
	free(r);
	free(back);
}

typedef void (*consumer_fn)(fixture *fx, const rec_field *f);

static const struct {
	const char *name;
	consumer_fn fn;
} CONSUMERS[] = {
	{ "store", consumer_store },
	{ "text", consumer_text },
	/* import, form, card: one function each, added by those modules */
};

static void test_wiring(fixture *fx)
{
	for (size_t c = 0; c < sizeof CONSUMERS / sizeof CONSUMERS[0]; c++)
		for (int r = 0; r < REC_COUNT; r++) {
			const rec_desc *d = record_desc((rec_type)r);

			for (size_t i = 0; i < d->nfields; i++)
				CONSUMERS[c].fn(fx, &d->fields[i]);
		}
}

/* --- validation by field id ------------------------------------------------- */

static void test_errors_by_field(void)
{
	startbaan s;
	valerr e = VALERR_INIT;

	startbaan_init(&s);
	s.start = cdate_from_ymd(2024, 5, 1);
	s.einde = cdate_from_ymd(2024, 4, 1);
	s.uren = 41;
	validate_record(REC_STARTBAAN, &s, &e);
	CHECK_INT((int)e.n, 2, "startbaan: end before start and too many hours");
	CHECK(e.n == 2 && e.items[0].fid == FLD_SB_EINDE, "the first names Einddatum by id");
	CHECK(e.n == 2 && e.items[1].fid == FLD_SB_UREN, "the second names Uren per week by id");
	CHECK_STR(e.n ? e.items[0].field : "", "Einddatum", "  with the description's label");
	valerr_free(&e);
	CHECK_INT(rec_set_text(record_field(FLD_SB_UREN), &s, "veel", &e), -1, "text: hours not a number");
	CHECK(e.n == 1 && e.items[0].fid == FLD_SB_UREN, "  the problem names the field by id");
	{
		char *t = valerr_text(&e);
		CHECK_STR(t, "Uren per week: is geen getal (bijvoorbeeld 24 of 22,5)", "  the message");
		free(t);
	}
	valerr_free(&e);
	valerr_add(&e, "Iets", "los bericht");
	CHECK(e.n == 1 && e.items[0].fid == FLD_NONE, "valerr_add: no field id");
	valerr_free(&e);
	startbaan_clear(&s);
}

/* The audit triggers of a database are the ones the descriptions make. */
static void test_audit_sql(fixture *fx)
{
	char *sql = record_audit_sql();

	CHECK(strstr(sql, "CREATE TRIGGER audit_startbaan_update AFTER UPDATE ON startbaan") != NULL,
	      "audit SQL has the startbaan update trigger");
	CHECK(strstr(sql, "'tolk_nodig', new.tolk_nodig, 'doelgroep', new.doelgroep, "
		     "'regime', new.regime, 'version', new.version") != NULL,
	      "the new fields before version in the JSON");
	CHECK(strstr(sql, "'notitie', new.notitie, 'einddatum', new.einddatum, 'version', new.version") != NULL,
	      "the pip step's einddatum last before version");
	CHECK_INT(count(fx->db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
			"AND name LIKE 'audit\\_%' ESCAPE '\\'"), 3 * REC_COUNT,
		  "three audit triggers per described table");
	free(sql);
}

/* A PIP step's Einddatum means something for the three steps that record
 * an end (signals.c), for no other; fields without RF_SOMETIMES always. */
static void test_field_applies(void)
{
	const rec_field *f = record_field(FLD_PIP_EINDDATUM);
	const vocab *v = vocab_get(VOCAB_PIP_STAP);
	pip_step p;
	int n = 0;

	CHECK(f->flags & RF_SOMETIMES, "PIP-stap Einddatum heeft RF_SOMETIMES");
	pip_step_init(&p);
	for (size_t i = 0; i < v->n; i++) {
		int code = v->entries[i].code;
		int want = code == PIP_EINDDATUM_DUO || code == PIP_TERMIJN_VERLENGD ||
			   code == PIP_BESLUIT_ONTZORGEN;

		p.stap = code;
		if (record_field_applies(f, &p) != want) {
			fprintf(stderr, "# stap %s\n", v->entries[i].label);
			n++;
		}
	}
	CHECK_INT(n, 0, "Einddatum alleen bij Einddatum DUO vastgelegd, Termijn verlengd (DUO), Besluit ontzorgen");
	CHECK(record_field_applies(record_field(FLD_PIP_DATUM), &p), "Datum altijd");

	/* Reden, Resultaat and Uren: the same, each for its own steps (the
	 * PIP form shows them through the description, form_show_applying) */
	{
		static const struct { field_id fid; int a, b; const char *what; } only[] = {
			{ FLD_PIP_REDEN, PIP_GEWIJZIGD, PIP_GEWIJZIGD, "Reden alleen bij PIP gewijzigd" },
			{ FLD_PIP_RESULTAAT, PIP_LBT, PIP_LBT, "Resultaat alleen bij de leerbaarheidstoets" },
			{ FLD_PIP_UREN, PIP_MAP_GESTART, PIP_MAP_AFGEROND, "Uren alleen bij MAP gestart en afgerond" },
		};

		for (size_t k = 0; k < sizeof only / sizeof only[0]; k++) {
			const rec_field *g = record_field(only[k].fid);

			n = (g->flags & RF_SOMETIMES) ? 0 : 1;
			for (size_t i = 0; i < v->n; i++) {
				int code = v->entries[i].code;

				p.stap = code;
				if (record_field_applies(g, &p) != (code == only[k].a || code == only[k].b))
					n++;
			}
			CHECK_INT(n, 0, only[k].what);
		}
	}
	pip_step_clear(&p);
}

int main(void)
{
	fixture fx;
	char *err = NULL;
	consultant k;

	memset(&fx, 0, sizeof fx);
	test_descriptions();
	test_errors_by_field();
	test_field_applies();
	fx.db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	CHECK(fx.db != NULL, "in-memory database opens");
	if (!fx.db) {
		free(err);
		return check_done();
	}
	fixture_record(&fx, REC_CONSULTANT, &k);
	store_consultant_save(fx.db, &k, NULL);
	fx.consultant_id = k.id;
	consultant_clear(&k);
	fixture_record(&fx, REC_CONSULTANT, &k);
	store_consultant_save(fx.db, &k, NULL);
	fx.consultant2_id = k.id;
	consultant_clear(&k);
	{
		employer w;

		fixture_record(&fx, REC_EMPLOYER, &w);
		store_employer_save(fx.db, &w, NULL);
		fx.employer_id = w.id;
		employer_clear(&w);
	}
	test_audit_sql(&fx);
	test_wiring(&fx);
	db_close(fx.db);
	return check_done();
}
