/* test_zelfevaluatie.c - the zelfevaluatie's scoring rules (spec "Scores
 * and figures"): n.v.t. versus open, one decimal, the count a theme score
 * rests on, changes only against the previous round of the same
 * instrument, closed rounds refuse changes; the built-in instrument; the
 * instrument parser's FILE:LINE messages; the audit. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "dbcount.h"
#include "util.h"
#include "zelfevaluatie.h"

static void test_theme_score(void)
{
	int a[] = { 7, 6, 8, ZE_NVT };           /* n.v.t. left out */
	int b[] = { 7, 6, 8, ZE_OPEN };          /* open left out too */
	int c[] = { ZE_NVT, ZE_OPEN };
	int d[] = { 6, 7 };                      /* 6,5 exactly */
	int e[] = { 7, 7, 6 };                   /* 6,666 -> 6,7 */
	int f[] = { 10, 9, 9 };                  /* 9,333 -> 9,3 */
	int g[] = { 1, 2, 2, 2, 2, 2, 2, 2 };    /* 1,875 -> 1,9 (half up) */
	char buf[64];
	ze_themascore s;

	s = ze_theme_score(a, 4);
	ze_format_themescore(s, buf, sizeof buf);
	CHECK_STR(buf, "7,0 (3 van 4)", "n.v.t. is left out of the mean and the count");
	s = ze_theme_score(b, 4);
	ze_format_themescore(s, buf, sizeof buf);
	CHECK_STR(buf, "7,0 (3 van 4)", "open is left out of the mean and the count");
	s = ze_theme_score(c, 2);
	CHECK_INT(s.tiendes, -1, "no score when none is scored");
	ze_format_themescore(s, buf, sizeof buf);
	CHECK_STR(buf, "geen score (0 van 2)", "no score shown as such");
	s = ze_theme_score(d, 2);
	ze_format_themescore(s, buf, sizeof buf);
	CHECK_STR(buf, "6,5 (2 van 2)", "one decimal");
	s = ze_theme_score(e, 3);
	CHECK_INT(s.tiendes, 67, "6,666 rounds to 6,7");
	s = ze_theme_score(f, 3);
	CHECK_INT(s.tiendes, 93, "9,333 rounds to 9,3");
	s = ze_theme_score(g, 8);
	CHECK_INT(s.tiendes, 19, "1,875 rounds half up to 1,9");
	CHECK_INT(ze_format_change(68, 63, buf, sizeof buf), 5, "change in tenths");
	CHECK_STR(buf, "\u25B2 +0,5", "change up with an arrow");
	ze_format_change(60, 73, buf, sizeof buf);
	CHECK_STR(buf, "\u25BC -1,3", "change down with an arrow");
	ze_format_change(60, 60, buf, sizeof buf);
	CHECK_STR(buf, "= 0,0", "no change");
	ze_format_change(60, -1, buf, sizeof buf);
	CHECK_STR(buf, "", "no change without a previous score");
}

static void test_parse_score(void)
{
	int v = -5;

	CHECK(ze_parse_score("nvt", &v) == 0 && v == ZE_NVT, "nvt is n.v.t.");
	CHECK(ze_parse_score("n.v.t.", &v) == 0 && v == ZE_NVT, "n.v.t. is n.v.t.");
	CHECK(ze_parse_score("10", &v) == 0 && v == 10, "10");
	CHECK(ze_parse_score("1", &v) == 0 && v == 1, "1");
	CHECK(ze_parse_score("0", &v) < 0, "0 is not a score (n.v.t. is written nvt)");
	CHECK(ze_parse_score("11", &v) < 0, "11 refused");
	CHECK(ze_parse_score("6,5", &v) < 0, "no fractions");
	CHECK(ze_parse_score("", &v) < 0, "empty refused");
}

static void test_builtin(void)
{
	ze_instrument ins;
	char **m = NULL;
	size_t n = 0, total = 0;
	int rc = ze_instrument_parse(ze_instrument_builtin_text(), "ingebouwd", &ins, &m, &n);

	CHECK_INT(rc, CASUS_OK, "the built-in instrument parses");
	CHECK_INT(ins.nth, 7, "seven themes");
	for (size_t t = 0; t < ins.nth; t++)
		for (size_t s = 0; s < ins.th[t].nst; s++, total++)
			if (!ins.th[t].st[s].tip)
				printf("# statement %s without a tip\n", ins.th[t].st[s].nummer);
	CHECK_INT(total, 27, "27 statements");
	CHECK_STR(ins.th[1].st[0].nummer, "2.5", "numbers run on across themes");
	CHECK_STR(ins.th[0].st[0].tekst, "Lessen sluiten aan op wat in het AZC is geleerd.",
		  "the text casus shows");
	ze_instrument_free(&ins);
}

static void test_parser_errors(void)
{
	const char *text =
		"instrument: x\n"          /* 1 */
		"thema 1: Taal\n"          /* 2: no statements */
		"thema 2: Werk\n"          /* 3 */
		"stelling 3.1: Verkeerd\n" /* 4: wrong theme */
		"stelling 2.1: Goed\n"     /* 5 */
		"stelling 2.1: Dubbel\n"   /* 6 */
		"zin zonder dubbelepunt\n" /* 7 */
		"vraag 1: onbekend\n"      /* 8 */
		"tip:\n";                  /* 9: empty */
	ze_instrument ins;
	char **m = NULL;
	size_t n = 0;
	int rc = ze_instrument_parse(text, "f.txt", &ins, &m, &n);

	CHECK_INT(rc, CASUS_INVALID, "a bad file is refused");
	CHECK_INT(n, 7, "one message per problem");
	if (n == 7) {
		CHECK_STR(m[0], "f.txt:2: thema 1 heeft geen stellingen", "empty theme");
		CHECK_STR(m[1], "f.txt:4: stelling 3.1 hoort niet bij thema 2 (begin het nummer met 2.)",
			  "statement number of another theme");
		CHECK_STR(m[2], "f.txt:6: stelling 2.1 komt al voor", "duplicate statement");
		CHECK(strncmp(m[3], "f.txt:7: regel zonder ':'", 25) == 0, "no colon");
		CHECK(strncmp(m[4], "f.txt:8: onbekend sleutelwoord 'vraag'", 38) == 0, "unknown keyword");
		CHECK_STR(m[5], "f.txt:9: tip: de tekst na ':' ontbreekt", "empty text");
		CHECK_STR(m[6], "f.txt:9: 'versie: VERSIE' ontbreekt", "missing version");
	}
	for (size_t i = 0; i < n; i++)
		free(m[i]);
	free(m);
	CHECK(ins.th == NULL && ins.naam == NULL, "nothing half-parsed is left");
}

/* Two instruments, rounds, scores, closing, the audit. */
static void test_store(void)
{
	char *err = NULL, *msg = NULL;
	casus_db *db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	ze_ronde r1, r2, r3, prev;
	ze_view v;
	char path[] = "/tmp/casus-ze-XXXXXX";
	int fd;
	ze_instrument other;
	char **m = NULL;
	size_t n = 0;

	if (!CHECK(db != NULL, "open")) {
		printf("# %s\n", err);
		return;
	}
	CHECK_INT(ze_ronde_new(db, "Voorjaar 2026", cdate_from_ymd(2026, 4, 1), "team", &r1, &msg),
		  CASUS_OK, "first round");
	CHECK_INT(count(db, "SELECT count(*) FROM ze_stelling"), 27, "the built-in instrument stored");
	CHECK_INT(ze_score_set(db, r1.id, "1.1", 6, NULL, &msg), CASUS_OK, "score 1.1");
	CHECK_INT(ze_score_set(db, r1.id, "1.2", 7, "goed", &msg), CASUS_OK, "score 1.2");
	CHECK_INT(ze_score_set(db, r1.id, "1.3", ZE_NVT, NULL, &msg), CASUS_OK, "1.3 n.v.t.");
	CHECK_INT(ze_score_set(db, r1.id, "9.9", 5, NULL, &msg), CASUS_INVALID, "unknown statement");
	CHECK(msg && strstr(msg, "Nummer: stelling '9.9'"), "  message names the field");
	free(msg), msg = NULL;
	CHECK_INT(ze_ronde_close(db, r1.id, &msg), CASUS_OK, "close round 1");
	CHECK_INT(ze_score_set(db, r1.id, "1.1", 9, NULL, &msg), CASUS_INVALID,
		  "a closed round refuses a score");
	CHECK(msg && strstr(msg, "afgesloten"), "  says it is closed");
	free(msg), msg = NULL;
	CHECK_INT(ze_actie_add(db, r1.id, "1", "x", NULL, 0, NULL, &msg), CASUS_INVALID,
		  "a closed round refuses a new action");
	free(msg), msg = NULL;
	CHECK_INT(count(db, "SELECT waarde FROM ze_score WHERE stelling_id = "
			"(SELECT id FROM ze_stelling WHERE nummer = '1.1')"), 6, "score unchanged");

	CHECK_INT(ze_ronde_new(db, "Najaar 2026", cdate_from_ymd(2026, 10, 1), NULL, &r2, &msg),
		  CASUS_OK, "second round");
	ze_score_set(db, r2.id, "1.1", 7, NULL, &msg);
	ze_score_set(db, r2.id, "1.2", 8, NULL, &msg);
	ze_score_set(db, r2.id, "1.4", 6, NULL, &msg);
	CHECK_INT(ze_view_load(db, r2.id, &v), CASUS_OK, "view of round 2");
	CHECK(v.has_prev && v.prev.id == r1.id, "previous round of the same instrument");
	CHECK_INT(ze_view_theme(&v, 0, 0).tiendes, 70, "theme 1 now 7,0");
	CHECK_INT(ze_view_theme(&v, 0, 0).scored, 3, "  on 3");
	CHECK_INT(ze_view_theme(&v, 0, 1).tiendes, 65, "theme 1 before 6,5");
	CHECK_INT(ze_view_theme(&v, 0, 1).scored, 2, "  on 2 (n.v.t. left out)");
	ze_view_free(&v);

	/* another instrument: its round is not compared with the others */
	fd = mkstemp(path);
	if (fd >= 0) {
		const char *t = "instrument: ander\nversie: 2\nthema 1: Taal\nstelling 1.1: Een\n";
		if (write(fd, t, strlen(t)) < 0)
			perror("write");
		close(fd);
	}
	CHECK_INT(ze_instrument_load_file(db, path, &other, &m, &n), CASUS_OK, "load an instrument");
	ze_instrument_free(&other);
	CHECK_INT(ze_instrument_load_file(db, path, &other, &m, &n), CASUS_INVALID,
		  "the same name and version again is refused");
	CHECK(n == 1 && strstr(m[0], "is al geladen"), "  says so");
	for (size_t i = 0; i < n; i++)
		free(m[i]);
	free(m);
	unlink(path);
	CHECK_INT(ze_ronde_new(db, "Voorjaar 2027", cdate_from_ymd(2027, 4, 1), NULL, &r3, &msg),
		  CASUS_OK, "round of the new instrument");
	CHECK(r3.instrument_id != r1.instrument_id, "  uses the new instrument");
	CHECK_INT(ze_ronde_previous(db, &r3, &prev), CASUS_NOTFOUND,
		  "no comparison across instruments");
	CHECK_INT(ze_ronde_new(db, "Voorjaar 2027", 0, NULL, &prev, &msg), CASUS_INVALID,
		  "a second round of that name is refused");
	free(msg), msg = NULL;
	CHECK_INT(count(db, "SELECT count(*) FROM audit WHERE tabel = 'ze_score'"), 6,
		  "every score written is in the audit");
	CHECK_INT(count(db, "SELECT count(*) FROM audit WHERE tabel = 'ze_ronde' AND actie = 'wijzigen'"),
		  1, "the close is in the audit");
	CHECK_INT(count(db, "SELECT count(*) FROM audit WHERE tabel = 'ze_instrument'"), 2,
		  "both instruments' loading is in the audit");
	ze_ronde_free(&r1);
	ze_ronde_free(&r2);
	ze_ronde_free(&r3);
	db_close(db);
}

static void test_actions(void)
{
	char *err = NULL, *msg = NULL;
	casus_db *db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	ze_ronde r1, r2;
	ze_actie *a = NULL;
	ze_view v;
	size_t n = 0;
	int64_t id = 0;

	ze_ronde_new(db, "R1", cdate_from_ymd(2026, 4, 1), NULL, &r1, &msg);
	CHECK_INT(ze_actie_add(db, r1.id, "Gezondheid", "GGD uitnodigen", "Eline",
			       cdate_from_ymd(2026, 6, 1), &id, &msg), CASUS_OK, "action by theme name");
	CHECK_INT(ze_actie_add(db, r1.id, "8", "x", NULL, 0, NULL, &msg), CASUS_INVALID,
		  "no theme 8");
	free(msg), msg = NULL;
	CHECK_INT(ze_actie_overdue(db, cdate_from_ymd(2026, 6, 1), &a, &n), CASUS_OK, "overdue");
	CHECK_INT(n, 0, "not overdue on its streefdatum");
	ze_actie_list_free(a, n);
	ze_actie_overdue(db, cdate_from_ymd(2026, 6, 2), &a, &n);
	CHECK_INT(n, 1, "overdue the day after");
	ze_actie_list_free(a, n);
	ze_ronde_close(db, r1.id, &msg);
	ze_ronde_new(db, "R2", cdate_from_ymd(2026, 10, 1), NULL, &r2, &msg);
	ze_view_load(db, r2.id, &v);
	CHECK_INT(v.nact, 1, "an open action carries over to the next round");
	ze_view_free(&v);
	CHECK_INT(ze_actie_set_status(db, id, ZA_KLAAR, &msg), CASUS_OK,
		  "status of an action of a closed round can change");
	ze_view_load(db, r2.id, &v);
	CHECK_INT(v.nact, 0, "a finished action does not carry over");
	ze_view_free(&v);
	ze_actie_overdue(db, cdate_from_ymd(2026, 12, 1), &a, &n);
	CHECK_INT(n, 0, "a finished action is not overdue");
	ze_actie_list_free(a, n);
	ze_ronde_free(&r1);
	ze_ronde_free(&r2);
	db_close(db);
}

int main(void)
{
	setenv("CASUS_NOW", "2026-11-30 10:00", 1);
	test_theme_score();
	test_parse_score();
	test_builtin();
	test_parser_errors();
	test_store();
	test_actions();
	return check_done();
}
