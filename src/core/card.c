/* card.c - the client card as plain text (see card.h).
 *
 * Layout: a title line (name and klantnummer), then sections separated by
 * a blank line, each with a heading and indented lines.  Label/value lines
 * use a fixed ASCII label column (LABEL_W) so values line up. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "card.h"
#include "derive.h"
#include "vocab.h"

#define LABEL_W 22
#define MAX_SIGNALS 16

void card_format_number(double v, char buf[32])
{
	char *dot;

	if (fabs(v - round(v)) < 0.05)
		snprintf(buf, 32, "%.0f", round(v));
	else
		snprintf(buf, 32, "%.1f", v);
	dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
}

static const char *fmt_date(cdate d, char buf[11])
{
	cdate_format_nl(d, buf);
	return buf;
}

static void heading(strbuf *sb, const char *title)
{
	sb_appendc(sb, '\n');
	sb_append(sb, title);
	sb_appendc(sb, '\n');
}

/* "  Label.............  " then the value (cleaned), newline. */
static void field(strbuf *sb, const char *label, const char *value)
{
	sb_appendf(sb, "  %-*s", LABEL_W, label);
	if (value && *value)
		sb_append_printable(sb, value);
	else
		sb_append(sb, "-");
	sb_appendc(sb, '\n');
}

static void field_date(strbuf *sb, const char *label, cdate d)
{
	char buf[11];

	field(sb, label, d == CDATE_NONE ? NULL : fmt_date(d, buf));
}

/* "01-03-2025 t/m 15-05-2025", "vanaf 01-03-2025" or "start onbekend". */
static void period(strbuf *sb, cdate start, cdate einde)
{
	char a[11], b[11];

	if (start == CDATE_NONE && einde == CDATE_NONE) {
		sb_append(sb, "datum onbekend");
		return;
	}
	if (start == CDATE_NONE) {
		sb_appendf(sb, "start onbekend t/m %s", fmt_date(einde, b));
		return;
	}
	if (einde == CDATE_NONE)
		sb_appendf(sb, "vanaf %s", fmt_date(start, a));
	else
		sb_appendf(sb, "%s t/m %s", fmt_date(start, a), fmt_date(einde, b));
}

static int running_on(cdate start, cdate einde, cdate today)
{
	return start != CDATE_NONE && start <= today &&
		(einde == CDATE_NONE || einde > today);
}

const char *card_situatie(const casefile *cf, cdate today)
{
	if (cf->c.startbanen != 1)
		return "Geen deelnemer startbanen";
	return vocab_label(VOCAB_SITUATIE, derive_situatie(cf, today));
}

void card_identity(strbuf *sb, const casefile *cf, cdate today)
{
	const client *c = &cf->c;
	char *name = client_display_name(c);
	char buf[11];
	strbuf v = STRBUF_INIT;

	sb_append_printable(sb, name);
	sb_append(sb, "  (");
	sb_append_printable(sb, c->klantnummer);
	sb_append(sb, ")\n");
	free(name);

	heading(sb, "Persoon");
	field(sb, "Klantnummer", c->klantnummer);
	field(sb, "BSN", c->bsn);
	if (c->geboortedatum != CDATE_NONE) {
		int age = cdate_age(c->geboortedatum, today);

		sb_append(&v, fmt_date(c->geboortedatum, buf));
		if (age >= 0)
			sb_appendf(&v, " (%d jaar)", age);
	} else if (c->geboortejaar > 0) {
		sb_appendf(&v, "alleen geboortejaar %d", c->geboortejaar);
		if (cdate_year(today) >= c->geboortejaar)
			sb_appendf(&v, " (ca. %d jaar)", cdate_year(today) - c->geboortejaar);
	}
	field(sb, "Geboortedatum", v.s);
	sb_free(&v);
	field(sb, "Telefoon", c->telefoon);
	field(sb, "E-mail", c->email);
	field(sb, "Adres", c->adres);
	field(sb, "Land van herkomst", c->land_herkomst);
	field(sb, "Talen", c->talen);
}

static const char *consultant_name(const consultant *cons, size_t n, int64_t id,
				   char *buf, size_t bufsz)
{
	for (size_t i = 0; i < n; i++)
		if (cons[i].id == id && cons[i].naam && *cons[i].naam)
			return cons[i].naam;
	snprintf(buf, bufsz, "consulent %lld", (long long)id);
	return buf;
}

void card_regie(strbuf *sb, const casefile *cf, const consultant *cons, size_t ncons)
{
	heading(sb, "Regie");
	field(sb, "Regiehouder", cf->regiehouder_naam ? cf->regiehouder_naam : "geen");
	if (cf->nho == 0)
		return;
	sb_appendf(sb, "  %s\n", "Overdrachten:");
	for (size_t i = 0; i < cf->nho; i++) {
		const handover *h = &cf->ho[i];
		char d[11], b1[32], b2[32];

		sb_appendf(sb, "    %s  ", h->datum ? fmt_date(h->datum, d) : "datum onbekend");
		if (h->van_id == 0) {
			sb_append(sb, "toegewezen aan ");
		} else {
			sb_append(sb, "van ");
			sb_append_printable(sb, consultant_name(cons, ncons, h->van_id, b1, sizeof b1));
			sb_append(sb, " naar ");
		}
		sb_append_printable(sb, consultant_name(cons, ncons, h->naar_id, b2, sizeof b2));
		if (h->reden && *h->reden) {
			sb_append(sb, " (");
			sb_append_printable(sb, h->reden);
			sb_append(sb, ")");
		}
		sb_appendc(sb, '\n');
	}
}

void card_signals(strbuf *sb, const casefile *cf, cdate today, const signal_settings *s)
{
	signal sig[MAX_SIGNALS];
	signal_settings dflt;
	size_t n, i;

	if (!s) {
		signal_settings_default(&dflt);
		s = &dflt;
	}
	n = signals_compute(cf, today, s, sig, MAX_SIGNALS);
	heading(sb, "Signalen");
	if (n == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (i = 0; i < n && i < MAX_SIGNALS; i++) {
		sb_append(sb, sig[i].severity == SEV_VERLOPEN ? "  ! " : "  - ");
		sb_append_printable(sb, sig[i].text);
		sb_appendc(sb, '\n');
	}
	if (n > MAX_SIGNALS)
		sb_appendf(sb, "  (en nog %zu)\n", n - MAX_SIGNALS);
}

void card_inburgering(strbuf *sb, const casefile *cf, cdate today)
{
	const client *c = &cf->c;

	heading(sb, "Inburgering en startbanen");
	field(sb, "Leerroute", vocab_label(VOCAB_INBURGERINGSPROGRAMMA, c->inburgeringsprogramma));
	field_date(sb, "Start inburgering", c->start_inburgering);
	if (c->einde_inburgering != CDATE_NONE)
		field_date(sb, "Inburgering afgerond", c->einde_inburgering);
	field(sb, "Status inburgering",
	      vocab_label(VOCAB_STATUS_INBURGERING, derive_status_inburgering(c, today)));
	if (c->startbanen == 1) {
		field(sb, "Deelnemer startbanen", "ja");
		field(sb, "Deelname", vocab_label(VOCAB_DEELNAME, c->deelname));
		field_date(sb, "Datum instroom", c->datum_instroom);
	} else {
		field(sb, "Deelnemer startbanen", "nee");
	}
	if (c->voortraject_niet_nodig == 1)
		field(sb, "Voortraject", "niet nodig (direct naar bemiddeling)");
	field(sb, "Situatie vandaag", card_situatie(cf, today));
}

void card_pip(strbuf *sb, const casefile *cf)
{
	heading(sb, "PIP-stappen");
	if (cf->npip == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = 0; i < cf->npip; i++) {
		const pip_step *p = &cf->pip[i];
		char d[11], num[32];

		sb_appendf(sb, "  %-10s  %-22s %s",
			   p->datum ? fmt_date(p->datum, d) : "geen datum",
			   vocab_label(VOCAB_PIP_STAP, p->stap),
			   vocab_label(VOCAB_PIP_STATUS, p->status));
		if (p->stap == PIP_GEWIJZIGD)
			sb_appendf(sb, "; reden: %s", vocab_label(VOCAB_PIP_REDEN, p->reden));
		if (p->resultaat && *p->resultaat) {
			sb_append(sb, "; resultaat: ");
			sb_append_printable(sb, p->resultaat);
		}
		if (p->uren >= 0) {
			card_format_number(p->uren, num);
			sb_appendf(sb, "; %s uur", num);
		}
		if (p->notitie && *p->notitie) {
			sb_append(sb, "; ");
			sb_append_printable(sb, p->notitie);
		}
		sb_appendc(sb, '\n');
	}
}

static void card_activiteit(strbuf *sb, const activiteit *a)
{
	char num[32];

	sb_appendf(sb, "      %s", a->soort >= 1 ? vocab_label(VOCAB_ACTIVITEIT, a->soort) : "Activiteit");
	if (a->aanbieder && *a->aanbieder) {
		sb_append(sb, " bij ");
		sb_append_printable(sb, a->aanbieder);
	}
	sb_append(sb, ", ");
	period(sb, a->start, a->einde);
	if (a->uren_per_week >= 0) {
		card_format_number(a->uren_per_week, num);
		sb_appendf(sb, ", %s uur per week", num);
	}
	sb_appendc(sb, '\n');
}

void card_voortraject(strbuf *sb, const casefile *cf, cdate today)
{
	heading(sb, "Voortraject");
	if (cf->nvt == 0) {
		sb_append(sb, cf->c.voortraject_niet_nodig == 1 ? "  niet nodig\n" : "  geen\n");
		return;
	}
	for (size_t i = 0; i < cf->nvt; i++) {
		const voortraject *v = &cf->vt[i];

		sb_append(sb, "  ");
		period(sb, v->start, v->einde);
		sb_appendf(sb, "  %s", vocab_label(VOCAB_SOORT_VOORTRAJECT, v->soort));
		if (running_on(v->start, v->einde, today))
			sb_appendf(sb, " (loopt, %d dagen)", (int)(today - v->start));
		else if (v->start != CDATE_NONE && v->einde != CDATE_NONE && v->einde >= v->start)
			sb_appendf(sb, " (%d dagen)", (int)(v->einde - v->start));
		else if (v->start != CDATE_NONE && v->start > today)
			sb_append(sb, " (gepland)");
		sb_appendc(sb, '\n');
		if (v->notitie && *v->notitie) {
			sb_append(sb, "      ");
			sb_append_printable(sb, v->notitie);
			sb_appendc(sb, '\n');
		}
		for (size_t k = 0; k < v->nact; k++)
			card_activiteit(sb, &v->act[k]);
	}
}

static void janee_flag(strbuf *sb, int code, const char *what)
{
	if (code == JANEE_JA)
		sb_appendf(sb, ", %s", what);
}

void card_startbanen(strbuf *sb, const casefile *cf, cdate today)
{
	heading(sb, "Startbanen");
	if (cf->nsb == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = 0; i < cf->nsb; i++) {
		const startbaan *b = &cf->sb[i];
		char num[32];

		sb_appendf(sb, "  %zu. ", i + 1);
		period(sb, b->start, b->einde);
		if (running_on(b->start, b->einde, today))
			sb_append(sb, " (loopt)");
		else if (b->start != CDATE_NONE && b->start > today)
			sb_append(sb, " (gepland)");
		sb_append(sb, "  ");
		sb_append_printable(sb, b->functie && *b->functie ? b->functie : "functie onbekend");
		sb_append(sb, " bij ");
		sb_append_printable(sb, b->werkgever_naam && *b->werkgever_naam ?
				  b->werkgever_naam : "onbekende werkgever");
		if (b->sector != VOCAB_ONBEKEND)
			sb_appendf(sb, " (%s)", vocab_label(VOCAB_SECTOR, b->sector));
		sb_appendc(sb, '\n');
		sb_appendf(sb, "     %s", vocab_label(VOCAB_SOORT_STARTBAAN, b->soort));
		if (b->maanden > 0)
			sb_appendf(sb, ", %d maanden", b->maanden);
		if (b->uren >= 0) {
			card_format_number(b->uren, num);
			sb_appendf(sb, ", %s uur per week", num);
		}
		janee_flag(sb, b->loonkostensubsidie, "loonkostensubsidie");
		janee_flag(sb, b->werkcoach, "werkcoach");
		janee_flag(sb, b->jobcoach, "jobcoach");
		janee_flag(sb, b->harrie, "HARRIE-training");
		sb_appendc(sb, '\n');
	}
}

void card_afsluiting(strbuf *sb, const casefile *cf, cdate today)
{
	heading(sb, "On hold, uitval en einde");
	if (cf->noh == 0 && cf->naf == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = 0; i < cf->noh; i++) {
		const onhold *o = &cf->oh[i];

		sb_append(sb, "  On hold ");
		period(sb, o->start, o->einde);
		sb_appendf(sb, ": %s", vocab_label(VOCAB_REDEN_ON_HOLD, o->reden));
		if (running_on(o->start, o->einde, today))
			sb_append(sb, " (loopt)");
		sb_appendc(sb, '\n');
	}
	for (size_t i = 0; i < cf->naf; i++) {
		const afsluiting *a = &cf->af[i];
		int uit = a->soort == AFSLUITING_UITVAL;
		char d[11];

		sb_appendf(sb, "  %s %s: %s\n", uit ? "Uitval op" : "Einde op",
			   a->datum ? fmt_date(a->datum, d) : "onbekende datum",
			   vocab_label(uit ? VOCAB_REDEN_UITVAL : VOCAB_REDEN_EINDE, a->reden));
	}
}

/* "jjjj-mm-dd uu:mm" -> "dd-mm-jjjj uu:mm"; anything else cleaned as is. */
static void journal_moment(strbuf *sb, const char *m)
{
	int y, mo, d, h, mi;
	char tail;

	if (m && sscanf(m, "%4d-%2d-%2d %2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) == 5)
		sb_appendf(sb, "%02d-%02d-%04d %02d:%02d", d, mo, y, h, mi);
	else
		sb_append_printable(sb, m ? m : "?");
}

void card_journal(strbuf *sb, const casefile *cf, size_t last)
{
	size_t from = cf->njr > last ? cf->njr - last : 0;

	if (cf->njr > last)
		sb_appendf(sb, "\nJournaal (laatste %zu van %zu)\n", last, cf->njr);
	else
		heading(sb, "Journaal");
	if (cf->njr == 0) {
		sb_append(sb, "  geen\n");
		return;
	}
	for (size_t i = from; i < cf->njr; i++) {
		const journal *j = &cf->jr[i];
		char d[11];

		sb_append(sb, "  ");
		journal_moment(sb, j->moment);
		sb_appendf(sb, "  %s", vocab_label(VOCAB_JOURNAAL_SOORT, j->soort));
		if (j->tolk == 1)
			sb_append(sb, ", met tolk");
		if (j->auteur && *j->auteur) {
			sb_append(sb, " (");
			sb_append_printable(sb, j->auteur);
			sb_append(sb, ")");
		}
		sb_append(sb, ": ");
		sb_append_printable(sb, j->samenvatting);
		if (j->volgende_afspraak != CDATE_NONE)
			sb_appendf(sb, " [volgende afspraak %s]", fmt_date(j->volgende_afspraak, d));
		sb_appendc(sb, '\n');
	}
}

char *card_text_names(const casefile *cf, cdate today, const signal_settings *s,
		      const consultant *cons, size_t ncons)
{
	strbuf sb = STRBUF_INIT;

	card_identity(&sb, cf, today);
	card_regie(&sb, cf, cons, ncons);
	card_signals(&sb, cf, today, s);
	card_inburgering(&sb, cf, today);
	card_pip(&sb, cf);
	card_voortraject(&sb, cf, today);
	card_startbanen(&sb, cf, today);
	card_afsluiting(&sb, cf, today);
	card_journal(&sb, cf, 5);
	return sb_take(&sb);
}

char *card_text(const casefile *cf, cdate today, const signal_settings *s)
{
	return card_text_names(cf, today, s, NULL, 0);
}
