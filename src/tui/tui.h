/* tui.h - the full-screen application: shared declarations of src/tui/.
 *
 * Structure (after tig, htop and ncdu):
 *  - every screen is a `struct view_ops` table (name, scope, open, draw,
 *    key, request, close) and lives on a stack of views; popups (pick-lists,
 *    questions) are views too and are drawn over the view below them;
 *  - ONE X-macro, ACTION_LIST, yields the action enum, the machine names,
 *    the key bindings and the help texts; key lookup and the help screen are
 *    both generated from it;
 *  - handlers return flags (TUI_HANDLED, TUI_REDRAW, TUI_RESIZE,
 *    TUI_BREAK_LOOP) and only the main loop (tui.c) draws;
 *  - colours are a table of named roles; with NO_COLOR (or a terminal
 *    without colours) only attributes are used: A_REVERSE for the
 *    selection, A_BOLD for headings;
 *  - all text goes through tui_put(), which cuts and pads UTF-8 to display
 *    columns (wcwidth) and writes wide characters.
 * The domain stays in the core: the TUI calls store.h, caseload.h,
 * search.h, signals.h, derive.h and controle.h and never includes SQL. */
#ifndef CASUS_TUI_H
#define CASUS_TUI_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <ncursesw/curses.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "caseload.h"
#include "db.h"
#include "model.h"
#include "signals.h"
#include "validate.h"
#include "vocab.h"

#define TUI_MIN_COLS 80
#define TUI_MIN_LINES 24
#define TUI_CTRL(c) ((c) & 0x1f)
#define TUI_ESC 27

/* ---- handler flags -------------------------------------------------------- */
enum {
	TUI_IGNORED = 0,
	TUI_HANDLED = 1,
	TUI_REDRAW = 2,
	TUI_RESIZE = 4,
	TUI_BREAK_LOOP = 8,
};

/* ---- scopes: where an action applies ---------------------------------------- */
enum {
	SC_ALG = 1 << 0,        /* everywhere */
	SC_LIJST = 1 << 1,      /* any list (caseload, signalen, registratie, kaart, hulp) */
	SC_CASELOAD = 1 << 2,
	SC_KAART = 1 << 3,
	SC_REG = 1 << 4,
	SC_FORM = 1 << 5,
	SC_INVOER = 1 << 6,     /* a text being typed (form field, search) */
	SC_ZOEK = 1 << 7,       /* incremental search */
	SC_KEUZE = 1 << 8,      /* pick-list */
	SC_SIGNALEN = 1 << 9,
	SC_ZELF = 1 << 14,      /* Zelfevaluatie: rounds, a round, a theme */
	SC_ZELF_SCORE = 1 << 15,/* Zelfevaluatie: a theme's statements being scored */
	SC_ZELF_RONDE = 1 << 16,/* Zelfevaluatie: a round's themes */
	SC_INSTELLINGEN = 1 << 10,
	SC_AGENDA = 1 << 11,
};

/* ---- the actions ----------------------------------------------------------
 * X(ID, name, scopes, help text, key1, key2, key3) - key 0 = none.  Order
 * matters for lookup: the first action whose scope matches wins. */
#define KEY_BS_ASCII 127
#define ACTION_LIST(X) \
	X(HULP,          "hulp",           SC_ALG, "Hulp: de toetsen van dit scherm", '?', KEY_F(1), 0) \
	X(HERTEKEN,      "herteken",       SC_ALG, "Scherm opnieuw tekenen", TUI_CTRL('l'), 0, 0) \
	X(OPSLAAN,       "opslaan",        SC_FORM, "Opslaan", KEY_F(2), TUI_CTRL('s'), 0) \
	X(TERUG,         "terug",          SC_ALG, "Terug (in een formulier: annuleren)", 'q', TUI_ESC, 0) \
	X(LINKS,         "links",          SC_INVOER, "Cursor naar links", KEY_LEFT, 0, 0) \
	X(RECHTS,        "rechts",         SC_INVOER, "Cursor naar rechts", KEY_RIGHT, 0, 0) \
	X(REGELSTART,    "regelbegin",     SC_INVOER, "Naar het begin van het veld", KEY_HOME, TUI_CTRL('a'), 0) \
	X(REGELEINDE,    "regeleinde",     SC_INVOER, "Naar het einde van het veld", KEY_END, TUI_CTRL('e'), 0) \
	X(WIS_VORIG,     "wis-vorig",      SC_INVOER, "Teken vóór de cursor wissen", KEY_BACKSPACE, KEY_BS_ASCII, TUI_CTRL('h')) \
	X(WIS_TEKEN,     "wis-teken",      SC_INVOER, "Teken onder de cursor wissen", KEY_DC, 0, 0) \
	X(WIS_VELD,      "wis-veld",       SC_INVOER, "Het hele veld wissen", TUI_CTRL('u'), 0, 0) \
	X(VOLGEND_VELD,  "volgend-veld",   SC_FORM, "Volgend veld", '\t', KEY_DOWN, 0) \
	X(VORIG_VELD,    "vorig-veld",     SC_FORM, "Vorig veld", KEY_BTAB, KEY_UP, 0) \
	X(KIEZEN,        "kiezen",         SC_FORM, "Keuzelijst openen (bij tekst: volgend veld)", '\n', KEY_ENTER, '\r') \
	X(VOLGENDE_TAB,  "volgende-tab",   SC_KAART, "Volgende tab", '\t', KEY_RIGHT, 'l') \
	X(VORIGE_TAB,    "vorige-tab",     SC_KAART, "Vorige tab", KEY_BTAB, KEY_LEFT, 'h') \
	X(OMLAAG,        "omlaag",         SC_LIJST | SC_ZOEK | SC_KEUZE, "Eén regel omlaag", 'j', KEY_DOWN, 0) \
	X(OMHOOG,        "omhoog",         SC_LIJST | SC_ZOEK | SC_KEUZE, "Eén regel omhoog", 'k', KEY_UP, 0) \
	X(PAGINA_OMLAAG, "pagina-omlaag",  SC_LIJST | SC_ZOEK | SC_KEUZE | SC_FORM, "Een pagina omlaag", KEY_NPAGE, ' ', 0) \
	X(PAGINA_OMHOOG, "pagina-omhoog",  SC_LIJST | SC_ZOEK | SC_KEUZE | SC_FORM, "Een pagina omhoog", KEY_PPAGE, 0, 0) \
	X(EERSTE,        "begin",          SC_LIJST | SC_KEUZE, "Naar de eerste regel", 'g', KEY_HOME, 0) \
	X(EINDE,         "einde",          SC_LIJST | SC_KEUZE, "Naar de laatste regel", 'G', KEY_END, 0) \
	X(OPENEN,        "openen",         SC_LIJST | SC_ZOEK | SC_KEUZE, "Openen / kiezen", '\n', KEY_ENTER, '\r') \
	X(ZOEKEN,        "zoeken",         SC_CASELOAD, "Zoek: naam, klantnr., geboortedatum, (eind) BSN: gelogd", '/', 0, 0) \
	X(FILTER,        "filter",         SC_CASELOAD, "Filter: mijn/alle klanten, startbanen, signaal, situatie, regiehouder", 'f', 0, 0) \
	X(VOLGORDE,      "volgorde",       SC_CASELOAD, "Volgorde: naam, urgentie, laatste contact", 'v', 0, 0) \
	X(SIGNALEN,      "signalen",       SC_CASELOAD, "Naar Signalen", 's', 0, 0) \
	X(REGISTRATIE,   "registratie",    SC_CASELOAD, "Naar Registratie (31 oktober)", 'r', 0, 0) \
	X(NIEUW,         "nieuw",          SC_CASELOAD | SC_KAART, "Toevoegen (nieuwe klant / nieuw record op deze tab)", 'a', KEY_IC, 0) \
	X(BEWERKEN,      "bewerken",       SC_KAART, "Bewerken", 'e', 0, 0) \
	X(VERWIJDEREN,   "verwijderen",    SC_KAART, "Verwijderen (vraagt bevestiging)", 'd', KEY_DC, 0) \
	X(NOTITIE,       "notitie",        SC_KAART, "Journaalregel (spreekuur) in één regel", 'n', 0, 0) \
	X(OVERDRAGEN,    "overdragen",     SC_KAART, "Overdragen aan een andere consulent", 'o', 0, 0) \
	X(LEZEN,         "lezen",          SC_KAART, "De gekozen regel volledig lezen (Historie: ook Enter)", 'i', 0, 0) \
	X(ALLE_SIGNALEN, "alle-signalen",  SC_KAART, "Alle signalen van de klant volledig lezen", '!', 0, 0) \
	X(AFDRUKKEN,     "afdrukken",      SC_KAART, "Kaart als tekst naar een bestand of de printer (lpr)", 'p', 0, 0) \
	X(WERKGEVER,     "werkgever",      SC_KAART, "Werkgever van de gekozen startbaan wijzigen (omvang, ervaring…)", 'w', 0, 0) \
	X(PEILDATUM,     "peildatum",      SC_REG, "Andere peildatum kiezen", 'p', 0, 0) \
	X(EXPORTEREN,    "exporteren",     SC_REG, "Registratie exporteren (xlsx)", 'x', 0, 0) \
	X(ZELFEVALUATIE, "zelfevaluatie",  SC_CASELOAD | SC_SIGNALEN, "Naar Zelfevaluatie (de zelfevaluatie van het team)", 'z', 0, 0) \
	X(ZE_NIEUW,      "zelf-nieuw",     SC_ZELF, "Nieuwe ronde (bij de rondes) / nieuwe actie bij het thema (in een ronde)", 'a', 0, 0) \
	X(ZE_SCORE,      "zelf-score",     SC_ZELF_SCORE, "Score van de stelling: 1-9, t = 10, 0 = n.v.t.", '1', 't', '0') \
	X(ZE_OPEN,       "zelf-open",      SC_ZELF_SCORE, "Score wissen: niet ingevuld", KEY_BACKSPACE, KEY_BS_ASCII, 0) \
	X(ZE_TOELICHTING, "zelf-toelichting", SC_ZELF_SCORE, "Toelichting bij de stelling", 'e', 0, 0) \
	X(ZE_STATUS,     "zelf-status",    SC_ZELF_RONDE, "Status van een actie van het verbeterplan (open, bezig, klaar, vervallen)", 's', 0, 0) \
	X(INSTELLINGEN,  "instellingen",   SC_CASELOAD, "Naar Instellingen: wie ben ik, gemeente, team, peildatum", 'i', 0, 0) \
	X(AGENDA,        "agenda",         SC_CASELOAD, "Naar Vandaag / deze week (agenda)", 'w', 0, 0) \
	X(PERIODE,       "periode",        SC_AGENDA, "Periode: vandaag, 7, 14 of 30 dagen", 'd', 0, 0) \
	X(BEREIK,        "bereik",         SC_AGENDA, "Mijn klanten / alle klanten", 'f', 0, 0) \
	X(SIG_FILTER,    "signalen-filter", SC_SIGNALEN, "Wie: mijn klanten, team (actieve consulenten), alle; soort", 'f', 0, 0) \
	X(SIG_ZOEKEN,    "signalen-zoeken", SC_SIGNALEN, "Zoeken in alle klanten met signaal (naam, nr., BSN: gelogd)", '/', 0, 0)

typedef enum {
	ACT_NONE = 0,
#define ACTION_ENUM(id, name, sc, help, k1, k2, k3) ACT_##id,
	ACTION_LIST(ACTION_ENUM)
#undef ACTION_ENUM
	ACT__COUNT
} tui_action;

typedef struct action_info {
	const char *name;
	int scopes;
	const char *help;
	int keys[3];
} action_info;

extern const action_info tui_actions[ACT__COUNT];
/* The action bound to key (ch, is_keycode) in `scope`, or ACT_NONE. */
tui_action tui_action_for(int scope, wint_t ch, int is_keycode);
/* "j, ↓" - the keys of an action (text_input: printable keys left out). */
void tui_action_keys(tui_action a, int text_input, char *buf, size_t n);

/* ---- colour roles --------------------------------------------------------- */
/* X(ROLE, foreground, background, attributes-with-colour, attributes-mono).
 * Roles with A_REVERSE name their colours before the reversal, so that the
 * selection is reverse video in colour and in monochrome alike. */
#define COLOR_ROLES(X) \
	X(NORMAAL,   -1,            -1,          A_NORMAL, A_NORMAL) \
	X(TITEL,     COLOR_WHITE,   COLOR_BLUE,  A_BOLD,   A_REVERSE | A_BOLD) \
	X(KOP,       COLOR_CYAN,    -1,          A_BOLD,   A_BOLD) \
	X(SELECTIE,  COLOR_CYAN,    COLOR_BLACK, A_REVERSE, A_REVERSE) \
	X(VERLOPEN,  COLOR_RED,     -1,          A_BOLD,   A_BOLD) \
	X(BINNENKORT, COLOR_YELLOW, -1,          A_NORMAL, A_NORMAL) \
	X(FOUT,      COLOR_RED,     -1,          A_BOLD,   A_BOLD) \
	X(MELDING,   COLOR_GREEN,   -1,          A_BOLD,   A_BOLD) \
	X(STATUS,    COLOR_BLACK,   COLOR_WHITE, A_NORMAL, A_REVERSE) \
	X(VELD,      -1,            -1,          A_UNDERLINE, A_UNDERLINE) \
	X(ACTIEF_VELD, COLOR_CYAN,  COLOR_BLACK, A_REVERSE | A_UNDERLINE, A_REVERSE | A_UNDERLINE) \
	X(TAB,       -1,            -1,          A_NORMAL, A_NORMAL) \
	X(ACTIEVE_TAB, COLOR_BLUE,  COLOR_WHITE, A_REVERSE | A_BOLD, A_REVERSE | A_BOLD) \
	X(RAND,      COLOR_CYAN,    -1,          A_NORMAL, A_NORMAL)

typedef enum {
#define ROLE_ENUM(r, fg, bg, a, m) ROLE_##r,
	COLOR_ROLES(ROLE_ENUM)
#undef ROLE_ENUM
	ROLE__COUNT
} tui_role;

void tui_colors_init(int mono);
/* Is terminal type `term` (NULL: $TERM) known and able to address the
 * cursor (terminfo cup)?  Checked before newterm (termcheck.c). */
int tui_term_usable(const char *term, int fd);
attr_t tui_attr(tui_role r);
short tui_pair(tui_role r);

/* ---- text ------------------------------------------------------------------ */
/* Display width of UTF-8 text (wcwidth; invalid bytes and control
 * characters count as one column, as they are shown as '?'). */
int tui_width(const char *s);
/* UTF-8 text cut to at most `cols` display columns (a cut adds "…") and,
 * with pad, padded with spaces to exactly `cols`.  Caller frees. */
char *tui_fit(const char *s, int cols, int pad);
/* Write s at (y, x) cut/padded to exactly cols columns with role r. */
void tui_put(int y, int x, const char *s, int cols, tui_role r);
/* The same with extra attributes or'ed in. */
void tui_put_attr(int y, int x, const char *s, int cols, tui_role r, attr_t extra);
/* 100000 -> "100.000" */
void tui_number(int64_t n, char *buf, size_t sz);

/* ---- views ----------------------------------------------------------------- */
struct tui;
struct view;

typedef struct view_ops {
	const char *name;                      /* Dutch title, shown in the help */
	int popup;                             /* drawn over the view below */
	int (*scope)(struct view *v);          /* current scope bits (SC_*) */
	void (*open)(struct tui *t, struct view *v);   /* (re)load data */
	void (*draw)(struct tui *t, struct view *v);
	/* raw key first (text input); TUI_IGNORED passes it on to request() */
	int (*key)(struct tui *t, struct view *v, wint_t ch, int is_keycode);
	int (*request)(struct tui *t, struct view *v, tui_action a);
	void (*close)(struct tui *t, struct view *v);
} view_ops;

typedef struct view {
	const view_ops *ops;
	void *priv;
	int stale;              /* data changed below: open() again when shown */
} view;

#define TUI_STACK_MAX 16

typedef struct tui {
	casus_db *db;
	cdate today;
	int64_t me_id;          /* the consultant of the settings, 0 = none */
	int rest_pending;       /* due rows remain after the first screen
				 * (CASELOAD_REST_*; 0: none): the main loop
				 * recomputes them in steps between keys
				 * (tui.c, "the rest of the day") */
	int rest_size;          /* clients in the next step (tui.c) */
	double rest_held;       /* ms of steps since their last commit */
	double rest_gap_until;  /* no step before this (ms, monotonic) */
	unsigned rest_gen;      /* counts those steps (views that show whether
				 * rows are still due look again) */
	char *me_naam;
	consultant *cons;
	size_t ncons;
	int mono;
	view *stack[TUI_STACK_MAX];
	int nstack;
	char msg[512];          /* message line; msg_err: shown as an error */
	int msg_err;
	int quit;
	int script;             /* scripted-screen harness active */
	int demo;               /* casus --demo: a temporary database */
} tui;

/* Push a view (calls open); pop the top view (calls close).  Popping marks
 * the view below stale when `changed`. */
void tui_push(tui *t, const view_ops *ops, void *priv);
void tui_pop(tui *t, int changed);
view *tui_top(tui *t);
/* Mark every view on the stack stale (data changed). */
void tui_changed(tui *t);
void tui_message(tui *t, int err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Show a progress line now (long operations); the one exception to "only
 * the main loop draws". */
void tui_progress(tui *t, const char *text);
void tui_progress_cb(void *arg, int64_t done, int64_t total);
/* Bring the overview cache up to date (after a save, a day change); while
 * the rest of the day is pending, the changed clients only. */
void tui_refresh_status(tui *t);
/* A view about to read rows in an order or filter derived from every row
 * (urgency, signals, agenda): the rest of the day's refresh first, at
 * once, with the progress line.  Nothing when none is pending. */
void tui_current(tui *t);

/* Common frame: title bar (line 0) and key hints + message (last lines). */
void tui_draw_title(tui *t, const char *left, const char *right);
void tui_draw_footer(tui *t, const char *hints);
/* More keys already typed (typeahead)?  Lets the search skip the
 * intermediate queries of fast typing.  Always 0 in the harness. */
int tui_input_pending(tui *t);
/* Show the text cursor at (y, x) after this draw (forms, search). */
void tui_cursor(int y, int x);
/* Height of the content area between title (+ extra header lines) and footer. */
int tui_body_lines(int header_lines);

/* ---- popups ----------------------------------------------------------------- */
typedef void (*pick_fn)(tui *t, void *arg, int index);      /* index -1 = cancelled */
/* A pick-list of labels (copied) with `sel` preselected. */
void pick_push(tui *t, const char *title, const char *const *labels, size_t n,
	       int sel, pick_fn fn, void *arg);
typedef void (*ask_fn)(tui *t, void *arg, int yes);
/* A question answered with a capital J (yes) or n / Esc (no); j and k,
 * the movement keys, never answer it (issue 13, item 8). */
void ask_push(tui *t, const char *question, ask_fn fn, void *arg);
/* A confirmation typed in full: "ja" or `word` (e.g. the klantnummer,
 * case-insensitive) and Enter says yes; Esc says no; anything else is
 * refused on screen and asked again. */
void confirm_push(tui *t, const char *question, const char *word, ask_fn fn, void *arg);
/* A notice in a box ("Klaar"), closed with Enter, Esc, space or q. */
void info_push(tui *t, const char *text);
/* The help screen for the view below it. */
void help_push(tui *t);

/* ---- screens ---------------------------------------------------------------- */
enum { CL_MODE_CASELOAD = 0, CL_MODE_SIGNALEN = 1 };
void caseload_push(tui *t, int mode);
enum {
	TAB_PERSOON, TAB_PIP, TAB_VOORTRAJECT, TAB_STARTBAAN, TAB_AFSLUITING,
	TAB_JOURNAAL, TAB_HISTORIE, TAB__COUNT
};
/* Open the client card on a tab; with `veld` (a form label) and `which`
 * (index of the record on that tab, -1 = client/latest) open the edit form
 * at that field as well. */
void card_push(tui *t, int64_t client_id, int tab, const char *veld, int which);
/* The same, on an activity: `sub` is its index in voortraject `which`
 * (-1: the voortraject itself).  A veld naming an employer field
 * (Sector, Omvang vestiging, Ervaring met statushouders) on the Startbaan
 * tab opens the form of that startbaan's employer. */
void card_push_sub(tui *t, int64_t client_id, int tab, const char *veld, int which, int sub);
void registratie_push(tui *t);
/* The screen Zelfevaluatie (view_zelf.c): the rounds, newest first. */
void zelf_push(tui *t);
/* For the Signalen screen's title: "verbeterplan: N acties verlopen (z)"
 * when actions of the zelfevaluatie are past their streefdatum, else "". */
void zelf_signal_hint(tui *t, char *buf, size_t size);

/* Signalen (view_signalen.c): my clients with a signal, most urgent first. */
void signalen_push(tui *t);
/* Vandaag / deze week (view_agenda.c). */
void agenda_push(tui *t);
/* Instellingen (view_settings.c). */
void settings_push(tui *t);
/* The first start: ask who the user is when no consultant is set and
 * none has the login $USER (a pick of the consultants). */
void tui_ask_me(tui *t);
/* (Re)read who "me" is (settings_me): t->me_id, t->me_naam. */
void tui_find_me(tui *t);

/* ---- forms ------------------------------------------------------------------ */
/* Each opens a form view; rec == NULL adds a new record.  The forms copy
 * what they need. */
void form_client(tui *t, const client *rec, const char *focus);
void form_pip(tui *t, int64_t client_id, const pip_step *rec, const char *focus);
void form_voortraject(tui *t, int64_t client_id, const voortraject *rec, const char *focus);
void form_activiteit(tui *t, int64_t voortraject_id, const activiteit *rec, const char *focus);
void form_startbaan(tui *t, int64_t client_id, const startbaan *rec, const char *focus);
/* An existing employer (shared by every startbaan with it). */
void form_employer(tui *t, const employer *rec, const char *focus);
/* The employer of a startbaan, read from the store, in its form; a
 * message when it cannot be read. */
void form_employer_of(tui *t, int64_t employer_id, const char *focus);
void form_onhold(tui *t, int64_t client_id, const onhold *rec, const char *focus);
void form_afsluiting(tui *t, int64_t client_id, const afsluiting *rec, const char *focus);
void form_journal(tui *t, int64_t client_id, const journal *rec, const char *focus);
void form_handover(tui *t, int64_t client_id, int64_t regiehouder_id);
/* The one-line journal entry of spreekuur. */
void form_notitie(tui *t, int64_t client_id);

/* ---- line editor (form fields, search) ------------------------------------------- */
typedef struct lineedit {
	wchar_t *w;             /* NUL-terminated */
	size_t len, cap, cur;   /* cur: cursor position in characters */
	int scroll;             /* first character shown */
} lineedit;

void le_set(lineedit *le, const char *utf8);
void le_free(lineedit *le);
/* The text as UTF-8 (caller frees). */
char *le_utf8(const lineedit *le);
/* A printable character typed: insert; 1 when handled. */
int le_key(lineedit *le, wint_t ch, int is_keycode);
/* An editing action (LINKS, RECHTS, WIS_*...): 1 when it changed anything
 * or moved the cursor, 0 when the action is not an editing action. */
int le_action(lineedit *le, tui_action a);
/* Draw in `cols` columns at (y, x); with focus the cursor is placed. */
void le_draw(lineedit *le, int y, int x, int cols, tui_role r, int focus);

/* ---- form engine (form.c) ------------------------------------------------------------ */
typedef enum { FT_TEKST, FT_DATUM, FT_KEUZE, FT_LIJST } field_type;

typedef struct form_field {
	int id;                 /* the form's own field id */
	const char *label;      /* exactly as validate.h names the field */
	field_type type;
	const char *hint;       /* shown after the value, e.g. "dd-mm-jjjj" */
	lineedit le;            /* FT_TEKST, FT_DATUM */
	vocab_id voc;           /* FT_KEUZE */
	int code;               /* FT_KEUZE: vocabulary code; FT_LIJST: index */
	char **opts;            /* FT_LIJST: labels (owned) */
	int64_t *optids;        /* FT_LIJST: ids (owned) */
	size_t nopt;
	char *err;              /* Dutch message shown under the field */
	int hidden;
} form_field;

typedef struct form form;
/* Build the record from the fields and store it.  Parse problems and the
 * store's validation go into e (with the field labels); returns CASUS_*. */
typedef int (*form_save_fn)(tui *t, form *fm, valerr *e);
/* Recompute hidden fields after a pick. */
typedef void (*form_update_fn)(form *fm);
/* Reload the record after a version conflict. */
typedef void (*form_reload_fn)(tui *t, form *fm);

struct form {
	char *title;
	form_field *f;
	size_t n, cap;
	int cur, top;
	int changed;
	int inline_one;         /* the one-line journal entry (drawn as a popup) */
	form_save_fn save;
	form_update_fn update;
	form_reload_fn reload;
	int64_t id, parent_id, client_id;
	int version;
	int64_t saved_id;       /* set by save(): the id of the stored record */
	/* after a successful save, with the form already closed */
	void (*done)(tui *t, int64_t saved_id);
	void *extra;            /* form-specific data, freed with free_extra */
	void (*free_extra)(void *);
	char msg[512];
	int msg_err;
	int rows;
};

form *form_new(const char *title);
form_field *form_add_text(form *fm, int id, const char *label, const char *value);
form_field *form_add_date(form *fm, int id, const char *label, cdate value);
form_field *form_add_pick(form *fm, int id, const char *label, vocab_id voc, int code);
/* A list of (label, id) options; sel = index. */
form_field *form_add_list(form *fm, int id, const char *label, char **labels,
			  int64_t *ids, size_t n, int sel);
form_field *form_field_get(form *fm, int id);
/* Values: text (caller frees; NULL when blank), code, list id. */
char *form_text(form *fm, int id);
int form_code(form *fm, int id);
int64_t form_list_id(form *fm, int id);
/* Parse helpers adding "label: message" to e; return 0 ok, -1 bad. */
int form_date(form *fm, int id, int required, cdate *out, valerr *e);
int form_hours(form *fm, int id, double *out, valerr *e);
int form_int(form *fm, int id, int min, int *out, valerr *e);
int form_decimal(form *fm, int id, double *out, valerr *e);
/* Put the cursor on the field with this label (if any). */
void form_focus(form *fm, const char *label);
/* Show the form (pushes its view). */
void form_show(tui *t, form *fm);
/* Save the form now, as F2 does (e.g. after a question its save asked). */
void form_submit(tui *t, form *fm);


/* ---- scripted-screen harness (script.c) ---------------------------------------- */
/* Read the script file; 0 ok, -1 with a Dutch message on stderr. */
int script_load(const char *path);
/* Next key: OK / KEY_CODE_YES as get_wch; ERR at the end of the script.
 * Handles <Dump> and <Resize> itself (a resize returns KEY_RESIZE).
 * SCRIPT_WAIT: <Wacht> while the rest of the day is pending: call again
 * after the main loop's steps. */
#define SCRIPT_WAIT (-2)
int script_next(tui *t, wint_t *ch);
/* May the main loop run a step of the rest of the day now, before the
 * next key?  By default, and again after <Wacht>, yes: it finishes before
 * the next key.  After <Direct> the keys come while it is still pending
 * (a user who types at once), except for the n steps of a <Stap n>. */
int script_rest_now(void);
void script_free(void);
/* Write the virtual screen as text to path. */
int screen_dump(const char *path);
/* with_attr: each text line followed by its attributes (r, b, u or .). */
int screen_dump_attr(const char *path, int with_attr);
/* Per-key timing for the benchmark (CASUS_TUI_TIMES). */
void script_time_key(double ms);
/* A timing of its own under `label` (the steps of the rest of the day). */
void script_time_value(const char *label, double ms);
/* "label<TAB>ms since the epoch" in $CASUS_TUI_TIMES: a moment, for a
 * benchmark that started the clock before casus. */
void script_time_mark(const char *label);

/* The display name of a consultant id ("" when unknown). */
const char *tui_consultant_name(tui *t, int64_t id);
/* Reload the consultant list. */
void tui_load_consultants(tui *t);

#endif
