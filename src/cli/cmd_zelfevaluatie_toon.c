/* cmd_zelfevaluatie_toon.c - casus zelfevaluatie toon RONDE (themes,
 * scores, change against the previous round of the same instrument,
 * evidence from the caseload, the verbeterplan) and the verbeterplan's
 * overdue actions in `casus signalen`. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_util.h"
#include "cli_zelf.h"
#include "date.h"
#include "util.h"
#include "zelfevaluatie.h"

static void put_actie(strbuf *out, const ze_actie *a, const ze_view *v)
{
	char d[11];

	sb_appendf(out, "    %lld. [%s] ", (long long)a->id, ze_status_label(a->status));
	sb_append_printable(out, a->tekst);
	if (a->eigenaar) {
		sb_append(out, " - eigenaar ");
		sb_append_printable(out, a->eigenaar);
	}
	if (a->streefdatum) {
		cdate_format_nl(a->streefdatum, d);
		sb_appendf(out, " - streefdatum %s", d);
	}
	if (a->ronde_id != v->r.id) {
		sb_append(out, " (uit ");
		sb_append_printable(out, a->ronde_naam);
		sb_append(out, ")");
	}
	sb_appendc(out, '\n');
}

static void put_statement(strbuf *out, const ze_view *v, const ze_stelling *st, size_t k)
{
	int now = v->score[k], was = v->has_prev ? v->prev_score[k] : ZE_OPEN;
	char ch[32] = "";

	sb_appendf(out, "  %-5s %-6s", st->nummer, now == ZE_OPEN ? "-" : ze_score_text(now));
	if (v->has_prev) {
		sb_appendf(out, " was %-6s", was == ZE_OPEN ? "-" : ze_score_text(was));
		if (now >= 1 && was >= 1)
			ze_format_change(now * 10, was * 10, ch, sizeof ch);
		/* whole points: "▲ +1,0" -> "▲ +1" */
		if (strlen(ch) > 2 && strcmp(ch + strlen(ch) - 2, ",0") == 0)
			ch[strlen(ch) - 2] = '\0';
		sb_appendf(out, " %s%*s", ch, (int)(6 - (int)cli_disp_width(ch)), "");
	}
	sb_append(out, " ");
	sb_append_printable(out, st->tekst);
	sb_appendc(out, '\n');
	if (v->toel[k]) {
		sb_append(out, "        Toelichting: ");
		sb_append_printable(out, v->toel[k]);
		sb_appendc(out, '\n');
	}
}

static void put_theme(strbuf *out, const ze_view *v, size_t t, const ze_evidence *ev)
{
	const ze_thema *th = &v->ins.th[t];
	ze_themascore now = ze_view_theme(v, t, 0), was = ze_view_theme(v, t, 1);
	char a[48], b[48], ch[32];
	size_t k = ze_view_first(v, t), na = 0;

	ze_format_themescore(now, a, sizeof a);
	sb_appendf(out, "%d ", th->nummer);
	sb_append_printable(out, th->naam);
	sb_appendf(out, ": %s", a);
	if (v->has_prev) {
		ze_format_themescore(was, b, sizeof b);
		ze_format_change(now.tiendes, was.tiendes, ch, sizeof ch);
		sb_appendf(out, ", was %s%s%s", b, ch[0] ? "  " : "", ch);
	}
	sb_appendc(out, '\n');
	for (size_t s = 0; s < th->nst; s++)
		put_statement(out, v, &th->st[s], k + s);
	if (ev && th->nummer >= 1 && th->nummer <= 7 && ev->n[th->nummer]) {
		sb_append(out, "  Uit de caseload (context, geen score):\n");
		for (size_t i = 0; i < ev->n[th->nummer]; i++)
			sb_appendf(out, "    %s\n", ev->line[th->nummer][i]);
	}
	for (size_t i = 0; i < v->nact; i++)
		if (v->act[i].thema == th->nummer && na++ == 0)
			sb_append(out, "  Verbeterplan:\n");
	for (size_t i = 0; i < v->nact; i++)
		if (v->act[i].thema == th->nummer)
			put_actie(out, &v->act[i], v);
	sb_appendc(out, '\n');
}

int zelf_toon(casus_db *db, int64_t ronde_id)
{
	ze_view v;
	ze_evidence ev;
	strbuf out = STRBUF_INIT;
	char d[11], *ins;
	int rc = ze_view_load(db, ronde_id, &v), have_ev;

	if (rc != CASUS_OK) {
		cli_error("%s", db_errmsg(db));
		return cli_exit_for(rc);
	}
	have_ev = ze_evidence_compute(db, v.r.datum, &ev) == CASUS_OK;
	cdate_format_nl(v.r.datum, d);
	sb_append(&out, "Zelfevaluatie ");
	sb_append_printable(&out, v.r.naam);
	sb_appendf(&out, " (ronde %lld, %s, %s)\n", (long long)v.r.id, d,
		   v.r.afgesloten ? "afgesloten" : "open");
	ins = xasprintf("%s versie %s", v.ins.naam, v.ins.versie);
	sb_append(&out, "Instrument: ");
	sb_append_printable(&out, ins);
	free(ins);
	if (v.r.deelnemers) {
		sb_append(&out, "\nDeelnemers: ");
		sb_append_printable(&out, v.r.deelnemers);
	}
	if (v.has_prev) {
		cdate_format_nl(v.prev.datum, d);
		sb_append(&out, "\nVergeleken met: ");
		sb_append_printable(&out, v.prev.naam);
		sb_appendf(&out, " (%s)", d);
	} else {
		sb_append(&out, "\nGeen eerdere ronde van dit instrument om mee te vergelijken");
	}
	sb_append(&out, "\nThemascore: gemiddelde van de stellingen met 1-10 (n.v.t. en niet "
		  "ingevuld tellen niet mee)\n\n");
	for (size_t t = 0; t < v.ins.nth; t++)
		put_theme(&out, &v, t, have_ev ? &ev : NULL);
	fputs(out.s, stdout);
	sb_free(&out);
	if (have_ev)
		ze_evidence_free(&ev);
	ze_view_free(&v);
	return EXIT_OK;
}

void zelf_signalen_append(casus_db *db, cdate day, strbuf *out)
{
	ze_actie *a = NULL;
	size_t n = 0;
	char d[11];

	if (ze_actie_overdue(db, day, &a, &n) != CASUS_OK || n == 0)
		return;
	sb_appendf(out, "\nVerbeterplan zelfevaluatie: %zu actie%s over de streefdatum\n",
		   n, n == 1 ? "" : "s");
	for (size_t i = 0; i < n; i++) {
		cdate_format_nl(a[i].streefdatum, d);
		sb_appendf(out, "  %lld. ", (long long)a[i].id);
		sb_append_printable(out, a[i].tekst);
		sb_appendf(out, " - streefdatum %s verlopen (thema %d ", d, a[i].thema);
		sb_append_printable(out, a[i].thema_naam);
		if (a[i].eigenaar) {
			sb_append(out, ", eigenaar ");
			sb_append_printable(out, a[i].eigenaar);
		}
		sb_append(out, ", ronde ");
		sb_append_printable(out, a[i].ronde_naam);
		sb_append(out, ")\n");
	}
	ze_actie_list_free(a, n);
}
