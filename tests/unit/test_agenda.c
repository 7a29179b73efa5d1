/* test_agenda.c - the agenda read from the overview's candidates
 * (agenda_build when the client_status rows hold the first day) equals the
 * agenda of every casefile (agenda_build_all), on the demo caseload for
 * several days and periods, for all clients and for one consultant; plus
 * the two edges of agenda.c's argument ("the candidates"): a "lang on
 * hold" that starts on the period's end (its next change is that end, not
 * before it) and a voortgangsgesprek due on the first day (no rule date
 * after it but the day after the signal's own date), and a client changed
 * after the refresh (dirty); today's agenda refreshes the overview first. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "agenda.h"
#include "zelfevaluatie.h"
#include "caseload.h"
#include "demo.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

#define N 600
#define SEED 20261130ULL

static int same_items(const agenda_item *a, size_t na, const agenda_item *b, size_t nb,
		      const char *label)
{
	size_t i;

	for (i = 0; i < na && i < nb; i++)
		if (a[i].datum != b[i].datum || a[i].soort != b[i].soort ||
		    a[i].client_id != b[i].client_id || a[i].verlopen != b[i].verlopen ||
		    strcmp(a[i].wat, b[i].wat) != 0)
			break;
	if (i == na && i == nb)
		return 1;
	printf("# %s: snel %zu punten, volledig %zu; eerste verschil bij %zu: %s %s / %s %s\n", label,
	       na, nb, i, i < na ? a[i].klantnummer : "-", i < na ? a[i].wat : "-",
	       i < nb ? b[i].klantnummer : "-", i < nb ? b[i].wat : "-");
	return 0;
}

/* Refresh the overview for `day`, then compare both agendas.  Returns the
 * number of items (all clients). */
static size_t compare(casus_db *db, cdate day, int dagen, int64_t regie, int refresh)
{
	agenda_item *a = NULL, *b = NULL;
	size_t na = 0, nb = 0;
	char buf[11], label[96];

	cdate_format_nl(day, buf);
	snprintf(label, sizeof label, "%s, %d dagen, %s", buf, dagen,
		 regie ? "een consulent" : "alle klanten");
	if (refresh)
		CHECK_INT(caseload_refresh(db, day, NULL, NULL, NULL), CASUS_OK, "refresh");
	CHECK(caseload_holds(db, day), "the overview holds the day (the quick way is taken)");
	CHECK_INT(agenda_build(db, day, dagen, regie, &a, &na), CASUS_OK, "agenda (candidates)");
	CHECK_INT(agenda_build_all(db, day, dagen, regie, &b, &nb), CASUS_OK, "agenda (every client)");
	CHECK(same_items(a, na, b, nb, label), label);
	agenda_free(a, na);
	agenda_free(b, nb);
	return nb;
}

static int has_item(casus_db *db, cdate day, int dagen, int64_t client_id, const char *wat)
{
	agenda_item *a = NULL;
	size_t na = 0;
	int found = 0;

	if (agenda_build(db, day, dagen, 0, &a, &na) != CASUS_OK)
		return 0;
	for (size_t i = 0; i < na; i++)
		found |= a[i].client_id == client_id && strstr(a[i].wat, wat) != NULL;
	agenda_free(a, na);
	return found;
}

static int64_t new_client(casus_db *db, const char *kn)
{
	client c;
	int64_t id = 0;

	client_init(&c);
	c.achternaam = xstrdup("Rand");
	c.voornaam = xstrdup(kn);
	c.klantnummer = xstrdup(kn);
	c.regiehouder_id = 1;
	if (store_client_save(db, &c, NULL) == CASUS_OK)
		id = c.id;
	client_clear(&c);
	return id;
}

/* The edges of the argument in agenda.c, each on a new client. */
static void edges(casus_db *db, cdate t)
{
	int64_t a = new_client(db, "K990001"), b = new_client(db, "K990002");
	onhold o;
	pip_step p;
	startbaan s;

	CHECK(a && b, "two clients added");
	/* lang on hold from t + 7 on: due t + 6, in [t, t + 7); next change t + 7 */
	onhold_init(&o);
	o.client_id = a;
	o.start = cdate_add_months(t + 6, -3);
	CHECK(cdate_add_months(o.start, 3) == t + 6, "on hold: three months end on t + 6");
	CHECK_INT(store_onhold_save(db, &o, NULL), CASUS_OK, "on hold saved");
	/* PIP vastgesteld 13 weeks before t: a voortgangsgesprek due on t */
	pip_step_init(&p);
	p.client_id = b;
	p.stap = PIP_VASTGESTELD;
	p.status = PIPSTATUS_GEDAAN;
	p.datum = t - 91;
	CHECK_INT(store_pip_step_save(db, &p, NULL), CASUS_OK, "PIP saved");
	pip_step_clear(&p);

	CHECK_INT(caseload_refresh(db, t, NULL, NULL, NULL), CASUS_OK, "refresh with the edges");
	CHECK(has_item(db, t, 7, a, "On hold sinds"), "lang on hold due on the last day is listed");
	CHECK(has_item(db, t, 7, b, "Voortgangsgesprek nodig"), "voortgangsgesprek due on the first day is listed");
	compare(db, t, 7, 0, 0);

	/* a change after the refresh: the client is dirty, its row old */
	startbaan_init(&s);
	s.client_id = a;
	s.start = t - 30;
	s.einde = t + 3;
	CHECK_INT(store_startbaan_save(db, &s, NULL), CASUS_OK, "a startbaan added after the refresh");
	startbaan_clear(&s);
	CHECK(has_item(db, t, 7, a, "Contract eindigt"), "a dirty client's new deadline is listed");
	compare(db, t, 7, 0, 0);
}

/* The verbeterplan's actions: due in the period on their streefdatum, past
 * it on the first day (verlopen), klaar ones not at all (issue 14). */
static void acties(casus_db *db, cdate t)
{
	ze_ronde r;
	char *msg = NULL;
	int64_t in = 0, past = 0, klaar = 0;
	agenda_item *a = NULL;
	size_t na = 0;
	int seen_in = 0, seen_past = 0, seen_klaar = 0;

	memset(&r, 0, sizeof r);
	CHECK_INT(ze_ronde_new(db, "Voorjaar", t - 60, NULL, &r, &msg), CASUS_OK, "acties: a round");
	CHECK_INT(ze_actie_add(db, r.id, "1", "Intake met de werkgeversdienst", "Joris", t + 3, &in, &msg),
		  CASUS_OK, "acties: one due in the period");
	CHECK_INT(ze_actie_add(db, r.id, "2", "Taalmaatjes werven", NULL, t - 10, &past, &msg),
		  CASUS_OK, "acties: one past its streefdatum");
	CHECK_INT(ze_actie_add(db, r.id, "2", "Al gedaan", NULL, t + 2, &klaar, &msg),
		  CASUS_OK, "acties: one due but klaar");
	CHECK_INT(ze_actie_set_status(db, klaar, ZA_KLAAR, &msg), CASUS_OK, "acties: klaar");
	CHECK_INT(agenda_build_all(db, t, 7, 0, &a, &na), CASUS_OK, "acties: the agenda");
	for (size_t i = 0; i < na; i++) {
		if (a[i].soort != AGENDA_ACTIE)
			continue;
		CHECK(a[i].client_id == 0 && strcmp(a[i].naam, "Verbeterplan") == 0,
		      "acties: the team's, no client");
		if (strstr(a[i].wat, "Intake met de werkgeversdienst"))
			seen_in = a[i].datum == t + 3 && !a[i].verlopen &&
				  strcmp(a[i].regiehouder, "Joris") == 0;
		if (strstr(a[i].wat, "Taalmaatjes werven"))
			seen_past = a[i].datum == t && a[i].verlopen &&
				    strstr(a[i].wat, "verlopen") != NULL;
		if (strstr(a[i].wat, "Al gedaan"))
			seen_klaar = 1;
	}
	CHECK(seen_in, "acties: due in the period, on its streefdatum, with its eigenaar");
	CHECK(seen_past, "acties: past its streefdatum: on the first day, verlopen");
	CHECK(!seen_klaar, "acties: a klaar action is not in the agenda");
	agenda_free(a, na);
	CHECK_INT(agenda_build_all(db, t - 30, 7, 0, &a, &na), CASUS_OK, "acties: an earlier week");
	for (size_t i = 0; i < na; i++)
		CHECK(a[i].soort != AGENDA_ACTIE, "acties: none due before the period of a month ago");
	agenda_free(a, na);
	ze_ronde_free(&r);
	free(msg);
}

/* ---- the plan as a property ----------------------------------------------
 * For every casefile and a day D: on every evaluation day x the plan of D
 * covers, the deadlines it holds for x are those an evaluation on x gives
 * - the AHEAD kinds with the plan's unlimited look-ahead, the PAST kinds
 * as they are; each kind and due date once; due on or after D and before
 * the day the plan stops covering - and agenda_op is no later than any of
 * their due dates.  That is what the agenda from plans rests on
 * (agenda.c, "the plan"). */

#define SPAN 120
#define MAXS 32

typedef struct plan_ctx {
	cdate day;
	signal_settings ss, far;
	long clients, covered, wrong;
} plan_ctx;

/* The deadlines on x as sorted "kind due verlopen text" lines, cut to
 * [from, until) (until 0: no end). */
static void expected(const casefile *cf, cdate x, const signal_settings *far, cdate from,
		     cdate until, char *out, size_t cap)
{
	signal sg[MAXS];
	size_t n = signals_compute(cf, x, far, sg, MAXS), len = 0;
	int seen[MAXS][2], ns = 0;

	out[0] = '\0';
	for (size_t i = 0; i < n && i < MAXS; i++) {
		int dup = 0;

		if (!agenda_deadline_kind(sg[i].kind) || sg[i].due < from || (until && sg[i].due >= until))
			continue;
		for (int k = 0; k < ns; k++)
			dup |= seen[k][0] == (int)sg[i].kind && seen[k][1] == (int)sg[i].due;
		if (dup)
			continue;
		seen[ns][0] = (int)sg[i].kind;
		seen[ns++][1] = (int)sg[i].due;
		if (len < cap)
			len += (size_t)snprintf(out + len, cap - len, "%d %d %d %s\n", (int)sg[i].kind,
						(int)sg[i].due, sg[i].severity == SEV_VERLOPEN, sg[i].text);
	}
}

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lines sorted, so the order of the plan does not matter. */
static void sorted(char *text)
{
	char *line[MAXS * 4], *copy = strdup(text), *save = NULL;
	size_t n = 0, len = 0;

	for (char *t = strtok_r(copy, "\n", &save); t && n < MAXS * 4; t = strtok_r(NULL, "\n", &save))
		line[n++] = t;
	qsort(line, n, sizeof line[0], cmp_line);
	text[0] = '\0';
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "%s\n", line[i]);
	free(copy);
}

static int plan_one(const casefile *cf, void *arg)
{
	plan_ctx *x = arg;
	char plan[2048], want[4096], got[4096];
	cdate until = 0, cover = 0, op = agenda_plan(cf, x->day, &x->ss, plan, sizeof plan, &cover);
	agenda_deadline d[MAXS];

	x->clients++;
	if (plan[0] != '-')
		until = (cdate)atoi(plan);
	if (until != cover || (until != 0 && (op == 0 || op > until)))
		x->wrong++;     /* the agenda must read the row by then */
	for (cdate t = x->day; t < x->day + SPAN; t++) {
		int n = agenda_plan_at(plan, t, d, MAXS);
		size_t len = 0;

		if (n < 0) {
			if (until == 0 || t < until) {
				if (x->wrong++ < 3)
					printf("# klant %s: plan dekt %d niet: %s", cf->c.klantnummer, (int)t, plan);
			}
			break;
		}
		x->covered++;
		got[0] = '\0';
		for (int i = 0; i < n; i++) {
			len += (size_t)snprintf(got + len, sizeof got - len, "%d %d %d %s\n", (int)d[i].kind,
						(int)d[i].due, d[i].verlopen, d[i].text);
			if (op == 0 || d[i].due < op)
				x->wrong++;
		}
		expected(cf, t, &x->far, x->day, until, want, sizeof want);
		sorted(want);
		sorted(got);
		if (strcmp(want, got) != 0) {
			if (x->wrong++ < 3)
				printf("# klant %s: dag %d, plan van %d:\n# %s# verwacht:\n# %s# plan:\n# %s",
				       cf->c.klantnummer, (int)t, (int)x->day, plan, want, got);
			break;
		}
	}
	return 0;
}

static void plan_property(casus_db *db, cdate day)
{
	plan_ctx x;
	char msg[160], buf[11];

	memset(&x, 0, sizeof x);
	x.day = day;
	signal_settings_load(db, &x.ss);
	x.far = x.ss;
	agenda_far(&x.far);
	CHECK_INT(store_casefile_foreach(db, 0, plan_one, &x), CASUS_OK, "casefiles read");
	cdate_format_nl(day, buf);
	snprintf(msg, sizeof msg, "the plans of %s hold the deadlines of every day they cover "
		 "(%ld clients, %ld client-days)", buf, x.clients, x.covered);
	CHECK(x.clients == N && x.wrong == 0 && x.covered > (long)N * 20, msg);
}

int main(void)
{
	char *err = NULL;
	casus_db *db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	cdate t0 = cdate_from_iso("2026-11-24");
	static const int offsets[] = { -200, -30, 0, 1, 6, 45, 120 };
	static const int periods[] = { 1, 7, 14, 31, 92 };
	size_t items = 0;

	CHECK(db != NULL, "open an in-memory database");
	if (!db) {
		free(err);
		return check_done();
	}
	CHECK_INT(demo_generate(db, N, SEED, t0), CASUS_OK, "demo caseload");
	for (size_t i = 0; i < sizeof offsets / sizeof offsets[0]; i++)
		for (size_t k = 0; k < sizeof periods / sizeof periods[0]; k++) {
			items += compare(db, t0 + offsets[i], periods[k], 0, 1);
			compare(db, t0 + offsets[i], periods[k], 2, 0);
		}
	printf("# %zu punten vergeleken\n", items);
	CHECK(items > 1000, "the comparison has many items");
	for (size_t i = 0; i < sizeof offsets / sizeof offsets[0]; i++)
		plan_property(db, t0 + offsets[i]);
	edges(db, t0 + 3);
	acties(db, t0);

	/* today's agenda brings the overview to today itself */
	{
		cdate today = t0 + 16;
		char iso[11];
		agenda_item *a = NULL;
		size_t na = 0;

		cdate_format_iso(today, iso);
		setenv("CASUS_TODAY", iso, 1);
		CHECK(!caseload_holds(db, today), "before: the overview holds another day");
		CHECK_INT(agenda_build(db, today, 7, 0, &a, &na), CASUS_OK, "today's agenda");
		CHECK(caseload_holds(db, today), "after: the overview holds today");
		agenda_free(a, na);
		compare(db, today, 7, 0, 0);
		unsetenv("CASUS_TODAY");
	}
	db_close(db);
	free(err);
	return check_done();
}
