/* test_caseload.c - the caseload overview of the core (caseload.h): the
 * status cache kept fresh through client_dirty, paging with filters and
 * sort orders, a client's history and the grouped controle findings. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/check.h"
#include "caseload.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

static cdate D(const char *iso)
{
	return cdate_from_iso(iso);
}

static int64_t add_client(casus_db *db, const char *kn, const char *vn, const char *an,
			  int64_t regie, int startbanen)
{
	client c;
	int64_t id;

	client_init(&c);
	c.klantnummer = strdup(kn);
	c.voornaam = strdup(vn);
	c.achternaam = strdup(an);
	c.regiehouder_id = regie;
	c.startbanen = startbanen;
	if (startbanen) {
		c.deelname = DEELNAME_VERPLICHT;
		c.datum_instroom = D("2026-01-01");
	}
	if (store_client_save(db, &c, NULL) != CASUS_OK)
		return 0;
	id = c.id;
	client_clear(&c);
	return id;
}

static int64_t add_consultant(casus_db *db, const char *naam, const char *login)
{
	consultant k = { 0, strdup(naam), strdup(login), 1, 0 };
	int64_t id;

	store_consultant_save(db, &k, NULL);
	id = k.id;
	consultant_clear(&k);
	return id;
}

int main(void)
{
	char *err = NULL;
	casus_db *db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	cdate today = D("2026-11-24");
	int64_t a, b, ana, bert, carla, n = -1, ns = -1, rec = -1;
	cl_filter all = { 0, 0, 0, 0 }, mine, sig = { 0, 0, 1, 0 };
	cl_row *rows = NULL;
	size_t nrows = 0;

	CHECK(db != NULL, "open an in-memory database");
	if (!db)
		return check_done();

	CHECK_INT(caseload_refresh(db, today, NULL, NULL, &rec), CASUS_OK, "refresh an empty database");
	CHECK_INT(caseload_count(db, &all, &n, &ns), CASUS_OK, "count");
	CHECK_INT(n, 0, "no clients");

	a = add_consultant(db, "Sanne de Vries", "svries");
	b = add_consultant(db, "Joris van Dijk", "jdijk");
	ana = add_client(db, "K1", "Ana", "Núñez", a, 1);
	bert = add_client(db, "K2", "Bert", "Aalders", a, 0);
	carla = add_client(db, "K3", "Carla", "Ziegler", b, 1);
	{
		voortraject v;

		voortraject_init(&v);
		v.client_id = ana;
		v.start = today - 100;        /* running 100 days: a signal */
		v.soort = 1;
		CHECK_INT(store_voortraject_save(db, &v, NULL), CASUS_OK, "voortraject saved");
		voortraject_clear(&v);
	}
	CHECK_INT(caseload_dirty_count(db), 3, "every new client and change is marked dirty by the triggers");
	CHECK(caseload_pass(db, today) < CASELOAD_MANY, "same day, few changes: no full pass");
	CHECK_INT(caseload_refresh(db, today, NULL, NULL, &rec), CASUS_OK, "incremental refresh");
	CHECK_INT(rec, 3, "the three dirty clients computed");
	CHECK_INT(caseload_dirty_count(db), 0, "nothing dirty after the refresh");
	CHECK(caseload_pass(db, today) < CASELOAD_MANY, "same day: no full refresh needed");
	CHECK(caseload_pass(db, today + 1) < CASELOAD_MANY, "next day: no full pass, only the clients whose overview can change");
	CHECK(caseload_pass(db, today - 1) >= CASELOAD_MANY, "an earlier day (the clock went back): full pass");

	mine = all;
	mine.regiehouder_id = a;
	caseload_count(db, &mine, &n, &ns);
	CHECK_INT(n, 2, "my caseload: 2 clients");
	caseload_count(db, &all, &n, &ns);
	CHECK_INT(n, 3, "all clients: 3");
	CHECK(ns >= 1, "at least one with a signal");

	CHECK_INT(caseload_page(db, &all, CL_SORT_NAAM, 0, 10, &rows, &nrows), CASUS_OK, "page by name");
	CHECK_INT(nrows, 3, "three rows");
	if (nrows == 3) {
		CHECK_STR(rows[0].naam, "Aalders, Bert", "sorted by achternaam: Aalders first");
		CHECK_STR(rows[1].naam, "Núñez, Ana", "then Núñez (diacritics sort as plain letters)");
		CHECK_STR(rows[0].regiehouder, "Sanne de Vries", "regiehouder name joined");
		CHECK_INT(rows[0].startbanen, 0, "Bert is no participant");
		CHECK_STR(caseload_situatie_kort(rows[0].startbanen, rows[0].situatie), "Geen deelnemer",
			  "short situatie of a non-participant");
		CHECK_INT(rows[1].situatie, SIT_VOORTRAJECT, "Ana is in a voortraject today");
		CHECK(rows[1].urgentie > 0 && rows[1].signaal, "Ana has a signal with its text");
	}
	cl_rows_free(rows, nrows);

	caseload_page(db, &all, CL_SORT_NAAM, 1, 1, &rows, &nrows);
	CHECK(nrows == 1 && rows[0].id == ana, "offset 1 limit 1 is the second row only");
	cl_rows_free(rows, nrows);

	caseload_page(db, &all, CL_SORT_URGENTIE, 0, 10, &rows, &nrows);
	CHECK(nrows == 3 && rows[0].id == ana, "by urgency: the client with a signal first");
	cl_rows_free(rows, nrows);

	caseload_page(db, &sig, CL_SORT_URGENTIE, 0, 10, &rows, &nrows);
	CHECK(nrows >= 1 && rows[0].id == ana, "filter met signaal");
	for (size_t i = 0; i < nrows; i++)
		CHECK(rows[i].urgentie > 0, "  only clients with a signal");
	cl_rows_free(rows, nrows);

	{
		cl_filter f = { 0, 1, 0, 0 };
		caseload_count(db, &f, &n, NULL);
		CHECK_INT(n, 2, "filter startbanen: 2 participants");
		f.situatie = SIT_VOORTRAJECT;
		caseload_count(db, &f, &n, NULL);
		CHECK_INT(n, 1, "filter situatie In voortraject: 1");
	}

	/* a journal line: only that client is recomputed; last contact set */
	{
		journal j;

		journal_init(&j);
		j.client_id = carla;
		j.moment = strdup("2026-11-20 09:30");
		j.soort = 2;
		j.samenvatting = strdup("Spreekuur");
		CHECK_INT(store_journal_save(db, &j, NULL), CASUS_OK, "journal saved");
		journal_clear(&j);
	}
	CHECK_INT(caseload_dirty_count(db), 1, "one client dirty after a journal line");
	caseload_refresh(db, today, NULL, NULL, &rec);
	CHECK_INT(rec, 1, "incremental refresh recomputes one client");
	caseload_page(db, &all, CL_SORT_CONTACT, 0, 10, &rows, &nrows);
	CHECK(nrows == 3 && rows[2].id == carla, "by last contact: never contacted first, Carla last");
	if (nrows == 3)
		CHECK_INT(rows[2].laatste_contact, D("2026-11-20"), "last contact is the journal date");
	cl_rows_free(rows, nrows);

	/* uitval changes the situatie */
	{
		afsluiting u;

		afsluiting_init(&u);
		u.client_id = ana;
		u.soort = AFSLUITING_UITVAL;
		u.datum = today;
		CHECK_INT(store_afsluiting_save(db, &u, NULL), CASUS_OK, "uitval saved");
	}
	caseload_refresh(db, today, NULL, NULL, NULL);
	{
		int64_t ids[3] = { ana, 999999, bert };

		CHECK_INT(caseload_rows(db, ids, 3, &rows, &nrows), CASUS_OK, "rows by id");
		CHECK_INT(nrows, 2, "an unknown id is skipped");
		CHECK(nrows == 2 && rows[0].id == ana && rows[1].id == bert, "rows keep the order asked");
		if (nrows == 2)
			CHECK_INT(rows[0].situatie, SIT_UITVAL, "Ana's situatie is now Uitval");
		cl_rows_free(rows, nrows);
	}

	/* a handover moves the client to another caseload */
	CHECK_INT(store_handover(db, bert, b, today, "verlof", NULL), CASUS_OK, "handover");
	caseload_refresh(db, today, NULL, NULL, NULL);
	caseload_count(db, &mine, &n, NULL);
	CHECK_INT(n, 1, "my caseload shrinks after the handover");

	/* history of a client */
	{
		cl_audit *h = NULL;
		size_t nh = 0, i;
		int found_vt = 0, found_ho = 0;

		CHECK_INT(caseload_history(db, ana, &h, &nh), CASUS_OK, "history");
		for (i = 0; i < nh; i++) {
			if (strcmp(h[i].wat, "Voortraject toegevoegd") == 0 &&
			    strstr(h[i].details, "soort: Standaard"))
				found_vt = 1;
		}
		CHECK(found_vt, "history names the record and shows labels, not codes");
		CHECK(nh >= 3 && strcmp(h[nh - 1].wat, "Uitval/einde toegevoegd") == 0, "oldest first, uitval last");
		cl_audit_free(h, nh);
		caseload_history(db, bert, &h, &nh);
		for (i = 0; i < nh; i++)
			if (strcmp(h[i].wat, "Klantgegevens gewijzigd") == 0 &&
			    strstr(h[i].details, "regiehouder: Sanne de Vries → Joris van Dijk"))
				found_ho = 1;
		CHECK(found_ho, "a change shows old → new with consultant names");
		cl_audit_free(h, nh);
	}

	/* issue 13, 15: Historie shows values as the card does: labels,
	 * dd-mm-jjjj (also in a moment) and Dutch decimals */
	{
		cl_audit *h = NULL;
		size_t nh = 0, i;
		int moment = 0, uren = 0, reden = 0;
		journal j;
		pip_step p;
		afsluiting e;
		char want[96];

		journal_init(&j);
		j.client_id = carla;
		j.moment = xstrdup("2026-08-27 10:00");
		j.samenvatting = xstrdup("gesprek");
		CHECK_INT(store_journal_save(db, &j, NULL), CASUS_OK, "history: journal saved");
		journal_clear(&j);
		pip_step_init(&p);
		p.client_id = carla;
		p.stap = PIP_MAP_GESTART;
		p.datum = D("2026-08-27");
		p.uren = 12.5;
		CHECK_INT(store_pip_step_save(db, &p, NULL), CASUS_OK, "history: PIP step saved");
		pip_step_clear(&p);
		afsluiting_init(&e);
		e.client_id = carla;
		e.soort = AFSLUITING_EINDE;
		e.datum = today;
		e.reden = 1;
		CHECK_INT(store_afsluiting_save(db, &e, NULL), CASUS_OK, "history: einde saved");
		snprintf(want, sizeof want, "reden: %s", vocab_label(VOCAB_REDEN_EINDE, 1));
		CHECK_INT(caseload_history(db, carla, &h, &nh), CASUS_OK, "history of Carla");
		for (i = 0; i < nh; i++) {
			moment |= strstr(h[i].details, "moment: 27-08-2026 10:00") != NULL;
			uren |= strstr(h[i].details, "uren: 12,5") != NULL;
			reden |= strstr(h[i].details, want) != NULL;
		}
		CHECK(moment, "history: a moment as dd-mm-jjjj uu:mm");
		CHECK(uren, "history: hours with a decimal comma");
		CHECK(reden, "history: the reason of an einde by its label");
		cl_audit_free(h, nh);
	}

	/* controle grouped per client */
	{
		cl_controle *c = NULL;
		size_t nc = 0, deeln = 0;

		CHECK_INT(caseload_controle(db, D("2026-10-31"), &c, &nc, &deeln, NULL, NULL), CASUS_OK, "controle");
		CHECK_INT(deeln, 2, "two participants on the peildatum");
		CHECK(nc >= 1 && c[0].n > 0, "findings grouped per client");
		CHECK(nc < 2 || strcmp(c[0].naam, c[1].naam) < 0, "clients in name order");
		cl_controle_free(c, nc);
	}

	CHECK_INT(caseload_default_peildatum(D("2026-11-24")), D("2026-10-31"), "peildatum after 31 oktober");
	CHECK_INT(caseload_default_peildatum(D("2026-10-31")), D("2026-10-31"), "peildatum on 31 oktober");
	CHECK_INT(caseload_default_peildatum(D("2026-10-30")), D("2025-10-31"), "peildatum before 31 oktober");

	/* deleting a client removes its overview row */
	CHECK_INT(store_client_delete(db, carla, 0), CASUS_OK, "delete a client");
	caseload_count(db, &all, &n, NULL);
	CHECK_INT(n, 2, "its row is gone at once");

	/* a new day: only the clients whose overview changes that day.  Ana's
	 * uitval and Bert's handover are dated today, so the day after is a
	 * possible change, but what their rows show stays the same: the
	 * refresh of today looked past it and neither is due; nor later:
	 * neither is a startbanen participant, so no peildatum moves their
	 * overview */
	CHECK_INT(caseload_refresh(db, today + 1, NULL, NULL, &rec), CASUS_OK, "refresh on the next day");
	CHECK_INT(rec, 0, "neither recomputed (a record dated the day before changes nothing shown)");
	CHECK_INT(caseload_refresh(db, today + 2, NULL, NULL, &rec), CASUS_OK, "refresh on the day after");
	CHECK_INT(rec, 0, "nothing can change: nothing recomputed");
	CHECK(caseload_pass(db, D("2027-10-31")) < CASELOAD_MANY, "a year on: no full pass");
	CHECK_INT(caseload_refresh(db, D("2027-10-31"), NULL, NULL, &rec), CASUS_OK, "refresh on 31-10-2027");
	CHECK_INT(rec, 0, "nothing due on the peildatum itself");
	{
		journal j;

		journal_init(&j);
		j.client_id = ana;
		j.moment = strdup("2027-10-31 11:00");
		j.samenvatting = strdup("Nagebeld");
		CHECK_INT(store_journal_save(db, &j, NULL), CASUS_OK, "journal saved a year on");
		journal_clear(&j);
	}
	CHECK_INT(caseload_refresh(db, D("2027-11-01"), NULL, NULL, &rec), CASUS_OK, "refresh on 01-11-2027");
	CHECK_INT(rec, 1, "Ana (dirty) recomputed; Bert, no participant, waits for no peildatum");
	caseload_page(db, &all, CL_SORT_CONTACT, 0, 10, &rows, &nrows);
	CHECK(nrows == 2 && rows[1].id == ana && rows[1].laatste_contact == D("2027-10-31"),
	      "the dirty client's row is fresh");
	cl_rows_free(rows, nrows);
	CHECK_INT(db_setting_set(db, "signaal.pip_dagen", "20"), CASUS_OK, "a signal threshold changed");
	CHECK(caseload_pass(db, D("2027-11-01")) >= CASELOAD_MANY, "a changed threshold: full pass");
	CHECK_INT(caseload_refresh(db, D("2027-11-01"), NULL, NULL, &rec), CASUS_OK, "full refresh");
	CHECK_INT(rec, 2, "all clients recomputed");
	db_close(db);
	free(err);
	return check_done();
}
