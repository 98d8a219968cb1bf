// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to editor/core: reading one line of YAML without a parser.
#pragma once

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

} // namespace geul
