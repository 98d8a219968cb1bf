// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <limits>

namespace geul {

namespace {

// A text in NFC with, for each of its offsets, where that offset stands in
// the text as written: NFD Hangul from macOS (초성, 중성, 종성 as three
// code points) is found by what a writer types (NFC), and the match maps
// back to whole syllables of the text. Empty origin: the text is NFC
// already (no conjoining jamo or combining marks), offsets are the same.
struct Normalized
{
    QString text;
    QList<qsizetype> origin;

    qsizetype toOriginal(qsizetype offset) const { return origin.isEmpty() ? offset : origin.at(offset); }
    qsizetype fromOriginal(qsizetype offset) const
    {
        if (origin.isEmpty())
            return offset;
        return std::lower_bound(origin.cbegin(), origin.cend(), offset) - origin.cbegin();
    }
};

Normalized normalized(QStringView text)
{
    const bool composed = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x1100 && c.unicode() <= 0x11FF) || c.isMark();
    });
    if (composed)
        return {text.toString(), {}};
    Normalized out;
    out.text.reserve(text.size());
    out.origin.reserve(text.size() + 1);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.toString());
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QString piece = text.sliced(start, end - start).toString().normalized(QString::NormalizationForm_C);
        out.text += piece;
        for (qsizetype i = 0; i < piece.size(); ++i)
            out.origin.append(start);
        start = end;
    }
    out.origin.append(text.size());
    return out;
}

} // namespace

TextSearch::TextSearch(const QString &pattern, const Options &options)
    : m_pattern(pattern)
    , m_options(options)
{
    if (pattern.isEmpty())
        return;
    const QString composed = pattern.normalized(QString::NormalizationForm_C);
    QString expression = options.regularExpression ? composed : QRegularExpression::escape(composed);
    // Unicode word characters on both sides, so that Hangul words count
    // as words (\b alone would be ASCII-only without the option below).
    if (options.wholeWord)
        expression = QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(expression);
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    if (options.regularExpression)
        flags |= QRegularExpression::MultilineOption;
    m_expression = QRegularExpression(expression, flags);
}

bool TextSearch::isValid() const
{
    return !m_pattern.isEmpty() && m_expression.isValid();
}

QString TextSearch::error() const
{
    if (m_pattern.isEmpty() || m_expression.isValid())
        return {};
    return tr("Not a regular expression: %1 (at %2)")
        .arg(m_expression.errorString())
        .arg(m_expression.patternErrorOffset());
}

QList<TextSearch::Match> TextSearch::matches(QStringView text, qsizetype limit) const
{
    QList<Match> found;
    if (!isValid())
        return found;
    const Normalized nfc = normalized(text);
    QRegularExpressionMatchIterator it = m_expression.globalMatch(nfc.text);
    while (it.hasNext() && found.size() < limit) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        const qsizetype start = nfc.toOriginal(match.capturedStart());
        found.append({start, nfc.toOriginal(match.capturedEnd()) - start});
    }
    return found;
}

std::optional<TextSearch::Match> TextSearch::next(QStringView text, qsizetype from, bool backward) const
{
    if (!isValid())
        return std::nullopt;
    const QList<Match> all = matches(text);
    if (all.isEmpty())
        return std::nullopt;
    if (!backward) {
        // The first at or after from, else (around the end) the first.
        for (const Match &match : all) {
            if (match.start >= from)
                return match;
        }
        return all.first();
    }
    // The last that starts before from, else (around the start) the last.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->start < from)
            return *it;
    }
    return all.last();
}

QString TextSearch::replacementFor(QStringView text, const Match &match, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    const Normalized nfc = normalized(text);
    const QRegularExpressionMatch groups
        = m_expression.match(nfc.text, nfc.fromOriginal(match.start), QRegularExpression::NormalMatch,
                             QRegularExpression::AnchorAtOffsetMatchOption);
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        const QChar next = i + 1 < replacement.size() ? replacement[i + 1] : QChar();
        if ((c == u'\\' || c == u'$') && next.isDigit()) {
            out += groups.captured(next.digitValue());
            ++i;
        } else if (c == u'\\' && next == u'n') {
            out += u'\n';
            ++i;
        } else if (c == u'\\' && next == u't') {
            out += u'\t';
            ++i;
        } else if (c == u'\\' && next == u'\\') {
            out += u'\\';
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString TextSearch::replaceAll(const QString &text, const QString &replacement, int *count) const
{
    const QList<Match> found = matches(text, std::numeric_limits<qsizetype>::max());
    if (count)
        *count = int(found.size());
    if (found.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Match &match : found) {
        out += QStringView(text).sliced(at, match.start - at);
        out += replacementFor(text, match, replacement);
        at = match.start + match.length;
    }
    out += QStringView(text).sliced(at);
    return out;
}

} // namespace geul
