/* test_csv.c - the streaming CSV reader: separators, BOM, quoting, line
 * numbers, block boundaries, big fields, UTF-8 checks, the limits (fields,
 * field and record size) and input that is not text. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "csv.h"
#include "util.h"

/* Read all records of text (from memory, or through a FILE when via_file)
 * into "f1|f2\n" lines with "@line" prefixes: "@1 a|b\n". */
static char *dump(const char *text, size_t len, int via_file, char *sep)
{
	strbuf sb = STRBUF_INIT;
	FILE *fp = NULL;
	csv_reader *r;
	int rc;

	if (via_file) {
		fp = tmpfile();
		fwrite(text, 1, len, fp);
		rewind(fp);
		r = csv_open_file(fp);
	} else {
		r = csv_open_mem(text, len);
	}
	while ((rc = csv_next(r)) == CSV_RECORD || rc == CSV_BAD) {
		sb_appendf(&sb, "@%ld", csv_line(r));
		if (rc == CSV_BAD)
			sb_appendf(&sb, "!%zu", csv_error_field(r));
		sb_append(&sb, " ");
		for (size_t i = 0; i < csv_nfields(r); i++) {
			if (i)
				sb_append(&sb, "|");
			sb_appendn(&sb, csv_field(r, i), csv_field_len(r, i));
		}
		sb_append(&sb, "\n");
	}
	if (sep)
		*sep = csv_separator(r);
	csv_close(r);
	if (fp)
		fclose(fp);
	return sb_take(&sb);
}

static void both(const char *text, const char *want, char want_sep, const char *desc)
{
	for (int f = 0; f < 2; f++) {
		char sep = 0;
		char *got = dump(text, strlen(text), f, &sep);
		char d[200];

		snprintf(d, sizeof d, "%s (%s)", desc, f ? "bestand" : "geheugen");
		CHECK_STR(got, want, d);
		if (want_sep) {
			snprintf(d, sizeof d, "%s: scheidingsteken (%s)", desc, f ? "bestand" : "geheugen");
			CHECK_INT(sep, want_sep, d);
		}
		free(got);
	}
}

int main(void)
{
	both("", "", ';', "leeg bestand");
	both("a;b\n1;2\n", "@1 a|b\n@2 1|2\n", ';', "puntkomma");
	both("a,b\r\n1,2\r\n", "@1 a|b\n@2 1|2\n", ',', "komma met CRLF");
	both("a,b;c\n", "@1 a,b|c\n", ';', "puntkomma wint bij gelijkspel");
	both("a,b,c;d\n1,2,3;4", "@1 a|b|c;d\n@2 1|2|3;4\n", ',', "meeste komma's, geen slotregel");
	both("\"x;y\",b,c\n", "@1 x;y|b|c\n", ',', "scheidingsteken tussen aanhalingstekens telt niet");
	both("\xEF\xBB\xBFKlantnummer;Naam\n1;Ana\n", "@1 Klantnummer|Naam\n@2 1|Ana\n", ';', "BOM overgeslagen");
	both("a;b\n\"een;twee\";\"zeg \"\"hoi\"\"\"\n", "@1 a|b\n@2 een;twee|zeg \"hoi\"\n", ';',
	     "aanhalingstekens");
	both("a;b\n\"regel1\r\nregel2\nregel3\";x\n4;5\n",
	     "@1 a|b\n@2 regel1\nregel2\nregel3|x\n@5 4|5\n", ';', "regeleinden in een veld");
	both("a;b\n;\n\n1;\n", "@1 a|b\n@2 |\n@3 \n@4 1|\n", ';', "lege velden en regels");
	both("a;b\r1;2\r", "@1 a|b\n@2 1|2\n", ';', "alleen CR");
	both("a;b\n1;ab\"c\n", "@1 a|b\n@2 1|ab\"c\n", ';', "los aanhalingsteken in een veld");
	both("a;b\n\"1\"x;2\n3;4\n", "@1 a|b\n@2!0 1x|2\n@3 3|4\n", ';', "tekst na aanhalingsteken");
	both("a;b\n1;\"open\n", "@1 a|b\n@2!1 1|open\n\n", ';', "niet gesloten aanhalingsteken");
	both("\"a\nb\";c\n1;2\n", "@1 a\nb|c\n@3 1|2\n", ';', "kop met regeleinde");

	/* field line numbers */
	{
		const char *t = "a;b;c\n\"x\ny\";\"p\nq\nr\";z\n";
		csv_reader *r = csv_open_mem(t, strlen(t));

		csv_next(r);
		CHECK_INT(csv_next(r), CSV_RECORD, "regel met meerregelige velden");
		CHECK_INT(csv_field_line(r, 0), 2, "veld 1 begint op regel 2");
		CHECK_INT(csv_field_line(r, 1), 3, "veld 2 begint op regel 3");
		CHECK_INT(csv_field_line(r, 2), 5, "veld 3 begint op regel 5");
		CHECK_INT(csv_next(r), CSV_EOF, "einde");
		CHECK_INT(csv_next(r), CSV_EOF, "einde blijft einde");
		csv_close(r);
	}

	/* UTF-8 checks per field (the NUL byte after the first 4 KiB, where a
	 * NUL byte would refuse the whole input as not text) */
	{
		strbuf sb = STRBUF_INIT;
		const char t[] = "Núñez;\xff\xfe;x\0y;\xc3\n";
		csv_reader *r;

		sb_append(&sb, "a;b;c;");
		for (int i = 0; i < CSV_SNIFF_BYTES; i++)
			sb_appendc(&sb, 'd');
		sb_appendc(&sb, '\n');
		sb_appendn(&sb, t, sizeof t - 1);
		r = csv_open_mem(sb.s, sb.len);
		csv_next(r);
		CHECK_INT(csv_had_bom(r), 0, "geen BOM");
		CHECK_INT(csv_next(r), CSV_RECORD, "record met vreemde bytes");
		CHECK_INT(csv_nfields(r), 4, "vier velden");
		CHECK(csv_field_utf8(r, 0), "Núñez is geldig UTF-8");
		CHECK(!csv_field_utf8(r, 1), "ff fe is geen UTF-8");
		CHECK(!csv_field_utf8(r, 2), "NUL-byte geweigerd");
		CHECK_INT(csv_field_len(r, 2), 3, "NUL-byte telt mee in de lengte");
		CHECK(!csv_field_utf8(r, 3), "afgebroken UTF-8 geweigerd");
		CHECK_STR(csv_field(r, 9), "", "veld buiten bereik is leeg");
		CHECK(!csv_record_blank(r), "niet leeg");
		csv_close(r);
		sb_free(&sb);
	}

	/* a 10 MB quoted field across many read blocks, through a FILE */
	{
		size_t big = 10u * 1024 * 1024;
		strbuf sb = STRBUF_INIT;
		FILE *fp = tmpfile();
		csv_reader *r;
		char *chunk = xmalloc(big + 1);
		int ok = 1;

		memset(chunk, 'x', big);
		chunk[big] = '\0';
		chunk[big / 2] = ';';
		chunk[big / 2 + 1] = '\n';
		sb_append(&sb, "a;b\n1;\"");
		sb_append(&sb, chunk);
		sb_append(&sb, "\";3\n4;5\n");
		fwrite(sb.s, 1, sb.len, fp);
		rewind(fp);
		r = csv_open_file(fp);
		csv_next(r);
		/* beyond CSV_MAX_FIELD (and CSV_MAX_RECORD): refused, only the
		 * start kept, the field named */
		CHECK_INT(csv_next(r), CSV_BAD, "groot veld geweigerd");
		CHECK_INT(csv_error_field(r), 1, "  het grote veld");
		CHECK_STR(csv_error(r), "is te lang (10485760 bytes, hoogstens 65536)", "  met de grootte");
		CHECK_INT(csv_field_len(r, 1), CSV_MAX_FIELD, "  begin van het veld bewaard");
		ok = memcmp(csv_field(r, 1), chunk, CSV_MAX_FIELD) == 0;
		CHECK(ok, "  begin ongeschonden");
		CHECK_STR(csv_field(r, 2), "", "  veld na het grote veld niet bewaard");
		CHECK_INT(csv_next(r), CSV_RECORD, "volgende record");
		CHECK_INT(csv_line(r), 4, "regelnummer na het grote veld");
		CHECK_INT(csv_next(r), CSV_EOF, "einde");
		csv_close(r);
		fclose(fp);
		free(chunk);
		sb_free(&sb);
	}

	/* the limits: a field of CSV_MAX_FIELD bytes is read, one more byte is
	 * refused (with its size) and the next record is read as usual */
	{
		strbuf sb = STRBUF_INIT;
		char *got;

		sb_append(&sb, "a;b\n1;");
		for (int i = 0; i < CSV_MAX_FIELD; i++)
			sb_appendc(&sb, 'x');
		sb_append(&sb, "\n2;\"");
		for (int i = 0; i < CSV_MAX_FIELD + 1; i++)
			sb_appendc(&sb, i % 100 == 99 ? '\n' : 'y');
		sb_append(&sb, "\";z\n3;4\n");
		for (int f = 0; f < 2; f++) {
			FILE *fp = f ? tmpfile() : NULL;
			csv_reader *r;

			if (fp) {
				fwrite(sb.s, 1, sb.len, fp);
				rewind(fp);
			}
			r = fp ? csv_open_file(fp) : csv_open_mem(sb.s, sb.len);
			csv_next(r);
			CHECK_INT(csv_next(r), CSV_RECORD, "veld van precies de grens");
			CHECK_INT(csv_field_len(r, 1), CSV_MAX_FIELD, "  volledig");
			CHECK_INT(csv_next(r), CSV_BAD, "veld een byte te lang");
			CHECK_INT(csv_error_field(r), 1, "  tweede veld");
			CHECK_STR(csv_error(r), "is te lang (65537 bytes, hoogstens 65536)", "  melding");
			CHECK_INT(csv_field_len(r, 1), CSV_MAX_FIELD, "  ingekort bewaard");
			CHECK_STR(csv_field(r, 2), "z", "  volgend veld gelezen");
			CHECK_INT(csv_next(r), CSV_RECORD, "record daarna");
			CHECK_INT(csv_line(r), 3 + (CSV_MAX_FIELD + 1) / 100 + 1, "  regelnummer klopt");
			CHECK_STR(csv_field(r, 1), "4", "  inhoud");
			CHECK_INT(csv_next(r), CSV_EOF, "einde");
			csv_close(r);
			if (fp)
				fclose(fp);
		}
		sb_free(&sb);

		/* too many fields: the header of a million separators */
		sb_reset(&sb);
		for (int i = 0; i < 1000000; i++)
			sb_appendc(&sb, ';');
		sb_append(&sb, "\na;b\n");
		got = dump(sb.s, sb.len, 1, NULL);
		CHECK(strstr(got, "\n@2 a|b\n") != NULL, "een miljoen velden: de regel daarna gelezen");
		free(got);
		{
			csv_reader *r = csv_open_mem(sb.s, sb.len);

			CHECK_INT(csv_next(r), CSV_BAD, "te veel velden");
			CHECK(csv_error_field(r) == CSV_NO_FIELD, "  de hele regel");
			CHECK_STR(csv_error(r), "heeft 1000001 velden (hoogstens 1000)", "  melding");
			CHECK_INT(csv_nfields(r), CSV_MAX_FIELDS, "  hoogstens CSV_MAX_FIELDS bewaard");
			csv_close(r);
		}
		/* exactly CSV_MAX_FIELDS fields is fine */
		sb_reset(&sb);
		for (int i = 1; i < CSV_MAX_FIELDS; i++)
			sb_appendc(&sb, ';');
		sb_append(&sb, "\n");
		{
			csv_reader *r = csv_open_mem(sb.s, sb.len);

			CHECK_INT(csv_next(r), CSV_RECORD, "precies 1000 velden");
			CHECK_INT(csv_nfields(r), CSV_MAX_FIELDS, "  alle 1000");
			csv_close(r);
		}
		/* a record of many fields, each within the field limit, over the
		 * record limit */
		sb_reset(&sb);
		sb_append(&sb, "a\n");
		for (int i = 0; i < 20; i++) {
			for (int k = 0; k < 60000; k++)
				sb_appendc(&sb, 'q');
			sb_appendc(&sb, ';');
		}
		sb_append(&sb, "\nb\n");
		{
			csv_reader *r = csv_open_mem(sb.s, sb.len);

			csv_next(r);
			CHECK_INT(csv_next(r), CSV_BAD, "regel te lang");
			CHECK_STR(csv_error(r), "is te lang (1200000 bytes, hoogstens 1048576)", "  melding");
			CHECK_INT(csv_next(r), CSV_RECORD, "  volgende regel");
			CHECK_STR(csv_field(r, 0), "b", "  inhoud");
			CHECK_INT(csv_line(r), 3, "  regelnummer");
			csv_close(r);
		}
		sb_free(&sb);
	}

	/* input that is not text: refused before the first record, then EOF */
	{
		static const struct { const char *t; size_t n; long line; const char *msg; } nt[] = {
			{ "PK\3\4\24\0\0\0\10\0", 10, 1, "geen tekstbestand" },
			{ "Klantnummer;Naam\nK1;A\n\0\0\0", 25, 3, "NUL-bytes" },
			{ "\xFF\xFEK\0l\0", 6, 1, "UTF-16" },
			{ "\xFE\xFF\0K\0l", 6, 1, "UTF-16" },
		};
		for (size_t i = 0; i < sizeof nt / sizeof nt[0]; i++) {
			for (int f = 0; f < 2; f++) {
				FILE *fp = f ? tmpfile() : NULL;
				csv_reader *r;
				char d[80];

				if (fp) {
					fwrite(nt[i].t, 1, nt[i].n, fp);
					rewind(fp);
				}
				r = fp ? csv_open_file(fp) : csv_open_mem(nt[i].t, nt[i].n);
				snprintf(d, sizeof d, "geen tekst %zu (%s)", i, f ? "bestand" : "geheugen");
				CHECK_INT(csv_next(r), CSV_NOTTEXT, d);
				CHECK(strstr(csv_error(r), nt[i].msg) != NULL, "  melding");
				CHECK_INT(csv_line(r), nt[i].line, "  regel");
				CHECK_INT(csv_next(r), CSV_EOF, "  daarna einde");
				csv_close(r);
				if (fp)
					fclose(fp);
			}
		}
		/* a NUL byte after the first 4 KiB is a problem of its field only */
		{
			strbuf sb = STRBUF_INIT;
			csv_reader *r;

			for (int i = 0; i < CSV_SNIFF_BYTES; i++)
				sb_appendc(&sb, 'k');
			sb_append(&sb, "\nx");
			sb_appendc(&sb, '\0');
			sb_append(&sb, "\n");
			r = csv_open_mem(sb.s, sb.len);
			CHECK_INT(csv_next(r), CSV_RECORD, "NUL na 4 KiB: kop gelezen");
			CHECK_INT(csv_next(r), CSV_RECORD, "  record gelezen");
			CHECK(!csv_field_utf8(r, 0), "  veld geweigerd");
			csv_close(r);
			sb_free(&sb);
		}
	}

	/* many records across block boundaries through a FILE */
	{
		strbuf sb = STRBUF_INIT;
		FILE *fp = tmpfile();
		csv_reader *r;
		long n = 0, bad = 0;

		sb_append(&sb, "\xEF\xBB\xBFnr,tekst\r\n");
		for (int i = 0; i < 20000; i++)
			sb_appendf(&sb, "%d,\"regel, met \"\"quote\"\"\"\r\n", i);
		fwrite(sb.s, 1, sb.len, fp);
		rewind(fp);
		r = csv_open_file(fp);
		CHECK_INT(csv_next(r), CSV_RECORD, "kop");
		CHECK_INT(csv_had_bom(r), 1, "BOM gezien");
		CHECK_INT(csv_separator(r), ',', "komma");
		while (csv_next(r) == CSV_RECORD) {
			char want[16];

			snprintf(want, sizeof want, "%ld", n);
			if (strcmp(csv_field(r, 0), want) != 0 ||
			    strcmp(csv_field(r, 1), "regel, met \"quote\"") != 0 ||
			    csv_line(r) != n + 2)
				bad++;
			n++;
		}
		CHECK_INT(n, 20000, "20000 records");
		CHECK_INT(bad, 0, "alle records juist");
		csv_close(r);
		fclose(fp);
		sb_free(&sb);
	}
	return check_done();
}
