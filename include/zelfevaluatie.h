/* zelfevaluatie.h - the team's self-assessment (spec: zelfevaluatie.md):
 * an instrument (themes, statements, tips) kept as data, rounds scored
 * n.v.t. or 1-10 per statement, theme scores and changes against the
 * previous round of the same instrument, the verbeterplan's actions, and
 * figures from the caseload as context.  Part of the core: no curses, no
 * printing; Dutch messages are returned.
 *
 * Ownership: every struct filled by a function here owns its strings and
 * arrays; free it with its *_free function (which leaves it zeroed).
 * Messages returned through `char **msg` are the caller's to free. */
#ifndef CASUS_ZELFEVALUATIE_H
#define CASUS_ZELFEVALUATIE_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "db.h"

/* A score: ZE_OPEN = niet ingevuld, ZE_NVT = n.v.t., else 1..10. */
enum { ZE_OPEN = -1, ZE_NVT = 0 };

/* Verbeterplan status codes (ze_actie.status). */
enum { ZA_OPEN = 1, ZA_BEZIG = 2, ZA_KLAAR = 3, ZA_VERVALLEN = 4 };

typedef struct ze_stelling {
	int64_t id;
	char *nummer;          /* "2.5" */
	char *tekst;
	char *tip;             /* may be NULL */
} ze_stelling;

typedef struct ze_thema {
	int64_t id;
	int nummer;            /* 1.. */
	char *naam;
	ze_stelling *st;
	size_t nst;
} ze_thema;

typedef struct ze_instrument {
	int64_t id;
	char *naam, *versie;
	ze_thema *th;
	size_t nth;
} ze_instrument;

typedef struct ze_ronde {
	int64_t id;
	int64_t instrument_id;
	char *naam;
	cdate datum;
	char *deelnemers;      /* may be NULL */
	int afgesloten;
	int version;
} ze_ronde;

typedef struct ze_actie {
	int64_t id;
	int64_t ronde_id;
	char *ronde_naam;
	int thema;             /* the theme's number */
	char *thema_naam;
	char *tekst;
	char *eigenaar;        /* may be NULL */
	cdate streefdatum;     /* CDATE_NONE: none */
	int status;            /* ZA_* */
	int version;
} ze_actie;

/* A round with everything shown about it: its instrument, its scores and
 * toelichtingen (flat, in instrument order: theme by theme, statement by
 * statement), the previous round of the same instrument and its scores,
 * and the actions of the verbeterplan shown with it. */
typedef struct ze_view {
	ze_ronde r;
	ze_instrument ins;
	size_t nstat;          /* statements of the instrument */
	int *score;            /* [nstat], ZE_OPEN/ZE_NVT/1..10 */
	char **toel;           /* [nstat], NULL when none */
	int has_prev;
	ze_ronde prev;
	int *prev_score;       /* [nstat] when has_prev */
	ze_actie *act;
	size_t nact;
} ze_view;

/* --- the scoring rules (pure) --------------------------------------------- */

typedef struct ze_themascore {
	int scored;            /* statements scored 1..10 */
	int total;             /* statements of the theme */
	int tiendes;           /* mean in tenths, rounded half up; -1: none */
} ze_themascore;

/* Theme score of n scores (ZE_OPEN, ZE_NVT, 1..10): the mean of those
 * scored 1..10, one decimal; n.v.t. and open are left out. */
ze_themascore ze_theme_score(const int *scores, size_t n);
/* "6,8 (3 van 4)", or "geen score (0 van 4)". */
void ze_format_themescore(ze_themascore s, char *buf, size_t size);
/* A score as text: "n.v.t.", "" (open) or "1".."10". */
const char *ze_score_text(int v);
/* The change from prev to now in tenths ("▲ +0,5", "▼ -1,0", "= 0,0");
 * "" when either has no score.  Returns the difference in tenths (0 when
 * none). */
int ze_format_change(int now_tiendes, int prev_tiendes, char *buf, size_t size);
/* A number in tenths with a decimal comma ("6,8"). */
void ze_format_tenths(int tiendes, char *buf, size_t size);
/* Parse WAARDE: "nvt"/"n.v.t." -> ZE_NVT, "1".."10"; -1 = not valid. */
int ze_parse_score(const char *s, int *out);
/* Status label ("open", "bezig", "klaar", "vervallen") and its parse. */
const char *ze_status_label(int status);
int ze_status_parse(const char *s);

/* --- instruments ----------------------------------------------------------- */

/* Parse instrument text (the format of docs/zelfevaluatie-instrument.md).
 * On problems returns CASUS_INVALID with one "FILE:LINE: message" per
 * problem in *msgs (caller frees each and the array); out is then empty. */
int ze_instrument_parse(const char *text, const char *fname, ze_instrument *out,
			char ***msgs, size_t *nmsgs);
/* The built-in instrument's text (static). */
const char *ze_instrument_builtin_text(void);
/* Read FILE, parse it and store it as the current instrument (one
 * transaction).  Same messages as ze_instrument_parse; a read error or an
 * instrument of that name and version already loaded is one message. */
int ze_instrument_load_file(casus_db *db, const char *path, ze_instrument *out,
			    char ***msgs, size_t *nmsgs);
/* Load the instrument with this id (themes, statements). */
int ze_instrument_get(casus_db *db, int64_t id, ze_instrument *out);
void ze_instrument_free(ze_instrument *ins);

/* --- rounds ---------------------------------------------------------------- */

/* A new round of the current instrument (the one loaded last; the
 * built-in one is stored first when none is).  datum CDATE_NONE = today. */
int ze_ronde_new(casus_db *db, const char *naam, cdate datum, const char *deelnemers,
		 ze_ronde *out, char **msg);
/* A round by its name, or by its number (id) when no round has that name. */
int ze_ronde_find(casus_db *db, const char *name_or_number, ze_ronde *out, char **msg);
/* All rounds, newest first (datum, then id). */
int ze_ronde_list(casus_db *db, ze_ronde **out, size_t *n);
/* The previous round of the same instrument (earlier datum, or the same
 * datum and a lower number): CASUS_OK, or CASUS_NOTFOUND when none. */
int ze_ronde_previous(casus_db *db, const ze_ronde *r, ze_ronde *prev);
/* Close a round: from then on it is read-only. */
int ze_ronde_close(casus_db *db, int64_t ronde_id, char **msg);
void ze_ronde_free(ze_ronde *r);
void ze_ronde_list_free(ze_ronde *r, size_t n);

/* Score statement `nummer` ("2.5") of a round: waarde ZE_OPEN, ZE_NVT or
 * 1..10, toelichting NULL = keep the one there, "" = remove it.  A
 * closed round refuses (CASUS_INVALID with a message). */
int ze_score_set(casus_db *db, int64_t ronde_id, const char *nummer, int waarde,
		 const char *toelichting, char **msg);

/* --- the verbeterplan ------------------------------------------------------ */

/* A new action for theme `thema` (its number, or its name) of a round. */
int ze_actie_add(casus_db *db, int64_t ronde_id, const char *thema, const char *tekst,
		 const char *eigenaar, cdate streefdatum, int64_t *id, char **msg);
/* Change an action's status (ZA_*). */
int ze_actie_set_status(casus_db *db, int64_t actie_id, int status, char **msg);
/* Actions not klaar/vervallen whose streefdatum is before today. */
int ze_actie_overdue(casus_db *db, cdate today, ze_actie **out, size_t *n);
void ze_actie_list_free(ze_actie *a, size_t n);

/* --- a round as shown ------------------------------------------------------ */

int ze_view_load(casus_db *db, int64_t ronde_id, ze_view *v);
void ze_view_free(ze_view *v);
/* The statements of theme index t in the flat arrays start at this index. */
size_t ze_view_first(const ze_view *v, size_t t);
/* The score of theme index t this round and (prev != 0) the previous. */
ze_themascore ze_view_theme(const ze_view *v, size_t t, int prev);

/* --- the workbook ----------------------------------------------------------- */

/* Write round ronde_id as an xlsx workbook to path (sheets Thema's with a
 * column chart of this round against the previous, Scores, Verbeterplan),
 * through a locked temporary file renamed onto path when complete.  On
 * failure *msg says why (caller frees; NULL when db_errmsg has it). */
int ze_export(casus_db *db, int64_t ronde_id, const char *path, char **msg);

/* --- evidence from the caseload --------------------------------------------- */

/* Figures from the caseload on day P for the theme with number `thema`
 * (of the published numbering 1-7), each line "label: figure (base)";
 * context, not a score.  *lines: caller frees each and the array. */
typedef struct ze_evidence {
	char **line[8];        /* index = theme number 1..7 */
	size_t n[8];
} ze_evidence;
int ze_evidence_compute(casus_db *db, cdate P, ze_evidence *ev);
void ze_evidence_free(ze_evidence *ev);

#endif
