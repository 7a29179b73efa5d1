/* store_int.h - what store.c shares with store_casefile.c (not a public
 * header).  Rows are read in the column order of the record descriptions
 * (record.h). */
#ifndef CASUS_STORE_INT_H
#define CASUS_STORE_INT_H

#include "db_int.h"
#include "record.h"
#include "store.h"
#include "util.h"

#define DESC(rec) record_desc(rec)

/* Keys of the store's statements built from a description, next to
 * insert, update, delete and get (OP_*, 0..3) under the same description:
 * the lookups by natural key (store_casefile.c). */
enum { SLOT_FIND = 4 };

/* Append "id, c1, c2, ..., version" of d (version omitted when the record
 * has none), each prefixed with "alias." when alias is not NULL. */
void store_select_list(strbuf *sb, const rec_desc *d, const char *alias);
/* Read such a list starting at column col into rec; returns the next
 * column. */
int store_read_row(sqlite3_stmt *st, int col, const rec_desc *d, void *rec);

#endif
