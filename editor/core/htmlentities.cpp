// SPDX-License-Identifier: GPL-3.0-or-later
// The named character references that kramdown decodes, with their code
// points from the WHATWG HTML list of named character references.
// Generated once; sorted by name for binary search.
#include "htmlentities.h"

#include <algorithm>
#include <iterator>

namespace geul {

namespace {

struct Named
{
    const char *name;
    char32_t codePoint;
};

constexpr Named named[] = {
    {"AElig", 0xC6}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Afr", 0x1D504}, {"Agrave", 0xC0}, {"Alpha", 0x391},
    {"And", 0x2A53}, {"Aopf", 0x1D538}, {"Aring", 0xC5}, {"Ascr", 0x1D49C}, {"Atilde", 0xC3}, {"Auml", 0xC4},
    {"Barv", 0x2AE7}, {"Beta", 0x392}, {"Bfr", 0x1D505}, {"Bopf", 0x1D539}, {"Ccedil", 0xC7}, {"Chi", 0x3A7},
    {"Colone", 0x2A74}, {"Cross", 0x2A2F}, {"Cscr", 0x1D49E}, {"DDotrahd", 0x2911}, {"Dagger", 0x2021},
    {"Dashv", 0x2AE4}, {"Delta", 0x394}, {"Dfr", 0x1D507}, {"Dopf", 0x1D53B}, {"DoubleLeftTee", 0x2AE4},
    {"DoubleLongLeftArrow", 0x27F8}, {"DoubleLongLeftRightArrow", 0x27FA}, {"DoubleLongRightArrow", 0x27F9},
    {"DownArrowBar", 0x2913}, {"DownLeftRightVector", 0x2950}, {"DownLeftTeeVector", 0x295E},
    {"DownLeftVectorBar", 0x2956}, {"DownRightTeeVector", 0x295F}, {"DownRightVectorBar", 0x2957}, {"Dscr", 0x1D49F},
    {"ETH", 0xD0}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Efr", 0x1D508}, {"Egrave", 0xC8}, {"Eopf", 0x1D53C},
    {"Epsilon", 0x395}, {"Equal", 0x2A75}, {"Esim", 0x2A73}, {"Eta", 0x397}, {"Euml", 0xCB}, {"Ffr", 0x1D509},
    {"Fopf", 0x1D53D}, {"Gamma", 0x393}, {"Gammad", 0x3DC}, {"Gfr", 0x1D50A}, {"Gopf", 0x1D53E},
    {"GreaterGreater", 0x2AA2}, {"GreaterSlantEqual", 0x2A7E}, {"Gscr", 0x1D4A2}, {"Iacute", 0xCD}, {"Icirc", 0xCE},
    {"Igrave", 0xCC}, {"Iopf", 0x1D540}, {"Iota", 0x399}, {"Iuml", 0xCF}, {"Jfr", 0x1D50D}, {"Jopf", 0x1D541},
    {"Jscr", 0x1D4A5}, {"Kappa", 0x39A}, {"Kfr", 0x1D50E}, {"Kopf", 0x1D542}, {"Kscr", 0x1D4A6}, {"Lambda", 0x39B},
    {"Lang", 0x27EA}, {"LeftDownTeeVector", 0x2961}, {"LeftDownVectorBar", 0x2959}, {"LeftRightVector", 0x294E},
    {"LeftTeeVector", 0x295A}, {"LeftTriangleBar", 0x29CF}, {"LeftUpDownVector", 0x2951}, {"LeftUpTeeVector", 0x2960},
    {"LeftUpVectorBar", 0x2958}, {"LeftVectorBar", 0x2952}, {"LessLess", 0x2AA1}, {"LessSlantEqual", 0x2A7D},
    {"Lfr", 0x1D50F}, {"LongLeftArrow", 0x27F5}, {"LongLeftRightArrow", 0x27F7}, {"LongRightArrow", 0x27F6},
    {"Longleftarrow", 0x27F8}, {"Longleftrightarrow", 0x27FA}, {"Longrightarrow", 0x27F9}, {"Lopf", 0x1D543},
    {"Map", 0x2905}, {"Mfr", 0x1D510}, {"Mopf", 0x1D544}, {"Mu", 0x39C}, {"Nfr", 0x1D511}, {"Not", 0x2AEC},
    {"Nscr", 0x1D4A9}, {"Ntilde", 0xD1}, {"Nu", 0x39D}, {"OElig", 0x152}, {"Oacute", 0xD3}, {"Ocirc", 0xD4},
    {"Ofr", 0x1D512}, {"Ograve", 0xD2}, {"Omega", 0x3A9}, {"Omicron", 0x39F}, {"Oopf", 0x1D546}, {"Or", 0x2A54},
    {"Oscr", 0x1D4AA}, {"Oslash", 0xD8}, {"Otilde", 0xD5}, {"Otimes", 0x2A37}, {"Ouml", 0xD6}, {"Pfr", 0x1D513},
    {"Phi", 0x3A6}, {"Pi", 0x3A0}, {"Pr", 0x2ABB}, {"PrecedesEqual", 0x2AAF}, {"Prime", 0x2033}, {"Pscr", 0x1D4AB},
    {"Psi", 0x3A8}, {"Qfr", 0x1D514}, {"Qscr", 0x1D4AC}, {"RBarr", 0x2910}, {"Rang", 0x27EB}, {"Rarrtl", 0x2916},
    {"ReverseUpEquilibrium", 0x296F}, {"Rho", 0x3A1}, {"RightDownTeeVector", 0x295D}, {"RightDownVectorBar", 0x2955},
    {"RightTeeVector", 0x295B}, {"RightTriangleBar", 0x29D0}, {"RightUpDownVector", 0x294F},
    {"RightUpTeeVector", 0x295C}, {"RightUpVectorBar", 0x2954}, {"RightVectorBar", 0x2953}, {"RoundImplies", 0x2970},
    {"RuleDelayed", 0x29F4}, {"Sc", 0x2ABC}, {"Scaron", 0x160}, {"Sfr", 0x1D516}, {"Sigma", 0x3A3}, {"Sopf", 0x1D54A},
    {"Sscr", 0x1D4AE}, {"SucceedsEqual", 0x2AB0}, {"THORN", 0xDE}, {"Tau", 0x3A4}, {"Tfr", 0x1D517}, {"Theta", 0x398},
    {"Topf", 0x1D54B}, {"Tscr", 0x1D4AF}, {"Uacute", 0xDA}, {"Uarrocir", 0x2949}, {"Ucirc", 0xDB}, {"Ufr", 0x1D518},
    {"Ugrave", 0xD9}, {"Uopf", 0x1D54C}, {"UpArrowBar", 0x2912}, {"UpEquilibrium", 0x296E}, {"Upsilon", 0x3A5},
    {"Uscr", 0x1D4B0}, {"Uuml", 0xDC}, {"Vbar", 0x2AEB}, {"Vdashl", 0x2AE6}, {"Vfr", 0x1D519}, {"Vopf", 0x1D54D},
    {"Vscr", 0x1D4B1}, {"Wfr", 0x1D51A}, {"Wopf", 0x1D54E}, {"Wscr", 0x1D4B2}, {"Xfr", 0x1D51B}, {"Xi", 0x39E},
    {"Xopf", 0x1D54F}, {"Xscr", 0x1D4B3}, {"Yacute", 0xDD}, {"Yfr", 0x1D51C}, {"Yopf", 0x1D550}, {"Yscr", 0x1D4B4},
    {"Yuml", 0x178}, {"Zeta", 0x396}, {"Zscr", 0x1D4B5}, {"aacute", 0xE1}, {"acirc", 0xE2}, {"acute", 0xB4},
    {"aelig", 0xE6}, {"afr", 0x1D51E}, {"agrave", 0xE0}, {"alefsym", 0x2135}, {"alpha", 0x3B1}, {"amalg", 0x2A3F},
    {"amp", 0x26}, {"and", 0x2227}, {"andand", 0x2A55}, {"andd", 0x2A5C}, {"andslope", 0x2A58}, {"andv", 0x2A5A},
    {"ang", 0x2220}, {"ange", 0x29A4}, {"angmsdaa", 0x29A8}, {"angmsdab", 0x29A9}, {"angmsdac", 0x29AA},
    {"angmsdad", 0x29AB}, {"angmsdae", 0x29AC}, {"angmsdaf", 0x29AD}, {"angmsdag", 0x29AE}, {"angmsdah", 0x29AF},
    {"angrtvbd", 0x299D}, {"aopf", 0x1D552}, {"apE", 0x2A70}, {"apacir", 0x2A6F}, {"apos", 0x27}, {"aring", 0xE5},
    {"ascr", 0x1D4B6}, {"asymp", 0x2248}, {"atilde", 0xE3}, {"auml", 0xE4}, {"awint", 0x2A11}, {"bNot", 0x2AED},
    {"bdquo", 0x201E}, {"bemptyv", 0x29B0}, {"beta", 0x3B2}, {"bfr", 0x1D51F}, {"bigodot", 0x2A00},
    {"bigoplus", 0x2A01}, {"bigotimes", 0x2A02}, {"bigsqcup", 0x2A06}, {"biguplus", 0x2A04}, {"bkarow", 0x290D},
    {"blacklozenge", 0x29EB}, {"bopf", 0x1D553}, {"boxbox", 0x29C9}, {"brvbar", 0xA6}, {"bscr", 0x1D4B7},
    {"bsolb", 0x29C5}, {"bull", 0x2022}, {"bumpE", 0x2AAE}, {"cap", 0x2229}, {"capand", 0x2A44}, {"capbrcup", 0x2A49},
    {"capcap", 0x2A4B}, {"capcup", 0x2A47}, {"capdot", 0x2A40}, {"ccaps", 0x2A4D}, {"ccedil", 0xE7},
    {"ccups", 0x2A4C}, {"ccupssm", 0x2A50}, {"cedil", 0xB8}, {"cemptyv", 0x29B2}, {"cent", 0xA2}, {"cfr", 0x1D520},
    {"chi", 0x3C7}, {"cirE", 0x29C3}, {"circ", 0x2C6}, {"cirfnint", 0x2A10}, {"cirmid", 0x2AEF}, {"cirscir", 0x29C2},
    {"clubs", 0x2663}, {"cong", 0x2245}, {"congdot", 0x2A6D}, {"copf", 0x1D554}, {"copy", 0xA9}, {"crarr", 0x21B5},
    {"cscr", 0x1D4B8}, {"csub", 0x2ACF}, {"csube", 0x2AD1}, {"csup", 0x2AD0}, {"csupe", 0x2AD2}, {"cudarrl", 0x2938},
    {"cudarrr", 0x2935}, {"cularrp", 0x293D}, {"cup", 0x222A}, {"cupbrcap", 0x2A48}, {"cupcap", 0x2A46},
    {"cupcup", 0x2A4A}, {"cupor", 0x2A45}, {"curarrm", 0x293C}, {"curren", 0xA4}, {"dArr", 0x21D3}, {"dHar", 0x2965},
    {"dagger", 0x2020}, {"darr", 0x2193}, {"dbkarow", 0x290F}, {"ddotseq", 0x2A77}, {"deg", 0xB0}, {"delta", 0x3B4},
    {"demptyv", 0x29B1}, {"dfisht", 0x297F}, {"dfr", 0x1D521}, {"diams", 0x2666}, {"divide", 0xF7}, {"dopf", 0x1D555},
    {"drbkarow", 0x2910}, {"dscr", 0x1D4B9}, {"dsol", 0x29F6}, {"duhar", 0x296F}, {"dwangle", 0x29A6},
    {"dzigrarr", 0x27FF}, {"eDDot", 0x2A77}, {"eacute", 0xE9}, {"easter", 0x2A6E}, {"ecirc", 0xEA}, {"efr", 0x1D522},
    {"eg", 0x2A9A}, {"egrave", 0xE8}, {"egs", 0x2A96}, {"egsdot", 0x2A98}, {"el", 0x2A99}, {"els", 0x2A95},
    {"elsdot", 0x2A97}, {"empty", 0x2205}, {"emsp", 0x2003}, {"ensp", 0x2002}, {"eopf", 0x1D556}, {"eparsl", 0x29E3},
    {"eplus", 0x2A71}, {"epsilon", 0x3B5}, {"eqslantgtr", 0x2A96}, {"eqslantless", 0x2A95}, {"equiv", 0x2261},
    {"equivDD", 0x2A78}, {"eqvparsl", 0x29E5}, {"erarr", 0x2971}, {"eta", 0x3B7}, {"eth", 0xF0}, {"euml", 0xEB},
    {"euro", 0x20AC}, {"exist", 0x2203}, {"ffilig", 0xFB03}, {"fflig", 0xFB00}, {"ffllig", 0xFB04}, {"ffr", 0x1D523},
    {"filig", 0xFB01}, {"fllig", 0xFB02}, {"fnof", 0x192}, {"fopf", 0x1D557}, {"forall", 0x2200}, {"forkv", 0x2AD9},
    {"fpartint", 0x2A0D}, {"frac12", 0xBD}, {"frac13", 0x2153}, {"frac14", 0xBC}, {"frac15", 0x2155},
    {"frac16", 0x2159}, {"frac18", 0x215B}, {"frac23", 0x2154}, {"frac25", 0x2156}, {"frac34", 0xBE},
    {"frac35", 0x2157}, {"frac38", 0x215C}, {"frac45", 0x2158}, {"frac56", 0x215A}, {"frac58", 0x215D},
    {"frac78", 0x215E}, {"frasl", 0x2044}, {"fscr", 0x1D4BB}, {"gEl", 0x2A8C}, {"gamma", 0x3B3}, {"gammad", 0x3DD},
    {"gap", 0x2A86}, {"ge", 0x2265}, {"geqslant", 0x2A7E}, {"ges", 0x2A7E}, {"gescc", 0x2AA9}, {"gesdot", 0x2A80},
    {"gesdoto", 0x2A82}, {"gesdotol", 0x2A84}, {"gesles", 0x2A94}, {"gfr", 0x1D524}, {"glE", 0x2A92}, {"gla", 0x2AA5},
    {"glj", 0x2AA4}, {"gnap", 0x2A8A}, {"gnapprox", 0x2A8A}, {"gne", 0x2A88}, {"gneq", 0x2A88}, {"gopf", 0x1D558},
    {"gsime", 0x2A8E}, {"gsiml", 0x2A90}, {"gt", 0x3E}, {"gtcc", 0x2AA7}, {"gtcir", 0x2A7A}, {"gtlPar", 0x2995},
    {"gtquest", 0x2A7C}, {"gtrapprox", 0x2A86}, {"gtrarr", 0x2978}, {"gtreqqless", 0x2A8C}, {"hArr", 0x21D4},
    {"harr", 0x2194}, {"harrcir", 0x2948}, {"hearts", 0x2665}, {"hellip", 0x2026}, {"hfr", 0x1D525},
    {"hksearow", 0x2925}, {"hkswarow", 0x2926}, {"hopf", 0x1D559}, {"hscr", 0x1D4BD}, {"iacute", 0xED},
    {"icirc", 0xEE}, {"iexcl", 0xA1}, {"ifr", 0x1D526}, {"igrave", 0xEC}, {"iiiint", 0x2A0C}, {"iinfin", 0x29DC},
    {"image", 0x2111}, {"infin", 0x221E}, {"infintie", 0x29DD}, {"int", 0x222B}, {"intlarhk", 0x2A17},
    {"intprod", 0x2A3C}, {"iopf", 0x1D55A}, {"iota", 0x3B9}, {"iprod", 0x2A3C}, {"iquest", 0xBF}, {"iscr", 0x1D4BE},
    {"isin", 0x2208}, {"iuml", 0xEF}, {"jfr", 0x1D527}, {"jopf", 0x1D55B}, {"jscr", 0x1D4BF}, {"kappa", 0x3BA},
    {"kfr", 0x1D528}, {"kopf", 0x1D55C}, {"kscr", 0x1D4C0}, {"lArr", 0x21D0}, {"lAtail", 0x291B}, {"lBarr", 0x290E},
    {"lEg", 0x2A8B}, {"lHar", 0x2962}, {"laemptyv", 0x29B4}, {"lambda", 0x3BB}, {"lang", 0x27E8}, {"langd", 0x2991},
    {"lap", 0x2A85}, {"laquo", 0xAB}, {"larr", 0x2190}, {"larrbfs", 0x291F}, {"larrfs", 0x291D}, {"larrpl", 0x2939},
    {"larrsim", 0x2973}, {"lat", 0x2AAB}, {"latail", 0x2919}, {"late", 0x2AAD}, {"lbarr", 0x290C}, {"lbrke", 0x298B},
    {"lbrksld", 0x298F}, {"lbrkslu", 0x298D}, {"lceil", 0x2308}, {"ldca", 0x2936}, {"ldquo", 0x201C},
    {"ldrdhar", 0x2967}, {"ldrushar", 0x294B}, {"le", 0x2264}, {"leqslant", 0x2A7D}, {"les", 0x2A7D},
    {"lescc", 0x2AA8}, {"lesdot", 0x2A7F}, {"lesdoto", 0x2A81}, {"lesdotor", 0x2A83}, {"lesges", 0x2A93},
    {"lessapprox", 0x2A85}, {"lesseqqgtr", 0x2A8B}, {"lfisht", 0x297C}, {"lfloor", 0x230A}, {"lfr", 0x1D529},
    {"lgE", 0x2A91}, {"lharul", 0x296A}, {"llhard", 0x296B}, {"lnap", 0x2A89}, {"lnapprox", 0x2A89}, {"lne", 0x2A87},
    {"lneq", 0x2A87}, {"loang", 0x27EC}, {"longleftarrow", 0x27F5}, {"longleftrightarrow", 0x27F7},
    {"longmapsto", 0x27FC}, {"longrightarrow", 0x27F6}, {"lopar", 0x2985}, {"lopf", 0x1D55D}, {"loplus", 0x2A2D},
    {"lotimes", 0x2A34}, {"lowast", 0x2217}, {"loz", 0x25CA}, {"lozf", 0x29EB}, {"lparlt", 0x2993},
    {"lrhard", 0x296D}, {"lrm", 0x200E}, {"lsaquo", 0x2039}, {"lscr", 0x1D4C1}, {"lsime", 0x2A8D}, {"lsimg", 0x2A8F},
    {"lsquo", 0x2018}, {"lt", 0x3C}, {"ltcc", 0x2AA6}, {"ltcir", 0x2A79}, {"ltlarr", 0x2976}, {"ltquest", 0x2A7B},
    {"ltrPar", 0x2996}, {"lurdshar", 0x294A}, {"luruhar", 0x2966}, {"macr", 0xAF}, {"mcomma", 0x2A29},
    {"mdash", 0x2014}, {"mfr", 0x1D52A}, {"micro", 0xB5}, {"midcir", 0x2AF0}, {"middot", 0xB7}, {"minus", 0x2212},
    {"minusdu", 0x2A2A}, {"mlcp", 0x2ADB}, {"mopf", 0x1D55E}, {"mscr", 0x1D4C2}, {"mu", 0x3BC}, {"nabla", 0x2207},
    {"nbsp", 0xA0}, {"ncap", 0x2A43}, {"ncup", 0x2A42}, {"ndash", 0x2013}, {"ne", 0x2260}, {"nearhk", 0x2924},
    {"nesear", 0x2928}, {"nfr", 0x1D52B}, {"nhpar", 0x2AF2}, {"ni", 0x220B}, {"nopf", 0x1D55F}, {"not", 0xAC},
    {"notin", 0x2209}, {"npolint", 0x2A14}, {"nscr", 0x1D4C3}, {"nsub", 0x2284}, {"ntilde", 0xF1}, {"nu", 0x3BD},
    {"nvHarr", 0x2904}, {"nvinfin", 0x29DE}, {"nvlArr", 0x2902}, {"nvrArr", 0x2903}, {"nwarhk", 0x2923},
    {"nwnear", 0x2927}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"odiv", 0x2A38}, {"odsold", 0x29BC}, {"oelig", 0x153},
    {"ofcir", 0x29BF}, {"ofr", 0x1D52C}, {"ograve", 0xF2}, {"ogt", 0x29C1}, {"ohbar", 0x29B5}, {"olcir", 0x29BE},
    {"olcross", 0x29BB}, {"oline", 0x203E}, {"olt", 0x29C0}, {"omega", 0x3C9}, {"omicron", 0x3BF}, {"omid", 0x29B6},
    {"oopf", 0x1D560}, {"opar", 0x29B7}, {"operp", 0x29B9}, {"oplus", 0x2295}, {"or", 0x2228}, {"ord", 0x2A5D},
    {"ordf", 0xAA}, {"ordm", 0xBA}, {"oror", 0x2A56}, {"orslope", 0x2A57}, {"orv", 0x2A5B}, {"oslash", 0xF8},
    {"otilde", 0xF5}, {"otimes", 0x2297}, {"otimesas", 0x2A36}, {"ouml", 0xF6}, {"para", 0xB6}, {"parsim", 0x2AF3},
    {"parsl", 0x2AFD}, {"part", 0x2202}, {"permil", 0x2030}, {"perp", 0x22A5}, {"pfr", 0x1D52D}, {"phi", 0x3C6},
    {"pi", 0x3C0}, {"piv", 0x3D6}, {"plusacir", 0x2A23}, {"pluscir", 0x2A22}, {"plusdu", 0x2A25}, {"pluse", 0x2A72},
    {"plusmn", 0xB1}, {"plussim", 0x2A26}, {"plustwo", 0x2A27}, {"pointint", 0x2A15}, {"popf", 0x1D561},
    {"pound", 0xA3}, {"prE", 0x2AB3}, {"prap", 0x2AB7}, {"pre", 0x2AAF}, {"precapprox", 0x2AB7}, {"preceq", 0x2AAF},
    {"precnapprox", 0x2AB9}, {"precneqq", 0x2AB5}, {"prime", 0x2032}, {"prnE", 0x2AB5}, {"prnap", 0x2AB9},
    {"prod", 0x220F}, {"prop", 0x221D}, {"pscr", 0x1D4C5}, {"psi", 0x3C8}, {"qfr", 0x1D52E}, {"qint", 0x2A0C},
    {"qopf", 0x1D562}, {"qscr", 0x1D4C6}, {"quatint", 0x2A16}, {"quot", 0x22}, {"rArr", 0x21D2}, {"rAtail", 0x291C},
    {"rBarr", 0x290F}, {"rHar", 0x2964}, {"radic", 0x221A}, {"raemptyv", 0x29B3}, {"rang", 0x27E9}, {"rangd", 0x2992},
    {"range", 0x29A5}, {"raquo", 0xBB}, {"rarr", 0x2192}, {"rarrap", 0x2975}, {"rarrbfs", 0x2920}, {"rarrc", 0x2933},
    {"rarrfs", 0x291E}, {"rarrpl", 0x2945}, {"rarrsim", 0x2974}, {"ratail", 0x291A}, {"rbarr", 0x290D},
    {"rbrke", 0x298C}, {"rbrksld", 0x298E}, {"rbrkslu", 0x2990}, {"rceil", 0x2309}, {"rdca", 0x2937},
    {"rdldhar", 0x2969}, {"rdquo", 0x201D}, {"real", 0x211C}, {"reg", 0xAE}, {"rfisht", 0x297D}, {"rfloor", 0x230B},
    {"rfr", 0x1D52F}, {"rharul", 0x296C}, {"rho", 0x3C1}, {"rlm", 0x200F}, {"rnmid", 0x2AEE}, {"roang", 0x27ED},
    {"ropar", 0x2986}, {"ropf", 0x1D563}, {"roplus", 0x2A2E}, {"rotimes", 0x2A35}, {"rpargt", 0x2994},
    {"rppolint", 0x2A12}, {"rsaquo", 0x203A}, {"rscr", 0x1D4C7}, {"rsquo", 0x2019}, {"rtriltri", 0x29CE},
    {"ruluhar", 0x2968}, {"sbquo", 0x201A}, {"scE", 0x2AB4}, {"scap", 0x2AB8}, {"scaron", 0x161}, {"sce", 0x2AB0},
    {"scnE", 0x2AB6}, {"scnap", 0x2ABA}, {"scpolint", 0x2A13}, {"sdot", 0x22C5}, {"sdote", 0x2A66},
    {"searhk", 0x2925}, {"sect", 0xA7}, {"seswar", 0x2929}, {"sfr", 0x1D530}, {"shy", 0xAD}, {"sigma", 0x3C3},
    {"sigmaf", 0x3C2}, {"sim", 0x223C}, {"simdot", 0x2A6A}, {"simg", 0x2A9E}, {"simgE", 0x2AA0}, {"siml", 0x2A9D},
    {"simlE", 0x2A9F}, {"simplus", 0x2A24}, {"simrarr", 0x2972}, {"smashp", 0x2A33}, {"smeparsl", 0x29E4},
    {"smt", 0x2AAA}, {"smte", 0x2AAC}, {"solb", 0x29C4}, {"sopf", 0x1D564}, {"spades", 0x2660}, {"sscr", 0x1D4C8},
    {"sub", 0x2282}, {"subE", 0x2AC5}, {"subdot", 0x2ABD}, {"sube", 0x2286}, {"subedot", 0x2AC3}, {"submult", 0x2AC1},
    {"subnE", 0x2ACB}, {"subplus", 0x2ABF}, {"subrarr", 0x2979}, {"subseteqq", 0x2AC5}, {"subsetneqq", 0x2ACB},
    {"subsim", 0x2AC7}, {"subsub", 0x2AD5}, {"subsup", 0x2AD3}, {"succapprox", 0x2AB8}, {"succeq", 0x2AB0},
    {"succnapprox", 0x2ABA}, {"succneqq", 0x2AB6}, {"sum", 0x2211}, {"sup", 0x2283}, {"sup1", 0xB9}, {"sup2", 0xB2},
    {"sup3", 0xB3}, {"supE", 0x2AC6}, {"supdot", 0x2ABE}, {"supdsub", 0x2AD8}, {"supe", 0x2287}, {"supedot", 0x2AC4},
    {"suphsub", 0x2AD7}, {"suplarr", 0x297B}, {"supmult", 0x2AC2}, {"supnE", 0x2ACC}, {"supplus", 0x2AC0},
    {"supseteqq", 0x2AC6}, {"supsetneqq", 0x2ACC}, {"supsim", 0x2AC8}, {"supsub", 0x2AD4}, {"supsup", 0x2AD6},
    {"swarhk", 0x2926}, {"swnwar", 0x292A}, {"szlig", 0xDF}, {"tau", 0x3C4}, {"tfr", 0x1D531}, {"there4", 0x2234},
    {"theta", 0x3B8}, {"thetasym", 0x3D1}, {"thinsp", 0x2009}, {"thorn", 0xFE}, {"tilde", 0x2DC}, {"times", 0xD7},
    {"timesbar", 0x2A31}, {"timesd", 0x2A30}, {"toea", 0x2928}, {"topcir", 0x2AF1}, {"topf", 0x1D565},
    {"topfork", 0x2ADA}, {"tosa", 0x2929}, {"trade", 0x2122}, {"triminus", 0x2A3A}, {"triplus", 0x2A39},
    {"trisb", 0x29CD}, {"tritime", 0x2A3B}, {"tscr", 0x1D4C9}, {"uArr", 0x21D1}, {"uHar", 0x2963}, {"uacute", 0xFA},
    {"uarr", 0x2191}, {"ucirc", 0xFB}, {"udhar", 0x296E}, {"ufisht", 0x297E}, {"ufr", 0x1D532}, {"ugrave", 0xF9},
    {"uml", 0xA8}, {"uopf", 0x1D566}, {"upsih", 0x3D2}, {"upsilon", 0x3C5}, {"uscr", 0x1D4CA}, {"uuml", 0xFC},
    {"uwangle", 0x29A7}, {"vBar", 0x2AE8}, {"vBarv", 0x2AE9}, {"vangrt", 0x299C}, {"vellip", 0x22EE},
    {"vfr", 0x1D533}, {"vopf", 0x1D567}, {"vscr", 0x1D4CB}, {"vzigzag", 0x299A}, {"wedbar", 0x2A5F},
    {"weierp", 0x2118}, {"wfr", 0x1D534}, {"wopf", 0x1D568}, {"wscr", 0x1D4CC}, {"xfr", 0x1D535}, {"xhArr", 0x27FA},
    {"xharr", 0x27F7}, {"xi", 0x3BE}, {"xlArr", 0x27F8}, {"xlarr", 0x27F5}, {"xmap", 0x27FC}, {"xodot", 0x2A00},
    {"xopf", 0x1D569}, {"xoplus", 0x2A01}, {"xotime", 0x2A02}, {"xrArr", 0x27F9}, {"xrarr", 0x27F6},
    {"xscr", 0x1D4CD}, {"xsqcup", 0x2A06}, {"xuplus", 0x2A04}, {"yacute", 0xFD}, {"yen", 0xA5}, {"yfr", 0x1D536},
    {"yopf", 0x1D56A}, {"yscr", 0x1D4CE}, {"yuml", 0xFF}, {"zeta", 0x3B6}, {"zfr", 0x1D537}, {"zopf", 0x1D56B},
    {"zscr", 0x1D4CF}, {"zwj", 0x200D}, {"zwnj", 0x200C},
};

} // namespace

char32_t HtmlEntities::codePoint(QStringView name)
{
    const QByteArray latin = name.toLatin1();
    const auto it = std::lower_bound(std::begin(named), std::end(named), latin,
                                     [](const Named &n, const QByteArray &key) { return qstrcmp(n.name, key.constData()) < 0; });
    if (it == std::end(named) || latin != it->name)
        return 0;
    return it->codePoint;
}

QString HtmlEntities::name(char32_t codePoint)
{
    for (const Named &n : named) {
        if (n.codePoint == codePoint)
            return QString::fromLatin1(n.name);
    }
    return {};
}

QString HtmlEntities::decode(const QString &value)
{
    if (!value.contains(u'&'))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'&') {
            out += value[i];
            continue;
        }
        const qsizetype semicolon = value.indexOf(u';', i + 1);
        if (semicolon < 0 || semicolon - i > 40) {
            out += value[i];
            continue;
        }
        const QStringView name = QStringView(value).sliced(i + 1, semicolon - i - 1);
        char32_t c = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint n = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.sliced(2).toUInt(&ok, 16)
                                                                                      : name.sliced(1).toUInt(&ok, 10);
            if (ok && n > 0 && n <= 0x10FFFF && !(n >= 0xD800 && n <= 0xDFFF))
                c = n;
        } else {
            c = codePoint(name);
        }
        if (c == 0) {
            out += value[i];
            continue;
        }
        out += QString::fromUcs4(&c, 1);
        i = semicolon;
    }
    return out;
}

} // namespace geul
