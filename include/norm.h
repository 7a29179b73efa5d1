/* norm.h - the search normaliser: folds a UTF-8 name to a key that
 * ignores case and diacritics.  "Núñez" -> "nunez", "Øyvind" -> "oyvind",
 * "Ḥasan" -> "hasan"; Arabic script keeps its letters but loses harakat,
 * tatweel and hamza/alef variants (أ إ آ -> ا, ة -> ه, ى -> ي).  Runs of
 * anything that is not a letter or digit become one space; no leading or
 * trailing space.  Invalid UTF-8 bytes are dropped. */
#ifndef CASUS_NORM_H
#define CASUS_NORM_H

#include <stddef.h>
#include <stdint.h>

/* Caller frees. */
char *norm_key(const char *utf8);
/* Into a caller buffer (truncates at a character boundary); returns the
 * length written. */
size_t norm_key_buf(const char *utf8, char *out, size_t outsz);

/* Decode one UTF-8 character at s (n bytes available); returns its length
 * (>= 1) and the code point in *cp, or 0 / cp = 0xFFFD for an invalid byte
 * (length 1 consumed by callers). */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
size_t utf8_encode(uint32_t cp, char out[4]);

#endif
