// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QRegularExpression>

namespace geul {

QString unescapeHtml(const QString &value)
{
    if (!value.contains(u'&'))
        return value;
    // Numeric references first; `&amp;` last, so that `&amp;lt;` stays `&lt;`.
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : numeric.globalMatch(value)) {
        out += QStringView(value).sliced(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        out += ok ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : m.captured();
        last = m.capturedEnd();
    }
    out += QStringView(value).sliced(last);
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&#39;"), QLatin1String("'"));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

namespace {

bool isVoidElement(QStringView name)
{
    static const QStringList voids{QStringLiteral("area"),  QStringLiteral("base"),  QStringLiteral("br"),
                                   QStringLiteral("col"),   QStringLiteral("embed"), QStringLiteral("hr"),
                                   QStringLiteral("img"),   QStringLiteral("input"), QStringLiteral("link"),
                                   QStringLiteral("meta"),  QStringLiteral("param"), QStringLiteral("source"),
                                   QStringLiteral("track"), QStringLiteral("wbr")};
    return voids.contains(name, Qt::CaseInsensitive);
}

bool isRawTextElement(QStringView name)
{
    return name.compare(u"script", Qt::CaseInsensitive) == 0 || name.compare(u"style", Qt::CaseInsensitive) == 0
           || name.compare(u"textarea", Qt::CaseInsensitive) == 0;
}

// The end of the tag that opens at @p at (after its `>`), minding quoted
// attribute values; the end of @p html when it never closes.
qsizetype tagEnd(const QString &html, qsizetype at)
{
    QChar quote;
    for (qsizetype i = at + 1; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return html.size();
}

} // namespace

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

QStringList splitTopLevel(const QString &html)
{
    QStringList pieces;
    qsizetype pieceStart = 0;
    int depth = 0;
    qsizetype i = 0;
    // Ends a piece after a closed top-level element and its line break.
    const auto cut = [&](qsizetype end) {
        while (end < html.size() && (html[end] == u'\n' || html[end] == u'\r'))
            ++end;
        pieces.append(html.sliced(pieceStart, end - pieceStart));
        pieceStart = end;
        return end;
    };
    while (i < html.size()) {
        i = html.indexOf(u'<', i);
        if (i < 0 || i + 1 >= html.size())
            break;
        const QChar next = html[i + 1];
        if (QStringView(html).sliced(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        if (next == u'/') {
            const qsizetype end = tagEnd(html, i);
            depth = std::max(0, depth - 1);
            i = depth == 0 ? cut(end) : end;
            continue;
        }
        if (!next.isLetter()) {
            ++i;
            continue;
        }
        qsizetype nameEnd = i + 1;
        while (nameEnd < html.size() && (html[nameEnd].isLetterOrNumber() || html[nameEnd] == u'-'))
            ++nameEnd;
        const QStringView name = QStringView(html).sliced(i + 1, nameEnd - i - 1);
        qsizetype end = tagEnd(html, i);
        const bool selfClosing = isVoidElement(name) || (end >= 2 && html[end - 2] == u'/');
        if (!selfClosing && isRawTextElement(name)) {
            const qsizetype close = html.indexOf(u"</" + name.toString(), end, Qt::CaseInsensitive);
            end = close < 0 ? html.size() : tagEnd(html, close);
            i = depth == 0 ? cut(end) : end;
        } else if (selfClosing) {
            i = depth == 0 ? cut(end) : end;
        } else {
            ++depth;
            i = end;
        }
    }
    if (pieceStart < html.size())
        pieces.append(html.sliced(pieceStart));
    return pieces;
}

HtmlBlocks HtmlBlocks::of(const QString &html)
{
    HtmlBlocks result;
    result.blocks = splitTopLevel(html);
    result.keys.reserve(result.blocks.size());
    for (const QString &block : std::as_const(result.blocks))
        result.keys.append(withoutSourcePositions(block));
    return result;
}

} // namespace geul
