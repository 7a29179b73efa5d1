/* test_csv.c - the streaming CSV reader: separators, BOM, quoting, line
 * numbers, block boundaries, big fields, UTF-8 checks. */
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

	/* UTF-8 checks per field */
	{
		const char t[] = "a;b;c;d\nNúñez;\xff\xfe;x\0y;\xc3\n";
		csv_reader *r = csv_open_mem(t, sizeof t - 1);

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
		CHECK_INT(csv_next(r), CSV_RECORD, "groot veld gelezen");
		CHECK_INT(csv_field_len(r, 1), big, "groot veld volledig");
		ok = memcmp(csv_field(r, 1), chunk, big) == 0;
		CHECK(ok, "groot veld ongeschonden");
		CHECK_STR(csv_field(r, 2), "3", "veld na het grote veld");
		CHECK_INT(csv_next(r), CSV_RECORD, "volgende record");
		CHECK_INT(csv_line(r), 4, "regelnummer na het grote veld");
		CHECK_INT(csv_next(r), CSV_EOF, "einde");
		csv_close(r);
		fclose(fp);
		free(chunk);
		sb_free(&sb);
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
