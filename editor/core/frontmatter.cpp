// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

namespace geul {

namespace {

// Jekyll matches `\A---\s*\n` and `^(---|\.\.\.)\s*$`: a delimiter followed by
// nothing but white space on its line.
bool isDelimiterLine(QStringView line, bool allowDots)
{
    const bool dashes = line.startsWith(u"---");
    if (!dashes && !(allowDots && line.startsWith(u"...")))
        return false;
    for (const QChar c : line.sliced(3)) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

FrontMatterSplit FrontMatter::split(QStringView text)
{
    FrontMatterSplit result;
    qsizetype lineEnd = text.indexOf(u'\n');
    // Jekyll requires the newline after the opening `---`.
    if (lineEnd < 0 || !isDelimiterLine(text.first(lineEnd), false))
        return result;

    const qsizetype yamlStart = lineEnd + 1;
    qsizetype pos = yamlStart;
    int line = 1;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        if (isDelimiterLine(text.sliced(pos, end - pos), true)) {
            result.present = true;
            result.yamlStart = yamlStart;
            result.yamlLength = pos - yamlStart;
            result.bodyStart = last ? text.size() : end + 1;
            result.closingLine = line;
            // The count of line breaks before the body, also when the
            // closing line ends the text and the body is empty.
            result.bodyLine = last ? line : line + 1;
            return result;
        }
        if (last)
            break;
        pos = end + 1;
        ++line;
    }
    result.unterminated = true;
    return result;
}

QString FrontMatter::problem(const FrontMatterSplit &split, const QString &fileName)
{
    if (split.unterminated) {
        return QCoreApplication::translate("geul::FrontMatter",
                                           "%1:1: front matter starts with '---' but no closing '---' line follows; "
                                           "the whole file is shown as body")
            .arg(fileName);
    }
    return {};
}

} // namespace geul
