/* search.c - finding clients (see search.h).
 *
 * One query text may mean several things at once; every interpretation
 * that applies becomes one branch of a UNION, each answered by an index:
 *
 *   date of birth   cdate_parse() accepts it      geboortedatum = ?
 *   BSN             8/9 digits passing elfproef    bsn IN (?, ?)
 *   end of a BSN    4 to 8 digits                  substr(bsn, -4) = last 4 of q
 *                                                  and bsn GLOB '*q' (see below)
 *   klantnummer     no blanks inside               klantnummer range [q, q+1)
 *                   starting with a digit: also    klantnummer range [Kq, Kq+1)
 *   name, >= 3 chars                               client_fts MATCH (trigram)
 *   name, 1-2 chars                                sorteersleutel / zoeksleutel
 *                                                  range [q, q+1)
 *
 * The "[q, q+1)" ranges are prefix searches written as index ranges: the
 * upper bound is the prefix with its last byte incremented, so the
 * B-tree answers them (LIKE would not use the index).  The outer query
 * removes duplicates (UNION), sorts by sorteersleutel (achternaam first)
 * and applies the limit.  Query text only ever reaches SQLite as bound
 * parameters. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "db_int.h"
#include "norm.h"
#include "search.h"
#include "util.h"
#include "validate.h"

/* The statement being built: SQL text from fixed fragments plus the
 * owned text values for its anonymous '?' parameters, in order. */
struct qbuild {
	strbuf sql;
	char **bind;
	int nbind, capbind;
	int nbranch;
	int open;              /* a branch awaits its ORDER BY ... LIMIT */
	int by_index;          /* ... and its rows come in sorteersleutel order */
	char limit[24];        /* the limit as text, bound to each branch */
};

static void qb_bind(struct qbuild *qb, const char *value)
{
	if (qb->nbind == qb->capbind) {
		qb->capbind = qb->capbind ? qb->capbind * 2 : 8;
		qb->bind = xrealloc(qb->bind, (size_t)qb->capbind * sizeof *qb->bind);
	}
	qb->bind[qb->nbind++] = xstrdup(value);
}

/* Close the open branch: each branch is limited on its own, in the final
 * order, so no branch hands the UNION more rows than can be shown (a
 * one-letter query matches thousands of names). */
static void qb_close(struct qbuild *qb)
{
	if (!qb->open)
		return;
	/* "+sorteersleutel" keeps the planner on the branch's own index (a
	 * range or the trigram index) instead of walking client_sorteersleutel
	 * and testing every row; only a range on sorteersleutel itself is
	 * read in the order wanted */
	sb_append(&qb->sql, qb->by_index ? " ORDER BY sorteersleutel, id LIMIT CAST(? AS INTEGER))"
					 : " ORDER BY +sorteersleutel, id LIMIT CAST(? AS INTEGER))");
	qb_bind(qb, qb->limit);
	qb->open = 0;
}

static void qb_branch(struct qbuild *qb, const char *sql)
{
	qb_close(qb);
	if (qb->nbranch++)
		sb_append(&qb->sql, "\n UNION ");
	sb_append(&qb->sql, "SELECT * FROM (");
	sb_append(&qb->sql, sql);
	qb->open = 1;
	qb->by_index = 0;
}

/* The smallest string greater than every string starting with prefix:
 * the prefix with its last byte + 1 (trailing 0xFF bytes, which cannot
 * occur in UTF-8, are carried).  NULL when there is no such bound. */
static char *prefix_upper(const char *prefix)
{
	size_t n = strlen(prefix);
	char *up = xstrdup(prefix);

	while (n > 0 && (unsigned char)up[n - 1] == 0xFF)
		up[--n] = '\0';
	if (n == 0) {
		free(up);
		return NULL;
	}
	up[n - 1] = (char)((unsigned char)up[n - 1] + 1);
	return up;
}

/* Branch "column >= prefix AND column < upper" over an indexed column
 * (column is one of our fixed names, never user text). */
static void qb_prefix(struct qbuild *qb, const char *column, const char *prefix)
{
	char *up = prefix_upper(prefix);
	char *sql;

	if (!up)
		return;
	sql = xasprintf("SELECT id, sorteersleutel FROM client WHERE %s >= ? AND %s < ?",
			column, column);
	qb_branch(qb, sql);
	qb->by_index = strcmp(column, "sorteersleutel") == 0;
	qb_bind(qb, prefix);
	qb_bind(qb, up);
	free(sql);
	free(up);
}

/* Number of code points (the text is valid UTF-8: it came from norm_key). */
static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* Append s as an FTS5 string: wrapped in double quotes, inner quotes
 * doubled.  Inside quotes FTS5 operators (AND, NEAR, *, ...) are text. */
static void fts_quote(strbuf *sb, const char *s)
{
	sb_appendc(sb, '"');
	for (; *s; s++) {
		if (*s == '"')
			sb_appendc(sb, '"');
		sb_appendc(sb, *s);
	}
	sb_appendc(sb, '"');
}

#define FTS_JOIN "SELECT client.id, client.sorteersleutel FROM client_fts" \
		 " JOIN client ON client.id = client_fts.rowid" \
		 " WHERE client_fts MATCH ?"

/* The name interpretation of the normalised query q (non-empty; words
 * separated by single spaces). */
static void add_name_branches(struct qbuild *qb, const char *q)
{
	strbuf match = STRBUF_INIT, sql = STRBUF_INIT;
	char *copy, *word, *save = NULL;
	char **shortw = NULL;
	size_t nshort = 0, nlong = 0, i;

	if (utf8_chars(q) < 3) {
		/* achternaam first, then voornaam first */
		qb_prefix(qb, "sorteersleutel", q);
		qb_prefix(qb, "zoeksleutel", q);
		return;
	}

	/* Words of three or more characters go to the trigram index (all of
	 * them must occur); shorter words filter the candidates as
	 * substrings of zoeksleutel. */
	copy = xstrdup(q);
	for (word = strtok_r(copy, " ", &save); word; word = strtok_r(NULL, " ", &save)) {
		if (utf8_chars(word) >= 3) {
			if (nlong++)
				sb_append(&match, " AND ");
			fts_quote(&match, word);
		} else {
			shortw = xrealloc(shortw, (nshort + 1) * sizeof *shortw);
			shortw[nshort++] = word;
		}
	}

	if (nlong == 0) {
		/* Only short words ("wu li"): the whole text as one substring
		 * of the name, or as a prefix of either key order. */
		fts_quote(&match, q);
		qb_branch(qb, FTS_JOIN);
		qb_bind(qb, match.s);
		qb_prefix(qb, "sorteersleutel", q);
		qb_prefix(qb, "zoeksleutel", q);
	} else {
		sb_append(&sql, FTS_JOIN);
		for (i = 0; i < nshort; i++)
			sb_append(&sql, " AND instr(client.zoeksleutel, ?) > 0");
		qb_branch(qb, sql.s);
		qb_bind(qb, match.s);
		for (i = 0; i < nshort; i++)
			qb_bind(qb, shortw[i]);
	}
	free(shortw);
	free(copy);
	sb_free(&sql);
	sb_free(&match);
}

/* The klantnummer interpretation: as typed and, if different, in capitals
 * (klantnummers are usually written in capitals). */
static void add_klantnummer_branches(struct qbuild *qb, const char *t)
{
	char *up = xstrdup(t);

	qb_prefix(qb, "klantnummer", t);
	for (char *p = up; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	if (strcmp(up, t) != 0)
		qb_prefix(qb, "klantnummer", up);
	/* "100234" finds K100234: the K is often left out */
	if (*up >= '0' && *up <= '9') {
		char *k = xasprintf("K%s", up);

		qb_prefix(qb, "klantnummer", k);
		free(k);
	}
	free(up);
}

/* The last 4 to 8 digits of a BSN (to tell same-named clients apart at
 * the counter without reading out the whole number).  No index on bsn
 * answers a suffix, so migration 014 indexes its last four characters,
 * client_bsn_einde ON client(substr(bsn, -4)) WHERE bsn IS NOT NULL: the
 * branch is an equality on the last four digits typed (about one client
 * in ten thousand), and the GLOB checks all the digits typed on those rows
 * only.  "substr(bsn, -4)" must stay written exactly as in the index, and
 * "bsn IS NOT NULL" must stay for the planner to take the partial index;
 * tests/unit/test_search checks the plan. */
static void add_bsn_suffix_branch(struct qbuild *qb, const char *t)
{
	size_t n = strlen(t);
	char *pat;

	if (n < 4 || n > 8 || strspn(t, "0123456789") != n)
		return;
	pat = xasprintf("*%s", t);
	qb_branch(qb, "SELECT id, sorteersleutel FROM client"
		      " WHERE substr(bsn, -4) = ? AND bsn IS NOT NULL AND bsn GLOB ?");
	qb_bind(qb, t + n - 4);
	qb_bind(qb, pat);
	free(pat);
}

static void add_bsn_branch(struct qbuild *qb, const char *t)
{
	char norm[10];
	size_t n = strlen(t);

	if ((n != 8 && n != 9) || strspn(t, "0123456789") != n)
		return;
	if (!bsn_valid(t) || bsn_normalise(t, norm) != 0)
		return;
	/* as stored normally (9 digits) and as typed (8 digits) */
	qb_branch(qb, "SELECT id, sorteersleutel FROM client WHERE bsn IN (?, ?)");
	qb_bind(qb, norm);
	qb_bind(qb, t);
}

static void add_date_branch(struct qbuild *qb, const char *t)
{
	cdate d;
	char iso[11];

	if (cdate_parse(t, &d) != DATE_OK)
		return;
	cdate_format_iso(d, iso);
	qb_branch(qb, "SELECT id, sorteersleutel FROM client WHERE geboortedatum = ?");
	qb_bind(qb, iso);
}

int search_clients(casus_db *db, const char *query, size_t limit, search_result *out)
{
	struct qbuild qb = { STRBUF_INIT, NULL, 0, 0, 0, 0, 0, "" };
	sqlite3_stmt *st = NULL;
	char *text = NULL, *q = NULL;
	size_t cap = 0;
	int rc, ret = CASUS_ERROR, i;

	out->ids = NULL;
	out->n = 0;
	if (str_blank(query))
		return CASUS_OK;

	text = str_trim_dup(query);
	q = norm_key(text);
	/* limit 0: no limit */
	snprintf(qb.limit, sizeof qb.limit, "%lld",
		 limit == 0 || limit > (size_t)INT64_MAX ? -1LL : (long long)limit);

	add_date_branch(&qb, text);
	add_bsn_branch(&qb, text);
	add_bsn_suffix_branch(&qb, text);
	/* klantnummers carry digits: a query without one is a name */
	if (!strpbrk(text, " \t\r\n") && strpbrk(text, "0123456789"))
		add_klantnummer_branches(&qb, text);
	if (*q)
		add_name_branches(&qb, q);

	qb_close(&qb);
	if (qb.nbranch == 0) {
		ret = CASUS_OK;
		goto cleanup;
	}
	{
		char *inner = sb_take(&qb.sql);
		sb_append(&qb.sql, "SELECT id FROM (");
		sb_append(&qb.sql, inner);
		sb_append(&qb.sql, ")\n ORDER BY sorteersleutel, id LIMIT ?");
		free(inner);
	}
	if (db_prepare(db, qb.sql.s, &st) != SQLITE_OK)
		goto cleanup;
	for (i = 0; i < qb.nbind; i++)
		sqlite3_bind_text(st, i + 1, qb.bind[i], -1, SQLITE_STATIC);
	/* limit 0: no limit */
	sqlite3_bind_int64(st, qb.nbind + 1,
			   limit == 0 || limit > (size_t)INT64_MAX ? -1 : (sqlite3_int64)limit);

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap ? cap * 2 : 16;
			out->ids = xrealloc(out->ids, cap * sizeof *out->ids);
		}
		out->ids[out->n++] = sqlite3_column_int64(st, 0);
	}
	if (rc != SQLITE_DONE) {
		db_fail(db, rc, "zoeken");
		search_result_free(out);
		goto cleanup;
	}
	ret = CASUS_OK;

cleanup:
	sqlite3_finalize(st);
	for (i = 0; i < qb.nbind; i++)
		free(qb.bind[i]);
	free(qb.bind);
	sb_free(&qb.sql);
	free(text);
	free(q);
	return ret;
}

void search_result_free(search_result *r)
{
	if (!r)
		return;
	free(r->ids);
	r->ids = NULL;
	r->n = 0;
}
