/* cli_util.c - helpers of the command line's reports (cli_util.h):
 * columns aligned by display width and option parsing. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cli.h"
#include "cli_util.h"
#include "util.h"

/* ---- display width ------------------------------------------------------ */

/* Length in bytes of the UTF-8 sequence at p (1 for a stray byte). */
static size_t u8_len(const unsigned char *p)
{
	size_t len = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : *p >= 0xc0 ? 2 : 1;

	for (size_t i = 1; i < len; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 1;
	return len;
}

/* Next character of s: its byte length and display width. */
static size_t next_char(const char *s, int *width)
{
	mbstate_t st;
	wchar_t wc;
	size_t n;
	int w;

	memset(&st, 0, sizeof st);
	n = mbrtowc(&wc, s, strlen(s), &st);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		/* not decodable in this locale: one column per character */
		*width = 1;
		return u8_len((const unsigned char *)s);
	}
	w = wcwidth(wc);
	*width = w < 0 ? 1 : w;
	return n;
}

int cli_disp_width(const char *s)
{
	int total = 0, w;

	while (*s) {
		s += next_char(s, &w);
		total += w;
	}
	return total;
}

/* Append s to sb in exactly `width` columns: cut at a character boundary
 * (with "…" marking the cut) or padded with spaces.  pad = 0: no padding
 * (last column). */
void cli_put_col(strbuf *sb, const char *s, int width, int pad)
{
	int used = 0, w;

	if (cli_disp_width(s) > width) {
		while (*s) {
			size_t n = next_char(s, &w);

			if (used + w > width - 1)
				break;
			sb_appendn(sb, s, n);
			used += w;
			s += n;
		}
		sb_append(sb, "…");
		used++;
	} else {
		sb_append(sb, s);
		used = cli_disp_width(s);
	}
	while (pad && used++ < width)
		sb_appendc(sb, ' ');
}

char *cli_clean_dup(const char *s)
{
	strbuf sb = STRBUF_INIT;

	sb_append_printable(&sb, s ? s : "");
	return sb_take(&sb);
}

char *cli_client_name_clean(const client *c)
{
	char *raw = client_display_name(c);
	char *name = cli_clean_dup(raw);

	free(raw);
	return name;
}

/* ---- option parsing ------------------------------------------------------ */

/* If argv[*i] is option `name` ("--x V" or "--x=V"), set *val and return 1;
 * a missing value prints an error and returns -1; otherwise 0. */
int cli_opt_value(cli_ctx *ctx, int *i, const char *name, const char **val)
{
	const char *a = ctx->argv[*i];
	size_t n = strlen(name);

	if (strncmp(a, name, n) != 0)
		return 0;
	if (a[n] == '=') {
		*val = a + n + 1;
		return 1;
	}
	if (a[n] != '\0')
		return 0;
	if (*i + 1 >= ctx->argc) {
		cli_error("%s verwacht een waarde", name);
		return -1;
	}
	*val = ctx->argv[++*i];
	return 1;
}

/* Parse a date option; prints "--datum: 31-02-2025 bestaat niet in de
 * kalender" and returns -1 when it is not a date. */
int cli_opt_date(const char *name, const char *text, cdate *out)
{
	int rc = cdate_parse(text, out);

	if (rc == DATE_OK)
		return 0;
	if (rc == DATE_EMPTY)
		cli_error("%s: datum ontbreekt", name);
	else if (rc == DATE_IMPOSSIBLE)
		cli_error("%s: %s %s", name, text, cdate_parse_message(rc));
	else
		cli_error("%s: '%s' %s", name, text, cdate_parse_message(rc));
	return -1;
}

/* Decimal number in [lo, hi]; -1 with a message otherwise. */
int cli_opt_number(const char *name, const char *text, unsigned long long lo,
		      unsigned long long hi, unsigned long long *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	if (text[0] < '0' || text[0] > '9')
		goto bad;
	v = strtoull(text, &end, 10);
	if (errno || *end || v < lo || v > hi)
		goto bad;
	*out = v;
	return 0;
bad:
	cli_error("%s: geen geldig aantal ('%s')", name, text);
	return -1;
}

int cli_is_help(const char *a)
{
	return strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0;
}

int cli_unknown_option(const char *cmd, const char *a)
{
	cli_error("%s: onbekende optie %s (zie casus %s --help)", cmd, a, cmd);
	return EXIT_USER;
}

