/* lineedit.c - the one-line text editor of form fields and the search:
 * wide characters, a cursor, horizontal scrolling by characters. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "tui.h"
#include "util.h"

static void le_reserve(lineedit *le, size_t n)
{
	if (n + 1 > le->cap) {
		le->cap = (n + 1) * 2;
		le->w = xrealloc(le->w, le->cap * sizeof *le->w);
	}
}

void le_set(lineedit *le, const char *utf8)
{
	const char *p = utf8 ? utf8 : "";
	uint32_t cp;
	size_t len;

	le->len = 0;
	le_reserve(le, strlen(p));
	while (*p) {
		len = utf8_decode(p, strlen(p), &cp);
		if (len == 0) {
			p++;
			continue;
		}
		if (cp >= 0x20 && cp != 0x7f)
			le->w[le->len++] = (wchar_t)cp;
		p += len;
	}
	le->w[le->len] = L'\0';
	le->cur = le->len;
	le->scroll = 0;
}

void le_free(lineedit *le)
{
	free(le->w);
	memset(le, 0, sizeof *le);
}

char *le_utf8(const lineedit *le)
{
	strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < le->len; i++) {
		char enc[4];

		sb_appendn(&sb, enc, utf8_encode((uint32_t)le->w[i], enc));
	}
	return sb_take(&sb);
}

#define LE_MAX 100000

int le_key(lineedit *le, wint_t ch, int is_keycode)
{
	if (is_keycode || ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0))
		return 0;
	if (le->len >= LE_MAX)
		return 1;       /* a hard bound on memory; validation refuses long
			         * text with a message long before this */
	le_reserve(le, le->len + 1);
	memmove(le->w + le->cur + 1, le->w + le->cur, (le->len - le->cur + 1) * sizeof *le->w);
	le->w[le->cur++] = (wchar_t)ch;
	le->len++;
	return 1;
}

int le_action(lineedit *le, tui_action a)
{
	if (!le->w)
		le_set(le, "");
	switch (a) {
	case ACT_LINKS: if (le->cur > 0) le->cur--; return 1;
	case ACT_RECHTS: if (le->cur < le->len) le->cur++; return 1;
	case ACT_REGELSTART: le->cur = 0; return 1;
	case ACT_REGELEINDE: le->cur = le->len; return 1;
	case ACT_WIS_VORIG:
		if (le->cur == 0)
			return 1;
		memmove(le->w + le->cur - 1, le->w + le->cur, (le->len - le->cur + 1) * sizeof *le->w);
		le->cur--;
		le->len--;
		return 1;
	case ACT_WIS_TEKEN:
		if (le->cur == le->len)
			return 1;
		memmove(le->w + le->cur, le->w + le->cur + 1, (le->len - le->cur) * sizeof *le->w);
		le->len--;
		return 1;
	case ACT_WIS_VELD:
		le->len = le->cur = 0;
		le->w[0] = L'\0';
		return 1;
	default:
		return 0;
	}
}

static int wcw(wchar_t c)
{
	int w = wcwidth(c);

	return w < 0 ? 1 : w;
}

void le_draw(lineedit *le, int y, int x, int cols, tui_role r, int focus)
{
	int used = 0, cx = x;
	strbuf sb = STRBUF_INIT;
	size_t i;

	if (!le->w)
		le_set(le, "");
	/* keep the cursor visible: scroll by characters */
	if ((int)le->cur < le->scroll)
		le->scroll = (int)le->cur;
	for (;;) {
		int w = 0;

		for (i = (size_t)le->scroll; i < le->cur; i++)
			w += wcw(le->w[i]);
		if (w < cols || le->scroll >= (int)le->cur)
			break;
		le->scroll++;
	}
	for (i = (size_t)le->scroll; i < le->len; i++) {
		int w = wcw(le->w[i]);
		char enc[4];

		if (used + w > cols)
			break;
		if (i == le->cur)
			cx = x + used;
		sb_appendn(&sb, enc, utf8_encode((uint32_t)le->w[i], enc));
		used += w;
	}
	if (le->cur >= i)
		cx = x + used;
	tui_put(y, x, sb.s ? sb.s : "", cols, r);
	sb_free(&sb);
	if (focus)
		tui_cursor(y, cx < x + cols ? cx : x + cols - 1);
}
