/* vocab.c - the controlled vocabularies as data (see vocab.h).
 *
 * The labels are copied byte-exact from registration-form.md ("Category
 * vocabularies (exact labels)") and domain.md (PIP steps, journal kinds).
 * Codes 1..n follow the order of the spec; 0 is Onbekend, listed last.
 * Codes are stored in the database: never renumber, only append. */
#include "config.h"

#include <string.h>

#include "util.h"
#include "vocab.h"

/* --- registration-form.md ------------------------------------------------ */
static const vocab_entry v_deelname[] = {
	{ 1, "Verplicht" },
	{ 2, "Vrijwillig" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_geslacht[] = {
	{ 1, "Man" },
	{ 2, "Vrouw" },
	{ 3, "Overig" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_leeftijdsgroep[] = {
	{ 1, "Jonger dan 25" },
	{ 2, "25 tot 45 jaar" },
	{ 3, "45 tot 65 jaar" },
	{ 4, "65 jaar of ouder" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_opleiding[] = {
	{ 1, "Geen onderwijs in eigen land" },
	{ 2, "Alleen primair en/of middelbaar onderwijs" },
	{ 3, "Beroepsopleiding" },
	{ 4, "Theoretische opleiding" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_periode[] = {
	{ 1, "Vóór januari 2018" },
	{ 2, "Tussen januari 2018 en december 2021" },
	{ 3, "Vanaf januari 2022" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_baan_bij_instroom[] = {
	{ 1, "Nee" },
	{ 2, "Vooruitzicht op een baan" },
	{ 3, "Had al een baan" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_taalniveau[] = {
	{ 1, "A0" },
	{ 2, "A1" },
	{ 3, "A2" },
	{ 4, "B1" },
	{ 5, "B2" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_janee[] = {
	{ 1, "Ja" },
	{ 2, "Nee" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_gezinssituatie[] = {
	{ 1, "Woont alleen" },
	{ 2, "Woont alleen met kind(eren)" },
	{ 3, "Woont met partner zonder kind(eren)" },
	{ 4, "Woont met partner en kind(eren)" },
	{ 5, "Anders" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_aantal_kinderen[] = {
	{ 1, "0" },
	{ 2, "1" },
	{ 3, "2" },
	{ 4, "3" },
	{ 5, "Meer dan 3" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_verblijfssituatie[] = {
	{ 1, "Woning" },
	{ 2, "Tussenopvang" },
	{ 3, "Azc" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_vervoer[] = {
	{ 1, "Fiets" },
	{ 2, "Auto" },
	{ 3, "OV" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_inburgeringsprogramma[] = {
	{ 1, "B1" },
	{ 2, "Z-route" },
	{ 3, "Onderwijsroute" },
	{ 4, "Nog niet toegekend" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_status_inburgering[] = {
	{ 1, "Nog niet gestart" },
	{ 2, "Gestart" },
	{ 3, "On hold" },
	{ 4, "Afgerond" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_situatie[] = {
	{ 1, "Nog voortraject nodig (tussen instroom/intake en voortraject)" },
	{ 2, "Bezig met voortraject" },
	{ 3, "In bemiddeling" },
	{ 4, "Heeft momenteel een startbaan" },
	{ 5, "On hold" },
	{ 6, "Uitval" },
	{ 7, "Einde startbaan c.q. deelname proef" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_soort_voortraject[] = {
	{ 1, "Standaard" },
	{ 2, "Maatwerk" },
	{ 3, "Combinatie" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_activiteit[] = {
	{ 1, "Vrijwilligerswerk" },
	{ 2, "Onbetaalde werkstage" },
	{ 3, "Proefplaatsing" },
	{ 4, "Taalstage" },
	{ 5, "Werkervaringsplek" },
	{ 6, "Training" },
	{ 7, "Bedrijfsbezoek" },
	{ 8, "Anders" },
	/* Not in the registration: counted there under Anders (derive.h,
	 * derive_activiteit_kolom); for the zelfevaluatie's Sociaal netwerk. */
	{ 9, "Maatje/mentor" },
	{ 10, "Netwerkactiviteit" },
};

static const vocab_entry v_duur_voortraject[] = {
	{ 1, "Bezig met voortraject" },
	{ 2, "Minder dan 30 dagen" },
	{ 3, "30-59 dagen" },
	{ 4, "60-89 dagen" },
	{ 5, "90 dagen of meer" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_soort_startbaan[] = {
	{ 1, "Betaald werk" },
	{ 2, "Betaalde werkstage" },
	{ 3, "Anders" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_hoe_gekregen[] = {
	{ 1, "Zelf gevonden" },
	{ 2, "Bemiddeling proef" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_duur_overeenkomst[] = {
	{ 1, "1 t/m 6 maanden" },
	{ 2, "7 t/m 12 maanden" },
	{ 3, "13 t/m 24 maanden" },
	{ 4, "25 of meer maanden" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_urenafspraak[] = {
	{ 1, "Vast aantal uren" },
	{ 2, "Flexibel aantal uren" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_uren_per_week[] = {
	{ 1, "0-16 uur" },
	{ 2, "17-24 uur" },
	{ 3, "25-32 uur" },
	{ 4, "33-40 uur" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_soort_werkgever[] = {
	{ 1, "Bij reguliere werkgever" },
	{ 2, "Gedetacheerd vanuit werkleerbedrijf bij reguliere werkgever" },
	{ 3, "Bij werkleerbedrijf" },
	{ 4, "Via uitzendbureau bij reguliere werkgever" },
	{ 5, "Anders" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_sector[] = {
	{ 1, "Logistiek" },
	{ 2, "Horeca en catering" },
	{ 3, "Bouw en techniek" },
	{ 4, "Productie en industrie" },
	{ 5, "Detailhandel" },
	{ 6, "Schoonmaak en facilitair" },
	{ 7, "Zorg en welzijn" },
	{ 8, "Groen en openbare ruimte" },
	{ 9, "Automotive" },
	{ 10, "Uiterlijke verzorging" },
	{ 11, "Overheid en onderwijs" },
	{ 12, "Zakelijke dienstverlening" },
	{ 13, "ICT" },
	{ 14, "Anders" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_omvang_vestiging[] = {
	{ 1, "Minder dan 5 werknemers" },
	{ 2, "5 t/m 9 werknemers" },
	{ 3, "10 t/m 19 werknemers" },
	{ 4, "20 t/m 49 werknemers" },
	{ 5, "50 t/m 99 werknemers" },
	{ 6, "100 t/m 199 werknemers" },
	{ 7, "200 t/m 499 werknemers" },
	{ 8, "500 of meer werknemers" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_fase_on_hold[] = {
	{ 1, "Tussen instroom/intake en voortraject" },
	{ 2, "Tijdens voortraject" },
	{ 3, "Tijdens bemiddeling" },
	{ 4, "Tijdens startbaan" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_duur_on_hold[] = {
	{ 1, "0-3 maanden" },
	{ 2, "4-6 maanden" },
	{ 3, "7-12 maanden" },
	{ 4, "13 maanden of meer" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_reden_on_hold[] = {
	{ 1, "Familie" },
	{ 2, "Medische klachten" },
	{ 3, "Zwangerschap" },
	{ 4, "Anders" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_reden_uitval[] = {
	{ 1, "Focus op taal/onderwijs" },
	{ 2, "Zwangerschap" },
	{ 3, "Medische redenen" },
	{ 4, "Partner verdient boven de bijstandsnorm" },
	{ 5, "Verhuizing" },
	{ 6, "Andere leerroute" },
	{ 7, "Vrijstelling" },
	{ 8, "Andere reden" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_reden_einde[] = {
	{ 1, "Inburgering afgerond" },
	{ 2, "Doorgestroomd naar ander werk" },
	{ 3, "Overeenkomst afgelopen" },
	{ 4, "Andere reden" },
	{ 0, "Onbekend" },
};
/* --- registration-form.md derivations, domain.md and the application ---- */

/* Export label of "On hold geweest". */
static const vocab_entry v_on_hold_geweest[] = {
	{ 1, "Ja (nu of eerder)" },
	{ 2, "Nee" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_pip_stap[] = {
	{ 1, "Koppeling" },
	{ 2, "Inschrijving gemeente" },
	{ 3, "Brede intake gestart" },
	{ 4, "Brede intake afgerond" },
	{ 5, "Leerbaarheidstoets" },
	{ 6, "PIP vastgesteld" },
	{ 7, "PIP gewijzigd" },
	{ 8, "Voortgangsgesprek" },
	{ 9, "MAP gestart" },
	{ 10, "MAP afgerond" },
	{ 11, "PVT afgerond" },
	{ 12, "KNM" },
	{ 13, "Eindgesprek Z-route" },
	{ 14, "Ontzorgen start" },
	{ 15, "Ontzorgen einde" },
	{ 16, "Inburgering afgerond" },
	{ 17, "Termijn verlengd (DUO)" },
	{ 18, "Einddatum DUO vastgelegd" },
	{ 19, "Ontheffing (DUO)" },
	{ 20, "Besluit ontzorgen" },
	{ 21, "Taalaanbod gestart" },
};

static const vocab_entry v_pip_status[] = {
	{ 1, "Gepland" },
	{ 2, "Gedaan" },
	{ 3, "Vervallen" },
};

static const vocab_entry v_pip_reden[] = {
	{ 1, "Andere leerroute" },
	{ 2, "Afschalen B1 naar A2" },
	{ 3, "Verhuizing" },
	{ 4, "Overig" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_journaal_soort[] = {
	{ 1, "Gesprek" },
	{ 2, "Spreekuur" },
	{ 3, "Telefonisch" },
	{ 4, "Huisbezoek" },
	{ 5, "Video" },
	{ 6, "E-mail" },
	{ 7, "Overleg met ketenpartner" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_afsluiting[] = {
	{ 1, "Uitval" },
	{ 2, "Einde" },
};

static const vocab_entry v_aantal_startbanen[] = {
	{ 1, "Geen" },
	{ 2, "1" },
	{ 3, "2" },
	{ 4, "3" },
	{ 5, "Meer dan 3" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_doelgroep[] = {
	{ 1, "Asielstatushouder" },
	{ 2, "Gezinsmigrant" },
	{ 3, "Overig" },
	{ 0, "Onbekend" },
};

static const vocab_entry v_regime[] = {
	{ 1, "Wi2021" },
	{ 2, "Wi2013" },
	{ 0, "Onbekend" },
};

#define VOCAB_ROW(id, name, arr, has0) \
	[VOCAB_##id] = { name, has0, sizeof arr / sizeof arr[0], arr }

/* The one table, indexed by vocab_id.  Names as in VOCAB_LIST (the unit
 * test checks both the names and has_onbekend against the entries). */
static const vocab vocabs[VOCAB__COUNT] = {
	VOCAB_ROW(DEELNAME, "deelname", v_deelname, 1),
	VOCAB_ROW(GESLACHT, "geslacht", v_geslacht, 1),
	VOCAB_ROW(LEEFTIJDSGROEP, "leeftijdsgroep", v_leeftijdsgroep, 1),
	VOCAB_ROW(OPLEIDING, "opleiding", v_opleiding, 1),
	VOCAB_ROW(PERIODE, "periode", v_periode, 1),
	VOCAB_ROW(BAAN_BIJ_INSTROOM, "baan bij instroom", v_baan_bij_instroom, 1),
	VOCAB_ROW(TAALNIVEAU, "taalniveau", v_taalniveau, 1),
	VOCAB_ROW(JANEE, "ja/nee", v_janee, 1),
	VOCAB_ROW(GEZINSSITUATIE, "gezinssituatie", v_gezinssituatie, 1),
	VOCAB_ROW(AANTAL_KINDEREN, "aantal kinderen", v_aantal_kinderen, 1),
	VOCAB_ROW(VERBLIJFSSITUATIE, "verblijfssituatie", v_verblijfssituatie, 1),
	VOCAB_ROW(VERVOER, "vervoer", v_vervoer, 1),
	VOCAB_ROW(INBURGERINGSPROGRAMMA, "inburgeringsprogramma", v_inburgeringsprogramma, 1),
	VOCAB_ROW(STATUS_INBURGERING, "status inburgering", v_status_inburgering, 1),
	VOCAB_ROW(SITUATIE, "situatie peildatum", v_situatie, 1),
	VOCAB_ROW(SOORT_VOORTRAJECT, "soort voortraject", v_soort_voortraject, 1),
	VOCAB_ROW(ACTIVITEIT, "activiteit voortraject", v_activiteit, 0),
	VOCAB_ROW(DUUR_VOORTRAJECT, "duur voortraject", v_duur_voortraject, 1),
	VOCAB_ROW(SOORT_STARTBAAN, "soort startbaan", v_soort_startbaan, 1),
	VOCAB_ROW(HOE_GEKREGEN, "hoe gekregen", v_hoe_gekregen, 1),
	VOCAB_ROW(DUUR_OVEREENKOMST, "duur overeenkomst", v_duur_overeenkomst, 1),
	VOCAB_ROW(URENAFSPRAAK, "urenafspraak", v_urenafspraak, 1),
	VOCAB_ROW(UREN_PER_WEEK, "uren per week", v_uren_per_week, 1),
	VOCAB_ROW(SOORT_WERKGEVER, "soort werkgever", v_soort_werkgever, 1),
	VOCAB_ROW(SECTOR, "sector", v_sector, 1),
	VOCAB_ROW(OMVANG_VESTIGING, "omvang vestiging", v_omvang_vestiging, 1),
	VOCAB_ROW(FASE_ON_HOLD, "fase on hold", v_fase_on_hold, 1),
	VOCAB_ROW(DUUR_ON_HOLD, "duur on hold", v_duur_on_hold, 1),
	VOCAB_ROW(REDEN_ON_HOLD, "reden on hold", v_reden_on_hold, 1),
	VOCAB_ROW(REDEN_UITVAL, "reden uitval", v_reden_uitval, 1),
	VOCAB_ROW(REDEN_EINDE, "reden einde", v_reden_einde, 1),
	VOCAB_ROW(ON_HOLD_GEWEEST, "on hold geweest", v_on_hold_geweest, 1),
	VOCAB_ROW(PIP_STAP, "PIP-stap", v_pip_stap, 0),
	VOCAB_ROW(PIP_STATUS, "status PIP-stap", v_pip_status, 0),
	VOCAB_ROW(PIP_REDEN, "reden PIP-wijziging", v_pip_reden, 1),
	VOCAB_ROW(JOURNAAL_SOORT, "soort contact", v_journaal_soort, 1),
	VOCAB_ROW(AFSLUITING, "uitval/einde", v_afsluiting, 0),
	VOCAB_ROW(AANTAL_STARTBANEN, "aantal startbanen", v_aantal_startbanen, 1),
	VOCAB_ROW(DOELGROEP, "doelgroep", v_doelgroep, 1),
	VOCAB_ROW(REGIME, "regime", v_regime, 1),
};

const vocab *vocab_get(vocab_id id)
{
	if ((int)id < 0 || id >= VOCAB__COUNT)
		return NULL;
	return &vocabs[id];
}

const char *vocab_label(vocab_id id, int code)
{
	const vocab *v = vocab_get(id);
	size_t i;

	if (v && code != VOCAB_ONBEKEND)
		for (i = 0; i < v->n; i++)
			if (v->entries[i].code == code)
				return v->entries[i].label;
	return "Onbekend";
}

int vocab_index(vocab_id id, int code)
{
	const vocab *v = vocab_get(id);
	size_t i;

	if (!v)
		return -1;
	for (i = 0; i < v->n; i++)
		if (v->entries[i].code == code)
			return (int)i;
	return -1;
}

/* Decodes one UTF-8 sequence at *p (advancing it); invalid bytes decode
 * as themselves (0x80..0xFF) so that comparison stays byte-exact there. */
static unsigned next_cp(const unsigned char **p, const unsigned char *end)
{
	const unsigned char *s = *p;
	unsigned c = s[0];

	if (c >= 0xC2 && c <= 0xDF && end - s >= 2 && (s[1] & 0xC0) == 0x80) {
		*p += 2;
		return ((c & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (c >= 0xE0 && c <= 0xEF && end - s >= 3 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80) {
		*p += 3;
		return ((c & 0x0F) << 12) | ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	if (c >= 0xF0 && c <= 0xF4 && end - s >= 4 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
		*p += 4;
		return ((c & 0x07) << 18) | ((unsigned)(s[1] & 0x3F) << 12) |
		       ((unsigned)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	}
	*p += 1;
	return c < 0x80 ? c : 0x110000 + c;	/* invalid byte: keep distinct */
}

/* Simple lower-case fold: ASCII, Latin-1 (À..Þ except ×) and the
 * upper/lower pairs of Latin Extended-A that alternate even/odd. */
static unsigned fold_cp(unsigned c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x100 && c <= 0x137 && !(c & 1))
		return c + 1;
	if (c >= 0x139 && c <= 0x148 && (c & 1))
		return c + 1;
	if (c >= 0x14A && c <= 0x177 && !(c & 1))
		return c + 1;
	if (c == 0x178)
		return 0xFF;
	if (c >= 0x179 && c <= 0x17E && (c & 1))
		return c + 1;
	return c;
}

static int is_blank_at(const unsigned char *p, const unsigned char *end, size_t *len)
{
	if (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
		*len = 1;
		return 1;
	}
	if (end - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0) {	/* NBSP */
		*len = 2;
		return 1;
	}
	return 0;
}

static int is_blank_before(const unsigned char *start, const unsigned char *end, size_t *len)
{
	if (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' ||
			    end[-1] == '\n')) {
		*len = 1;
		return 1;
	}
	if (end - start >= 2 && end[-2] == 0xC2 && end[-1] == 0xA0) {
		*len = 2;
		return 1;
	}
	return 0;
}

/* Case-insensitive equality of the byte range [a, aend) and the string b. */
static int fold_equal(const unsigned char *a, const unsigned char *aend, const char *bs)
{
	const unsigned char *b = (const unsigned char *)bs;
	const unsigned char *bend = b + strlen(bs);

	while (a < aend && b < bend)
		if (fold_cp(next_cp(&a, aend)) != fold_cp(next_cp(&b, bend)))
			return 0;
	return a == aend && b == bend;
}

int vocab_lookup(vocab_id id, const char *text, int *code)
{
	const vocab *v = vocab_get(id);
	const unsigned char *s, *end;
	size_t i, n;

	if (!v)
		return -1;
	if (!text)
		text = "";
	s = (const unsigned char *)text;
	end = s + strlen(text);
	while (is_blank_at(s, end, &n))
		s += n;
	while (is_blank_before(s, end, &n))
		end -= n;
	if (s == end) {
		if (!v->has_onbekend)
			return -1;
		if (code)
			*code = VOCAB_ONBEKEND;
		return 0;
	}
	for (i = 0; i < v->n; i++) {
		if (fold_equal(s, end, v->entries[i].label)) {
			if (code)
				*code = v->entries[i].code;
			return 0;
		}
	}
	return -1;
}

char *vocab_allowed(vocab_id id)
{
	const vocab *v = vocab_get(id);
	strbuf sb = STRBUF_INIT;
	size_t i;

	if (v)
		for (i = 0; i < v->n; i++) {
			if (i)
				sb_append(&sb, ", ");
			sb_append(&sb, v->entries[i].label);
		}
	return sb_take(&sb);
}
