// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to editor/core: reading one line of YAML without a parser.
#pragma once

#include <QStringList>
#include <QStringView>

namespace geul {

/// Walks @p line, calling @p visit(position) for every character outside
/// quoted scalars, and stops at a comment (a `#` at the start or after
/// white space). Returns where the comment starts, white space before it
/// included, or -1 when there is none. A quote opens a scalar only where
/// YAML allows one to start: at the start, or after a space, `[`, `{`, `,`
/// or `:`.
template<typename Visit> qsizetype scanYamlLine(QStringView line, Visit visit)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == u'\'' && quote == u'\'' && i + 1 < line.size() && line[i + 1] == u'\'')
                ++i; // '' is a quote inside single quotes
            else if (c == quote)
                quote = QChar();
        } else if ((c == u'"' || c == u'\'') && (i == 0 || QStringView(u" \t[{,:").contains(line[i - 1]))) {
            quote = c;
        } else if (c == u'#' && (i == 0 || line[i - 1] == u' ' || line[i - 1] == u'\t')) {
            while (i > 0 && (line[i - 1] == u' ' || line[i - 1] == u'\t'))
                --i;
            return i;
        } else {
            visit(i);
        }
    }
    return -1;
}

/// The last line (inclusive) of the top-level key on line @p keyLine of
/// @p lines, found from indentation alone, without a YAML parser: the
/// key's line and every following line that is blank, a comment, indented
/// more than the key, or a block-list item (`- `) at the key's own
/// indentation; blank and comment lines at the end are not the key's. A
/// second reader of a front matter, to check what the parser says.
inline int yamlKeyLastLine(const QStringList &lines, int keyLine)
{
    const auto indentOf = [](QStringView line) {
        qsizetype n = 0;
        while (n < line.size() && line[n] == u' ')
            ++n;
        return n;
    };
    const qsizetype indent = indentOf(lines.at(keyLine));
    int last = keyLine;
    for (int i = keyLine + 1; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        const QStringView content = line.trimmed();
        if (content.isEmpty() || content.startsWith(u'#'))
            continue;
        const qsizetype n = indentOf(line);
        const bool item = n == indent && (content == u"-" || line.sliced(n).startsWith(u"- "));
        if (n <= indent && !item)
            break;
        last = i;
    }
    return last;
}

} // namespace geul
