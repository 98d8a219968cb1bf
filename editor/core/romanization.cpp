// SPDX-License-Identifier: GPL-3.0-or-later
#include "romanization.h"

#include <array>
#include <vector>

namespace geul::Romanization {

namespace {

constexpr char16_t firstSyllable = 0xAC00;
constexpr char16_t lastSyllable = 0xD7A3;

// Jamo indexes, as Unicode orders them.
enum Initial { G, GG, N, D, DD, R, M, B, BB, S, SS, Ieung, J, JJ, CH, K, T, P, H };
enum Final {
    NoFinal, FG, FGG, FGS, FN, FNJ, FNH, FD, FL, FLG, FLM, FLB, FLS, FLT, FLP, FLH, FM, FB, FBS, FS, FSS, FNG, FJ, FCH,
    FK, FT, FP, FH
};

const std::array<const char *, 19> initials
    = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
const std::array<const char *, 21> vowels = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa", "wae",
                                             "oe", "yo", "u",  "wo",  "we", "wi", "yu",  "eu", "ui", "i"};

struct Syllable
{
    int initial;
    int vowel;
    int final;
};

// A final consonant before a pause or another consonant: its one sound.
enum class Sound { None, K, N, T, L, M, P, Ng };

Sound soundOf(int final)
{
    switch (final) {
    case FG: case FGG: case FK: case FGS: case FLG:
        return Sound::K;
    case FN: case FNJ: case FNH:
        return Sound::N;
    case FD: case FS: case FSS: case FJ: case FCH: case FT: case FH:
        return Sound::T;
    case FL: case FLB: case FLS: case FLT: case FLH:
        return Sound::L;
    case FM: case FLM:
        return Sound::M;
    case FB: case FP: case FBS: case FLP:
        return Sound::P;
    case FNG:
        return Sound::Ng;
    default:
        return Sound::None;
    }
}

const char *spelling(Sound s)
{
    switch (s) {
    case Sound::K: return "k";
    case Sound::N: return "n";
    case Sound::T: return "t";
    case Sound::L: return "l";
    case Sound::M: return "m";
    case Sound::P: return "p";
    case Sound::Ng: return "ng";
    case Sound::None: break;
    }
    return "";
}

// The initial a final carries over to a following ㅇ (liaison), and what
// stays: a double final leaves its first part behind.
struct Liaison
{
    int stays; // a final
    int moves; // an initial
};

Liaison liaisonOf(int final)
{
    switch (final) {
    case FG: return {NoFinal, G};
    case FGG: return {NoFinal, GG};
    case FGS: return {FG, SS};
    case FN: return {NoFinal, N};
    case FNJ: return {FN, J};
    case FNH: return {FN, Ieung}; // ㅎ falls silent
    case FD: return {NoFinal, D};
    case FL: return {NoFinal, R};
    case FLG: return {FL, G};
    case FLM: return {FL, M};
    case FLB: return {FL, B};
    case FLS: return {FL, SS};
    case FLT: return {FL, T};
    case FLP: return {FL, P};
    case FLH: return {FL, Ieung};
    case FM: return {NoFinal, M};
    case FB: return {NoFinal, B};
    case FBS: return {FB, SS};
    case FS: return {NoFinal, S};
    case FSS: return {NoFinal, SS};
    case FJ: return {NoFinal, J};
    case FCH: return {NoFinal, CH};
    case FK: return {NoFinal, K};
    case FT: return {NoFinal, T};
    case FP: return {NoFinal, P};
    case FH: return {NoFinal, Ieung}; // 좋아 → joa
    default: return {final, Ieung}; // ㅇ stays, nothing moves
    }
}

// Whether @p s reads as the passive or causative suffix 히 of a verb, or
// one of its forms (혀, 혔, 힐, 힘): a syllable that in a noun, such as
// 현 of 집현전 or 호 of 묵호, is rare. Without a dictionary, a guess.
bool isVerbSuffix(const Syllable &s)
{
    constexpr int yeo = 6, i = 20;
    return s.initial == H
        && ((s.vowel == i && (s.final == NoFinal || s.final == FL || s.final == FM))
            || (s.vowel == yeo && (s.final == NoFinal || s.final == FSS)));
}

// One word of syllables, pronounced: each final's sound and each
// initial, after the changes between neighbours.
QString romanizeWord(std::vector<Syllable> word)
{
    const int n = int(word.size());
    // What each syllable ends with when spoken (Sound::None: nothing).
    std::vector<Sound> ends(n, Sound::None);
    for (int i = 0; i < n; ++i) {
        Syllable &s = word[i];
        Syllable *next = i + 1 < n ? &word[i + 1] : nullptr;
        if (next && next->initial == Ieung && s.final != NoFinal && s.final != FNG) {
            // Liaison: the final sounds as the next syllable's initial.
            const Liaison l = liaisonOf(s.final);
            s.final = l.stays;
            next->initial = l.moves;
            // Palatalization: ㄷ, ㅌ before 이 become ㅈ, ㅊ.
            if (next->vowel == 20 && next->initial == D)
                next->initial = J;
            else if (next->vowel == 20 && next->initial == T)
                next->initial = CH;
        }
        if (next && next->initial == H && (next->vowel == 20 || isVerbSuffix(*next)) && (s.final == FD || s.final == FT)) {
            // Palatalization with ㅎ: ㄷ, ㅌ before 히 (or 혀) become ㅊ (굳히다 → guchida).
            s.final = NoFinal;
            next->initial = CH;
        } else if (next && next->initial == H && isVerbSuffix(*next)) {
            // A verb's 히 (and 혀, 혔, 힐, 힘) after ㄱ, ㄷ, ㅂ, ㅈ: one aspirated
            // sound, as the rules write verbs (잡혀 → japyeo), where nouns
            // keep the ㅎ (묵호 → mukho, 집현전 → jiphyeonjeon).
            if (s.final == FG || s.final == FB || s.final == FJ || s.final == FLG || s.final == FLB) {
                const Liaison l = liaisonOf(s.final);
                s.final = l.stays;
                next->initial = l.moves == G ? K : l.moves == B ? P : CH;
            }
        }
        const bool endsInH = s.final == FH || ((s.final == FNH || s.final == FLH) && next && next->initial != Ieung);
        if (next && endsInH) {
            // ㅎ with a plain ㄱ, ㄷ, ㅈ after it: one aspirated sound.
            if (next->initial == G || next->initial == D || next->initial == J) {
                next->initial = next->initial == G ? K : next->initial == D ? T : CH;
                s.final = s.final == FNH ? FN : s.final == FLH ? FL : NoFinal;
            } else if (next->initial == N && s.final == FH) {
                s.final = FN; // 놓는 → non-neun
            }
        }
        Sound sound = soundOf(s.final);
        if (next) {
            const int after = next->initial;
            // Nasalization: k, t, p before ㄴ or ㅁ become ng, n, m.
            if (after == N || after == M) {
                if (sound == Sound::K)
                    sound = Sound::Ng;
                else if (sound == Sound::T)
                    sound = Sound::N;
                else if (sound == Sound::P)
                    sound = Sound::M;
            }
            if (after == R) {
                if (sound == Sound::N || sound == Sound::L) {
                    // ㄴ or ㄹ with ㄹ: ll (신라 → silla).
                    sound = Sound::L;
                    next->initial = -1; // spelled "l"
                } else if (sound != Sound::None) {
                    // ㄹ after another consonant sounds ㄴ (종로 → jongno),
                    // and k, p before it become ng, m (왕십리 → wangsimni).
                    next->initial = N;
                    if (sound == Sound::K)
                        sound = Sound::Ng;
                    else if (sound == Sound::P)
                        sound = Sound::M;
                    else if (sound == Sound::T)
                        sound = Sound::N;
                }
            } else if (after == N && sound == Sound::L) {
                next->initial = -1; // 별내 → byeollae
            }
        }
        ends[i] = sound;
    }
    QString out;
    for (int i = 0; i < n; ++i) {
        const Syllable &s = word[i];
        if (s.initial == -1)
            out += u'l';
        else if (s.initial == R && i == 0)
            out += u'r';
        else
            out += QLatin1String(initials[std::size_t(s.initial)]);
        out += QLatin1String(vowels[std::size_t(s.vowel)]);
        out += QLatin1String(spelling(ends[i]));
    }
    return out;
}

bool isSyllable(QChar c)
{
    return c.unicode() >= firstSyllable && c.unicode() <= lastSyllable;
}

} // namespace

QString romanize(QStringView text)
{
    QString out;
    std::vector<Syllable> word;
    const auto flush = [&] {
        if (!word.empty())
            out += romanizeWord(std::move(word));
        word.clear();
    };
    for (const QChar c : text) {
        if (isSyllable(c)) {
            const int index = c.unicode() - firstSyllable;
            word.push_back({index / (21 * 28), (index / 28) % 21, index % 28});
            continue;
        }
        flush();
        out += c.toLower();
    }
    flush();
    return out;
}

QString slug(QStringView title)
{
    // Hangul composed (a title from a macOS file name is NFD), then Latin
    // letters apart from their accents, which are dropped: Café → cafe.
    const QString romanized
        = romanize(title.toString().normalized(QString::NormalizationForm_C)).normalized(QString::NormalizationForm_D);
    QString out;
    bool dash = false;
    for (const QChar c : romanized) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            out += c;
            dash = false;
        } else if (u >= u'A' && u <= u'Z') {
            out += c.toLower();
            dash = false;
        } else if (!out.isEmpty() && !dash) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace geul::Romanization
