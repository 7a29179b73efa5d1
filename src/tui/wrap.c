/* wrap.c - text wrapped by display width (see pager.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pager.h"
#include "util.h"

typedef struct wlines {
	char **v;
	size_t n, cap;
} wlines;

/* Length of the UTF-8 character at s (at most `left` bytes); an invalid
 * byte is a character of one byte (tui_width shows it as '?'). */
static size_t char_len(const char *s, size_t left)
{
	unsigned char c = (unsigned char)*s;
	size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;

	if (n > left)
		return 1;
	for (size_t i = 1; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			return 1;
	return n;
}

static int char_width(const char *s, size_t n)
{
	char b[8];

	memcpy(b, s, n);
	b[n] = '\0';
	return tui_width(b);
}

/* Add s[0..n) without its trailing blanks. */
static void emit(wlines *L, const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (L->n == L->cap) {
		L->cap = L->cap ? L->cap * 2 : 16;
		L->v = xrealloc(L->v, L->cap * sizeof *L->v);
	}
	L->v[L->n] = xmalloc(n + 1);
	memcpy(L->v[L->n], s, n);
	L->v[L->n][n] = '\0';
	L->n++;
}

/* One paragraph p[0..n) (no '\n'). */
static void wrap_para(wlines *L, const char *p, size_t n, int width)
{
	size_t start = 0;

	for (;;) {
		size_t i = start, brk = 0, cut;
		int used = 0;

		while (i < n) {
			size_t l = char_len(p + i, n - i);
			int w = char_width(p + i, l);

			if (w > 0 && used + w > width && i > start)
				break;
			if (p[i] == ' ')
				brk = i;
			used += w;
			i += l;
		}
		if (i >= n) {
			emit(L, p + start, n - start);
			return;
		}
		/* at a blank that does not fit, else at the last one that did */
		cut = p[i] == ' ' ? i : brk > start ? brk : i;
		emit(L, p + start, cut - start);
		start = cut;
		while (start < n && p[start] == ' ')
			start++;
		if (start >= n)
			return;
	}
}

size_t tui_wrap(const char *text, int width, char ***lines)
{
	wlines L = { NULL, 0, 0 };
	const char *p = text ? text : "";

	if (width < 1)
		width = 1;
	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);

		if (n > 0 && p[n - 1] == '\r')
			n--;
		wrap_para(&L, p, n, width);
		if (!nl)
			break;
		p = nl + 1;
	}
	*lines = L.v;
	return L.n;
}

void tui_wrap_free(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}
