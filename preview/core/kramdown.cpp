// SPDX-License-Identifier: GPL-3.0-or-later
#include "kramdown.h"

#include "htmltext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace geul {

namespace {

// A fence line opens or closes fenced code, where nothing is kramdown.
struct FenceTracker
{
    QChar fenceChar;
    qsizetype fenceLength = 0;

    // True while @p line is inside (or is a fence of) fenced code.
    bool inCode(QStringView line)
    {
        static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
        const QRegularExpressionMatch m = fence.matchView(line);
        if (fenceLength == 0) {
            if (!m.hasMatch())
                return false;
            fenceChar = m.capturedView(1).front();
            fenceLength = m.capturedLength(1);
            return true;
        }
        if (m.hasMatch() && m.capturedView(1).front() == fenceChar && m.capturedLength(1) >= fenceLength
            && line.sliced(m.capturedEnd()).trimmed().isEmpty())
            fenceLength = 0;
        return true;
    }
};

Kramdown::BlockAttributes parseAttributes(QStringView body)
{
    static const QRegularExpression token(
        QStringLiteral("([.#])([^\\s.#\"'=}]+)|([A-Za-z_:][-\\w:.]*)=(?:\"([^\"]*)\"|'([^']*)')|(\\S+)"));
    Kramdown::BlockAttributes attributes;
    for (const QRegularExpressionMatch &m : token.globalMatchView(body)) {
        if (m.hasCaptured(1)) {
            if (m.capturedView(1) == u".")
                attributes.classes.append(m.captured(2));
            else
                attributes.id = m.captured(2);
        } else if (m.hasCaptured(3)) {
            attributes.others.append({m.captured(3), m.hasCaptured(4) ? m.captured(4) : m.captured(5)});
        } else if (m.capturedView(6) == u"toc") {
            attributes.toc = true;
        }
        // Other words name attribute list definitions: not applied.
    }
    return attributes;
}

struct Element
{
    qsizetype tagStart = 0; ///< the `<` of its start tag
    qsizetype tagEnd = 0; ///< after the `>` of its start tag
    QString name;
    int startLine = 0;
    int endLine = 0;
    int endColumn = 0;
};

QList<Element> elementsWithPositions(const QString &html)
{
    static const QRegularExpression tag(
        QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?\\sdata-sourcepos=\"(\\d+):\\d+-(\\d+):(\\d+)\"[^>]*>"));
    QList<Element> elements;
    for (const QRegularExpressionMatch &m : tag.globalMatch(html)) {
        elements.append({m.capturedStart(), m.capturedEnd(), m.captured(1).toLower(), m.captured(2).toInt(),
                         m.captured(3).toInt(), m.captured(4).toInt()});
    }
    return elements;
}

// Where the element whose start tag ends at @p from closes (after its end
// tag), counting nested elements of the same name.
qsizetype elementEnd(const QString &html, qsizetype from, const QString &name)
{
    const QRegularExpression tag(QStringLiteral("<(/?)%1\\b[^>]*>").arg(name),
                                 QRegularExpression::CaseInsensitiveOption);
    int depth = 1;
    for (const QRegularExpressionMatch &m : tag.globalMatch(html, from)) {
        depth += m.capturedView(1).isEmpty() ? 1 : -1;
        if (depth == 0)
            return m.capturedEnd();
    }
    return html.size();
}

bool isSafeAttributeName(const QString &name)
{
    // Event handlers would not run (the page's policy forbids them); they
    // are not even written.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_:][-A-Za-z0-9_:.]*$"));
    return valid.matchView(name).hasMatch() && !name.startsWith(QLatin1String("on"), Qt::CaseInsensitive);
}

// @p tag (a start tag) with @p name set to @p value, or, for classes,
// @p value added.
QString setAttribute(QString tag, const QString &name, const QString &value, bool append)
{
    const QRegularExpression existing(QStringLiteral("\\s%1=\"([^\"]*)\"").arg(QRegularExpression::escape(name)),
                                      QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = existing.match(tag);
    const QString escaped = value.toHtmlEscaped();
    if (m.hasMatch()) {
        const QString joined = append && !m.capturedView(1).isEmpty() ? m.captured(1) + u' ' + escaped : escaped;
        return tag.replace(m.capturedStart(1), m.capturedLength(1), joined);
    }
    const qsizetype end = tag.endsWith(QLatin1String("/>")) ? tag.size() - 2 : tag.size() - 1;
    return tag.insert(end, QStringLiteral(" %1=\"%2\"").arg(name, escaped));
}

QString withAttributes(QString tag, const Kramdown::BlockAttributes &attributes)
{
    if (!attributes.classes.isEmpty())
        tag = setAttribute(tag, QStringLiteral("class"), attributes.classes.join(u' '), true);
    if (!attributes.id.isEmpty())
        tag = setAttribute(tag, QStringLiteral("id"), attributes.id, false);
    for (const auto &[name, value] : attributes.others) {
        if (isSafeAttributeName(name))
            tag = setAttribute(tag, name, value, name.compare(QLatin1String("class"), Qt::CaseInsensitive) == 0);
    }
    return tag;
}

QString plainText(QStringView html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return unescapeHtml(html.toString().remove(tags));
}

// Headings get kramdown's GFM ids, numbered when repeated.
QString addHeadingIds(const QString &html)
{
    QHash<QString, int> seen;
    QString out;
    qsizetype last = 0;
    // A plain scan: this runs on every render of every post.
    for (qsizetype at = html.indexOf(u"<h"); at >= 0; at = html.indexOf(u"<h", at + 2)) {
        if (at + 3 >= html.size() || html[at + 2] < u'1' || html[at + 2] > u'6'
            || (html[at + 3] != u'>' && html[at + 3] != u' '))
            continue;
        const qsizetype tagEnd = html.indexOf(u'>', at);
        const QString closing = QStringLiteral("</h") + html[at + 2] + u'>';
        const qsizetype close = tagEnd < 0 ? -1 : html.indexOf(closing, tagEnd);
        if (close < 0)
            break;
        const QStringView tag = QStringView(html).sliced(at, tagEnd - at);
        if (tag.contains(QLatin1String(" id=\"")))
            continue;
        const QString base = Kramdown::headingId(plainText(QStringView(html).sliced(tagEnd + 1, close - tagEnd - 1)));
        const int n = seen[base]++;
        const QString id = n == 0 ? base : base + u'-' + QString::number(n);
        out += QStringView(html).sliced(last, tagEnd - last);
        out += QStringLiteral(" id=\"%1\"").arg(id.toHtmlEscaped());
        last = tagEnd;
        at = close;
    }
    if (last == 0)
        return html;
    return out + QStringView(html).sliced(last);
}

// kramdown's table of contents: a nested list of links to the headings.
QString tableOfContents(const QString &html, const QStringList &classes)
{
    static const QRegularExpression heading(QStringLiteral("<h([1-6])(\\s[^>]*)?>(.*?)</h\\1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression idAttribute(QStringLiteral("\\sid=\"([^\"]*)\""));
    QString out = QStringLiteral("<ul id=\"markdown-toc\"");
    if (!classes.isEmpty())
        out += QStringLiteral(" class=\"%1\"").arg(classes.join(u' ').toHtmlEscaped());
    out += u'>';
    QList<int> levels; // the levels of the open lists below the outer one
    bool itemOpen = false;
    for (const QRegularExpressionMatch &m : heading.globalMatch(html)) {
        const QStringView attributes = m.capturedView(2);
        if (attributes.contains(QLatin1String("no_toc")))
            continue;
        const int level = m.capturedView(1).toInt();
        const QString id = idAttribute.matchView(attributes).captured(1);
        if (levels.isEmpty()) {
            levels.append(level);
        } else if (level > levels.last()) {
            out += QStringLiteral("<ul>");
            levels.append(level);
            itemOpen = false;
        } else {
            while (levels.size() > 1 && level < levels.last()) {
                out += QStringLiteral("</li></ul>");
                levels.removeLast();
            }
        }
        if (itemOpen)
            out += QStringLiteral("</li>");
        out += QStringLiteral("<li><a href=\"#%1\">%2</a>").arg(id, plainText(m.capturedView(3)).toHtmlEscaped());
        itemOpen = true;
    }
    if (itemOpen)
        out += QStringLiteral("</li>");
    for (qsizetype i = 1; i < levels.size(); ++i)
        out += QStringLiteral("</ul></li>");
    return out + QStringLiteral("</ul>");
}

constexpr QChar tocMarker = QChar(0xE002);

} // namespace

QString Kramdown::headingId(const QString &text)
{
    QString id;
    for (const QChar c : text.toLower()) {
        if (c == u' ' || c == u'\t')
            id += u'-';
        else if (c == u'-' || c == u'_' || c.isLetterOrNumber() || c.isMark())
            id += c;
    }
    return id;
}

QList<Kramdown::BlockAttributes> Kramdown::extract(QString &text, int firstLine)
{
    static const QRegularExpression blockList(QStringLiteral("^ {0,3}\\{:(?![:/])\\s*(.*?)\\s*\\}\\s*$"));
    static const QRegularExpression extension(QStringLiteral("^\\s*\\{::(\\w+)[^}]*?(/)?\\}\\s*$"));
    static const QRegularExpression extensionEnd(QStringLiteral("^\\s*\\{:/(\\w*)\\}\\s*$"));
    static const QRegularExpression spanList(QStringLiteral("(?<=[*_`)\\]>])\\{:(?![:/])[^}\\n]*\\}"));

    QList<BlockAttributes> found;
    if (!text.contains(u"{:"))
        return found;
    QStringList lines = text.split(u'\n');
    FenceTracker fences;
    QString openComment; // inside {::comment}...{:/comment}
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        if (!openComment.isEmpty()) {
            if (const QRegularExpressionMatch end = extensionEnd.match(line);
                end.hasMatch() && (end.capturedView(1).isEmpty() || end.captured(1) == openComment))
                openComment.clear();
            line.clear();
            continue;
        }
        if (fences.inCode(line))
            continue;
        if (const QRegularExpressionMatch m = blockList.match(line); m.hasMatch()) {
            BlockAttributes attributes = parseAttributes(m.capturedView(1));
            // `{:name: ...}` defines a reference; it applies to nothing.
            if (!m.capturedView(1).contains(QRegularExpression(QStringLiteral("^[\\w-]+:(\\s|$)")))) {
                attributes.line = firstLine + int(i) + 1;
                attributes.afterBlank = i == 0 || lines.at(i - 1).trimmed().isEmpty();
                found.append(attributes);
            }
            line.clear();
            continue;
        }
        if (const QRegularExpressionMatch m = extension.match(line); m.hasMatch()) {
            if (m.captured(1) == QLatin1String("comment") && !m.hasCaptured(2))
                openComment = m.captured(1);
            line.clear();
            continue;
        }
        if (extensionEnd.match(line).hasMatch()) {
            line.clear();
            continue;
        }
        if (line.contains(QLatin1String("{:")))
            line.remove(spanList);
    }
    text = lines.join(u'\n');
    return found;
}

QString Kramdown::apply(const QString &html, const QList<BlockAttributes> &attributes)
{
    QString out = html;
    if (!attributes.isEmpty()) {
        const QList<Element> elements = elementsWithPositions(html);
        struct Edit
        {
            qsizetype start, end;
            QString text;
        };
        QList<Edit> edits;
        QList<QStringList> tocClasses;
        for (const BlockAttributes &a : attributes) {
            // The outermost block just before (or, after a blank line, just
            // after) the list: the first in document order.
            const auto target = std::find_if(elements.cbegin(), elements.cend(), [&a](const Element &e) {
                if (a.afterBlank)
                    return e.startLine == a.line + 1;
                // A block that ends in blank lines ends at column 0 of the last.
                return e.startLine < a.line
                       && (e.endLine == a.line - 1
                           || (e.endColumn == 0 && e.endLine >= a.line - 1 && e.endLine <= a.line + 1));
            });
            if (target == elements.cend())
                continue; // kramdown drops a list that applies to nothing
            const bool taken = std::any_of(edits.cbegin(), edits.cend(),
                                           [&target](const Edit &e) { return e.start == target->tagStart; });
            if (taken)
                continue;
            if (a.toc && (target->name == u"ul" || target->name == u"ol")) {
                edits.append({target->tagStart, elementEnd(html, target->tagEnd, target->name),
                              QString(tocMarker) + QString::number(tocClasses.size()) + tocMarker});
                tocClasses.append(a.classes);
            } else {
                edits.append({target->tagStart, target->tagEnd,
                              withAttributes(html.sliced(target->tagStart, target->tagEnd - target->tagStart), a)});
            }
        }
        std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
        qsizetype limit = out.size();
        for (const Edit &e : std::as_const(edits)) {
            if (e.end > limit)
                continue; // inside a block already replaced
            out.replace(e.start, e.end - e.start, e.text);
            limit = e.start;
        }
        out = addHeadingIds(out);
        for (qsizetype i = 0; i < tocClasses.size(); ++i) {
            const QString placeholder = QString(tocMarker) + QString::number(i) + tocMarker;
            out.replace(placeholder, tableOfContents(out, tocClasses.at(i)));
        }
        return out;
    }
    return addHeadingIds(out);
}

} // namespace geul
