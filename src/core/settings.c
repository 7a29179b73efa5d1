/* settings.c - the user's settings described once (settings.h): the table
 * below names every key a user may set, its kind and limits; reading,
 * validating and storing go through it, one transaction per change. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sqlite3.h>

#include "db_int.h"
#include "settings.h"
#include "signals.h"
#include "store.h"
#include "util.h"

#define TEXT_MAX 100

static const setting_def SETTINGS[] = {
	{ "consultant", "Consulent (wie ben ik)", SET_CONSULTANT, 0, 0, 0,
	  "Login of code van de consulent die casus gebruikt: bepaalt \"Mijn caseload\" en de auteur in de historie" },
	{ "gemeente", "Gemeente", SET_TEXT, 0, TEXT_MAX, 0,
	  "Naam van de gemeente, in de Toelichting van de registratie (Gemeente / team)" },
	{ "team", "Team", SET_TEXT, 0, TEXT_MAX, 0,
	  "Naam van het team, in de Toelichting van de registratie (Gemeente / team)" },
	{ "peildatum", "Peildatum", SET_DATE, 0, 0, 0,
	  "Standaard peildatum van Registratie en kaart (dd-mm-jjjj); leeg: de huidige 31 oktober" },
#define SETTING_SIGNAL(id, key, dflt, name) \
	{ key, "Signaal " name, SET_NUMBER, 1, 999, dflt, \
	  "Drempel van het signaal " name " (in de eenheid van de standaard)" },
	SIGNAL_LIST(SETTING_SIGNAL)
#undef SETTING_SIGNAL
};

/* SIGNAL_LIST has entries without a key (computed signals): skipped. */
static const setting_def *const *defs(size_t *n)
{
	static const setting_def *v[sizeof SETTINGS / sizeof SETTINGS[0]];
	static size_t nv;

	if (!nv)
		for (size_t i = 0; i < sizeof SETTINGS / sizeof SETTINGS[0]; i++)
			if (SETTINGS[i].key)
				v[nv++] = &SETTINGS[i];
	*n = nv;
	return v;
}

size_t settings_count(void)
{
	size_t n;

	defs(&n);
	return n;
}

const setting_def *settings_def(size_t i)
{
	size_t n;
	const setting_def *const *v = defs(&n);

	return i < n ? v[i] : NULL;
}

const setting_def *settings_find(const char *key)
{
	size_t n;
	const setting_def *const *v = defs(&n);

	if (!key)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(v[i]->key, key) == 0)
			return v[i];
	return NULL;
}

/* "dagen", "weken", "maanden" from a threshold's key ("signaal.pip_dagen"). */
static const char *unit_of(const char *key)
{
	const char *u = strrchr(key, '_');

	return u ? u + 1 : "";
}

char *settings_value(casus_db *db, const setting_def *d)
{
	char *v = db_setting_get(db, d->key);

	if (v && str_blank(v)) {
		free(v);
		return NULL;
	}
	if (v && d->kind == SET_DATE) {
		cdate c = cdate_from_iso(v);
		char buf[11];

		if (c != CDATE_NONE) {
			cdate_format_nl(c, buf);
			free(v);
			v = xstrdup(buf);
		}
	}
	return v;
}

char *settings_default_text(const setting_def *d)
{
	switch (d->kind) {
	case SET_CONSULTANT:
		return xstrdup("login $USER");
	case SET_DATE:
		return xstrdup("huidige 31 oktober");
	case SET_NUMBER:
		return xasprintf("%d %s", d->dflt, unit_of(d->key));
	default:
		return xstrdup("niet ingesteld");
	}
}

/* ---- validation ------------------------------------------------------------ */

/* The login of the consultant named by v (login exactly, else without
 * regard to case), or NULL with *msg set. */
static char *check_consultant(casus_db *db, const setting_def *d, const char *v, char **msg)
{
	consultant *cons = NULL;
	size_t n = 0;
	char *login = NULL;

	if (store_consultant_list(db, &cons, &n) != CASUS_OK) {
		*msg = xasprintf("%s: de consulenten konden niet worden gelezen: %s",
				 d->naam, db_errmsg(db));
		return NULL;
	}
	for (int pass = 0; pass < 2 && !login; pass++)
		for (size_t i = 0; i < n && !login; i++)
			if (cons[i].login && (pass == 0 ? strcmp(cons[i].login, v) == 0 :
					      strcasecmp(cons[i].login, v) == 0))
				login = xstrdup(cons[i].login);
	if (!login) {
		strbuf sb = STRBUF_INIT;

		sb_appendf(&sb, "%s: geen consulent met de login '", d->naam);
		sb_append_printable(&sb, v);
		sb_append(&sb, "'");
		if (n) {
			sb_append(&sb, " (bekend: ");
			for (size_t i = 0; i < n; i++) {
				if (i)
					sb_append(&sb, ", ");
				sb_append_printable(&sb, cons[i].login ? cons[i].login : "");
			}
			sb_append(&sb, ")");
		} else {
			sb_append(&sb, "; er zijn nog geen consulenten");
		}
		*msg = sb_take(&sb);
		sb_free(&sb);
	}
	for (size_t i = 0; i < n; i++)
		consultant_clear(&cons[i]);
	free(cons);
	return login;
}

/* The value to store for d, or NULL with *msg set.  *warn may get a
 * warning for a value that is stored anyway. */
static char *check_value(casus_db *db, const setting_def *d, const char *v,
			 char **msg, char **warn)
{
	switch (d->kind) {
	case SET_CONSULTANT:
		return check_consultant(db, d, v, msg);
	case SET_TEXT:
		if (str_has_control(v, 0) || str_find_invisible(v)) {
			*msg = xasprintf("%s: bevat een stuurteken of onzichtbaar teken", d->naam);
			return NULL;
		}
		if (strlen(v) > (size_t)d->max) {
			*msg = xasprintf("%s: te lang (hoogstens %d tekens)", d->naam, d->max);
			return NULL;
		}
		return xstrdup(v);
	case SET_DATE: {
		cdate c;
		int rc = cdate_parse(v, &c);
		char buf[11];
		int y, m, day;

		if (rc != DATE_OK) {
			strbuf sb = STRBUF_INIT;

			sb_appendf(&sb, "%s: '", d->naam);
			sb_append_printable(&sb, v);
			sb_appendf(&sb, "' is %s", cdate_parse_message(rc));
			*msg = sb_take(&sb);
			sb_free(&sb);
			return NULL;
		}
		cdate_to_ymd(c, &y, &m, &day);
		if (m != 10 || day != 31) {
			cdate_format_nl(c, buf);
			*warn = xasprintf("Let op: peildatum %s is geen 31 oktober "
					  "(de registratie telt per 31 oktober)", buf);
		}
		cdate_format_iso(c, buf);
		return xstrdup(buf);
	}
	case SET_NUMBER: {
		char *end;
		long n;

		errno = 0;
		n = strtol(v, &end, 10);
		if (end == v || *end != '\0' || errno) {
			strbuf sb = STRBUF_INIT;

			sb_appendf(&sb, "%s: '", d->naam);
			sb_append_printable(&sb, v);
			sb_append(&sb, "' is geen geheel getal");
			*msg = sb_take(&sb);
			sb_free(&sb);
			return NULL;
		}
		if (n < d->min || n > d->max) {
			*msg = xasprintf("%s: %ld ligt niet tussen %d en %d", d->naam, n, d->min, d->max);
			return NULL;
		}
		return xasprintf("%ld", n);
	}
	}
	return NULL;
}

/* ---- storing ------------------------------------------------------------------ */

/* A signal threshold changes every client's signals: the overview
 * (caseload_refresh.c, client_status) is recomputed in full at its next refresh
 * when the day of its last full pass ("overzicht.datum") is gone.  The
 * triggers of db/003-overzicht.sql do this on insert and update; a
 * threshold removed (back to its default) needs it here. */
static int forget_overview_day(casus_db *db)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (db_prepare(db, "DELETE FROM setting WHERE key = 'overzicht.datum'", &st) != SQLITE_OK)
		return CASUS_ERROR;
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "opslaan van een instelling");
}

static int store_value(casus_db *db, const setting_def *d, const char *value)
{
	const char *key = d->key;
	sqlite3_stmt *st = NULL;
	int rc;

	if ((rc = db_tx_begin(db)) != CASUS_OK)
		return rc;
	if (db_prepare(db, value ? "INSERT INTO setting(key, value) VALUES (?, ?) "
		       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
		       : "DELETE FROM setting WHERE key = ?", &st) != SQLITE_OK) {
		rc = CASUS_ERROR;
		goto out;
	}
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (value)
		sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	rc = rc == SQLITE_DONE ? CASUS_OK : db_fail(db, rc, "opslaan van een instelling");
	/* thresholds and the peildatum (the registration signal) change
	 * every client's signals */
	if (rc == CASUS_OK && (d->kind == SET_NUMBER || strcmp(key, "peildatum") == 0))
		rc = forget_overview_day(db);
out:
	sqlite3_finalize(st);
	if (rc == CASUS_OK)
		rc = db_tx_commit(db);
	else
		db_tx_rollback(db);
	return rc;
}

int settings_set(casus_db *db, const setting_def *d, const char *value, char **msg)
{
	char *v = str_trim_dup(value ? value : ""), *stored = NULL, *warn = NULL;
	int rc;

	*msg = NULL;
	if (*v) {
		stored = check_value(db, d, v, msg, &warn);
		if (!stored) {
			free(v);
			return CASUS_INVALID;
		}
	}
	rc = store_value(db, d, stored);
	if (rc == CASUS_OK) {
		*msg = warn;
		warn = NULL;
		if (d->kind == SET_CONSULTANT)
			db_set_user(db);
	} else {
		*msg = xasprintf("%s: niet opgeslagen: %s", d->naam, db_errmsg(db));
	}
	free(warn);
	free(stored);
	free(v);
	return rc;
}

/* ---- who am I ----------------------------------------------------------------- */

int64_t settings_me(casus_db *db, char **naam)
{
	char *login = db_setting_get(db, "consultant");
	const char *user = getenv("USER");
	consultant *cons = NULL;
	size_t n = 0;
	int64_t id = 0;

	if (naam)
		*naam = NULL;
	if (store_consultant_list(db, &cons, &n) == CASUS_OK) {
		for (int pass = 0; pass < 2 && !id; pass++) {
			const char *l = pass == 0 ? login : user;

			if (!l || !*l)
				continue;
			for (size_t i = 0; i < n && !id; i++)
				if (cons[i].login && strcmp(cons[i].login, l) == 0) {
					id = cons[i].id;
					if (naam)
						*naam = xstrdup(cons[i].naam ? cons[i].naam : "");
				}
		}
	}
	for (size_t i = 0; i < n; i++)
		consultant_clear(&cons[i]);
	free(cons);
	free(login);
	return id;
}

int settings_need_me(casus_db *db)
{
	char *login = db_setting_get(db, "consultant");
	consultant *cons = NULL;
	size_t n = 0;
	int need;

	need = str_blank(login) && settings_me(db, NULL) == 0 &&
		store_consultant_list(db, &cons, &n) == CASUS_OK && n > 0;
	for (size_t i = 0; i < n; i++)
		consultant_clear(&cons[i]);
	free(cons);
	free(login);
	return need;
}
