/* vocab.h - the controlled vocabularies of registration-form.md and
 * domain.md, kept as data (src/core/vocab.c): per vocabulary a list of
 * (code, exact label) in display order.
 *
 * Codes are what the database stores.  Code 0 is always "Onbekend" (also for
 * a NULL column); the other labels have codes 1..n in the order of the spec,
 * and a code never changes meaning once released (new labels get new codes).
 * Display order is the order of the entries array (Onbekend last, as in the
 * spec).  A vocabulary without Onbekend (activiteit) simply has no code 0. */
#ifndef CASUS_VOCAB_H
#define CASUS_VOCAB_H

#include <stddef.h>

/* X(ID, name) - name is the machine name used in settings and CSV errors. */
#define VOCAB_LIST(X) \
	X(DEELNAME, "deelname") \
	X(GESLACHT, "geslacht") \
	X(LEEFTIJDSGROEP, "leeftijdsgroep") \
	X(OPLEIDING, "opleiding") \
	X(PERIODE, "periode") \
	X(BAAN_BIJ_INSTROOM, "baan bij instroom") \
	X(TAALNIVEAU, "taalniveau") \
	X(JANEE, "ja/nee") \
	X(GEZINSSITUATIE, "gezinssituatie") \
	X(AANTAL_KINDEREN, "aantal kinderen") \
	X(VERBLIJFSSITUATIE, "verblijfssituatie") \
	X(VERVOER, "vervoer") \
	X(INBURGERINGSPROGRAMMA, "inburgeringsprogramma") \
	X(STATUS_INBURGERING, "status inburgering") \
	X(SITUATIE, "situatie peildatum") \
	X(SOORT_VOORTRAJECT, "soort voortraject") \
	X(ACTIVITEIT, "activiteit voortraject") \
	X(DUUR_VOORTRAJECT, "duur voortraject") \
	X(SOORT_STARTBAAN, "soort startbaan") \
	X(HOE_GEKREGEN, "hoe gekregen") \
	X(DUUR_OVEREENKOMST, "duur overeenkomst") \
	X(URENAFSPRAAK, "urenafspraak") \
	X(UREN_PER_WEEK, "uren per week") \
	X(SOORT_WERKGEVER, "soort werkgever") \
	X(SECTOR, "sector") \
	X(OMVANG_VESTIGING, "omvang vestiging") \
	X(FASE_ON_HOLD, "fase on hold") \
	X(DUUR_ON_HOLD, "duur on hold") \
	X(REDEN_ON_HOLD, "reden on hold") \
	X(REDEN_UITVAL, "reden uitval") \
	X(REDEN_EINDE, "reden einde") \
	X(ON_HOLD_GEWEEST, "on hold geweest") \
	X(PIP_STAP, "PIP-stap") \
	X(PIP_STATUS, "status PIP-stap") \
	X(PIP_REDEN, "reden PIP-wijziging") \
	X(JOURNAAL_SOORT, "soort contact") \
	X(AFSLUITING, "uitval/einde") \
	X(AANTAL_STARTBANEN, "aantal startbanen") \
	X(DOELGROEP, "doelgroep") \
	X(REGIME, "regime")

typedef enum {
#define VOCAB_ENUM(id, name) VOCAB_##id,
	VOCAB_LIST(VOCAB_ENUM)
#undef VOCAB_ENUM
	VOCAB__COUNT
} vocab_id;

typedef struct vocab_entry {
	int code;
	const char *label;
} vocab_entry;

typedef struct vocab {
	const char *name;          /* machine name, from VOCAB_LIST */
	int has_onbekend;          /* has code 0 */
	size_t n;                  /* number of entries, Onbekend included */
	const vocab_entry *entries;/* display order */
} vocab;

#define VOCAB_ONBEKEND 0

const vocab *vocab_get(vocab_id id);
/* Label of a code; unknown codes and 0 give "Onbekend". Static string. */
const char *vocab_label(vocab_id id, int code);
/* Position of a code in display order, or -1. */
int vocab_index(vocab_id id, int code);
/* Look a label up: case-insensitive (also for non-ASCII letters such as
 * Vóór), surrounding blanks ignored.  Empty text gives code 0 when the
 * vocabulary has Onbekend.  Returns 0 on success, -1 when not found. */
int vocab_lookup(vocab_id id, const char *text, int *code);
/* "Verplicht, Vrijwillig, Onbekend" - the allowed labels, for messages.
 * Caller frees. */
char *vocab_allowed(vocab_id id);

/* Codes used by the core's logic (the values in vocab.c must match). */
enum { JANEE_JA = 1, JANEE_NEE = 2 };
enum { DEELNAME_VERPLICHT = 1, DEELNAME_VRIJWILLIG = 2 };
enum { INBURG_B1 = 1, INBURG_ZROUTE = 2, INBURG_ONDERWIJS = 3, INBURG_NIET_TOEGEKEND = 4 };
enum { STATUS_NOG_NIET = 1, STATUS_GESTART = 2, STATUS_ON_HOLD = 3, STATUS_AFGEROND = 4 };
enum {
	SIT_NOG_VOORTRAJECT = 1, SIT_VOORTRAJECT = 2, SIT_BEMIDDELING = 3,
	SIT_STARTBAAN = 4, SIT_ON_HOLD = 5, SIT_UITVAL = 6, SIT_EINDE = 7
};
enum {
	DUURVT_BEZIG = 1, DUURVT_MINDER_30 = 2, DUURVT_30_59 = 3, DUURVT_60_89 = 4,
	DUURVT_90_PLUS = 5
};
enum { LEEFTIJD_ONDER_25 = 1, LEEFTIJD_25_44 = 2, LEEFTIJD_45_64 = 3, LEEFTIJD_65_PLUS = 4 };
enum { PERIODE_VOOR_2018 = 1, PERIODE_2018_2021 = 2, PERIODE_VANAF_2022 = 3 };
enum { KINDEREN_0 = 1, KINDEREN_1, KINDEREN_2, KINDEREN_3, KINDEREN_MEER_DAN_3 };
enum { DUUROVK_1_6 = 1, DUUROVK_7_12, DUUROVK_13_24, DUUROVK_25_PLUS };
enum { UREN_0_16 = 1, UREN_17_24, UREN_25_32, UREN_33_40 };
enum { FASE_TUSSEN = 1, FASE_VOORTRAJECT, FASE_BEMIDDELING, FASE_STARTBAAN };
enum { DUUROH_0_3 = 1, DUUROH_4_6, DUUROH_7_12, DUUROH_13_PLUS };
enum { ONHOLD_GEWEEST_JA = 1, ONHOLD_GEWEEST_NEE = 2 }; /* "Ja (nu of eerder)", "Nee" */
enum { AFSLUITING_UITVAL = 1, AFSLUITING_EINDE = 2 };   /* no Onbekend */
enum { PIPREDEN_LEERROUTE = 1, PIPREDEN_AFSCHALEN = 2 };  /* reden PIP gewijzigd */
enum { PIPSTATUS_GEPLAND = 1, PIPSTATUS_GEDAAN = 2, PIPSTATUS_VERVALLEN = 3 }; /* no Onbekend */
/* Aantal startbanen (Tabel 4): Geen, 1, 2, 3, Meer dan 3, Onbekend. */
enum { NSTARTBANEN_GEEN = 1, NSTARTBANEN_1, NSTARTBANEN_2, NSTARTBANEN_3, NSTARTBANEN_MEER };
enum { DOELGROEP_ASIEL = 1, DOELGROEP_GEZIN = 2, DOELGROEP_OVERIG = 3 };
enum { REGIME_WI2021 = 1, REGIME_WI2013 = 2 };
/* Activiteit voortraject: the registration's eight (1..8, Anders last) and
 * two of casus's own, which the registration counts under Anders. */
enum {
	ACTIVITEIT_VRIJWILLIGERSWERK = 1, ACTIVITEIT_TAALSTAGE = 4, ACTIVITEIT_TRAINING = 6,
	ACTIVITEIT_ANDERS = 8, ACTIVITEIT_MAATJE = 9, ACTIVITEIT_NETWERK = 10
};
/* Soort contact of a journal line. */
enum {
	JOURNAAL_GESPREK = 1, JOURNAAL_SPREEKUUR, JOURNAAL_TELEFONISCH, JOURNAAL_HUISBEZOEK,
	JOURNAAL_VIDEO, JOURNAAL_EMAIL, JOURNAAL_KETENOVERLEG
};
/* PIP steps of domain.md, no Onbekend. */
enum {
	PIP_KOPPELING = 1, PIP_INSCHRIJVING, PIP_INTAKE_GESTART, PIP_INTAKE_AFGEROND,
	PIP_LBT, PIP_VASTGESTELD, PIP_GEWIJZIGD, PIP_VOORTGANGSGESPREK,
	PIP_MAP_GESTART, PIP_MAP_AFGEROND, PIP_PVT_AFGEROND, PIP_KNM,
	PIP_EINDGESPREK_Z, PIP_ONTZORGEN_START, PIP_ONTZORGEN_EINDE,
	PIP_INBURGERING_AFGEROND,
	/* issue 15: DUO's decisions, the ontzorgen decision, the language offer */
	PIP_TERMIJN_VERLENGD, PIP_EINDDATUM_DUO, PIP_ONTHEFFING, PIP_BESLUIT_ONTZORGEN,
	PIP_TAALAANBOD
};

#endif
