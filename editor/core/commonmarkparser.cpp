// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that includes cmark-gfm: the rest of Geul sees MarkdownNode.
#include "commonmarkparser.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QByteArray>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>

#include <memory>
#include <mutex>

namespace geul {

namespace {

using Node = MarkdownNode;
using Type = MarkdownNode::Type;
using NodePtr = std::unique_ptr<MarkdownNode>;

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct CStringDeleter
{
    void operator()(char *s) const { free(s); }
};

// cmark-gfm changes a process-wide table of special characters on every
// parse with extensions: one parse at a time (two at once corrupt each
// other's output).
std::mutex &parseMutex()
{
    static std::mutex mutex;
    return mutex;
}

// cmark-gfm's text. It can cut a character in two (a footnote label is
// cut by bytes); what is left of one is one U+FFFD, as a browser (and Ruby)
// decodes it, not one for each byte.
QString fromCmark(const char *utf8)
{
    if (!utf8)
        return {};
    const auto *s = reinterpret_cast<const unsigned char *>(utf8);
    const std::size_t size = std::strlen(utf8);
    QString out;
    out.reserve(qsizetype(size));
    for (std::size_t i = 0; i < size;) {
        const unsigned char c = s[i];
        int length = 0;
        char32_t code = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c < 0x80) {
            out += QChar(char16_t(c));
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0F;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            out += QChar(char16_t(0xFFFD));
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        for (int k = 1; k < length; ++k, ++j) {
            const unsigned char b = j < size ? s[j] : 0;
            if (b < low || b > high)
                break;
            code = (code << 6) | (b & 0x3F);
            low = 0x80;
            high = 0xBF;
        }
        if (j - i == std::size_t(length))
            out += QString::fromUcs4(&code, 1);
        else
            out += QChar(char16_t(0xFFFD)); // the maximal part of a character that is there
        i = j;
    }
    return out;
}

int optionBits(const QStringList &names)
{
    static const QHash<QString, int> bits{
        {QStringLiteral("SOURCEPOS"), CMARK_OPT_SOURCEPOS},
        {QStringLiteral("HARDBREAKS"), CMARK_OPT_HARDBREAKS},
        {QStringLiteral("NOBREAKS"), CMARK_OPT_NOBREAKS},
        {QStringLiteral("SMART"), CMARK_OPT_SMART},
        {QStringLiteral("GITHUB_PRE_LANG"), CMARK_OPT_GITHUB_PRE_LANG},
        {QStringLiteral("LIBERAL_HTML_TAG"), CMARK_OPT_LIBERAL_HTML_TAG},
        {QStringLiteral("FOOTNOTES"), CMARK_OPT_FOOTNOTES},
        {QStringLiteral("STRIKETHROUGH_DOUBLE_TILDE"), CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE},
        {QStringLiteral("TABLE_PREFER_STYLE_ATTRIBUTES"), CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES},
        {QStringLiteral("FULL_INFO_STRING"), CMARK_OPT_FULL_INFO_STRING},
        {QStringLiteral("UNSAFE"), CMARK_OPT_UNSAFE},
    };
    int result = 0;
    for (const QString &name : names)
        result |= bits.value(name.toUpper(), 0);
    return result;
}

class Converter
{
public:
    Converter(const MappedText &source, const QByteArray &utf8, int options)
        : m_source(source), m_options(options), m_unsafe(options & CMARK_OPT_UNSAFE)
    {
        // Byte offsets of cmark's positions to characters of the source.
        const QStringView text = source.text();
        m_charOfByte.reserve(utf8.size() + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text[i].unicode();
            int bytes = 3;
            if (u < 0x80)
                bytes = 1;
            else if (u < 0x800)
                bytes = 2;
            else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                bytes = 4;
            for (int k = 0; k < bytes; ++k)
                m_charOfByte.push_back(i);
            if (bytes == 4)
                ++i;
        }
        m_charOfByte.push_back(text.size());
        m_lineStartBytes.push_back(0);
        for (qsizetype b = 0; b < utf8.size(); ++b) {
            if (utf8[b] == '\n')
                m_lineStartBytes.push_back(b + 1);
        }
    }

    /// The index in the parsed text of cmark's 1-based @p line and byte
    /// @p column, or -1.
    qsizetype charIndex(int line, int column) const
    {
        if (line < 1 || line > qsizetype(m_lineStartBytes.size()))
            return -1;
        const qsizetype byte = std::min<qsizetype>(m_lineStartBytes[line - 1] + std::max(column, 1) - 1,
                                                   qsizetype(m_charOfByte.size()) - 1);
        return m_charOfByte[byte];
    }

    qsizetype offset(int line, int column) const
    {
        const qsizetype at = charIndex(line, column);
        return at < 0 ? -1 : m_source.origin(std::min(at, m_source.size()));
    }

    /// HTML's @p literal as cmark-gfm took it from @p n, each line mapped
    /// to where it stands in the post (a line that is not found there as
    /// it is, a tab expanded for instance, cannot be rewritten).
    MappedText literal(const QString &literal, cmark_node *n) const
    {
        MappedText mapped;
        const QStringView text = m_source.text();
        const bool block = cmark_node_get_type(n) == CMARK_NODE_HTML_BLOCK;
        const int firstLine = cmark_node_get_start_line(n);
        const qsizetype anchor = std::max<qsizetype>(offset(firstLine, cmark_node_get_start_column(n)), 0);
        qsizetype from = 0;
        for (int k = 0; from < literal.size(); ++k) {
            qsizetype to = literal.indexOf(u'\n', from);
            to = to < 0 ? literal.size() : to + 1;
            const QStringView piece = QStringView(literal).sliced(from, to - from);
            const QStringView content = piece.endsWith(u'\n') ? piece.chopped(1) : piece;
            const qsizetype lineStart = charIndex(firstLine + k, 1);
            qsizetype at = -1;
            if (lineStart >= 0) {
                qsizetype lineEnd = text.indexOf(u'\n', lineStart);
                if (lineEnd < 0)
                    lineEnd = text.size();
                const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
                if (k == 0) {
                    const qsizetype first = charIndex(firstLine, cmark_node_get_start_column(n));
                    if (first >= 0 && QStringView(text).sliced(first).startsWith(content))
                        at = first;
                } else if (block && line.endsWith(content)) {
                    at = lineEnd - content.size();
                } else if (!block) {
                    const qsizetype i = line.indexOf(content);
                    if (i >= 0 && line.first(i).trimmed().isEmpty())
                        at = lineStart + i;
                }
            }
            if (at >= 0 && at + piece.size() <= text.size() && QStringView(text).sliced(at, piece.size()) == piece)
                mapped.append(m_source, at, at + piece.size());
            else
                mapped.appendSynthetic(piece, anchor);
            from = to;
        }
        return mapped;
    }

    /// An image's alternative text as jekyll-commonmark writes it: the
    /// text and line breaks inside, not code or HTML.
    static QString plainText(cmark_node *n)
    {
        QString out;
        for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
            if (cmark_node_get_type(c) == CMARK_NODE_TEXT)
                out += fromCmark(cmark_node_get_literal(c));
            else if (cmark_node_get_type(c) == CMARK_NODE_SOFTBREAK)
                out += u'\n';
            else
                out += plainText(c);
        }
        return out;
    }

    void place(Node &node, cmark_node *n) const
    {
        const int line = cmark_node_get_start_line(n);
        if (line <= 0)
            return;
        node.start = offset(line, cmark_node_get_start_column(n));
        const qsizetype end = offset(cmark_node_get_end_line(n), cmark_node_get_end_column(n));
        node.end = end >= 0 ? end + 1 : node.start;
    }

    NodePtr convert(cmark_node *n, Node *parent, KramdownParser::Result &result)
    {
        const char *typeName = cmark_node_get_type_string(n);
        const QLatin1String kind(typeName ? typeName : "");
        NodePtr node;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_DOCUMENT:
            node = std::make_unique<Node>(Type::Root);
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            node = std::make_unique<Node>(Type::Blockquote);
            break;
        case CMARK_NODE_LIST:
            node = std::make_unique<Node>(cmark_node_get_list_type(n) == CMARK_ORDERED_LIST ? Type::OrderedList
                                                                                               : Type::UnorderedList);
            if (cmark_node_get_list_type(n) == CMARK_ORDERED_LIST && cmark_node_get_list_start(n) != 1)
                node->editAttributes().set(QStringLiteral("start"), QString::number(cmark_node_get_list_start(n)));
            m_tight = cmark_node_get_list_tight(n);
            break;
        case CMARK_NODE_ITEM:
            node = std::make_unique<Node>(Type::ListItem);
            if (kind == QLatin1String("tasklist"))
                node->setName(cmark_gfm_extensions_get_tasklist_item_checked(n) ? QStringLiteral("[x]")
                                                                              : QStringLiteral("[ ]"));
            break;
        case CMARK_NODE_CODE_BLOCK: {
            node = std::make_unique<Node>(Type::CodeBlock, fromCmark(cmark_node_get_literal(n)));
            int length = 0;
            int offset = 0;
            char character = 0;
            node->fenced = cmark_node_get_fenced(n, &length, &offset, &character);
            // The language is the info string's first word (Ruby's \s
            // separates words: ASCII white space only).
            const QString info = fromCmark(cmark_node_get_fence_info(n));
            qsizetype wordEnd = 0;
            while (wordEnd < info.size() && !QStringView(u" \t\r\n\f\v").contains(info[wordEnd]))
                ++wordEnd;
            const QString language = info.first(wordEnd);
            if (!language.isEmpty()) {
                node->setName(language);
                node->editAttributes().set(QStringLiteral("class"), QStringLiteral("language-") + language);
            }
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: {
            // The HTML as written (the blog's page has it as it is, or
            // leaves it out), with its elements read below it, so that
            // its images count and can be rewritten in place.
            const bool block = cmark_node_get_type(n) == CMARK_NODE_HTML_BLOCK;
            node = std::make_unique<Node>(Type::Raw, fromCmark(cmark_node_get_literal(n)));
            node->category = block ? Node::Category::Block : Node::Category::Span;
            place(*node, n);
            for (NodePtr &child : KramdownParser::parseHtml(literal(node->value, n))) {
                if (block && (child->type == Type::HtmlElement || child->type == Type::XmlComment))
                    child->category = Node::Category::Block;
                node->append(std::move(child));
            }
            if (!m_unsafe && node->start >= 0
                && (block || std::any_of(node->children.begin(), node->children.end(), [](const NodePtr &c) {
                        return c->type == Type::HtmlElement && c->value != u"br";
                    })))
                result.warnings.append({ParseWarning::Kind::RawHtmlOmitted, node->start, {}});
            return node;
        }
        case CMARK_NODE_PARAGRAPH:
            node = std::make_unique<Node>(Type::Paragraph);
            // In a tight list an item's paragraphs have no <p>.
            if (parent && parent->type == Type::ListItem && m_tight)
                node->transparent = true;
            break;
        case CMARK_NODE_HEADING:
            node = std::make_unique<Node>(Type::Header);
            node->level = cmark_node_get_heading_level(n);
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            node = std::make_unique<Node>(Type::HorizontalRule);
            break;
        case CMARK_NODE_FOOTNOTE_DEFINITION: {
            // cmark-gfm puts the definitions that are referenced at the end,
            // in the order of their numbers, and numbers the references.
            FootnoteDefinition &definition = result.footnotes[QString::number(++m_footnotes)];
            definition.content = std::make_unique<Node>(Type::Root);
            for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c))
                definition.content->append(convert(c, definition.content.get(), result));
            return nullptr;
        }
        case CMARK_NODE_TEXT:
            node = std::make_unique<Node>(Type::Text, fromCmark(cmark_node_get_literal(n)));
            break;
        case CMARK_NODE_SOFTBREAK:
            // A line break in a paragraph: kept as a line break, or as the
            // site's options write it.
            if (m_options & CMARK_OPT_HARDBREAKS)
                node = std::make_unique<Node>(Type::LineBreak);
            else
                node = std::make_unique<Node>(Type::Text, (m_options & CMARK_OPT_NOBREAKS) ? QStringLiteral(" ")
                                                                                          : QStringLiteral("\n"));
            break;
        case CMARK_NODE_LINEBREAK:
            node = std::make_unique<Node>(Type::LineBreak);
            break;
        case CMARK_NODE_CODE:
            node = std::make_unique<Node>(Type::CodeSpan, fromCmark(cmark_node_get_literal(n)));
            break;
        case CMARK_NODE_EMPH:
            node = std::make_unique<Node>(Type::Emphasis);
            break;
        case CMARK_NODE_STRONG:
            node = std::make_unique<Node>(Type::Strong);
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
            const bool image = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
            node = std::make_unique<Node>(image ? Type::Image : Type::Link);
            node->markdownImage = true;
            const QString url = fromCmark(cmark_node_get_url(n));
            const QString title = fromCmark(cmark_node_get_title(n));
            if (image) {
                node->editAttributes().set(QStringLiteral("src"), url);
                node->editAttributes().set(QStringLiteral("alt"), plainText(n));
            } else {
                node->editAttributes().set(QStringLiteral("href"), url);
            }
            if (!title.isEmpty())
                node->editAttributes().set(QStringLiteral("title"), title);
            break;
        }
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            node = std::make_unique<Node>(Type::Footnote);
            node->setName(fromCmark(cmark_node_get_literal(n)));
            break;
        default:
            if (kind == QLatin1String("table")) {
                node = std::make_unique<Node>(Type::Table);
                const uint16_t columns = cmark_gfm_extensions_get_table_columns(n);
                const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(n);
                for (uint16_t i = 0; i < columns; ++i) {
                    const char a = alignments ? char(alignments[i]) : 0;
                    node->editDetails().alignment.append(a == 'l'   ? Node::Alignment::Left
                                           : a == 'c' ? Node::Alignment::Center
                                           : a == 'r' ? Node::Alignment::Right
                                                      : Node::Alignment::Default);
                }
            } else if (kind == QLatin1String("table_row") || kind == QLatin1String("table_header")) {
                node = std::make_unique<Node>(Type::TableRow);
            } else if (kind == QLatin1String("table_cell")) {
                node = std::make_unique<Node>(Type::TableCell);
            } else if (kind == QLatin1String("strikethrough")) {
                node = std::make_unique<Node>(Type::HtmlElement, QStringLiteral("del"));
                node->category = Node::Category::Span;
                node->contentModel = Node::ContentModel::Span;
            } else {
                node = std::make_unique<Node>(Type::Temporary);
            }
            break;
        }
        place(*node, n);
        const bool tight = m_tight;
        for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
            NodePtr child = convert(c, node.get(), result);
            if (!child)
                continue;
            if (child->type == Type::Temporary) {
                for (NodePtr &grandchild : child->children)
                    node->append(std::move(grandchild));
            } else {
                node->append(std::move(child));
            }
        }
        m_tight = tight;
        if (node->type == Type::Table) {
            // Rows become a head (the first) and a body.
            auto head = std::make_unique<Node>(Type::TableHead);
            auto body = std::make_unique<Node>(Type::TableBody);
            for (std::size_t i = 0; i < node->children.size(); ++i)
                (i == 0 ? head : body)->append(std::move(node->children[i]));
            node->children.clear();
            node->append(std::move(head));
            if (!body->children.empty())
                node->append(std::move(body));
        }
        if (node->type == Type::Header) {
            QString raw;
            std::function<void(const Node &)> text = [&](const Node &x) {
                if (x.type == Type::Text || x.type == Type::CodeSpan)
                    raw += x.value;
                for (const auto &c : x.children)
                    text(*c);
            };
            text(*node);
            node->setName(raw);
        }
        return node;
    }

private:
    const MappedText &m_source;
    std::vector<qsizetype> m_charOfByte;
    std::vector<qsizetype> m_lineStartBytes;
    int m_options = 0;
    bool m_unsafe = false;
    bool m_tight = false;
    int m_footnotes = 0;
};

} // namespace

KramdownParser::Result CommonMarkParser::parse(const MappedText &source, const CommonMarkOptions &options)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    const int bits = optionBits(options.options);
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(bits));
    for (const QString &name : options.extensions) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name.toLower().toUtf8().constData()))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    const QByteArray utf8 = source.text().toUtf8();
    std::unique_ptr<cmark_node, NodeDeleter> document;
    {
        const std::lock_guard lock(parseMutex());
        cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
        document.reset(cmark_parser_finish(parser.get()));
    }
    KramdownParser::Result result;
    Converter converter(source, utf8, bits);
    result.root = converter.convert(document.get(), nullptr, result);
    const qsizetype from = source.origin(0);
    const qsizetype to = source.origin(source.size());
    result.root->clampOffsets(from, to);
    for (auto &[name, definition] : result.footnotes) {
        if (definition.content)
            definition.content->clampOffsets(from, to);
    }
    // Footnotes are numbered by their first reference.
    std::function<void(const MarkdownNode &)> mark = [&](const MarkdownNode &node) {
        if (node.type == Type::Footnote) {
            if (auto it = result.footnotes.find(node.name()); it != result.footnotes.end())
                it->second.referenced = true;
        }
        for (const auto &c : node.children)
            mark(*c);
    };
    mark(*result.root);
    return result;
}

QByteArray CommonMarkParser::renderBare(const QByteArray &utf8)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    std::unique_ptr<cmark_node, NodeDeleter> document;
    {
        const std::lock_guard lock(parseMutex());
        cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
        document.reset(cmark_parser_finish(parser.get()));
    }
    std::unique_ptr<char, CStringDeleter> html(
        cmark_render_html(document.get(), CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser.get())));
    return QByteArray(html.get());
}

QString CommonMarkParser::version()
{
    return QString::fromLatin1(cmark_version_string());
}

} // namespace geul
