/* peildatum.c - the current peildatum (see peildatum.h). */
#include "config.h"

#include <stdlib.h>

#include "peildatum.h"

cdate peildatum_for(cdate today)
{
	int y = cdate_year(today);
	cdate last = cdate_from_ymd(y, 10, 31);

	if (last > today)
		last = cdate_from_ymd(y - 1, 10, 31);
	/* 31 oktober + 4 months = the end of February */
	if (today <= cdate_add_months(last, 4))
		return last;
	return cdate_from_ymd(cdate_year(last) + 1, 10, 31);
}

cdate peildatum_setting(casus_db *db)
{
	char *v = db ? db_setting_get(db, "peildatum") : NULL;
	cdate p = CDATE_NONE;

	if (v && cdate_parse(v, &p) != DATE_OK)
		p = CDATE_NONE;
	free(v);
	return p;
}

cdate peildatum_current(casus_db *db, cdate today)
{
	cdate p = peildatum_setting(db);

	return p != CDATE_NONE ? p : peildatum_for(today);
}
