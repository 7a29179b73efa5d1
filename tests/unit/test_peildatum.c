/* test_peildatum.c - the current peildatum (issue 13, item 14): one rule
 * for the card, the Registratie screen, controle and export. */
#include "config.h"

#include <stdlib.h>

#include "check.h"
#include "db.h"
#include "peildatum.h"

#define D(s) cdate_from_iso(s)

int main(void)
{
	char *err = NULL;
	casus_db *db;

	/* the export season: November to February, the last 31 oktober */
	CHECK_INT(peildatum_for(D("2026-10-31")), D("2026-10-31"), "31 oktober itself");
	CHECK_INT(peildatum_for(D("2026-11-24")), D("2026-10-31"), "november: this year's");
	CHECK_INT(peildatum_for(D("2027-02-28")), D("2026-10-31"), "end of februari: still last year's");
	CHECK_INT(peildatum_for(D("2028-02-29")), D("2027-10-31"), "leap day: still last year's");
	/* after it: the coming 31 oktober */
	CHECK_INT(peildatum_for(D("2027-03-01")), D("2027-10-31"), "maart: the coming one");
	CHECK_INT(peildatum_for(D("2026-10-30")), D("2026-10-31"), "30 oktober: the coming one");
	CHECK_INT(peildatum_for(D("2026-01-15")), D("2025-10-31"), "januari: last year's");

	db = db_open(":memory:", DB_OPEN_MEMORY, &err);
	CHECK(db != NULL, "in-memory database");
	if (db) {
		CHECK_INT(peildatum_current(db, D("2026-11-24")), D("2026-10-31"), "no setting: the rule");
		CHECK_INT(db_setting_set(db, "peildatum", "2025-10-31"), CASUS_OK, "setting stored");
		CHECK_INT(peildatum_current(db, D("2026-11-24")), D("2025-10-31"), "the setting wins");
		CHECK_INT(db_setting_set(db, "peildatum", "geen datum"), CASUS_OK, "bad setting stored");
		CHECK_INT(peildatum_current(db, D("2026-11-24")), D("2026-10-31"), "a bad setting is ignored");
		db_close(db);
	}
	CHECK_INT(peildatum_current(NULL, D("2027-04-01")), D("2027-10-31"), "without a database");
	free(err);
	return check_done();
}
