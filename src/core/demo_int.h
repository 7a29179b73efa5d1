/* demo_int.h - what the parts of the demo generator share (private to
 * src/core/demo*.c; the public interface is include/demo.h).
 *
 *   demo_data.c    the data tables: names, places, employers, texts and the
 *                  distributions (weights) of the evaluation's tables
 *   demo_plan.c    the plan of a participant's phases and the PIP steps
 *   demo_client.c  one client with all records, written through the store
 *   demo.c         the run: consultants, employers, numbering, bulk load
 *
 * Determinism: every random draw comes from the per-client rng, in a fixed
 * order; moving code between these files must keep that order, or the same
 * seed no longer gives the same caseload (tests compare goldens). */
#ifndef CASUS_DEMO_INT_H
#define CASUS_DEMO_INT_H

#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "db_int.h"
#include "model.h"
#include "validate.h"

#define DEMO_FORCED_MIN 30      /* from this size on the fixed scenarios come first */
#define DEMO_NAMES_MIN 20       /* from this size on the fixed names come first */

#define NELEM(a) ((int)(sizeof (a) / sizeof (a)[0]))

/* --- random numbers: xoshiro256** seeded by splitmix64 -------------------- */

typedef struct rng {
	uint64_t s[4];
} rng;

static inline uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static inline void rng_seed(rng *r, uint64_t seed, uint64_t stream)
{
	uint64_t x = seed ^ (stream * 0xd1342543de82ef95ULL);

	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static inline uint64_t rng_rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static inline uint64_t rng_next(rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rng_rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rng_rotl(s[3], 45);
	return result;
}

/* Uniform in [lo, hi] (lo when hi <= lo). */
static inline int rnd(rng *r, int lo, int hi)
{
	uint64_t span;
	int v;

	if (hi <= lo)
		return lo;
	span = (uint64_t)((int64_t)hi - lo) + 1;
	v = lo + (int)(((rng_next(r) >> 32) * span) >> 32);
	assert(v >= lo && v <= hi);
	return v;
}

/* True with the given chance in per mille. */
static inline int chance(rng *r, int permille)
{
	return rnd(r, 0, 999) < permille;
}

/* Index drawn with the given weights (0 when they are all zero). */
static inline int wpick(rng *r, const int *w, int n)
{
	int total = 0, x, i;

	assert(n > 0);
	for (i = 0; i < n; i++) {
		assert(w[i] >= 0);
		total += w[i];
	}
	if (total <= 0)
		return 0;
	x = rnd(r, 0, total - 1);
	for (i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

#define WPICK(r, w) wpick((r), (w), NELEM(w))
#define PICK(r, a) ((a)[rnd((r), 0, NELEM(a) - 1)])

/* --- vocabulary codes the generator needs by name ---------------------------
 * (see src/core/vocab.c; vocab.h names only some of them) */

enum { DEMO_MAN = 1, DEMO_VROUW = 2, DEMO_OVERIG = 3 };                  /* geslacht */
enum { DEMO_TAAL_A0 = 1, DEMO_TAAL_A1 = 2 };                             /* taalniveau */
enum {                                                                   /* gezinssituatie */
	DEMO_GEZIN_ALLEEN = 1, DEMO_GEZIN_ALLEEN_KIND = 2, DEMO_GEZIN_PARTNER = 3,
	DEMO_GEZIN_PARTNER_KIND = 4, DEMO_GEZIN_ANDERS = 5
};
enum { DEMO_VERBLIJF_WONING = 1, DEMO_VERBLIJF_AZC = 3 };                /* verblijfssituatie */
enum { DEMO_VERVOER_AUTO = 2 };                                          /* vervoer */
enum { DEMO_VT_MAATWERK = 2 };                                           /* soort voortraject */
enum { DEMO_JOURNAAL_EMAIL = 6 };                                        /* soort contact */
enum {                                                                   /* reden einde */
	DEMO_EINDE_INBURGERING = 1, DEMO_EINDE_ANDER_WERK = 2,
	DEMO_EINDE_OVEREENKOMST = 3, DEMO_EINDE_ANDERS = 4
};
/* Uren per week of a startbaan, the classes of W_UREN (0 = Onbekend). */
enum { DEMO_UREN_ONBEKEND = 0, DEMO_UREN_0_16, DEMO_UREN_17_24, DEMO_UREN_25_32, DEMO_UREN_33_40 };

/* --- the data tables (demo_data.c) -------------------------------------------
 * Sizes are spelled out so that NELEM works here; a table whose length
 * changes without its declaration does not compile. */

/* The script of a country's names besides the Latin transcription. */
enum { SCRIPT_LATIN = 0, SCRIPT_ARABIC = 1, SCRIPT_GEEZ = 2, SCRIPT_CYRILLIC = 3 };

typedef struct country {
	const char *land;
	int weight;
	const char *const *m, *const *f, *const *l;
	int nm, nf, nl;
	const char *const *talen;
	int ntalen;
	int script;       /* SCRIPT_*: names in that script are possible too */
} country;

typedef struct fixed_name {
	const char *voornaam, *achternaam, *land, *talen;
	int geslacht;
} fixed_name;

typedef struct demo_consultant {
	const char *naam, *login;
	int actief;
} demo_consultant;

#define DEMO_NCOUNTRIES 9
#define DEMO_NSECTORS 15        /* sector codes 0..14 */
#define GONE_CONSULTANT 6       /* CONSULTANTS[] index of the one who left */

extern const country COUNTRIES[DEMO_NCOUNTRIES];
extern const char *const AR_M[8], *const AR_F[7], *const AR_L[11];
extern const char *const GZ_M[3], *const GZ_F[3], *const GZ_L[4];
extern const char *const CY_M[3], *const CY_F[3], *const CY_L[4];
extern const fixed_name FIXED_NAMES[5];
extern const char *const STREETS[20];
extern const char *const CITIES[12];
extern const char POSTCODE_LETTERS[19];
extern const demo_consultant CONSULTANTS[7];
extern const char *const EMP_KIND[DEMO_NSECTORS][3];
extern const char *const EMP_WORD[30];
extern const char *const EMP_CONTACT[12][2];
extern const char *const FUNCTIE[DEMO_NSECTORS][3];
extern const char *const AANBIEDER[10];
extern const char *const J_TEXT[8][4];

/* Distributions in per mille, index = vocabulary code (0 = Onbekend).
 * [3]: Tabel 1 of Bijlage 1, columns verplicht [0], vrijwillig [1], all [2]. */
extern const int W_GESLACHT[3][4], W_LEEFTIJD[3][5], W_OPLEIDING[3][5];
extern const int W_VERGUNNING[3][4], W_BAAN[3][4], W_TAAL[3][6], W_ENGELS[3][3];
extern const int W_GEZIN[3][6], W_VERBLIJF[3][4], W_VERVOER[3][4];
extern const int W_PROGRAMMA[3][5], W_UITKERING[3][3];
extern const int W_SITUATIE_P[8];
extern const int W_SOORT_SB[4], W_HOE[3], W_URENAFSPRAAK[3], W_UREN[5];
extern const int W_LKS[3], W_WERKCOACH[3], W_JOBCOACH[3], W_HARRIE[3], W_SOORT_WG[6];
extern const int W_SECTOR[DEMO_NSECTORS], W_OMVANG[9], W_ERVARING[3];
extern const int W_REDEN_OH[5], W_REDEN_UITVAL[9], W_REDEN_EINDE[5];
extern const int W_SOORT_VT[4], W_ACTIVITEIT[9], W_JOURNAAL[8];

/* --- scenarios and plans (demo_plan.c) ------------------------------------- */

enum { SP_NONE, SP_VT90, SP_CONTRACT, SP_OHLANG, SP_NOAF };
enum { PF_NONE, PF_PIP_NEAR, PF_PIP_PAST, PF_TERMIJN, PF_LEERROUTE, PF_ONTZORGEN, PF_VOORTGANG };

#define TARGET_NEW_SINCE_P (-1)  /* scenario.target: came in after P */

typedef struct scenario {
	int participant;
	int anchor_today;   /* 1 = the target holds on today, 0 = on P */
	int target;         /* SIT_*, VOCAB_ONBEKEND (instroom unknown) or TARGET_NEW_SINCE_P */
	int special;        /* SP_* */
	int pipforce;       /* PF_* */
} scenario;

#define DEMO_NFORCED 22
extern const scenario FORCED[DEMO_NFORCED];

#define MAX_PHASES 16
#define MAX_STARTBANEN 3

typedef struct phase {
	int kind;           /* SIT_* */
	int start, len;     /* days from the instroom; len < 0: open-ended */
	int rec;            /* startbaan number for SIT_STARTBAAN */
} phase;

typedef struct plan {
	phase ph[MAX_PHASES];
	int nph;
	int niet_nodig;
	int nsb;
	int sb_maanden[MAX_STARTBANEN];
	int af;             /* 0, AFSLUITING_UITVAL, AFSLUITING_EINDE */
	int af_after_sb;    /* the einde follows a startbaan */
} plan;

/* Draw a plan in which a phase of kind `target` exists (target <= 0: any). */
void demo_plan_make(rng *r, int target, int special, plan *p);
/* Offset (days after the instroom) of a day inside a phase of kind target. */
int demo_plan_anchor(rng *r, const plan *p, int target, int special);
/* Absolute span [*s, *e] of the phases matching (kind, rec), *e = CDATE_NONE
 * when the last piece is open-ended.  Returns 0 when there is none. */
int demo_plan_span(const plan *p, int kind, int rec, cdate I, cdate *s, cdate *e);

typedef struct pipdates {
	cdate ins;          /* inschrijving, CDATE_NONE = not yet (azc) */
	cdate pip;          /* PIP vastgesteld (may lie after today) */
	cdate einde_inb;    /* inburgering afgerond <= today, else NONE */
} pipdates;

typedef struct pstep {
	int stap;
	cdate datum;
	int reden;
	const char *resultaat;      /* static text or NULL */
	double uren;
} pstep;

typedef struct psteps {
	pstep s[32];
	int n;
} psteps;

/* The day d for which the leerroute window (day after d + 18 months)
 * closes 1..30 days after today. */
cdate demo_leerroute_pip(cdate today);
/* Plan the PIP steps of a client from pd->ins on (sorted by date). */
void demo_pip_plan(rng *r, cdate today, int programma, int uitkering, int pf,
		   pipdates *pd, psteps *ps);

/* --- the run (demo.c) and one client (demo_client.c) ------------------------ */

typedef struct emp {
	int64_t id;
	int sector;
} emp;

typedef struct demo_ctx {
	casus_db *db;
	cdate today, P;
	uint64_t seed;
	int n;
	int64_t cons_id[NELEM(CONSULTANTS) + 1];
	const char *cons_login[NELEM(CONSULTANTS) + 1];
	int ncons;              /* active ones first, then the one who left */
	int own;                /* index of db->user's consultant */
	int gone;               /* index of the consultant who left */
	emp *emps;              /* owned */
	size_t nemp;
	uint64_t kn_ctr, bsn_ctr;
	uint64_t kn_base, bsn_base;
	valerr ve;
} demo_ctx;

/* Record a failed save of `what` in db->errmsg (with the validation
 * errors); returns rc. */
int demo_fail(demo_ctx *x, int rc, const char *what);
/* Next klantnummer / BSN from their permutations (caller frees). */
char *demo_next_klantnummer(demo_ctx *x);
char *demo_next_bsn(demo_ctx *x);
/* An active consultant (never the one who left). */
int demo_pick_consultant(rng *r, const demo_ctx *x);
/* Client number idx (0-based) with all records; forced = a fixed scenario
 * or NULL.  Returns CASUS_*. */
int demo_client(demo_ctx *x, int idx, const scenario *forced);

/* --- the inburgering rules on view (demo_rules.c) --------------------------- */

#define DEMO_SHOWCASE_MIN 100   /* from this size on the last clients are ... */
#define DEMO_NSHOWCASE 14       /* ... this many fixed cases of the rules */
/* Showcase client k (0-based) with its PIP steps.  Returns CASUS_*. */
int demo_showcase(demo_ctx *x, int k);

#endif
