// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace geul::Romanization {

/// @p text in the Revised Romanization of Korean (2000): Hangul syllables
/// as they are pronounced within each word, with the rules' sound changes
/// between syllables (liaison, nasalization such as 종로 → jongno, the
/// ㄹ-ㄹ rule such as 신라 → silla, palatalization such as 해돋이 → haedoji,
/// aspiration with ㅎ such as 좋고 → joko; ㅎ after ㄱ, ㄷ, ㅂ is kept, as the
/// rules write nouns: 묵호 → mukho, except in a verb's 히 and its forms:
/// 잡혀 → japyeo). Tense consonants are not marked, as the
/// rules say (압구정 → apgujeong). Lower case; everything that is not
/// Hangul stays as it is. What needs a dictionary (an inserted ㄴ as in
/// 학여울 → hangnyeoul) is not done.
QString romanize(QStringView text);

/// A file-name slug for @p title: romanized, lower-case ASCII letters and
/// digits, words joined by `-` (Latin words kept). Empty when nothing is
/// left.
QString slug(QStringView title);

} // namespace geul::Romanization
