/* view_card_rows.c - the lines of each tab of the client card, rendered
 * from the core's card model (card.h): the values come from the model,
 * the layout of a line is the screen's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pager.h"
#include "util.h"
#include "view_card.h"

void card_rows_free(card *k)
{
	for (size_t i = 0; i < k->nrows; i++)
		free(k->rows[i].text);
	k->nrows = 0;
}

static crow *row_add(card *k, int kind, int idx, int sub, tui_role role, char *text)
{
	crow *r;

	if (k->nrows == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 32;
		k->rows = xrealloc(k->rows, k->cap * sizeof *k->rows);
	}
	r = &k->rows[k->nrows++];
	r->text = text;
	r->kind = kind;
	r->idx = idx;
	r->sub = sub;
	r->veld = NULL;
	r->role = role;
	return r;
}

/* A field of the client: its label (the form's, to open the form at it)
 * and its value. */
static void field_row(card *k, const char *label, const char *value)
{
	char *lab = tui_fit(label, 28, 1);
	crow *r = row_add(k, R_VELD, 0, 0, ROLE_NORMAAL, xasprintf("  %s %s", lab, value));

	r->veld = label;
	free(lab);
}

/* Which client fields the Persoon tab shows of the model: the birth year
 * only with the birth date, the regiehouder in the header, deelname and
 * instroom for a participant of the startbanen. */
static int persoon_shows(const card *k, field_id fid)
{
	switch (fid) {
	case FLD_KL_GEBJAAR:
	case FLD_KL_REGIE:
		return 0;
	case FLD_KL_DEELNAME:
	case FLD_KL_INSTROOM:
		return k->cf.c.startbanen;
	default:
		return 1;
	}
}

static void birth_row(card *k, const card_row *r)
{
	const client *c = &k->cf.c;
	char b[64];

	if (c->geboortedatum != CDATE_NONE)
		snprintf(b, sizeof b, "%s (%d jaar)", r->value, k->m.age);
	else if (c->geboortejaar > 0)
		snprintf(b, sizeof b, "alleen geboortejaar %s",
			 card_model_field(&k->m, FLD_KL_GEBJAAR)->value);
	else
		b[0] = '\0';
	field_row(k, r->label, b);
}

static void build_overdrachten(card *k)
{
	const card_section *s = &k->m.sec[CARD_OVERDRACHTEN];

	row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup(""));
	row_add(k, R_KOP, 0, 0, ROLE_KOP, xstrdup("Overdrachten (o: overdragen)"));
	if (s->n == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("  geen"));
	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const char *van = card_row_val(r, FLD_HO_VAN), *reden = card_row_val(r, FLD_HO_REDEN);

		row_add(k, R_HO, (int)r->idx, 0, ROLE_NORMAAL,
			xasprintf("  %s  %s → %s%s%s", card_row_val(r, FLD_HO_DATUM),
				  *van ? van : "(eerste toewijzing)", card_row_val(r, FLD_HO_NAAR),
				  *reden ? "  " : "", reden));
	}
}

static void build_persoon(card *k)
{
	const card_section *s = &k->m.sec[CARD_PERSOON];

	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];

		if (!persoon_shows(k, r->fid))
			continue;
		if (r->fid == FLD_KL_GEBDATUM)
			birth_row(k, r);
		else
			field_row(k, r->label, r->value);
	}
	build_overdrachten(k);
}

static void build_pip(card *k)
{
	const card_section *s = &k->m.sec[CARD_PIP];

	if (s->n == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("  Nog geen PIP-stappen (a: toevoegen)"));
	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const pip_step *p = &k->cf.pip[r->idx];
		const char *datum = card_row_val(r, FLD_PIP_DATUM);
		const char *resultaat = card_row_val(r, FLD_PIP_RESULTAAT);
		const char *uren = card_row_val(r, FLD_PIP_UREN);
		char extra[128] = "";
		char *stap = tui_fit(card_row_val(r, FLD_PIP_STAP), 22, 1);
		char *status = tui_fit(card_row_val(r, FLD_PIP_STATUS), 10, 1);

		if (p->stap == PIP_GEWIJZIGD && p->reden)
			snprintf(extra, sizeof extra, "reden: %s", card_row_val(r, FLD_PIP_REDEN));
		else if (*resultaat)
			snprintf(extra, sizeof extra, "resultaat: %s", resultaat);
		else if (*uren)
			snprintf(extra, sizeof extra, "%s uur", uren);
		row_add(k, R_PIP, (int)r->idx, 0, ROLE_NORMAAL,
			xasprintf("  %-10s  %s %s %s", *datum ? datum : "?", stap, status, extra));
		free(stap);
		free(status);
	}
}

/* "01-03-2025 – 15-05-2025", an open end as `open`. */
static void period(char *buf, size_t n, const char *start, const char *einde, const char *open)
{
	snprintf(buf, n, "%s – %s", *start ? start : "?", *einde ? einde : open);
}

static void act_row(card *k, const card_row *r)
{
	const char *aanb = card_row_val(r, FLD_ACT_AANBIEDER), *u = card_row_val(r, FLD_ACT_UREN);
	char per[64], uren[48] = "";

	period(per, sizeof per, card_row_val(r, FLD_ACT_START), card_row_val(r, FLD_ACT_EINDE), "loopt");
	if (*u)
		snprintf(uren, sizeof uren, "  %s u/week", u);
	row_add(k, R_ACT, (int)r->idx, (int)r->sub, ROLE_NORMAAL,
		xasprintf("      · %s  %s%s%s%s", card_row_val(r, FLD_ACT_SOORT),
			  per, *aanb ? "  " : "", aanb, uren));
}

static void build_vt(tui *t, card *k)
{
	const card_section *s = &k->m.sec[CARD_VOORTRAJECT];

	if (s->n == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL,
			xstrdup(k->cf.c.voortraject_niet_nodig ?
				"  Geen voortraject: niet nodig (direct naar bemiddeling)" :
				"  Nog geen voortraject (a: toevoegen)"));
	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const voortraject *v = &k->cf.vt[r->idx];
		char per[64], dagen[48] = "";

		if (r->kind == CR_PART) {
			act_row(k, r);
			continue;
		}
		period(per, sizeof per, card_row_val(r, FLD_VT_START), card_row_val(r, FLD_VT_EINDE), "loopt");
		if (v->start && v->start <= t->today) {
			cdate end = v->einde && v->einde < t->today ? v->einde : t->today;
			snprintf(dagen, sizeof dagen, "(%d dagen)", (int)(end - v->start));
		}
		row_add(k, R_VT, (int)r->idx, 0, ROLE_KOP,
			xasprintf("  Voortraject  %s  %s %s", per, card_row_val(r, FLD_VT_SOORT), dagen));
	}
}

static void build_sb(card *k)
{
	const card_section *s = &k->m.sec[CARD_STARTBANEN];

	if (s->n == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("  Nog geen startbaan (a: toevoegen)"));
	for (size_t i = 0; i < s->n; i++) {
		const card_row *r = &s->rows[i];
		const char *wg = card_row_val(r, FLD_SB_WERKGEVER), *fn = card_row_val(r, FLD_SB_FUNCTIE);
		const char *u = card_row_val(r, FLD_SB_UREN);
		char per[64], uren[48] = "";

		period(per, sizeof per, card_row_val(r, FLD_SB_START), card_row_val(r, FLD_SB_EINDE),
		       "onbepaald");
		if (*u)
			snprintf(uren, sizeof uren, "  %s u/week", u);
		row_add(k, R_SB, (int)r->idx, 0, ROLE_NORMAAL,
			xasprintf("  %zu. %s  %s%s%s%s  %s", r->idx + 1, per,
				  k->cf.sb[r->idx].werkgever_naam ? wg : "(geen werkgever)",
				  *fn ? ", " : "", fn, uren, card_row_val(r, FLD_SB_SOORT)));
	}
}

static void build_af(card *k)
{
	const card_section *oh = &k->m.sec[CARD_ONHOLD], *af = &k->m.sec[CARD_AFSLUITING];

	row_add(k, R_KOP, 0, 0, ROLE_KOP, xstrdup("  On hold"));
	if (oh->n == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("    geen"));
	for (size_t i = 0; i < oh->n; i++) {
		const card_row *r = &oh->rows[i];
		char per[64];

		period(per, sizeof per, card_row_val(r, FLD_OH_START), card_row_val(r, FLD_OH_EINDE),
		       "nog on hold");
		row_add(k, R_OH, (int)r->idx, 0, ROLE_NORMAAL,
			xasprintf("    %s  %s", per, card_row_val(r, FLD_OH_REDEN)));
	}
	row_add(k, R_KOP, 0, 0, ROLE_KOP, xstrdup("  Uitval of einde"));
	if (af->n == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("    geen"));
	for (size_t i = 0; i < af->n; i++) {
		const card_row *r = &af->rows[i];
		const char *datum = card_row_val(r, FLD_AF_DATUM);

		row_add(k, R_AF, (int)r->idx, 0, ROLE_NORMAAL,
			xasprintf("    %s  %s  %s", card_row_val(r, FLD_AF_SOORT), *datum ? datum : "?",
				  card_row_val(r, FLD_AF_REDEN)));
	}
}

/* "jjjj-mm-dd uu:mm" as "dd-mm-jjjj uu:mm". */
static void when_text(char *when, size_t n, const char *m)
{
	cdate d = cdate_from_iso(m);
	char dd[11];

	cdate_format_nl(d, dd);
	if (d != CDATE_NONE && strlen(m) >= 16)
		snprintf(when, n, "%s %.5s", dd, m + 11);
	else
		snprintf(when, n, "%s", m);
}

static void build_jr(card *k)
{
	const card_section *s = &k->m.sec[CARD_JOURNAAL];

	if (s->n == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL,
			xstrdup("  Nog geen journaalregels (n: regel voor spreekuur, a: uitgebreid)"));
	for (size_t n = s->n; n-- > 0;) {
		const card_row *r = &s->rows[n];
		const char *volgende = card_row_val(r, FLD_JR_VOLGENDE);
		char *soort = tui_fit(card_row_val(r, FLD_JR_SOORT), 11, 1);
		char volg[48] = "", when[24];

		when_text(when, sizeof when, card_row_val(r, FLD_JR_MOMENT));
		if (*volgende)
			snprintf(volg, sizeof volg, "  → %s", volgende);
		row_add(k, R_JR, (int)r->idx, 0, ROLE_NORMAAL,
			xasprintf("  %-16.16s  %s %s%s%s", when, soort,
				  k->cf.jr[r->idx].tolk == JANEE_JA ? "[tolk] " : "",
				  card_row_val(r, FLD_JR_SAMENVATTING), volg));
		free(soort);
	}
}

static void build_hist(tui *t, card *k)
{
	cl_audit_free(k->hist, k->nhist);
	k->hist = NULL;
	k->nhist = 0;
	if (caseload_history(t->db, k->id, &k->hist, &k->nhist) != CASUS_OK)
		tui_message(t, 1, "De historie kon niet worden gelezen: %s", db_errmsg(t->db));
	if (k->nhist == 0)
		row_add(k, R_INFO, 0, 0, ROLE_NORMAAL, xstrdup("  Geen wijzigingen vastgelegd"));
	/* most recent first */
	for (size_t n = k->nhist; n-- > 0;) {
		const cl_audit *a = &k->hist[n];
		char when[24];

		when_text(when, sizeof when, a->moment);
		row_add(k, R_HIST, (int)n, 0, ROLE_NORMAAL,
			xasprintf("  %-16s  %-14.14s  %s", when, a->wie, a->wat));
		if (a->details && *a->details)
			row_add(k, R_HIST, (int)n, 1, ROLE_NORMAAL, xasprintf("      %s", a->details));
	}
}

void card_rows_build(tui *t, card *k)
{
	card_rows_free(k);
	if (!k->loaded)
		return;
	switch (k->tab) {
	case TAB_PERSOON: build_persoon(k); break;
	case TAB_PIP: build_pip(k); break;
	case TAB_VOORTRAJECT: build_vt(t, k); break;
	case TAB_STARTBAAN: build_sb(k); break;
	case TAB_AFSLUITING: build_af(k); break;
	case TAB_JOURNAAL: build_jr(k); break;
	case TAB_HISTORIE: build_hist(t, k); break;
	}
	if (k->sel[k->tab] >= (int)k->nrows)
		k->sel[k->tab] = k->nrows ? (int)k->nrows - 1 : 0;
}

/* ---- reading in full (the pager) ------------------------------------------------ */

/* The section and model row behind a card line, or NULL. */
static const card_row *model_row(const card *k, const crow *r)
{
	card_sec sec;
	const card_section *s;

	switch (r->kind) {
	case R_HO: sec = CARD_OVERDRACHTEN; break;
	case R_PIP: sec = CARD_PIP; break;
	case R_VT: case R_ACT: sec = CARD_VOORTRAJECT; break;
	case R_SB: sec = CARD_STARTBANEN; break;
	case R_OH: sec = CARD_ONHOLD; break;
	case R_AF: sec = CARD_AFSLUITING; break;
	case R_JR: sec = CARD_JOURNAAL; break;
	default: return NULL;
	}
	s = &k->m.sec[sec];
	for (size_t i = 0; i < s->n; i++) {
		const card_row *m = &s->rows[i];

		if (m->idx != (size_t)r->idx)
			continue;
		if (r->kind == R_ACT ? m->kind == CR_PART && m->sub == (size_t)r->sub : m->kind == CR_RECORD)
			return m;
	}
	return NULL;
}

/* The record of the casefile behind a card line (for its long texts). */
static const void *record_of(const card *k, const crow *r)
{
	const casefile *cf = &k->cf;

	switch (r->kind) {
	case R_HO: return &cf->ho[r->idx];
	case R_PIP: return &cf->pip[r->idx];
	case R_VT: return &cf->vt[r->idx];
	case R_ACT: return &cf->vt[r->idx].act[r->sub];
	case R_SB: return &cf->sb[r->idx];
	case R_OH: return &cf->oh[r->idx];
	case R_AF: return &cf->af[r->idx];
	case R_JR: return &cf->jr[r->idx];
	default: return NULL;
	}
}

/* Every field of a record with a value, "Label: value"; a note in full,
 * with its own line breaks. */
static void record_text(const card *k, const crow *r, const card_row *m, strbuf *sb, const char **what)
{
	const rec_desc *d = record_desc(m->rec);
	const void *rec = record_of(k, r);

	*what = d->label;
	for (size_t i = 0; i < d->nfields; i++) {
		const rec_field *f = &d->fields[i];
		const char *v = m->vals[i];

		if (f->kind == FK_REF && (f->flags & RF_NOFORM))
			continue;
		if (f->kind == FK_NOTE && rec) {
			const char *raw = *(char *const *)(const void *)((const char *)rec + f->off);
			char *full = str_printable_lines(raw ? raw : "");

			if (*full)
				sb_appendf(sb, "%s:\n%s\n", f->label, full);
			free(full);
			continue;
		}
		if (f->kind == FK_MOMENT && v && *v) {
			char when[24];

			when_text(when, sizeof when, v);
			sb_appendf(sb, "%s: %s\n", f->label, when);
		} else if (v && *v) {
			sb_appendf(sb, "%s: %s\n", f->label, v);
		}
	}
}

static void hist_text(const card *k, const crow *r, strbuf *sb)
{
	const cl_audit *a = &k->hist[r->idx];
	char when[24];
	const char *p = a->details ? a->details : "";

	when_text(when, sizeof when, a->moment);
	sb_appendf(sb, "%s\nDoor: %s\n%s\n", when, a->wie, a->wat);
	if (*p)
		sb_appendf(sb, "\n%s\n", p);
}

void card_read_row(tui *t, card *k, const crow *r)
{
	strbuf sb = STRBUF_INIT;
	const char *what = NULL;
	const card_row *m;
	char *title;

	if (!k->loaded || !r)
		return;
	if (r->kind == R_HIST && (size_t)r->idx < k->nhist) {
		what = "Historie";
		hist_text(k, r, &sb);
	} else if (r->kind == R_VELD && r->veld) {
		const card_section *ps = &k->m.sec[CARD_PERSOON];

		what = r->veld;
		for (size_t i = 0; i < ps->n; i++)
			if (ps->rows[i].label && strcmp(ps->rows[i].label, r->veld) == 0)
				sb_appendf(&sb, "%s:\n%s\n", r->veld, ps->rows[i].value);
	} else if ((m = model_row(k, r)) != NULL) {
		record_text(k, r, m, &sb, &what);
	} else {
		const char *s = r->text;

		while (*s == ' ')
			s++;
		sb_append(&sb, s);
	}
	title = what ? xasprintf("%s · %s", k->m.name, what) : xstrdup(k->m.name);
	pager_push(t, title, sb.s ? sb.s : "");
	free(title);
	sb_free(&sb);
}

void card_read_signals(tui *t, card *k)
{
	strbuf sb = STRBUF_INIT;
	const card_model *m = &k->m;
	size_t n = m->nsig < CARD_MAX_SIGNALS ? m->nsig : CARD_MAX_SIGNALS;
	char *title;

	if (!k->loaded)
		return;
	if (m->nsig == 0)
		sb_append(&sb, "Geen signalen.\n");
	for (size_t i = 0; i < n; i++)
		sb_appendf(&sb, "%s %s\n", m->sig[i].severity == SEV_VERLOPEN ? "!" : "·", m->sig[i].text);
	if (m->nsig > n)
		sb_appendf(&sb, "… en nog %zu signalen (de urgentste staan bovenaan).\n", m->nsig - n);
	sb_append(&sb, "\n! = verlopen (de datum is voorbij), · = binnenkort of aandacht nodig;"
		  " de urgentste staat bovenaan.\n");
	title = xasprintf("%s · signalen (%zu)", m->name, m->nsig);
	pager_push(t, title, sb.s);
	free(title);
	sb_free(&sb);
}
