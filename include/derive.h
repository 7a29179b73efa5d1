/* derive.h - the derivation rules of registration-form.md as pure
 * functions of a client's records and a peildatum P.  No I/O. */
#ifndef CASUS_DERIVE_H
#define CASUS_DERIVE_H

#include "model.h"
#include "vocab.h"

/* The registration's activity columns "<activiteit> (weken)": codes 1..8 of
 * VOCAB_ACTIVITEIT, Anders (8) last.  Later codes (Maatje/mentor,
 * Netwerkactiviteit) have no column of their own: they count as Anders
 * (derive_activiteit_kolom).  Arrays indexed by column have N_ACTIVITEIT + 1
 * slots; never index them by a raw activity code. */
#define N_ACTIVITEIT 8

typedef struct derived {
	int deelnemer;              /* in the export on P */
	int geboortejaar;           /* 0 = unknown */
	int leeftijdsgroep;         /* VOCAB_LEEFTIJDSGROEP */
	int periode_vergunning;     /* VOCAB_PERIODE of datum_verblijfsvergunning */
	int kinderen;               /* VOCAB_AANTAL_KINDEREN */
	int status_inburgering;     /* VOCAB_STATUS_INBURGERING */
	int periode_inburgering;    /* VOCAB_PERIODE of start_inburgering */
	int situatie;               /* VOCAB_SITUATIE */

	/* Voortraject: the latest that started <= P (NULL when none). */
	const voortraject *vt;
	int vt_gestart;             /* JANEE_JA / JANEE_NEE */
	int vt_afgerond;            /* JANEE_JA (ended <= P) / JANEE_NEE; 0 without vt */
	int vt_dagen;               /* end - start when ended <= P, else -1 */
	int duur_vt;                /* VOCAB_DUUR_VOORTRAJECT; 0 without vt too */
	/* weeks per registration column (index = derive_activiteit_kolom,
	 * 1..N_ACTIVITEIT) up to P over all activities of that vt; -1 = not
	 * followed */
	double act_weken[N_ACTIVITEIT + 1];

	/* Startbanen that started <= P, in start order (pointers into cf). */
	const startbaan *sb[16];
	size_t nsb;                 /* all of them, may exceed 16 */
	const startbaan *sb_laatste;

	/* On hold */
	int onhold_geweest;         /* ONHOLD_GEWEEST_JA / _NEE */
	const onhold *oh;           /* latest period starting <= P */
	int fase_onhold;            /* VOCAB_FASE_ON_HOLD */
	int duur_onhold;            /* VOCAB_DUUR_ON_HOLD */

	const afsluiting *uitval;   /* dated <= P, else NULL */
	const afsluiting *einde;
} derived;

/* The one notion of "ended on a date", read by the derivations and the
 * signals alike: something dated `datum` has taken effect on day d when
 * the date is known and datum <= d.  A date in the future ends nothing
 * before it (domain.md, "Signals"). */
int derive_op(cdate datum, cdate d);
/* The uitval or einde (soort AFSLUITING_*, or 0 for either) that has taken
 * effect on d, or NULL.  Pointer into cf. */
const afsluiting *derive_afgesloten_op(const casefile *cf, int soort, cdate d);
/* 1 when the inburgeringsplicht has ended on d: the client's Einddatum
 * inburgering, a gedaan step "Inburgering afgerond" or "Ontheffing (DUO)",
 * each dated <= d. */
int derive_inburgering_klaar_op(const casefile *cf, cdate d);

/* Fill *d for casefile cf on peildatum P.  Pointers refer into cf. */
void derive_all(const casefile *cf, cdate P, derived *d);

int derive_is_deelnemer(const client *c, cdate P);
int derive_leeftijdsgroep(cdate geboortedatum, int geboortejaar, cdate P);
int derive_periode(cdate d);
int derive_kinderen(int n);
int derive_status_inburgering(const client *c, cdate P);
/* Rules 1-8 of "Situatie peildatum". */
int derive_situatie(const casefile *cf, cdate P);
/* Rules 5-8 only (used for the fase on hold, on the day before). */
int derive_situatie_activiteit(const casefile *cf, cdate P);
int derive_duur_voortraject(const voortraject *v, cdate P, int *dagen);
int derive_duur_overeenkomst(int maanden);
int derive_uren(double uren);
int derive_fase_onhold(const casefile *cf, const onhold *o);
int derive_duur_onhold(const onhold *o, cdate P);
/* Weeks (days / 7, rounded to one decimal) that activities of type `soort`
 * in v ran up to P; -1 when none of that type started <= P. */
double derive_activiteit_weken(const voortraject *v, int soort, cdate P);
/* The registration column (1..N_ACTIVITEIT) an activity code counts in:
 * codes 1..N_ACTIVITEIT their own, any later code Anders; 0 for a code
 * outside the vocabulary. */
int derive_activiteit_kolom(int soort);
/* As derive_activiteit_weken, over all activities that count in
 * registration column `kolom` (Anders includes Maatje/mentor and
 * Netwerkactiviteit). */
double derive_activiteit_kolom_weken(const voortraject *v, int kolom, cdate P);
/* VOCAB_AANTAL_STARTBANEN code for a count. */
int derive_aantal_startbanen(size_t n);

#endif
