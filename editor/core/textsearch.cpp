// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include <limits>

namespace geul {

TextSearch::TextSearch(const QString &pattern, const Options &options)
    : m_pattern(pattern)
    , m_options(options)
{
    if (pattern.isEmpty())
        return;
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
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
    QRegularExpressionMatchIterator it = m_expression.globalMatchView(text);
    while (it.hasNext() && found.size() < limit) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            found.append({match.capturedStart(), match.capturedLength()});
    }
    return found;
}

std::optional<TextSearch::Match> TextSearch::next(QStringView text, qsizetype from, bool backward) const
{
    if (!isValid())
        return std::nullopt;
    if (!backward) {
        for (const qsizetype start : {from, qsizetype(0)}) {
            QRegularExpressionMatchIterator it = m_expression.globalMatchView(text, start);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (match.capturedLength() > 0)
                    return Match{match.capturedStart(), match.capturedLength()};
            }
        }
        return std::nullopt;
    }
    // Backward: the last match that starts before from, else the last one.
    const QList<Match> all = matches(text);
    if (all.isEmpty())
        return std::nullopt;
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
    const QRegularExpressionMatch groups
        = m_expression.matchView(text, match.start, QRegularExpression::NormalMatch,
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
