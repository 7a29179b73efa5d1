/* test_vocab.c - the vocabularies: exact labels (copied from
 * registration-form.md and domain.md), codes, lookup. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "vocab.h"

struct spec_row {
	vocab_id id;
	const char *labels;	/* joined with ", " in spec order */
};

/* Copied from registration-form.md, "Category vocabularies (exact labels)". */
static const struct spec_row spec[] = {
	{ VOCAB_DEELNAME, "Verplicht, Vrijwillig, Onbekend" },
	{ VOCAB_GESLACHT, "Man, Vrouw, Overig, Onbekend" },
	{ VOCAB_LEEFTIJDSGROEP, "Jonger dan 25, 25 tot 45 jaar, 45 tot 65 jaar, 65 jaar of ouder, Onbekend" },
	{ VOCAB_OPLEIDING, "Geen onderwijs in eigen land, Alleen primair en/of middelbaar onderwijs, Beroepsopleiding, Theoretische opleiding, Onbekend" },
	{ VOCAB_PERIODE, "Vóór januari 2018, Tussen januari 2018 en december 2021, Vanaf januari 2022, Onbekend" },
	{ VOCAB_BAAN_BIJ_INSTROOM, "Nee, Vooruitzicht op een baan, Had al een baan, Onbekend" },
	{ VOCAB_TAALNIVEAU, "A0, A1, A2, B1, B2, Onbekend" },
	{ VOCAB_JANEE, "Ja, Nee, Onbekend" },
	{ VOCAB_GEZINSSITUATIE, "Woont alleen, Woont alleen met kind(eren), Woont met partner zonder kind(eren), Woont met partner en kind(eren), Anders, Onbekend" },
	{ VOCAB_AANTAL_KINDEREN, "0, 1, 2, 3, Meer dan 3, Onbekend" },
	{ VOCAB_VERBLIJFSSITUATIE, "Woning, Tussenopvang, Azc, Onbekend" },
	{ VOCAB_VERVOER, "Fiets, Auto, OV, Onbekend" },
	{ VOCAB_INBURGERINGSPROGRAMMA, "B1, Z-route, Onderwijsroute, Nog niet toegekend, Onbekend" },
	{ VOCAB_STATUS_INBURGERING, "Nog niet gestart, Gestart, On hold, Afgerond, Onbekend" },
	{ VOCAB_SITUATIE, "Nog voortraject nodig (tussen instroom/intake en voortraject), Bezig met voortraject, In bemiddeling, Heeft momenteel een startbaan, On hold, Uitval, Einde startbaan c.q. deelname proef, Onbekend" },
	{ VOCAB_SOORT_VOORTRAJECT, "Standaard, Maatwerk, Combinatie, Onbekend" },
	/* activiteit: the registration's eight, then casus's own two */
	{ VOCAB_ACTIVITEIT, "Vrijwilligerswerk, Onbetaalde werkstage, Proefplaatsing, Taalstage, Werkervaringsplek, Training, Bedrijfsbezoek, Anders, Maatje/mentor, Netwerkactiviteit" },
	{ VOCAB_DUUR_VOORTRAJECT, "Bezig met voortraject, Minder dan 30 dagen, 30-59 dagen, 60-89 dagen, 90 dagen of meer, Onbekend" },
	{ VOCAB_SOORT_STARTBAAN, "Betaald werk, Betaalde werkstage, Anders, Onbekend" },
	{ VOCAB_HOE_GEKREGEN, "Zelf gevonden, Bemiddeling proef, Onbekend" },
	{ VOCAB_DUUR_OVEREENKOMST, "1 t/m 6 maanden, 7 t/m 12 maanden, 13 t/m 24 maanden, 25 of meer maanden, Onbekend" },
	{ VOCAB_URENAFSPRAAK, "Vast aantal uren, Flexibel aantal uren, Onbekend" },
	{ VOCAB_UREN_PER_WEEK, "0-16 uur, 17-24 uur, 25-32 uur, 33-40 uur, Onbekend" },
	{ VOCAB_SOORT_WERKGEVER, "Bij reguliere werkgever, Gedetacheerd vanuit werkleerbedrijf bij reguliere werkgever, Bij werkleerbedrijf, Via uitzendbureau bij reguliere werkgever, Anders, Onbekend" },
	{ VOCAB_SECTOR, "Logistiek, Horeca en catering, Bouw en techniek, Productie en industrie, Detailhandel, Schoonmaak en facilitair, Zorg en welzijn, Groen en openbare ruimte, Automotive, Uiterlijke verzorging, Overheid en onderwijs, Zakelijke dienstverlening, ICT, Anders, Onbekend" },
	{ VOCAB_OMVANG_VESTIGING, "Minder dan 5 werknemers, 5 t/m 9 werknemers, 10 t/m 19 werknemers, 20 t/m 49 werknemers, 50 t/m 99 werknemers, 100 t/m 199 werknemers, 200 t/m 499 werknemers, 500 of meer werknemers, Onbekend" },
	{ VOCAB_FASE_ON_HOLD, "Tussen instroom/intake en voortraject, Tijdens voortraject, Tijdens bemiddeling, Tijdens startbaan, Onbekend" },
	{ VOCAB_DUUR_ON_HOLD, "0-3 maanden, 4-6 maanden, 7-12 maanden, 13 maanden of meer, Onbekend" },
	{ VOCAB_REDEN_ON_HOLD, "Familie, Medische klachten, Zwangerschap, Anders, Onbekend" },
	{ VOCAB_REDEN_UITVAL, "Focus op taal/onderwijs, Zwangerschap, Medische redenen, Partner verdient boven de bijstandsnorm, Verhuizing, Andere leerroute, Vrijstelling, Andere reden, Onbekend" },
	{ VOCAB_REDEN_EINDE, "Inburgering afgerond, Doorgestroomd naar ander werk, Overeenkomst afgelopen, Andere reden, Onbekend" },
	/* registration-form.md derivations, domain.md and the application */
	{ VOCAB_ON_HOLD_GEWEEST, "Ja (nu of eerder), Nee, Onbekend" },
	{ VOCAB_PIP_STAP, "Koppeling, Inschrijving gemeente, Brede intake gestart, "
	  "Brede intake afgerond, Leerbaarheidstoets, PIP vastgesteld, PIP gewijzigd, "
	  "Voortgangsgesprek, MAP gestart, MAP afgerond, PVT afgerond, KNM, "
	  "Eindgesprek Z-route, Ontzorgen start, Ontzorgen einde, Inburgering afgerond, "
	  "Termijn verlengd (DUO), Einddatum DUO vastgelegd, Ontheffing (DUO), "
	  "Besluit ontzorgen, Taalaanbod gestart" },
	{ VOCAB_PIP_STATUS, "Gepland, Gedaan, Vervallen" },
	{ VOCAB_PIP_REDEN, "Andere leerroute, Afschalen B1 naar A2, Verhuizing, Overig, Onbekend" },
	{ VOCAB_JOURNAAL_SOORT, "Gesprek, Spreekuur, Telefonisch, Huisbezoek, Video, "
	  "E-mail, Overleg met ketenpartner, Onbekend" },
	{ VOCAB_AFSLUITING, "Uitval, Einde" },
	{ VOCAB_AANTAL_STARTBANEN, "Geen, 1, 2, 3, Meer dan 3, Onbekend" },
	{ VOCAB_DOELGROEP, "Asielstatushouder, Gezinsmigrant, Overig, Onbekend" },
	{ VOCAB_REGIME, "Wi2021, Wi2013, Onbekend" },
};

static const char *const names[] = {
#define NAME(id, name) name,
	VOCAB_LIST(NAME)
#undef NAME
};

static int code_of(vocab_id id, const char *label)
{
	int c = -99;
	if (vocab_lookup(id, label, &c) != 0)
		return -99;
	return c;
}

static void test_table(void)
{
	size_t i, j;
	int seen[VOCAB__COUNT] = { 0 };
	char desc[160];

	CHECK_INT(sizeof spec / sizeof *spec, VOCAB__COUNT, "every vocabulary has a spec row");
	for (i = 0; i < sizeof spec / sizeof *spec; i++) {
		const vocab *v = vocab_get(spec[i].id);
		char *allowed = vocab_allowed(spec[i].id);
		size_t nlab = 1;
		int has0 = 0, bad = 0;
		const char *p;

		seen[spec[i].id]++;
		for (p = spec[i].labels; (p = strstr(p, ", ")) != NULL; p += 2)
			nlab++;
		snprintf(desc, sizeof desc, "%s: labels exact", names[spec[i].id]);
		CHECK_STR(allowed, spec[i].labels, desc);
		free(allowed);
		if (!v) {
			CHECK(0, "vocab_get");
			continue;
		}
		snprintf(desc, sizeof desc, "%s: name", names[spec[i].id]);
		CHECK_STR(v->name, names[spec[i].id], desc);
		snprintf(desc, sizeof desc, "%s: count %zu", names[spec[i].id], nlab);
		CHECK_INT(v->n, nlab, desc);
		/* codes 1..n in order, Onbekend (0) last */
		for (j = 0; j < v->n; j++) {
			if (v->entries[j].code == 0) {
				has0 = 1;
				if (j != v->n - 1 || strcmp(v->entries[j].label, "Onbekend") != 0)
					bad++;
			} else if (v->entries[j].code != (int)j + 1) {
				bad++;
			}
			if (vocab_index(spec[i].id, v->entries[j].code) != (int)j)
				bad++;
			if (code_of(spec[i].id, v->entries[j].label) != v->entries[j].code)
				bad++;
			if (strcmp(vocab_label(spec[i].id, v->entries[j].code), v->entries[j].label))
				bad++;
		}
		snprintf(desc, sizeof desc, "%s: codes 1..n, Onbekend last, index/label/lookup agree",
			 names[spec[i].id]);
		CHECK_INT(bad, 0, desc);
		snprintf(desc, sizeof desc, "%s: has_onbekend", names[spec[i].id]);
		CHECK_INT(v->has_onbekend, has0, desc);
		snprintf(desc, sizeof desc, "%s: has_onbekend matches spec", names[spec[i].id]);
		CHECK_INT(has0, strstr(spec[i].labels, "Onbekend") != NULL, desc);
	}
	for (i = 0; i < VOCAB__COUNT; i++)
		if (seen[i] != 1)
			printf("# vocabulary %s seen %d times\n", names[i], seen[i]);
	CHECK(vocab_get(VOCAB__COUNT) == NULL, "vocab_get out of range");
	CHECK(vocab_get((vocab_id)-1) == NULL, "vocab_get negative");
}

static void test_spot(void)
{
	CHECK_STR(vocab_label(VOCAB_SITUATIE, SIT_NOG_VOORTRAJECT),
		  "Nog voortraject nodig (tussen instroom/intake en voortraject)", "situatie 1");
	CHECK_STR(vocab_label(VOCAB_SITUATIE, SIT_EINDE), "Einde startbaan c.q. deelname proef", "situatie einde");
	CHECK_STR(vocab_label(VOCAB_SOORT_WERKGEVER, 2),
		  "Gedetacheerd vanuit werkleerbedrijf bij reguliere werkgever", "soort werkgever 2");
	CHECK_STR(vocab_label(VOCAB_REDEN_UITVAL, 4), "Partner verdient boven de bijstandsnorm", "reden uitval 4");
	CHECK_STR(vocab_label(VOCAB_VERBLIJFSSITUATIE, 2), "Tussenopvang", "Tussenopvang");
	CHECK_STR(vocab_label(VOCAB_PERIODE, PERIODE_VOOR_2018), "V\xc3\xb3\xc3\xb3r januari 2018", "Vóór bytes");
	CHECK_STR(vocab_label(VOCAB_ON_HOLD_GEWEEST, ONHOLD_GEWEEST_JA), "Ja (nu of eerder)", "on hold geweest ja");
	CHECK_STR(vocab_label(VOCAB_GESLACHT, 0), "Onbekend", "code 0");
	CHECK_STR(vocab_label(VOCAB_GESLACHT, 99), "Onbekend", "unknown code");
	CHECK_STR(vocab_label(VOCAB_ACTIVITEIT, 0), "Onbekend", "code 0 without Onbekend");
	CHECK_INT(vocab_index(VOCAB_ACTIVITEIT, 0), -1, "activiteit has no code 0");
	CHECK_INT(vocab_index(VOCAB_GESLACHT, 0), 3, "Onbekend index last");
	CHECK_INT(vocab_index(VOCAB_GESLACHT, 4), -1, "index of bad code");
	CHECK_INT(vocab_index(VOCAB_SECTOR, 14), 13, "sector Anders");
}

/* The enum constants of vocab.h against the labels. */
static void test_enums(void)
{
	CHECK_INT(code_of(VOCAB_JANEE, "Ja"), JANEE_JA, "JANEE_JA");
	CHECK_INT(code_of(VOCAB_JANEE, "Nee"), JANEE_NEE, "JANEE_NEE");
	CHECK_INT(code_of(VOCAB_DEELNAME, "Verplicht"), DEELNAME_VERPLICHT, "DEELNAME_VERPLICHT");
	CHECK_INT(code_of(VOCAB_DEELNAME, "Vrijwillig"), DEELNAME_VRIJWILLIG, "DEELNAME_VRIJWILLIG");
	CHECK_INT(code_of(VOCAB_INBURGERINGSPROGRAMMA, "B1"), INBURG_B1, "INBURG_B1");
	CHECK_INT(code_of(VOCAB_INBURGERINGSPROGRAMMA, "Z-route"), INBURG_ZROUTE, "INBURG_ZROUTE");
	CHECK_INT(code_of(VOCAB_INBURGERINGSPROGRAMMA, "Onderwijsroute"), INBURG_ONDERWIJS, "INBURG_ONDERWIJS");
	CHECK_INT(code_of(VOCAB_INBURGERINGSPROGRAMMA, "Nog niet toegekend"), INBURG_NIET_TOEGEKEND, "INBURG_NIET_TOEGEKEND");
	CHECK_INT(code_of(VOCAB_STATUS_INBURGERING, "Nog niet gestart"), STATUS_NOG_NIET, "STATUS_NOG_NIET");
	CHECK_INT(code_of(VOCAB_STATUS_INBURGERING, "Gestart"), STATUS_GESTART, "STATUS_GESTART");
	CHECK_INT(code_of(VOCAB_STATUS_INBURGERING, "On hold"), STATUS_ON_HOLD, "STATUS_ON_HOLD");
	CHECK_INT(code_of(VOCAB_STATUS_INBURGERING, "Afgerond"), STATUS_AFGEROND, "STATUS_AFGEROND");
	CHECK_INT(code_of(VOCAB_SITUATIE, "Nog voortraject nodig (tussen instroom/intake en voortraject)"), SIT_NOG_VOORTRAJECT, "SIT_NOG_VOORTRAJECT");
	CHECK_INT(code_of(VOCAB_SITUATIE, "Bezig met voortraject"), SIT_VOORTRAJECT, "SIT_VOORTRAJECT");
	CHECK_INT(code_of(VOCAB_SITUATIE, "In bemiddeling"), SIT_BEMIDDELING, "SIT_BEMIDDELING");
	CHECK_INT(code_of(VOCAB_SITUATIE, "Heeft momenteel een startbaan"), SIT_STARTBAAN, "SIT_STARTBAAN");
	CHECK_INT(code_of(VOCAB_SITUATIE, "On hold"), SIT_ON_HOLD, "SIT_ON_HOLD");
	CHECK_INT(code_of(VOCAB_SITUATIE, "Uitval"), SIT_UITVAL, "SIT_UITVAL");
	CHECK_INT(code_of(VOCAB_SITUATIE, "Einde startbaan c.q. deelname proef"), SIT_EINDE, "SIT_EINDE");
	CHECK_INT(code_of(VOCAB_DUUR_VOORTRAJECT, "Bezig met voortraject"), DUURVT_BEZIG, "DUURVT_BEZIG");
	CHECK_INT(code_of(VOCAB_DUUR_VOORTRAJECT, "Minder dan 30 dagen"), DUURVT_MINDER_30, "DUURVT_MINDER_30");
	CHECK_INT(code_of(VOCAB_DUUR_VOORTRAJECT, "30-59 dagen"), DUURVT_30_59, "DUURVT_30_59");
	CHECK_INT(code_of(VOCAB_DUUR_VOORTRAJECT, "60-89 dagen"), DUURVT_60_89, "DUURVT_60_89");
	CHECK_INT(code_of(VOCAB_DUUR_VOORTRAJECT, "90 dagen of meer"), DUURVT_90_PLUS, "DUURVT_90_PLUS");
	CHECK_INT(code_of(VOCAB_LEEFTIJDSGROEP, "Jonger dan 25"), LEEFTIJD_ONDER_25, "LEEFTIJD_ONDER_25");
	CHECK_INT(code_of(VOCAB_LEEFTIJDSGROEP, "25 tot 45 jaar"), LEEFTIJD_25_44, "LEEFTIJD_25_44");
	CHECK_INT(code_of(VOCAB_LEEFTIJDSGROEP, "45 tot 65 jaar"), LEEFTIJD_45_64, "LEEFTIJD_45_64");
	CHECK_INT(code_of(VOCAB_LEEFTIJDSGROEP, "65 jaar of ouder"), LEEFTIJD_65_PLUS, "LEEFTIJD_65_PLUS");
	CHECK_INT(code_of(VOCAB_PERIODE, "Vóór januari 2018"), PERIODE_VOOR_2018, "PERIODE_VOOR_2018");
	CHECK_INT(code_of(VOCAB_PERIODE, "Tussen januari 2018 en december 2021"), PERIODE_2018_2021, "PERIODE_2018_2021");
	CHECK_INT(code_of(VOCAB_PERIODE, "Vanaf januari 2022"), PERIODE_VANAF_2022, "PERIODE_VANAF_2022");
	CHECK_INT(code_of(VOCAB_AANTAL_KINDEREN, "0"), KINDEREN_0, "KINDEREN_0");
	CHECK_INT(code_of(VOCAB_AANTAL_KINDEREN, "1"), KINDEREN_1, "KINDEREN_1");
	CHECK_INT(code_of(VOCAB_AANTAL_KINDEREN, "2"), KINDEREN_2, "KINDEREN_2");
	CHECK_INT(code_of(VOCAB_AANTAL_KINDEREN, "3"), KINDEREN_3, "KINDEREN_3");
	CHECK_INT(code_of(VOCAB_AANTAL_KINDEREN, "Meer dan 3"), KINDEREN_MEER_DAN_3, "KINDEREN_MEER_DAN_3");
	CHECK_INT(code_of(VOCAB_DUUR_OVEREENKOMST, "1 t/m 6 maanden"), DUUROVK_1_6, "DUUROVK_1_6");
	CHECK_INT(code_of(VOCAB_DUUR_OVEREENKOMST, "7 t/m 12 maanden"), DUUROVK_7_12, "DUUROVK_7_12");
	CHECK_INT(code_of(VOCAB_DUUR_OVEREENKOMST, "13 t/m 24 maanden"), DUUROVK_13_24, "DUUROVK_13_24");
	CHECK_INT(code_of(VOCAB_DUUR_OVEREENKOMST, "25 of meer maanden"), DUUROVK_25_PLUS, "DUUROVK_25_PLUS");
	CHECK_INT(code_of(VOCAB_UREN_PER_WEEK, "0-16 uur"), UREN_0_16, "UREN_0_16");
	CHECK_INT(code_of(VOCAB_UREN_PER_WEEK, "17-24 uur"), UREN_17_24, "UREN_17_24");
	CHECK_INT(code_of(VOCAB_UREN_PER_WEEK, "25-32 uur"), UREN_25_32, "UREN_25_32");
	CHECK_INT(code_of(VOCAB_UREN_PER_WEEK, "33-40 uur"), UREN_33_40, "UREN_33_40");
	CHECK_INT(code_of(VOCAB_FASE_ON_HOLD, "Tussen instroom/intake en voortraject"), FASE_TUSSEN, "FASE_TUSSEN");
	CHECK_INT(code_of(VOCAB_FASE_ON_HOLD, "Tijdens voortraject"), FASE_VOORTRAJECT, "FASE_VOORTRAJECT");
	CHECK_INT(code_of(VOCAB_FASE_ON_HOLD, "Tijdens bemiddeling"), FASE_BEMIDDELING, "FASE_BEMIDDELING");
	CHECK_INT(code_of(VOCAB_FASE_ON_HOLD, "Tijdens startbaan"), FASE_STARTBAAN, "FASE_STARTBAAN");
	CHECK_INT(code_of(VOCAB_DUUR_ON_HOLD, "0-3 maanden"), DUUROH_0_3, "DUUROH_0_3");
	CHECK_INT(code_of(VOCAB_DUUR_ON_HOLD, "4-6 maanden"), DUUROH_4_6, "DUUROH_4_6");
	CHECK_INT(code_of(VOCAB_DUUR_ON_HOLD, "7-12 maanden"), DUUROH_7_12, "DUUROH_7_12");
	CHECK_INT(code_of(VOCAB_DUUR_ON_HOLD, "13 maanden of meer"), DUUROH_13_PLUS, "DUUROH_13_PLUS");
	CHECK_INT(code_of(VOCAB_ON_HOLD_GEWEEST, "Ja (nu of eerder)"), ONHOLD_GEWEEST_JA, "ONHOLD_GEWEEST_JA");
	CHECK_INT(code_of(VOCAB_ON_HOLD_GEWEEST, "Nee"), ONHOLD_GEWEEST_NEE, "ONHOLD_GEWEEST_NEE");
	CHECK_INT(code_of(VOCAB_AFSLUITING, "Uitval"), AFSLUITING_UITVAL, "AFSLUITING_UITVAL");
	CHECK_INT(code_of(VOCAB_AFSLUITING, "Einde"), AFSLUITING_EINDE, "AFSLUITING_EINDE");
	CHECK_INT(code_of(VOCAB_PIP_STATUS, "Gepland"), PIPSTATUS_GEPLAND, "PIPSTATUS_GEPLAND");
	CHECK_INT(code_of(VOCAB_PIP_STATUS, "Gedaan"), PIPSTATUS_GEDAAN, "PIPSTATUS_GEDAAN");
	CHECK_INT(code_of(VOCAB_PIP_STATUS, "Vervallen"), PIPSTATUS_VERVALLEN, "PIPSTATUS_VERVALLEN");
	CHECK_INT(code_of(VOCAB_AANTAL_STARTBANEN, "Geen"), NSTARTBANEN_GEEN, "NSTARTBANEN_GEEN");
	CHECK_INT(code_of(VOCAB_AANTAL_STARTBANEN, "1"), NSTARTBANEN_1, "NSTARTBANEN_1");
	CHECK_INT(code_of(VOCAB_AANTAL_STARTBANEN, "2"), NSTARTBANEN_2, "NSTARTBANEN_2");
	CHECK_INT(code_of(VOCAB_AANTAL_STARTBANEN, "3"), NSTARTBANEN_3, "NSTARTBANEN_3");
	CHECK_INT(code_of(VOCAB_AANTAL_STARTBANEN, "Meer dan 3"), NSTARTBANEN_MEER, "NSTARTBANEN_MEER");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Koppeling"), PIP_KOPPELING, "PIP_KOPPELING");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Inschrijving gemeente"), PIP_INSCHRIJVING, "PIP_INSCHRIJVING");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Brede intake gestart"), PIP_INTAKE_GESTART, "PIP_INTAKE_GESTART");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Brede intake afgerond"), PIP_INTAKE_AFGEROND, "PIP_INTAKE_AFGEROND");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Leerbaarheidstoets"), PIP_LBT, "PIP_LBT");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "PIP vastgesteld"), PIP_VASTGESTELD, "PIP_VASTGESTELD");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "PIP gewijzigd"), PIP_GEWIJZIGD, "PIP_GEWIJZIGD");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Voortgangsgesprek"), PIP_VOORTGANGSGESPREK, "PIP_VOORTGANGSGESPREK");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "MAP gestart"), PIP_MAP_GESTART, "PIP_MAP_GESTART");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "MAP afgerond"), PIP_MAP_AFGEROND, "PIP_MAP_AFGEROND");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "PVT afgerond"), PIP_PVT_AFGEROND, "PIP_PVT_AFGEROND");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "KNM"), PIP_KNM, "PIP_KNM");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Eindgesprek Z-route"), PIP_EINDGESPREK_Z, "PIP_EINDGESPREK_Z");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Ontzorgen start"), PIP_ONTZORGEN_START, "PIP_ONTZORGEN_START");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Ontzorgen einde"), PIP_ONTZORGEN_EINDE, "PIP_ONTZORGEN_EINDE");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Inburgering afgerond"), PIP_INBURGERING_AFGEROND, "PIP_INBURGERING_AFGEROND");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Termijn verlengd (DUO)"), PIP_TERMIJN_VERLENGD, "PIP_TERMIJN_VERLENGD");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Einddatum DUO vastgelegd"), PIP_EINDDATUM_DUO, "PIP_EINDDATUM_DUO");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Ontheffing (DUO)"), PIP_ONTHEFFING, "PIP_ONTHEFFING");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Besluit ontzorgen"), PIP_BESLUIT_ONTZORGEN, "PIP_BESLUIT_ONTZORGEN");
	CHECK_INT(code_of(VOCAB_PIP_STAP, "Taalaanbod gestart"), PIP_TAALAANBOD, "PIP_TAALAANBOD");
	CHECK_INT(code_of(VOCAB_DOELGROEP, "Asielstatushouder"), DOELGROEP_ASIEL, "DOELGROEP_ASIEL");
	CHECK_INT(code_of(VOCAB_REGIME, "Wi2013"), REGIME_WI2013, "REGIME_WI2013");
	CHECK_INT(code_of(VOCAB_PIP_REDEN, "Andere leerroute"), PIPREDEN_LEERROUTE, "PIPREDEN_LEERROUTE");
}

static void test_lookup(void)
{
	int c;
	CHECK_INT(code_of(VOCAB_PERIODE, "vóór januari 2018"), 1, "lookup lower case with ó");
	CHECK_INT(code_of(VOCAB_PERIODE, "V\xc3\x93\xc3\x93R JANUARI 2018"), 1, "lookup upper case with Ó");
	CHECK_INT(code_of(VOCAB_PERIODE, "Voor januari 2018"), -99, "no diacritic folding: Voor != Vóór");
	CHECK_INT(code_of(VOCAB_GESLACHT, "  vrouw\t"), 2, "blanks and tabs trimmed");
	CHECK_INT(code_of(VOCAB_GESLACHT, "\xc2\xa0Vrouw\xc2\xa0"), 2, "NBSP trimmed");
	CHECK_INT(code_of(VOCAB_GESLACHT, "VROUW"), 2, "upper case");
	CHECK_INT(code_of(VOCAB_GESLACHT, "Vrouwen"), -99, "prefix does not match");
	CHECK_INT(code_of(VOCAB_GESLACHT, "Vrou"), -99, "shorter does not match");
	CHECK_INT(code_of(VOCAB_GESLACHT, "V rouw"), -99, "inner blank matters");
	CHECK_INT(code_of(VOCAB_GESLACHT, "onbekend"), 0, "Onbekend label");
	CHECK_INT(code_of(VOCAB_GESLACHT, ""), 0, "empty -> Onbekend");
	CHECK_INT(code_of(VOCAB_GESLACHT, "  "), 0, "blank -> Onbekend");
	CHECK_INT(code_of(VOCAB_GESLACHT, NULL), 0, "NULL -> Onbekend");
	CHECK_INT(code_of(VOCAB_ACTIVITEIT, ""), -99, "empty refused without Onbekend");
	CHECK_INT(code_of(VOCAB_ACTIVITEIT, "Onbekend"), -99, "Onbekend refused without Onbekend");
	CHECK_INT(code_of(VOCAB_ACTIVITEIT, "werkervaringsplek"), 5, "activiteit lookup");
	/* casus's own activities, after the registration's eight */
	CHECK_INT(code_of(VOCAB_ACTIVITEIT, " maatje/MENTOR "), ACTIVITEIT_MAATJE, "maatje/mentor lookup");
	CHECK_INT(code_of(VOCAB_ACTIVITEIT, "Netwerkactiviteit"), ACTIVITEIT_NETWERK,
		  "netwerkactiviteit lookup");
	CHECK_INT(code_of(VOCAB_SOORT_WERKGEVER,
			  " gedetacheerd VANUIT werkleerbedrijf bij reguliere werkgever "),
		  2, "long label lookup");
	CHECK_INT(code_of(VOCAB_TAALNIVEAU, "b1"), 4, "taalniveau b1");
	CHECK_INT(code_of(VOCAB_TAALNIVEAU, "C1"), -99, "taalniveau C1 not a label");
	CHECK_INT(code_of(VOCAB_SITUATIE, "nog voortraject nodig (tussen instroom/intake en voortraject)"),
		  1, "situatie lower");
	CHECK_INT(code_of(VOCAB_JOURNAAL_SOORT, "e-MAIL"), 6, "e-mail");
	CHECK_INT(code_of(VOCAB_GESLACHT, "Vrouw\xff"), -99, "invalid UTF-8 does not match");
	c = 42;
	CHECK_INT(vocab_lookup(VOCAB_GESLACHT, "xyz", &c), -1, "unknown -> -1");
	CHECK_INT(c, 42, "code untouched on failure");
	CHECK_INT(vocab_lookup(VOCAB__COUNT, "Man", &c), -1, "bad vocabulary");
}

static void test_allowed(void)
{
	char *s = vocab_allowed(VOCAB_DEELNAME);
	CHECK_STR(s, "Verplicht, Vrijwillig, Onbekend", "allowed deelname");
	free(s);
	s = vocab_allowed(VOCAB_ACTIVITEIT);
	CHECK_STR(s, "Vrijwilligerswerk, Onbetaalde werkstage, Proefplaatsing, Taalstage, "
		  "Werkervaringsplek, Training, Bedrijfsbezoek, Anders, Maatje/mentor, "
		  "Netwerkactiviteit", "allowed activiteit");
	free(s);
}

int main(void)
{
	test_table();
	test_spot();
	test_enums();
	test_lookup();
	test_allowed();
	return check_done();
}
