/* draw.c - the action table, colour roles and display-width text helpers. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "norm.h"
#include "tui.h"
#include "util.h"

/* ---- actions ------------------------------------------------------------------ */

const action_info tui_actions[ACT__COUNT] = {
	[ACT_NONE] = { "", 0, "", { 0, 0, 0 } },
#define ACTION_INFO(id, name, sc, help, k1, k2, k3) [ACT_##id] = { name, sc, help, { k1, k2, k3 } },
	ACTION_LIST(ACTION_INFO)
#undef ACTION_INFO
};

/* Keys above 0x100 in the table are curses key codes; below are
 * characters.  A few characters arrive as key codes from some terminals
 * (Enter as KEY_ENTER, Backspace as KEY_BACKSPACE); the table lists both. */
static int key_is_code(int k)
{
	return k >= KEY_MIN;
}

tui_action tui_action_for(int scope, wint_t ch, int is_keycode)
{
	for (int a = 1; a < ACT__COUNT; a++) {
		/* SC_ALG actions apply in every view */
		if (!(tui_actions[a].scopes & (scope | SC_ALG)))
			continue;
		for (int i = 0; i < 3; i++) {
			int k = tui_actions[a].keys[i];

			if (k == 0)
				continue;
			if (is_keycode ? (key_is_code(k) && (wint_t)k == ch)
				       : (!key_is_code(k) && (wint_t)k == ch))
				return (tui_action)a;
		}
	}
	return ACT_NONE;
}

static const char *key_label(int k, char *buf, size_t n)
{
	switch (k) {
	case KEY_DOWN: return "↓";
	case KEY_UP: return "↑";
	case KEY_LEFT: return "←";
	case KEY_RIGHT: return "→";
	case KEY_NPAGE: return "PgDn";
	case KEY_PPAGE: return "PgUp";
	case KEY_HOME: return "Home";
	case KEY_END: return "End";
	case KEY_BTAB: return "Shift-Tab";
	case KEY_DC: return "Del";
	case KEY_IC: return "Ins";
	case KEY_BACKSPACE: return "Backspace";
	case KEY_ENTER: return NULL;      /* same as Enter */
	case '\r': return NULL;
	case KEY_BS_ASCII: return NULL;   /* same as Backspace */
	case '\n': return "Enter";
	case '\t': return "Tab";
	case ' ': return "Spatie";
	case TUI_ESC: return "Esc";
	}
	if (k >= KEY_F(1) && k <= KEY_F(12)) {
		snprintf(buf, n, "F%d", k - KEY_F(0));
		return buf;
	}
	if (k == TUI_CTRL('h'))
		return NULL;
	if (k > 0 && k < 32) {
		snprintf(buf, n, "Ctrl-%c", k + 'A' - 1);
		return buf;
	}
	if (k > 32 && k < 127) {
		snprintf(buf, n, "%c", k);
		return buf;
	}
	return NULL;
}

void tui_action_keys(tui_action a, int text_input, char *buf, size_t n)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int i = 0; i < 3; i++) {
		int k = tui_actions[a].keys[i];
		char one[16];
		const char *l;

		if (k == 0)
			continue;
		if (text_input && !key_is_code(k) && k >= 32 && k != KEY_BS_ASCII)
			continue;
		l = key_label(k, one, sizeof one);
		if (!l)
			continue;
		len += (size_t)snprintf(buf + len, len < n ? n - len : 0, "%s%s", len ? ", " : "", l);
		if (len >= n)
			break;
	}
}

/* ---- colours ------------------------------------------------------------------- */

static attr_t role_attr[ROLE__COUNT];
static short role_pair[ROLE__COUNT];

void tui_colors_init(int mono)
{
	static const struct { short fg, bg; attr_t a, m; } roles[ROLE__COUNT] = {
#define ROLE_INFO(r, fg, bg, a, m) [ROLE_##r] = { fg, bg, a, m },
		COLOR_ROLES(ROLE_INFO)
#undef ROLE_INFO
	};

	if (!mono) {
		start_color();
		use_default_colors();
	}
	for (int i = 0; i < ROLE__COUNT; i++) {
		if (mono) {
			role_attr[i] = roles[i].m;
			role_pair[i] = 0;
		} else {
			role_attr[i] = roles[i].a;
			role_pair[i] = (short)(i + 1);
			init_pair((short)(i + 1), roles[i].fg, roles[i].bg);
		}
	}
}

attr_t tui_attr(tui_role r)
{
	return role_attr[r];
}

short tui_pair(tui_role r)
{
	return role_pair[r];
}

/* ---- text ------------------------------------------------------------------------ */

/* Next character of s: code point (control characters and invalid bytes
 * become '?') and its display width; returns bytes consumed (0 at end). */
static size_t next_char(const char *s, uint32_t *cp, int *w)
{
	size_t len;

	if (!*s)
		return 0;
	len = utf8_decode(s, strlen(s), cp);
	if (len == 0 || *cp == 0xFFFD) {
		*cp = '?';
		len = len ? len : 1;
	}
	if (*cp < 0x20 || (*cp >= 0x7f && *cp < 0xa0) || cp_invisible(*cp))
		*cp = '?';
	*w = wcwidth((wchar_t)*cp);
	if (*w < 0) {
		*cp = '?';
		*w = 1;
	}
	return len;
}

int tui_width(const char *s)
{
	uint32_t cp;
	int w, total = 0;
	size_t len;

	if (!s)
		return 0;
	while ((len = next_char(s, &cp, &w)) > 0) {
		total += w;
		s += len;
	}
	return total;
}

char *tui_fit(const char *s, int cols, int pad)
{
	strbuf sb = STRBUF_INIT;
	uint32_t cp;
	int w, used = 0, full;
	size_t len;
	const char *p;

	if (!s)
		s = "";
	if (cols < 0)
		cols = 0;
	full = tui_width(s) <= cols;
	for (p = s; (len = next_char(p, &cp, &w)) > 0; p += len) {
		char enc[4];
		/* leave room for the ellipsis when the text does not fit */
		if (used + w > cols - (full ? 0 : 1))
			break;
		sb_appendn(&sb, enc, utf8_encode(cp, enc));
		used += w;
	}
	if (!full && cols > 0) {
		sb_append(&sb, "…");
		used++;
	}
	while (pad && used < cols) {
		sb_appendc(&sb, ' ');
		used++;
	}
	return sb_take(&sb);
}

void tui_put_attr(int y, int x, const char *s, int cols, tui_role r, attr_t extra)
{
	char *fit;
	wchar_t *ws;
	size_t n = 0, cap;
	const char *p;
	uint32_t cp;
	int w;
	size_t len;

	if (cols <= 0 || y < 0 || y >= LINES || x >= COLS)
		return;
	if (x + cols > COLS)
		cols = COLS - x;
	fit = tui_fit(s, cols, 1);
	cap = strlen(fit) + 1;
	ws = xmalloc(cap * sizeof *ws);
	for (p = fit; (len = next_char(p, &cp, &w)) > 0; p += len)
		ws[n++] = (wchar_t)cp;
	ws[n] = L'\0';
	attr_set(tui_attr(r) | extra, tui_pair(r), NULL);
	mvaddnwstr(y, x, ws, (int)n);
	attr_set(A_NORMAL, 0, NULL);
	free(ws);
	free(fit);
}

void tui_put(int y, int x, const char *s, int cols, tui_role r)
{
	tui_put_attr(y, x, s, cols, r, 0);
}

void tui_number(int64_t n, char *buf, size_t sz)
{
	char tmp[32];
	int len, k = 0;
	size_t o = 0;

	len = snprintf(tmp, sizeof tmp, "%lld", (long long)(n < 0 ? -n : n));
	if (n < 0 && o + 1 < sz)
		buf[o++] = '-';
	for (int i = 0; i < len && o + 1 < sz; i++) {
		buf[o++] = tmp[i];
		k = len - i - 1;
		if (k > 0 && k % 3 == 0 && o + 1 < sz)
			buf[o++] = '.';
	}
	buf[o] = '\0';
}

/* ---- frame ---------------------------------------------------------------------------- */

void tui_draw_title(tui *t, const char *left, const char *right)
{
	char *demo = NULL;
	int rw;

	/* --demo: every screen says that its data are temporary */
	if (t->demo)
		right = demo = xasprintf("DEMO (tijdelijk)%s%s", right ? " · " : "", right ? right : "");
	rw = right ? tui_width(right) : 0;

	tui_put(0, 0, "", COLS, ROLE_TITEL);
	tui_put(0, 1, left, COLS - rw - 3, ROLE_TITEL);
	if (right)
		tui_put(0, COLS - rw - 1, right, rw, ROLE_TITEL);
	free(demo);
}

void tui_draw_footer(tui *t, const char *hints)
{
	if (t->msg[0])
		tui_put(LINES - 2, 0, t->msg, COLS, t->msg_err ? ROLE_FOUT : ROLE_MELDING);
	else
		tui_put(LINES - 2, 0, "", COLS, ROLE_NORMAAL);
	tui_put(LINES - 1, 0, hints, COLS, ROLE_STATUS);
}

int tui_body_lines(int header_lines)
{
	int n = LINES - 1 - header_lines - 2;

	return n < 1 ? 1 : n;
}
