/* test_norm.c - the search normaliser and the UTF-8 codec. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "norm.h"

static void key(const char *in, const char *want, const char *desc)
{
	char *k = norm_key(in);
	CHECK_STR(k, want, desc);
	free(k);
}

static void test_latin(void)
{
	key("Núñez", "nunez", "Núñez -> nunez");
	key("NÚÑEZ", "nunez", "capitals with diacritics");
	key("Øyvind", "oyvind", "ø -> o");
	key("Ḥasan", "hasan", "Ḥ (Latin Extended Additional) -> h");
	key("ḥ ṣ ṭ ẓ Ẓ", "h s t z z", "dotted transliteration letters");
	key("ʿAlī", "ali", "ayn sign dropped, macron stripped");
	key("ʾAḥmad", "ahmad", "hamza sign dropped");
	key("Ma'ruf", "maruf", "ASCII apostrophe dropped, not a break");
	key("Ma’ruf", "maruf", "right single quote dropped");
	key("Ma`ruf", "maruf", "backtick dropped");
	key("Straße", "strasse", "ß -> ss");
	key("STRAẞE", "strasse", "capital ẞ -> ss");
	key("Æsir Œuvre", "aesir oeuvre", "æ -> ae, œ -> oe");
	key("Łódź", "lodz", "ł -> l");
	key("Đorđe Ðað", "dorde dad", "đ and ð -> d");
	key("Þór", "thor", "þ -> th");
	key("Işık", "isik", "ı -> i, ş -> s");
	key("İstanbul", "istanbul", "İ -> i");
	key("Erdoğan", "erdogan", "ğ -> g");
	key("Ștefan Țurcanu Ţara", "stefan turcanu tara", "ș/ț (comma) and ţ (cedilla)");
	key("Nguyễn Văn Đức", "nguyen van duc", "Vietnamese stacked diacritics");
	key("Ǆemal", "dzemal", "Latin Extended-B digraph");
	key("Ɓello", "bello", "hooked letter from Extended-B");
	/* Decomposed input: base letter + combining marks. */
	key("Nu\xcc\x81n\xcc\x83" "ez", "nunez", "combining marks dropped");
}

static void test_separators(void)
{
	key("  van  der   Berg ", "van der berg", "spaces collapsed and trimmed");
	key("Jean-Pierre", "jean pierre", "hyphen -> space");
	key("A.B., C;D", "a b c d", "punctuation runs collapse to one space");
	key("a\tb\nc\x01" "d", "a b c d", "control characters separate");
	key("x\xc2\xa0y", "x y", "no-break space separates");
	key("x\xe2\x80\x93y", "x y", "en dash separates");
	key("«Ali»", "ali", "guillemets at the ends trimmed");
	key("---", "", "only punctuation -> empty");
	key("", "", "empty string");
	key(NULL, "", "NULL -> empty");
	key("Room 101", "room 101", "digits kept");
	key("O'Neil-Smith", "oneil smith", "apostrophe dropped, hyphen breaks");
}

static void test_scripts(void)
{
	key("محمد العلي", "محمد العلي", "Arabic letters kept");
	key("مُحَمَّد", "محمد", "harakat dropped");
	key("مـحـمـد", "محمد", "tatweel dropped");
	key("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله",
	    "alef variants -> ا, ة -> ه");
	key("مصطفى", "مصطفي", "alef maksura -> ي");
	key("مؤمن هيئة", "مومن هييه", "ؤ -> و, ئ -> ي");
	key("علی کریم", "علي كريم", "Persian yeh and keheh");
	key("٠١٢٣٤٥٦٧٨٩ ۱۹۹۰", "0123456789 1990", "Arabic-Indic and Persian digits");
	key("محمد، علي؟", "محمد علي", "Arabic comma and question mark separate");
	key("ተስፋይ ገብረሚካኤል", "ተስፋይ ገብረሚካኤል", "Ethiopic letters kept");
	key("ሰላም።ኣብ፡ቤት", "ሰላም ኣብ ቤት", "Ethiopic punctuation separates");
	key("ΣΩΚΡΆΤΗΣ", "σωκρατησ", "Greek lowercased, tonos and final sigma folded");
	key("Άγγελος", "αγγελοσ", "Greek with tonos");
	key("ДМИТРИЙ Ёлкин", "дмитрий елкин", "Cyrillic lowercased, ё -> е");
	key("Ђорђе ЂОРЂЕ", "ђорђе ђорђе", "Serbian Cyrillic capitals");
	key("Ґанна Ґ", "ґанна ґ", "Ukrainian ghe with upturn");
	key("ＡＢＣ１２", "abc12", "fullwidth forms");
}

static void test_buf(void)
{
	char buf[8];
	size_t n;

	n = norm_key_buf("Núñez García", buf, sizeof buf);
	CHECK_STR(buf, "nunez g", "norm_key_buf truncates");
	CHECK_INT(n, 7, "norm_key_buf returns length written");

	n = norm_key_buf("Ali Ab", buf, 5);   /* "ali a" needs 6 */
	CHECK_STR(buf, "ali", "no trailing space at truncation");
	CHECK_INT(n, 3, "length without the dropped word");

	n = norm_key_buf("محمد", buf, 6);   /* 8 bytes: only two letters fit */
	CHECK_STR(buf, "مح", "truncated at a character boundary");
	CHECK_INT(n, 4, "two Arabic letters = 4 bytes");

	n = norm_key_buf("abc", buf, 0);
	CHECK_INT(n, 0, "outsz 0 writes nothing");
}

static void test_utf8(void)
{
	uint32_t cp;
	char out[4];

	CHECK_INT(utf8_decode("A", 1, &cp), 1, "decode ASCII length");
	CHECK_INT(cp, 'A', "decode ASCII");
	CHECK_INT(utf8_decode("\xc3\xb1", 2, &cp), 2, "decode 2-byte");
	CHECK_INT(cp, 0xF1, "ñ");
	CHECK_INT(utf8_decode("\xe1\xb8\xa4", 3, &cp), 3, "decode 3-byte");
	CHECK_INT(cp, 0x1E24, "Ḥ");
	CHECK_INT(utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4, "decode 4-byte");
	CHECK_INT(cp, 0x1F600, "emoji");
	CHECK_INT(utf8_decode("\xf4\x8f\xbf\xbf", 4, &cp), 4, "U+10FFFF ok");

	CHECK_INT(utf8_decode("\xc0\xaf", 2, &cp), 0, "2-byte overlong rejected");
	CHECK_INT(cp, 0xFFFD, "invalid -> U+FFFD");
	CHECK_INT(utf8_decode("\xe0\x80\xaf", 3, &cp), 0, "3-byte overlong rejected");
	CHECK_INT(utf8_decode("\xf0\x80\x80\xaf", 4, &cp), 0, "4-byte overlong rejected");
	CHECK_INT(utf8_decode("\xed\xa0\x80", 3, &cp), 0, "surrogate D800 rejected");
	CHECK_INT(utf8_decode("\xed\xbf\xbf", 3, &cp), 0, "surrogate DFFF rejected");
	CHECK_INT(utf8_decode("\xed\x9f\xbf", 3, &cp), 3, "U+D7FF accepted");
	CHECK_INT(utf8_decode("\xf4\x90\x80\x80", 4, &cp), 0, "above U+10FFFF rejected");
	CHECK_INT(utf8_decode("\x80", 1, &cp), 0, "lone continuation rejected");
	CHECK_INT(utf8_decode("\xc3", 1, &cp), 0, "truncated sequence rejected");
	CHECK_INT(utf8_decode("\xc3(", 2, &cp), 0, "bad continuation rejected");
	CHECK_INT(utf8_decode("\xff", 1, &cp), 0, "0xFF rejected");
	CHECK_INT(utf8_decode("", 0, &cp), 0, "nothing to decode");

	CHECK_INT(utf8_encode('z', out), 1, "encode ASCII");
	CHECK_INT(utf8_encode(0xF1, out), 2, "encode 2-byte");
	CHECK(memcmp(out, "\xc3\xb1", 2) == 0, "encode ñ bytes");
	CHECK_INT(utf8_encode(0x0645, out), 2, "encode Arabic meem");
	CHECK_INT(utf8_encode(0x1E24, out), 3, "encode 3-byte");
	CHECK(memcmp(out, "\xe1\xb8\xa4", 3) == 0, "encode Ḥ bytes");
	CHECK_INT(utf8_encode(0x1F600, out), 4, "encode 4-byte");
	CHECK(memcmp(out, "\xf0\x9f\x98\x80", 4) == 0, "encode emoji bytes");
	CHECK_INT(utf8_encode(0xD800, out), 0, "surrogate not encoded");
	CHECK_INT(utf8_encode(0x110000, out), 0, "beyond Unicode not encoded");

	/* Round trip over every scalar value. */
	{
		int bad = 0;
		for (uint32_t c = 0; c <= 0x10FFFF; c++) {
			size_t n;
			if (c >= 0xD800 && c <= 0xDFFF)
				continue;
			n = utf8_encode(c, out);
			if (n == 0 || utf8_decode(out, n, &cp) != n || cp != c)
				bad++;
		}
		CHECK_INT(bad, 0, "encode/decode round trip over all scalars");
	}
}

static void test_invalid(void)
{
	key("Nu\xff\xfe\xf1" "ez", "nuez", "invalid bytes dropped");
	key("ab\xc0\xaf" "cd", "abcd", "overlong dropped");
	key("x\xed\xa0\x80y", "xy", "encoded surrogate dropped");
	key("\xc3", "", "truncated sequence at the end dropped");
}

int main(void)
{
	test_latin();
	test_separators();
	test_scripts();
	test_buf();
	test_utf8();
	test_invalid();
	return check_done();
}
