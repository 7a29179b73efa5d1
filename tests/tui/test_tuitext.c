/* test_tuitext.c - the display-width helpers and the action table of the
 * full-screen application (src/tui/draw.c), without a terminal. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/check.h"
#include "tui.h"

static void fit(const char *s, int cols, int pad, const char *want, const char *desc)
{
	char *got = tui_fit(s, cols, pad);

	CHECK_STR(got, want, desc);
	free(got);
}

int main(void)
{
	char keys[64];

	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");

	/* widths are display columns, not bytes */
	CHECK_INT(tui_width("Núñez"), 5, "Núñez is 5 columns (7 bytes)");
	CHECK_INT(tui_width("Ḥasan"), 5, "Ḥasan is 5 columns");
	CHECK_INT(tui_width("李小龙"), 6, "CJK characters are 2 columns each");
	CHECK_INT(tui_width("e\xcc\x81"), 1, "a combining accent takes no column");
	CHECK_INT(tui_width("a\x1b[31mb"), 7, "ESC counts as one visible '?'");
	CHECK_INT(tui_width("\xff\xfe"), 2, "invalid bytes count one column each");
	CHECK_INT(tui_width(NULL), 0, "NULL is empty");

	/* cut and pad */
	fit("Núñez", 8, 1, "Núñez   ", "padded to 8 columns");
	fit("Núñez, Ana", 6, 1, "Núñez…", "cut with an ellipsis in the last column");
	fit("李小龙", 5, 1, "李小…", "a wide character that does not fit is not split");
	fit("李小龙", 4, 1, "李… ", "cut before a wide char, padded to exact width");
	fit("李小龙", 6, 0, "李小龙", "exactly fitting wide text stays whole");
	fit("abc", 0, 1, "", "zero columns give nothing");
	fit("a\x1b[2Jb", 10, 0, "a?[2Jb", "escape sequences never reach the terminal");
	fit("", 3, 1, "   ", "empty text padded");
	{
		char *f = tui_fit("محمد عبد الله", 8, 1);
		CHECK_INT(tui_width(f), 8, "Arabic cut to exactly 8 columns");
		free(f);
	}

	/* Dutch thousands separator */
	{
		char b[32];
		tui_number(100000, b, sizeof b);
		CHECK_STR(b, "100.000", "100000 -> 100.000");
		tui_number(64, b, sizeof b);
		CHECK_STR(b, "64", "64 -> 64");
		tui_number(1234567, b, sizeof b);
		CHECK_STR(b, "1.234.567", "1234567 -> 1.234.567");
	}

	/* the action table binds keys per scope */
	CHECK_INT(tui_action_for(SC_LIJST, 'j', 0), ACT_OMLAAG, "j moves down in a list");
	CHECK_INT(tui_action_for(SC_LIJST, KEY_DOWN, 1), ACT_OMLAAG, "Down moves down in a list");
	CHECK_INT(tui_action_for(SC_FORM | SC_INVOER, KEY_DOWN, 1), ACT_VOLGEND_VELD, "Down is next field in a form");
	CHECK_INT(tui_action_for(SC_KAART | SC_LIJST, '\t', 0), ACT_VOLGENDE_TAB, "Tab is next tab on the card");
	CHECK_INT(tui_action_for(SC_FORM | SC_INVOER, '\t', 0), ACT_VOLGEND_VELD, "Tab is next field in a form");
	CHECK_INT(tui_action_for(SC_CASELOAD | SC_LIJST, '/', 0), ACT_ZOEKEN, "/ searches in the caseload");
	CHECK_INT(tui_action_for(SC_KAART | SC_LIJST, '/', 0), ACT_NONE, "/ means nothing on the card");
	CHECK_INT(tui_action_for(SC_FORM, KEY_F(1), 1), ACT_HULP, "F1 is help everywhere");
	CHECK_INT(tui_action_for(SC_LIJST, TUI_CTRL('l'), 0), ACT_HERTEKEN, "Ctrl-L redraws");
	CHECK_INT(tui_action_for(SC_LIJST, 'G', 0), ACT_EINDE, "G goes to the end");
	CHECK_INT(tui_action_for(SC_LIJST, KEY_NPAGE, 1), ACT_PAGINA_OMLAAG, "PgDn pages");
	CHECK_INT(tui_action_for(SC_FORM | SC_INVOER, KEY_HOME, 1), ACT_REGELSTART, "Home in a field goes to its start");
	CHECK_INT(tui_action_for(SC_LIJST, KEY_HOME, 1), ACT_EERSTE, "Home in a list goes to the first line");

	/* help text comes from the same table */
	tui_action_keys(ACT_OMLAAG, 0, keys, sizeof keys);
	CHECK_STR(keys, "j, ↓", "keys of omlaag");
	tui_action_keys(ACT_HULP, 1, keys, sizeof keys);
	CHECK_STR(keys, "F1", "in a text field only F1 opens help ('?' is text)");
	tui_action_keys(ACT_TERUG, 0, keys, sizeof keys);
	CHECK_STR(keys, "q, Esc", "keys of terug");
	tui_action_keys(ACT_HERTEKEN, 0, keys, sizeof keys);
	CHECK_STR(keys, "Ctrl-L", "Ctrl-L named as such");
	for (int a = 1; a < ACT__COUNT; a++) {
		if (!tui_actions[a].help[0] || !tui_actions[a].name[0] || !tui_actions[a].scopes) {
			CHECK(0, "every action has a name, a scope and a help text");
			break;
		}
		if (a == ACT__COUNT - 1)
			CHECK(1, "every action has a name, a scope and a help text");
	}
	return check_done();
}
