/* dump_csv.c - test helper for the CSV import (issue 3).
 *
 *   dump_csv DB DIR     write the caseload of DB in the import format, one
 *                       file per record type: DIR/klanten.csv,
 *                       voortrajecten.csv, activiteiten.csv, startbanen.csv,
 *                       onhold.csv, uitval.csv (';', dates dd-mm-jjjj,
 *                       labels, empty for Onbekend)
 *   dump_csv --db DB    print every row of every table (ordered by rowid), so
 *                       that two runs can be compared: "nothing changed"
 *   dump_csv --bench DIR N
 *                       write N synthetic clients with records in the import
 *                       format (for tests/bench/bench_import.sh) */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "model.h"
#include "store.h"
#include "util.h"
#include "vocab.h"

enum { OUT_K, OUT_V, OUT_A, OUT_S, OUT_O, OUT_U, OUT__N };

static const char *const file_names[OUT__N] = {
	"klanten.csv", "voortrajecten.csv", "activiteiten.csv", "startbanen.csv",
	"onhold.csv", "uitval.csv"
};

static const char *const headers[OUT__N] = {
	"Klantnummer;BSN;Voornaam;Achternaam;Geboortedatum;Geboortejaar;Consulent;"
	"Deelnemer startbanen;Deelname;Geslacht;Datum instroom;Taalniveau bij instroom;"
	"Engels;Opleiding;Datum verblijfsvergunning;Baan bij instroom;Gezinssituatie;"
	"Aantal kinderen in NL;Verblijfssituatie;Vervoer;Rijbewijs;Inburgeringsprogramma;"
	"Startdatum inburgering;Einddatum inburgering;Uitkering;Voortraject nodig;"
	"Telefoon;E-mail;Adres;Land van herkomst;Talen;Doelgroep;Regime",
	"Klantnummer;Startdatum;Einddatum;Soort voortraject;Notitie",
	"Klantnummer;Activiteit;Aanbieder;Startdatum;Einddatum;Uren per week",
	"Klantnummer;Werkgever;Soort startbaan;Hoe gekregen;Functie;Startdatum;Einddatum;"
	"Duur overeenkomst (maanden);Urenafspraak;Uren per week;Loonkostensubsidie;"
	"Werkcoach;Jobcoach;HARRIE-training;Soort werkgever;Sector;Omvang vestiging;"
	"Ervaring met statushouders",
	"Klantnummer;Startdatum;Einddatum;Reden on hold",
	"Klantnummer;Soort;Datum;Reden",
};

static FILE *out[OUT__N];

/* One cell: quoted when it holds ';', '"', a line break or outer blanks. */
static void put(FILE *fp, int first, const char *s)
{
	size_t n;

	if (!first)
		fputc(';', fp);
	if (!s)
		return;
	n = strlen(s);
	if (strpbrk(s, ";\"\r\n") || (n && (s[0] == ' ' || s[n - 1] == ' '))) {
		fputc('"', fp);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', fp);
			fputc(*s, fp);
		}
		fputc('"', fp);
	} else {
		fputs(s, fp);
	}
}

static void put_date(FILE *fp, cdate d)
{
	char b[11];

	cdate_format_nl(d, b);
	put(fp, 0, b);
}

static void put_code(FILE *fp, vocab_id v, int code)
{
	put(fp, 0, code ? vocab_label(v, code) : "");
}

static void put_int(FILE *fp, int v, int unknown)
{
	char b[16];

	snprintf(b, sizeof b, "%d", v);
	put(fp, 0, v == unknown ? "" : b);
}

static void put_real(FILE *fp, double v)
{
	char b[32];

	if (v < 0) {
		put(fp, 0, "");
		return;
	}
	snprintf(b, sizeof b, "%.15g", v);
	for (char *p = b; *p; p++)
		if (*p == '.')
			*p = ',';
	put(fp, 0, b);
}

static void put_flag(FILE *fp, int on)
{
	put(fp, 0, on ? "Ja" : "Nee");
}

static int dump_one(const casefile *cf, void *arg)
{
	const client *c = &cf->c;
	FILE *k = out[OUT_K];
	const char *kn = c->klantnummer;

	put(k, 1, kn);
	put(k, 0, c->bsn);
	put(k, 0, c->voornaam);
	put(k, 0, c->achternaam);
	put_date(k, c->geboortedatum);
	put_int(k, c->geboortejaar, 0);
	put(k, 0, cf->regiehouder_naam);
	put_flag(k, c->startbanen);
	put_code(k, VOCAB_DEELNAME, c->deelname);
	put_code(k, VOCAB_GESLACHT, c->geslacht);
	put_date(k, c->datum_instroom);
	put_code(k, VOCAB_TAALNIVEAU, c->taalniveau);
	put_code(k, VOCAB_JANEE, c->engels);
	put_code(k, VOCAB_OPLEIDING, c->opleiding);
	put_date(k, c->datum_verblijfsvergunning);
	put_code(k, VOCAB_BAAN_BIJ_INSTROOM, c->baan_bij_instroom);
	put_code(k, VOCAB_GEZINSSITUATIE, c->gezinssituatie);
	put_int(k, c->aantal_kinderen, -1);
	put_code(k, VOCAB_VERBLIJFSSITUATIE, c->verblijfssituatie);
	put_code(k, VOCAB_VERVOER, c->vervoer);
	put_code(k, VOCAB_JANEE, c->rijbewijs);
	put_code(k, VOCAB_INBURGERINGSPROGRAMMA, c->inburgeringsprogramma);
	put_date(k, c->start_inburgering);
	put_date(k, c->einde_inburgering);
	put_code(k, VOCAB_JANEE, c->uitkering);
	put_flag(k, !c->voortraject_niet_nodig);
	put(k, 0, c->telefoon);
	put(k, 0, c->email);
	put(k, 0, c->adres);
	put(k, 0, c->land_herkomst);
	put(k, 0, c->talen);
	put_code(k, VOCAB_DOELGROEP, c->doelgroep);
	put_code(k, VOCAB_REGIME, c->regime);
	fputc('\n', k);

	for (size_t i = 0; i < cf->nvt; i++) {
		const voortraject *v = &cf->vt[i];
		FILE *f = out[OUT_V];

		put(f, 1, kn);
		put_date(f, v->start);
		put_date(f, v->einde);
		put_code(f, VOCAB_SOORT_VOORTRAJECT, v->soort);
		put(f, 0, v->notitie);
		fputc('\n', f);
		for (size_t j = 0; j < v->nact; j++) {
			const activiteit *a = &v->act[j];
			FILE *g = out[OUT_A];

			put(g, 1, kn);
			put_code(g, VOCAB_ACTIVITEIT, a->soort);
			put(g, 0, a->aanbieder);
			put_date(g, a->start);
			put_date(g, a->einde);
			put_real(g, a->uren_per_week);
			fputc('\n', g);
		}
	}
	for (size_t i = 0; i < cf->nsb; i++) {
		const startbaan *s = &cf->sb[i];
		FILE *f = out[OUT_S];

		put(f, 1, kn);
		put(f, 0, s->werkgever_naam);
		put_code(f, VOCAB_SOORT_STARTBAAN, s->soort);
		put_code(f, VOCAB_HOE_GEKREGEN, s->hoe_gekregen);
		put(f, 0, s->functie);
		put_date(f, s->start);
		put_date(f, s->einde);
		put_int(f, s->maanden, -1);
		put_code(f, VOCAB_URENAFSPRAAK, s->urenafspraak);
		put_real(f, s->uren);
		put_code(f, VOCAB_JANEE, s->loonkostensubsidie);
		put_code(f, VOCAB_JANEE, s->werkcoach);
		put_code(f, VOCAB_JANEE, s->jobcoach);
		put_code(f, VOCAB_JANEE, s->harrie);
		put_code(f, VOCAB_SOORT_WERKGEVER, s->soort_werkgever);
		put_code(f, VOCAB_SECTOR, s->werkgever_naam ? s->sector : 0);
		put_code(f, VOCAB_OMVANG_VESTIGING, s->werkgever_naam ? s->omvang : 0);
		put_code(f, VOCAB_JANEE, s->werkgever_naam ? s->ervaring : 0);
		fputc('\n', f);
	}
	for (size_t i = 0; i < cf->noh; i++) {
		const onhold *o = &cf->oh[i];
		FILE *f = out[OUT_O];

		put(f, 1, kn);
		put_date(f, o->start);
		put_date(f, o->einde);
		put_code(f, VOCAB_REDEN_ON_HOLD, o->reden);
		fputc('\n', f);
	}
	for (size_t i = 0; i < cf->naf; i++) {
		const afsluiting *a = &cf->af[i];
		FILE *f = out[OUT_U];

		put(f, 1, kn);
		put(f, 0, vocab_label(VOCAB_AFSLUITING, a->soort));
		put_date(f, a->datum);
		put_code(f, a->soort == AFSLUITING_UITVAL ? VOCAB_REDEN_UITVAL : VOCAB_REDEN_EINDE, a->reden);
		fputc('\n', f);
	}
	return 0;
}

static int open_all(const char *dir)
{
	for (int i = 0; i < OUT__N; i++) {
		char *p = xasprintf("%s/%s", dir, file_names[i]);

		out[i] = fopen(p, "w");
		if (!out[i]) {
			perror(p);
			free(p);
			return -1;
		}
		free(p);
		fprintf(out[i], "%s\n", headers[i]);
	}
	return 0;
}

static int close_all(void)
{
	int rc = 0;

	for (int i = 0; i < OUT__N; i++)
		if (out[i] && fclose(out[i]) != 0)
			rc = -1;
	return rc;
}

/* Every row of every table, in rowid order. */
static int dump_db(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *tabs, *st;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "dump_csv: %s\n", sqlite3_errmsg(db));
		return 1;
	}
	if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
			       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'client_fts%' ORDER BY name",
			       -1, &tabs, NULL) != SQLITE_OK)
		return 1;
	while (sqlite3_step(tabs) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(tabs, 0);
		char *sql = xasprintf("SELECT * FROM \"%s\" ORDER BY rowid", t);

		printf("== %s\n", t);
		if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
			while (sqlite3_step(st) == SQLITE_ROW) {
				for (int i = 0; i < sqlite3_column_count(st); i++) {
					const unsigned char *v = sqlite3_column_text(st, i);

					printf("%s%s", i ? "|" : "", v ? (const char *)v : "NULL");
				}
				putchar('\n');
			}
			sqlite3_finalize(st);
		}
		free(sql);
	}
	sqlite3_finalize(tabs);
	sqlite3_close(db);
	return 0;
}

/* --- synthetic data for the benchmark ------------------------------------ */

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static const char *pick(vocab_id v)
{
	const vocab *voc = vocab_get(v);

	return voc->entries[rnd((unsigned)voc->n)].label;
}

static void put_d(FILE *fp, cdate d)
{
	char b[11];

	cdate_format_nl(d, b);
	fprintf(fp, ";%s", b);
}

static int bench_data(const char *dir, long n)
{
	static const char *voornamen[] = { "Ana", "Mohammed", "Fatima", "Yonas", "Sara", "Ali", "Amira", "Daniel" };
	static const char *achternamen[] = { "Haile", "Al-Khatib", "Tesfay", "Núñez", "Rahimi", "Osman", "Bakr", "Idris" };
	cdate base = cdate_from_ymd(2023, 1, 1);

	if (open_all(dir) != 0)
		return 1;
	for (long i = 0; i < n; i++) {
		cdate instroom = base + (cdate)rnd(900), vt = instroom + 20 + (cdate)rnd(60);
		char kn[24];

		snprintf(kn, sizeof kn, "B%07ld", i + 1);
		fprintf(out[OUT_K], "%s;;%s;%s", kn, voornamen[rnd(8)], achternamen[rnd(8)]);
		put_d(out[OUT_K], cdate_from_ymd(1970 + (int)rnd(35), 1 + (int)rnd(12), 1 + (int)rnd(28)));
		fprintf(out[OUT_K], ";;Consulent %u;Ja;%s;%s", rnd(20), pick(VOCAB_DEELNAME), pick(VOCAB_GESLACHT));
		put_d(out[OUT_K], instroom);
		fprintf(out[OUT_K], ";%s;%s;%s", pick(VOCAB_TAALNIVEAU), pick(VOCAB_JANEE), pick(VOCAB_OPLEIDING));
		put_d(out[OUT_K], instroom - 200);
		fprintf(out[OUT_K], ";%s;%s;%u;%s;%s;%s;%s", pick(VOCAB_BAAN_BIJ_INSTROOM),
			pick(VOCAB_GEZINSSITUATIE), rnd(5), pick(VOCAB_VERBLIJFSSITUATIE),
			pick(VOCAB_VERVOER), pick(VOCAB_JANEE), pick(VOCAB_INBURGERINGSPROGRAMMA));
		put_d(out[OUT_K], instroom + 10);
		fprintf(out[OUT_K], ";;%s;Ja;06-1234%04u;;\"Dorpsstraat %u; Utrecht\";Eritrea;Tigrinya, Engels\n",
			pick(VOCAB_JANEE), rnd(10000), 1 + rnd(200));

		fprintf(out[OUT_V], "%s", kn);
		put_d(out[OUT_V], vt);
		put_d(out[OUT_V], vt + 70);
		fprintf(out[OUT_V], ";%s;\n", pick(VOCAB_SOORT_VOORTRAJECT));

		fprintf(out[OUT_A], "%s;%s;Stichting Werk %u", kn, pick(VOCAB_ACTIVITEIT), rnd(50));
		put_d(out[OUT_A], vt + 3);
		put_d(out[OUT_A], vt + 40);
		fprintf(out[OUT_A], ";%u\n", 8 + rnd(24));

		if (i % 2 == 0) {
			fprintf(out[OUT_S], "%s;Werkgever %u;%s;%s;\"Medewerker; logistiek\"", kn, rnd(2000),
				pick(VOCAB_SOORT_STARTBAAN), pick(VOCAB_HOE_GEKREGEN));
			put_d(out[OUT_S], vt + 80);
			put_d(out[OUT_S], vt + 80 + 365);
			fprintf(out[OUT_S], ";12;%s;%u,5;%s;%s;%s;%s;%s;;;\n", pick(VOCAB_URENAFSPRAAK), 10 + rnd(20),
				pick(VOCAB_JANEE), pick(VOCAB_JANEE), pick(VOCAB_JANEE), pick(VOCAB_JANEE),
				pick(VOCAB_SOORT_WERKGEVER));
		}
		if (i % 5 == 0) {
			fprintf(out[OUT_O], "%s", kn);
			put_d(out[OUT_O], vt + 75);
			put_d(out[OUT_O], vt + 78);
			fprintf(out[OUT_O], ";%s\n", pick(VOCAB_REDEN_ON_HOLD));
		}
		if (i % 7 == 0) {
			fprintf(out[OUT_U], "%s;Uitval", kn);
			put_d(out[OUT_U], vt + 600);
			fprintf(out[OUT_U], ";%s\n", pick(VOCAB_REDEN_UITVAL));
		}
	}
	return close_all() != 0;
}

int main(int argc, char **argv)
{
	casus_db *db;
	char *err = NULL;
	int rc;

	if (argc == 3 && strcmp(argv[1], "--db") == 0)
		return dump_db(argv[2]);
	if (argc == 4 && strcmp(argv[1], "--bench") == 0)
		return bench_data(argv[2], atol(argv[3]));
	if (argc != 3) {
		fprintf(stderr, "gebruik: dump_csv DB MAP | --db DB | --bench MAP N\n");
		return 2;
	}
	db = db_open(argv[1], DB_OPEN_NOCREATE, &err);
	if (!db) {
		fprintf(stderr, "dump_csv: %s\n", err);
		free(err);
		return 1;
	}
	if (open_all(argv[2]) != 0)
		return 1;
	rc = store_casefile_foreach(db, 0, dump_one, NULL);
	db_close(db);
	if (close_all() != 0 || rc != CASUS_OK)
		return 1;
	return 0;
}
