/* horizon.h - the next day on which a client's overview can change.
 *
 * The caseload overview (caseload_refresh.c, client_status) keeps per client the
 * values of one day: the situatie and the signals.  They change only on
 * certain days: a record date is reached or passed, or a signal threshold
 * falls.  horizon_records() gives a conservative bound for the values
 * derived from record dates (derive.c): every date field of every record
 * of the casefile (the FK_DATE fields of include/record.h) that lies after
 * today, and the day after any such date on or after today.  The signals
 * give their own (signals_compute_next); horizon_overview() combines both.
 * No I/O. */
#ifndef CASUS_HORIZON_H
#define CASUS_HORIZON_H

#include "model.h"
#include "signals.h"

/* The first day after today on which a value derived by comparing a
 * record date with the day can change: min over the FK_DATE values d of
 * every record of cf of d (when d > today) and d + 1 (when d >= today);
 * 0 when there is none. */
cdate horizon_records(const casefile *cf, cdate today);

/* The signals of cf on today (as signals_compute: up to max written to
 * out, the number found returned) and in *next the first day after today
 * on which the situatie or the signals can differ: the earlier of
 * horizon_records and the signals' own; 0 when none (nothing dated ahead:
 * the overview stays as it is until a record changes). */
size_t horizon_overview(const casefile *cf, cdate today, const signal_settings *s,
			signal *out, size_t max, cdate *next);

/* The text of sg, computed on day `on`, as it reads on `day`: for a
 * signal whose text counts days (counts_from set) the count is moved on
 * (the first number in the text that equals on - counts_from becomes day -
 * counts_from); any other text is copied.  out holds sizeof sg->text. */
void horizon_signal_text(const signal *sg, cdate on, cdate day, char *out);

#endif
