/* script.c - the scripted-screen harness: keys from a script file instead
 * of the terminal, and dumps of the virtual screen as text.
 *
 * Script language (UTF-8):
 *   text            typed as is, one key per character; line ends are
 *                   ignored, so a script can be spread over lines
 *   # ...           a comment line (only at the start of a line)
 *   <Enter> <Esc> <Tab> <BTab> <Up> <Down> <Left> <Right> <PgUp> <PgDn>
 *   <Home> <End> <BS> <Del> <Ins> <Space> <Lt> (a literal '<')
 *   <F1> .. <F12>   function keys
 *   <C-x>           Ctrl-x
 *   <Resize WxH>    the terminal becomes W columns by H lines
 *   <Dump name>     write the screen to $CASUS_TUI_DUMP/name.txt
 *   <DumpAttr name> the same, each line followed by a line of attributes:
 *                   r = reverse video, b = bold, u = underline (first that
 *                   applies), '.' = none, so monochrome states can be checked
 *   <Time label>    label the key timings written to $CASUS_TUI_TIMES
 *   <Sleep ms>      wait (for a lock held by another process to go)
 *   <Direct>        the next keys come at once, while the rest of the
 *                   day's refresh is pending (see tui.c)
 *   <Wacht>         the rest of the day's refresh is done before the
 *                   next key (the default)
 *   <Stap n>        after <Direct>: n steps of it run before the next key
 *                   (a user who types while it runs)
 * Progress lines (tui_progress) also dump the screen, to voortgang-N.dump
 * (N counts from 1), so the progress of a long action can be checked.
 * The script ends the program when it runs out. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "norm.h"
#include "tui.h"
#include "util.h"

enum { EV_KEY, EV_CODE, EV_RESIZE, EV_DUMP, EV_DUMPATTR, EV_TIME, EV_SLEEP, EV_DIRECT, EV_WACHT, EV_STAP };

typedef struct event {
	int kind;
	wint_t ch;
	int w, h;
	char *name;
} event;

static event *ev;
static size_t nev, pos;
static char *time_label;
static int direct;
static int steps;       /* <Stap n>: steps still to run before the next key */
static FILE *times;

static void add(int kind, wint_t ch, int w, int h, const char *name)
{
	static size_t cap;

	if (nev == cap) {
		cap = cap ? cap * 2 : 64;
		ev = xrealloc(ev, cap * sizeof *ev);
	}
	ev[nev].kind = kind;
	ev[nev].ch = ch;
	ev[nev].w = w;
	ev[nev].h = h;
	ev[nev].name = name ? xstrdup(name) : NULL;
	nev++;
}

static const struct {
	const char *name;
	int code;       /* curses key code (EV_CODE) */
	int ch;         /* or a character (EV_KEY) */
} NAMED[] = {
	{ "Enter", 0, '\r' }, { "Esc", 0, 27 }, { "Tab", 0, '\t' },
	{ "BTab", KEY_BTAB, 0 }, { "S-Tab", KEY_BTAB, 0 },
	{ "Up", KEY_UP, 0 }, { "Down", KEY_DOWN, 0 }, { "Left", KEY_LEFT, 0 },
	{ "Right", KEY_RIGHT, 0 }, { "PgUp", KEY_PPAGE, 0 }, { "PgDn", KEY_NPAGE, 0 },
	{ "Home", KEY_HOME, 0 }, { "End", KEY_END, 0 }, { "BS", KEY_BACKSPACE, 0 },
	{ "Del", KEY_DC, 0 }, { "Ins", KEY_IC, 0 }, { "Space", 0, ' ' }, { "Lt", 0, '<' },
};

static int parse_tag(const char *tag, const char *path, int line)
{
	int w, h, f;
	char c;

	for (size_t i = 0; i < sizeof NAMED / sizeof NAMED[0]; i++) {
		if (strcmp(tag, NAMED[i].name) == 0) {
			if (NAMED[i].code)
				add(EV_CODE, (wint_t)NAMED[i].code, 0, 0, NULL);
			else
				add(EV_KEY, (wint_t)NAMED[i].ch, 0, 0, NULL);
			return 0;
		}
	}
	if (sscanf(tag, "F%d%c", &f, &c) == 1 && f >= 1 && f <= 12) {
		add(EV_CODE, (wint_t)KEY_F(f), 0, 0, NULL);
		return 0;
	}
	if (strlen(tag) == 3 && tag[0] == 'C' && tag[1] == '-') {
		add(EV_KEY, (wint_t)TUI_CTRL(tag[2]), 0, 0, NULL);
		return 0;
	}
	if (sscanf(tag, "Resize %dx%d%c", &w, &h, &c) == 2 && w > 0 && h > 0) {
		add(EV_RESIZE, 0, w, h, NULL);
		return 0;
	}
	if (strncmp(tag, "Dump ", 5) == 0 && tag[5]) {
		add(EV_DUMP, 0, 0, 0, tag + 5);
		return 0;
	}
	if (strncmp(tag, "DumpAttr ", 9) == 0 && tag[9]) {
		add(EV_DUMPATTR, 0, 0, 0, tag + 9);
		return 0;
	}
	if (sscanf(tag, "Sleep %d%c", &w, &c) == 1 && w >= 0) {
		add(EV_SLEEP, 0, w, 0, NULL);
		return 0;
	}
	if (sscanf(tag, "Stap %d%c", &w, &c) == 1 && w > 0) {
		add(EV_STAP, 0, w, 0, NULL);
		return 0;
	}
	if (strcmp(tag, "Direct") == 0 || strcmp(tag, "Wacht") == 0) {
		add(tag[0] == 'D' ? EV_DIRECT : EV_WACHT, 0, 0, 0, NULL);
		return 0;
	}
	if (strncmp(tag, "Time ", 5) == 0 && tag[5]) {
		add(EV_TIME, 0, 0, 0, tag + 5);
		return 0;
	}
	fprintf(stderr, "casus: %s:%d: onbekende toets <%s>\n", path, line, tag);
	return -1;
}

int script_load(const char *path)
{
	FILE *fp = fopen(path, "r");
	char buf[4096];
	int line = 0;
	const char *tf = getenv("CASUS_TUI_TIMES");

	if (!fp) {
		fprintf(stderr, "casus: kan het script %s niet lezen\n", path);
		return -1;
	}
	while (fgets(buf, sizeof buf, fp)) {
		char *p = buf;

		line++;
		if (buf[0] == '#')
			continue;
		while (*p) {
			uint32_t cp;
			size_t len;

			if (*p == '\n' || *p == '\r') {
				p++;
				continue;
			}
			if (*p == '<') {
				char *end = strchr(p, '>');

				if (!end) {
					fprintf(stderr, "casus: %s:%d: '<' zonder '>'\n", path, line);
					fclose(fp);
					return -1;
				}
				*end = '\0';
				if (parse_tag(p + 1, path, line) < 0) {
					fclose(fp);
					return -1;
				}
				p = end + 1;
				continue;
			}
			len = utf8_decode(p, strlen(p), &cp);
			if (len == 0)
				len = 1;
			add(EV_KEY, (wint_t)cp, 0, 0, NULL);
			p += len;
		}
	}
	fclose(fp);
	if (tf && *tf)
		times = fopen(tf, "a");
	return 0;
}

void script_free(void)
{
	for (size_t i = 0; i < nev; i++)
		free(ev[i].name);
	free(ev);
	ev = NULL;
	nev = pos = 0;
	free(time_label);
	time_label = NULL;
	if (times)
		fclose(times);
	times = NULL;
}

void script_time_key(double ms)
{
	if (times)
		fprintf(times, "%s\t%.3f\n", time_label ? time_label : "-", ms);
}

void script_time_value(const char *label, double ms)
{
	if (times)
		fprintf(times, "%s\t%.3f\n", label, ms);
}

void script_time_mark(const char *label)
{
	struct timespec ts;

	if (!times)
		return;
	clock_gettime(CLOCK_REALTIME, &ts);
	fprintf(times, "%s\t%.3f\n", label, ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6);
	fflush(times);
}

int script_next(tui *t, wint_t *ch)
{
	while (pos < nev) {
		event *e = &ev[pos++];

		switch (e->kind) {
		case EV_KEY:
			*ch = e->ch;
			return OK;
		case EV_CODE:
			*ch = e->ch;
			return KEY_CODE_YES;
		case EV_RESIZE:
			resizeterm(e->h, e->w);
			*ch = KEY_RESIZE;
			return KEY_CODE_YES;
		case EV_DUMP:
		case EV_DUMPATTR: {
			const char *dir = getenv("CASUS_TUI_DUMP");
			char *path = xasprintf("%s/%s.txt", dir && *dir ? dir : ".", e->name);

			screen_dump_attr(path, e->kind == EV_DUMPATTR);
			free(path);
			break;
		}
		case EV_SLEEP: {
			struct timespec ts = { e->w / 1000, (long)(e->w % 1000) * 1000000L };

			nanosleep(&ts, NULL);
			break;
		}
		case EV_DIRECT:
			direct = 1;
			break;
		case EV_WACHT:
			direct = 0;
			if (t->rest_pending)
				return SCRIPT_WAIT;
			break;
		case EV_STAP:
			steps = e->w;
			if (t->rest_pending)
				return SCRIPT_WAIT;
			break;
		case EV_TIME:
			free(time_label);
			time_label = xstrdup(e->name);
			break;
		}
	}
	return ERR;
}

int script_rest_now(void)
{
	if (steps > 0) {
		steps--;
		return 1;
	}
	/* a <Direct> or <Wacht> before the next key counts already: the main
	 * loop asks before it reads on */
	for (size_t i = pos; i < nev; i++) {
		if (ev[i].kind == EV_DIRECT)
			return 0;
		if (ev[i].kind == EV_WACHT || ev[i].kind == EV_STAP || ev[i].kind == EV_KEY ||
		    ev[i].kind == EV_CODE || ev[i].kind == EV_RESIZE)
			break;
	}
	return !direct;
}

int screen_dump(const char *path)
{
	return screen_dump_attr(path, 0);
}

int screen_dump_attr(const char *path, int with_attr)
{
	FILE *fp = fopen(path, "w");
	strbuf line = STRBUF_INIT, attr = STRBUF_INIT;

	if (!fp)
		return -1;
	for (int y = 0; y < LINES; y++) {
		sb_reset(&line);
		sb_reset(&attr);
		if (!line.s)
			sb_append(&line, "");
		if (!attr.s)
			sb_append(&attr, "");
		for (int x = 0; x < COLS; x++) {
			cchar_t cc;
			wchar_t ws[CCHARW_MAX + 1];
			attr_t attrs;
			short pair;
			int w;

			if (mvin_wch(y, x, &cc) == ERR)
				break;
			ws[0] = L'\0';
			getcchar(&cc, ws, &attrs, &pair, NULL);
			if (ws[0] == L'\0')
				ws[0] = L' ', ws[1] = L'\0';
			for (int i = 0; ws[i]; i++) {
				char enc[4];

				sb_appendn(&line, enc, utf8_encode((uint32_t)ws[i], enc));
			}
			w = wcwidth(ws[0]);
			for (int i = 0; i < (w == 2 ? 2 : 1); i++)
				sb_appendc(&attr, attrs & A_REVERSE ? 'r' : attrs & A_BOLD ? 'b' :
					   attrs & A_UNDERLINE ? 'u' : '.');
			if (w == 2)
				x++;    /* the next cell continues this character */
		}
		while (line.len && line.s[line.len - 1] == ' ')
			line.s[--line.len] = '\0';
		fprintf(fp, "%s\n", line.s);
		if (with_attr) {
			while (attr.len && attr.s[attr.len - 1] == '.')
				attr.s[--attr.len] = '\0';
			fprintf(fp, "%s\n", attr.s);
		}
	}
	sb_free(&line);
	sb_free(&attr);
	return fclose(fp) == 0 ? 0 : -1;
}
