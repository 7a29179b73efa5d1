/* util.c - allocation wrappers that abort on failure, strbuf, strings. */
#include "config.h"

#include <assert.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void casus_locale_init(void)
{
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
}

static void util_oom(size_t n)
{
	fprintf(stderr, "casus: onvoldoende geheugen (%zu bytes)\n", n);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		util_oom(n);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		util_oom(n * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		util_oom(n);
	return q;
}

char *xstrdup(const char *s)
{
	return s ? xstrndup(s, strlen(s)) : NULL;
}

char *xstrndup(const char *s, size_t n)
{
	char *p;

	if (!s)
		return NULL;
	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	va_list aq;
	int n;
	char *p;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		util_oom(0);
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

static void sb_grow(strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;

	if (need <= sb->cap)
		return;
	if (sb->cap == 0)
		sb->cap = 64;
	while (sb->cap < need)
		sb->cap *= 2;
	sb->s = xrealloc(sb->s, sb->cap);
}

void sb_appendn(strbuf *sb, const char *s, size_t n)
{
	sb_grow(sb, n);
	memcpy(sb->s + sb->len, s, n);
	sb->len += n;
	sb->s[sb->len] = '\0';
}

void sb_append(strbuf *sb, const char *s)
{
	if (s)
		sb_appendn(sb, s, strlen(s));
}

void sb_appendc(strbuf *sb, char c)
{
	sb_appendn(sb, &c, 1);
}

void sb_appendf(strbuf *sb, const char *fmt, ...)
{
	va_list ap, aq;
	int n;

	va_start(ap, fmt);
	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n > 0) {
		sb_grow(sb, (size_t)n);
		vsnprintf(sb->s + sb->len, (size_t)n + 1, fmt, ap);
		sb->len += (size_t)n;
	}
	va_end(ap);
}

void sb_reset(strbuf *sb)
{
	sb->len = 0;
	if (sb->s)
		sb->s[0] = '\0';
}

char *sb_take(strbuf *sb)
{
	char *s = sb->s ? sb->s : xstrdup("");

	sb->s = NULL;
	sb->len = sb->cap = 0;
	return s;
}

void sb_free(strbuf *sb)
{
	free(sb->s);
	sb->s = NULL;
	sb->len = sb->cap = 0;
}

int str_blank(const char *s)
{
	if (!s)
		return 1;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return 0;
	return 1;
}

char *str_trim_dup(const char *s)
{
	const char *e;

	if (!s)
		return NULL;
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
		e--;
	return xstrndup(s, (size_t)(e - s));
}

int utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t len;
		unsigned cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
		} else {
			return 0;
		}
		if (i + len > n)
			return 0;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += len;
	}
	return 1;
}

/* Length of the valid UTF-8 character at s (1..4), or 0 when invalid. */
static size_t util_utf8_len(const unsigned char *s)
{
	size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2 :
		     s[0] >= 0xE0 && s[0] <= 0xEF ? 3 : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;

	for (size_t k = 1; k < len; k++)
		if (s[k] == '\0' || (s[k] & 0xC0) != 0x80)
			return 0;
	return len && utf8_valid((const char *)s, len) ? len : 0;
}

/* Is the character at s (of length len) a control character? */
static int util_is_control(const unsigned char *s, size_t len, int allow_newline)
{
	if (len == 1)
		return (s[0] < 0x20 && !(allow_newline && s[0] == '\n')) || s[0] == 0x7F;
	/* C1 controls U+0080..U+009F are C2 80..C2 9F */
	return len == 2 && s[0] == 0xC2 && s[1] < 0xA0;
}

int str_has_control(const char *str, int allow_newline)
{
	const unsigned char *s = (const unsigned char *)str;

	if (!s)
		return 0;
	while (*s) {
		size_t len = util_utf8_len(s);

		if (len == 0 || util_is_control(s, len, allow_newline))
			return 1;
		s += len;
	}
	return 0;
}

int cp_invisible(uint32_t cp)
{
	return cp == 0x061C || cp == 0x180E || cp == 0x200B || cp == 0x200E || cp == 0x200F ||
	       (cp >= 0x202A && cp <= 0x202E) || cp == 0x2028 || cp == 0x2029 ||
	       (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F);
}

/* The code point of the valid UTF-8 character at s of length len. */
static uint32_t util_cp(const unsigned char *s, size_t len)
{
	static const unsigned char lead_mask[] = { 0, 0x7F, 0x1F, 0x0F, 0x07 };
	uint32_t cp = s[0] & lead_mask[len];

	for (size_t k = 1; k < len; k++)
		cp = (cp << 6) | (s[k] & 0x3F);
	return cp;
}

uint32_t str_find_invisible(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	if (!s)
		return 0;
	while (*s) {
		size_t len = util_utf8_len(s);

		if (len == 0)
			len = 1;
		else if (len > 1 && cp_invisible(util_cp(s, len)))
			return util_cp(s, len);
		s += len;
	}
	return 0;
}

void sb_append_printable(strbuf *sb, const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	if (!s)
		return;
	while (*s) {
		size_t len = util_utf8_len(s);

		if (len == 0) {
			sb_appendc(sb, '?');
			s++;
		} else if (util_is_control(s, len, 0)) {
			sb_appendc(sb, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : '?');
			s += len;
		} else if (len > 1 && cp_invisible(util_cp(s, len))) {
			sb_appendf(sb, "<U+%04X>", (unsigned)util_cp(s, len));
			s += len;
		} else {
			sb_appendn(sb, (const char *)s, len);
			s += len;
		}
	}
}

char *str_printable(const char *str)
{
	strbuf sb = STRBUF_INIT;

	sb_append_printable(&sb, str);
	return sb_take(&sb);
}

char *str_printable_lines(const char *str)
{
	strbuf sb = STRBUF_INIT;

	while (str && *str) {
		const char *nl = strchr(str, '\n');
		size_t n = nl ? (size_t)(nl - str) : strlen(str);
		char *line = xstrndup(str, n);

		sb_append_printable(&sb, line);
		free(line);
		if (!nl)
			break;
		sb_appendc(&sb, '\n');
		str = nl + 1;
	}
	return sb_take(&sb);
}

/* --- a string-keyed hash map -------------------------------------------------- */

#define STRMAP_MIN_CAP 64   /* slots of a new map (a power of two) */

uint64_t str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;   /* FNV-1a offset basis */

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;          /* FNV-1a prime */
	}
	return h;
}

/* The slot of key: where it is, or the empty slot where it would go. */
static size_t strmap_slot(const strmap *m, const char *key)
{
	size_t i = str_hash(key) & (m->cap - 1);

	assert(m->cap > 0 && (m->cap & (m->cap - 1)) == 0);
	while (m->keys[i] && strcmp(m->keys[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* Double the table (the load stays at most one half). */
static void strmap_grow(strmap *m)
{
	strmap big = { NULL, NULL, m->vsize, m->cap ? m->cap * 2 : STRMAP_MIN_CAP, 0 };

	big.keys = xcalloc(big.cap, sizeof *big.keys);
	big.vals = xcalloc(big.cap, m->vsize ? m->vsize : 1);
	for (size_t i = 0; i < m->cap; i++) {
		size_t j;

		if (!m->keys[i])
			continue;
		j = strmap_slot(&big, m->keys[i]);
		big.keys[j] = m->keys[i];
		memcpy(big.vals + j * m->vsize, m->vals + i * m->vsize, m->vsize);
		big.n++;
	}
	assert(big.n == m->n);
	free(m->keys);
	free(m->vals);
	*m = big;
}

void *strmap_get(const strmap *m, const char *key)
{
	size_t i;

	if (m->cap == 0)
		return NULL;
	i = strmap_slot(m, key);
	return m->keys[i] ? m->vals + i * m->vsize : NULL;
}

void *strmap_put(strmap *m, const char *key, int *created)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap)
		strmap_grow(m);
	i = strmap_slot(m, key);
	if (created)
		*created = m->keys[i] == NULL;
	if (!m->keys[i]) {
		m->keys[i] = xstrdup(key);
		memset(m->vals + i * m->vsize, 0, m->vsize);
		m->n++;
	}
	return m->vals + i * m->vsize;
}

size_t strmap_count(const strmap *m)
{
	return m->n;
}

void strmap_free(strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	m->keys = NULL;
	m->vals = NULL;
	m->cap = m->n = 0;
}
