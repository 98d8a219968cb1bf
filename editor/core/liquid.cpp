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

// The marker at @p at of @p text: its index, and where it ends; -1 when
// there is none.
qsizetype markerAt(QStringView text, qsizetype at, qsizetype *end)
{
    if (at >= text.size() || text[at] != QChar(markerOpen))
        return -1;
    qsizetype index = 0;
    qsizetype i = at + 1;
    while (i < text.size() && text[i].unicode() >= markerDigit0 && text[i].unicode() <= markerDigit0 + 15) {
        index = index * 16 + (text[i].unicode() - markerDigit0);
        ++i;
    }
    if (i == at + 1 || i >= text.size() || text[i] != QChar(markerClose))
        return -1;
    *end = i + 1;
    return index;
}

// @p text with each marker replaced by what @p replace makes of its Liquid.
template<typename Replace> QString replaceMarkers(const QString &text, const QStringList &markers, Replace replace)
{
    if (markers.isEmpty() || !text.contains(QChar(markerOpen)))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (qsizetype at = text.indexOf(QChar(markerOpen)); at >= 0; at = text.indexOf(QChar(markerOpen), at + 1)) {
        qsizetype end = 0;
        const qsizetype index = markerAt(text, at, &end);
        if (index < 0 || index >= markers.size())
            continue;
        out += QStringView(text).sliced(last, at - last);
        out += replace(markers.at(index));
        last = end;
        at = end - 1;
    }
    return out + QStringView(text).sliced(last);
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
            value = Liquid::absoluteUrl(value, variables);
        } else {
            return std::nullopt;
        }
    }
    return value;
}

// What Jekyll's `{% highlight lang %}` writes: Rouge's markup (here
// without its colours), the code without the line breaks around it.
QString highlighted(QStringView language, QStringView code)
{
    while (!code.isEmpty() && (code.front() == u'\n' || code.front() == u'\r'))
        code = code.sliced(1);
    while (!code.isEmpty() && (code.back() == u'\n' || code.back() == u'\r'))
        code.chop(1);
    QString escaped;
    for (const QChar c : code) {
        if (c == u'&')
            escaped += QLatin1String("&amp;");
        else if (c == u'<')
            escaped += QLatin1String("&lt;");
        else if (c == u'>')
            escaped += QLatin1String("&gt;");
        else
            escaped += c;
    }
    const QString lang = language.toString().toLower();
    return QStringLiteral("<figure class=\"highlight\"><pre><code class=\"language-%1\" data-lang=\"%2\">%3</code></pre>"
                          "</figure>")
        .arg(QString(lang).replace(u'+', u'-'), lang, escaped);
}

} // namespace

bool Liquid::mayHaveLiquid(QStringView text)
{
    for (qsizetype brace = text.indexOf(u'{'); brace >= 0 && brace + 1 < text.size(); brace = text.indexOf(u'{', brace + 1)) {
        if (text[brace + 1] == u'%' || text[brace + 1] == u'{')
            return true;
    }
    return false;
}

Liquid::Output Liquid::process(const QString &post, qsizetype from, const QHash<QString, QString> &variables)
{
    if (mayHaveLiquid(QStringView(post).sliced(from)))
        return process(QStringView(post).sliced(from), variables, from);
    Output result;
    result.text = MappedText(post, from, post.size(), from);
    return result;
}

Liquid::Output Liquid::process(QStringView text, const QHash<QString, QString> &variables, qsizetype origin)
{
    Output result;
    MappedText &out = result.text;
    if (!mayHaveLiquid(text)) {
        out = MappedText(text.toString(), origin);
        return result;
    }
    // What Liquid made stands for the construct at @p from.
    auto made = [&out, origin](const QString &value, qsizetype from) { out.appendSynthetic(value, origin + from); };
    auto marker = [&result, &made](QStringView whole, qsizetype from) {
        result.markers.append(whole.toString());
        made(markerFor(result.markers.size() - 1), from);
    };
    // `{%-` and `{{-` take the white space before them, `-%}` and `-}}`
    // the white space after them.
    const auto trimBefore = [&text](qsizetype from, qsizetype open) {
        if (open + 2 < text.size() && text[open + 2] == u'-') {
            while (open > from && text[open - 1].isSpace())
                --open;
        }
        return open;
    };
    const auto trimAfter = [&text](qsizetype close) {
        qsizetype after = close + 2;
        if (close > 0 && text[close - 1] == u'-') {
            while (after < text.size() && text[after].isSpace())
                ++after;
        }
        return after;
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
        out.appendOriginal(text.sliced(at, trimBefore(at, open) - at), origin + at);
        const QStringView whole = text.sliced(open, close + 2 - open);
        const QStringView inner = innerOf(whole);
        at = trimAfter(close);

        if (!isTag) {
            const std::optional<QString> value = evaluate(inner, variables);
            if (value)
                made(*value, open);
            else
                marker(whole, open);
            continue;
        }
        const qsizetype nameEnd = inner.indexOf(u' ');
        const QStringView name = nameEnd < 0 ? inner : inner.first(nameEnd);
        const QStringView arguments = nameEnd < 0 ? QStringView() : inner.sliced(nameEnd).trimmed();
        if (name == u"raw" || name == u"comment" || name == u"highlight") {
            const auto end = findEndTag(text, at, QString(u"end" + name.toString()));
            if (!end) {
                marker(whole, open);
                continue;
            }
            const QStringView content = text.sliced(at, end->first - at);
            if (name == u"raw") {
                out.appendOriginal(content, origin + at);
            } else if (name == u"highlight") {
                const qsizetype space = arguments.indexOf(u' ');
                made(highlighted(space < 0 ? arguments : arguments.first(space), content), open);
            }
            at = trimAfter(end->second - 2);
            continue;
        }
        marker(whole, open);
    }
    out.appendOriginal(text.sliced(at), origin + at);
    return result;
}

QString Liquid::absoluteUrl(const QString &path, const QHash<QString, QString> &variables)
{
    if (path.contains(u"://"))
        return path;
    QString site = variables.value(QStringLiteral("site.url"));
    while (site.endsWith(u'/'))
        site.chop(1);
    return site + relativeUrl(path, variables);
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

QString Liquid::markersAsNotes(const QString &html, const QStringList &markers)
{
    // Translated only where there is a marker: this runs for every text.
    return replaceMarkers(html, markers, [](const QString &liquid) {
        const QString title
            = QCoreApplication::translate("geul::Liquid", "Liquid that Jekyll fills in when it builds the site");
        return QStringLiteral("<span class=\"geul-liquid\" title=\"%1\">%2</span>")
            .arg(title.toHtmlEscaped(), liquid.toHtmlEscaped());
    });
}

QString Liquid::restoreMarkers(const QString &value, const QStringList &markers)
{
    return replaceMarkers(value, markers, [](const QString &liquid) { return liquid.toHtmlEscaped(); });
}

} // namespace geul
