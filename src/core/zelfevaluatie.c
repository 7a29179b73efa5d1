/* zelfevaluatie.c - the zelfevaluatie's rules that need no store: theme
 * scores and changes (spec "Scores and figures"), score and status texts,
 * and the instrument file parser (docs/zelfevaluatie-instrument.md). */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"
#include "zelfevaluatie.h"

/* --- scores ------------------------------------------------------------------ */

ze_themascore ze_theme_score(const int *scores, size_t n)
{
	ze_themascore s = { 0, (int)n, -1 };
	long sum = 0;

	for (size_t i = 0; i < n; i++) {
		if (scores[i] >= 1 && scores[i] <= 10) {
			sum += scores[i];
			s.scored++;
		}
	}
	/* mean in tenths, half up: (20 sum + n) / (2 n) */
	if (s.scored > 0)
		s.tiendes = (int)((20 * sum + s.scored) / (2L * s.scored));
	return s;
}

void ze_format_tenths(int tiendes, char *buf, size_t size)
{
	int neg = tiendes < 0;
	int a = neg ? -tiendes : tiendes;

	snprintf(buf, size, "%s%d,%d", neg ? "-" : "", a / 10, a % 10);
}

void ze_format_themescore(ze_themascore s, char *buf, size_t size)
{
	char t[16];

	if (s.tiendes < 0) {
		snprintf(buf, size, "geen score (0 van %d)", s.total);
		return;
	}
	ze_format_tenths(s.tiendes, t, sizeof t);
	snprintf(buf, size, "%s (%d van %d)", t, s.scored, s.total);
}

int ze_format_change(int now, int prev, char *buf, size_t size)
{
	char t[16];
	int d;

	if (now < 0 || prev < 0) {
		if (size)
			buf[0] = '\0';
		return 0;
	}
	d = now - prev;
	ze_format_tenths(d < 0 ? -d : d, t, sizeof t);
	if (d > 0)
		snprintf(buf, size, "\u25B2 +%s", t);
	else if (d < 0)
		snprintf(buf, size, "\u25BC -%s", t);
	else
		snprintf(buf, size, "= %s", t);
	return d;
}

const char *ze_score_text(int v)
{
	static const char *const num[] = { "n.v.t.", "1", "2", "3", "4", "5", "6", "7",
					   "8", "9", "10" };

	if (v >= 0 && v <= 10)
		return num[v];
	return "";
}

int ze_parse_score(const char *s, int *out)
{
	char *end;
	long v;

	if (!s)
		return -1;
	if (strcasecmp(s, "nvt") == 0 || strcasecmp(s, "n.v.t.") == 0 ||
	    strcasecmp(s, "n.v.t") == 0) {
		*out = ZE_NVT;
		return 0;
	}
	if (!isdigit((unsigned char)s[0]))
		return -1;
	v = strtol(s, &end, 10);
	if (*end || v < 1 || v > 10)
		return -1;
	*out = (int)v;
	return 0;
}

static const char *const status_labels[] = { NULL, "open", "bezig", "klaar", "vervallen" };

const char *ze_status_label(int status)
{
	return status >= ZA_OPEN && status <= ZA_VERVALLEN ? status_labels[status] : "?";
}

int ze_status_parse(const char *s)
{
	for (int i = ZA_OPEN; s && i <= ZA_VERVALLEN; i++)
		if (strcasecmp(s, status_labels[i]) == 0)
			return i;
	return 0;
}

/* --- the instrument file ----------------------------------------------------------- */

void ze_instrument_free(ze_instrument *ins)
{
	if (!ins)
		return;
	for (size_t t = 0; t < ins->nth; t++) {
		ze_thema *th = &ins->th[t];

		for (size_t s = 0; s < th->nst; s++) {
			free(th->st[s].nummer);
			free(th->st[s].tekst);
			free(th->st[s].tip);
		}
		free(th->st);
		free(th->naam);
	}
	free(ins->th);
	free(ins->naam);
	free(ins->versie);
	memset(ins, 0, sizeof *ins);
}

#define ZE_MAX_TEXT 1000

typedef struct parser {
	const char *fname;
	int line;
	ze_instrument *ins;
	int naam_line, versie_line;
	int *thema_line;       /* per theme, the line it was declared on */
	char **msgs;
	size_t nmsgs, cap;
} parser;

static void perr(parser *p, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void perr(parser *p, int line, const char *fmt, ...)
{
	va_list ap;
	char *m;

	va_start(ap, fmt);
	m = xvasprintf(fmt, ap);
	va_end(ap);
	if (p->nmsgs == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 8;
		p->msgs = xrealloc(p->msgs, p->cap * sizeof *p->msgs);
	}
	p->msgs[p->nmsgs++] = xasprintf("%s:%d: %s", p->fname, line, m);
	free(m);
}

/* A positive whole number of at most 4 digits; -1 otherwise. */
static int small_number(const char *s, size_t n)
{
	int v = 0;

	if (n == 0 || n > 4)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = 10 * v + (s[i] - '0');
	}
	return v > 0 ? v : -1;
}

static ze_thema *cur_thema(parser *p)
{
	return p->ins->nth ? &p->ins->th[p->ins->nth - 1] : NULL;
}

static void parse_thema(parser *p, const char *arg, const char *val)
{
	int nr = small_number(arg, strlen(arg));
	ze_thema *th;

	if (nr < 0) {
		perr(p, p->line, "thema: '%s' is geen themanummer (een geheel getal vanaf 1)", arg);
		return;
	}
	for (size_t t = 0; t < p->ins->nth; t++) {
		if (p->ins->th[t].nummer == nr) {
			perr(p, p->line, "thema %d komt al voor op regel %d", nr, p->thema_line[t]);
			return;
		}
	}
	if ((th = cur_thema(p)) && th->nst == 0)
		perr(p, p->thema_line[p->ins->nth - 1], "thema %d heeft geen stellingen", th->nummer);
	p->ins->th = xrealloc(p->ins->th, (p->ins->nth + 1) * sizeof *p->ins->th);
	p->thema_line = xrealloc(p->thema_line, (p->ins->nth + 1) * sizeof *p->thema_line);
	th = &p->ins->th[p->ins->nth];
	memset(th, 0, sizeof *th);
	th->nummer = nr;
	th->naam = xstrdup(val);
	p->thema_line[p->ins->nth++] = p->line;
}

static void parse_stelling(parser *p, const char *arg, const char *val)
{
	ze_thema *th = cur_thema(p);
	const char *dot = strchr(arg, '.');
	ze_stelling *st;

	if (!th) {
		perr(p, p->line, "stelling %s staat niet onder een thema", arg);
		return;
	}
	if (!dot || small_number(arg, (size_t)(dot - arg)) < 0 ||
	    small_number(dot + 1, strlen(dot + 1)) < 0) {
		perr(p, p->line, "stelling: '%s' is geen stellingnummer (zoals %d.1)", arg, th->nummer);
		return;
	}
	if (small_number(arg, (size_t)(dot - arg)) != th->nummer) {
		perr(p, p->line, "stelling %s hoort niet bij thema %d (begin het nummer met %d.)",
		     arg, th->nummer, th->nummer);
		return;
	}
	for (size_t t = 0; t < p->ins->nth; t++)
		for (size_t s = 0; s < p->ins->th[t].nst; s++)
			if (strcmp(p->ins->th[t].st[s].nummer, arg) == 0) {
				perr(p, p->line, "stelling %s komt al voor", arg);
				return;
			}
	th->st = xrealloc(th->st, (th->nst + 1) * sizeof *th->st);
	st = &th->st[th->nst++];
	memset(st, 0, sizeof *st);
	st->nummer = xstrdup(arg);
	st->tekst = xstrdup(val);
}

static void parse_tip(parser *p, const char *val)
{
	ze_thema *th = cur_thema(p);
	ze_stelling *st;

	if (!th || th->nst == 0) {
		perr(p, p->line, "tip staat niet onder een stelling");
		return;
	}
	st = &th->st[th->nst - 1];
	if (st->tip) {
		char *j = xasprintf("%s\n%s", st->tip, val);
		free(st->tip);
		st->tip = j;
	} else {
		st->tip = xstrdup(val);
	}
}

/* One line "sleutel[ arg]: waarde" (already trimmed, not a comment). */
static void parse_line(parser *p, char *s)
{
	char *colon = strchr(s, ':'), *key = s, *arg, *val;

	if (!colon) {
		perr(p, p->line, "regel zonder ':' (verwacht bijvoorbeeld 'stelling 1.1: tekst')");
		return;
	}
	*colon = '\0';
	val = colon + 1;
	while (*val == ' ' || *val == '\t')
		val++;
	arg = key;
	while (*arg && *arg != ' ' && *arg != '\t')
		arg++;
	if (*arg)
		*arg++ = '\0';
	while (*arg == ' ' || *arg == '\t')
		arg++;
	for (char *e = arg + strlen(arg); e > arg && (e[-1] == ' ' || e[-1] == '\t'); )
		*--e = '\0';
	if (*val == '\0') {
		perr(p, p->line, "%s: de tekst na ':' ontbreekt", key);
		return;
	}
	if (strlen(val) > ZE_MAX_TEXT) {
		perr(p, p->line, "%s: tekst langer dan %d tekens", key, ZE_MAX_TEXT);
		return;
	}
	if (strcasecmp(key, "instrument") == 0 || strcasecmp(key, "versie") == 0) {
		int is_naam = tolower((unsigned char)key[0]) == 'i';
		int *where = is_naam ? &p->naam_line : &p->versie_line;
		char **field = is_naam ? &p->ins->naam : &p->ins->versie;

		if (*arg)
			perr(p, p->line, "%s: verwacht geen nummer", key);
		else if (*where)
			perr(p, p->line, "%s staat al op regel %d", key, *where);
		else {
			*where = p->line;
			*field = xstrdup(val);
		}
	} else if (strcasecmp(key, "thema") == 0) {
		parse_thema(p, arg, val);
	} else if (strcasecmp(key, "stelling") == 0) {
		parse_stelling(p, arg, val);
	} else if (strcasecmp(key, "tip") == 0) {
		if (*arg)
			perr(p, p->line, "tip: verwacht geen nummer");
		else
			parse_tip(p, val);
	} else {
		perr(p, p->line, "onbekend sleutelwoord '%s' (verwacht instrument, versie, thema, "
		     "stelling of tip)", key);
	}
}

static void parse_end(parser *p)
{
	ze_thema *th = cur_thema(p);

	if (th && th->nst == 0)
		perr(p, p->thema_line[p->ins->nth - 1], "thema %d heeft geen stellingen", th->nummer);
	if (!p->naam_line)
		perr(p, p->line, "'instrument: NAAM' ontbreekt");
	if (!p->versie_line)
		perr(p, p->line, "'versie: VERSIE' ontbreekt");
	if (p->ins->nth == 0)
		perr(p, p->line, "geen enkel thema");
}

int ze_instrument_parse(const char *text, const char *fname, ze_instrument *out,
			char ***msgs, size_t *nmsgs)
{
	parser p;
	const char *s = text;

	memset(&p, 0, sizeof p);
	memset(out, 0, sizeof *out);
	p.fname = fname;
	p.ins = out;
	if (strncmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3;   /* a byte order mark from a Windows editor */
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		char *line = xstrndup(s, len), *t;

		p.line++;
		if (len && line[len - 1] == '\r')
			line[--len] = '\0';
		if (!utf8_valid(line, len))
			perr(&p, p.line, "geen geldige UTF-8-tekst");
		else if (str_has_control(line, 0) || str_find_invisible(line))
			perr(&p, p.line, "onzichtbare tekens of besturingstekens in de regel");
		else {
			t = str_trim_dup(line);
			if (t[0] && t[0] != '#')
				parse_line(&p, t);
			free(t);
		}
		free(line);
		s += len + (nl ? 1 : 0);
	}
	if (p.line == 0)
		p.line = 1;
	parse_end(&p);
	free(p.thema_line);
	*msgs = p.msgs;
	*nmsgs = p.nmsgs;
	if (p.nmsgs) {
		ze_instrument_free(out);
		return CASUS_INVALID;
	}
	return CASUS_OK;
}
