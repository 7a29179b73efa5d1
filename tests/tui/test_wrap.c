/* test_wrap.c - wrapping text by display width for the pager
 * (src/tui/wrap.c): at blanks, inside over-long words, with wide (CJK)
 * characters, combining marks (Núñez decomposed) and Arabic (محمد). */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/check.h"
#include "pager.h"

/* The lines of text at width w joined by '|'. */
static char *wrapped(const char *text, int w)
{
	char **l;
	size_t n = tui_wrap(text, w, &l);
	size_t len = 1;
	char *out;

	for (size_t i = 0; i < n; i++)
		len += strlen(l[i]) + 1;
	out = calloc(1, len);
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(out, "|");
		strcat(out, l[i]);
	}
	tui_wrap_free(l, n);
	return out;
}

static void wraps(const char *text, int w, const char *want, const char *desc)
{
	char *got = wrapped(text, w);

	CHECK_STR(got, want, desc);
	free(got);
}

/* Every line of text at width w is at most w columns. */
static int fits(const char *text, int w)
{
	char **l;
	size_t n = tui_wrap(text, w, &l);
	int ok = n > 0;

	for (size_t i = 0; i < n; i++)
		if (tui_width(l[i]) > w)
			ok = 0;
	tui_wrap_free(l, n);
	return ok;
}

int main(void)
{
	const char *nfd = "mevrouw Nu\xcc\x83n\xcc\x83" "ez belde";   /* Núñez decomposed */
	const char *lang = "Kwam langs met mevrouw Núñez en meneer محمد عبد الله over het rooster "
			   "van de taalschool en de startbaan bij Bakkerij Ölmez; 李小龙 tolkte.";

	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");

	wraps("", 10, "", "empty text is one empty line");
	wraps("kort", 10, "kort", "short text stays one line");
	wraps("een twee drie", 8, "een twee|drie", "wraps at the last blank that fits");
	wraps("een  twee", 4, "een|twee", "blanks at a break are dropped");
	wraps("abcdefghij", 4, "abcd|efgh|ij", "a word longer than the line is cut");
	wraps("regel1\nregel2\n\nregel4", 20, "regel1|regel2||regel4", "line breaks kept, empty lines too");
	wraps("Núñez Núñez", 5, "Núñez|Núñez", "Núñez is 5 columns (7 bytes)");
	wraps("Núñez Núñez", 11, "Núñez Núñez", "Núñez twice in 11 columns: one line");
	wraps(nfd, 13, "mevrouw Nu\xcc\x83n\xcc\x83" "ez|belde",
	      "decomposed Núñez: combining marks take no column");
	wraps("Nu\xcc\x83n\xcc\x83" "ez", 2, "Nu\xcc\x83|n\xcc\x83" "e|z",
	      "a combining mark stays with its letter when a word is cut");
	wraps("محمد عبد الله", 8, "محمد عبد|الله", "Arabic wraps by its columns (one each)");
	wraps("李小龙李小龙", 5, "李小|龙李|小龙", "a wide character is never split over lines");
	wraps("a 李小龙", 4, "a|李小|龙", "wide characters after a blank");
	CHECK(fits(lang, 30), "mixed scripts: every line at most 30 columns");
	CHECK(fits(lang, 7), "mixed scripts: every line at most 7 columns");
	wraps("李小龙", 1, "李|小|龙", "width 1 with wide characters: one a line, no endless loop");
	wraps("x", 0, "x", "width below 1 counts as 1");
	return check_done();
}
