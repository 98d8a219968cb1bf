// SPDX-License-Identifier: GPL-3.0-or-later
#include "mathextension.h"

#include <QString>

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <vector>

namespace geul {

namespace {

// Stands in for the backslash of `\(`, `\)`, `\[` and `\]`; see
// markBackslashDelimiters(). cmark turns NUL into U+FFFD, so a control
// byte that no text editor produces is the safest choice.
constexpr char marker = '\x02';

cmark_node_type mathBlockType = CMARK_NODE_NONE;

// A block stays open until a line ending in `$$`; that line sets this as the
// node's user data, and the next line then closes the block.
char closedTag;

// cmark's chunk, which the extension API names but does not define. Its
// layout is part of cmark-gfm's ABI (0.29 declares it in chunk.h).
struct Chunk
{
    unsigned char *data;
    int32_t len;
    int32_t alloc;
};

QByteArrayView chunkOf(cmark_inline_parser *inline_parser)
{
    const auto *chunk = reinterpret_cast<const Chunk *>(cmark_inline_parser_get_chunk(inline_parser));
    return {chunk->data, chunk->len};
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArray restoreBackslashes(QByteArray text)
{
    return text.replace(marker, '\\');
}

QByteArray escapeHtml(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 16);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray mathHtml(QByteArrayView tex, bool display)
{
    QByteArray html(display ? "<span class=\"math display\">" : "<span class=\"math inline\">");
    html += escapeHtml(restoreBackslashes(tex.toByteArray()));
    html += "</span>";
    return html;
}

// Where a `$` opened at @p open (with @p width dollars) closes, or -1.
qsizetype findDollarClose(QByteArrayView text, qsizetype open, int width)
{
    const qsizetype from = open + width;
    if (from >= text.size())
        return -1;
    // Inline math starts right after its `$`: "$ 5" is money, not math.
    if (width == 1 && isSpace(text[from]))
        return -1;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {
            ++i; // `\$` inside math is an escaped dollar
            continue;
        }
        // TeX has no use for backticks; a code span after a lone `$` wins.
        if (c == '`')
            return -1;
        if (c != '$')
            continue;
        if (width == 2) {
            if (i + 1 < text.size() && text[i + 1] == '$')
                return i > from ? i : -1;
            continue; // a single `$` may appear inside display math
        }
        // A closing `$` follows a non-space and is not followed by a digit.
        if (isSpace(text[i - 1]) || (i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9'))
            continue;
        return i > from ? i : -1;
    }
    return -1;
}

// Escaped brackets are also how posts write "\[1\]" or "\(참고\)" without
// making a link: that is text. Math has a command, an operator, a brace or
// a Latin letter, and no Hangul.
bool looksLikeTex(QByteArrayView content)
{
    const QString text = QString::fromUtf8(content);
    bool latin = false;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Hangul)
            return false;
        if (QStringView(u"\\^_={}+-<>").contains(c))
            return true;
        latin = latin || (c.isLetter() && c.unicode() < 0x80);
    }
    return latin;
}

cmark_node *htmlInline(const QByteArray &html)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(node, html.constData());
    return node;
}

cmark_node *matchInline(cmark_syntax_extension *, cmark_parser *, cmark_node *, unsigned char character,
                        cmark_inline_parser *inline_parser)
{
    // cmark asks every inline extension at the start of every run of text.
    if (character != '$' && character != marker)
        return nullptr;
    const QByteArrayView text = chunkOf(inline_parser);
    const qsizetype open = cmark_inline_parser_get_offset(inline_parser);
    if (character == '$') {
        const int width = open + 1 < text.size() && text[open + 1] == '$' ? 2 : 1;
        const qsizetype close = findDollarClose(text, open, width);
        if (close < 0)
            return nullptr;
        cmark_inline_parser_set_offset(inline_parser, int(close + width));
        return htmlInline(mathHtml(text.sliced(open + width, close - open - width), width == 2));
    }
    if (character == marker && open + 1 < text.size() && (text[open + 1] == '(' || text[open + 1] == '[')) {
        const char closing[] = {marker, text[open + 1] == '(' ? ')' : ']'};
        const qsizetype close = text.indexOf(QByteArrayView(closing, 2), open + 2);
        if (close <= open + 2 || !looksLikeTex(text.sliced(open + 2, close - open - 2)))
            return nullptr;
        cmark_inline_parser_set_offset(inline_parser, int(close + 2));
        return htmlInline(mathHtml(text.sliced(open + 2, close - open - 2), text[open + 1] == '['));
    }
    return nullptr;
}

// The length of @p input without its line ending.
int lineLength(const unsigned char *input, int len)
{
    while (len > 0 && (input[len - 1] == '\n' || input[len - 1] == '\r'))
        --len;
    return len;
}

void consumeLine(cmark_parser *parser, unsigned char *input, int len)
{
    const int end = lineLength(input, len);
    const int offset = cmark_parser_get_offset(parser);
    if (end > offset)
        cmark_parser_advance_offset(parser, reinterpret_cast<const char *>(input), end - offset, 0);
}

bool endsWithClose(QByteArrayView line)
{
    line = line.trimmed();
    return line.endsWith("$$") && !line.endsWith("\\$$");
}

cmark_node *openBlock(cmark_syntax_extension *self, int indented, cmark_parser *parser, cmark_node *parent,
                      unsigned char *input, int len)
{
    // Like kramdown, a math block does not interrupt a paragraph; there the
    // inline rule shows `$$...$$` as display math inside it.
    const cmark_node_type parentType = cmark_node_get_type(parent);
    if (indented || cmark_parser_is_blank(parser) || parentType == CMARK_NODE_PARAGRAPH || parentType == mathBlockType)
        return nullptr;
    const int start = cmark_parser_get_first_nonspace(parser);
    const int end = lineLength(input, len);
    if (end - start < 2 || input[start] != '$' || input[start + 1] != '$')
        return nullptr;
    const QByteArrayView line(input + start, end - start);
    // `$$ x $$` on one line is display math in a paragraph.
    if (line.sliced(2).contains("$$"))
        return nullptr;
    cmark_node *node = cmark_parser_add_child(parser, parent, mathBlockType, start + 1);
    cmark_node_set_syntax_extension(node, self);
    QByteArray content = line.toByteArray();
    content += '\n';
    cmark_node_set_string_content(node, content.constData());
    consumeLine(parser, input, len);
    return node;
}

int matchBlock(cmark_syntax_extension *, cmark_parser *parser, unsigned char *input, int len, cmark_node *container)
{
    if (cmark_node_get_user_data(container) == &closedTag)
        return 0;
    const int from = cmark_parser_get_offset(parser);
    const QByteArrayView line(input + from, std::max(0, lineLength(input, len) - from));
    QByteArray content = cmark_node_get_string_content(container);
    content += line;
    content += '\n';
    cmark_node_set_string_content(container, content.constData());
    if (endsWithClose(line))
        cmark_node_set_user_data(container, &closedTag);
    consumeLine(parser, input, len);
    return 1;
}

int canContain(cmark_syntax_extension *, cmark_node *, cmark_node_type)
{
    return 0;
}

int containsInlines(cmark_syntax_extension *, cmark_node *)
{
    return 0;
}

const char *typeString(cmark_syntax_extension *, cmark_node *)
{
    return "math_block";
}

// The HTML of a closed block, or of a paragraph of its text as written.
cmark_node *replacementFor(cmark_node *block)
{
    const QByteArray source = cmark_node_get_string_content(block);
    const bool closed = cmark_node_get_user_data(block) == &closedTag;
    QByteArray body;
    if (closed) {
        QByteArrayView tex = QByteArrayView(source).trimmed();
        body = escapeHtml(restoreBackslashes(tex.sliced(2, tex.size() - 4).trimmed().toByteArray()));
    } else {
        body = escapeHtml(restoreBackslashes(source.trimmed()));
    }
    // An unclosed block is the text as written, in a paragraph.
    const QByteArray html = QByteArray(closed ? "<div class=\"math display\" data-sourcepos=\"%1:%2-%3:%4\">%5</div>\n"
                                              : "<p data-sourcepos=\"%1:%2-%3:%4\">%5</p>\n")
                                .replace("%1", QByteArray::number(cmark_node_get_start_line(block)))
                                .replace("%2", QByteArray::number(cmark_node_get_start_column(block)))
                                .replace("%3", QByteArray::number(cmark_node_get_end_line(block)))
                                .replace("%4", QByteArray::number(cmark_node_get_end_column(block)))
                                .replace("%5", body);
    cmark_node *node = cmark_node_new(CMARK_NODE_HTML_BLOCK);
    cmark_node_set_literal(node, html.constData());
    return node;
}

// A marker that no math took in @p node: back to what the user wrote.
void restoreNodeMarkers(cmark_node *node)
{
    const auto fix = [node](const char *value, auto setter, bool keepBackslash) {
        if (!value || !strchr(value, marker))
            return;
        QByteArray text(value);
        if (keepBackslash)
            text.replace(marker, '\\');
        else
            text.replace(QByteArrayView(&marker, 1), QByteArrayView());
        setter(node, text.constData());
    };
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
        // In text, `\(` was an escaped parenthesis: the backslash goes.
        fix(cmark_node_get_literal(node), cmark_node_set_literal, false);
        break;
    case CMARK_NODE_CODE:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_HTML_INLINE:
        fix(cmark_node_get_literal(node), cmark_node_set_literal, true);
        break;
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
        // Link destinations and titles take backslash escapes too.
        fix(cmark_node_get_url(node), cmark_node_set_url, false);
        fix(cmark_node_get_title(node), cmark_node_set_title, false);
        break;
    default:
        break;
    }
}

cmark_node *postprocess(cmark_syntax_extension *, cmark_parser *, cmark_node *root)
{
    std::vector<cmark_node *> blocks;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        if (cmark_node_get_type(node) == mathBlockType)
            blocks.push_back(node);
    }
    cmark_iter_free(iter);
    for (cmark_node *block : blocks) {
        cmark_node_insert_before(block, replacementFor(block));
        cmark_node_free(block);
    }
    return nullptr;
}

} // namespace

cmark_syntax_extension *MathExtension::extension()
{
    static cmark_syntax_extension *ext = [] {
        mathBlockType = cmark_syntax_extension_add_node(0);
        cmark_syntax_extension *e = cmark_syntax_extension_new("geul-math");
        cmark_syntax_extension_set_match_inline_func(e, matchInline);
        cmark_syntax_extension_set_open_block_func(e, openBlock);
        cmark_syntax_extension_set_match_block_func(e, matchBlock);
        cmark_syntax_extension_set_can_contain_func(e, canContain);
        cmark_syntax_extension_set_contains_inlines_func(e, containsInlines);
        cmark_syntax_extension_set_get_type_string_func(e, typeString);
        cmark_syntax_extension_set_postprocess_func(e, postprocess);
        cmark_mem *mem = cmark_get_default_mem_allocator();
        cmark_llist *special = nullptr;
        special = cmark_llist_append(mem, special, reinterpret_cast<void *>(uintptr_t('$')));
        special = cmark_llist_append(mem, special, reinterpret_cast<void *>(uintptr_t(marker)));
        cmark_syntax_extension_set_special_inline_chars(e, special);
        return e;
    }();
    return ext;
}

bool MathExtension::markBackslashDelimiters(QByteArray &utf8)
{
    if (utf8.contains(marker))
        return false;
    bool marked = false;
    int destination = 0; // depth of parentheses inside a link's `](...)`
    for (qsizetype i = 0; i + 1 < utf8.size(); ++i) {
        const char c = utf8[i];
        if (destination > 0) {
            // A link destination takes backslash escapes of its own.
            if (c == '\\')
                ++i;
            else if (c == '(')
                ++destination;
            else if (c == ')' || c == '\n')
                destination = c == ')' ? destination - 1 : 0;
            continue;
        }
        if (c == ']' && utf8[i + 1] == '(') {
            destination = 1;
            ++i;
            continue;
        }
        if (c != '\\')
            continue;
        const char next = utf8[i + 1];
        if (next == '(' || next == ')' || next == '[' || next == ']') {
            utf8[i] = marker;
            marked = true;
        }
        ++i; // the escaped character, a backslash included, is done
    }
    return marked;
}

void MathExtension::escapeUnclosedBlocks(QByteArray &utf8)
{
    if (!utf8.contains("$$"))
        return;
    char fence = 0;
    bool inBlock = false; // between an opening `$$` line and its closer
    for (qsizetype pos = 0; pos < utf8.size();) {
        qsizetype end = utf8.indexOf('\n', pos);
        if (end < 0)
            end = utf8.size();
        qsizetype start = pos;
        while (start < end && start - pos < 3 && utf8[start] == ' ')
            ++start;
        const QByteArrayView line(utf8.constData() + start, end - start);
        if (inBlock) {
            inBlock = !endsWithClose(line);
        } else if (line.startsWith("```") || line.startsWith("~~~")) {
            if (!fence)
                fence = line.front();
            else if (line.front() == fence)
                fence = 0;
        } else if (!fence && line.startsWith("$$") && !line.sliced(2).contains("$$")) {
            if (utf8.indexOf("$$", end) < 0) {
                utf8.replace(start, 2, "\\$\\$");
                end += 2;
            } else {
                inBlock = true;
            }
        }
        pos = end + 1;
    }
}

void MathExtension::restoreMarkers(cmark_node *document)
{
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev == CMARK_EVENT_ENTER)
            restoreNodeMarkers(cmark_iter_get_node(iter));
    }
    cmark_iter_free(iter);
}

} // namespace geul
