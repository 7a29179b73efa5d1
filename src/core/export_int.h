/* export_int.h - internals of the export shared by src/core/export*.c:
 * a row-by-row cell writer over either a streaming .xlsx sheet
 * (export_lxw.c on libxlsxwriter, read back by export_verify.c) or a CSV
 * file (export_sink.c), the Tabellen tallies (export_tables.c), and the
 * state of one run shared by the orchestration (export.c), the
 * registration mapping (export_map.c) and the Controle sheet
 * (export_controle.c). */
#ifndef CASUS_EXPORT_INT_H
#define CASUS_EXPORT_INT_H

#include <stdio.h>
#include <stdint.h>

#include "date.h"
#include "vocab.h"
#include "fileout.h"

/* Column kinds of a data sheet. */
enum { K_ID, K_CAT, K_NUM, K_DEC, K_DATE, K_TEXT };

typedef struct xcol {
	const char *header;
	int kind;
	int vocab;          /* K_CAT: vocab_id of the list validation */
	double width;
	int unk;            /* can be Onbekend (K_CAT always; dates/numbers
			     * that are empty when unknown) */
	int derived;        /* K_CAT derived from other cells (Ja/Nee of
			     * something being there), never Onbekend itself */
} xcol;

/* Cell formats. */
enum { F_NONE, F_BOLD, F_DATE, F_DEC1, F_PCT, F_INT, F_TITLE, F_WRAP, F__N };

typedef struct xbook xbook;

/* ---- the streaming .xlsx writer (export_lxw.c, on libxlsxwriter) ------------ */

typedef struct xw xw;
typedef struct xwsheet xwsheet;

/* The workbook is written to `path` (a temporary file in `dir`) by
 * xw_close; libxlsxwriter's own temporary files go to `dir` (unlinked at
 * once).  Failures are reported by xw_failed.  libxlsxwriter writes
 * numbers with printf, so LC_NUMERIC must be "C" (casus_locale_init);
 * with a decimal comma xw_open fails.  The xw owns the libxlsxwriter
 * workbook; free it with xw_free (after xw_close or instead of it). */
xw *xw_open(const char *dir, const char *path);
void xw_set_created(xw *w, const char *w3cdtf);
xwsheet *xw_add_sheet(xw *w, const char *name);
/* Before the first cell of the sheet: */
void xw_set_width(xwsheet *s, uint16_t col, double width);
void xw_freeze_header(xwsheet *s);
/* Any time before xw_close: */
void xw_autofilter(xwsheet *s, uint32_t last_row, uint16_t last_col);
void xw_validation_list(xwsheet *s, uint16_t col, const char *const *labels);
/* Cells, row by row (rows ascending, columns ascending within a row;
 * anything else fails the workbook); style = F_* index.  Text is written
 * as an inline string (libxlsxwriter's constant_memory mode), with
 * control characters and invalid UTF-8 as '?', at most 32,767
 * characters; "" writes no cell. */
void xw_cell_string(xwsheet *s, uint32_t row, uint16_t col, const char *v, int style);
void xw_cell_number(xwsheet *s, uint32_t row, uint16_t col, double v, int style);
/* Write the workbook to tmppath (the path given to xw_open), sync it and
 * read it back (zip directory, every member's CRC-32 and size, complete
 * XML parts and sheets).  0, or -1 with the message in xw_failed. */
int xw_close(xw *w, const char *tmppath);
/* The read-back of xw_close (export_verify.c): the zip open on fd is
 * complete and intact, and sheet k (1-based sheetK.xml) of nsheets ends
 * with row rows[k - 1] (0: no rows).  0, or -1 with a Dutch finding in
 * why. */
int xw_verify_zip(int fd, const long *rows, size_t nsheets, char *why, size_t whylen);
/* Has a write failed?  *msg gets the Dutch message. */
int xw_failed(const xw *w, const char **msg);
void xw_free(xw *w);

typedef struct xsheet {
	xbook *book;
	const char *name;
	const char *csvname;
	xwsheet *ws;
	FILE *csv;
	char *csv_tmp, *csv_final;  /* owned */
	char *csv_real;        /* owned: csv_final, or the file its link leads to */
	int lockfd;            /* the temporary file's locked descriptor, or -1 */
	uint32_t row;          /* current row, 0-based */
	uint16_t col;          /* next column */
	uint16_t maxcol;       /* widest row so far (columns used) */
	int row_open;
	/* data sheets: column definitions and per-column tallies */
	const xcol *cols;
	size_t ncols;
	size_t *n_filled;      /* cells that apply (non-empty or unknown-empty) */
	size_t *n_onbekend;    /* "Onbekend" labels and unknown-empty cells */
} xsheet;

struct xbook {
	int csv;                 /* 1: CSV directory, 0: xlsx */
	xw *wb;
	xsheet sheets[8];
	size_t nsheets;
	char *tmppath;           /* xlsx: temporary file in the target dir */
	int lockfd;              /* xlsx: its locked descriptor (fileout.h), or -1 */
	char *real;              /* xlsx: the file to replace (the target, or
				  * the file its link leads to) */
	char *dir;               /* target directory (of real) */
	int failed;              /* a write failed (message in err) */
	char err[400];
	cdate excel_epoch;       /* 1899-12-30 */
};

/* Open / close.  Returns 0 or -1 with book->err set. */
int xbook_open_xlsx(xbook *b, const char *path);
int xbook_open_csv(xbook *b, const char *dir);
xsheet *xbook_add_sheet(xbook *b, const char *name, const char *csvname);
/* Finish and move into place; -1 with b->err on failure (nothing left
 * under the target name). */
int xbook_close_xlsx(xbook *b, const char *path);
int xbook_close_csv(xbook *b);
/* Abandon: remove temporary files. */
void xbook_abort(xbook *b);

/* Data sheet setup: header row (bold), column widths, frozen header,
 * validations; the autofilter is set by xsheet_finish_data. */
void xsheet_data_header(xsheet *s, const xcol *cols, size_t ncols);
void xsheet_finish_data(xsheet *s);
void xsheet_set_width(xsheet *s, int col, double width);

/* Cells: each writes at the next column of the current row. */
void xs_text(xsheet *s, const char *v, int fmt);   /* NULL/"" -> empty */
void xs_label(xsheet *s, const char *label);       /* category label */
void xs_num(xsheet *s, double v, int fmt);
void xs_date(xsheet *s, cdate d);                  /* NONE -> empty */
void xs_skip(xsheet *s);          /* empty: niet van toepassing */
void xs_unknown(xsheet *s);       /* empty because unknown */
void xs_endrow(xsheet *s);

/* Record a write failure. */
void xbook_fail(xbook *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));


/* ---- Tabellen (export_tables.c) ------------------------------------------- */

#include "derive.h"

/* Tabel 1 / 5 blocks, in order. */
enum {
	T1_GESLACHT, T1_LEEFTIJD, T1_OPLEIDING, T1_VERGUNNING, T1_BAAN, T1_TAAL,
	T1_ENGELS, T1_GEZIN, T1_KINDEREN, T1_VERBLIJF, T1_VERVOER, T1_PROGRAMMA,
	T1_STATUS, T1_START, T1_UITKERING, T1__N
};
/* Tabel 6 / 7 blocks (latest startbaan). */
enum {
	SB_SOORT, SB_HOE, SB_DUUR, SB_URENAFSPRAAK, SB_UREN, SB_LKS, SB_WERKCOACH,
	SB_JOBCOACH, SB_HARRIE, SB_WERKGEVER, SB_SECTOR, SB_OMVANG, SB_ERVARING,
	SB__N
};

/* What the tables need of one participant: vocabulary codes, -1 = niet van
 * toepassing (an empty cell in the data sheets). */
typedef struct tab_row {
	int deelname;
	int t1[T1__N];
	int situatie;
	int vt_gestart, vt_afgerond, duur_vt, soort_vt;
	double act_weken[N_ACTIVITEIT + 1];   /* per registration column (derive.h); -1 = not followed */
	size_t nsb;                            /* startbanen started <= P */
	int sb[SB__N];                         /* of the latest, when nsb > 0 */
	int onhold, fase_oh, duur_oh, reden_oh;
	int uitval, reden_uitval;              /* uitval: 1 when dated <= P */
	int einde, reden_einde;
} tab_row;

/* A block of Tabel 1/5 or 6/7: its title and the vocabulary of its
 * labels (export_map.c, the registration mapping). */
typedef struct tab_block {
	const char *title;
	int vocab;
	int nvt;            /* block can have "Niet van toepassing" */
} tab_block;
extern const tab_block export_t1_blocks[T1__N];
extern const tab_block export_sb_blocks[SB__N];

typedef struct tables tables;
tables *tables_new(void);
void tables_add(tables *t, const tab_row *r);
void tables_write(const tables *t, xsheet *s);
void tables_free(tables *t);


/* ---- one export run (export.c), shared by the row builders (export_map.c)
 * and the Controle sheet (export_controle.c) -------------------------------- */

#include "controle.h"
#include "export.h"
#include "sha256.h"
#include "store.h"

enum { S_TOELICHTING, S_DEELNEMER, S_SITUATIE, S_VOORTRAJECT, S_STARTBAAN,
       S_AFSLUITING, S_TABELLEN, S_CONTROLE };

typedef struct ex {
	casus_db *db;
	cdate P;
	const export_options *opt;
	xbook book;
	xsheet *sh[EXPORT_NSHEETS];
	hmac_sha256_ctx hmac;            /* the pseudonym key, absorbed once */
	size_t total, done;
	size_t deelnemers, startbanen, bevindingen;
	FILE *find;                /* findings of the pass, read back later */
	finding *fbuf;             /* controle_client's findings, fcap of them */
	size_t fcap;
	const startbaan **sbuf;    /* started_startbanen's result, scap room */
	size_t scap;
	tables *tab;
} ex;

/* The registration mapping (export_map.c): the columns of data sheets
 * 2-6 (NULL / 0 for the others), and the rows of one participant. */
extern const xcol *const export_sheet_cols[EXPORT_NSHEETS];
extern const size_t export_sheet_ncols[EXPORT_NSHEETS];
/* Write the participant's rows on sheets 2-6 and add it to the Tabellen;
 * id is its Deelnemer-ID.  Findings go through export_finding. */
void export_map_rows(ex *x, const casefile *cf, const derived *d, const char *id);

/* The Controle sheet (export_controle.c): findings wait in a temporary
 * file in the target directory (export_findings_open; closed by
 * export_findings_close), written after the pass by export_write_controle. */
void export_findings_open(ex *x);
void export_finding(ex *x, const char *id, const char *blad, const char *kolom,
		    const char *bevinding);
void export_write_controle(ex *x);
void export_findings_close(ex *x);
/* Onbekend cells on sheets 2-6. */
size_t export_onbekend_total(const ex *x);

#endif
