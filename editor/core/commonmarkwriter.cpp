// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML jekyll-commonmark writes, written for Geul from its output and
// checked against it by the tests (tst_dialect).
#include "commonmarkwriter.h"

#include "liquid.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace geul {

namespace {

using Node = MarkdownNode;
using Type = MarkdownNode::Type;

// GFM's tag filter: these elements' start tags are written as text.
QString tagFiltered(const QString &html)
{
    static const QLatin1String names[] = {QLatin1String("title"),    QLatin1String("textarea"),
                                          QLatin1String("style"),    QLatin1String("xmp"),
                                          QLatin1String("iframe"),   QLatin1String("noembed"),
                                          QLatin1String("noframes"), QLatin1String("script"),
                                          QLatin1String("plaintext")};
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        if (html[i] == u'<') {
            const QStringView rest = QStringView(html).sliced(i + 1);
            const bool filtered = std::any_of(std::begin(names), std::end(names), [&rest](QLatin1String name) {
                if (!rest.startsWith(name, Qt::CaseInsensitive))
                    return false;
                const QStringView after = rest.sliced(name.size());
                return after.isEmpty() ? false
                                       : after.front().isSpace() || after.front() == u'>' || after.startsWith(u"/>");
            });
            if (filtered) {
                out += QLatin1String("&lt;");
                continue;
            }
        }
        out += html[i];
    }
    return out;
}

} // namespace

QString CommonMarkWriter::escapeHtml(QStringView text)
{
    return HtmlWriter::escapeCode(text, true);
}

QString CommonMarkWriter::escapeHref(QStringView url)
{
    QString out;
    out.reserve(url.size() + 8);
    const QByteArray utf8 = url.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                          || (c < 0x80 && std::strchr("!#$%()*+,-./:;=?@_~", c) && c != 0);
        if (safe)
            out += QLatin1Char(char(c));
        else if (c == '&')
            out += QLatin1String("&amp;");
        else if (c == '\'')
            out += QLatin1String("&#x27;");
        else
            out += u'%' + QStringLiteral("%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

CommonMarkWriter::CommonMarkWriter(const MarkdownNode &root, const std::map<QString, FootnoteDefinition> &footnotes,
                                   const HtmlWriter::Options &options)
    : m_root(root), m_footnotes(footnotes), m_options(options)
{
}

bool CommonMarkWriter::option(const char *name) const
{
    return m_options.commonMark
           && m_options.commonMark->options.contains(QLatin1String(name), Qt::CaseInsensitive);
}

bool CommonMarkWriter::extension(const char *name) const
{
    return m_options.commonMark
           && m_options.commonMark->extensions.contains(QLatin1String(name), Qt::CaseInsensitive);
}

void CommonMarkWriter::cr()
{
    if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
        m_out += u'\n';
}

QString CommonMarkWriter::position(const MarkdownNode &node) const
{
    QString out;
    if (m_top && m_options.sourcePositions && node.start >= 0)
        HtmlWriter::appendSourcePosition(out, m_options.lineStarts, node.start, node.end);
    return out;
}

void CommonMarkWriter::children(const MarkdownNode &node)
{
    const bool top = m_top;
    m_top = false;
    m_parents.push_back(&node);
    for (const auto &child : node.children)
        render(*child);
    m_parents.pop_back();
    m_top = top;
}

void CommonMarkWriter::plain(const MarkdownNode &node)
{
    // An image's alternative text: text and line breaks only.
    for (const auto &child : node.children) {
        if (child->type == Type::Text)
            render(*child);
        else if (child->type == Type::LineBreak && option("HARDBREAKS"))
            m_out += QLatin1String("<br />\n");
        else if (child->type != Type::Raw)
            plain(*child);
    }
}

void CommonMarkWriter::rawHtml(const MarkdownNode &node)
{
    if (!option("UNSAFE")) {
        m_out += QLatin1String("<!-- raw HTML omitted -->");
        return;
    }
    // The HTML as written, with what the hooks change put in its place:
    // edits at offsets of the literal, made from the end.
    struct Edit
    {
        qsizetype from;
        qsizetype to;
        QString text;
    };
    std::vector<Edit> edits;
    const qsizetype base = node.start;
    const auto local = [&](qsizetype offset) {
        const qsizetype at = offset - base;
        return offset >= 0 && base >= 0 && at >= 0 && at <= node.value.size() ? at : -1;
    };
    std::function<void(const MarkdownNode &)> visit = [&](const MarkdownNode &el) {
        if (el.type == Type::HtmlElement) {
            Attributes attributes = el.attributes();
            QString replacement;
            if (m_options.element)
                m_options.element(el, attributes, &replacement);
            if (!replacement.isNull()) {
                const qsizetype from = local(el.start);
                const qsizetype to = local(el.end);
                if (from >= 0 && to >= from)
                    edits.push_back({from, to, replacement});
                return;
            }
            QString added;
            for (const auto &[name, value] : attributes.items()) {
                const QString escaped = HtmlWriter::escape(value, true);
                if (!el.attributes().contains(name)) {
                    added += u' ' + name + QStringLiteral("=\"") + escaped + u'"';
                    continue;
                }
                if (el.attributes().value(name) == value)
                    continue;
                for (const auto &[spanName, span] : el.details().attributeSpans) {
                    if (spanName == name && local(span.first) >= 0 && local(span.second) >= local(span.first))
                        edits.push_back({local(span.first), local(span.second), escaped});
                }
            }
            const qsizetype tagEnd = local(el.start) >= 0 ? local(el.start) + 1 + el.value.size() : -1;
            if (el.start == node.start)
                added += position(node);
            if (!added.isEmpty() && tagEnd >= 0 && tagEnd <= node.value.size())
                edits.push_back({tagEnd, tagEnd, added});
        }
        for (const auto &child : el.children)
            visit(*child);
    };
    for (const auto &child : node.children)
        visit(*child);
    QString html = node.value;
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.from < b.from; });
    qsizetype limit = html.size();
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        if (it->to > limit)
            continue; // inside an element that was replaced
        html.replace(it->from, it->to - it->from, it->text);
        limit = it->from;
    }
    html = Liquid::restoreMarkers(html, m_options.liquidMarkers);
    m_out += extension("tagfilter") ? tagFiltered(html) : html;
}

bool CommonMarkWriter::footnoteBacklink()
{
    if (m_writtenBacklink == m_footnoteIndex)
        return false;
    m_writtenBacklink = m_footnoteIndex;
    m_out += QStringLiteral("<a href=\"#fnref%1\" class=\"footnote-backref\">\u21a9</a>").arg(m_footnoteIndex);
    return true;
}

void CommonMarkWriter::footnoteDefinitions()
{
    // cmark-gfm numbers the notes that are referenced, in order.
    for (int number = 1;; ++number) {
        const auto it = m_footnotes.find(QString::number(number));
        if (it == m_footnotes.end() || !it->second.content)
            break;
        if (m_footnoteIndex == 0)
            m_out += QLatin1String("<section class=\"footnotes\">\n<ol>\n");
        ++m_footnoteIndex;
        m_out += QStringLiteral("<li id=\"fn%1\">\n").arg(m_footnoteIndex);
        m_footnoteContent = it->second.content.get();
        children(*m_footnoteContent);
        m_footnoteContent = nullptr;
        if (footnoteBacklink())
            m_out += u'\n';
        m_out += QLatin1String("</li>\n");
    }
    if (m_writtenBacklink > 0)
        m_out += QLatin1String("</ol>\n</section>\n");
}

void CommonMarkWriter::render(const MarkdownNode &node)
{
    const auto block = [this](auto &&body) {
        cr();
        body();
        cr();
    };
    const auto link = [this, &node](Attributes attributes, bool image) {
        if (m_options.element) {
            QString replacement;
            m_options.element(node, attributes, &replacement);
            if (!replacement.isNull()) {
                m_out += replacement;
                return;
            }
        }
        const QString urlName = image ? QStringLiteral("src") : QStringLiteral("href");
        m_out += (image ? QStringLiteral("<img src=\"") : QStringLiteral("<a href=\""))
                 + escapeHref(Liquid::restoreMarkers(attributes.value(urlName), m_options.liquidMarkers)) + u'"';
        if (image) {
            m_out += QLatin1String(" alt=\"");
            plain(node);
            m_out += u'"';
        }
        if (const QString title = attributes.value(u"title"); !title.isEmpty())
            m_out += QStringLiteral(" title=\"") + escapeHtml(title) + u'"';
        // What the hooks add (the preview's notes) comes after.
        for (const auto &[name, value] : attributes.items()) {
            if (name != urlName && name != u"title" && name != u"alt" && !node.attributes().contains(name))
                m_out += u' ' + name + QStringLiteral("=\"") + escapeHtml(value) + u'"';
        }
        if (image) {
            m_out += QLatin1String(" />");
        } else {
            m_out += u'>';
            children(node);
            m_out += QLatin1String("</a>");
        }
    };
    switch (node.type) {
    case Type::Root:
        children(node);
        break;
    case Type::Header:
        block([&] {
            m_out += QStringLiteral("<h%1%2>").arg(node.level).arg(position(node));
            children(node);
            m_out += QStringLiteral("</h%1>").arg(node.level);
        });
        break;
    case Type::Paragraph: {
        if (node.transparent) {
            children(node);
            break;
        }
        block([&] {
            m_out += QStringLiteral("<p") + position(node) + u'>';
            children(node);
            if (m_footnoteContent && !m_parents.empty() && m_parents.back() == m_footnoteContent
                && m_footnoteContent->lastChild() == &node) {
                m_out += u' ';
                footnoteBacklink();
            }
            m_out += QLatin1String("</p>");
        });
        break;
    }
    case Type::UnorderedList:
    case Type::OrderedList:
        block([&] {
            if (node.type == Type::UnorderedList) {
                m_out += QStringLiteral("<ul") + position(node) + QStringLiteral(">\n");
            } else {
                const QString start = node.attributes().value(u"start");
                m_out += QStringLiteral("<ol") + (start.isEmpty() ? QString() : QStringLiteral(" start=\"%1\"").arg(start))
                         + position(node) + QStringLiteral(">\n");
            }
            children(node);
            m_out += node.type == Type::UnorderedList ? QLatin1String("</ul>") : QLatin1String("</ol>");
        });
        break;
    case Type::ListItem:
        block([&] {
            m_out += QStringLiteral("<li") + position(node);
            if (!node.name().isEmpty()) {
                m_out += node.name() == u"[x]" ? QLatin1String("><input type=\"checkbox\" checked=\"\" disabled=\"\" /> ")
                                             : QLatin1String("><input type=\"checkbox\" disabled=\"\" /> ");
            } else {
                m_out += u'>';
            }
            children(node);
            m_out += QLatin1String("</li>");
        });
        break;
    case Type::Blockquote:
        block([&] {
            m_out += QStringLiteral("<blockquote") + position(node) + QStringLiteral(">\n");
            children(node);
            m_out += QLatin1String("</blockquote>");
        });
        break;
    case Type::HorizontalRule:
        block([&] { m_out += QStringLiteral("<hr") + position(node) + QStringLiteral(" />"); });
        break;
    case Type::CodeBlock:
        block([&] {
            // jekyll-commonmark's own code blocks: Rouge's markup, the
            // language as the info string's first word.
            const QString &language = node.name();
            m_out += QLatin1String("<div class=\"");
            if (!language.isEmpty())
                m_out += QStringLiteral("language-") + language + u' ';
            m_out += QStringLiteral("highlighter-rouge\"><div class=\"highlight\"><pre") + position(node)
                     + QStringLiteral(" class=\"highlight\"");
            const QString dataLang = language.isEmpty() ? QString() : QStringLiteral(" data-lang=\"") + language + u'"';
            if (option("GITHUB_PRE_LANG"))
                m_out += dataLang + QStringLiteral("><code>");
            else
                m_out += QStringLiteral("><code") + dataLang + u'>';
            QString lexer = language;
            if (const qsizetype q = lexer.indexOf(u'?'); q > 0)
                lexer.truncate(q);
            QString code = m_options.highlight && HtmlWriter::rougeKnows(lexer) ? m_options.highlight(node.value, lexer)
                                                                               : QString();
            if (code.isEmpty())
                code = HtmlWriter::escapeCode(node.value);
            m_out += code + QStringLiteral("</code></pre></div></div>");
        });
        break;
    case Type::Raw:
        if (node.category == Node::Category::Block)
            block([&] { rawHtml(node); });
        else
            rawHtml(node);
        break;
    case Type::Table:
        m_out += QStringLiteral("<table") + position(node) + QStringLiteral(">\n");
        children(node);
        m_out += QLatin1String("</table>\n");
        break;
    case Type::TableHead:
        m_out += QLatin1String("<thead>\n");
        children(node);
        m_out += QLatin1String("</thead>\n");
        break;
    case Type::TableBody:
        m_out += QLatin1String("<tbody>\n");
        children(node);
        m_out += QLatin1String("</tbody>\n");
        break;
    case Type::TableRow:
        m_out += QLatin1String("<tr>\n");
        children(node);
        m_out += QLatin1String("</tr>\n");
        break;
    case Type::TableCell: {
        const bool head = m_parents.size() >= 2 && m_parents[m_parents.size() - 2]->type == Type::TableHead;
        QString align;
        if (m_parents.size() >= 3) {
            const MarkdownNode *row = m_parents.back();
            const MarkdownNode *table = m_parents[m_parents.size() - 3];
            const auto it = std::find_if(row->children.begin(), row->children.end(),
                                         [&node](const auto &c) { return c.get() == &node; });
            const qsizetype column = it - row->children.begin();
            if (column < table->details().alignment.size()) {
                switch (table->details().alignment[column]) {
                case Node::Alignment::Left:
                    align = QStringLiteral(" align=\"left\"");
                    break;
                case Node::Alignment::Center:
                    align = QStringLiteral(" align=\"center\"");
                    break;
                case Node::Alignment::Right:
                    align = QStringLiteral(" align=\"right\"");
                    break;
                default:
                    break;
                }
            }
        }
        m_out += (head ? QStringLiteral("<th") : QStringLiteral("<td")) + align + u'>';
        children(node);
        m_out += head ? QLatin1String("</th>\n") : QLatin1String("</td>\n");
        break;
    }
    case Type::Text:
        if (node.value == u"\n" && option("NOBREAKS"))
            m_out += u' ';
        else
            m_out += Liquid::markersAsNotes(escapeHtml(node.value), m_options.liquidMarkers);
        break;
    case Type::LineBreak:
        m_out += QLatin1String("<br />\n");
        break;
    case Type::CodeSpan:
        m_out += QStringLiteral("<code>") + escapeHtml(node.value) + QStringLiteral("</code>");
        break;
    case Type::Emphasis:
        m_out += QLatin1String("<em>");
        children(node);
        m_out += QLatin1String("</em>");
        break;
    case Type::Strong:
        if (!m_parents.empty() && m_parents.back()->type == Type::Strong) {
            children(node);
            break;
        }
        m_out += QLatin1String("<strong>");
        children(node);
        m_out += QLatin1String("</strong>");
        break;
    case Type::HtmlElement:
        // Strikethrough, the only element of cmark-gfm's own.
        m_out += u'<' + node.value + u'>';
        children(node);
        m_out += QStringLiteral("</") + node.value + u'>';
        break;
    case Type::Link:
        link(node.attributes(), false);
        break;
    case Type::Image:
        link(node.attributes(), true);
        break;
    case Type::Footnote:
        m_out += QStringLiteral("<sup class=\"footnote-ref\"><a href=\"#fn%1\" id=\"fnref%1\">%1</a></sup>").arg(node.name());
        break;
    default:
        children(node);
        break;
    }
}

HtmlWriter::Output CommonMarkWriter::write()
{
    HtmlWriter::Output out;
    m_parents.push_back(&m_root);
    qsizetype last = 0;
    for (const auto &child : m_root.children) {
        if (child->type == Type::Blank)
            continue;
        render(*child);
        out.blockEnds.append(m_out.size());
        out.blockRanges.append({child->start, child->end});
        last = m_out.size();
    }
    m_top = false;
    footnoteDefinitions();
    if (m_out.size() > last) {
        out.blockEnds.append(m_out.size());
        out.blockRanges.append({-1, -1});
    }
    m_parents.clear();
    out.html = std::move(m_out);
    return out;
}

} // namespace geul
