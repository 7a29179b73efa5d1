/* tui.c - the full-screen application: start, the view stack and the main
 * loop.  Only the main loop draws (draw_all); key handlers return flags.
 *
 * The scripted-screen harness uses the same entry: with CASUS_TUI_SCRIPT
 * set, the screen is created with newterm() on /dev/null at the size of
 * LINES/COLUMNS, keys come from the script (script.c) and <Dump name>
 * writes the virtual screen as text to $CASUS_TUI_DUMP/name.txt. */
#include "config.h"

#include <assert.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../common/errout.h"
#include "settings.h"
#include "store.h"
#include "tui.h"
#include "tui_main.h"
#include "util.h"

static int force_clear;
static int demo_mode;
static int want_cursor, cursor_y, cursor_x;

/* ---- view stack ---------------------------------------------------------------- */

view *tui_top(tui *t)
{
	return t->nstack ? t->stack[t->nstack - 1] : NULL;
}

void tui_push(tui *t, const view_ops *ops, void *priv)
{
	view *v;

	if (t->nstack == TUI_STACK_MAX) {
		tui_message(t, 1, "Te veel schermen open; sluit eerst een scherm met q.");
		if (ops->close) {
			view tmp = { ops, priv, 0 };
			ops->close(t, &tmp);
		}
		return;
	}
	v = xcalloc(1, sizeof *v);
	v->ops = ops;
	v->priv = priv;
	t->stack[t->nstack++] = v;
	if (ops->open)
		ops->open(t, v);
}

void tui_pop(tui *t, int changed)
{
	view *v = tui_top(t);

	if (!v)
		return;
	t->nstack--;
	if (v->ops->close)
		v->ops->close(t, v);
	free(v);
	if (changed)
		tui_changed(t);
}

void tui_changed(tui *t)
{
	tui_refresh_status(t);
	for (int i = 0; i < t->nstack; i++)
		t->stack[i]->stale = 1;
}

void tui_message(tui *t, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->msg_err = err;
}

void tui_progress(tui *t, const char *text)
{
	if (isendwin() || LINES < 2)
		return;
	tui_put(LINES - 2, 0, text, COLS, ROLE_MELDING);
	refresh();
	if (t->script && getenv("CASUS_TUI_DUMP")) {
		/* the harness keeps every progress screen: voortgang-N.dump */
		static int nprogress;
		char *path = xasprintf("%s/voortgang-%d.dump", getenv("CASUS_TUI_DUMP"), ++nprogress);

		screen_dump(path);
		free(path);
	}
}

void tui_progress_cb(void *arg, int64_t done, int64_t total)
{
	tui *t = arg;
	char line[128], a[32], b[32];

	tui_number(done, a, sizeof a);
	tui_number(total, b, sizeof b);
	snprintf(line, sizeof line, "Bezig… %s van %s klanten", a, b);
	tui_progress(t, line);
}

/* The refresh for the pass caseload_pass() returned. */
static void tui_refresh_pass(tui *t, int pass)
{
	int64_t n = 0;
	int rc;

	if (!isendwin() && pass >= CASELOAD_MANY)
		tui_progress(t, "Signalen en situaties van vandaag worden berekend…");
	rc = caseload_refresh_pass(t->db, t->today, pass, 0, isendwin() ? NULL : tui_progress_cb, t, &n);
	if (rc == CASUS_BUSY)
		tui_message(t, 1, "Het overzicht kon niet worden bijgewerkt: %s", db_errmsg(t->db));
	else if (rc != CASUS_OK)
		tui_message(t, 1, "Het overzicht kon niet worden bijgewerkt: %s", db_errmsg(t->db));
}

void tui_refresh_status(tui *t)
{
	int pass = caseload_pass(t->db, t->today);
	int rc;

	if (!t->rest_pending || pass == CASELOAD_FULL) {
		t->rest_pending = 0;
		tui_refresh_pass(t, pass);
		return;
	}
	/* the rest of the day is pending: the changed clients now, the
	 * due ones in the main loop's steps */
	rc = caseload_refresh_step(t->db, t->today, t->me_id, 0, &t->rest_pending);
	if (rc != CASUS_OK)
		tui_message(t, 1, "Het overzicht kon niet worden bijgewerkt: %s", db_errmsg(t->db));
	t->rest_gen++;
}

void tui_current(tui *t)
{
	if (!t->rest_pending)
		return;
	t->rest_pending = CASELOAD_REST_DONE;
	t->rest_gen++;
	/* (the pass, like any other change, commits the steps first) */
	tui_refresh_pass(t, caseload_pass(t->db, t->today));
}

/* ---- the rest of the day -------------------------------------------------------------
 * The first start of a day recomputes the rows that can have changed since
 * the last (caseload_refresh.c).  When the user is known and the rows can
 * be trusted, the first screen needs only "Mijn caseload": its due rows
 * are recomputed before it is drawn when there are at most FIRST_SCREEN_MAX
 * (a day or a few away: the title's count of signals is then exact at
 * once).  After a long absence there are thousands: then only the dirty
 * clients before the first screen, and the list recomputes the due rows
 * it shows as it reads them (caseload_refresh_ids), while its title says
 * the signals are being brought up to date.  Everything else still due
 * follows in steps of about REST_STEP_MS that the main loop runs while no
 * key is waiting, so keys are answered between steps.  The steps share one
 * transaction (each commit would write the index pages it touched again),
 * kept open between them and committed by the last step, at quitting, or
 * as soon as anything else begins a transaction (a save: see caseload_refresh_step in the
 * core), so reading keys pay no commit.  A screen
 * that reads rows in an order or by a filter derived from all of them
 * (urgency, signals, agenda) first finishes the rest at once
 * (tui_current). */
#define FIRST_SCREEN_MAX 500
/* A step aims at REST_STEP_MS (the longest a key typed meanwhile should
 * wait): its number of clients follows the time the last one took, from
 * REST_STEP_FIRST (the first steps read cold pages) within REST_STEP_MIN
 * and REST_STEP_MAX. */
#define REST_STEP_MS 10.0
/* The steps' transaction is committed after this long, so that another
 * casus (a command in another terminal) waits at most that for the write
 * lock (its busy timeout is 5 s). */
#define REST_HOLD_MS 500.0
/* After that commit the steps pause this long: SQLite's busy handler of
 * the other casus tries again after up to 100 ms, and a lock taken again
 * at once would keep it waiting (3.9 s for a note while a month's rest
 * ran, measured). */
#define REST_GAP_MS 150.0
#define REST_STEP_FIRST 20
#define REST_STEP_MIN 10
#define REST_STEP_MAX 1000

static int64_t first_screen_max(void)
{
	const char *e = getenv("CASUS_FIRST_SCREEN_MAX");   /* tests */

	return e && *e ? strtoll(e, NULL, 10) : FIRST_SCREEN_MAX;
}

static void tui_refresh_first(tui *t)
{
	int rc, pass = caseload_pass(t->db, t->today);

	if (!t->me_id || pass == CASELOAD_FULL) {
		tui_refresh_pass(t, pass);
		return;
	}
	if (pass == CASELOAD_CURRENT)
		return;
	if (caseload_due_count(t->db, t->today, t->me_id) <= first_screen_max()) {
		rc = caseload_refresh_pass(t->db, t->today, pass, t->me_id, NULL, NULL, NULL);
		/* others' rows still due: the pass left 'overzicht.rest' */
		if (rc == CASUS_OK && !caseload_holds(t->db, t->today))
			t->rest_pending = CASELOAD_REST_OTHERS;
	} else {
		rc = caseload_refresh_step(t->db, t->today, t->me_id, 0, &t->rest_pending);
	}
	if (rc != CASUS_OK)
		tui_message(t, 1, "Het overzicht kon niet worden bijgewerkt: %s", db_errmsg(t->db));
}

static double now_ms(void);

/* One step of the rest of the day.  Returns TUI_REDRAW when what is
 * still due changed (a title may say more now). */
static int rest_step(tui *t)
{
	int was = t->rest_pending;
	double t0 = now_ms(), ms;
	int rc;

	if (t->rest_held >= REST_HOLD_MS) {
		/* a turn of its own: a key waits for the step or the commit */
		rc = caseload_refresh_commit(t->db);
		t->rest_held = 0;
		t->rest_gap_until = now_ms() + REST_GAP_MS;
	} else {
		/* the user's own rows first (then no more looking for them) */
		rc = caseload_refresh_step(t->db, t->today, was == CASELOAD_REST_MINE ? t->me_id : 0,
					   t->rest_size, &t->rest_pending);
		ms = now_ms() - t0;
		if (ms > 0) {
			double n = t->rest_size * REST_STEP_MS / ms;

			t->rest_size = n < REST_STEP_MIN ? REST_STEP_MIN :
				n > REST_STEP_MAX ? REST_STEP_MAX : (int)n;
		}
		t->rest_held += ms;
	}
	script_time_value("stap", now_ms() - t0);   /* the longest a key waits */
	if (rc != CASUS_OK) {
		t->rest_pending = CASELOAD_REST_DONE;
		tui_message(t, 1, "Het overzicht kon niet worden bijgewerkt: %s", db_errmsg(t->db));
	}
	if (t->rest_pending == was)
		return 0;
	t->rest_gen++;
	if (!t->rest_pending) {
		t->rest_held = 0;
		for (int i = 0; i < t->nstack; i++)
			t->stack[i]->stale = 1;
	}
	return TUI_REDRAW;
}

void tui_load_consultants(tui *t)
{
	for (size_t i = 0; i < t->ncons; i++)
		consultant_clear(&t->cons[i]);
	free(t->cons);
	t->cons = NULL;
	t->ncons = 0;
	store_consultant_list(t->db, &t->cons, &t->ncons);
}

const char *tui_consultant_name(tui *t, int64_t id)
{
	for (size_t i = 0; i < t->ncons; i++)
		if (t->cons[i].id == id)
			return t->cons[i].naam ? t->cons[i].naam : "";
	return "";
}

/* The consultant of the settings (or $USER) is "me": the default view. */
void tui_find_me(tui *t)
{
	free(t->me_naam);
	t->me_id = settings_me(t->db, &t->me_naam);
}

/* ---- drawing --------------------------------------------------------------------- */

void tui_cursor(int y, int x)
{
	want_cursor = 1;
	cursor_y = y;
	cursor_x = x;
}

static int too_small(void)
{
	return LINES < TUI_MIN_LINES || COLS < TUI_MIN_COLS;
}

static void draw_too_small(void)
{
	static const char *const words[] = {
		"Het", "venster", "is", "te", "klein", "(minimaal", "80×24).",
		"Maak", "het", "venster", "groter."
	};
	int y = LINES / 2 - 1, x = 0;
	strbuf line = STRBUF_INIT;

	if (y < 0)
		y = 0;
	/* wrap by words on narrow terminals */
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		int w = tui_width(words[i]);

		if (line.len && x + 1 + w > COLS) {
			tui_put(y++, 0, line.s, COLS, ROLE_FOUT);
			sb_reset(&line);
			x = 0;
		}
		if (line.len) {
			sb_appendc(&line, ' ');
			x++;
		}
		sb_append(&line, words[i]);
		x += w;
	}
	if (line.len)
		tui_put(y, 0, line.s, COLS, ROLE_FOUT);
	sb_free(&line);
}

static void draw_all(tui *t)
{
	int base;

	if (force_clear) {
		clearok(curscr, TRUE);
		force_clear = 0;
	}
	erase();
	want_cursor = 0;
	if (too_small()) {
		draw_too_small();
	} else {
		for (base = t->nstack - 1; base > 0 && t->stack[base]->ops->popup; base--)
			;
		for (int i = base; i < t->nstack; i++) {
			view *v = t->stack[i];

			if (v->stale) {
				v->stale = 0;
				if (v->ops->open)
					v->ops->open(t, v);
			}
		}
		for (int i = base; i < t->nstack; i++)
			t->stack[i]->ops->draw(t, t->stack[i]);
	}
	if (want_cursor) {
		move(cursor_y, cursor_x);
		curs_set(1);
	} else {
		curs_set(0);
	}
	refresh();
}

/* ---- keys ------------------------------------------------------------------------- */

int tui_input_pending(tui *t)
{
	wint_t ch;
	int r;

	if (t->script)
		return 0;       /* the harness times every key on its own */
	timeout(0);
	r = get_wch(&ch);
	timeout(30000);
	if (r == OK)
		unget_wch((wchar_t)ch);
	else if (r == KEY_CODE_YES)
		ungetch((int)ch);
	return r != ERR;
}

static void quit_answer(tui *t, void *arg, int yes)
{
	(void)arg;
	if (yes)
		t->quit = 1;
}

static int dispatch(tui *t, wint_t ch, int is_key)
{
	view *v = tui_top(t);
	int scope, r;
	tui_action a;

	if (!v)
		return TUI_BREAK_LOOP;
	scope = v->ops->scope ? v->ops->scope(v) : SC_LIJST;
	if (v->ops->key) {
		r = v->ops->key(t, v, ch, is_key);
		if (r != TUI_IGNORED)
			return r;
	}
	a = tui_action_for(scope, ch, is_key);
	if (a == ACT_NONE)
		return TUI_IGNORED;
	if (v->ops->request) {
		r = v->ops->request(t, v, a);
		if (r != TUI_IGNORED)
			return r;
	}
	switch (a) {
	case ACT_HULP:
		help_push(t);
		return TUI_REDRAW;
	case ACT_HERTEKEN:
		force_clear = 1;
		return TUI_REDRAW;
	case ACT_INSTELLINGEN:
		settings_push(t);
		return TUI_REDRAW;
	case ACT_AGENDA:
		agenda_push(t);
		return TUI_REDRAW;
	case ACT_TERUG:
		if (t->nstack == 1 && t->demo) {
			/* the last screen of a demo: its data go with it */
			ask_push(t, "Stoppen? Dit is een democaseload in een tijdelijk bestand: "
				 "alles wat u hebt ingevoerd verdwijnt. (J/n)", quit_answer, NULL);
			return TUI_REDRAW;
		}
		tui_pop(t, 0);
		return t->nstack ? TUI_REDRAW : TUI_BREAK_LOOP;
	default:
		return TUI_IGNORED;
	}
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void main_loop(tui *t)
{
	int flags = TUI_REDRAW, r;
	wint_t ch;
	double t0 = 0;
	int timing = 0, first = 1;

	while (!t->quit && t->nstack > 0) {
		if (flags & (TUI_REDRAW | TUI_RESIZE)) {
			draw_all(t);
			flags = 0;
			if (first) {
				script_time_mark("eerste-scherm");
				first = 0;
			}
		}
		if (t->rest_pending && (t->script ? script_rest_now() :
					now_ms() >= t->rest_gap_until && !tui_input_pending(t))) {
			/* no key waiting: a step of the rest of the day */
			flags |= rest_step(t);
			continue;
		}
		if (timing) {
			script_time_key(now_ms() - t0);
			timing = 0;
		}
		if (t->script) {
			r = script_next(t, &ch);
			if (r == ERR)
				break;
			if (r == SCRIPT_WAIT)
				continue;
		} else {
			/* a resize arrives as KEY_RESIZE (ncurses' own SIGWINCH
			 * handling); it is handled below like any other key */
			if (t->rest_pending) {
				/* in the pause after a commit of the steps: a key,
				 * or the end of the pause */
				double left = t->rest_gap_until - now_ms();

				timeout(left > 0 ? (int)left + 1 : 0);
			}
			r = get_wch(&ch);
			if (t->rest_pending)
				timeout(30000);
			if (r == ERR) {
				/* idle: a new day brings new signals */
				cdate d = cdate_today();

				if (d != t->today) {
					t->today = d;
					tui_changed(t);
					flags |= TUI_REDRAW;
				}
				continue;
			}
		}
		t0 = now_ms();
		timing = 1;
		if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
			flags |= TUI_RESIZE | TUI_REDRAW;
			continue;
		}
		if (too_small()) {
			/* nothing is typed blind: keys wait until the screen fits */
			if (r == OK && ch == TUI_CTRL('l'))
				flags |= TUI_REDRAW;
			continue;
		}
		t->msg[0] = '\0';
		flags |= dispatch(t, ch, r == KEY_CODE_YES);
		if (flags & TUI_BREAK_LOOP)
			break;
		if (!(flags & (TUI_REDRAW | TUI_RESIZE)))
			flags |= TUI_REDRAW;  /* a cleared message must go too */
	}
	if (timing)
		script_time_key(now_ms() - t0);
}

/* ---- start ----------------------------------------------------------------------------- */

static int scripted;

int tui_start(void)
{
	const char *script = getenv("CASUS_TUI_SCRIPT");

	if (script && *script) {
		if (script_load(script) < 0)
			return 1;
		scripted = 1;
	} else if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		errout_printf("het volledige scherm heeft een terminal nodig; gebruik anders een opdracht (zie casus --help)");
		return 1;
	}
	return 0;
}

void tui_set_demo(int on)
{
	demo_mode = on;
}

void tui_cancel(void)
{
	script_free();
}

int tui_main(casus_db *db)
{
	tui t;
	const char *nc = getenv("NO_COLOR");
	FILE *out = NULL, *in = NULL;
	SCREEN *scr;
	int status = 0, rest_rc;

	assert(db);
	memset(&t, 0, sizeof t);
	t.script = scripted;
	t.rest_size = REST_STEP_FIRST;
	t.demo = demo_mode;
	t.db = db;
	{
		/* the warning on stderr vanishes behind the screen: repeat it there */
		char *warn = db_permission_warning(db_path(t.db));

		if (warn) {
			snprintf(t.msg, sizeof t.msg, "%s",
				 "Let op: andere gebruikers kunnen de database lezen; herstel met chmod 600/700.");
			t.msg_err = 1;
			free(warn);
		}
	}
	t.today = cdate_today();
	tui_load_consultants(&t);
	tui_find_me(&t);

	if (t.script) {
		const char *term = getenv("TERM");

		out = fopen("/dev/null", "w");
		in = fopen("/dev/null", "r");
		term = term && *term ? term : "xterm";
		scr = out && in && tui_term_usable(term, fileno(out)) ? newterm(term, out, in) : NULL;
	} else if (!tui_term_usable(NULL, STDOUT_FILENO)) {
		scr = NULL;    /* unknown, or cannot place the cursor (TERM=dumb) */
	} else {
		/* the terminal's own size (ioctl), even when LINES/COLUMNS are
		 * exported by the shell: they would pin the size and hide
		 * resizes, which arrive as KEY_RESIZE through ncurses' own
		 * SIGWINCH handling */
		unsetenv("LINES");
		unsetenv("COLUMNS");
		scr = newterm(NULL, stdout, stdin);
	}
	if (!scr) {
		errout_printf("dit terminaltype (TERM=%s) is onbekend of kan de cursor niet "
			      "plaatsen; probeer TERM=xterm",
			      getenv("TERM") ? getenv("TERM") : "");
		status = 1;
		goto out;
	}
	set_term(scr);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	if (!t.script)
		timeout(30000);   /* wake up now and then: a new day brings new signals */
	t.mono = (nc && *nc) || !has_colors();
	tui_colors_init(t.mono);

	tui_refresh_first(&t);
	caseload_push(&t, CL_MODE_CASELOAD);
	tui_ask_me(&t);
	main_loop(&t);
	rest_rc = caseload_refresh_commit(t.db);
	while (t.nstack)
		tui_pop(&t, 0);
	endwin();
	if (rest_rc != CASUS_OK)
		errout_printf("het overzicht kon niet worden bijgewerkt: %s", db_errmsg(t.db));
	delscreen(scr);
out:
	if (out)
		fclose(out);
	if (in)
		fclose(in);
	script_free();
	for (size_t i = 0; i < t.ncons; i++)
		consultant_clear(&t.cons[i]);
	free(t.cons);
	free(t.me_naam);
	return status;
}
