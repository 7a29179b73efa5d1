/* store_int.h - what store.c shares with store_casefile.c (not a public
 * header).  Rows are read in the column order of the record descriptions
 * (record.h). */
#ifndef CASUS_STORE_INT_H
#define CASUS_STORE_INT_H

#include "record.h"
#include "store.h"
#include "util.h"

#define DESC(rec) record_desc(rec)

/* Statement slots of the store (db_cached): per record type four, in the
 * order of the descriptions (insert, update, delete, get); then the
 * store's own queries. */
#define REC_SLOT(rec) (DB_SLOT_STORE + 4 * (int)(rec))
enum {
	SLOT_AFS_OTHER = DB_SLOT_STORE + 4 * REC_COUNT, SLOT_EMP_BY_NAME, SLOT_CLIENT_DUP,
	SLOT_FIND_VT, SLOT_FIND_ACT, SLOT_FIND_SB, SLOT_FIND_OH, SLOT_FIND_AF
};
_Static_assert(SLOT_FIND_AF < DB_SLOT_TX, "the store's statement slots end before db.c's");

/* Append "id, c1, c2, ..., version" of d (version omitted when the record
 * has none), each prefixed with "alias." when alias is not NULL. */
void store_select_list(strbuf *sb, const rec_desc *d, const char *alias);
/* Read such a list starting at column col into rec; returns the next
 * column. */
int store_read_row(sqlite3_stmt *st, int col, const rec_desc *d, void *rec);

#endif
