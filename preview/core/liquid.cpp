// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquid.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace geul {

namespace {

// A marker is U+E000, the marker's index in hexadecimal digits written as
// U+E010..U+E01F, and U+E001: private-use characters that Markdown leaves
// alone and that no post contains.
constexpr char16_t markerOpen = 0xE000;
constexpr char16_t markerClose = 0xE001;
constexpr char16_t markerDigit0 = 0xE010;

QString markerFor(qsizetype index)
{
    QString out(1, QChar(markerOpen));
    for (const QChar digit : QString::number(index, 16))
        out += QChar(char16_t(markerDigit0 + QStringView(u"0123456789abcdef").indexOf(digit)));
    return out + QChar(markerClose);
}

QString newlinesOf(QStringView text)
{
    return QString(text.count(u'\n'), u'\n');
}

// A tag's name and arguments, without the delimiters and whitespace control.
QStringView innerOf(QStringView whole)
{
    QStringView inner = whole.sliced(2, whole.size() - 4);
    if (inner.startsWith(u'-'))
        inner = inner.sliced(1);
    if (inner.endsWith(u'-'))
        inner.chop(1);
    return inner.trimmed();
}

// The end of the block tag `{% NAME %}` that closes a block opened at
// @p from: the start and the end of the closing tag, or nothing.
std::optional<std::pair<qsizetype, qsizetype>> findEndTag(QStringView text, qsizetype from, QStringView name)
{
    const QRegularExpression end(QStringLiteral("\\{%-?\\s*%1\\s*-?%\\}").arg(name));
    const QRegularExpressionMatch m = end.matchView(text, from);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.capturedStart(), m.capturedEnd()};
}

QString stripQuotes(QStringView value)
{
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        return value.sliced(1, value.size() - 2).toString();
    return {};
}

// Jekyll's relative_url: the site's baseurl, then the path.
QString relativeUrl(const QString &path, const QHash<QString, QString> &variables)
{
    if (path.contains(u"://"))
        return path;
    QString base = variables.value(QStringLiteral("site.baseurl"));
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.isEmpty() && !base.startsWith(u'/'))
        base.prepend(u'/');
    return base + (path.startsWith(u'/') || path.isEmpty() ? path : u'/' + path);
}

// The value of an output's expression, or nothing when the preview cannot
// know it.
std::optional<QString> evaluate(QStringView expression, const QHash<QString, QString> &variables)
{
    const QList<QStringView> parts = expression.split(u'|');
    const QStringView first = parts.first().trimmed();
    QString value;
    if (first.startsWith(u'"') || first.startsWith(u'\'')) {
        if (first.size() < 2 || first.back() != first.front())
            return std::nullopt;
        value = stripQuotes(first);
    } else if (const auto it = variables.constFind(first.toString()); it != variables.cend()) {
        value = *it;
    } else {
        return std::nullopt;
    }
    for (const QStringView filter : parts.sliced(1)) {
        const QStringView name = filter.trimmed();
        if (name == u"relative_url") {
            value = relativeUrl(value, variables);
        } else if (name == u"absolute_url") {
            QString site = variables.value(QStringLiteral("site.url"));
            while (site.endsWith(u'/'))
                site.chop(1);
            value = value.contains(u"://") ? value : site + relativeUrl(value, variables);
        } else {
            return std::nullopt;
        }
    }
    return value;
}

// `{% highlight lang %}` as a fenced code block of the same lines.
QString fenced(QStringView language, QStringView code, bool atLineStart)
{
    qsizetype longest = 0, run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    QString out = atLineStart ? QString() : QStringLiteral("\n");
    out += fence + language;
    if (!code.startsWith(u'\n'))
        out += u'\n';
    out += code;
    if (!code.endsWith(u'\n'))
        out += u'\n';
    return out + fence;
}

bool atLineStart(QStringView text, qsizetype at)
{
    for (qsizetype i = at - 1; i >= 0 && text[i] != u'\n'; --i) {
        if (text[i] != u' ')
            return false;
    }
    return true;
}

} // namespace

Liquid::Output Liquid::process(QStringView text, const QHash<QString, QString> &variables)
{
    Output result;
    QString &out = result.text;
    if (!text.contains(u"{%") && !text.contains(u"{{")) {
        out = text.toString();
        return result;
    }
    out.reserve(text.size());
    auto marker = [&result](QStringView whole) {
        result.markers.append(whole.toString());
        return markerFor(result.markers.size() - 1) + newlinesOf(whole);
    };

    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype open = at;
        while ((open = text.indexOf(u'{', open)) >= 0 && open + 1 < text.size() && text[open + 1] != u'%'
               && text[open + 1] != u'{')
            ++open;
        if (open < 0 || open + 1 >= text.size())
            break;
        const bool isTag = text[open + 1] == u'%';
        const qsizetype close = text.indexOf(isTag ? u"%}" : u"}}", open + 2);
        if (close < 0)
            break; // unterminated: text, as Liquid would fail on it
        out += text.sliced(at, open - at);
        const QStringView whole = text.sliced(open, close + 2 - open);
        const QStringView inner = innerOf(whole);
        at = close + 2;

        if (!isTag) {
            const std::optional<QString> value = evaluate(inner, variables);
            out += value ? QString(*value + newlinesOf(whole)) : marker(whole);
            continue;
        }
        const qsizetype nameEnd = inner.indexOf(u' ');
        const QStringView name = nameEnd < 0 ? inner : inner.first(nameEnd);
        const QStringView arguments = nameEnd < 0 ? QStringView() : inner.sliced(nameEnd).trimmed();
        if (name == u"raw" || name == u"comment" || name == u"highlight") {
            const auto end = findEndTag(text, at, QString(u"end" + name.toString()));
            if (!end) {
                out += marker(whole);
                continue;
            }
            const QStringView content = text.sliced(at, end->first - at);
            const QStringView endTag = text.sliced(end->first, end->second - end->first);
            if (name == u"raw") {
                out += newlinesOf(whole) + content + newlinesOf(endTag);
            } else if (name == u"comment") {
                out += newlinesOf(text.sliced(open, end->second - open));
            } else {
                const qsizetype space = arguments.indexOf(u' ');
                out += fenced(space < 0 ? arguments : arguments.first(space), content, atLineStart(text, open));
                out += newlinesOf(whole) + newlinesOf(endTag);
            }
            at = end->second;
            continue;
        }
        out += marker(whole);
    }
    out += text.sliced(at);
    return result;
}

QString Liquid::expandOutputs(QStringView text, const QHash<QString, QString> &variables)
{
    QString out;
    qsizetype at = 0;
    for (qsizetype open = text.indexOf(u"{{"); open >= 0; open = text.indexOf(u"{{", at)) {
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        const std::optional<QString> value = evaluate(innerOf(text.sliced(open, close + 2 - open)), variables);
        out += text.sliced(at, open - at);
        out += value ? *value : text.sliced(open, close + 2 - open).toString();
        at = close + 2;
    }
    return out + text.sliced(at);
}

QString Liquid::insertMarkers(const QString &html, const QStringList &markers)
{
    if (markers.isEmpty())
        return html;
    // Raw in text and attributes, or percent-encoded in a link's URL.
    static const QRegularExpression marker(QStringLiteral("\\x{E000}([\\x{E010}-\\x{E01F}]+)\\x{E001}"
                                                          "|%EE%80%80((?:%EE%80%9[0-9A-F])+)%EE%80%81"));
    const QString title
        = QCoreApplication::translate("geul::Liquid", "Liquid that Jekyll fills in when it builds the site");
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    qsizetype tagOpen = -1; // where the tag around the current position opened
    qsizetype scanned = 0;
    for (const QRegularExpressionMatch &m : marker.globalMatch(html)) {
        // Track whether the marker stands inside a tag, in an attribute.
        for (; scanned < m.capturedStart(); ++scanned) {
            if (html[scanned] == u'<')
                tagOpen = scanned;
            else if (html[scanned] == u'>')
                tagOpen = -1;
        }
        qsizetype index = 0;
        if (m.hasCaptured(1)) {
            for (const QChar digit : m.capturedView(1))
                index = index * 16 + (digit.unicode() - markerDigit0);
        } else {
            const QString bytes = m.captured(2).remove(QStringLiteral("%EE%80%9"));
            index = bytes.toLongLong(nullptr, 16);
        }
        out += QStringView(html).sliced(last, m.capturedStart() - last);
        last = m.capturedEnd();
        if (index < 0 || index >= markers.size())
            continue;
        const QString written = markers.at(index).toHtmlEscaped();
        if (tagOpen >= 0)
            out += written;
        else
            out += QStringLiteral("<span class=\"geul-liquid\" title=\"%1\">%2</span>")
                       .arg(title.toHtmlEscaped(), written);
    }
    out += QStringView(html).sliced(last);
    return out;
}

} // namespace geul
