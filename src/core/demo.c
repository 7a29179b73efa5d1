/* demo.c - a realistic synthetic caseload (see demo.h): the run.
 *
 * The generator is split by concern (demo_int.h): the data tables in
 * demo_data.c, the plans and PIP steps in demo_plan.c, one client with its
 * records in demo_client.c; this file sets up the consultants and
 * employers, numbers the clients and runs the one bulk transaction.
 *
 * Deterministic: every random choice comes from xoshiro256** seeded (per
 * client, through splitmix64) from the seed and the client's index, so the
 * same (seed, today, n) gives the same database contents; only the audit
 * timestamps follow the clock (CASUS_NOW).  Klantnummers and BSNs come from
 * fixed permutations of a counter, so they are unique within a run without
 * remembering them; a collision with existing data (casus demo --toevoegen)
 * is retried with the next number.
 *
 * Everything is written through the store (validation and audit) inside one
 * transaction.  Memory use does not grow with n except for the employer
 * pool (one small struct per ~13 clients).
 *
 * How a participant is made.  Each startbanen participant follows a plan of
 * phases counted in days from the instroom: "nog voortraject nodig" ->
 * voortraject -> bemiddeling -> startbaan (-> bemiddeling -> startbaan ...),
 * possibly interrupted by an on-hold period and closed by uitval or einde.
 * The plan is drawn so that a chosen situatie holds on an anchor day (the
 * most recent 31 oktober P, or today), and the instroom date is placed so
 * that the anchor falls inside that phase.  Records are then cut at today:
 * nothing starts after today, a voortraject or on-hold period still running
 * today has no end date, a startbaan keeps its planned end.  The situatie on
 * P of the participants follows Tabel 2 of Bijlage 1 of the evaluation
 * (with fewer Onbekend: ~10% instead of 21.6%, since the tool exists to
 * make the registration complete); a share of the participants (25% times
 * the part of the year since P) came in after P.  Characteristics follow
 * Tabel 1 per verplicht/vrijwillig, startbanen Tabel 6, employers Tabel 7.
 *
 * PIP steps run from the inschrijving: koppeling, brede intake, LBT with a
 * result, PIP vastgesteld (usually within the 10 weeks, sometimes late),
 * ontzorgen for those on benefit, MAP, PVT, KNM, the last one or two
 * voortgangsgesprekken, sometimes a PIP gewijzigd with its reason, an
 * eindgesprek and inburgering afgerond.  Steps up to today are gedaan; for
 * most clients the first step after today is gepland.  Clients whose
 * inschrijving is older than a year and a half have fewer of the early
 * steps recorded (as after a migration from an older system) - which also
 * keeps 100,000 clients within the time budget: each record costs a
 * savepoint and an audit row.
 *
 * Guarantees for n >= DEMO_FORCED_MIN (30): the first clients are fixed
 * scenarios, so every situatie (the 7 and Onbekend) occurs both on today and
 * on P, and every signal kind occurs on today (PIP-termijn near and past,
 * inburgeringstermijn ending, leerroute window closing, ontzorgen ending,
 * voortgangsgesprek due, voortraject >= 90 days, contract ending within 30
 * days, on hold > 3 months, registratie onvolledig).
 *
 * From n >= DEMO_SHOWCASE_MIN (100) the last DEMO_NSHOWCASE clients show
 * the inburgering rules one by one (demo_rules.c), e.g. the termijn's last
 * day, a verlenging, an ontheffing, a planned voortgangsgesprek.
 *
 * Fixed names for n >= 20 (for tests and demonstrations), all with the
 * current user's consultant as regiehouder: "Ana Núñez", "Mohammed
 * Al-Hassan", "محمد العلي" (voornaam محمد, achternaam العلي), "Ayşe Öztürk",
 * "Selam Tesfaye".  About 5% of the other names are in Arabic script (and a
 * few in Ge'ez and Cyrillic script). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo.h"
#include "demo_int.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

#define BULK_MIN 1000           /* from this many clients on: bulk-load settings */
#define BULK_CACHE_KIB 16384    /* page cache during the load */

/* --- shared building blocks -------------------------------------------------------- */

int demo_fail(demo_ctx *x, int rc, const char *what)
{
	if (rc == CASUS_INVALID && x->ve.n > 0) {
		char *t = valerr_text(&x->ve);
		snprintf(x->db->errmsg, sizeof x->db->errmsg, "Democaseload (%s): %s", what, t);
		free(t);
	}
	valerr_free(&x->ve);
	return rc;
}

int demo_pick_consultant(rng *r, const demo_ctx *x)
{
	int k;

	assert(x->ncons > 1);
	do
		k = rnd(r, 0, x->ncons - 1);
	while (k == x->gone);
	return k;
}

char *demo_next_klantnummer(demo_ctx *x)
{
	uint64_t v = (x->kn_base + x->kn_ctr++ * 7919ULL) % 1000000ULL;

	return xasprintf("K%06u", (unsigned)v);
}

char *demo_next_bsn(demo_ctx *x)
{
	for (;;) {
		uint64_t v = (x->bsn_base + x->bsn_ctr++ * 54435761ULL) % 100000000ULL;
		char d[10];
		int sum = 0;

		snprintf(d, sizeof d, "%08u", (unsigned)v);
		for (int i = 0; i < 8; i++)
			sum += (9 - i) * (d[i] - '0');
		sum %= 11;
		if (sum == 10 || v < 10000000ULL)
			continue;       /* no check digit, or a leading zero */
		return xasprintf("%s%d", d, sum);
	}
}

static cdate last_31_oktober(cdate today)
{
	int y = cdate_year(today);
	cdate p = cdate_from_ymd(y, 10, 31);

	return p <= today ? p : cdate_from_ymd(y - 1, 10, 31);
}

/* --- consultants and employers ------------------------------------------------------ */

/* The consultant with this login (made when missing); *id its row. */
static int ensure_consultant(demo_ctx *x, const char *naam, const char *login, int actief,
			     int64_t *id)
{
	consultant c;
	int rc;

	memset(&c, 0, sizeof c);
	rc = store_consultant_by_login(x->db, login, &c);
	if (rc == CASUS_NOTFOUND) {
		c.naam = xstrdup(naam);
		c.login = xstrdup(login);
		c.actief = actief;
		rc = store_consultant_save(x->db, &c, &x->ve);
	}
	*id = c.id;
	consultant_clear(&c);
	return rc == CASUS_OK ? rc : demo_fail(x, rc, "consulent");
}

/* The team, and the current user's consultant (x->own) when not in it. */
static int setup_consultants(demo_ctx *x)
{
	int i, rc, k = 0;

	x->own = -1;
	for (i = 0; i < NELEM(CONSULTANTS); i++) {
		rc = ensure_consultant(x, CONSULTANTS[i].naam, CONSULTANTS[i].login,
				       CONSULTANTS[i].actief, &x->cons_id[k]);
		if (rc != CASUS_OK)
			return rc;
		x->cons_login[k] = CONSULTANTS[i].login;
		if (strcmp(CONSULTANTS[i].login, x->db->user) == 0)
			x->own = k;
		if (i == GONE_CONSULTANT)
			x->gone = k;
		k++;
	}
	assert(!CONSULTANTS[GONE_CONSULTANT].actief);
	if (x->own < 0) {
		rc = ensure_consultant(x, x->db->user, x->db->user, 1, &x->cons_id[k]);
		if (rc != CASUS_OK)
			return rc;
		x->cons_login[k] = x->db->user;
		x->own = k++;
	}
	assert(k <= NELEM(x->cons_id));
	x->ncons = k;
	return CASUS_OK;
}

/* Employer number k (made when missing); its id and sector in *out. */
static int setup_employer(demo_ctx *x, size_t k, emp *out)
{
	size_t nw = (size_t)NELEM(EMP_WORD), nc = (size_t)NELEM(CITIES);
	employer w;
	char *naam;
	int sector, ci, rc;
	rng r;

	rng_seed(&r, x->seed, 0x454d50ULL << 32 | k);
	sector = WPICK(&r, W_SECTOR);
	if (k < nw * nc)
		naam = xasprintf("%s %s %s", EMP_KIND[sector][rnd(&r, 0, 2)],
				 EMP_WORD[k % nw], CITIES[(k / nw) % nc]);
	else
		naam = xasprintf("%s %s %s vestiging %zu", EMP_KIND[sector][rnd(&r, 0, 2)],
				 EMP_WORD[k % nw], CITIES[(k / nw) % nc], k / (nw * nc) + 1);
	memset(&w, 0, sizeof w);
	rc = store_employer_by_name(x->db, naam, &w);
	if (rc == CASUS_NOTFOUND) {
		employer_init(&w);
		w.naam = naam;
		naam = NULL;
		ci = rnd(&r, 0, NELEM(EMP_CONTACT) - 1);
		w.contactpersoon = xstrdup(EMP_CONTACT[ci][0]);
		w.telefoon = xasprintf("0%d-%07d", rnd(&r, 10, 99) * 10 + 8, rnd(&r, 0, 9999999));
		w.email = xasprintf("%s@example.com", EMP_CONTACT[ci][1]);
		w.sector = sector;
		w.omvang = WPICK(&r, W_OMVANG);
		w.ervaring = WPICK(&r, W_ERVARING);
		rc = store_employer_save(x->db, &w, &x->ve);
	}
	free(naam);
	out->id = w.id;
	out->sector = w.sector;
	employer_clear(&w);
	return rc == CASUS_OK ? rc : demo_fail(x, rc, "werkgever");
}

/* The employer pool: one per ~13 clients, at least 4. */
static int setup_employers(demo_ctx *x)
{
	size_t want = (size_t)(x->n * 6 / 10) / 8;

	if (want < 4)
		want = 4;
	x->emps = xcalloc(want, sizeof *x->emps);
	for (size_t k = 0; k < want; k++) {
		int rc = setup_employer(x, k, &x->emps[k]);
		if (rc != CASUS_OK)
			return rc;
	}
	x->nemp = want;
	return CASUS_OK;
}

/* --- the whole caseload ----------------------------------------------------------- */

/* Consultants, employers and the n clients, inside the caller's
 * transaction (in bulk mode). */
static int generate_all(demo_ctx *x)
{
	int rc = setup_consultants(x);

	if (rc == CASUS_OK && x->n > 0)
		rc = setup_employers(x);
	int show = x->n >= DEMO_SHOWCASE_MIN ? x->n - DEMO_NSHOWCASE : x->n;

	for (int i = 0; rc == CASUS_OK && i < x->n; i++) {
		const scenario *f = NULL;

		if (i >= show) {        /* the rules on view (demo_rules.c) */
			rc = demo_showcase(x, i - show);
			continue;
		}
		if (x->n >= DEMO_FORCED_MIN && i < NELEM(FORCED))
			f = &FORCED[i];
		rc = demo_client(x, i, f);
	}
	return rc;
}

int demo_generate(casus_db *db, int n, uint64_t seed, cdate today)
{
	demo_ctx x;
	db_bulk bulk;
	uint64_t s = seed;
	int rc;

	if (!db || n < 0 || today == CDATE_NONE) {
		if (db)
			snprintf(db->errmsg, sizeof db->errmsg, "Democaseload: ongeldige invoer.");
		return CASUS_ERROR;
	}
	memset(&x, 0, sizeof x);
	x.db = db;
	x.today = today;
	x.P = last_31_oktober(today);
	x.seed = seed;
	x.n = n;
	/* a second caseload in the same database (casus demo --toevoegen)
	 * starts elsewhere in the permutations; collisions are retried */
	s ^= (uint64_t)store_client_count(db) * 0x9e3779b97f4a7c15ULL;
	x.kn_base = splitmix64(&s) % 1000000ULL;
	x.bsn_base = splitmix64(&s) % 100000000ULL;

	/* one big transaction in bulk mode (db_int.h): the nested saves need
	 * no savepoints (any failure rolls everything back); from BULK_MIN
	 * clients on a bigger page cache for the indexes that take inserts in
	 * random order (names, BSN), the rollback journal instead of WAL, and
	 * no CHECK constraints (they hold by construction here) */
	rc = db_bulk_begin(db, &bulk, n >= BULK_MIN ? BULK_CACHE_KIB : 0,
			   n >= BULK_MIN ? DB_BULK_JOURNAL | DB_BULK_NOCHECKS : 0);
	if (rc == CASUS_OK) {
		rc = generate_all(&x);
		if (rc != CASUS_OK)
			db_bulk_end(db, &bulk, 0);
		else
			rc = db_bulk_end(db, &bulk, 1);
	}
	free(x.emps);
	valerr_free(&x.ve);
	return rc;
}
