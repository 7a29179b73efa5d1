/* demo.c - a realistic synthetic caseload (see demo.h).
 *
 * Deterministic: every random choice comes from xoshiro256** seeded (per
 * client, through splitmix64) from the seed and the client's index, so the
 * same (seed, today, n) gives the same database contents; only the audit
 * timestamps follow the clock (CASUS_NOW).  Klantnummers and BSNs come from
 * fixed permutations of a counter, so they are unique within a run without
 * remembering them; a collision with existing data (casus demo --toevoegen)
 * is retried with the next number.
 *
 * Everything is written through the store (validation and audit) inside one
 * transaction.  Memory use does not grow with n except for the employer
 * pool (one small struct per ~13 clients).
 *
 * How a participant is made.  Each startbanen participant follows a plan of
 * phases counted in days from the instroom: "nog voortraject nodig" ->
 * voortraject -> bemiddeling -> startbaan (-> bemiddeling -> startbaan ...),
 * possibly interrupted by an on-hold period and closed by uitval or einde.
 * The plan is drawn so that a chosen situatie holds on an anchor day (the
 * most recent 31 oktober P, or today), and the instroom date is placed so
 * that the anchor falls inside that phase.  Records are then cut at today:
 * nothing starts after today, a voortraject or on-hold period still running
 * today has no end date, a startbaan keeps its planned end.  The situatie on
 * P of the participants follows Tabel 2 of Bijlage 1 of the evaluation
 * (with fewer Onbekend: ~10% instead of 21.6%, since the tool exists to
 * make the registration complete); a share of the participants (25% times
 * the part of the year since P) came in after P.  Characteristics follow
 * Tabel 1 per verplicht/vrijwillig, startbanen Tabel 6, employers Tabel 7.
 *
 * PIP steps run from the inschrijving: koppeling, brede intake, LBT with a
 * result, PIP vastgesteld (usually within the 10 weeks, sometimes late),
 * ontzorgen for those on benefit, MAP, PVT, KNM, the last one or two
 * voortgangsgesprekken, sometimes a PIP gewijzigd with its reason, an
 * eindgesprek and inburgering afgerond.  Steps up to today are gedaan; for
 * most clients the first step after today is gepland.  Clients whose
 * inschrijving is older than a year and a half have fewer of the early
 * steps recorded (as after a migration from an older system) - which also
 * keeps 100,000 clients within the time budget: each record costs a
 * savepoint and an audit row.
 *
 * Guarantees for n >= DEMO_FORCED_MIN (30): the first clients are fixed
 * scenarios, so every situatie (the 7 and Onbekend) occurs both on today and
 * on P, and every signal kind occurs on today (PIP-termijn near and past,
 * inburgeringstermijn ending, leerroute window closing, ontzorgen ending,
 * voortgangsgesprek due, voortraject >= 90 days, contract ending within 30
 * days, on hold > 3 months, registratie onvolledig).
 *
 * Fixed names for n >= 20 (for tests and demonstrations), all with the
 * current user's consultant as regiehouder: "Ana Núñez", "Mohammed
 * Al-Hassan", "محمد العلي" (voornaam محمد, achternaam العلي), "Ayşe Öztürk",
 * "Selam Tesfaye".  About 5% of the other names are in Arabic script (and a
 * few in Ge'ez and Cyrillic script). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_int.h"
#include "demo.h"
#include "model.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

#define DEMO_FORCED_MIN 30
#define DEMO_NAMES_MIN 20

/* --- random numbers: xoshiro256** seeded by splitmix64 -------------------- */

typedef struct rng {
	uint64_t s[4];
} rng;

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void rng_seed(rng *r, uint64_t seed, uint64_t stream)
{
	uint64_t x = seed ^ (stream * 0xd1342543de82ef95ULL);

	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static inline uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

/* Uniform in [lo, hi] (lo when hi <= lo). */
static int rnd(rng *r, int lo, int hi)
{
	uint64_t span;

	if (hi <= lo)
		return lo;
	span = (uint64_t)((int64_t)hi - lo) + 1;
	return lo + (int)(((rng_next(r) >> 32) * span) >> 32);
}

static int chance(rng *r, int permille)
{
	return rnd(r, 0, 999) < permille;
}

/* Index drawn with the given weights. */
static int wpick(rng *r, const int *w, int n)
{
	int total = 0, x, i;

	for (i = 0; i < n; i++)
		total += w[i];
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

#define NELEM(a) ((int)(sizeof (a) / sizeof (a)[0]))
#define WPICK(r, w) wpick((r), (w), NELEM(w))
#define PICK(r, a) ((a)[rnd((r), 0, NELEM(a) - 1)])

/* --- names and places ------------------------------------------------------ */

static const char *const SY_M[] = { "Mohammed", "Ahmad", "Khaled", "Omar", "Mahmoud", "Yousef",
	"Ḥasan", "Bashar", "Rami", "Fādī", "Tāmer", "Anas", "Ibrahim", "Muḥammad", "Samer" };
static const char *const SY_F[] = { "Fatima", "Amal", "Rasha", "Hala", "Nour", "Rīm", "Lina",
	"Yasmīn", "Zaynab", "Ranā", "Ghāda", "Duʿāʾ" };
static const char *const SY_L[] = { "Al-Hassan", "Al-Khatib", "Ḥaddād", "Al-Ḥalabi", "Darwīsh",
	"Ibrāhīm", "Al-Aḥmad", "Khalīl", "Naṣr", "Qāsim", "Al-Shāmī", "Sulaymān", "Al-Ḥamwi",
	"ʿAbdallah", "Al-Masri" };
static const char *const ER_M[] = { "Yonas", "Dawit", "Filmon", "Mehari", "Samuel", "Berhane",
	"Habtom", "Robel", "Tesfalem", "Mussie" };
static const char *const ER_F[] = { "Selam", "Helen", "Senait", "Luwam", "Mebrat", "Saba",
	"Feven", "Ruta", "Winta" };
static const char *const ER_L[] = { "Tesfaye", "Habtë", "Gebremeskel", "Tekle", "Haile",
	"Kidane", "Weldemichael", "Ghebreyesus", "Mehreteab", "Asmerom", "Berhe", "Yohannes" };
static const char *const AF_M[] = { "Ahmad", "Mohammad", "Farid", "Hamid", "Jawād", "Naṣīr",
	"Sayed", "Zabihullah", "Mustafa", "Rahim" };
static const char *const AF_F[] = { "Fereshta", "Maryam", "Zahra", "Parwāna", "Mursal", "Ṣadaf",
	"Nazanīn", "Laila" };
static const char *const AF_L[] = { "Ahmadzai", "Nazarí", "Haidari", "Rahimi", "Karīmī",
	"Sultani", "Noori", "Hakimi", "Popal", "Stanikzai", "Sāfī" };
static const char *const TR_M[] = { "Mehmet", "Mustafa", "Emre", "Hüseyin", "İbrahim", "Ömer",
	"Yusuf", "Çağlar", "Barış", "Serkan" };
static const char *const TR_F[] = { "Ayşe", "Fatma", "Elif", "Zeynep", "Gül", "Şeyma", "Büşra",
	"Özlem", "Hülya" };
static const char *const TR_L[] = { "Yılmaz", "Şahin", "Öztürk", "Güneş", "Çelik", "Kaya",
	"Demir", "Aydın", "Doğan", "Koç", "Arslan", "Kurt" };
static const char *const YE_M[] = { "Abdullah", "Saleh", "Nasser", "Ammar", "Fuad", "Hāni" };
static const char *const YE_F[] = { "Amira", "Huda", "Samīra", "Afrāḥ", "Bushra" };
static const char *const YE_L[] = { "Al-Maqtari", "Al-Sanani", "Qaḥṭān", "Al-ʿAdeni", "Ba-Salim",
	"Al-Yāfiʿī" };
static const char *const IQ_M[] = { "Ali", "Ḥusayn", "Mustafa", "Haider", "Karrār", "Zaid" };
static const char *const IQ_F[] = { "Zahraa", "Ruqayya", "Mariam", "Duʿa", "Shaymāʾ" };
static const char *const IQ_L[] = { "Al-Jabouri", "Al-Mūsawī", "Al-Ṭāʾī", "Kadhim", "Jāsim",
	"Al-Rubaʿi" };
static const char *const SO_M[] = { "Abdi", "Mohamed", "Abdirahman", "Hassan", "Liban", "Farah" };
static const char *const SO_F[] = { "Hodan", "Faadumo", "Ifrah", "Sahra", "Hibo", "Ayaan" };
static const char *const SO_L[] = { "Warsame", "Abdullahi", "Farah", "Jama", "Hirsi", "Osman",
	"Aden", "Yusuf" };
static const char *const IR_M[] = { "Reza", "Ali", "Mehdi", "Saeed", "Amir", "Hossein",
	"Dariush", "Behrouz" };
static const char *const IR_F[] = { "Shirin", "Maryam", "Niloufar", "Parisa", "Setareh",
	"Golnār", "Leila" };
static const char *const IR_L[] = { "Hosseini", "Rezaei", "Mohammadi", "Ahmadi", "Jafari",
	"Karimi", "Moradi", "Tehrāni", "Nazarī" };
static const char *const UA_M[] = { "Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola",
	"Yurii", "Vasyl" };
static const char *const UA_F[] = { "Olena", "Iryna", "Nataliia", "Oksana", "Yuliia",
	"Kateryna", "Tetiana" };
static const char *const UA_L[] = { "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko",
	"Kravchenko", "Melnyk", "Koval", "Boyko", "Hrytsenko" };

/* Names in their own script. */
static const char *const AR_M[] = { "محمد", "أحمد", "خالد", "عمر", "علي", "حسن", "يوسف", "محمود" };
static const char *const AR_F[] = { "فاطمة", "زينب", "مريم", "نور", "أمل", "هالة", "رشا" };
static const char *const AR_L[] = { "العلي", "الحسن", "الخطيب", "حداد", "إبراهيم", "الموسوي",
	"الجبوري", "الشامي", "قاسم", "خليل", "درويش" };
static const char *const GZ_M[] = { "ዮናስ", "ዳዊት", "ሳሙኤል" };
static const char *const GZ_F[] = { "ሰላም", "ሳባ", "ሄለን" };
static const char *const GZ_L[] = { "ተስፋይ", "ሃብቶም", "ኪዳነ", "ተኽለ" };
static const char *const CY_M[] = { "Олександр", "Андрій", "Дмитро" };
static const char *const CY_F[] = { "Олена", "Ірина", "Оксана" };
static const char *const CY_L[] = { "Коваленко", "Шевченко", "Бондаренко", "Мельник" };

static const char *const TL_SY[] = { "Arabisch", "Arabisch, Koerdisch" };
static const char *const TL_ER[] = { "Tigrinya", "Tigrinya, Arabisch", "Tigrinya, Amhaars" };
static const char *const TL_AF[] = { "Dari", "Pasjtoe", "Dari, Pasjtoe" };
static const char *const TL_TR[] = { "Turks", "Koerdisch, Turks" };
static const char *const TL_YE[] = { "Arabisch" };
static const char *const TL_IQ[] = { "Arabisch", "Koerdisch (Sorani)", "Arabisch, Koerdisch" };
static const char *const TL_SO[] = { "Somalisch", "Somalisch, Arabisch" };
static const char *const TL_IR[] = { "Farsi", "Farsi, Koerdisch" };
static const char *const TL_UA[] = { "Oekraïens, Russisch", "Oekraïens" };

typedef struct country {
	const char *land;
	int weight;
	const char *const *m, *const *f, *const *l;
	int nm, nf, nl;
	const char *const *talen;
	int ntalen;
	int script;       /* 1 = Arabic script possible, 2 = Ge'ez, 3 = Cyrillic */
} country;

#define COUNTRY(land, w, M, F, L, T, s) \
	{ land, w, M, F, L, NELEM(M), NELEM(F), NELEM(L), T, NELEM(T), s }
static const country COUNTRIES[] = {
	COUNTRY("Syrië", 40, SY_M, SY_F, SY_L, TL_SY, 1),
	COUNTRY("Eritrea", 15, ER_M, ER_F, ER_L, TL_ER, 2),
	COUNTRY("Afghanistan", 10, AF_M, AF_F, AF_L, TL_AF, 0),
	COUNTRY("Turkije", 9, TR_M, TR_F, TR_L, TL_TR, 0),
	COUNTRY("Jemen", 5, YE_M, YE_F, YE_L, TL_YE, 1),
	COUNTRY("Irak", 5, IQ_M, IQ_F, IQ_L, TL_IQ, 1),
	COUNTRY("Somalië", 5, SO_M, SO_F, SO_L, TL_SO, 0),
	COUNTRY("Iran", 5, IR_M, IR_F, IR_L, TL_IR, 0),
	COUNTRY("Oekraïne", 6, UA_M, UA_F, UA_L, TL_UA, 3),
};

typedef struct fixed_name {
	const char *voornaam, *achternaam, *land, *talen;
	int geslacht;
} fixed_name;

static const fixed_name FIXED_NAMES[] = {
	{ "Ana", "Núñez", "Venezuela", "Spaans, Engels", 2 },
	{ "Mohammed", "Al-Hassan", "Syrië", "Arabisch", 1 },
	{ "محمد", "العلي", "Syrië", "Arabisch", 1 },
	{ "Ayşe", "Öztürk", "Turkije", "Turks", 2 },
	{ "Selam", "Tesfaye", "Eritrea", "Tigrinya", 2 },
};

static const char *const STREETS[] = { "Molenstraat", "Kerkstraat", "Stationsweg", "Julianalaan",
	"Beatrixstraat", "Dorpsstraat", "Prinses Margrietlaan", "Wilhelminastraat", "Oranjestraat",
	"Parkweg", "Lindelaan", "Kastanjelaan", "Schoolstraat", "Nieuwstraat", "Zuiderzeelaan",
	"Vondelstraat", "Rembrandtlaan", "Esdoornstraat", "Beukenlaan", "Populierenweg" };
static const char *const CITIES[] = { "Zwolle", "Kampen", "Deventer", "Apeldoorn", "Meppel",
	"Hardenberg", "Raalte", "Dalfsen", "Steenwijk", "Ommen", "Hattem", "Genemuiden" };
static const char POSTCODE_LETTERS[] = "ABCEGHJKLMNPRTVWXZ";

/* --- consultants and employers --------------------------------------------- */

static const struct {
	const char *naam, *login;
	int actief;
} CONSULTANTS[] = {
	{ "Sanne de Vries", "svries", 1 },
	{ "Joris van Dijk", "jdijk", 1 },
	{ "Fatima Bouzid", "fbouzid", 1 },
	{ "Eline Bakker", "ebakker", 1 },
	{ "Ruud Jansen", "rjansen", 1 },
	{ "Noor Visser", "nvisser", 1 },
	{ "Thomas Mulder", "tmulder", 0 },   /* left the team: his clients were handed over */
};
#define GONE_CONSULTANT 6

/* Employer name parts, index = sector code. */
static const char *const EMP_KIND[15][3] = {
	{ "Bedrijf", "Onderneming", "Firma" },
	{ "Transportbedrijf", "Distributiecentrum", "Koeriersdienst" },
	{ "Restaurant", "Hotel", "Cateringbedrijf" },
	{ "Bouwbedrijf", "Installatiebedrijf", "Schildersbedrijf" },
	{ "Metaalbewerking", "Bakkerij", "Verpakkingsbedrijf" },
	{ "Supermarkt", "Bouwmarkt", "Drogisterij" },
	{ "Schoonmaakbedrijf", "Facilitaire Diensten", "Glazenwassersbedrijf" },
	{ "Zorgcentrum", "Thuiszorg", "Verpleeghuis" },
	{ "Hoveniersbedrijf", "Groenvoorziening", "Kwekerij" },
	{ "Autobedrijf", "Garage", "Bandenservice" },
	{ "Kapsalon", "Barbershop", "Schoonheidssalon" },
	{ "Basisschool", "Gemeentewerf", "Bibliotheek" },
	{ "Administratiekantoor", "Klantcontactcentrum", "Drukkerij" },
	{ "Computerservice", "ICT-servicedesk", "Webwinkel" },
	{ "Kringloopwinkel", "Sportschool", "Fietsenmaker" },
};
static const char *const EMP_WORD[] = { "De Molen", "Oost", "Noord", "Van Dam", "De Vaart",
	"Het Anker", "Kroon", "De Linde", "Zuidpoort", "Hanze", "IJssel", "Vecht", "De Brug",
	"Sterk", "Samen", "Van den Berg", "De Haven", "Polder", "Horizon", "Groenoord", "Jansen",
	"De Wit", "Smit", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer" };
static const char *const EMP_CONTACT[][2] = {
	{ "Jan de Boer", "j.deboer" }, { "Petra Smit", "p.smit" }, { "Kees Meijer", "k.meijer" },
	{ "Anja de Groot", "a.degroot" }, { "Mark Bos", "m.bos" }, { "Ingrid Vos", "i.vos" },
	{ "Henk Peters", "h.peters" }, { "Marieke Hendriks", "m.hendriks" },
	{ "Dennis van Leeuwen", "d.vanleeuwen" }, { "Yvonne Dekker", "y.dekker" },
	{ "Bas Brouwer", "b.brouwer" }, { "Linda de Wit", "l.dewit" },
};
static const char *const FUNCTIE[15][3] = {
	{ "Medewerker", "Assistent", "Hulpkracht" },
	{ "Orderpicker", "Magazijnmedewerker", "Bijrijder" },
	{ "Afwasser", "Keukenhulp", "Medewerker bediening" },
	{ "Timmerman", "Monteur", "Grondwerker" },
	{ "Productiemedewerker", "Inpakker", "Machineoperator" },
	{ "Vakkenvuller", "Kassamedewerker", "Medewerker bevoorrading" },
	{ "Schoonmaker", "Facilitair medewerker", "Glazenwasser" },
	{ "Helpende zorg", "Medewerker huishouding", "Gastvrouw" },
	{ "Hovenier", "Groenmedewerker", "Medewerker kwekerij" },
	{ "Automonteur", "Bandenmonteur", "Poetser" },
	{ "Kapper", "Assistent kapper", "Medewerker salon" },
	{ "Onderwijsassistent", "Medewerker buitendienst", "Conciërge" },
	{ "Administratief medewerker", "Klantenservicemedewerker", "Postkamermedewerker" },
	{ "Helpdeskmedewerker", "Medewerker reparatie", "Medewerker webwinkel" },
	{ "Medewerker winkel", "Baliemedewerker", "Fietsenmaker" },
};
static const char *const AANBIEDER[] = { "Taalschool De Brug", "Werkplaats Oost",
	"Stichting Samen Verder", "Re-integratiebureau Baanbrekers", "Kringloop Het Goed",
	"Buurthuis De Schakel", "Leerwerkbedrijf Vakwerk", "Sportvereniging Vitesse '22",
	"Voedselbank", "Werkgeversservicepunt" };

/* --- journal texts ---------------------------------------------------------- */

static const char *const J_TEXT[8][4] = {
	{ "Contact vastgelegd.", "Contact vastgelegd.", "Contact vastgelegd.", "Contact vastgelegd." },
	{ "Voortgang besproken, taalles loopt goed.",
	  "Wensen en ambities besproken: wil graag in de logistiek werken.",
	  "Motivatie voor een startbaan besproken; cv samen bijgewerkt.",
	  "Evaluatie werkstage: positief, werkgever wil verlengen." },
	{ "Kwam langs met een brief van DUO; uitleg gegeven.",
	  "Vraag over de zorgtoeslag beantwoord.",
	  "Loonstrook samen doorgenomen.",
	  "Rooster taalles opgehaald en uitgelegd." },
	{ "Telefonisch contact: klant is ziek, afspraak verzet.",
	  "Gebeld over de start van de werkervaringsplek.",
	  "Klant niet bereikt; voicemail ingesproken.",
	  "Herinnering gegeven voor het voortgangsgesprek." },
	{ "Huisbezoek: woning op orde, kinderen gaan naar school.",
	  "Huisbezoek samen met de maatschappelijk werker.",
	  "Huisbezoek: kinderopvang geregeld, taalles kan starten.",
	  "Huisbezoek na verhuizing uit het azc." },
	{ "Videogesprek over het rooster en de reistijd naar het werk.",
	  "Videogesprek: voortgang taalles en KNM besproken.",
	  "Videogesprek met klant en jobcoach.",
	  "Videogesprek: sollicitatie voorbereid." },
	{ "Gegevens werkgever per e-mail doorgestuurd.",
	  "Bevestiging inschrijving taalschool ontvangen.",
	  "Verslag brede intake per e-mail gedeeld.",
	  "Rooster werkervaringsplek per e-mail gestuurd." },
	{ "Overleg met de taalschool over de aanwezigheid.",
	  "Overleg met werkgever over uren en begeleiding.",
	  "Overleg met VluchtelingenWerk over de huisvesting.",
	  "Overleg met de jobcoach: inwerken gaat goed." },
};

/* --- distributions (per mille; index = vocabulary code, 0 = Onbekend) -------
 * Tabel 1 of Bijlage 1, columns verplicht [0], vrijwillig [1], all [2]. */

static const int W_GESLACHT[3][4] = { { 11, 605, 384, 0 }, { 0, 787, 213, 0 }, { 7, 675, 318, 0 } };
/* 0 Onbekend, <25, 25-44, 45-64, 65+ */
static const int W_LEEFTIJD[3][5] = { { 8, 140, 653, 196, 3 }, { 21, 179, 609, 191, 0 },
	{ 13, 155, 643, 193, 2 } };
static const int W_OPLEIDING[3][5] = { { 169, 99, 462, 78, 191 }, { 64, 38, 455, 111, 332 },
	{ 129, 76, 463, 91, 241 } };
/* 0 Onbekend, <2018, 2018-2021, 2022+ */
static const int W_VERGUNNING[3][4] = { { 395, 0, 132, 473 }, { 94, 0, 243, 664 },
	{ 277, 0, 130, 593 } };
static const int W_BAAN[3][4] = { { 8, 909, 46, 38 }, { 0, 704, 195, 102 }, { 3, 819, 115, 61 } };
static const int W_TAAL[3][6] = { { 0, 720, 118, 156, 3, 3 }, { 5, 230, 226, 407, 124, 0 },
	{ 5, 540, 157, 247, 48, 2 } };
/* ja/nee: 0 Onbekend, 1 Ja, 2 Nee (the report's Engels column is
 * inconsistent; these average to its first column) */
static const int W_ENGELS[3][3] = { { 60, 250, 690 }, { 80, 500, 420 }, { 69, 356, 573 } };
static const int W_GEZIN[3][6] = { { 263, 280, 38, 35, 312, 73 }, { 173, 491, 35, 93, 150, 58 },
	{ 226, 359, 36, 58, 255, 66 } };
static const int W_VERBLIJF[3][4] = { { 0, 984, 3, 13 }, { 66, 628, 31, 274 }, { 25, 852, 13, 110 } };
static const int W_VERVOER[3][4] = { { 10, 416, 62, 512 }, { 10, 268, 26, 696 }, { 10, 355, 48, 587 } };
/* 0 Onbekend, B1, Z-route, Onderwijsroute, Nog niet toegekend */
static const int W_PROGRAMMA[3][5] = { { 0, 637, 360, 3, 0 }, { 100, 600, 270, 30, 0 },
	{ 40, 590, 350, 20, 0 } };
static const int W_UITKERING[3][3] = { { 27, 866, 108 }, { 146, 407, 447 }, { 71, 682, 232 } };

/* Tabel 2 (situatie on P), Onbekend lowered: index = SIT code, 0 Onbekend */
static const int W_SITUATIE_P[8] = { 100, 80, 190, 75, 350, 20, 85, 100 };

/* Tabel 6: startbaan */
static const int W_SOORT_SB[4] = { 11, 970, 7, 22 };
static const int W_HOE[3] = { 15, 323, 662 };
static const int W_URENAFSPRAAK[3] = { 74, 658, 268 };
static const int W_UREN[5] = { 120, 271, 227, 234, 149 };     /* Onbekend, 0-16, ... */
static const int W_LKS[3] = { 119, 435, 446 };
static const int W_WERKCOACH[3] = { 182, 368, 450 };
static const int W_JOBCOACH[3] = { 152, 323, 524 };
static const int W_HARRIE[3] = { 394, 19, 587 };
static const int W_SOORT_WG[6] = { 7, 714, 33, 141, 78, 26 };
/* Tabel 7: employers (Anders of the report spread over the small sectors) */
static const int W_SECTOR[15] = { 56, 248, 165, 138, 87, 79, 63, 59, 25, 20, 15, 15, 15, 8, 15 };
static const int W_OMVANG[9] = { 387, 30, 63, 126, 104, 156, 52, 19, 63 };
static const int W_ERVARING[3] = { 428, 491, 82 };
/* Tabel 8/9: reasons */
static const int W_REDEN_OH[5] = { 10, 20, 60, 40, 50 };
static const int W_REDEN_UITVAL[9] = { 30, 120, 30, 140, 50, 40, 30, 20, 440 };
static const int W_REDEN_EINDE[5] = { 30, 150, 200, 250, 70 };
/* Tabel 3: voortraject */
static const int W_SOORT_VT[4] = { 22, 503, 196, 279 };
/* activity types 1..8 (index 0 unused) */
static const int W_ACTIVITEIT[9] = { 0, 120, 300, 80, 100, 120, 200, 50, 30 };
/* journal kinds 1..7 */
static const int W_JOURNAAL[8] = { 0, 35, 15, 20, 5, 5, 10, 10 };

/* --- the generator's state ------------------------------------------------- */

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
	int nactive;
	int own;                /* index of db->user's consultant */
	int gone;               /* index of the consultant who left */
	emp *emps;
	size_t nemp;
	uint64_t kn_ctr, bsn_ctr;
	uint64_t kn_base, bsn_base;
	valerr ve;
} demo_ctx;

/* --- plans of participants --------------------------------------------------- */

enum { SP_NONE, SP_VT90, SP_CONTRACT, SP_OHLANG, SP_NOAF };
enum { PF_NONE, PF_PIP_NEAR, PF_PIP_PAST, PF_TERMIJN, PF_LEERROUTE, PF_ONTZORGEN, PF_VOORTGANG };

typedef struct scenario {
	int participant;
	int anchor_today;   /* 1 = the target holds on today, 0 = on P */
	int target;         /* SIT_* or VOCAB_ONBEKEND (instroom unknown); -1 = new since P */
	int special;        /* SP_* */
	int pipforce;       /* PF_* */
} scenario;

static const scenario FORCED[] = {
	{ 1, 1, SIT_VOORTRAJECT, SP_VT90, 0 },
	{ 1, 1, SIT_STARTBAAN, SP_CONTRACT, 0 },
	{ 1, 1, SIT_ON_HOLD, SP_OHLANG, 0 },
	{ 1, 1, VOCAB_ONBEKEND, SP_NOAF, 0 },
	{ 1, 1, SIT_NOG_VOORTRAJECT, SP_NOAF, 0 },
	{ 1, 1, SIT_BEMIDDELING, SP_NOAF, 0 },
	{ 1, 1, SIT_UITVAL, 0, 0 },
	{ 1, 1, SIT_EINDE, 0, 0 },
	{ 1, 0, VOCAB_ONBEKEND, 0, 0 },
	{ 1, 0, SIT_NOG_VOORTRAJECT, 0, 0 },
	{ 1, 0, SIT_VOORTRAJECT, 0, 0 },
	{ 1, 0, SIT_BEMIDDELING, 0, 0 },
	{ 1, 0, SIT_STARTBAAN, 0, 0 },
	{ 1, 0, SIT_ON_HOLD, 0, 0 },
	{ 1, 0, SIT_UITVAL, 0, 0 },
	{ 1, 0, SIT_EINDE, 0, 0 },
	{ 0, 0, 0, 0, PF_PIP_NEAR },
	{ 0, 0, 0, 0, PF_PIP_PAST },
	{ 0, 0, 0, 0, PF_TERMIJN },
	{ 0, 0, 0, 0, PF_LEERROUTE },
	{ 0, 0, 0, 0, PF_ONTZORGEN },
	{ 0, 0, 0, 0, PF_VOORTGANG },
};

#define OPEN_LEN 400    /* how far an open-ended phase reaches for anchoring */
#define MAX_PHASES 16

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
	int sb_maanden[3];
	int af;             /* 0, AFSLUITING_UITVAL, AFSLUITING_EINDE */
	int af_after_sb;    /* the einde follows a startbaan */
} plan;

static void plan_add(plan *p, int kind, int len, int rec)
{
	if (p->nph < MAX_PHASES) {
		p->ph[p->nph].kind = kind;
		p->ph[p->nph].len = len;
		p->ph[p->nph].rec = rec;
		p->ph[p->nph].start = 0;
		p->nph++;
	}
}

static int vt_len(rng *r)
{
	static const int w[3] = { 40, 80, 880 };

	switch (WPICK(r, w)) {
	case 0: return rnd(r, 30, 59);
	case 1: return rnd(r, 60, 89);
	default: return rnd(r, 90, 300);
	}
}

/* Contract length in months by Tabel 6 (-1 = unknown). */
static int pick_maanden(rng *r)
{
	static const int w[4] = { 197, 186, 595, 22 };
	static const int m712[] = { 7, 9, 12, 12, 12, 12, 6 + 6 };

	switch (WPICK(r, w)) {
	case 0: return -1;
	case 1: return rnd(r, 3, 6);
	case 2: return PICK(r, m712);
	default: return rnd(r, 13, 24);
	}
}

/* Draw a plan in which a phase of kind `target` exists (target <= 0: any). */
static void plan_make(rng *r, int target, int special, plan *p)
{
	/* where the plan stops: 0 nog voortraject, 1 voortraject running,
	 * 2 bemiddeling, 3 startbaan running, 4 startbaan then bemiddeling,
	 * 5 two startbanen (2nd running), 6 two then bemiddeling, 7 three */
	static const int STOP_W[8] = { 8, 14, 16, 12, 30, 5, 10, 5 };
	int stop, minstop = 0, maxstop = 7, k, t, with_oh;

	memset(p, 0, sizeof *p);
	switch (target) {
	case SIT_VOORTRAJECT: minstop = 1; break;
	case SIT_BEMIDDELING: minstop = 2; break;
	case SIT_STARTBAAN: minstop = 3; break;
	case SIT_EINDE: minstop = 4; break;
	}
	if (special == SP_VT90)
		minstop = maxstop = 1;
	else if (special == SP_CONTRACT)
		minstop = maxstop = 4;
	do
		stop = WPICK(r, STOP_W);
	while (stop < minstop || stop > maxstop);

	if (stop >= 2 && target != SIT_NOG_VOORTRAJECT && target != SIT_VOORTRAJECT &&
	    special == SP_NONE && chance(r, 200))
		p->niet_nodig = 1;
	if (!p->niet_nodig) {
		plan_add(p, SIT_NOG_VOORTRAJECT, stop == 0 ? -1 : rnd(r, 10, 120), 0);
		if (stop >= 1)
			plan_add(p, SIT_VOORTRAJECT, stop == 1 ? -1 : vt_len(r), 0);
	}
	if (stop >= 2)
		plan_add(p, SIT_BEMIDDELING, stop == 2 ? -1 : rnd(r, 14, 150), 0);
	p->nsb = stop >= 3 ? (stop - 1) / 2 : 0;
	for (k = 0; k < p->nsb; k++) {
		int m = pick_maanden(r), last = k == p->nsb - 1, open;

		if (special == SP_CONTRACT)
			m = rnd(r, 6, 12);
		open = last && (stop & 1);      /* 3, 5, 7: the last one runs on */
		if (open && m > 0 && chance(r, 500))
			m = -1;                 /* running without a known end */
		p->sb_maanden[k] = m;
		plan_add(p, SIT_STARTBAAN, open && m < 0 ? -1 :
			 m > 0 ? m * 30 + m / 2 : rnd(r, 120, 365), k);
		if (!last)
			plan_add(p, SIT_BEMIDDELING, rnd(r, 0, 60), 0);
		else if (!open)
			plan_add(p, SIT_BEMIDDELING, -1, 0);
	}

	/* closing: uitval or einde, always for those targets, sometimes after
	 * the anchor for others */
	if (target == SIT_UITVAL)
		p->af = AFSLUITING_UITVAL;
	else if (target == SIT_EINDE)
		p->af = AFSLUITING_EINDE;
	else if (special == SP_NONE && chance(r, 80))
		p->af = chance(r, 500) ? AFSLUITING_UITVAL : AFSLUITING_EINDE;
	if (p->af) {
		phase *last = &p->ph[p->nph - 1];

		if (last->len < 0) {
			if (last->kind == SIT_STARTBAAN && p->sb_maanden[last->rec] < 0)
				last->len = rnd(r, 90, 365);
			else if (last->kind == SIT_BEMIDDELING && p->nsb > 0 && p->af == AFSLUITING_EINDE)
				last->len = rnd(r, 0, 45);
			else
				last->len = rnd(r, 10, 200);
		}
		p->af_after_sb = p->nsb > 0;
		plan_add(p, p->af == AFSLUITING_UITVAL ? SIT_UITVAL : SIT_EINDE, -1, 0);
	}

	/* on hold: interrupts one phase, which resumes afterwards */
	with_oh = target == SIT_ON_HOLD || special == SP_OHLANG ||
		(special == SP_NONE && chance(r, 50));
	if (with_oh && p->nph + 2 <= MAX_PHASES) {
		int cand[MAX_PHASES], nc = 0, j, x, d;

		for (k = 0; k < p->nph; k++)
			if (p->ph[k].kind != SIT_UITVAL && p->ph[k].kind != SIT_EINDE &&
			    p->ph[k].len != 0 && p->ph[k].len != 1)
				cand[nc++] = k;
		if (nc > 0) {
			j = cand[rnd(r, 0, nc - 1)];
			x = p->ph[j].len < 0 ? rnd(r, 0, 200) : rnd(r, 1, p->ph[j].len - 1);
			d = special == SP_OHLANG ? rnd(r, 200, 320) : rnd(r, 20, 250);
			memmove(&p->ph[j + 3], &p->ph[j + 1], (size_t)(p->nph - j - 1) * sizeof p->ph[0]);
			p->ph[j + 2] = p->ph[j];
			p->ph[j + 2].len = p->ph[j].len < 0 ? -1 : p->ph[j].len - x;
			p->ph[j].len = x;
			p->ph[j + 1].kind = SIT_ON_HOLD;
			p->ph[j + 1].len = d;
			p->ph[j + 1].rec = 0;
			p->nph += 2;
		}
	}
	for (k = 0, t = 0; k < p->nph; k++) {
		p->ph[k].start = t;
		if (p->ph[k].len > 0)
			t += p->ph[k].len;
	}
}

/* Offset (days after the instroom) of a day inside a phase of kind target. */
static int plan_anchor(rng *r, const plan *p, int target, int special)
{
	int cand[MAX_PHASES], nc = 0, k;
	const phase *ph;
	int len;

	for (k = 0; k < p->nph; k++)
		if (p->ph[k].kind == target && p->ph[k].len != 0)
			cand[nc++] = k;
	if (nc == 0)
		return 0;
	ph = &p->ph[cand[rnd(r, 0, nc - 1)]];
	len = ph->len < 0 ? OPEN_LEN : ph->len;
	switch (special) {
	case SP_VT90:
		return ph->start + rnd(r, 95, 250);
	case SP_CONTRACT:
		return ph->start + ph->len - rnd(r, 1, 25);
	case SP_OHLANG:
		return ph->start + rnd(r, 100, len - 1);
	default:
		return ph->start + rnd(r, 0, len - 1);
	}
}

/* Absolute span of the phases matching (kind, rec); *open = last piece
 * open-ended.  Returns 0 when there is none. */
static int plan_span(const plan *p, int kind, int rec, cdate I, cdate *s, cdate *e)
{
	int first = -1, last = -1;

	for (int k = 0; k < p->nph; k++)
		if (p->ph[k].kind == kind && (kind != SIT_STARTBAAN || p->ph[k].rec == rec)) {
			if (first < 0)
				first = k;
			last = k;
		}
	if (first < 0)
		return 0;
	*s = I + p->ph[first].start;
	*e = p->ph[last].len < 0 ? CDATE_NONE : I + p->ph[last].start + p->ph[last].len;
	return 1;
}

/* --- PIP steps ----------------------------------------------------------------- */

typedef struct pipdates {
	cdate ins;          /* inschrijving, CDATE_NONE = not yet (azc) */
	cdate pip;          /* PIP vastgesteld (may lie after today) */
	cdate einde_inb;    /* inburgering afgerond <= today, else NONE */
} pipdates;

typedef struct pstep {
	int stap;
	cdate datum;
	int reden;
	const char *resultaat;
	double uren;
} pstep;

typedef struct psteps {
	pstep s[32];
	int n;
} psteps;

static void ps_add(psteps *ps, int stap, cdate d, int reden, const char *res, double uren)
{
	if (ps->n < NELEM(ps->s) && d != CDATE_NONE) {
		pstep *x = &ps->s[ps->n++];
		x->stap = stap;
		x->datum = d;
		x->reden = reden;
		x->resultaat = res;
		x->uren = uren;
	}
}

static int cmp_pstep(const void *a, const void *b)
{
	const pstep *x = a, *y = b;

	if (x->datum != y->datum)
		return x->datum < y->datum ? -1 : 1;
	return x->stap - y->stap;
}

/* The day d for which the leerroute window (day after d + 18 months)
 * closes 1..30 days after today. */
static cdate leerroute_pip(cdate today)
{
	cdate d = cdate_add_months(today + 15, -18) - 1;

	for (int k = 0; k < 60; k++) {
		cdate close = cdate_add_months(d + 1, 18);
		if (close > today && close - today <= 30)
			return d;
		d += close > today + 30 ? -1 : 1;
	}
	return d;
}

/* Plan the PIP steps of a client from the inschrijving on. */
static void pip_plan(rng *r, const demo_ctx *x, int programma, int uitkering, int pf,
		     pipdates *pd, psteps *ps)
{
	static const char *const LBT_RES[] = { "Onbekend", "Voldoende: B1-route haalbaar",
		"Laag: Z-route geadviseerd", "Hoog: onderwijsroute mogelijk", "Afgenomen" };
	cdate today = x->today, ins = pd->ins, pip, d, lbt, ia, os, vg, last_vg, stop, map_end;
	int nvg = 0, recent;
	cdate vgs[64];

	ps->n = 0;
	pd->pip = CDATE_NONE;
	pd->einde_inb = CDATE_NONE;
	if (ins == CDATE_NONE)
		return;
	/* not every step was recorded (older ones came from another system) */
	recent = today - ins < 550;
	if (chance(r, recent ? 300 : 100))
		ps_add(ps, PIP_KOPPELING, ins - rnd(r, 20, 120), 0, NULL, -1);
	ps_add(ps, PIP_INSCHRIJVING, ins, 0, NULL, -1);
	if (chance(r, recent ? 300 : 50))
		ps_add(ps, PIP_INTAKE_GESTART, ins + rnd(r, 3, 10), 0, NULL, -1);
	lbt = ins + rnd(r, 11, 35);
	ia = lbt + rnd(r, 3, 20);
	if (chance(r, recent ? 700 : 250))
		ps_add(ps, PIP_LBT, lbt, 0, LBT_RES[programma <= 3 ? programma : 4], -1);
	if (chance(r, recent ? 500 : 150))
		ps_add(ps, PIP_INTAKE_AFGEROND, ia, 0, NULL, -1);

	switch (pf) {
	case PF_PIP_NEAR: pip = ins + 66; break;
	case PF_PIP_PAST: pip = ins + 95; break;
	case PF_TERMIJN: pip = cdate_add_months(today, -32); break;
	case PF_LEERROUTE: pip = leerroute_pip(today); break;
	case PF_VOORTGANG: pip = today - 240; break;
	default: pip = ins + (chance(r, 850) ? rnd(r, 40, 70) : rnd(r, 71, 110)); break;
	}
	if (pip < ia)
		pip = ia + 1;
	pd->pip = pip;
	ps_add(ps, PIP_VASTGESTELD, pip, 0, NULL, -1);

	/* ontzorgen for those on benefit: six months of fixed costs */
	if ((uitkering == JANEE_JA && (recent || chance(r, 250))) || pf == PF_ONTZORGEN) {
		os = pf == PF_ONTZORGEN ? cdate_add_months(today, -6) + 12 : ins + rnd(r, 0, 14);
		ps_add(ps, PIP_ONTZORGEN_START, os, 0, NULL, -1);
		if (pf == PF_NONE && chance(r, 980))
			ps_add(ps, PIP_ONTZORGEN_EINDE, cdate_add_months(os, 6), 0, NULL, -1);
		else if (pf != PF_NONE && cdate_add_months(os, 6) > today)
			ps_add(ps, PIP_ONTZORGEN_EINDE, cdate_add_months(os, 6), 0, NULL, -1);
	}

	/* the end of the inburgering */
	stop = CDATE_NONE;
	if (pf == PF_NONE) {
		if (programma == INBURG_ZROUTE) {
			d = pip + rnd(r, 850, 1050);
			ps_add(ps, PIP_EINDGESPREK_Z, d, 0, NULL, -1);
			if (chance(r, 800))
				stop = d + rnd(r, 7, 30);
		} else if (programma == INBURG_B1 && chance(r, 600)) {
			stop = pip + rnd(r, 600, 1050);
		} else if (programma == INBURG_ONDERWIJS && chance(r, 700)) {
			stop = pip + rnd(r, 500, 700);
		}
		if (stop != CDATE_NONE) {
			ps_add(ps, PIP_INBURGERING_AFGEROND, stop, 0, NULL, -1);
			if (stop <= today)
				pd->einde_inb = stop;
		}
	}

	/* modules */
	if (programma == INBURG_B1 || programma == INBURG_ZROUTE) {
		d = pip + rnd(r, 60, 270);
		map_end = d + rnd(r, 60, 200);
		if (map_end > today || chance(r, 100))
			ps_add(ps, PIP_MAP_GESTART, d, 0, NULL, -1);
		if (chance(r, recent ? 600 : 350))
			ps_add(ps, PIP_MAP_AFGEROND, map_end, 0, NULL, rnd(r, 40, 90));
	}
	if (programma != INBURG_ONDERWIJS && chance(r, recent ? 450 : 300))
		ps_add(ps, PIP_PVT_AFGEROND, pip + rnd(r, 120, 450), 0, NULL, -1);
	if (programma == INBURG_B1 && chance(r, recent ? 450 : 300))
		ps_add(ps, PIP_KNM, pip + rnd(r, 200, 700), 0, NULL, -1);
	if (pf == PF_NONE && chance(r, 100)) {
		static const int W_PREDEN[5] = { 5, 40, 30, 10, 15 };
		ps_add(ps, PIP_GEWIJZIGD, pip + rnd(r, 60, 500), WPICK(r, W_PREDEN), NULL, -1);
	}

	/* voortgangsgesprekken every 10-17 weeks while the inburgering runs;
	 * only the last one or two are recorded (older ones were not migrated) */
	last_vg = pf == PF_VOORTGANG ? today - 120 : chance(r, 100) ? today - rnd(r, 92, 200) : today;
	if (pd->einde_inb != CDATE_NONE && pd->einde_inb < last_vg)
		last_vg = pd->einde_inb;
	for (vg = pip + rnd(r, 70, 120); vg <= last_vg && nvg < NELEM(vgs); vg += rnd(r, 70, 120))
		vgs[nvg++] = vg;
	for (int k = nvg >= 2 && chance(r, 150) ? nvg - 2 : nvg - 1; k >= 0 && k < nvg; k++)
		ps_add(ps, PIP_VOORTGANGSGESPREK, vgs[k], 0, NULL, -1);
	if (pd->einde_inb == CDATE_NONE && pf != PF_VOORTGANG && pip <= today && chance(r, 500)) {
		d = (nvg ? vgs[nvg - 1] : pip) + rnd(r, 80, 91);
		ps_add(ps, PIP_VOORTGANGSGESPREK, d > today ? d : today + rnd(r, 1, 21), 0, NULL, -1);
	}

	qsort(ps->s, (size_t)ps->n, sizeof ps->s[0], cmp_pstep);
}

/* --- building blocks ------------------------------------------------------------- */

static int fail(demo_ctx *x, int rc, const char *what)
{
	if (rc == CASUS_INVALID && x->ve.n > 0) {
		char *t = valerr_text(&x->ve);
		snprintf(x->db->errmsg, sizeof x->db->errmsg, "Democaseload (%s): %s", what, t);
		free(t);
	}
	valerr_free(&x->ve);
	return rc;
}

static cdate last_31_oktober(cdate today)
{
	int y = cdate_year(today);
	cdate p = cdate_from_ymd(y, 10, 31);

	return p <= today ? p : cdate_from_ymd(y - 1, 10, 31);
}

static int setup_consultants(demo_ctx *x)
{
	consultant c;
	int i, rc, k = 0;

	x->own = -1;
	for (i = 0; i < NELEM(CONSULTANTS); i++) {
		memset(&c, 0, sizeof c);
		rc = store_consultant_by_login(x->db, CONSULTANTS[i].login, &c);
		if (rc == CASUS_NOTFOUND) {
			c.naam = xstrdup(CONSULTANTS[i].naam);
			c.login = xstrdup(CONSULTANTS[i].login);
			c.actief = CONSULTANTS[i].actief;
			rc = store_consultant_save(x->db, &c, &x->ve);
		}
		if (rc != CASUS_OK) {
			consultant_clear(&c);
			return fail(x, rc, "consulent");
		}
		x->cons_id[k] = c.id;
		x->cons_login[k] = CONSULTANTS[i].login;
		if (strcmp(CONSULTANTS[i].login, x->db->user) == 0)
			x->own = k;
		if (i == GONE_CONSULTANT)
			x->gone = k;
		k++;
		consultant_clear(&c);
	}
	if (x->own < 0) {
		memset(&c, 0, sizeof c);
		rc = store_consultant_by_login(x->db, x->db->user, &c);
		if (rc == CASUS_NOTFOUND) {
			c.naam = xstrdup(x->db->user);
			c.login = xstrdup(x->db->user);
			c.actief = 1;
			rc = store_consultant_save(x->db, &c, &x->ve);
		}
		if (rc != CASUS_OK) {
			consultant_clear(&c);
			return fail(x, rc, "consulent");
		}
		x->cons_id[k] = c.id;
		x->cons_login[k] = x->db->user;
		x->own = k++;
		consultant_clear(&c);
	}
	x->ncons = k;
	return CASUS_OK;
}

/* An active consultant (never the one who left). */
static int pick_consultant(rng *r, const demo_ctx *x)
{
	int k;

	do
		k = rnd(r, 0, x->ncons - 1);
	while (k == x->gone);
	return k;
}

static int setup_employers(demo_ctx *x)
{
	size_t want = (size_t)(x->n * 6 / 10) / 8, k;
	int nw = NELEM(EMP_WORD), nc = NELEM(CITIES), rc;
	employer w;
	rng r;

	if (want < 4)
		want = 4;
	x->emps = xcalloc(want, sizeof *x->emps);
	for (k = 0; k < want; k++) {
		int sector, ci;
		char *naam;

		rng_seed(&r, x->seed, 0x454d50ULL << 32 | k);
		sector = WPICK(&r, W_SECTOR);
		if (k < (size_t)(nw * nc))
			naam = xasprintf("%s %s %s", EMP_KIND[sector][rnd(&r, 0, 2)],
					 EMP_WORD[k % (size_t)nw], CITIES[(k / (size_t)nw) % (size_t)nc]);
		else
			naam = xasprintf("%s %s %s vestiging %zu", EMP_KIND[sector][rnd(&r, 0, 2)],
					 EMP_WORD[k % (size_t)nw], CITIES[(k / (size_t)nw) % (size_t)nc],
					 k / (size_t)(nw * nc) + 1);
		memset(&w, 0, sizeof w);
		rc = store_employer_by_name(x->db, naam, &w);
		if (rc == CASUS_NOTFOUND) {
			employer_init(&w);
			w.naam = naam;
			naam = NULL;
			ci = rnd(&r, 0, NELEM(EMP_CONTACT) - 1);
			w.contactpersoon = xstrdup(EMP_CONTACT[ci][0]);
			w.telefoon = xasprintf("0%d-%07d", rnd(&r, 10, 99) * 10 + 8, rnd(&r, 0, 9999999));
			w.email = xasprintf("%s@example.com", EMP_CONTACT[ci][1]);
			w.sector = sector;
			w.omvang = WPICK(&r, W_OMVANG);
			w.ervaring = WPICK(&r, W_ERVARING);
			rc = store_employer_save(x->db, &w, &x->ve);
		}
		free(naam);
		if (rc != CASUS_OK) {
			employer_clear(&w);
			return fail(x, rc, "werkgever");
		}
		x->emps[k].id = w.id;
		x->emps[k].sector = w.sector;
		employer_clear(&w);
	}
	x->nemp = want;
	return CASUS_OK;
}

/* Next klantnummer / BSN from their permutations. */
static char *next_klantnummer(demo_ctx *x)
{
	uint64_t v = (x->kn_base + x->kn_ctr++ * 7919ULL) % 1000000ULL;

	return xasprintf("K%06u", (unsigned)v);
}

static char *next_bsn(demo_ctx *x)
{
	for (;;) {
		uint64_t v = (x->bsn_base + x->bsn_ctr++ * 54435761ULL) % 100000000ULL;
		char d[10];
		int sum = 0;

		snprintf(d, sizeof d, "%08u", (unsigned)v);
		for (int i = 0; i < 8; i++)
			sum += (9 - i) * (d[i] - '0');
		sum %= 11;
		if (sum == 10 || v < 10000000ULL)
			continue;       /* no check digit, or a leading zero */
		return xasprintf("%s%d", d, sum);
	}
}

static int birth_date(rng *r, cdate today, int group, cdate *out)
{
	static const int lo[5] = { 0, 18, 25, 45, 65 }, hi[5] = { 0, 24, 44, 64, 66 };

	if (group <= 0 || group > 4) {
		*out = CDATE_NONE;
		return 0;
	}
	*out = cdate_add_months(today, -12 * lo[group]) - rnd(r, 0, (hi[group] - lo[group] + 1) * 365 - 1);
	return 1;
}

static char *moment_text(rng *r, cdate d)
{
	char iso[11];

	cdate_format_iso(d, iso);
	return xasprintf("%s %02d:%02d", iso, rnd(r, 8, 16), rnd(r, 0, 3) * 15);
}

/* Lowercase ASCII letters of s (for e-mail addresses); "" when none. */
static void ascii_part(const char *s, char *out, size_t max)
{
	size_t n = 0;

	for (; s && *s && n + 1 < max; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch >= 'A' && ch <= 'Z')
			out[n++] = (char)(ch - 'A' + 'a');
		else if (ch >= 'a' && ch <= 'z')
			out[n++] = (char)ch;
	}
	out[n] = '\0';
}

/* --- one client ---------------------------------------------------------------- */

typedef struct person {
	int col;            /* distribution column: 0 verplicht, 1 vrijwillig, 2 all */
	int azc;
} person;

static int save_client(demo_ctx *x, client *c)
{
	for (int attempt = 0; attempt < 50; attempt++) {
		int rc = store_client_save(x->db, c, &x->ve);

		if (rc != CASUS_INVALID)
			return rc;
		/* klantnummer or BSN taken (casus demo --toevoegen): next ones */
		valerr_free(&x->ve);
		free(c->klantnummer);
		c->klantnummer = next_klantnummer(x);
		if (c->bsn) {
			free(c->bsn);
			c->bsn = next_bsn(x);
		}
	}
	return store_client_save(x->db, c, &x->ve);
}

static int gen_client(demo_ctx *x, int idx, const scenario *forced)
{
	casus_db *db = x->db;
	cdate today = x->today, P = x->P, I = CDATE_NONE, birth;
	scenario sc;
	plan pl;
	pipdates pd;
	psteps ps;
	person pp;
	client c;
	rng r;
	const country *co;
	int rc, k, gender, group, cons, start_cons, has_plan = 0, niet_nodig = 0;
	cdate vt_s = CDATE_NONE;

	rng_seed(&r, x->seed, (uint64_t)idx + 1);
	client_init(&c);
	memset(&pl, 0, sizeof pl);

	/* the scenario */
	if (forced) {
		sc = *forced;
	} else {
		memset(&sc, 0, sizeof sc);
		sc.participant = chance(&r, 600);
		if (sc.participant) {
			int since = today - P;
			if (since > 14 && chance(&r, 250 * since / 365))
				sc.target = -1;
			else
				sc.target = WPICK(&r, W_SITUATIE_P);
		}
	}

	/* the participant's plan and instroom date */
	if (sc.participant) {
		int t = sc.target, off;

		if (t == VOCAB_ONBEKEND) {      /* instroom unknown: a hidden plan */
			static const int hidden[4] = { SIT_NOG_VOORTRAJECT, SIT_VOORTRAJECT,
				SIT_BEMIDDELING, SIT_STARTBAAN };
			t = sc.special == SP_NOAF ? hidden[rnd(&r, 0, 3)] : WPICK(&r, W_SITUATIE_P);
			if (t == VOCAB_ONBEKEND)
				t = SIT_STARTBAAN;
		}
		if (t == -1) {
			plan_make(&r, -1, SP_NONE, &pl);
			I = today - rnd(&r, 0, today - P - 1);
		} else {
			/* instroom within about three and a half years */
			for (k = 0; k < 20; k++) {
				plan_make(&r, t, sc.special, &pl);
				off = plan_anchor(&r, &pl, t, sc.special);
				I = (sc.anchor_today ? today : P) - off;
				if (today - I <= 1280)
					break;
			}
		}
		has_plan = 1;
		niet_nodig = pl.niet_nodig;
		c.startbanen = 1;
		c.deelname = (int)WPICK(&r, ((const int[3]){ 30, 590, 380 }));
		pp.col = c.deelname == DEELNAME_VERPLICHT ? 0 : c.deelname == DEELNAME_VRIJWILLIG ? 1 : 2;
		c.datum_instroom = sc.target == VOCAB_ONBEKEND ? CDATE_NONE : I;
	} else {
		pp.col = 2;
	}

	/* who they are */
	gender = WPICK(&r, W_GESLACHT[pp.col]);
	c.geslacht = gender;
	if (gender == VOCAB_ONBEKEND || gender == 3)
		gender = chance(&r, 650) ? 1 : 2;
	co = &COUNTRIES[0];
	{
		int w[NELEM(COUNTRIES)];
		for (k = 0; k < NELEM(COUNTRIES); k++)
			w[k] = COUNTRIES[k].weight;
		co = &COUNTRIES[WPICK(&r, w)];
	}
	if (co->script == 1 && chance(&r, 100)) {
		c.voornaam = xstrdup(gender == 1 ? PICK(&r, AR_M) : PICK(&r, AR_F));
		c.achternaam = xstrdup(PICK(&r, AR_L));
	} else if (co->script == 2 && chance(&r, 50)) {
		c.voornaam = xstrdup(gender == 1 ? PICK(&r, GZ_M) : PICK(&r, GZ_F));
		c.achternaam = xstrdup(PICK(&r, GZ_L));
	} else if (co->script == 3 && chance(&r, 80)) {
		c.voornaam = xstrdup(gender == 1 ? PICK(&r, CY_M) : PICK(&r, CY_F));
		c.achternaam = xstrdup(PICK(&r, CY_L));
	} else {
		c.voornaam = xstrdup(gender == 1 ? co->m[rnd(&r, 0, co->nm - 1)] : co->f[rnd(&r, 0, co->nf - 1)]);
		c.achternaam = xstrdup(co->l[rnd(&r, 0, co->nl - 1)]);
	}
	/* the fixed names stay unique */
	for (k = 0; k < NELEM(FIXED_NAMES); k++)
		if (strcmp(c.voornaam, FIXED_NAMES[k].voornaam) == 0 &&
		    strcmp(c.achternaam, FIXED_NAMES[k].achternaam) == 0) {
			free(c.achternaam);
			c.achternaam = xstrdup(co->script == 1 && (unsigned char)c.voornaam[0] >= 0xD8 ?
					       "الخطيب" : "Khalīl");
		}
	c.land_herkomst = xstrdup(co->land);
	c.engels = WPICK(&r, W_ENGELS[pp.col]);
	c.talen = c.engels == JANEE_JA ?
		xasprintf("%s, Engels", co->talen[rnd(&r, 0, co->ntalen - 1)]) :
		xstrdup(co->talen[rnd(&r, 0, co->ntalen - 1)]);
	if (x->n >= DEMO_NAMES_MIN && idx < NELEM(FIXED_NAMES)) {
		const fixed_name *f = &FIXED_NAMES[idx];
		free(c.voornaam);
		free(c.achternaam);
		free(c.land_herkomst);
		free(c.talen);
		c.voornaam = xstrdup(f->voornaam);
		c.achternaam = xstrdup(f->achternaam);
		c.land_herkomst = xstrdup(f->land);
		c.talen = xstrdup(f->talen);
		c.geslacht = f->geslacht;
	}

	group = WPICK(&r, W_LEEFTIJD[pp.col]);
	if (birth_date(&r, today, group, &birth)) {
		c.geboortejaar = cdate_year(birth);
		if (!chance(&r, 80))
			c.geboortedatum = birth;
	}
	c.klantnummer = next_klantnummer(x);
	if (chance(&r, 960))
		c.bsn = next_bsn(x);
	if (chance(&r, 900))
		c.telefoon = xasprintf("06-%08d", rnd(&r, 10000000, 99999999));
	if (chance(&r, 550)) {
		char a[40], b[40];
		ascii_part(c.voornaam, a, sizeof a);
		ascii_part(c.achternaam, b, sizeof b);
		if (a[0] && b[0])
			c.email = xasprintf("%s.%s%d@example.com", a, b, rnd(&r, 1, 99));
		else
			c.email = xasprintf("%c%s@example.com", 'k', c.klantnummer + 1);
	}
	c.opleiding = WPICK(&r, W_OPLEIDING[pp.col]);
	c.baan_bij_instroom = WPICK(&r, W_BAAN[pp.col]);
	c.taalniveau = WPICK(&r, W_TAAL[pp.col]);
	c.gezinssituatie = WPICK(&r, W_GEZIN[pp.col]);
	switch (c.gezinssituatie) {
	case 1: case 3:
		c.aantal_kinderen = chance(&r, 950) ? 0 : -1;
		break;
	case 2:
		c.aantal_kinderen = rnd(&r, 1, 4);
		break;
	case 4: {
		static const int w[7] = { 0, 25, 30, 20, 12, 8, 5 };
		c.aantal_kinderen = WPICK(&r, w);
		break;
	}
	case 5:
		c.aantal_kinderen = rnd(&r, 0, 2);
		break;
	default: {
		static const int w[8] = { 50, 500, 150, 150, 80, 40, 20, 10 };
		c.aantal_kinderen = WPICK(&r, w) - 1;
		break;
	}
	}
	/* living in an azc: no inschrijving yet (the fixed scenarios need one) */
	c.verblijfssituatie = WPICK(&r, W_VERBLIJF[pp.col]);
	if (forced && c.verblijfssituatie == 3)
		c.verblijfssituatie = 1;
	pp.azc = c.verblijfssituatie == 3;
	if (pp.azc)
		c.adres = xasprintf("Azc %s", PICK(&r, CITIES));
	else
		c.adres = xasprintf("%s %d, %04d %c%c %s", PICK(&r, STREETS), rnd(&r, 1, 180),
				    rnd(&r, 1000, 9999),
				    POSTCODE_LETTERS[rnd(&r, 0, (int)sizeof POSTCODE_LETTERS - 2)],
				    POSTCODE_LETTERS[rnd(&r, 0, (int)sizeof POSTCODE_LETTERS - 2)],
				    PICK(&r, CITIES));
	c.vervoer = WPICK(&r, W_VERVOER[pp.col]);
	c.rijbewijs = c.vervoer == 2 ? JANEE_JA : WPICK(&r, ((const int[3]){ 250, 100, 650 }));
	c.inburgeringsprogramma = WPICK(&r, W_PROGRAMMA[pp.col]);
	c.uitkering = WPICK(&r, W_UITKERING[pp.col]);
	if (pp.azc) {
		c.inburgeringsprogramma = chance(&r, 500) ? INBURG_NIET_TOEGEKEND : VOCAB_ONBEKEND;
		c.uitkering = chance(&r, 800) ? JANEE_NEE : VOCAB_ONBEKEND;
	}
	if (sc.pipforce == PF_ONTZORGEN)
		c.uitkering = JANEE_JA;
	c.voortraject_niet_nodig = niet_nodig;

	/* inburgering: PIP steps from the inschrijving */
	memset(&pd, 0, sizeof pd);
	if (pp.azc)
		pd.ins = CDATE_NONE;
	else if (sc.pipforce == PF_PIP_NEAR)
		pd.ins = today - 60;
	else if (sc.pipforce == PF_PIP_PAST)
		pd.ins = today - 85;
	else if (sc.pipforce == PF_TERMIJN)
		pd.ins = cdate_add_months(today, -32) - 60;
	else if (sc.pipforce == PF_LEERROUTE)
		pd.ins = leerroute_pip(today) - 55;
	else if (sc.pipforce == PF_ONTZORGEN)
		pd.ins = cdate_add_months(today, -6) + 5;
	else if (sc.pipforce == PF_VOORTGANG)
		pd.ins = today - 300;
	else if (sc.participant)
		pd.ins = I - rnd(&r, 30, 540);
	else
		pd.ins = today - rnd(&r, -20, 1300);
	pip_plan(&r, x, c.inburgeringsprogramma, c.uitkering, sc.pipforce, &pd, &ps);
	if (pd.pip != CDATE_NONE && !chance(&r, pp.col == 1 ? 150 : 50))
		c.start_inburgering = pd.pip + 1;
	if (c.start_inburgering != CDATE_NONE)
		c.einde_inburgering = pd.einde_inb;

	/* the residence permit: before the koppeling */
	switch (WPICK(&r, W_VERGUNNING[pp.col])) {
	case 2:
		c.datum_verblijfsvergunning = cdate_from_ymd(2018, 1, 1) + rnd(&r, 0, 1460);
		break;
	case 3: {
		cdate base = pd.ins != CDATE_NONE ? pd.ins : (I != CDATE_NONE ? I : today);
		cdate d = base - rnd(&r, 60, 240), lo = cdate_from_ymd(2022, 1, 1);
		if (d < lo)
			d = lo + rnd(&r, 0, 300);
		c.datum_verblijfsvergunning = d < today ? d : today;
		break;
	}
	default:
		break;
	}

	/* the regiehouder, with a history for some */
	cons = idx < NELEM(FIXED_NAMES) && x->n >= DEMO_NAMES_MIN ? x->own : pick_consultant(&r, x);
	start_cons = cons;
	if (chance(&r, 25))
		start_cons = x->gone;
	else if (chance(&r, 8))
		while ((start_cons = pick_consultant(&r, x)) == cons)
			;
	c.regiehouder_id = x->cons_id[start_cons];

	rc = save_client(x, &c);
	if (rc != CASUS_OK)
		goto out;

	if (start_cons != cons) {
		static const char *const REDEN[] = { "Herverdeling caseload", "Op verzoek van klant",
			"Verhuizing binnen de gemeente" };
		cdate lo = pd.ins != CDATE_NONE ? pd.ins : (I != CDATE_NONE ? I : today - 400);
		cdate d = lo + rnd(&r, 0, today - lo > 0 ? today - lo : 0);
		rc = store_handover(db, c.id, x->cons_id[cons], d,
				    start_cons == x->gone ? "Consulent uit dienst" : PICK(&r, REDEN), &x->ve);
		if (rc != CASUS_OK) {
			rc = fail(x, rc, "overdracht");
			goto out;
		}
	}

	/* PIP steps: done up to today, for most the first one after today
	 * planned */
	{
		int planned = !chance(&r, 650);
		for (k = 0; k < ps.n; k++) {
			pip_step s;

			if (ps.s[k].datum > today && planned++)
				continue;
			pip_step_init(&s);
			s.client_id = c.id;
			s.stap = ps.s[k].stap;
			s.datum = ps.s[k].datum;
			s.status = ps.s[k].datum <= today ? PIPSTATUS_GEDAAN : PIPSTATUS_GEPLAND;
			s.reden = ps.s[k].reden;
			s.uren = ps.s[k].uren;
			if (ps.s[k].resultaat)
				s.resultaat = xstrdup(ps.s[k].resultaat);
			if (s.stap == PIP_GEWIJZIGD)
				s.notitie = xstrdup("PIP aangepast na overleg met klant en taalschool.");
			rc = store_pip_step_save(db, &s, &x->ve);
			pip_step_clear(&s);
			if (rc != CASUS_OK) {
				rc = fail(x, rc, "PIP-stap");
				goto out;
			}
		}
	}

	/* the startbanen route */
	if (has_plan) {
		cdate s, e;
		if (plan_span(&pl, SIT_VOORTRAJECT, 0, I, &s, &e) && s <= today) {
			voortraject v;
			int nact;

			vt_s = s;
			voortraject_init(&v);
			v.client_id = c.id;
			v.start = vt_s;
			v.einde = e != CDATE_NONE && e <= today ? e : CDATE_NONE;
			v.soort = WPICK(&r, W_SOORT_VT);
			if (chance(&r, 250))
				v.notitie = xstrdup(v.soort == 2 ? "Maatwerk: eerst taalstage, daarna werkstage." :
						    "Programma werknemersvaardigheden met praktijkdeel.");
			rc = store_voortraject_save(db, &v, &x->ve);
			if (rc != CASUS_OK) {
				voortraject_clear(&v);
				rc = fail(x, rc, "voortraject");
				goto out;
			}
			nact = WPICK(&r, ((const int[4]){ 0, 60, 32, 8 }));
			for (k = 0; k < nact; k++) {
				activiteit a;
				cdate end = e != CDATE_NONE ? e : today + 60;
				int span = end - vt_s;

				activiteit_init(&a);
				a.voortraject_id = v.id;
				a.soort = WPICK(&r, W_ACTIVITEIT);
				a.aanbieder = xstrdup(PICK(&r, AANBIEDER));
				a.start = vt_s + (k == 0 ? 0 : rnd(&r, 0, span / 2));
				a.einde = a.start + rnd(&r, 14, span > 14 ? span - (a.start - vt_s) : 14);
				if (a.einde > end)
					a.einde = end;
				if (a.einde > today)
					a.einde = CDATE_NONE;
				a.uren_per_week = chance(&r, 900) ? rnd(&r, 4, 32) : -1;
				if (a.start <= today)
					rc = store_activiteit_save(db, &a, &x->ve);
				activiteit_clear(&a);
				if (rc != CASUS_OK) {
					voortraject_clear(&v);
					rc = fail(x, rc, "activiteit");
					goto out;
				}
			}
			voortraject_clear(&v);
		}
		for (k = 0; k < pl.nsb; k++) {
			startbaan b;
			const emp *w;
			int hours, sec;

			if (!plan_span(&pl, SIT_STARTBAAN, k, I, &s, &e) || s > today)
				break;
			w = &x->emps[rnd(&r, 0, (int)x->nemp - 1)];
			sec = w->sector;
			startbaan_init(&b);
			b.client_id = c.id;
			b.employer_id = w->id;
			b.soort = WPICK(&r, W_SOORT_SB);
			b.hoe_gekregen = WPICK(&r, W_HOE);
			b.functie = xstrdup(FUNCTIE[sec][rnd(&r, 0, 2)]);
			b.start = s;
			b.maanden = pl.sb_maanden[k];
			b.einde = e != CDATE_NONE && (e <= today || b.maanden > 0) ? e : CDATE_NONE;
			b.urenafspraak = WPICK(&r, W_URENAFSPRAAK);
			hours = WPICK(&r, W_UREN);
			b.uren = hours == 0 ? -1 : hours == 1 ? rnd(&r, 8, 16) : hours == 2 ? rnd(&r, 17, 24) :
				hours == 3 ? rnd(&r, 25, 32) : rnd(&r, 33, 40);
			if (hours == 2 && chance(&r, 200))
				b.uren = 22.5;
			b.loonkostensubsidie = WPICK(&r, W_LKS);
			b.werkcoach = WPICK(&r, W_WERKCOACH);
			b.jobcoach = WPICK(&r, W_JOBCOACH);
			b.harrie = WPICK(&r, W_HARRIE);
			b.soort_werkgever = WPICK(&r, W_SOORT_WG);
			rc = store_startbaan_save(db, &b, &x->ve);
			startbaan_clear(&b);
			if (rc != CASUS_OK) {
				rc = fail(x, rc, "startbaan");
				goto out;
			}
		}
		if (plan_span(&pl, SIT_ON_HOLD, 0, I, &s, &e) && s <= today) {
			onhold o;

			onhold_init(&o);
			o.client_id = c.id;
			o.start = s;
			o.einde = e != CDATE_NONE && e <= today ? e : CDATE_NONE;
			o.reden = WPICK(&r, W_REDEN_OH);
			rc = store_onhold_save(db, &o, &x->ve);
			onhold_clear(&o);
			if (rc != CASUS_OK) {
				rc = fail(x, rc, "on hold");
				goto out;
			}
		}
		if (pl.af && plan_span(&pl, pl.af == AFSLUITING_UITVAL ? SIT_UITVAL : SIT_EINDE, 0,
				       I, &s, &e) && s <= today) {
			afsluiting a;

			afsluiting_init(&a);
			a.client_id = c.id;
			a.soort = pl.af;
			a.datum = s;
			if (pl.af == AFSLUITING_UITVAL) {
				a.reden = WPICK(&r, W_REDEN_UITVAL);
			} else {
				a.reden = WPICK(&r, W_REDEN_EINDE);
				/* inburgering afgerond only when it was; the
				 * contract reasons only after a startbaan */
				if (a.reden == 1 && pd.einde_inb == CDATE_NONE)
					a.reden = pl.af_after_sb ? 3 : 4;
				else if ((a.reden == 2 || a.reden == 3) && !pl.af_after_sb)
					a.reden = 4;
			}
			rc = store_afsluiting_save(db, &a, &x->ve);
			afsluiting_clear(&a);
			if (rc != CASUS_OK) {
				rc = fail(x, rc, "uitval/einde");
				goto out;
			}
		}
	}

	/* journal: a few contacts in the last two years */
	{
		int nj = sc.participant ? rnd(&r, 1, 2) + chance(&r, 150) : rnd(&r, 0, 1) + chance(&r, 150);
		cdate lo = pd.ins != CDATE_NONE && pd.ins <= today ? pd.ins :
			(I != CDATE_NONE ? I : today - 200);
		cdate days[4];

		if (lo < today - 730)
			lo = today - 730;
		for (k = 0; k < nj; k++)
			days[k] = lo + rnd(&r, 0, today - lo);
		for (int a = 1; a < nj; a++)            /* sort */
			for (int b2 = a; b2 > 0 && days[b2 - 1] > days[b2]; b2--) {
				cdate t = days[b2];
				days[b2] = days[b2 - 1];
				days[b2 - 1] = t;
			}
		for (k = 0; k < nj; k++) {
			journal j;

			journal_init(&j);
			j.client_id = c.id;
			j.moment = moment_text(&r, days[k]);
			j.soort = WPICK(&r, W_JOURNAAL);
			j.tolk = chance(&r, c.taalniveau == 1 ? 600 : c.taalniveau == 2 ? 350 : 100);
			if (j.soort == 6)
				j.tolk = 0;
			j.samenvatting = xstrdup(J_TEXT[j.soort][rnd(&r, 0, 3)]);
			if (k == nj - 1 && chance(&r, 600))
				j.volgende_afspraak = days[k] + rnd(&r, 7, 42);
			j.auteur = xstrdup(x->cons_login[k == nj - 1 || start_cons == cons ? cons : start_cons]);
			rc = store_journal_save(db, &j, &x->ve);
			journal_clear(&j);
			if (rc != CASUS_OK) {
				rc = fail(x, rc, "journaal");
				goto out;
			}
		}
	}
	rc = CASUS_OK;
out:
	if (rc == CASUS_INVALID && x->ve.n)
		rc = fail(x, rc, "klant");
	valerr_free(&x->ve);
	client_clear(&c);
	return rc;
}

/* --- the whole caseload ----------------------------------------------------------- */

int demo_generate(casus_db *db, int n, uint64_t seed, cdate today)
{
	demo_ctx x;
	uint64_t s = seed;
	db_bulk bulk;
	int rc, i;

	if (!db || n < 0 || today == CDATE_NONE) {
		if (db)
			snprintf(db->errmsg, sizeof db->errmsg, "Democaseload: ongeldige invoer.");
		return CASUS_ERROR;
	}
	memset(&x, 0, sizeof x);
	x.db = db;
	x.today = today;
	x.P = last_31_oktober(today);
	x.seed = seed;
	x.n = n;
	/* a second caseload in the same database (casus demo --toevoegen)
	 * starts elsewhere in the permutations; collisions are retried */
	s ^= (uint64_t)store_client_count(db) * 0x9e3779b97f4a7c15ULL;
	x.kn_base = splitmix64(&s) % 1000000ULL;
	x.bsn_base = splitmix64(&s) % 100000000ULL;

	/* one big transaction in bulk mode (db_int.h): the nested saves need
	 * no savepoints (any failure rolls everything back); with 1000 clients
	 * or more a 16 MB page cache for the indexes that take inserts in
	 * random order (names, BSN), and the rollback journal instead of WAL */
	if ((rc = db_bulk_begin(db, &bulk, n >= 1000 ? 16384 : 0, n >= 1000 ? DB_BULK_JOURNAL : 0)) != CASUS_OK)
		return rc;
	rc = setup_consultants(&x);
	if (rc == CASUS_OK && n > 0)
		rc = setup_employers(&x);
	for (i = 0; rc == CASUS_OK && i < n; i++) {
		const scenario *f = NULL;

		if (n >= DEMO_FORCED_MIN && i < NELEM(FORCED))
			f = &FORCED[i];
		rc = gen_client(&x, i, f);
	}
	free(x.emps);
	valerr_free(&x.ve);
	if (rc != CASUS_OK)
		db_bulk_end(db, &bulk, 0);
	else
		rc = db_bulk_end(db, &bulk, 1);
	return rc;
}
