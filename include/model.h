/* model.h - the records a consultant keeps, as plain C structs.
 *
 * Category fields hold vocabulary codes (vocab.h; 0 = Onbekend).  Dates are
 * cdate (CDATE_NONE = not recorded).  Unknown counts/numbers are -1.
 * Every record has `id` (0 = not yet stored) and `version` (row version for
 * conflict detection; the store bumps it on each update).
 *
 * Ownership: char* fields are heap strings owned by the struct; free a
 * record with its *_clear() function (which leaves it zeroed), a casefile with
 * casefile_free(). */
#ifndef CASUS_MODEL_H
#define CASUS_MODEL_H

#include <stdint.h>
#include <stddef.h>
#include "date.h"

typedef struct consultant {
	int64_t id;
	char *naam;        /* display name, e.g. "Sanne de Vries" */
	char *login;       /* unix user name or short code, unique */
	int actief;
	int version;
} consultant;

typedef struct client {
	int64_t id;
	char *klantnummer;     /* required, unique */
	char *bsn;             /* 9 digits or NULL */
	char *voornaam;
	char *achternaam;
	cdate geboortedatum;
	int geboortejaar;      /* 0 = unknown; kept in sync with geboortedatum */
	char *telefoon;
	char *email;
	char *adres;
	char *land_herkomst;
	char *talen;
	int64_t regiehouder_id;     /* consultant.id, 0 = none */
	/* startbanen regeling */
	int startbanen;             /* 1 = takes part (deelnemer), 0 = not */
	int deelname;               /* VOCAB_DEELNAME */
	cdate datum_instroom;
	/* participant characteristics (registration form sheets 2 and 3) */
	int geslacht, taalniveau, engels, opleiding, baan_bij_instroom;
	cdate datum_verblijfsvergunning;
	int gezinssituatie;
	int aantal_kinderen;        /* -1 = unknown */
	int verblijfssituatie, vervoer, rijbewijs, inburgeringsprogramma, uitkering;
	cdate start_inburgering;    /* start of the inburgeringstermijn */
	cdate einde_inburgering;    /* inburgering finished */
	int voortraject_niet_nodig; /* 1 = goes straight to bemiddeling */
	int tolk_nodig;             /* VOCAB_JANEE: appointments need an interpreter */
	int doelgroep;              /* VOCAB_DOELGROEP (asielstatushouder, ...) */
	int regime;                 /* VOCAB_REGIME: Wi2021 / Wi2013 */
	int version;
} client;

typedef struct pip_step {
	int64_t id, client_id;
	int stap;          /* VOCAB_PIP_STAP */
	cdate datum;
	int status;        /* VOCAB_PIP_STATUS */
	int reden;         /* VOCAB_PIP_REDEN, for PIP gewijzigd */
	char *resultaat;   /* leerbaarheidstoets result, free text */
	double uren;       /* MAP hours, -1 = none */
	char *notitie;
	int version;
	/* Termijn verlengd / Einddatum DUO vastgelegd: DUO's (new) einddatum;
	 * Besluit ontzorgen: continued until this date (CDATE_NONE = ended) */
	cdate einddatum;
} pip_step;

typedef struct activiteit {
	int64_t id, voortraject_id;
	int soort;         /* VOCAB_ACTIVITEIT */
	char *aanbieder;
	cdate start, einde;
	double uren_per_week; /* -1 = unknown */
	int version;
} activiteit;

typedef struct voortraject {
	int64_t id, client_id;
	cdate start, einde;
	int soort;         /* VOCAB_SOORT_VOORTRAJECT */
	char *notitie;
	int version;
	/* loaded with the casefile; owned */
	activiteit *act;
	size_t nact;
} voortraject;

typedef struct employer {
	int64_t id;
	char *naam;
	char *contactpersoon;
	char *telefoon;
	char *email;
	int sector;            /* VOCAB_SECTOR */
	int omvang;            /* VOCAB_OMVANG_VESTIGING */
	int ervaring;          /* VOCAB_JANEE: ervaring met statushouders */
	int version;
} employer;

typedef struct startbaan {
	int64_t id, client_id, employer_id;
	int soort;             /* VOCAB_SOORT_STARTBAAN */
	int hoe_gekregen;      /* VOCAB_HOE_GEKREGEN */
	char *functie;
	cdate start, einde;    /* einde may be planned (after today) */
	int maanden;           /* contract length, -1 = unknown */
	int urenafspraak;      /* VOCAB_URENAFSPRAAK */
	double uren;           /* hours per week, -1 = unknown */
	int loonkostensubsidie, werkcoach, jobcoach, harrie; /* VOCAB_JANEE */
	int soort_werkgever;   /* VOCAB_SOORT_WERKGEVER */
	int version;
	/* employer attributes copied in when loaded with a casefile */
	char *werkgever_naam;
	int sector, omvang, ervaring;
} startbaan;

typedef struct onhold {
	int64_t id, client_id;
	cdate start, einde;
	int reden;             /* VOCAB_REDEN_ON_HOLD */
	int version;
} onhold;

/* Uitval or einde: at most one per client. */
typedef struct afsluiting {
	int64_t id, client_id;
	int soort;             /* AFSLUITING_UITVAL / AFSLUITING_EINDE */
	cdate datum;
	int reden;             /* VOCAB_REDEN_UITVAL or VOCAB_REDEN_EINDE */
	int version;
} afsluiting;

typedef struct journal {
	int64_t id, client_id;
	char *moment;          /* "jjjj-mm-dd uu:mm" local time */
	int soort;             /* VOCAB_JOURNAAL_SOORT */
	int tolk;              /* VOCAB_JANEE: an interpreter took part */
	char *samenvatting;
	cdate volgende_afspraak;
	char *auteur;          /* who wrote it */
	int version;
} journal;

typedef struct handover {
	int64_t id, client_id;
	int64_t van_id, naar_id;   /* consultant ids; van 0 = first assignment */
	cdate datum;
	char *reden;
} handover;

/* Everything recorded about one client, as needed by the derivations,
 * signals, the client card and the export.  Arrays are sorted by date
 * (start/datum ascending, then id). */
typedef struct casefile {
	client c;
	pip_step *pip;       size_t npip;
	voortraject *vt;     size_t nvt;
	startbaan *sb;       size_t nsb;
	onhold *oh;          size_t noh;
	afsluiting *af;      size_t naf;     /* 0 or 1 */
	journal *jr;         size_t njr;     /* most recent last */
	handover *ho;        size_t nho;
	char *regiehouder_naam;              /* owned, may be NULL */
} casefile;

void consultant_clear(consultant *r);
void client_clear(client *r);
void pip_step_clear(pip_step *r);
void activiteit_clear(activiteit *r);
void voortraject_clear(voortraject *r);
void employer_clear(employer *r);
void startbaan_clear(startbaan *r);
void onhold_clear(onhold *r);
void afsluiting_clear(afsluiting *r);
void journal_clear(journal *r);
void handover_clear(handover *r);
void casefile_free(casefile *cf);   /* frees contents, zeroes *cf */

/* A fresh client / record with every unknown set as documented above
 * (codes 0, counts -1, hours -1). */
void client_init(client *c);
void pip_step_init(pip_step *r);
void activiteit_init(activiteit *r);
void voortraject_init(voortraject *r);
void employer_init(employer *r);
void startbaan_init(startbaan *r);
void onhold_init(onhold *r);
void afsluiting_init(afsluiting *r);
void journal_init(journal *r);

/* "Núñez, Ana" style display name (caller frees). */
char *client_display_name(const client *c);

#endif
