/* horizon.c - the next day on which a client's overview can change (see
 * horizon.h).
 *
 * The bound for the derived values is rule-independent on purpose: derive.c
 * compares record dates with the day ("started <= P", "ended: einde <= P",
 * "running: einde > P"), so whatever the rules are, such a value can only
 * change on a record date or the day after one.  Walking the record
 * descriptions means a date field added to a record is covered without a
 * change here.  The signals add thresholds that lie away from the record
 * dates (a deadline N days after a date), so they report their own
 * (signals.c, horizon()). */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "horizon.h"
#include "record.h"

static void earliest(cdate *best, cdate d, cdate today)
{
	if (d != CDATE_NONE && d > today && (*best == 0 || d < *best))
		*best = d;
}

/* The date fields of n records of type rec laid out from base. */
static void scan(rec_type rec, const void *base, size_t n, cdate today, cdate *best)
{
	const rec_desc *rd = record_desc(rec);

	for (size_t i = 0; i < n; i++) {
		const char *r = (const char *)base + i * rd->size;

		for (size_t k = 0; k < rd->nfields; k++) {
			const rec_field *f = &rd->fields[k];
			cdate d;

			if (f->kind != FK_DATE)
				continue;
			d = (cdate)rec_get_int(f, r);
			if (d == CDATE_NONE)
				continue;
			earliest(best, d, today);
			earliest(best, d + 1, today);
		}
	}
}

cdate horizon_records(const casefile *cf, cdate today)
{
	cdate best = 0;

	scan(REC_CLIENT, &cf->c, 1, today, &best);
	scan(REC_PIP, cf->pip, cf->npip, today, &best);
	scan(REC_VOORTRAJECT, cf->vt, cf->nvt, today, &best);
	for (size_t i = 0; i < cf->nvt; i++)
		scan(REC_ACTIVITEIT, cf->vt[i].act, cf->vt[i].nact, today, &best);
	scan(REC_STARTBAAN, cf->sb, cf->nsb, today, &best);
	scan(REC_ONHOLD, cf->oh, cf->noh, today, &best);
	scan(REC_AFSLUITING, cf->af, cf->naf, today, &best);
	scan(REC_JOURNAL, cf->jr, cf->njr, today, &best);
	scan(REC_HANDOVER, cf->ho, cf->nho, today, &best);
	return best;
}

size_t horizon_overview(const casefile *cf, cdate today, const signal_settings *s,
			signal *out, size_t max, cdate *next)
{
	cdate sig_next = 0, rec_next = horizon_records(cf, today);
	size_t n = signals_compute_next(cf, today, s, out, max, &sig_next);

	if (next)
		*next = sig_next == 0 || (rec_next != 0 && rec_next < sig_next) ?
			rec_next : sig_next;
	return n;
}

void horizon_signal_text(const signal *sg, cdate on, cdate day, char *out)
{
	size_t cap = sizeof sg->text;
	const char *t = sg->text, *p = t;
	long want = (long)on - sg->counts_from;

	snprintf(out, cap, "%s", t);
	if (!sg->counts_from || on == day)
		return;
	while (*p) {
		const char *q = p;
		char *end;
		long v;

		if (*p < '0' || *p > '9' || (p > t && p[-1] >= '0' && p[-1] <= '9')) {
			p++;
			continue;
		}
		v = strtol(p, &end, 10);
		q = end;
		if (v == want) {
			snprintf(out, cap, "%.*s%ld%s", (int)(p - t), t,
				 (long)day - sg->counts_from, q);
			return;
		}
		p = q;
	}
}
