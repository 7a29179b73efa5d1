/* record.h - one description per record type (the model of htop's
 * Process_fields[]): per field its SQL column, the C member it lives in, the
 * Dutch label the user sees, its kind, how it is stored, whether it is
 * required, its limits and flags.
 *
 * Everything that used to list a record's fields by hand derives from here:
 * the store's column lists and binding (store*.c), the audit triggers
 * (generated SQL, record_audit.c), the generic validation (validate.c), the
 * history labels and code columns (caseload.c), and - for the engineers of
 * the import, forms and card - header recognition, form fields and card rows.
 *
 * RECORD_FIELDS is the one list.  Each entry:
 *   X(ID, rec, member, KIND, STORE, vocab, "Label", flags, min, max)
 * - ID: the field's short name; the enum value is FLD_<ID>.
 * - rec: the C struct of model.h (also gives REC_*, see below); the SQL
 *   column is the member's name (every column is named as its member).
 * - KIND: FK_<KIND>, what the value means (field_kind).
 * - STORE: FS_<STORE>, how the C value maps to the column (field_store).
 * - vocab: VOCAB_* for FK_CODE, NOVOC otherwise (and for a code whose
 *   vocabulary depends on another field, see FLD_AF_REDEN).
 * - flags: RF_* or 0.
 * - min, max: text: max = maximum length in bytes (0 = not checked); count
 *   and year: the allowed range (max 0 = no upper limit; for FK_YEAR max 0 =
 *   this year); hours: max hours per week.
 * The order within a record is the column order: the store's column lists
 * and the audit JSON keys ("id", columns..., "version") follow it, so a new
 * field goes at the end of its record.
 *
 * Ids are stable only within one build: never store them, store columns. */
#ifndef CASUS_RECORD_H
#define CASUS_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "model.h"
#include "vocab.h"

struct valerr;

/* The record types, in the order of their descriptions. */
#define RECORD_TYPES(X) \
	X(CONSULTANT, consultant, "consultant", "Consulent") \
	X(CLIENT, client, "client", "Klantgegevens") \
	X(PIP, pip_step, "pip_step", "PIP-stap") \
	X(VOORTRAJECT, voortraject, "voortraject", "Voortraject") \
	X(ACTIVITEIT, activiteit, "activiteit", "Activiteit") \
	X(EMPLOYER, employer, "employer", "Werkgever") \
	X(STARTBAAN, startbaan, "startbaan", "Startbaan") \
	X(ONHOLD, onhold, "onhold", "On hold") \
	X(AFSLUITING, afsluiting, "afsluiting", "Uitval/einde") \
	X(JOURNAL, journal, "journal", "Journaalregel") \
	X(HANDOVER, handover, "handover", "Overdracht")

typedef enum rec_type {
#define REC_ENUM(id, type, table, label) REC_##id,
	RECORD_TYPES(REC_ENUM)
#undef REC_ENUM
	REC_COUNT
} rec_type;

/* What a value means (and so how forms, import and card treat it). */
typedef enum field_kind {
	FK_TEXT,      /* one line of text (no newline, no invisible characters) */
	FK_NOTE,      /* long text, newlines allowed */
	FK_BSN,       /* burgerservicenummer: 9 digits, elfproef */
	FK_DATE,      /* a day (cdate) */
	FK_MOMENT,    /* "jjjj-mm-dd uu:mm" text */
	FK_YEAR,      /* a year; 0 = unknown */
	FK_COUNT,     /* a whole number; -1 = unknown */
	FK_HOURS,     /* hours per week, 0 < h <= max; -1 = unknown */
	FK_DECIMAL,   /* a number >= 0 with a decimal comma; -1 = unknown */
	FK_CODE,      /* a code of vocabulary `voc` (0 = Onbekend) */
	FK_FLAG,      /* 1 = yes, 0 = no; shown as ja/nee */
	FK_REF        /* the id of another record; 0 = none */
} field_kind;

/* How the C member maps to its column (NULL = unknown). */
typedef enum field_store {
	FS_TEXT,      /* char *; NULL or "" stored as NULL */
	FS_INT,       /* int, stored as is */
	FS_INT_NEG,   /* int; -1 (any negative) stored as NULL */
	FS_INT_ZERO,  /* int; 0 stored as NULL */
	FS_DATE,      /* cdate; CDATE_NONE stored as NULL, else 'jjjj-mm-dd' */
	FS_REAL,      /* double; negative stored as NULL */
	FS_ID         /* int64_t; 0 stored as NULL */
} field_store;

/* Field flags. */
enum {
	RF_REQUIRED = 1 << 0,  /* must be filled in (code: must not be Onbekend) */
	RF_IDENT = 1 << 1,     /* identifies the person: scrubbed on erasure */
	RF_UNIQUE = 1 << 2,    /* unique over the table (checked by the store) */
	RF_NOFORM = 1 << 3,    /* set by casus, not typed in a form or import */
	RF_ONELINE = 1 << 4,   /* one line (every FK_TEXT/FK_MOMENT has it) */
	RF_SOMETIMES = 1 << 5  /* means something only for some records
				* (record_field_applies): a form shows it
				* for those, or when it holds a value */
};

#define NOVOC (-1)

/* The fields of all records.  Keep in column order within a record. */
#define RECORD_FIELDS(X) \
	X(CS_NAAM, consultant, naam, TEXT, TEXT, NOVOC, "Naam", RF_REQUIRED | RF_ONELINE, 0, 0) \
	X(CS_LOGIN, consultant, login, TEXT, TEXT, NOVOC, "Inlognaam", RF_REQUIRED | RF_UNIQUE | RF_ONELINE, 0, 0) \
	X(CS_ACTIEF, consultant, actief, FLAG, INT, NOVOC, "Actief", 0, 0, 1) \
	\
	X(KL_NUMMER, client, klantnummer, TEXT, TEXT, NOVOC, "Klantnummer", RF_REQUIRED | RF_UNIQUE | RF_ONELINE, 0, 40) \
	X(KL_BSN, client, bsn, BSN, TEXT, NOVOC, "BSN", RF_IDENT | RF_UNIQUE | RF_ONELINE, 0, 9) \
	X(KL_VOORNAAM, client, voornaam, TEXT, TEXT, NOVOC, "Voornaam", RF_IDENT | RF_ONELINE, 0, 200) \
	X(KL_ACHTERNAAM, client, achternaam, TEXT, TEXT, NOVOC, "Achternaam", RF_IDENT | RF_ONELINE, 0, 200) \
	X(KL_GEBDATUM, client, geboortedatum, DATE, DATE, NOVOC, "Geboortedatum", RF_IDENT, 0, 0) \
	X(KL_GEBJAAR, client, geboortejaar, YEAR, INT_ZERO, NOVOC, "Geboortejaar", RF_IDENT, 1900, 0) \
	X(KL_TELEFOON, client, telefoon, TEXT, TEXT, NOVOC, "Telefoon", RF_IDENT | RF_ONELINE, 0, 200) \
	X(KL_EMAIL, client, email, TEXT, TEXT, NOVOC, "E-mail", RF_IDENT | RF_ONELINE, 0, 200) \
	X(KL_ADRES, client, adres, TEXT, TEXT, NOVOC, "Adres", RF_IDENT | RF_ONELINE, 0, 200) \
	X(KL_LAND, client, land_herkomst, TEXT, TEXT, NOVOC, "Land van herkomst", RF_ONELINE, 0, 200) \
	X(KL_TALEN, client, talen, TEXT, TEXT, NOVOC, "Talen", RF_ONELINE, 0, 200) \
	X(KL_REGIE, client, regiehouder_id, REF, ID, NOVOC, "Regiehouder", 0, 0, 0) \
	X(KL_DEELNEMER, client, startbanen, FLAG, INT, NOVOC, "Deelnemer startbanen", 0, 0, 1) \
	X(KL_DEELNAME, client, deelname, CODE, INT, VOCAB_DEELNAME, "Deelname", 0, 0, 0) \
	X(KL_INSTROOM, client, datum_instroom, DATE, DATE, NOVOC, "Datum instroom", 0, 0, 0) \
	X(KL_GESLACHT, client, geslacht, CODE, INT, VOCAB_GESLACHT, "Geslacht", 0, 0, 0) \
	X(KL_TAAL, client, taalniveau, CODE, INT, VOCAB_TAALNIVEAU, "Taalniveau bij instroom", 0, 0, 0) \
	X(KL_ENGELS, client, engels, CODE, INT, VOCAB_JANEE, "Engels", 0, 0, 0) \
	X(KL_OPLEIDING, client, opleiding, CODE, INT, VOCAB_OPLEIDING, "Opleiding", 0, 0, 0) \
	X(KL_BAAN, client, baan_bij_instroom, CODE, INT, VOCAB_BAAN_BIJ_INSTROOM, "Baan bij instroom", 0, 0, 0) \
	X(KL_VERGUNNING, client, datum_verblijfsvergunning, DATE, DATE, NOVOC, "Datum verblijfsvergunning", 0, 0, 0) \
	X(KL_GEZIN, client, gezinssituatie, CODE, INT, VOCAB_GEZINSSITUATIE, "Gezinssituatie", 0, 0, 0) \
	X(KL_KINDEREN, client, aantal_kinderen, COUNT, INT_NEG, NOVOC, "Aantal kinderen in NL", 0, 0, 29) \
	X(KL_VERBLIJF, client, verblijfssituatie, CODE, INT, VOCAB_VERBLIJFSSITUATIE, "Verblijfssituatie", 0, 0, 0) \
	X(KL_VERVOER, client, vervoer, CODE, INT, VOCAB_VERVOER, "Vervoer", 0, 0, 0) \
	X(KL_RIJBEWIJS, client, rijbewijs, CODE, INT, VOCAB_JANEE, "Rijbewijs", 0, 0, 0) \
	X(KL_PROGRAMMA, client, inburgeringsprogramma, CODE, INT, VOCAB_INBURGERINGSPROGRAMMA, "Inburgeringsprogramma", 0, 0, 0) \
	X(KL_UITKERING, client, uitkering, CODE, INT, VOCAB_JANEE, "Uitkering", 0, 0, 0) \
	X(KL_INB_START, client, start_inburgering, DATE, DATE, NOVOC, "Startdatum inburgering", 0, 0, 0) \
	X(KL_INB_EINDE, client, einde_inburgering, DATE, DATE, NOVOC, "Einddatum inburgering", 0, 0, 0) \
	X(KL_VT_NIET, client, voortraject_niet_nodig, FLAG, INT, NOVOC, "Voortraject niet nodig", 0, 0, 1) \
	X(KL_TOLK, client, tolk_nodig, CODE, INT, VOCAB_JANEE, "Tolk nodig", 0, 0, 0) \
	X(KL_DOELGROEP, client, doelgroep, CODE, INT, VOCAB_DOELGROEP, "Doelgroep", 0, 0, 0) \
	X(KL_REGIME, client, regime, CODE, INT, VOCAB_REGIME, "Regime", 0, 0, 0) \
	\
	X(PIP_CLIENT, pip_step, client_id, REF, ID, NOVOC, "Klant", RF_REQUIRED | RF_NOFORM, 0, 0) \
	X(PIP_STAP, pip_step, stap, CODE, INT, VOCAB_PIP_STAP, "Stap", RF_REQUIRED, 0, 0) \
	X(PIP_DATUM, pip_step, datum, DATE, DATE, NOVOC, "Datum", RF_REQUIRED, 0, 0) \
	X(PIP_STATUS, pip_step, status, CODE, INT, VOCAB_PIP_STATUS, "Status", RF_REQUIRED, 0, 0) \
	X(PIP_REDEN, pip_step, reden, CODE, INT, VOCAB_PIP_REDEN, "Reden wijziging", RF_SOMETIMES, 0, 0) \
	X(PIP_RESULTAAT, pip_step, resultaat, TEXT, TEXT, NOVOC, "Resultaat", RF_ONELINE | RF_SOMETIMES, 0, 200) \
	X(PIP_UREN, pip_step, uren, DECIMAL, REAL, NOVOC, "Uren", RF_SOMETIMES, 0, 0) \
	X(PIP_NOTITIE, pip_step, notitie, NOTE, TEXT, NOVOC, "Notitie", 0, 0, 4000) \
	X(PIP_EINDDATUM, pip_step, einddatum, DATE, DATE, NOVOC, "Einddatum", RF_SOMETIMES, 0, 0) \
	\
	X(VT_CLIENT, voortraject, client_id, REF, ID, NOVOC, "Klant", RF_REQUIRED | RF_NOFORM, 0, 0) \
	X(VT_START, voortraject, start, DATE, DATE, NOVOC, "Startdatum", RF_REQUIRED, 0, 0) \
	X(VT_EINDE, voortraject, einde, DATE, DATE, NOVOC, "Einddatum", 0, 0, 0) \
	X(VT_SOORT, voortraject, soort, CODE, INT, VOCAB_SOORT_VOORTRAJECT, "Soort voortraject", 0, 0, 0) \
	X(VT_NOTITIE, voortraject, notitie, NOTE, TEXT, NOVOC, "Notitie", 0, 0, 4000) \
	\
	X(ACT_VT, activiteit, voortraject_id, REF, ID, NOVOC, "Voortraject", RF_REQUIRED | RF_NOFORM, 0, 0) \
	X(ACT_SOORT, activiteit, soort, CODE, INT, VOCAB_ACTIVITEIT, "Activiteit", RF_REQUIRED, 0, 0) \
	X(ACT_AANBIEDER, activiteit, aanbieder, TEXT, TEXT, NOVOC, "Aanbieder", RF_ONELINE, 0, 200) \
	X(ACT_START, activiteit, start, DATE, DATE, NOVOC, "Startdatum", RF_REQUIRED, 0, 0) \
	X(ACT_EINDE, activiteit, einde, DATE, DATE, NOVOC, "Einddatum", 0, 0, 0) \
	X(ACT_UREN, activiteit, uren_per_week, HOURS, REAL, NOVOC, "Uren per week", 0, 0, 40) \
	\
	X(WG_NAAM, employer, naam, TEXT, TEXT, NOVOC, "Naam", RF_REQUIRED | RF_UNIQUE | RF_ONELINE, 0, 200) \
	X(WG_CONTACT, employer, contactpersoon, TEXT, TEXT, NOVOC, "Contactpersoon", RF_ONELINE, 0, 200) \
	X(WG_TELEFOON, employer, telefoon, TEXT, TEXT, NOVOC, "Telefoon", RF_ONELINE, 0, 200) \
	X(WG_EMAIL, employer, email, TEXT, TEXT, NOVOC, "E-mail", RF_ONELINE, 0, 200) \
	X(WG_SECTOR, employer, sector, CODE, INT, VOCAB_SECTOR, "Sector", 0, 0, 0) \
	X(WG_OMVANG, employer, omvang, CODE, INT, VOCAB_OMVANG_VESTIGING, "Omvang vestiging", 0, 0, 0) \
	X(WG_ERVARING, employer, ervaring, CODE, INT, VOCAB_JANEE, "Ervaring met statushouders", 0, 0, 0) \
	\
	X(SB_CLIENT, startbaan, client_id, REF, ID, NOVOC, "Klant", RF_REQUIRED | RF_NOFORM, 0, 0) \
	X(SB_WERKGEVER, startbaan, employer_id, REF, ID, NOVOC, "Werkgever", 0, 0, 0) \
	X(SB_SOORT, startbaan, soort, CODE, INT, VOCAB_SOORT_STARTBAAN, "Soort startbaan", 0, 0, 0) \
	X(SB_HOE, startbaan, hoe_gekregen, CODE, INT, VOCAB_HOE_GEKREGEN, "Hoe gekregen", 0, 0, 0) \
	X(SB_FUNCTIE, startbaan, functie, TEXT, TEXT, NOVOC, "Functie", RF_ONELINE, 0, 200) \
	X(SB_START, startbaan, start, DATE, DATE, NOVOC, "Startdatum", RF_REQUIRED, 0, 0) \
	X(SB_EINDE, startbaan, einde, DATE, DATE, NOVOC, "Einddatum", 0, 0, 0) \
	X(SB_MAANDEN, startbaan, maanden, COUNT, INT_NEG, NOVOC, "Duur overeenkomst (maanden)", 0, 1, 0) \
	X(SB_URENAFSPRAAK, startbaan, urenafspraak, CODE, INT, VOCAB_URENAFSPRAAK, "Urenafspraak", 0, 0, 0) \
	X(SB_UREN, startbaan, uren, HOURS, REAL, NOVOC, "Uren per week", 0, 0, 40) \
	X(SB_LKS, startbaan, loonkostensubsidie, CODE, INT, VOCAB_JANEE, "Loonkostensubsidie", 0, 0, 0) \
	X(SB_WERKCOACH, startbaan, werkcoach, CODE, INT, VOCAB_JANEE, "Werkcoach", 0, 0, 0) \
	X(SB_JOBCOACH, startbaan, jobcoach, CODE, INT, VOCAB_JANEE, "Jobcoach", 0, 0, 0) \
	X(SB_HARRIE, startbaan, harrie, CODE, INT, VOCAB_JANEE, "HARRIE-training", 0, 0, 0) \
	X(SB_SOORT_WG, startbaan, soort_werkgever, CODE, INT, VOCAB_SOORT_WERKGEVER, "Soort werkgever", 0, 0, 0) \
	\
	X(OH_CLIENT, onhold, client_id, REF, ID, NOVOC, "Klant", RF_REQUIRED | RF_NOFORM, 0, 0) \
	X(OH_START, onhold, start, DATE, DATE, NOVOC, "Startdatum", RF_REQUIRED, 0, 0) \
	X(OH_EINDE, onhold, einde, DATE, DATE, NOVOC, "Einddatum", 0, 0, 0) \
	X(OH_REDEN, onhold, reden, CODE, INT, VOCAB_REDEN_ON_HOLD, "Reden on hold", 0, 0, 0) \
	\
	X(AF_CLIENT, afsluiting, client_id, REF, ID, NOVOC, "Klant", RF_REQUIRED | RF_NOFORM | RF_UNIQUE, 0, 0) \
	X(AF_SOORT, afsluiting, soort, CODE, INT, VOCAB_AFSLUITING, "Soort", RF_REQUIRED, 0, 0) \
	X(AF_DATUM, afsluiting, datum, DATE, DATE, NOVOC, "Datum", RF_REQUIRED, 0, 0) \
	X(AF_REDEN, afsluiting, reden, CODE, INT, NOVOC, "Reden", 0, 0, 0) \
	\
	X(JR_CLIENT, journal, client_id, REF, ID, NOVOC, "Klant", RF_REQUIRED | RF_NOFORM, 0, 0) \
	X(JR_MOMENT, journal, moment, MOMENT, TEXT, NOVOC, "Datum en tijd", RF_REQUIRED | RF_ONELINE, 0, 16) \
	X(JR_SOORT, journal, soort, CODE, INT, VOCAB_JOURNAAL_SOORT, "Soort contact", 0, 0, 0) \
	X(JR_TOLK, journal, tolk, CODE, INT, VOCAB_JANEE, "Tolk", 0, 0, 0) \
	X(JR_SAMENVATTING, journal, samenvatting, NOTE, TEXT, NOVOC, "Samenvatting", RF_REQUIRED, 0, 4000) \
	X(JR_VOLGENDE, journal, volgende_afspraak, DATE, DATE, NOVOC, "Volgende afspraak", 0, 0, 0) \
	X(JR_AUTEUR, journal, auteur, TEXT, TEXT, NOVOC, "Auteur", RF_NOFORM | RF_ONELINE, 0, 0) \
	\
	X(HO_CLIENT, handover, client_id, REF, ID, NOVOC, "Klant", RF_REQUIRED | RF_NOFORM, 0, 0) \
	X(HO_VAN, handover, van_id, REF, ID, NOVOC, "Van", RF_NOFORM, 0, 0) \
	X(HO_NAAR, handover, naar_id, REF, ID, NOVOC, "Naar", RF_REQUIRED, 0, 0) \
	X(HO_DATUM, handover, datum, DATE, DATE, NOVOC, "Datum", RF_REQUIRED, 0, 0) \
	X(HO_REDEN, handover, reden, TEXT, TEXT, NOVOC, "Reden", 0, 0, 0)

/* Field ids: FLD_NONE (0) is "not one field" (valerr_item.fid). */
typedef enum field_id {
	FLD_NONE = 0,
#define FLD_ENUM(id, rec, member, kind, store, voc, label, flags, min, max) FLD_##id,
	RECORD_FIELDS(FLD_ENUM)
#undef FLD_ENUM
	FLD_COUNT
} field_id;

typedef struct rec_field {
	field_id id;
	rec_type rec;
	const char *col;       /* SQL column (= C member name) */
	size_t off;            /* offsetof the member in the record's struct */
	field_kind kind;
	field_store store;
	int voc;               /* vocab_id for FK_CODE, NOVOC otherwise */
	const char *label;     /* Dutch label, as in forms, import and messages */
	unsigned flags;        /* RF_* */
	int min, max;          /* limits, see RECORD_FIELDS */
} rec_field;

typedef struct rec_desc {
	rec_type rec;
	const char *table;      /* SQL table */
	const char *label;      /* Dutch name of the record ("Startbaan") */
	size_t size;            /* sizeof the struct */
	size_t id_off;          /* offsetof id (int64_t) */
	size_t version_off;     /* offsetof version (int), REC_NO_VERSION if none */
	const rec_field *fields;/* in column order */
	size_t nfields;
	/* Which client a row belongs to, for the audit: a column of the row
	 * ("id" for the client itself, "client_id"), or through the parent
	 * record's client_id (parent_col names the reference), or neither. */
	const char *client_col;
	rec_type parent;        /* REC_COUNT when none */
	const char *parent_col;
} rec_desc;

#define REC_NO_VERSION ((size_t)-1)

/* The description of a record type (never NULL for rec < REC_COUNT). */
const rec_desc *record_desc(rec_type rec);
/* A record by its SQL table name, or NULL. */
const rec_desc *record_desc_by_table(const char *table);
/* A field by id; NULL for FLD_NONE or out of range. */
const rec_field *record_field(field_id fid);
/* A field of rec by SQL column, or NULL. */
const rec_field *record_field_by_col(rec_type rec, const char *col);
/* A field of rec by label, ignoring case (also of non-ASCII letters such
 * as Ó) and blanks around and between words, as import headers are
 * typed; NULL when none. */
const rec_field *record_field_by_label(rec_type rec, const char *label);
/* The label of a field ("" for FLD_NONE). */
const char *record_label(field_id fid);
/* Does field f mean something for rec (a struct of f's record type)?
 * 1 for every field without RF_SOMETIMES; a PIP step's Einddatum is DUO's
 * einddatum of "Einddatum DUO vastgelegd" and "Termijn verlengd (DUO)" and
 * the end of a "Besluit ontzorgen" (signals.c), its Reden that of "PIP
 * gewijzigd", its Resultaat that of the leerbaarheidstoets and its Uren
 * the praktijkuren of the MAP (gestart, afgerond); nothing for other
 * steps. */
int record_field_applies(const rec_field *f, const void *rec);

/* The C type of a field's member follows from its storage. */
int rec_field_is_text(const rec_field *f);      /* char * */

/* A fresh record of type rec with every unknown set (model.h's *_init),
 * and freeing one (model.h's *_clear: leaves it zeroed).  r points to a
 * struct of record_desc(rec)->size bytes. */
void rec_init(rec_type rec, void *r);
void rec_clear(rec_type rec, void *r);

/* --- values --------------------------------------------------------------- */

/* Typed access.  The getters read the member as its storage says; the
 * setters write it (rec_set_str copies s, freeing the old string). */
const char *rec_get_str(const rec_field *f, const void *rec);
int64_t rec_get_int(const rec_field *f, const void *rec);   /* int, id, cdate */
double rec_get_real(const rec_field *f, const void *rec);
void rec_set_str(const rec_field *f, void *rec, const char *s);
void rec_set_int(const rec_field *f, void *rec, int64_t v);
void rec_set_real(const rec_field *f, void *rec, double v);
/* Is the value unknown (stored as NULL)?  Codes: 0 is known as Onbekend
 * and not NULL, as in the database. */
int rec_is_null(const rec_field *f, const void *rec);
/* Set the field to its unknown value (NULL text, -1, 0, CDATE_NONE...). */
void rec_set_null(const rec_field *f, void *rec);

/* The value as the user reads it (caller frees): text as is, dates
 * dd-mm-jjjj, codes as their vocabulary label, flags "ja"/"nee", numbers
 * with a decimal comma, ids as digits; "" when unknown. */
char *rec_get_text(const rec_field *f, const void *rec);
/* The value as stored in a CSV dump or the audit JSON: text as is, dates
 * jjjj-mm-dd, numbers and codes as digits (decimal point); NULL when the
 * column would be NULL.  Caller frees. */
char *rec_get_raw(const rec_field *f, const void *rec);
/* Parse text typed by a user or read from an import cell into the field:
 * the inverse of rec_get_text (codes by label, case-insensitive; flags
 * ja/nee; dates as cdate_parse reads them).  Empty text sets the unknown
 * value (for a flag: 0).  On a problem adds "Label: message" to e (may be
 * NULL), leaves the member unchanged and returns -1; 0 on success. */
int rec_set_text(const rec_field *f, void *rec, const char *text, struct valerr *e);

/* --- the audit triggers ---------------------------------------------------- */

/* SQL that drops and creates the audit triggers of every described table
 * (record_audit.c); the migration runner applies it after the migrations
 * (record_audit_apply, src/core/db_int.h).  Caller frees. */
char *record_audit_sql(void);

#endif
