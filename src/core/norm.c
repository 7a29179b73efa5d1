/* norm.c - the search normaliser (see norm.h).
 *
 * A name is folded code point by code point:
 *   - "dropped" code points vanish without a trace: combining marks,
 *     Arabic harakat and tatweel, apostrophes and ayn/hamza signs
 *     (so "Ma'ruf" == "Maruf" and "ʿAlī" -> "ali"), invisible format
 *     characters;
 *   - "separators" (punctuation, symbols, spaces, controls) become one
 *     ASCII space between words, never at either end;
 *   - letters are folded through a sorted table (Latin, Greek, Arabic),
 *     a few arithmetic case rules (Cyrillic, Armenian, fullwidth) or kept
 *     as they are (Ethiopic and every script not listed).
 * The Latin and Greek rows were derived from the Unicode decompositions
 * (base letter, lowercased) with hand-made entries for ß, æ, œ, þ, ð, ı,
 * ł, ø and the other letters that have no decomposition. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "util.h"

struct fold {
	uint32_t cp;
	const char *to;      /* UTF-8 replacement */
};

/* Sorted by code point (bsearch). */
static const struct fold folds[] = {
	/* Latin-1 Supplement */
	{0x00C0, "a"}, {0x00C1, "a"}, {0x00C2, "a"}, {0x00C3, "a"},
	{0x00C4, "a"}, {0x00C5, "a"}, {0x00C6, "ae"}, {0x00C7, "c"},
	{0x00C8, "e"}, {0x00C9, "e"}, {0x00CA, "e"}, {0x00CB, "e"},
	{0x00CC, "i"}, {0x00CD, "i"}, {0x00CE, "i"}, {0x00CF, "i"},
	{0x00D0, "d"}, {0x00D1, "n"}, {0x00D2, "o"}, {0x00D3, "o"},
	{0x00D4, "o"}, {0x00D5, "o"}, {0x00D6, "o"}, {0x00D8, "o"},
	{0x00D9, "u"}, {0x00DA, "u"}, {0x00DB, "u"}, {0x00DC, "u"},
	{0x00DD, "y"}, {0x00DE, "th"}, {0x00DF, "ss"}, {0x00E0, "a"},
	{0x00E1, "a"}, {0x00E2, "a"}, {0x00E3, "a"}, {0x00E4, "a"},
	{0x00E5, "a"}, {0x00E6, "ae"}, {0x00E7, "c"}, {0x00E8, "e"},
	{0x00E9, "e"}, {0x00EA, "e"}, {0x00EB, "e"}, {0x00EC, "i"},
	{0x00ED, "i"}, {0x00EE, "i"}, {0x00EF, "i"}, {0x00F0, "d"},
	{0x00F1, "n"}, {0x00F2, "o"}, {0x00F3, "o"}, {0x00F4, "o"},
	{0x00F5, "o"}, {0x00F6, "o"}, {0x00F8, "o"}, {0x00F9, "u"},
	{0x00FA, "u"}, {0x00FB, "u"}, {0x00FC, "u"}, {0x00FD, "y"},
	{0x00FE, "th"}, {0x00FF, "y"},
	/* Latin Extended-A */
	{0x0100, "a"}, {0x0101, "a"}, {0x0102, "a"}, {0x0103, "a"},
	{0x0104, "a"}, {0x0105, "a"}, {0x0106, "c"}, {0x0107, "c"},
	{0x0108, "c"}, {0x0109, "c"}, {0x010A, "c"}, {0x010B, "c"},
	{0x010C, "c"}, {0x010D, "c"}, {0x010E, "d"}, {0x010F, "d"},
	{0x0110, "d"}, {0x0111, "d"}, {0x0112, "e"}, {0x0113, "e"},
	{0x0114, "e"}, {0x0115, "e"}, {0x0116, "e"}, {0x0117, "e"},
	{0x0118, "e"}, {0x0119, "e"}, {0x011A, "e"}, {0x011B, "e"},
	{0x011C, "g"}, {0x011D, "g"}, {0x011E, "g"}, {0x011F, "g"},
	{0x0120, "g"}, {0x0121, "g"}, {0x0122, "g"}, {0x0123, "g"},
	{0x0124, "h"}, {0x0125, "h"}, {0x0126, "h"}, {0x0127, "h"},
	{0x0128, "i"}, {0x0129, "i"}, {0x012A, "i"}, {0x012B, "i"},
	{0x012C, "i"}, {0x012D, "i"}, {0x012E, "i"}, {0x012F, "i"},
	{0x0130, "i"}, {0x0131, "i"}, {0x0132, "ij"}, {0x0133, "ij"},
	{0x0134, "j"}, {0x0135, "j"}, {0x0136, "k"}, {0x0137, "k"},
	{0x0139, "l"}, {0x013A, "l"}, {0x013B, "l"}, {0x013C, "l"},
	{0x013D, "l"}, {0x013E, "l"}, {0x013F, "l"}, {0x0140, "l"},
	{0x0141, "l"}, {0x0142, "l"}, {0x0143, "n"}, {0x0144, "n"},
	{0x0145, "n"}, {0x0146, "n"}, {0x0147, "n"}, {0x0148, "n"},
	{0x0149, "n"}, {0x014A, "ŋ"}, {0x014C, "o"}, {0x014D, "o"},
	{0x014E, "o"}, {0x014F, "o"}, {0x0150, "o"}, {0x0151, "o"},
	{0x0152, "oe"}, {0x0153, "oe"}, {0x0154, "r"}, {0x0155, "r"},
	{0x0156, "r"}, {0x0157, "r"}, {0x0158, "r"}, {0x0159, "r"},
	{0x015A, "s"}, {0x015B, "s"}, {0x015C, "s"}, {0x015D, "s"},
	{0x015E, "s"}, {0x015F, "s"}, {0x0160, "s"}, {0x0161, "s"},
	{0x0162, "t"}, {0x0163, "t"}, {0x0164, "t"}, {0x0165, "t"},
	{0x0166, "t"}, {0x0167, "t"}, {0x0168, "u"}, {0x0169, "u"},
	{0x016A, "u"}, {0x016B, "u"}, {0x016C, "u"}, {0x016D, "u"},
	{0x016E, "u"}, {0x016F, "u"}, {0x0170, "u"}, {0x0171, "u"},
	{0x0172, "u"}, {0x0173, "u"}, {0x0174, "w"}, {0x0175, "w"},
	{0x0176, "y"}, {0x0177, "y"}, {0x0178, "y"}, {0x0179, "z"},
	{0x017A, "z"}, {0x017B, "z"}, {0x017C, "z"}, {0x017D, "z"},
	{0x017E, "z"}, {0x017F, "s"},
	/* Latin Extended-B */
	{0x0180, "b"}, {0x0181, "b"}, {0x0182, "b"}, {0x0183, "b"},
	{0x0184, "ƅ"}, {0x0186, "ɔ"}, {0x0187, "c"}, {0x0188, "c"},
	{0x0189, "d"}, {0x018A, "d"}, {0x018B, "d"}, {0x018C, "d"},
	{0x018E, "e"}, {0x018F, "ə"}, {0x0190, "ɛ"}, {0x0191, "f"},
	{0x0192, "f"}, {0x0193, "g"}, {0x0194, "ɣ"}, {0x0195, "hv"},
	{0x0196, "ɩ"}, {0x0197, "i"}, {0x0198, "k"}, {0x0199, "k"},
	{0x019A, "l"}, {0x019C, "m"}, {0x019D, "n"}, {0x019E, "n"},
	{0x019F, "o"}, {0x01A0, "o"}, {0x01A1, "o"}, {0x01A2, "oi"},
	{0x01A3, "oi"}, {0x01A4, "p"}, {0x01A5, "p"}, {0x01A6, "ʀ"},
	{0x01A7, "ƨ"}, {0x01A9, "ʃ"}, {0x01AB, "t"}, {0x01AC, "t"},
	{0x01AD, "t"}, {0x01AE, "t"}, {0x01AF, "u"}, {0x01B0, "u"},
	{0x01B1, "ʊ"}, {0x01B2, "v"}, {0x01B3, "y"}, {0x01B4, "y"},
	{0x01B5, "z"}, {0x01B6, "z"}, {0x01B7, "ʒ"}, {0x01B8, "ƹ"},
	{0x01BC, "ƽ"}, {0x01C4, "dz"}, {0x01C5, "dz"}, {0x01C6, "dz"},
	{0x01C7, "lj"}, {0x01C8, "lj"}, {0x01C9, "lj"}, {0x01CA, "nj"},
	{0x01CB, "nj"}, {0x01CC, "nj"}, {0x01CD, "a"}, {0x01CE, "a"},
	{0x01CF, "i"}, {0x01D0, "i"}, {0x01D1, "o"}, {0x01D2, "o"},
	{0x01D3, "u"}, {0x01D4, "u"}, {0x01D5, "u"}, {0x01D6, "u"},
	{0x01D7, "u"}, {0x01D8, "u"}, {0x01D9, "u"}, {0x01DA, "u"},
	{0x01DB, "u"}, {0x01DC, "u"}, {0x01DD, "e"}, {0x01DE, "a"},
	{0x01DF, "a"}, {0x01E0, "a"}, {0x01E1, "a"}, {0x01E2, "ae"},
	{0x01E3, "ae"}, {0x01E4, "g"}, {0x01E5, "g"}, {0x01E6, "g"},
	{0x01E7, "g"}, {0x01E8, "k"}, {0x01E9, "k"}, {0x01EA, "o"},
	{0x01EB, "o"}, {0x01EC, "o"}, {0x01ED, "o"}, {0x01EE, "ǯ"},
	{0x01F0, "j"}, {0x01F1, "dz"}, {0x01F2, "dz"}, {0x01F3, "dz"},
	{0x01F4, "g"}, {0x01F5, "g"}, {0x01F6, "hv"}, {0x01F8, "n"},
	{0x01F9, "n"}, {0x01FA, "a"}, {0x01FB, "a"}, {0x01FC, "ae"},
	{0x01FD, "ae"}, {0x01FE, "o"}, {0x01FF, "o"}, {0x0200, "a"},
	{0x0201, "a"}, {0x0202, "a"}, {0x0203, "a"}, {0x0204, "e"},
	{0x0205, "e"}, {0x0206, "e"}, {0x0207, "e"}, {0x0208, "i"},
	{0x0209, "i"}, {0x020A, "i"}, {0x020B, "i"}, {0x020C, "o"},
	{0x020D, "o"}, {0x020E, "o"}, {0x020F, "o"}, {0x0210, "r"},
	{0x0211, "r"}, {0x0212, "r"}, {0x0213, "r"}, {0x0214, "u"},
	{0x0215, "u"}, {0x0216, "u"}, {0x0217, "u"}, {0x0218, "s"},
	{0x0219, "s"}, {0x021A, "t"}, {0x021B, "t"}, {0x021C, "ȝ"},
	{0x021E, "h"}, {0x021F, "h"}, {0x0220, "n"}, {0x0221, "d"},
	{0x0222, "ȣ"}, {0x0224, "z"}, {0x0225, "z"}, {0x0226, "a"},
	{0x0227, "a"}, {0x0228, "e"}, {0x0229, "e"}, {0x022A, "o"},
	{0x022B, "o"}, {0x022C, "o"}, {0x022D, "o"}, {0x022E, "o"},
	{0x022F, "o"}, {0x0230, "o"}, {0x0231, "o"}, {0x0232, "y"},
	{0x0233, "y"}, {0x0234, "l"}, {0x0235, "n"}, {0x0236, "t"},
	{0x0238, "db"}, {0x0239, "qp"}, {0x023A, "a"}, {0x023B, "c"},
	{0x023C, "c"}, {0x023D, "l"}, {0x023E, "t"}, {0x023F, "s"},
	{0x0240, "z"}, {0x0241, "ɂ"}, {0x0243, "b"}, {0x0244, "u"},
	{0x0245, "v"}, {0x0246, "e"}, {0x0247, "e"}, {0x0248, "j"},
	{0x0249, "j"}, {0x024A, "q"}, {0x024B, "q"}, {0x024C, "r"},
	{0x024D, "r"}, {0x024E, "y"}, {0x024F, "y"},
	/* Greek: lowercase, tonos and dialytika dropped, final sigma */
	{0x0370, "ͱ"}, {0x0372, "ͳ"}, {0x0376, "ͷ"}, {0x037F, "ϳ"},
	{0x0386, "α"}, {0x0388, "ε"}, {0x0389, "η"}, {0x038A, "ι"},
	{0x038C, "ο"}, {0x038E, "υ"}, {0x038F, "ω"}, {0x0390, "ι"},
	{0x0391, "α"}, {0x0392, "β"}, {0x0393, "γ"}, {0x0394, "δ"},
	{0x0395, "ε"}, {0x0396, "ζ"}, {0x0397, "η"}, {0x0398, "θ"},
	{0x0399, "ι"}, {0x039A, "κ"}, {0x039B, "λ"}, {0x039C, "μ"},
	{0x039D, "ν"}, {0x039E, "ξ"}, {0x039F, "ο"}, {0x03A0, "π"},
	{0x03A1, "ρ"}, {0x03A3, "σ"}, {0x03A4, "τ"}, {0x03A5, "υ"},
	{0x03A6, "φ"}, {0x03A7, "χ"}, {0x03A8, "ψ"}, {0x03A9, "ω"},
	{0x03AA, "ι"}, {0x03AB, "υ"}, {0x03AC, "α"}, {0x03AD, "ε"},
	{0x03AE, "η"}, {0x03AF, "ι"}, {0x03B0, "υ"}, {0x03C2, "σ"},
	{0x03CA, "ι"}, {0x03CB, "υ"}, {0x03CC, "ο"}, {0x03CD, "υ"},
	{0x03CE, "ω"}, {0x03D8, "ϙ"}, {0x03DA, "ϛ"}, {0x03DC, "ϝ"},
	{0x03DE, "ϟ"}, {0x03E0, "ϡ"}, {0x03E2, "ϣ"}, {0x03E4, "ϥ"},
	{0x03E6, "ϧ"}, {0x03E8, "ϩ"}, {0x03EA, "ϫ"}, {0x03EC, "ϭ"},
	{0x03EE, "ϯ"}, {0x03F7, "ϸ"}, {0x03FA, "ϻ"},
	/* Arabic script: hamza and madda carriers, alef wasla, teh marbuta,
	 * alef maksura, Arabic-Indic digits, Persian/Urdu kaf and yeh */
	{0x0622, "ا"}, {0x0623, "ا"}, {0x0624, "و"}, {0x0625, "ا"},
	{0x0626, "ي"}, {0x0629, "ه"}, {0x0649, "ي"},
	{0x0660, "0"}, {0x0661, "1"}, {0x0662, "2"}, {0x0663, "3"},
	{0x0664, "4"}, {0x0665, "5"}, {0x0666, "6"}, {0x0667, "7"},
	{0x0668, "8"}, {0x0669, "9"},
	{0x0671, "ا"}, {0x0672, "ا"}, {0x0673, "ا"}, {0x0675, "ا"},
	{0x06A9, "ك"}, {0x06AA, "ك"}, {0x06C0, "ه"}, {0x06C3, "ه"},
	{0x06CC, "ي"},
	{0x06F0, "0"}, {0x06F1, "1"}, {0x06F2, "2"}, {0x06F3, "3"},
	{0x06F4, "4"}, {0x06F5, "5"}, {0x06F6, "6"}, {0x06F7, "7"},
	{0x06F8, "8"}, {0x06F9, "9"},
	/* Latin Extended Additional */
	{0x1E00, "a"}, {0x1E01, "a"}, {0x1E02, "b"}, {0x1E03, "b"},
	{0x1E04, "b"}, {0x1E05, "b"}, {0x1E06, "b"}, {0x1E07, "b"},
	{0x1E08, "c"}, {0x1E09, "c"}, {0x1E0A, "d"}, {0x1E0B, "d"},
	{0x1E0C, "d"}, {0x1E0D, "d"}, {0x1E0E, "d"}, {0x1E0F, "d"},
	{0x1E10, "d"}, {0x1E11, "d"}, {0x1E12, "d"}, {0x1E13, "d"},
	{0x1E14, "e"}, {0x1E15, "e"}, {0x1E16, "e"}, {0x1E17, "e"},
	{0x1E18, "e"}, {0x1E19, "e"}, {0x1E1A, "e"}, {0x1E1B, "e"},
	{0x1E1C, "e"}, {0x1E1D, "e"}, {0x1E1E, "f"}, {0x1E1F, "f"},
	{0x1E20, "g"}, {0x1E21, "g"}, {0x1E22, "h"}, {0x1E23, "h"},
	{0x1E24, "h"}, {0x1E25, "h"}, {0x1E26, "h"}, {0x1E27, "h"},
	{0x1E28, "h"}, {0x1E29, "h"}, {0x1E2A, "h"}, {0x1E2B, "h"},
	{0x1E2C, "i"}, {0x1E2D, "i"}, {0x1E2E, "i"}, {0x1E2F, "i"},
	{0x1E30, "k"}, {0x1E31, "k"}, {0x1E32, "k"}, {0x1E33, "k"},
	{0x1E34, "k"}, {0x1E35, "k"}, {0x1E36, "l"}, {0x1E37, "l"},
	{0x1E38, "l"}, {0x1E39, "l"}, {0x1E3A, "l"}, {0x1E3B, "l"},
	{0x1E3C, "l"}, {0x1E3D, "l"}, {0x1E3E, "m"}, {0x1E3F, "m"},
	{0x1E40, "m"}, {0x1E41, "m"}, {0x1E42, "m"}, {0x1E43, "m"},
	{0x1E44, "n"}, {0x1E45, "n"}, {0x1E46, "n"}, {0x1E47, "n"},
	{0x1E48, "n"}, {0x1E49, "n"}, {0x1E4A, "n"}, {0x1E4B, "n"},
	{0x1E4C, "o"}, {0x1E4D, "o"}, {0x1E4E, "o"}, {0x1E4F, "o"},
	{0x1E50, "o"}, {0x1E51, "o"}, {0x1E52, "o"}, {0x1E53, "o"},
	{0x1E54, "p"}, {0x1E55, "p"}, {0x1E56, "p"}, {0x1E57, "p"},
	{0x1E58, "r"}, {0x1E59, "r"}, {0x1E5A, "r"}, {0x1E5B, "r"},
	{0x1E5C, "r"}, {0x1E5D, "r"}, {0x1E5E, "r"}, {0x1E5F, "r"},
	{0x1E60, "s"}, {0x1E61, "s"}, {0x1E62, "s"}, {0x1E63, "s"},
	{0x1E64, "s"}, {0x1E65, "s"}, {0x1E66, "s"}, {0x1E67, "s"},
	{0x1E68, "s"}, {0x1E69, "s"}, {0x1E6A, "t"}, {0x1E6B, "t"},
	{0x1E6C, "t"}, {0x1E6D, "t"}, {0x1E6E, "t"}, {0x1E6F, "t"},
	{0x1E70, "t"}, {0x1E71, "t"}, {0x1E72, "u"}, {0x1E73, "u"},
	{0x1E74, "u"}, {0x1E75, "u"}, {0x1E76, "u"}, {0x1E77, "u"},
	{0x1E78, "u"}, {0x1E79, "u"}, {0x1E7A, "u"}, {0x1E7B, "u"},
	{0x1E7C, "v"}, {0x1E7D, "v"}, {0x1E7E, "v"}, {0x1E7F, "v"},
	{0x1E80, "w"}, {0x1E81, "w"}, {0x1E82, "w"}, {0x1E83, "w"},
	{0x1E84, "w"}, {0x1E85, "w"}, {0x1E86, "w"}, {0x1E87, "w"},
	{0x1E88, "w"}, {0x1E89, "w"}, {0x1E8A, "x"}, {0x1E8B, "x"},
	{0x1E8C, "x"}, {0x1E8D, "x"}, {0x1E8E, "y"}, {0x1E8F, "y"},
	{0x1E90, "z"}, {0x1E91, "z"}, {0x1E92, "z"}, {0x1E93, "z"},
	{0x1E94, "z"}, {0x1E95, "z"}, {0x1E96, "h"}, {0x1E97, "t"},
	{0x1E98, "w"}, {0x1E99, "y"}, {0x1E9A, "a"}, {0x1E9B, "s"},
	{0x1E9C, "s"}, {0x1E9D, "s"}, {0x1E9E, "ss"}, {0x1EA0, "a"},
	{0x1EA1, "a"}, {0x1EA2, "a"}, {0x1EA3, "a"}, {0x1EA4, "a"},
	{0x1EA5, "a"}, {0x1EA6, "a"}, {0x1EA7, "a"}, {0x1EA8, "a"},
	{0x1EA9, "a"}, {0x1EAA, "a"}, {0x1EAB, "a"}, {0x1EAC, "a"},
	{0x1EAD, "a"}, {0x1EAE, "a"}, {0x1EAF, "a"}, {0x1EB0, "a"},
	{0x1EB1, "a"}, {0x1EB2, "a"}, {0x1EB3, "a"}, {0x1EB4, "a"},
	{0x1EB5, "a"}, {0x1EB6, "a"}, {0x1EB7, "a"}, {0x1EB8, "e"},
	{0x1EB9, "e"}, {0x1EBA, "e"}, {0x1EBB, "e"}, {0x1EBC, "e"},
	{0x1EBD, "e"}, {0x1EBE, "e"}, {0x1EBF, "e"}, {0x1EC0, "e"},
	{0x1EC1, "e"}, {0x1EC2, "e"}, {0x1EC3, "e"}, {0x1EC4, "e"},
	{0x1EC5, "e"}, {0x1EC6, "e"}, {0x1EC7, "e"}, {0x1EC8, "i"},
	{0x1EC9, "i"}, {0x1ECA, "i"}, {0x1ECB, "i"}, {0x1ECC, "o"},
	{0x1ECD, "o"}, {0x1ECE, "o"}, {0x1ECF, "o"}, {0x1ED0, "o"},
	{0x1ED1, "o"}, {0x1ED2, "o"}, {0x1ED3, "o"}, {0x1ED4, "o"},
	{0x1ED5, "o"}, {0x1ED6, "o"}, {0x1ED7, "o"}, {0x1ED8, "o"},
	{0x1ED9, "o"}, {0x1EDA, "o"}, {0x1EDB, "o"}, {0x1EDC, "o"},
	{0x1EDD, "o"}, {0x1EDE, "o"}, {0x1EDF, "o"}, {0x1EE0, "o"},
	{0x1EE1, "o"}, {0x1EE2, "o"}, {0x1EE3, "o"}, {0x1EE4, "u"},
	{0x1EE5, "u"}, {0x1EE6, "u"}, {0x1EE7, "u"}, {0x1EE8, "u"},
	{0x1EE9, "u"}, {0x1EEA, "u"}, {0x1EEB, "u"}, {0x1EEC, "u"},
	{0x1EED, "u"}, {0x1EEE, "u"}, {0x1EEF, "u"}, {0x1EF0, "u"},
	{0x1EF1, "u"}, {0x1EF2, "y"}, {0x1EF3, "y"}, {0x1EF4, "y"},
	{0x1EF5, "y"}, {0x1EF6, "y"}, {0x1EF7, "y"}, {0x1EF8, "y"},
	{0x1EF9, "y"}, {0x1EFA, "ll"}, {0x1EFB, "ll"}, {0x1EFE, "y"},
	{0x1EFF, "y"},
};

struct range {
	uint32_t lo, hi;
};

/* Code points that vanish: no output, no word break. */
static const struct range dropped[] = {
	{0x0027, 0x0027},   /* ' apostrophe */
	{0x0060, 0x0060},   /* ` grave accent */
	{0x00AD, 0x00AD},   /* soft hyphen */
	{0x00B4, 0x00B4},   /* ´ acute accent */
	{0x02B9, 0x02FF},   /* modifier letters: ʻ ʼ ʾ ʿ, spacing accents */
	{0x0300, 0x036F},   /* combining diacritical marks */
	{0x0384, 0x0385},   /* Greek spacing tonos */
	{0x0483, 0x0489},   /* Cyrillic combining marks */
	{0x0591, 0x05C7},   /* Hebrew points */
	{0x0610, 0x061A},   /* Arabic honorific signs */
	{0x061C, 0x061C},   /* Arabic letter mark */
	{0x0640, 0x0640},   /* tatweel */
	{0x064B, 0x065F},   /* harakat: fathatan .. wavy hamza below */
	{0x0670, 0x0670},   /* superscript alef */
	{0x06D6, 0x06ED},   /* Quranic annotation signs */
	{0x135D, 0x135F},   /* Ethiopic combining marks */
	{0x1AB0, 0x1AFF},   /* combining diacritical marks extended */
	{0x1DC0, 0x1DFF},   /* combining diacritical marks supplement */
	{0x200B, 0x200F},   /* zero-width space/joiners, direction marks */
	{0x2018, 0x2019},   /* ‘ ’ */
	{0x201B, 0x201B},   /* ‛ */
	{0x202A, 0x202E},   /* bidi embeddings */
	{0x2032, 0x2032},   /* ′ prime, used as an apostrophe */
	{0x2060, 0x206F},   /* word joiner, invisible operators, bidi isolates */
	{0x20D0, 0x20FF},   /* combining marks for symbols */
	{0xFE00, 0xFE0F},   /* variation selectors */
	{0xFE20, 0xFE2F},   /* combining half marks */
	{0xFEFF, 0xFEFF},   /* byte order mark */
	{0xFF07, 0xFF07},   /* fullwidth apostrophe */
	{0xE0000, 0xE0FFF}, /* tags, variation selectors supplement */
};

/* Non-ASCII code points that are neither letters nor digits: punctuation,
 * symbols, spaces and controls.  They separate words. */
static const struct range separators[] = {
	{0x0080, 0x00BF},   /* C1 controls, no-break space, Latin-1 signs */
	{0x00D7, 0x00D7},   /* × */
	{0x00F7, 0x00F7},   /* ÷ */
	{0x037E, 0x037E},   /* Greek question mark */
	{0x0387, 0x0387},   /* Greek ano teleia */
	{0x055A, 0x055F},   /* Armenian punctuation */
	{0x0589, 0x058F},
	{0x0600, 0x060F},   /* Arabic number signs, comma, date separator */
	{0x061B, 0x061B},   /* ؛ */
	{0x061D, 0x061F},   /* ؟ */
	{0x066A, 0x066D},   /* ٪ ٫ ٬ ٭ */
	{0x06D4, 0x06D4},   /* Urdu full stop */
	{0x06FD, 0x06FE},
	{0x0964, 0x0965},   /* danda */
	{0x1360, 0x1368},   /* Ethiopic punctuation: ፡ ። ፣ ፤ … */
	{0x1390, 0x1399},   /* Ethiopic tonal marks */
	{0x1680, 0x1680},   /* Ogham space */
	{0x2000, 0x206F},   /* general punctuation and spaces */
	{0x2070, 0x209F},   /* superscripts and subscripts */
	{0x20A0, 0x20CF},   /* currency */
	{0x2100, 0x2BFF},   /* letterlike, arrows, maths, boxes, dingbats */
	{0x2E00, 0x2E7F},   /* supplemental punctuation */
	{0x3000, 0x303F},   /* CJK punctuation, ideographic space */
	{0xD800, 0xDFFF},   /* (surrogates never decode; listed for clarity) */
	{0xE000, 0xF8FF},   /* private use */
	{0xFD3E, 0xFD3F},   /* ornate parentheses */
	{0xFE10, 0xFE19},   /* vertical forms */
	{0xFE30, 0xFE6F},   /* CJK compatibility forms, small forms */
	{0xFF00, 0xFF0F},   /* fullwidth punctuation */
	{0xFF1A, 0xFF20},
	{0xFF3B, 0xFF40},
	{0xFF5B, 0xFF65},
	{0xFFF0, 0xFFFF},   /* specials, replacement character */
	{0x1F000, 0x1FAFF}, /* mahjong, cards, emoji, pictographs */
	{0xF0000, 0x10FFFF},/* supplementary private use */
};

static int cmp_fold(const void *key, const void *elem)
{
	uint32_t cp = *(const uint32_t *)key;
	const struct fold *f = elem;
	return cp < f->cp ? -1 : cp > f->cp;
}

static int cmp_range(const void *key, const void *elem)
{
	uint32_t cp = *(const uint32_t *)key;
	const struct range *r = elem;
	return cp < r->lo ? -1 : cp > r->hi;
}

static int in_ranges(uint32_t cp, const struct range *r, size_t n)
{
	return bsearch(&cp, r, n, sizeof *r, cmp_range) != NULL;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

size_t utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c, min;
	size_t len, i;

	*cp = 0xFFFD;
	if (n == 0)
		return 0;
	c = p[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2; c &= 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3; c &= 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4; c &= 0x07; min = 0x10000;
	} else {
		return 0;   /* continuation byte, C0/C1 overlong lead, F5..FF */
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp >= 0xD800 && cp <= 0xDFFF) {
		return 0;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	} else if (cp <= 0x10FFFF) {
		out[0] = (char)(0xF0 | (cp >> 18));
		out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (char)(0x80 | (cp & 0x3F));
		return 4;
	}
	return 0;
}

/* Case rules for scripts with regular upper/lower layouts, and the
 * fullwidth forms; returns cp itself when no rule applies. */
static uint32_t lower_rule(uint32_t cp)
{
	if (cp >= 0x0400 && cp <= 0x040F)           /* Ѐ .. Џ */
		cp += 0x50;
	else if (cp >= 0x0410 && cp <= 0x042F)      /* А .. Я */
		cp += 0x20;
	else if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) ||
		 (cp >= 0x04D0 && cp <= 0x052F))    /* pairs, capital even */
		cp |= 1;
	else if (cp == 0x04C0)                      /* palochka */
		cp = 0x04CF;
	else if (cp >= 0x04C1 && cp <= 0x04CE && (cp & 1))  /* capital odd */
		cp += 1;
	else if (cp >= 0x0531 && cp <= 0x0556)      /* Armenian */
		cp += 0x30;
	else if (cp >= 0xFF21 && cp <= 0xFF3A)      /* fullwidth A .. Z */
		cp = 'a' + (cp - 0xFF21);
	else if (cp >= 0xFF41 && cp <= 0xFF5A)      /* fullwidth a .. z */
		cp = 'a' + (cp - 0xFF41);
	else if (cp >= 0xFF10 && cp <= 0xFF19)      /* fullwidth digits */
		cp = '0' + (cp - 0xFF10);
	if (cp == 0x0451)                           /* ё -> е */
		cp = 0x0435;
	return cp;
}

/* Where the key goes: a strbuf (norm_key) or a fixed buffer that stops at
 * the first piece that does not fit (norm_key_buf). */
struct sink {
	strbuf *sb;
	char *buf;
	size_t cap, len;
	int full;
	int pending_space;
};

/* Emit one folded character, preceded by the pending word break. */
static void emit(struct sink *k, const char *s, size_t n)
{
	size_t sp = k->pending_space && k->len > 0;

	if (k->full || n == 0)
		return;
	if (k->sb) {
		if (sp)
			sb_appendc(k->sb, ' ');
		sb_appendn(k->sb, s, n);
	} else {
		if (k->len + sp + n + 1 > k->cap) {
			k->full = 1;
			return;
		}
		if (sp)
			k->buf[k->len] = ' ';
		memcpy(k->buf + k->len + sp, s, n);
		k->buf[k->len + sp + n] = '\0';
	}
	k->len += sp + n;
	k->pending_space = 0;
}

static void fold_cp(struct sink *k, uint32_t cp)
{
	const struct fold *f;
	char enc[4];

	if (cp < 0x80) {
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
			enc[0] = (char)cp;
			emit(k, enc, 1);
		} else if (cp >= 'A' && cp <= 'Z') {
			enc[0] = (char)(cp - 'A' + 'a');
			emit(k, enc, 1);
		} else if (cp != '\'' && cp != '`') {
			k->pending_space = 1;
		}
		return;
	}
	if (in_ranges(cp, dropped, COUNT(dropped)))
		return;
	if (in_ranges(cp, separators, COUNT(separators))) {
		k->pending_space = 1;
		return;
	}
	f = bsearch(&cp, folds, COUNT(folds), sizeof *folds, cmp_fold);
	if (f) {
		emit(k, f->to, strlen(f->to));
		return;
	}
	emit(k, enc, utf8_encode(lower_rule(cp), enc));
}

static void fold_all(struct sink *k, const char *s)
{
	size_t n = s ? strlen(s) : 0, i = 0, len;
	uint32_t cp;

	while (i < n && !k->full) {
		len = utf8_decode(s + i, n - i, &cp);
		if (len == 0) {     /* invalid byte: dropped */
			i++;
			continue;
		}
		fold_cp(k, cp);
		i += len;
	}
}

char *norm_key(const char *utf8)
{
	strbuf sb = STRBUF_INIT;
	struct sink k = { &sb, NULL, 0, 0, 0, 0 };

	fold_all(&k, utf8);
	return sb_take(&sb);
}

size_t norm_key_buf(const char *utf8, char *out, size_t outsz)
{
	struct sink k = { NULL, out, outsz, 0, 0, 0 };

	if (outsz == 0)
		return 0;
	out[0] = '\0';
	fold_all(&k, utf8);
	return k.len;
}
