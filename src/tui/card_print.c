/* card_print.c - "p" on the client card: the card as text (exactly the
 * output of `casus toon`, card_text_names) to a file the user names, or
 * to the printer through lpr when lpr is on $PATH (cardout.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cardout.h"
#include "util.h"
#include "view_card.h"

typedef struct print_ctx {
	card *k;
	char *overwrite;        /* the existing file the user allowed to replace */
} print_ctx;

static void print_ctx_free(void *arg)
{
	print_ctx *p = arg;

	free(p->overwrite);
	free(p);
}

/* The card as `casus toon` prints it, on the TUI's today. */
static char *card_as_text(tui *t, card *k)
{
	signal_settings ss;

	signal_settings_load(t->db, &ss);
	return card_text_names(&k->cf, t->today, &ss, t->cons, t->ncons);
}

static void overwrite_answer(tui *t, void *arg, int yes)
{
	form *fm = arg;
	print_ctx *p = fm->extra;

	if (!yes) {
		free(p->overwrite);
		p->overwrite = NULL;
		return;
	}
	form_submit(t, fm);
}

static int file_save(tui *t, form *fm, valerr *e)
{
	print_ctx *p = fm->extra;
	char *path = form_text(fm, 1), *text, msg[512], *q;
	int rc, overwrite;

	if (!path) {
		valerr_add(e, "Bestand", "is verplicht");
		return CASUS_INVALID;
	}
	overwrite = p->overwrite && strcmp(p->overwrite, path) == 0;
	free(p->overwrite);
	p->overwrite = NULL;
	text = card_as_text(t, p->k);
	rc = cardout_write(path, text, overwrite, msg, sizeof msg);
	free(text);
	switch (rc) {
	case CASUS_OK: {
		char *full = realpath(path, NULL);

		tui_message(t, 0, "Kaart geschreven naar %s", full ? full : path);
		free(full);
		break;
	}
	case CASUS_CONFLICT:
		/* an existing file: ask, and save again after a J */
		p->overwrite = xstrdup(path);
		q = xasprintf("%s bestaat al. Overschrijven? (J/n)", path);
		ask_push(t, q, overwrite_answer, fm);
		free(q);
		valerr_add(e, "Bestand", "bestaat al");
		rc = CASUS_INVALID;
		break;
	default:
		valerr_add(e, "Bestand", "%s", msg);
		rc = CASUS_INVALID;
		break;
	}
	free(path);
	return rc;
}

static void ask_file(tui *t, card *k)
{
	form *fm = form_new("Klantkaart als tekst opslaan");
	print_ctx *p = xcalloc(1, sizeof *p);
	char *name = xasprintf("kaart-%s.txt", k->cf.c.klantnummer ? k->cf.c.klantnummer : "klant");

	p->k = k;
	fm->extra = p;
	fm->free_extra = print_ctx_free;
	fm->save = file_save;
	form_add_text(fm, 1, "Bestand", name)->hint = "F2: opslaan";
	free(name);
	form_show(t, fm);
}

static void to_lpr(tui *t, card *k)
{
	char *text = card_as_text(t, k), msg[512];

	if (cardout_lpr(text, msg, sizeof msg) == CASUS_OK)
		tui_message(t, 0, "Kaart naar de printer gestuurd (lpr).");
	else
		tui_message(t, 1, "%s", msg);
	free(text);
}

static void picked(tui *t, void *arg, int index)
{
	card *k = arg;

	if (index == 0)
		ask_file(t, k);
	else if (index == 1)
		to_lpr(t, k);
}

void card_print(tui *t, card *k)
{
	static const char *const labels[] = { "Naar een bestand…", "Naar de printer (lpr)" };

	if (!k->loaded)
		return;
	if (cardout_lpr_available())
		pick_push(t, "Kaart afdrukken", labels, 2, 0, picked, k);
	else
		ask_file(t, k);
}
