// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

namespace geul {

namespace {

constexpr QLatin1String sourcePosAttribute(" data-sourcepos=\"");

} // namespace

QString withoutSourcePositions(const QString &html)
{
    qsizetype at = html.indexOf(sourcePosAttribute);
    if (at < 0)
        return html;
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    for (; at >= 0; at = html.indexOf(sourcePosAttribute, last)) {
        const qsizetype close = html.indexOf(u'"', at + sourcePosAttribute.size());
        if (close < 0)
            break;
        out += QStringView(html).sliced(last, at - last);
        last = close + 1;
    }
    return out + QStringView(html).sliced(last);
}

QStringList sourcePositions(const QString &html)
{
    QStringList values;
    for (qsizetype at = html.indexOf(sourcePosAttribute); at >= 0; at = html.indexOf(sourcePosAttribute, at + 1)) {
        const qsizetype start = at + sourcePosAttribute.size();
        const qsizetype close = html.indexOf(u'"', start);
        if (close < 0)
            break;
        values.append(html.sliced(start, close - start));
    }
    return values;
}

HtmlBlocks HtmlBlocks::of(const QStringList &blocks)
{
    HtmlBlocks result;
    result.blocks = blocks;
    result.keys.reserve(result.blocks.size());
    for (const QString &block : std::as_const(result.blocks))
        result.keys.append(withoutSourcePositions(block));
    return result;
}

} // namespace geul
