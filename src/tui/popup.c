/* popup.c - pick-lists, questions (J/n, typed word, notice) and the help screen. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "norm.h"
#include "tui.h"
#include "util.h"

/* A frame of h x w at (y, x) with a title in its top border. */
static void frame(int y, int x, int h, int w, const char *title)
{
	strbuf sb = STRBUF_INIT;
	char *t;

	for (int i = 1; i < h - 1; i++) {
		tui_put(y + i, x, "│", 1, ROLE_RAND);
		tui_put(y + i, x + 1, "", w - 2, ROLE_NORMAAL);
		tui_put(y + i, x + w - 1, "│", 1, ROLE_RAND);
	}
	sb_append(&sb, "┌─ ");
	t = tui_fit(title, w - 6, 0);
	sb_append(&sb, t);
	free(t);
	sb_append(&sb, " ");
	while (tui_width(sb.s) < w - 1)
		sb_append(&sb, "─");
	sb_append(&sb, "┐");
	tui_put(y, x, sb.s, w, ROLE_RAND);
	sb_reset(&sb);
	sb_append(&sb, "└");
	for (int i = 0; i < w - 2; i++)
		sb_append(&sb, "─");
	sb_append(&sb, "┘");
	tui_put(y + h - 1, x, sb.s, w, ROLE_RAND);
	sb_free(&sb);
}

/* Word-wrap s into lines of at most w columns.  Caller frees each line and
 * the array. */
/* Bytes of the longest start of s that fits w display columns (at least
 * one character, so a wrap always moves on). */
static size_t fit_bytes(const char *s, int w)
{
	size_t i = 0, len = strlen(s);
	int used = 0;

	while (i < len) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, len - i, &cp);
		int cw;

		if (k == 0)
			k = 1;
		cw = wcwidth((wchar_t)cp);
		if (cw < 0)
			cw = 1;
		if (used + cw > w && i > 0)
			break;
		used += cw;
		i += k;
	}
	return i;
}

static char **wrap(const char *s, int w, size_t *n)
{
	char **lines = NULL;
	strbuf line = STRBUF_INIT;
	char *copy = xstrdup(s), *save = NULL, *word;

	*n = 0;
	for (word = strtok_r(copy, " ", &save); word; word = strtok_r(NULL, " ", &save)) {
		/* a word wider than the box (a file path) is cut in pieces */
		while (tui_width(word) > w) {
			size_t k;

			if (line.len) {
				lines = xrealloc(lines, (*n + 1) * sizeof *lines);
				lines[(*n)++] = sb_take(&line);
			}
			k = fit_bytes(word, w);
			lines = xrealloc(lines, (*n + 1) * sizeof *lines);
			lines[(*n)++] = xstrndup(word, k);
			word += k;
		}
		if (!*word)
			continue;
		if (line.len && tui_width(line.s) + 1 + tui_width(word) > w) {
			lines = xrealloc(lines, (*n + 1) * sizeof *lines);
			lines[(*n)++] = sb_take(&line);
		}
		if (line.len)
			sb_appendc(&line, ' ');
		sb_append(&line, word);
	}
	if (line.len) {
		lines = xrealloc(lines, (*n + 1) * sizeof *lines);
		lines[(*n)++] = sb_take(&line);
	}
	sb_free(&line);
	free(copy);
	return lines;
}

/* ---- pick-list ---------------------------------------------------------------------- */

typedef struct pick {
	char *title;
	char **labels;
	char **keys;    /* normalised, for type-ahead */
	size_t n;
	int sel, top, rows;
	pick_fn fn;
	void *arg;
	char typed[64];
} pick;

static int pick_scope(view *v)
{
	return SC_KEUZE;
}

static void pick_draw(tui *t, view *v)
{
	pick *p = v->priv;
	int w = tui_width(p->title) + 8, h, y, x;

	for (size_t i = 0; i < p->n; i++)
		if (tui_width(p->labels[i]) + 6 > w)
			w = tui_width(p->labels[i]) + 6;
	if (w > COLS - 4)
		w = COLS - 4;
	h = (int)p->n + 2;
	if (h > LINES - 4)
		h = LINES - 4;
	p->rows = h - 2;
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + p->rows)
		p->top = p->sel - p->rows + 1;
	y = (LINES - h) / 2;
	x = (COLS - w) / 2;
	frame(y, x, h, w, p->title);
	for (int i = 0; i < p->rows && p->top + i < (int)p->n; i++) {
		int k = p->top + i;
		char *line = xasprintf(" %s", p->labels[k]);

		tui_put(y + 1 + i, x + 1, line, w - 2, k == p->sel ? ROLE_SELECTIE : ROLE_NORMAAL);
		free(line);
	}
	if (p->top > 0)
		tui_put(y, x + w - 3, "▲", 1, ROLE_RAND);
	if (p->top + p->rows < (int)p->n)
		tui_put(y + h - 1, x + w - 3, "▼", 1, ROLE_RAND);
}

static void pick_close(tui *t, view *v)
{
	pick *p = v->priv;

	for (size_t i = 0; i < p->n; i++) {
		free(p->labels[i]);
		free(p->keys[i]);
	}
	free(p->labels);
	free(p->keys);
	free(p->title);
	free(p);
}

static int pick_done(tui *t, pick *p, int index)
{
	pick_fn fn = p->fn;
	void *arg = p->arg;

	tui_pop(t, 0);
	fn(t, arg, index);
	return TUI_REDRAW;
}

/* Type-ahead: letters jump to the first label starting with what was
 * typed.  j and k are no type-ahead: they move, as in every list (the
 * action table binds them); a letter no label starts with says so, so
 * that Enter after it never keeps the old value unnoticed. */
static int pick_key(tui *t, view *v, wint_t ch, int is_key)
{
	pick *p = v->priv;
	char enc[4], *key;
	size_t len, tl = strlen(p->typed);

	if (is_key || ch < 32 || ch == 127)
		return TUI_IGNORED;
	if (tui_action_for(SC_KEUZE, ch, 0) == ACT_OMLAAG || tui_action_for(SC_KEUZE, ch, 0) == ACT_OMHOOG) {
		p->typed[0] = '\0';
		return TUI_IGNORED;
	}
	len = utf8_encode((uint32_t)ch, enc);
	if (tl + len + 1 >= sizeof p->typed)
		tl = 0;
	memcpy(p->typed + tl, enc, len);
	p->typed[tl + len] = '\0';
	key = norm_key(p->typed);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < p->n; i++) {
			if (strncmp(p->keys[i], key, strlen(key)) == 0) {
				p->sel = (int)i;
				free(key);
				return TUI_REDRAW;
			}
		}
		/* no match: start again with this character alone */
		free(key);
		memcpy(p->typed, enc, len);
		p->typed[len] = '\0';
		key = norm_key(p->typed);
	}
	free(key);
	p->typed[0] = '\0';
	tui_message(t, 1, "Geen keuze begint met '%.*s'; kies met j/k of ↓/↑ en Enter.", (int)len, enc);
	return TUI_REDRAW;
}

static int pick_request(tui *t, view *v, tui_action a)
{
	pick *p = v->priv;
	int last = (int)p->n - 1;

	p->typed[0] = '\0';
	switch (a) {
	case ACT_OMLAAG: p->sel = p->sel < last ? p->sel + 1 : last; return TUI_REDRAW;
	case ACT_OMHOOG: p->sel = p->sel > 0 ? p->sel - 1 : 0; return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG: p->sel += p->rows; if (p->sel > last) p->sel = last; return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG: p->sel -= p->rows; if (p->sel < 0) p->sel = 0; return TUI_REDRAW;
	case ACT_EERSTE: p->sel = 0; return TUI_REDRAW;
	case ACT_EINDE: p->sel = last; return TUI_REDRAW;
	case ACT_OPENEN: return pick_done(t, p, p->n ? p->sel : -1);
	case ACT_TERUG: return pick_done(t, p, -1);
	default: return TUI_IGNORED;
	}
}

static const view_ops pick_ops = {
	"Keuzelijst", 1, pick_scope, NULL, pick_draw, pick_key, pick_request, pick_close,
};

void pick_push(tui *t, const char *title, const char *const *labels, size_t n,
	       int sel, pick_fn fn, void *arg)
{
	pick *p = xcalloc(1, sizeof *p);

	p->title = xstrdup(title);
	p->labels = xcalloc(n ? n : 1, sizeof *p->labels);
	p->keys = xcalloc(n ? n : 1, sizeof *p->keys);
	for (size_t i = 0; i < n; i++) {
		p->labels[i] = xstrdup(labels[i]);
		p->keys[i] = norm_key(labels[i]);
	}
	p->n = n;
	p->sel = sel >= 0 && (size_t)sel < n ? sel : 0;
	p->fn = fn;
	p->arg = arg;
	tui_push(t, &pick_ops, p);
}

/* ---- questions ------------------------------------------------------------------------- */

/* One question view in three modes:
 *  Q_NOTICE  a notice ("Klaar"): Enter, Esc, space or q closes it;
 *  Q_JN      a J/n question: only a capital J confirms -- j and k move in
 *            every list, so a j typed as "down" (or a k) must never say
 *            yes; n, N or Esc says no; every other key only shows how to
 *            answer;
 *  Q_WORD    a confirmation typed in full: "ja" or `word` (case-insensitive)
 *            and Enter says yes, Esc says no; anything else is refused on
 *            screen and asked again. */
enum q_mode { Q_NOTICE, Q_JN, Q_WORD, Q__COUNT };

typedef struct question {
	enum q_mode mode;
	char *question;
	char *word;             /* Q_WORD: accepted besides "ja" */
	lineedit le;            /* Q_WORD: what is typed */
	ask_fn fn;              /* NULL for a notice */
	void *arg;
	int refused;            /* a key (Q_JN) or a word (Q_WORD) that is no answer */
} question;

/* What differs per mode on screen. */
static const struct q_look {
	const char *title;
	const char *refused;    /* shown after a key or word that is no answer */
	const char *footer;
} q_looks[Q__COUNT] = {
	[Q_NOTICE] = { "Klaar", NULL, "Enter: sluiten" },
	[Q_JN] = { "Vraag", "Bevestig met J (hoofdletter); j en k bevestigen nooit.",
		   "J (hoofdletter) = ja, n of Esc = nee" },
	[Q_WORD] = { "Bevestigen", "Dat is niet ja of het klantnummer: er is niets verwijderd.",
		     "Enter: bevestigen  Esc: annuleren" },
};

static int question_scope(view *v)
{
	question *q = v->priv;

	return q->mode == Q_WORD ? SC_INVOER : SC_KEUZE;
}

static void question_draw(tui *t, view *v)
{
	question *q = v->priv;
	const struct q_look *look = &q_looks[q->mode];
	int w = COLS - 10 > 70 ? 70 : COLS - 10, h, y, x;
	size_t n;
	char **lines = wrap(q->question, w - 4, &n);

	/* a typed confirmation keeps a row for its input and one for the refusal */
	h = (int)n + 4 + (q->mode == Q_WORD ? 2 : q->refused);
	y = (LINES - h) / 2;
	x = (COLS - w) / 2;
	frame(y, x, h, w, look->title);
	for (size_t i = 0; i < n; i++) {
		tui_put(y + 1 + (int)i, x + 2, lines[i], w - 4, ROLE_NORMAAL);
		free(lines[i]);
	}
	free(lines);
	if (q->mode == Q_WORD) {
		char *prompt = xasprintf("Typ ja of %s:", q->word);

		tui_put(y + 1 + (int)n, x + 2, prompt, w - 4, ROLE_NORMAAL);
		le_draw(&q->le, y + 1 + (int)n, x + 3 + tui_width(prompt), 12, ROLE_ACTIEF_VELD, 1);
		free(prompt);
	}
	if (q->refused)
		tui_put(y + h - 3, x + 2, look->refused, w - 4, ROLE_FOUT);
	tui_put(y + h - 2, x + 2, look->footer, w - 4, ROLE_KOP);
}

static int question_answer(tui *t, question *q, int yes)
{
	ask_fn fn = q->fn;
	void *arg = q->arg;

	tui_pop(t, 0);
	if (fn)
		fn(t, arg, yes);
	return TUI_REDRAW;
}

/* Q_WORD: Enter checks the word; the line editor takes the rest. */
static int question_word_key(tui *t, question *q, wint_t ch, int is_key)
{
	tui_action a;

	if ((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
		char *typed = le_utf8(&q->le), *s = str_trim_dup(typed);
		int yes = strcasecmp(s, "ja") == 0 || strcasecmp(s, q->word) == 0;

		free(typed);
		free(s);
		if (yes)
			return question_answer(t, q, 1);
		q->refused = 1;
		le_set(&q->le, "");
		return TUI_REDRAW;
	}
	if (le_key(&q->le, ch, is_key))
		return TUI_REDRAW;
	a = tui_action_for(SC_INVOER, ch, is_key);
	if (a >= ACT_LINKS && a <= ACT_WIS_VELD)
		le_action(&q->le, a);
	return TUI_REDRAW;  /* no other key does anything here */
}

static int question_key(tui *t, view *v, wint_t ch, int is_key)
{
	question *q = v->priv;

	switch (q->mode) {
	case Q_NOTICE:
		return !is_key && (ch == '\r' || ch == '\n' || ch == TUI_ESC || ch == ' ' || ch == 'q')
			? question_answer(t, q, 1) : TUI_HANDLED;
	case Q_WORD:
		if (!is_key && ch == TUI_ESC)
			return question_answer(t, q, 0);
		return question_word_key(t, q, ch, is_key);
	default:
		if (!is_key && ch == 'J')
			return question_answer(t, q, 1);
		if (!is_key && (ch == 'n' || ch == 'N' || ch == TUI_ESC))
			return question_answer(t, q, 0);
		q->refused = 1;    /* nothing else answers a question */
		return TUI_REDRAW;
	}
}

static void question_close(tui *t, view *v)
{
	question *q = v->priv;

	le_free(&q->le);
	free(q->question);
	free(q->word);
	free(q);
}

/* One view; only its name in the help differs with the mode. */
static const view_ops question_ops[Q__COUNT] = {
	[Q_NOTICE] = { "Vraag", 1, question_scope, NULL, question_draw, question_key, NULL,
		       question_close },
	[Q_JN] = { "Vraag", 1, question_scope, NULL, question_draw, question_key, NULL,
		   question_close },
	[Q_WORD] = { "Bevestigen", 1, question_scope, NULL, question_draw, question_key, NULL,
		     question_close },
};

static void question_push(tui *t, enum q_mode mode, const char *text, const char *word,
			  ask_fn fn, void *arg)
{
	question *q = xcalloc(1, sizeof *q);

	q->mode = mode;
	q->question = xstrdup(text);
	q->word = word ? xstrdup(word) : NULL;
	q->fn = fn;
	q->arg = arg;
	le_set(&q->le, "");
	tui_push(t, &question_ops[mode], q);
}

void ask_push(tui *t, const char *text, ask_fn fn, void *arg)
{
	question_push(t, fn ? Q_JN : Q_NOTICE, text, NULL, fn, arg);
}

void info_push(tui *t, const char *text)
{
	question_push(t, Q_NOTICE, text, NULL, NULL, NULL);
}

void confirm_push(tui *t, const char *text, const char *word, ask_fn fn, void *arg)
{
	question_push(t, Q_WORD, text, word, fn, arg);
}

/* ---- help ------------------------------------------------------------------------------ */

typedef struct help {
	char *title;
	char **lines;
	size_t n;
	int top;
} help;

static int help_scope(view *v)
{
	return SC_LIJST;
}

static void help_draw(tui *t, view *v)
{
	help *h = v->priv;
	int rows = tui_body_lines(1);
	char hint[128], k[64];

	if (h->top > (int)h->n - rows)
		h->top = (int)h->n - rows;
	if (h->top < 0)
		h->top = 0;
	tui_draw_title(t, h->title, "casus");
	for (int i = 0; i < rows && h->top + i < (int)h->n; i++)
		tui_put(2 + i, 0, h->lines[h->top + i], COLS, i == 0 && h->top == 0 ? ROLE_KOP : ROLE_NORMAAL);
	tui_action_keys(ACT_TERUG, 0, k, sizeof k);
	snprintf(hint, sizeof hint, " %s: terug", k);
	tui_draw_footer(t, hint);
}

static int help_request(tui *t, view *v, tui_action a)
{
	help *h = v->priv;
	int rows = tui_body_lines(1);

	switch (a) {
	case ACT_OMLAAG: h->top++; return TUI_REDRAW;
	case ACT_OMHOOG: if (h->top > 0) h->top--; return TUI_REDRAW;
	case ACT_PAGINA_OMLAAG: h->top += rows; return TUI_REDRAW;
	case ACT_PAGINA_OMHOOG: h->top -= rows; if (h->top < 0) h->top = 0; return TUI_REDRAW;
	case ACT_EERSTE: h->top = 0; return TUI_REDRAW;
	case ACT_EINDE: h->top = (int)h->n; return TUI_REDRAW;
	case ACT_HULP: return TUI_HANDLED;
	default: return TUI_IGNORED;
	}
}

static void help_close(tui *t, view *v)
{
	help *h = v->priv;

	for (size_t i = 0; i < h->n; i++)
		free(h->lines[i]);
	free(h->lines);
	free(h->title);
	free(h);
}

static const view_ops help_ops = {
	"Hulp", 0, help_scope, NULL, help_draw, NULL, help_request, help_close,
};

/* The help is generated from the action table: every action whose scope
 * includes the scope of the view below, with its keys. */
void help_push(tui *t)
{
	view *below = tui_top(t);
	help *h = xcalloc(1, sizeof *h);
	int scope = below && below->ops->scope ? below->ops->scope(below) : SC_LIJST;
	int text = (scope & SC_INVOER) != 0;
	size_t cap = ACT__COUNT + 2;

	h->title = xasprintf("Hulp: %s", below ? below->ops->name : "casus");
	h->lines = xcalloc(cap, sizeof *h->lines);
	h->lines[h->n++] = xstrdup("Toets              Wat het doet");
	for (int a = 1; a < ACT__COUNT; a++) {
		char keys[64];
		char *k;

		if (!(tui_actions[a].scopes & (scope | SC_ALG)))
			continue;
		tui_action_keys((tui_action)a, text, keys, sizeof keys);
		if (!keys[0])
			continue;
		k = tui_fit(keys, 18, 1);
		h->lines[h->n++] = xasprintf("%s %s", k, tui_actions[a].help);
		free(k);
	}
	tui_push(t, &help_ops, h);
}
