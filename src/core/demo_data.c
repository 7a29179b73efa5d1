/* demo_data.c - the data tables of the demo caseload (see demo_int.h):
 * names in several scripts, places, consultants, employers, texts, and the
 * distributions taken from the evaluation's tables (Bijlage 1). */
#include "config.h"

#include "demo_int.h"
#include "vocab.h"

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
const char *const AR_M[] = { "محمد", "أحمد", "خالد", "عمر", "علي", "حسن", "يوسف", "محمود" };
const char *const AR_F[] = { "فاطمة", "زينب", "مريم", "نور", "أمل", "هالة", "رشا" };
const char *const AR_L[] = { "العلي", "الحسن", "الخطيب", "حداد", "إبراهيم", "الموسوي",
	"الجبوري", "الشامي", "قاسم", "خليل", "درويش" };
const char *const GZ_M[] = { "ዮናስ", "ዳዊት", "ሳሙኤል" };
const char *const GZ_F[] = { "ሰላም", "ሳባ", "ሄለን" };
const char *const GZ_L[] = { "ተስፋይ", "ሃብቶም", "ኪዳነ", "ተኽለ" };
const char *const CY_M[] = { "Олександр", "Андрій", "Дмитро" };
const char *const CY_F[] = { "Олена", "Ірина", "Оксана" };
const char *const CY_L[] = { "Коваленко", "Шевченко", "Бондаренко", "Мельник" };

static const char *const TL_SY[] = { "Arabisch", "Arabisch, Koerdisch" };
static const char *const TL_ER[] = { "Tigrinya", "Tigrinya, Arabisch", "Tigrinya, Amhaars" };
static const char *const TL_AF[] = { "Dari", "Pasjtoe", "Dari, Pasjtoe" };
static const char *const TL_TR[] = { "Turks", "Koerdisch, Turks" };
static const char *const TL_YE[] = { "Arabisch" };
static const char *const TL_IQ[] = { "Arabisch", "Koerdisch (Sorani)", "Arabisch, Koerdisch" };
static const char *const TL_SO[] = { "Somalisch", "Somalisch, Arabisch" };
static const char *const TL_IR[] = { "Farsi", "Farsi, Koerdisch" };
static const char *const TL_UA[] = { "Oekraïens, Russisch", "Oekraïens" };

#define COUNTRY(land, w, M, F, L, T, s) \
	{ land, w, M, F, L, NELEM(M), NELEM(F), NELEM(L), T, NELEM(T), s }
const country COUNTRIES[DEMO_NCOUNTRIES] = {
	COUNTRY("Syrië", 40, SY_M, SY_F, SY_L, TL_SY, SCRIPT_ARABIC),
	COUNTRY("Eritrea", 15, ER_M, ER_F, ER_L, TL_ER, SCRIPT_GEEZ),
	COUNTRY("Afghanistan", 10, AF_M, AF_F, AF_L, TL_AF, SCRIPT_LATIN),
	COUNTRY("Turkije", 9, TR_M, TR_F, TR_L, TL_TR, SCRIPT_LATIN),
	COUNTRY("Jemen", 5, YE_M, YE_F, YE_L, TL_YE, SCRIPT_ARABIC),
	COUNTRY("Irak", 5, IQ_M, IQ_F, IQ_L, TL_IQ, SCRIPT_ARABIC),
	COUNTRY("Somalië", 5, SO_M, SO_F, SO_L, TL_SO, SCRIPT_LATIN),
	COUNTRY("Iran", 5, IR_M, IR_F, IR_L, TL_IR, SCRIPT_LATIN),
	COUNTRY("Oekraïne", 6, UA_M, UA_F, UA_L, TL_UA, SCRIPT_CYRILLIC),
};

const fixed_name FIXED_NAMES[] = {
	{ "Ana", "Núñez", "Venezuela", "Spaans, Engels", DEMO_VROUW },
	{ "Mohammed", "Al-Hassan", "Syrië", "Arabisch", DEMO_MAN },
	{ "محمد", "العلي", "Syrië", "Arabisch", DEMO_MAN },
	{ "Ayşe", "Öztürk", "Turkije", "Turks", DEMO_VROUW },
	{ "Selam", "Tesfaye", "Eritrea", "Tigrinya", DEMO_VROUW },
};

const char *const STREETS[] = { "Molenstraat", "Kerkstraat", "Stationsweg", "Julianalaan",
	"Beatrixstraat", "Dorpsstraat", "Prinses Margrietlaan", "Wilhelminastraat", "Oranjestraat",
	"Parkweg", "Lindelaan", "Kastanjelaan", "Schoolstraat", "Nieuwstraat", "Zuiderzeelaan",
	"Vondelstraat", "Rembrandtlaan", "Esdoornstraat", "Beukenlaan", "Populierenweg" };
const char *const CITIES[] = { "Zwolle", "Kampen", "Deventer", "Apeldoorn", "Meppel",
	"Hardenberg", "Raalte", "Dalfsen", "Steenwijk", "Ommen", "Hattem", "Genemuiden" };
const char POSTCODE_LETTERS[] = "ABCEGHJKLMNPRTVWXZ";

/* --- consultants and employers --------------------------------------------- */

const demo_consultant CONSULTANTS[] = {
	{ "Sanne de Vries", "svries", 1 },
	{ "Joris van Dijk", "jdijk", 1 },
	{ "Fatima Bouzid", "fbouzid", 1 },
	{ "Eline Bakker", "ebakker", 1 },
	{ "Ruud Jansen", "rjansen", 1 },
	{ "Noor Visser", "nvisser", 1 },
	{ "Thomas Mulder", "tmulder", 0 },   /* GONE_CONSULTANT: left the team, his clients were handed over */
};

/* Employer name parts, index = sector code. */
const char *const EMP_KIND[DEMO_NSECTORS][3] = {
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
const char *const EMP_WORD[] = { "De Molen", "Oost", "Noord", "Van Dam", "De Vaart",
	"Het Anker", "Kroon", "De Linde", "Zuidpoort", "Hanze", "IJssel", "Vecht", "De Brug",
	"Sterk", "Samen", "Van den Berg", "De Haven", "Polder", "Horizon", "Groenoord", "Jansen",
	"De Wit", "Smit", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer" };
const char *const EMP_CONTACT[][2] = {
	{ "Jan de Boer", "j.deboer" }, { "Petra Smit", "p.smit" }, { "Kees Meijer", "k.meijer" },
	{ "Anja de Groot", "a.degroot" }, { "Mark Bos", "m.bos" }, { "Ingrid Vos", "i.vos" },
	{ "Henk Peters", "h.peters" }, { "Marieke Hendriks", "m.hendriks" },
	{ "Dennis van Leeuwen", "d.vanleeuwen" }, { "Yvonne Dekker", "y.dekker" },
	{ "Bas Brouwer", "b.brouwer" }, { "Linda de Wit", "l.dewit" },
};
const char *const FUNCTIE[DEMO_NSECTORS][3] = {
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
const char *const AANBIEDER[] = { "Taalschool De Brug", "Werkplaats Oost",
	"Stichting Samen Verder", "Re-integratiebureau Baanbrekers", "Kringloop Het Goed",
	"Buurthuis De Schakel", "Leerwerkbedrijf Vakwerk", "Sportvereniging Vitesse '22",
	"Voedselbank", "Werkgeversservicepunt" };

/* --- journal texts ---------------------------------------------------------- */

const char *const J_TEXT[8][4] = {
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

const int W_GESLACHT[3][4] = { { 11, 605, 384, 0 }, { 0, 787, 213, 0 }, { 7, 675, 318, 0 } };
/* 0 Onbekend, <25, 25-44, 45-64, 65+ */
const int W_LEEFTIJD[3][5] = { { 8, 140, 653, 196, 3 }, { 21, 179, 609, 191, 0 },
	{ 13, 155, 643, 193, 2 } };
const int W_OPLEIDING[3][5] = { { 169, 99, 462, 78, 191 }, { 64, 38, 455, 111, 332 },
	{ 129, 76, 463, 91, 241 } };
/* 0 Onbekend, <2018, 2018-2021, 2022+ */
const int W_VERGUNNING[3][4] = { { 395, 0, 132, 473 }, { 94, 0, 243, 664 },
	{ 277, 0, 130, 593 } };
const int W_BAAN[3][4] = { { 8, 909, 46, 38 }, { 0, 704, 195, 102 }, { 3, 819, 115, 61 } };
const int W_TAAL[3][6] = { { 0, 720, 118, 156, 3, 3 }, { 5, 230, 226, 407, 124, 0 },
	{ 5, 540, 157, 247, 48, 2 } };
/* ja/nee: 0 Onbekend, 1 Ja, 2 Nee (the report's Engels column is
 * inconsistent; these average to its first column) */
const int W_ENGELS[3][3] = { { 60, 250, 690 }, { 80, 500, 420 }, { 69, 356, 573 } };
const int W_GEZIN[3][6] = { { 263, 280, 38, 35, 312, 73 }, { 173, 491, 35, 93, 150, 58 },
	{ 226, 359, 36, 58, 255, 66 } };
const int W_VERBLIJF[3][4] = { { 0, 984, 3, 13 }, { 66, 628, 31, 274 }, { 25, 852, 13, 110 } };
const int W_VERVOER[3][4] = { { 10, 416, 62, 512 }, { 10, 268, 26, 696 }, { 10, 355, 48, 587 } };
/* 0 Onbekend, B1, Z-route, Onderwijsroute, Nog niet toegekend */
const int W_PROGRAMMA[3][5] = { { 0, 637, 360, 3, 0 }, { 100, 600, 270, 30, 0 },
	{ 40, 590, 350, 20, 0 } };
const int W_UITKERING[3][3] = { { 27, 866, 108 }, { 146, 407, 447 }, { 71, 682, 232 } };

/* Tabel 2 (situatie on P), Onbekend lowered: index = SIT code, 0 Onbekend */
const int W_SITUATIE_P[8] = { 100, 80, 190, 75, 350, 20, 85, 100 };

/* Tabel 6: startbaan */
const int W_SOORT_SB[4] = { 11, 970, 7, 22 };
const int W_HOE[3] = { 15, 323, 662 };
const int W_URENAFSPRAAK[3] = { 74, 658, 268 };
const int W_UREN[5] = { 120, 271, 227, 234, 149 };     /* Onbekend, 0-16, ... */
const int W_LKS[3] = { 119, 435, 446 };
const int W_WERKCOACH[3] = { 182, 368, 450 };
const int W_JOBCOACH[3] = { 152, 323, 524 };
const int W_HARRIE[3] = { 394, 19, 587 };
const int W_SOORT_WG[6] = { 7, 714, 33, 141, 78, 26 };
/* Tabel 7: employers (Anders of the report spread over the small sectors) */
const int W_SECTOR[DEMO_NSECTORS] = { 56, 248, 165, 138, 87, 79, 63, 59, 25, 20, 15, 15, 15, 8, 15 };
const int W_OMVANG[9] = { 387, 30, 63, 126, 104, 156, 52, 19, 63 };
const int W_ERVARING[3] = { 428, 491, 82 };
/* Tabel 8/9: reasons */
const int W_REDEN_OH[5] = { 10, 20, 60, 40, 50 };
const int W_REDEN_UITVAL[9] = { 30, 120, 30, 140, 50, 40, 30, 20, 440 };
const int W_REDEN_EINDE[5] = { 30, 150, 200, 250, 70 };
/* Tabel 3: voortraject */
const int W_SOORT_VT[4] = { 22, 503, 196, 279 };
/* activity types 1..8 (index 0 unused) */
const int W_ACTIVITEIT[9] = { 0, 120, 300, 80, 100, 120, 200, 50, 30 };
/* journal kinds 1..7 */
const int W_JOURNAAL[8] = { 0, 35, 15, 20, 5, 5, 10, 10 };

/* --- the fixed scenarios of the first DEMO_NFORCED clients ------------------- */

const scenario FORCED[DEMO_NFORCED] = {
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
