/* util.h - allocation wrappers that abort on failure, a growable string
 * buffer and small string helpers.  Part of the core library (no curses).
 *
 * Ownership: every function returning char* returns a heap string that the
 * caller frees with free(). */
#ifndef CASUS_UTIL_H
#define CASUS_UTIL_H

#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);           /* NULL in -> NULL out */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* The process locale, once at start: the user's for everything (UTF-8
 * text, wide characters) except LC_NUMERIC, which stays "C" so that
 * numbers written to files and libraries (the workbook's XML) have a
 * decimal point.  casus writes the Dutch decimal comma itself. */
void casus_locale_init(void);

/* Growable NUL-terminated byte buffer.  sb.s is always a valid string once
 * anything was appended; sb_take() hands the string to the caller. */
typedef struct strbuf {
	char *s;
	size_t len;
	size_t cap;
} strbuf;

#define STRBUF_INIT { NULL, 0, 0 }
void sb_append(strbuf *sb, const char *s);
void sb_appendn(strbuf *sb, const char *s, size_t n);
void sb_appendc(strbuf *sb, char c);
void sb_appendf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_reset(strbuf *sb);              /* len = 0, keeps memory */
char *sb_take(strbuf *sb);              /* returns "" copy when empty */
void sb_free(strbuf *sb);

/* True when s is NULL or only blanks. */
int str_blank(const char *s);
/* Copy of s without leading/trailing ASCII blanks (caller frees). */
char *str_trim_dup(const char *s);
/* Valid UTF-8 (no overlongs, no surrogates)? */
int utf8_valid(const char *s, size_t n);

/* Does s contain a control character (C0 except, with allow_newline, '\n';
 * DEL; C1 U+0080..U+009F) or invalid UTF-8?  1 when it does. */
int str_has_control(const char *s, int allow_newline);
/* Is code point cp an invisible or bidi control character that can hide
 * or reorder text on a terminal: U+061C, U+180E, U+200B, U+200E, U+200F,
 * U+202A..U+202E, U+2028, U+2029, U+2060..U+2064, U+2066..U+2069,
 * U+FEFF, U+FFF9..U+FFFB, the tags U+E0000..U+E007F?  (Not U+200C/U+200D,
 * the joiners that Persian and Arabic spelling and emoji need.) */
int cp_invisible(uint32_t cp);
/* The first such code point in s (valid UTF-8), or 0 when there is none. */
uint32_t str_find_invisible(const char *s);
/* FNV-1a hash of a NUL-terminated string. */
uint64_t str_hash(const char *s);

/* A string-keyed hash map (open addressing, linear probing).  Each entry
 * holds a copy of its key and a value of vsize bytes, zeroed when the entry
 * is created.  Zero-initialise with STRMAP_INIT(type of the value); free
 * with strmap_free().  The pointers returned point into the map: valid
 * until the next strmap_put() (which may move the entries). */
typedef struct strmap {
	char **keys;          /* cap slots, NULL = empty; owned */
	unsigned char *vals;  /* cap * vsize bytes; owned */
	size_t vsize;
	size_t cap, n;        /* cap is 0 or a power of two */
} strmap;
#define STRMAP_INIT(type) { NULL, NULL, sizeof(type), 0, 0 }

/* The value of key, or NULL when the map has no such key. */
void *strmap_get(const strmap *m, const char *key);
/* The value of key, the entry created (value zeroed, *created = 1 when
 * created is not NULL) when it was not there. */
void *strmap_put(strmap *m, const char *key, int *created);
size_t strmap_count(const strmap *m);
void strmap_free(strmap *m);

/* Append s made safe to print on a terminal: tab, CR and LF become a space,
 * every other control character (ESC among them, C1 included) and every
 * invalid UTF-8 byte becomes '?', so escape sequences in stored data never
 * reach the terminal raw; an invisible or bidi control character
 * (cp_invisible) is shown as "<U+202E>".  NULL appends nothing. */
void sb_append_printable(strbuf *sb, const char *s);
/* The same as a new string (NULL gives ""); caller frees. */
char *str_printable(const char *s);
/* The same, but line breaks ('\n') are kept: for messages of several
 * lines (caller frees). */
char *str_printable_lines(const char *s);

#endif
