// SPDX-License-Identifier: GPL-3.0-or-later
// kramdown's reading of Markdown, as Jekyll runs it (input GFM), written for
// Geul from kramdown's documented syntax and checked against kramdown by
// the tests. Comments name kramdown's rules where a reader would otherwise
// "fix" a behaviour that is the blog's.
//
// Text is scanned as UTF-16 with hand-written matchers: Ruby's regular
// expressions, which kramdown is made of, differ from PCRE in ways that
// matter here (`\s` and `\w` are ASCII, `[[:alpha:]]` is Unicode, `^` is a
// line start), and a post is read on every keystroke.
#include "kramdownparser.h"

#include "htmlentities.h"

#include <QRegularExpression>
#include <QSet>

#include <array>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace geul {

namespace {

using Node = MarkdownNode;
using Type = MarkdownNode::Type;
using NodePtr = std::unique_ptr<MarkdownNode>;

// --- characters, as Ruby's regular expressions see them -------------------

// `\s`: ASCII white space only (a full-width space is not).
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\v' || u == '\f' || u == '\r';
}
// `\w`: ASCII letters, digits and `_`.
bool isAsciiWord(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}
bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}
bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}
// `[[:alpha:]]`: any letter (Hangul too).
bool isAlpha(QChar c)
{
    return c.isLetter() || c.category() == QChar::Number_Letter || c.category() == QChar::Mark_SpacingCombining;
}
// `[[:alnum:]]`
bool isAlnum(QChar c)
{
    return isAlpha(c) || c.category() == QChar::Number_DecimalDigit;
}
// `\p{Word}`, and the word characters of `\b`.
bool isWord(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Punctuation_Connector;
}

// A tag or attribute name (REXML's UNAME): a letter or `_`, then letters,
// digits, `-`, `.`, `_`, with one optional `prefix:`. Returns its end, or
// @p from when there is none.
qsizetype scanName(QStringView s, qsizetype from)
{
    const auto part = [&s](qsizetype at) {
        if (at >= s.size() || !(isAlpha(s[at]) || s[at] == u'_'))
            return at;
        ++at;
        while (at < s.size() && (isAlnum(s[at]) || s[at] == u'-' || s[at] == u'.' || s[at] == u'_'))
            ++at;
        return at;
    };
    const qsizetype first = part(from);
    if (first == from)
        return from;
    if (first < s.size() && s[first] == u':') {
        const qsizetype second = part(first + 1);
        if (second > first + 1)
            return second;
    }
    return first;
}

// `\w[\w-]*` (kramdown's ALD_ID_NAME).
qsizetype scanIdName(QStringView s, qsizetype from)
{
    if (from >= s.size() || !isAsciiWord(s[from]))
        return from;
    qsizetype at = from + 1;
    while (at < s.size() && (isAsciiWord(s[at]) || s[at] == u'-'))
        ++at;
    return at;
}

// Ruby's String#strip and #rstrip: white space and NUL.
bool isStripped(QChar c)
{
    return isSpace(c) || c.unicode() == 0;
}
QString rstrip(QStringView s)
{
    qsizetype end = s.size();
    while (end > 0 && isStripped(s[end - 1]))
        --end;
    return s.first(end).toString();
}
QStringView stripped(QStringView s)
{
    qsizetype start = 0;
    qsizetype end = s.size();
    while (end > 0 && isStripped(s[end - 1]))
        --end;
    while (start < end && isStripped(s[start]))
        ++start;
    return s.sliced(start, end - start);
}
QString strip(QStringView s)
{
    return stripped(s).toString();
}

const QSet<QString> &htmlSpanElements()
{
    static const QSet<QString> names{
        QStringLiteral("a"),     QStringLiteral("abbr"),   QStringLiteral("acronym"), QStringLiteral("b"),
        QStringLiteral("big"),   QStringLiteral("bdo"),    QStringLiteral("br"),      QStringLiteral("button"),
        QStringLiteral("cite"),  QStringLiteral("code"),   QStringLiteral("del"),     QStringLiteral("dfn"),
        QStringLiteral("em"),    QStringLiteral("i"),      QStringLiteral("img"),     QStringLiteral("input"),
        QStringLiteral("ins"),   QStringLiteral("kbd"),    QStringLiteral("label"),   QStringLiteral("mark"),
        QStringLiteral("option"), QStringLiteral("q"),     QStringLiteral("rb"),      QStringLiteral("rbc"),
        QStringLiteral("rp"),    QStringLiteral("rt"),     QStringLiteral("rtc"),     QStringLiteral("ruby"),
        QStringLiteral("samp"),  QStringLiteral("select"), QStringLiteral("small"),   QStringLiteral("span"),
        QStringLiteral("strong"), QStringLiteral("sub"),   QStringLiteral("sup"),     QStringLiteral("time"),
        QStringLiteral("tt"),    QStringLiteral("u"),      QStringLiteral("var")};
    return names;
}
const QSet<QString> &htmlBlockElements()
{
    static const QSet<QString> names{
        QStringLiteral("address"), QStringLiteral("article"), QStringLiteral("aside"),    QStringLiteral("applet"),
        QStringLiteral("body"),    QStringLiteral("blockquote"), QStringLiteral("caption"), QStringLiteral("col"),
        QStringLiteral("colgroup"), QStringLiteral("dd"),     QStringLiteral("div"),      QStringLiteral("dl"),
        QStringLiteral("dt"),      QStringLiteral("fieldset"), QStringLiteral("figcaption"), QStringLiteral("footer"),
        QStringLiteral("form"),    QStringLiteral("h1"),      QStringLiteral("h2"),       QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),      QStringLiteral("h6"),       QStringLiteral("header"),
        QStringLiteral("hgroup"),  QStringLiteral("hr"),      QStringLiteral("html"),     QStringLiteral("head"),
        QStringLiteral("iframe"),  QStringLiteral("legend"),  QStringLiteral("menu"),     QStringLiteral("li"),
        QStringLiteral("main"),    QStringLiteral("map"),     QStringLiteral("nav"),      QStringLiteral("ol"),
        QStringLiteral("optgroup"), QStringLiteral("p"),      QStringLiteral("pre"),      QStringLiteral("section"),
        QStringLiteral("summary"), QStringLiteral("table"),   QStringLiteral("tbody"),    QStringLiteral("td"),
        QStringLiteral("th"),      QStringLiteral("thead"),   QStringLiteral("tfoot"),    QStringLiteral("tr"),
        QStringLiteral("ul")};
    return names;
}
const QSet<QString> &htmlElementsWithoutBody()
{
    static const QSet<QString> names{
        QStringLiteral("area"),  QStringLiteral("base"),   QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("command"), QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),
        QStringLiteral("input"), QStringLiteral("keygen"), QStringLiteral("link"),  QStringLiteral("meta"),
        QStringLiteral("param"), QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("wbr")};
    return names;
}

Node::ContentModel contentModelOf(const QString &name)
{
    static const QSet<QString> block{
        QStringLiteral("address"), QStringLiteral("applet"),  QStringLiteral("article"),  QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("body"), QStringLiteral("dd"),       QStringLiteral("details"),
        QStringLiteral("div"),     QStringLiteral("dl"),      QStringLiteral("fieldset"), QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("footer"), QStringLiteral("form"),   QStringLiteral("header"),
        QStringLiteral("hgroup"),  QStringLiteral("iframe"),  QStringLiteral("li"),       QStringLiteral("main"),
        QStringLiteral("map"),     QStringLiteral("menu"),    QStringLiteral("nav"),      QStringLiteral("noscript"),
        QStringLiteral("object"),  QStringLiteral("section"), QStringLiteral("summary"),  QStringLiteral("td")};
    static const QSet<QString> span{
        QStringLiteral("a"),       QStringLiteral("abbr"),    QStringLiteral("acronym"),  QStringLiteral("b"),
        QStringLiteral("bdo"),     QStringLiteral("big"),     QStringLiteral("button"),   QStringLiteral("cite"),
        QStringLiteral("caption"), QStringLiteral("del"),     QStringLiteral("dfn"),      QStringLiteral("dt"),
        QStringLiteral("em"),      QStringLiteral("h1"),      QStringLiteral("h2"),       QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),      QStringLiteral("h6"),       QStringLiteral("i"),
        QStringLiteral("ins"),     QStringLiteral("label"),   QStringLiteral("legend"),   QStringLiteral("optgroup"),
        QStringLiteral("p"),       QStringLiteral("q"),       QStringLiteral("rb"),       QStringLiteral("rbc"),
        QStringLiteral("rp"),      QStringLiteral("rt"),      QStringLiteral("rtc"),      QStringLiteral("ruby"),
        QStringLiteral("select"),  QStringLiteral("small"),   QStringLiteral("span"),     QStringLiteral("strong"),
        QStringLiteral("sub"),     QStringLiteral("sup"),     QStringLiteral("th"),       QStringLiteral("tt")};
    if (block.contains(name))
        return Node::ContentModel::Block;
    if (span.contains(name))
        return Node::ContentModel::Span;
    return Node::ContentModel::Raw;
}

// Whether kramdown knows @p name as an HTML element (then it compares and
// writes it in lower case).
bool isKnownElement(const QString &lower)
{
    static const QSet<QString> others{QStringLiteral("details"), QStringLiteral("figure"),
                                      QStringLiteral("noscript"), QStringLiteral("object"),
                                      QStringLiteral("script"), QStringLiteral("style"),
                                      QStringLiteral("math"), QStringLiteral("textarea")};
    return htmlSpanElements().contains(lower) || htmlBlockElements().contains(lower)
           || htmlElementsWithoutBody().contains(lower) || others.contains(lower);
}

// --- attribute lists ---------------------------------------------------------

// kramdown's `{: .class #id key="value" reference}`: adds what @p body says to
// @p list. Returns false when nothing in it could be read.
bool parseAttributeList(QStringView body, AttributeList &list)
{
    const QString trimmed = strip(body);
    if (trimmed.isEmpty() || trimmed == u":")
        return true;
    bool any = false;
    const qsizetype n = body.size();
    qsizetype p = 0;
    while (p < n) {
        // A token starts at the beginning or right after a white space.
        qsizetype t;
        if (p == 0 && !isSpace(body[0]))
            t = 0;
        else if (isSpace(body[p]))
            t = p + 1;
        else {
            ++p;
            continue;
        }
        const auto endsToken = [&](qsizetype at) {
            return at >= n || isSpace(body[at]) || (at == n - 1 && body[at] == u'\n');
        };
        // key="value" or key='value'
        const qsizetype nameEnd = scanIdName(body, t);
        if (nameEnd > t && nameEnd + 1 < n && body[nameEnd] == u'='
            && (body[nameEnd + 1] == u'"' || body[nameEnd + 1] == u'\'')) {
            const QChar quote = body[nameEnd + 1];
            qsizetype v = nameEnd + 2;
            qsizetype close = -1;
            while (v < n) {
                const QChar c = body[v];
                if (c == u'\\' && v + 1 < n && (body[v + 1] == u'}' || body[v + 1] == quote)) {
                    v += 2;
                    continue;
                }
                if (c == u'}' || c.unicode() == 2)
                    break;
                if (c == quote && endsToken(v + 1)) {
                    close = v;
                    break;
                }
                ++v;
            }
            if (close >= 0) {
                QString value = body.sliced(nameEnd + 2, close - nameEnd - 2).toString();
                // `\}` and the escaped quote stand for themselves.
                QString unescaped;
                for (qsizetype i = 0; i < value.size(); ++i) {
                    if (value[i] == u'\\' && i + 1 < value.size() && (value[i + 1] == u'}' || value[i + 1] == quote))
                        ++i;
                    unescaped += value[i];
                }
                list.attributes.set(body.sliced(t, nameEnd - t).toString(), unescaped);
                any = true;
                p = close + 1;
                continue;
            }
        }
        // a reference to an attribute list definition
        if (nameEnd > t && endsToken(nameEnd)) {
            list.references.append(body.sliced(t, nameEnd - t).toString());
            any = true;
            p = nameEnd;
            continue;
        }
        // .class and #id, any number run together
        qsizetype q = t;
        QStringList classes;
        QString id;
        bool idSet = false;
        while (q < n && (body[q] == u'.' || body[q] == u'#')) {
            if (body[q] == u'#') {
                if (q + 1 >= n || !isAsciiLetter(body[q + 1]))
                    break;
                qsizetype e = q + 2;
                while (e < n && (isAsciiWord(body[e]) || body[e] == u':' || body[e] == u'-'))
                    ++e;
                id = body.sliced(q + 1, e - q - 1).toString();
                idSet = true;
                q = e;
            } else {
                qsizetype e = q + 1;
                while (e < n && !isSpace(body[e]) && body[e] != u'.' && body[e] != u'#')
                    ++e;
                if (e == q + 1)
                    break;
                classes.append(body.sliced(q + 1, e - q - 1).toString());
                q = e;
            }
        }
        if (q > t && endsToken(q)) {
            // In the order written: classes add up, the last id wins.
            qsizetype r = t;
            while (r < q) {
                if (body[r] == u'#') {
                    qsizetype e = r + 2;
                    while (e < q && (isAsciiWord(body[e]) || body[e] == u':' || body[e] == u'-'))
                        ++e;
                    list.attributes.set(QStringLiteral("id"), body.sliced(r + 1, e - r - 1).toString());
                    r = e;
                } else {
                    qsizetype e = r + 1;
                    while (e < q && body[e] != u'.' && body[e] != u'#')
                        ++e;
                    list.attributes.addClasses(body.sliced(r + 1, e - r - 1).toString());
                    r = e;
                }
            }
            Q_UNUSED(classes);
            Q_UNUSED(id);
            Q_UNUSED(idSet);
            any = true;
            p = q;
            continue;
        }
        p = t > p ? t : p + 1;
    }
    return any;
}

// Adds @p from to @p into: classes add up, the rest is set (kramdown's
// update_ial_with_ial).
void mergeAttributeList(AttributeList &into, const AttributeList &from)
{
    into.references.append(from.references);
    for (const auto &[name, value] : from.attributes.items()) {
        if (name == u"class")
            into.attributes.addClasses(value);
        else
            into.attributes.set(name, value);
    }
}

// --- HTML tags ------------------------------------------------------------------

struct HtmlAttribute
{
    QString name;
    QString value;
    qsizetype valueStart; // in the scanned text; -1 when there is no value
    qsizetype valueEnd;
};

struct HtmlTag
{
    qsizetype end = -1; ///< after `>`; -1 when there is no tag
    QString name;
    QList<HtmlAttribute> attributes;
    bool selfClosing = false;
};

// @p name as a QString: for the names posts use most, a shared constant
// (no memory of its own to make and free: a post of 1 MB names tags and
// attributes tens of thousands of times), else a copy.
QString htmlName(QStringView name)
{
    constexpr qsizetype longest = 10;
    // Never destroyed: a parse may still run on a worker while statics go.
    static const auto *const byLength = [] {
        const QString common[] = {
        QStringLiteral("a"),      QStringLiteral("b"),       QStringLiteral("i"),        QStringLiteral("p"),
        QStringLiteral("u"),      QStringLiteral("s"),       QStringLiteral("br"),       QStringLiteral("em"),
        QStringLiteral("hr"),     QStringLiteral("li"),      QStringLiteral("ol"),       QStringLiteral("ul"),
        QStringLiteral("td"),     QStringLiteral("th"),      QStringLiteral("tr"),       QStringLiteral("h1"),
        QStringLiteral("h2"),     QStringLiteral("h3"),      QStringLiteral("h4"),       QStringLiteral("h5"),
        QStringLiteral("h6"),     QStringLiteral("id"),
        QStringLiteral("img"),    QStringLiteral("div"),     QStringLiteral("del"),      QStringLiteral("kbd"),
        QStringLiteral("pre"),    QStringLiteral("sub"),     QStringLiteral("sup"),      QStringLiteral("src"),
        QStringLiteral("alt"),    QStringLiteral("rel"),     QStringLiteral("span"),     QStringLiteral("code"),
        QStringLiteral("mark"),   QStringLiteral("font"),    QStringLiteral("href"),     QStringLiteral("type"),
        QStringLiteral("name"),   QStringLiteral("size"),    QStringLiteral("lang"),     QStringLiteral("table"),
        QStringLiteral("tbody"),  QStringLiteral("thead"),   QStringLiteral("video"),    QStringLiteral("small"),
        QStringLiteral("style"),  QStringLiteral("class"),   QStringLiteral("title"),    QStringLiteral("width"),
        QStringLiteral("align"),  QStringLiteral("color"),   QStringLiteral("strong"),   QStringLiteral("figure"),
        QStringLiteral("iframe"), QStringLiteral("source"),  QStringLiteral("script"),   QStringLiteral("center"),
        QStringLiteral("height"), QStringLiteral("target"),  QStringLiteral("border"),   QStringLiteral("details"),
        QStringLiteral("summary"), QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("loading"),
        QStringLiteral("markdown"), QStringLiteral("controls"), QStringLiteral("blockquote"),
        QStringLiteral("figcaption"),
        };
        auto *table = new std::array<std::vector<QString>, longest + 1>;
        for (const QString &known : common)
            (*table)[known.size()].push_back(known);
        return table;
    }();
    if (name.size() <= longest) {
        for (const QString &known : (*byLength)[name.size()]) {
            if (known == name)
                return known;
        }
    }
    return name.toString();
}

// A start tag at @p at (kramdown's HTML_TAG_RE): `<name`, attributes each
// after white space with an unquoted value of word characters or a quoted
// one (which may span lines), then `/>` or `>`. `<img src=a.png>` is no
// tag to kramdown: an unquoted value stops at the `.`.
HtmlTag scanStartTag(QStringView s, qsizetype at)
{
    HtmlTag tag;
    if (at >= s.size() || s[at] != u'<')
        return tag;
    const qsizetype nameEnd = scanName(s, at + 1);
    if (nameEnd == at + 1)
        return tag;
    tag.name = htmlName(s.sliced(at + 1, nameEnd - at - 1));
    qsizetype p = nameEnd;
    while (true) {
        qsizetype q = p;
        while (q < s.size() && isSpace(s[q]))
            ++q;
        if (q == p)
            break;
        const qsizetype attrEnd = scanName(s, q);
        if (attrEnd == q)
            break;
        HtmlAttribute attribute{htmlName(s.sliced(q, attrEnd - q)), QString(), -1, -1};
        p = attrEnd;
        // `\s*=\s*` then a value; without one the attribute stands alone.
        qsizetype r = attrEnd;
        while (r < s.size() && isSpace(s[r]))
            ++r;
        if (r < s.size() && s[r] == u'=') {
            ++r;
            while (r < s.size() && isSpace(s[r]))
                ++r;
            if (r < s.size() && (s[r] == u'"' || s[r] == u'\'')) {
                const qsizetype close = s.indexOf(s[r], r + 1);
                if (close >= 0) {
                    attribute.value = s.sliced(r + 1, close - r - 1).toString();
                    attribute.valueStart = r + 1;
                    attribute.valueEnd = close;
                    p = close + 1;
                }
            } else if (r < s.size() && isWord(s[r])) {
                qsizetype e = r;
                while (e < s.size() && isWord(s[e]))
                    ++e;
                attribute.value = s.sliced(r, e - r).toString();
                attribute.valueStart = r;
                attribute.valueEnd = e;
                p = e;
            }
        }
        tag.attributes.append(attribute);
    }
    while (p < s.size() && isSpace(s[p]))
        ++p;
    if (p < s.size() && s[p] == u'/') {
        tag.selfClosing = true;
        ++p;
    }
    if (p >= s.size() || s[p] != u'>')
        return {};
    tag.end = p + 1;
    return tag;
}

// An end tag at @p at: `</name\s*>`. Returns its end, or -1; sets @p name.
qsizetype scanEndTag(QStringView s, qsizetype at, QString *name)
{
    if (at + 1 >= s.size() || s[at] != u'<' || s[at + 1] != u'/')
        return -1;
    const qsizetype nameEnd = scanName(s, at + 2);
    if (nameEnd == at + 2)
        return -1;
    qsizetype p = nameEnd;
    while (p < s.size() && isSpace(s[p]))
        ++p;
    if (p >= s.size() || s[p] != u'>')
        return -1;
    if (name)
        *name = htmlName(s.sliced(at + 2, nameEnd - at - 2));
    return p + 1;
}

// `<!--...-->` at @p at: its end, or -1.
qsizetype scanComment(QStringView s, qsizetype at)
{
    if (!s.sliced(at).startsWith(u"<!--"))
        return -1;
    const qsizetype close = s.indexOf(u"-->", at + 4);
    return close < 0 ? -1 : close + 3;
}

// --- the parser ---------------------------------------------------------------

enum SpanParser : unsigned {
    Emphasis = 1u << 0,
    Codespan = 1u << 1,
    Autolink = 1u << 2,
    SpanHtml = 1u << 3,
    FootnoteMarker = 1u << 4,
    Link = 1u << 5,
    SmartQuotes = 1u << 6,
    InlineMath = 1u << 7,
    SpanExtensions = 1u << 8,
    HtmlEntity = 1u << 9,
    TypographicSyms = 1u << 10,
    LineBreak = 1u << 11,
    EscapedChars = 1u << 12,
    Strikethrough = 1u << 13,
};
constexpr unsigned allSpanParsers = (1u << 14) - 1;

// A stop condition of a span parse (kramdown's stop_re and its block).
struct Stop
{
    /// The length of the stop's match at @p pos, or -1.
    std::function<qsizetype(qsizetype pos)> match;
    /// Whether a match at @p pos really stops (kramdown's block); none: yes.
    std::function<bool(qsizetype pos)> accept;
};

class Parser
{
public:
    explicit Parser(const KramdownOptions &options) : m_options(options)
    {
        m_enabledSpans = allSpanParsers;
        // kramdown-parser-gfm always strips a heading's markup for its id.
        if (m_options.gfm)
            m_options.autoIdStripping = true;
        if (!m_options.gfm)
            m_enabledSpans &= ~Strikethrough;
        if (m_options.gfm && m_options.hardWrap)
            m_enabledSpans &= ~LineBreak;
        if (m_options.gfm && m_options.noAutoTypographic)
            m_enabledSpans &= ~TypographicSyms;
    }

    /// With the link definitions and abbreviations of the whole body, for a part of it.
    /// @p bounds: the offsets of the whole body, for a part of it.
    KramdownParser::Result run(const MappedText &source, const QHash<QString, LinkDefinition> &links,
                               const QHash<QString, QString> &abbreviations,
                               const QHash<QString, AttributeList> &alds,
                               std::optional<std::pair<qsizetype, qsizetype>> bounds);
    NodeList runHtml(const MappedText &html)
    {
        Node root(Type::Root);
        m_src = &html;
        m_pos = 0;
        m_tree = &root;
        while (!eos())
            parseRawHtml(&root);
        return std::move(root.children);
    }

private:
    // The scanner: a text and a position in it.
    const MappedText *m_src = nullptr;
    qsizetype m_pos = 0;
    QStringView text() const { return m_src->text(); }
    QStringView view() const { return m_src->text(); }
    QChar at(qsizetype i) const { return m_src->peek(i); }
    qsizetype size() const { return m_src->size(); }
    bool eos() const { return m_pos >= size(); }
    // Ruby's `^`: a line's start, and, as kramdown's scanner has no fixed
    // anchor, also wherever the scan stands (after a comment, say).
    bool atLineStart(qsizetype p) const { return p == 0 || p == m_pos || (p <= size() && text()[p - 1] == u'\n'); }
    qsizetype lineEnd(qsizetype p) const
    {
        const qsizetype e = text().indexOf(u'\n', p);
        return e < 0 ? size() : e;
    }
    // After the line at @p p and its '\n'; -1 when the line has no '\n'.
    qsizetype nextLine(qsizetype p) const
    {
        const qsizetype e = text().indexOf(u'\n', p);
        return e < 0 ? -1 : e + 1;
    }
    qsizetype origin(qsizetype p) const { return m_src->origin(p); }
    qsizetype skipSpaces(qsizetype p, int most) const
    {
        int n = 0;
        while (n < most && at(p) == u' ') {
            ++p;
            ++n;
        }
        return p;
    }

    NodePtr newNode(Type type, qsizetype from, qsizetype to, QString value = {}) const
    {
        auto node = std::make_unique<Node>(type, std::move(value));
        node->start = origin(from);
        node->end = to > from ? origin(to - 1) + 1 : node->start;
        return node;
    }
    // kramdown's new_block_el: a pending block attribute list goes to it.
    NodePtr newBlock(Type type, qsizetype from, qsizetype to, QString value = {})
    {
        NodePtr node = newNode(type, from, to, std::move(value));
        if (m_blockIal) {
            node->editDetails().attributeList = std::move(m_blockIal);
            m_blockIal.reset();
        }
        return node;
    }
    void warn(ParseWarning::Kind kind, qsizetype p, const QString &subject = {})
    {
        m_warnings.append({kind, origin(std::min(p, std::max<qsizetype>(size() - 1, 0))), subject});
    }
    void warnAtOrigin(ParseWarning::Kind kind, qsizetype offset, const QString &subject = {})
    {
        m_warnings.append({kind, offset, subject});
    }

    // Text: merged into the last child when that is text of the same type.
    void addText(const MappedText &src, qsizetype from, qsizetype to, Node *tree = nullptr,
                 std::optional<Type> type = std::nullopt);
    void addText(qsizetype from, qsizetype to) { addText(*m_src, from, to); }
    void addPlainText(const QString &s, qsizetype anchor, Node *tree = nullptr);

    // --- blocks
    bool parseBlocks(Node *el, const MappedText *text);
    bool tryBlockParser(int which);
    bool blankLineAt(qsizetype p, qsizetype *end = nullptr) const;
    bool ialBlockAt(qsizetype p, qsizetype *end = nullptr, qsizetype *bodyStart = nullptr,
                    qsizetype *bodyEnd = nullptr) const;
    bool eobMarkerAt(qsizetype p, qsizetype *end = nullptr) const;
    bool lazyEndHtmlAt(qsizetype p) const;
    bool lazyEndAt(qsizetype p) const;
    bool blockBoundaryAt(qsizetype p) const;
    bool listStartAt(qsizetype p, bool ordered, int maxSpaces, qsizetype *markerEnd = nullptr) const;
    bool anyListStartAt(qsizetype p) const { return listStartAt(p, false, 3) || listStartAt(p, true, 3); }
    bool atxHeaderAt(qsizetype p) const;
    bool fenceStartAt(qsizetype p) const;
    bool blockquoteStartAt(qsizetype p) const;
    bool definitionListStartAt(qsizetype p) const;
    bool horizontalRuleAt(qsizetype p, qsizetype *end = nullptr) const;
    bool paragraphEndAt(qsizetype p) const;
    bool afterBlockBoundary() const;
    qsizetype codeblockMatch(qsizetype p) const;

    bool parseBlankLine();
    bool parseCodeblock();
    bool parseCodeblockFenced();
    bool parseBlockquote();
    bool parseAtxHeader();
    bool parseHorizontalRule();
    bool parseList();
    bool parseDefinitionList();
    bool parseBlockHtml();
    bool parseSetextHeader();
    bool parseBlockMath();
    bool parseTable();
    bool parseFootnoteDefinition();
    bool parseLinkDefinition();
    bool parseAbbrevDefinition();
    bool parseBlockExtensions();
    bool parseEobMarker();
    bool parseParagraph();

    void addHeader(int level, qsizetype lineStart, qsizetype lineEnd, qsizetype textStart, QString text, QString id);
    bool parseExtensionStartTag(bool block);
    bool handleExtension(const QString &name, const AttributeList &options, const MappedText *body, qsizetype bodyFrom,
                         qsizetype bodyTo, bool block, qsizetype from, qsizetype to);
    void addTaskList(Node *list);

    // --- HTML
    void handleHtmlStartTag(const HtmlTag &tag, qsizetype tagStart, bool blockCategory);
    void handleKramdownHtmlTag(Node *el, bool closed, bool handleBody);
    void handleRawHtmlTag(Node *el);
    void parseRawHtml(Node *el);
    Node *attributeNode(const HtmlTag &tag, qsizetype tagStart, bool downcaseNames, bool spanValues);

    // --- spans
    bool parseSpans(Node *el, const Stop *stop, unsigned parsers, Type textType);
    /// The spans of @p text alone, into @p el, the parser's place kept
    /// (kramdown parses every piece of raw text afresh).
    void parseSpansOf(const MappedText &text, Node *el, unsigned parsers, Type textType);
    bool spanStartAt(qsizetype p, unsigned parsers) const;
    bool trySpanParsers(unsigned parsers);
    void parseEmphasis();
    void parseCodespan();
    bool autolinkAt(qsizetype p, qsizetype *end) const;
    void parseAutolink();
    bool spanHtmlStartAt(qsizetype p) const;
    void parseSpanHtml();
    bool footnoteMarkerAt(qsizetype p, qsizetype *end) const;
    void parseFootnoteMarker();
    bool linkStartAt(qsizetype p) const;
    void parseLink();
    void parseSmartQuotes();
    bool inlineMathAt(qsizetype p, qsizetype *close) const;
    void parseInlineMath();
    void parseSpanExtensions();
    bool htmlEntityAt(qsizetype p, qsizetype *end) const;
    void parseHtmlEntity();
    bool typographicAt(qsizetype p, qsizetype *len, int *which) const;
    void parseTypographicSyms();
    bool lineBreakAt(qsizetype p) const;
    void parseLineBreak();
    bool escapedCharAt(qsizetype p, bool gfm) const;
    void parseEscapedChars();
    bool strikethroughAt(qsizetype p, qsizetype *end) const;
    void parseStrikethrough();
    void addLink(NodePtr el, const QString &href, const std::optional<QString> &title, const QString &alt,
                 const std::optional<AttributeList> &ial, qsizetype urlFrom, qsizetype urlTo,
                 const MappedText *urlSource);

    // --- after the blocks
    void updateTree(Node *element);
    void updateAttributes(Attributes &attributes, const AttributeList &list, int depth = 0);
    void updateRawText(Node *header);
    void replaceAbbreviations(Node *element);
    void updateGfmElements(Node *element);

    KramdownOptions m_options; // a post may change some ({::options})
    unsigned m_enabledSpans = 0;

    // kramdown's parser state.
    Node *m_tree = nullptr;
    std::optional<AttributeList> m_blockIal;
    Type m_textType = Type::RawText;
    bool m_stopBlockParsing = false;
    /// Ancestors of the element being filled by a span parse (kramdown's @stack).
    std::vector<Node *> m_spanStack;
    NodePtr m_root;
    std::map<QString, FootnoteDefinition> m_footnotes;
    QHash<QString, LinkDefinition> m_linkDefinitions;
    /// The end of each link definition read here, which an attribute list
    /// after it may give attributes for its links.
    QHash<QString, Node *> m_linkDefinitionEnds;
    QHash<QString, AttributeList> m_alds;
    QHash<QString, QString> m_abbreviations;
    QHash<QString, Node *> m_abbreviationEobs;
    QList<ParseWarning> m_warnings;
    /// Texts that blocks are parsed from, alive for the whole parse.
    std::vector<std::unique_ptr<MappedText>> m_sources;
    const MappedText *keep(MappedText text)
    {
        m_sources.push_back(std::make_unique<MappedText>(std::move(text)));
        return m_sources.back().get();
    }
    /// The text of each RawText node (not yet parsed for spans), with where
    /// each character came from.
    std::unordered_map<const Node *, MappedText> m_raw;
    /// Elements taken out of the tree that definitions still point to.
    std::vector<NodePtr> m_removed;
    QHash<QString, int> m_idCounter;
    bool m_optionsSet = false; ///< the post set options of its own
    /// Where escaped characters (`\_`) stood, by the text node holding
    /// them; math damage is told by them.
    bool smartQuoteAt(qsizetype p) const;
    bool extensionTagAt(qsizetype p) const;
};

// --- text ----------------------------------------------------------------------

void Parser::addText(const MappedText &src, qsizetype from, qsizetype to, Node *tree, std::optional<Type> type)
{
    tree = tree ? tree : m_tree;
    const Type t = type.value_or(m_textType);
    if (to <= from)
        return;
    Node *last = tree->lastChild();
    if (last && last->type == t) {
        if (t == Type::RawText)
            m_raw[last].append(src, from, to);
        else
            last->value += QStringView(src.text()).sliced(from, to - from);
        last->end = src.origin(to - 1) + 1;
        return;
    }
    auto node = std::make_unique<Node>(t);
    node->start = src.origin(from);
    node->end = src.origin(to - 1) + 1;
    if (t == Type::RawText)
        m_raw[node.get()] = src.mid(from, to);
    else
        node->value = QStringView(src.text()).sliced(from, to - from).toString();
    tree->append(std::move(node));
}

void Parser::addPlainText(const QString &s, qsizetype anchor, Node *tree)
{
    MappedText synthetic;
    synthetic.appendSynthetic(s, anchor);
    addText(synthetic, 0, synthetic.size(), tree);
}

// --- block starts ----------------------------------------------------------------

// kramdown's BLANK_LINE: one or more lines of white space only.
bool Parser::blankLineAt(qsizetype p, qsizetype *end) const
{
    qsizetype q = p;
    bool any = false;
    while (q < size()) {
        qsizetype r = q;
        while (r < size() && isSpace(text()[r]) && text()[r] != u'\n')
            ++r;
        if (r < size() && text()[r] == u'\n') {
            q = r + 1;
            any = true;
        } else {
            break;
        }
    }
    if (any && end)
        *end = q;
    return any;
}

// The end of an attribute list's body that starts at @p from (kramdown's
// ALD_ANY_CHARS+ before `}`), given what must follow the brace; -1 if none.
// The body ends at the first `}` that no backslash escapes, or, when what
// follows does not fit there, at an escaped one before it.
static qsizetype attributeListEnd(QStringView s, qsizetype from, const std::function<bool(qsizetype)> &followsOk)
{
    QList<qsizetype> escaped;
    qsizetype i = from;
    for (; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size() && s[i + 1] == u'}') {
            escaped.append(i + 1);
            ++i;
            continue;
        }
        if (s[i] == u'}')
            break;
    }
    if (i < s.size() && i > from && followsOk(i + 1))
        return i;
    for (qsizetype k = escaped.size() - 1; k >= 0; --k) {
        if (escaped[k] > from && followsOk(escaped[k] + 1))
            return escaped[k];
    }
    return -1;
}

// `\s*?\n` at @p p: white space up to and including the first line break.
static qsizetype lineRestBlank(QStringView s, qsizetype p)
{
    while (p < s.size() && isSpace(s[p]) && s[p] != u'\n')
        ++p;
    return p < s.size() && s[p] == u'\n' ? p + 1 : -1;
}

bool Parser::ialBlockAt(qsizetype p, qsizetype *end, qsizetype *bodyStart, qsizetype *bodyEnd) const
{
    if (!atLineStart(p))
        return false;
    const qsizetype q = skipSpaces(p, 3);
    if (at(q) != u'{' || at(q + 1) != u':' || at(q + 2) == u':' || at(q + 2) == u'/')
        return false;
    qsizetype after = -1;
    const qsizetype close = attributeListEnd(view(), q + 2, [&](qsizetype a) {
        after = lineRestBlank(view(), a);
        return after >= 0;
    });
    if (close < 0)
        return false;
    if (end)
        *end = lineRestBlank(view(), close + 1);
    if (bodyStart)
        *bodyStart = q + 2;
    if (bodyEnd)
        *bodyEnd = close;
    return true;
}

bool Parser::eobMarkerAt(qsizetype p, qsizetype *end) const
{
    if (!atLineStart(p) || at(p) != u'^')
        return false;
    const qsizetype e = lineRestBlank(view(), p + 1);
    if (e < 0)
        return false;
    if (end)
        *end = e;
    return true;
}

// `<name` or `</name\s*>` of an element that is not a span element (nor
// script): such a line ends a paragraph (kramdown's LAZY_END_HTML_*).
bool Parser::lazyEndHtmlAt(qsizetype p) const
{
    const qsizetype q = skipSpaces(p, 3);
    if (at(q) != u'<')
        return false;
    const bool closing = at(q + 1) == u'/';
    const qsizetype nameStart = q + (closing ? 2 : 1);
    const qsizetype nameEnd = scanName(view(), nameStart);
    if (nameEnd == nameStart)
        return false;
    // Not a span element's name followed by a word boundary (case as written).
    const auto excluded = [&] {
        static const QStringList names = [] {
            QStringList n = htmlSpanElements().values();
            n.append(QStringLiteral("script"));
            return n;
        }();
        for (const QString &name : names) {
            if (view().sliced(nameStart).startsWith(name)) {
                const qsizetype after = nameStart + name.size();
                if (after >= size() || !isWord(text()[after]))
                    return true;
            }
        }
        return false;
    };
    if (excluded())
        return false;
    if (!closing)
        return true;
    qsizetype r = nameEnd;
    while (r < size() && isSpace(text()[r]))
        ++r;
    return at(r) == u'>';
}

bool Parser::lazyEndAt(qsizetype p) const
{
    if (p >= size() || (p == size() - 1 && text()[p] == u'\n'))
        return true; // \Z
    return blankLineAt(p) || ialBlockAt(p) || eobMarkerAt(p) || lazyEndHtmlAt(p);
}

bool Parser::blockBoundaryAt(qsizetype p) const
{
    if (p >= size() || (p == size() - 1 && text()[p] == u'\n'))
        return true;
    return (atLineStart(p) && blankLineAt(p)) || eobMarkerAt(p) || ialBlockAt(p);
}

bool Parser::listStartAt(qsizetype p, bool ordered, int maxSpaces, qsizetype *markerEnd) const
{
    if (!atLineStart(p))
        return false;
    qsizetype q = p;
    while (at(q) == u' ')
        ++q;
    if (q - p > maxSpaces)
        return false;
    if (ordered) {
        const qsizetype digits = q;
        while (isAsciiDigit(at(q)))
            ++q;
        if (q == digits || at(q) != u'.')
            return false;
        ++q;
    } else {
        if (at(q) != u'+' && at(q) != u'*' && at(q) != u'-')
            return false;
        ++q;
    }
    // PATTERN_TAIL: a tab, `|` or space, then the rest of the line.
    if (at(q) != u'\t' && at(q) != u'|' && at(q) != u' ')
        return false;
    if (nextLine(q) < 0)
        return false;
    if (markerEnd)
        *markerEnd = q;
    return true;
}

bool Parser::atxHeaderAt(qsizetype p) const
{
    if (!atLineStart(p))
        return false;
    qsizetype q = p;
    while (at(q) == u'#')
        ++q;
    const qsizetype hashes = q - p;
    if (hashes < 1 || hashes > 6)
        return false;
    return (at(q) == u' ' || at(q) == u'\t') && nextLine(q) >= 0;
}

bool Parser::fenceStartAt(qsizetype p) const
{
    if (!atLineStart(p))
        return false;
    if (!m_options.gfm)
        return at(p) == u'~' && at(p + 1) == u'~' && at(p + 2) == u'~';
    qsizetype q = skipSpaces(p, 3);
    int n = 0;
    while (at(q) == u'~' || at(q) == u'`') {
        ++q;
        ++n;
    }
    return n >= 3;
}

bool Parser::blockquoteStartAt(qsizetype p) const
{
    return atLineStart(p) && at(skipSpaces(p, 3)) == u'>';
}

bool Parser::definitionListStartAt(qsizetype p) const
{
    if (!atLineStart(p))
        return false;
    const qsizetype q = skipSpaces(p, 3);
    if (at(q) != u':')
        return false;
    const QChar c = at(q + 1);
    return (c == u'\t' || c == u'|' || c == u' ') && nextLine(q) >= 0;
}

bool Parser::horizontalRuleAt(qsizetype p, qsizetype *end) const
{
    if (!atLineStart(p))
        return false;
    qsizetype q = skipSpaces(p, 3);
    const QChar c = at(q);
    if (c != u'*' && c != u'-' && c != u'_')
        return false;
    int count = 0;
    while (q < size() && text()[q] != u'\n') {
        if (text()[q] == c)
            ++count;
        else if (text()[q] != u' ' && text()[q] != u'\t')
            return false;
        ++q;
    }
    if (count < 3 || q >= size())
        return false;
    if (end)
        *end = q + 1;
    return true;
}

bool Parser::paragraphEndAt(qsizetype p) const
{
    if (lazyEndAt(p) || definitionListStartAt(p))
        return true;
    if (!m_options.gfm || !m_options.paragraphEndQuirk)
        return false;
    return anyListStartAt(p) || atxHeaderAt(p) || blockquoteStartAt(p) || fenceStartAt(p);
}

bool Parser::afterBlockBoundary() const
{
    const Node *last = m_tree->lastChild();
    return !last || last->type == Type::Blank || (last->type == Type::EndOfBlock && last->name().isEmpty())
           || m_blockIal;
}

// The end of kramdown's CODEBLOCK_MATCH at @p p (an indented code block,
// with the unindented lines that follow it lazily); @p p when none.
qsizetype Parser::codeblockMatch(qsizetype p) const
{
    const auto indentedLine = [this](qsizetype q) -> qsizetype {
        if (at(q) == u'\t')
            ++q;
        else if (at(q) == u' ' && at(q + 1) == u' ' && at(q + 2) == u' ' && at(q + 3) == u' ')
            q += 4;
        else
            return -1;
        const qsizetype e = nextLine(q);
        if (e < 0)
            return -1;
        for (qsizetype i = q; i < e - 1; ++i) {
            if (!isSpace(text()[i]))
                return e;
        }
        return -1;
    };
    const auto lazyLine = [this](qsizetype q) -> qsizetype {
        const qsizetype e = nextLine(q);
        if (e < 0)
            return -1;
        bool content = false;
        for (qsizetype i = q; i < e - 1; ++i)
            content = content || !isSpace(text()[i]);
        if (!content || ialBlockAt(q) || eobMarkerAt(q) || lazyEndHtmlAt(q))
            return -1;
        return e;
    };
    qsizetype end = p;
    while (end < size()) {
        qsizetype q = end;
        blankLineAt(q, &q);
        qsizetype e = indentedLine(q);
        if (e < 0)
            break;
        while (e >= 0) {
            q = e;
            e = indentedLine(q);
        }
        for (e = lazyLine(q); e >= 0; e = lazyLine(q))
            q = e;
        end = q;
    }
    return end;
}

// --- block parsing -----------------------------------------------------------------

bool Parser::parseBlocks(Node *el, const MappedText *source)
{
    Node *savedTree = m_tree;
    std::optional<AttributeList> savedIal = std::move(m_blockIal);
    m_blockIal.reset();
    const MappedText *savedSrc = m_src;
    const qsizetype savedPos = m_pos;
    m_tree = el;
    if (source) {
        m_src = source;
        m_pos = 0;
    }
    bool found = false;
    while (!eos()) {
        bool handled = false;
        for (int parser = 0; parser < 18 && !handled; ++parser)
            handled = tryBlockParser(parser);
        if (m_stopBlockParsing) {
            m_stopBlockParsing = false;
            found = true;
            break;
        }
        if (!handled) {
            // kramdown: "this should not occur"; the rest of the line is text.
            qsizetype e = nextLine(m_pos);
            if (e < 0)
                e = size();
            addText(m_pos, e);
            m_pos = e;
        }
    }
    m_tree = savedTree;
    m_blockIal = std::move(savedIal);
    if (source) {
        m_src = savedSrc;
        m_pos = savedPos;
    }
    return found;
}

// kramdown's block parsers, in its order; each first checks its start.
bool Parser::tryBlockParser(int which)
{
    const qsizetype p = m_pos;
    switch (which) {
    case 0:
        return blankLineAt(p) && parseBlankLine();
    case 1:
        return (at(p) == u'\t' || (at(p) == u' ' && at(p + 1) == u' ' && at(p + 2) == u' ' && at(p + 3) == u' '))
               && atLineStart(p) && parseCodeblock();
    case 2:
        return fenceStartAt(p) && parseCodeblockFenced();
    case 3:
        return blockquoteStartAt(p) && parseBlockquote();
    case 4:
        return parseAtxHeader();
    case 5:
        return horizontalRuleAt(p) && parseHorizontalRule();
    case 6:
        return anyListStartAt(p) && parseList();
    case 7:
        return definitionListStartAt(p) && parseDefinitionList();
    case 8: {
        if (!atLineStart(p))
            return false;
        const qsizetype q = skipSpaces(p, 3);
        if (at(q) != u'<')
            return false;
        const QChar c = at(q + 1);
        if (!(isAlpha(c) || c == u'_' || c == u'/' || (c == u'!' && at(q + 2) == u'-' && at(q + 3) == u'-')))
            return false;
        return parseBlockHtml();
    }
    case 9:
        return parseSetextHeader();
    case 10:
        return parseBlockMath();
    case 11:
        return parseTable();
    case 12:
        return parseFootnoteDefinition();
    case 13:
        return parseLinkDefinition();
    case 14:
        return parseAbbrevDefinition();
    case 15: {
        if (!atLineStart(p))
            return false;
        const qsizetype q = skipSpaces(p, 3);
        return at(q) == u'{' && at(q + 1) == u':' && parseBlockExtensions();
    }
    case 16:
        return eobMarkerAt(p) && parseEobMarker();
    case 17:
        return parseParagraph();
    }
    return false;
}

bool Parser::parseBlankLine()
{
    qsizetype end = m_pos;
    blankLineAt(m_pos, &end);
    Node *last = m_tree->lastChild();
    if (last && last->type == Type::Blank) {
        last->value += view().sliced(m_pos, end - m_pos);
        last->end = origin(end - 1) + 1;
    } else {
        m_tree->append(newBlock(Type::Blank, m_pos, end, view().sliced(m_pos, end - m_pos).toString()));
    }
    m_pos = end;
    return true;
}

bool Parser::parseCodeblock()
{
    const qsizetype end = codeblockMatch(m_pos);
    if (end == m_pos)
        return false;
    const QStringView data = view().sliced(m_pos, end - m_pos);
    // Lazy lines join the line before with a space; then one indentation
    // (a tab or four spaces) goes from every line.
    QString joined;
    joined.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == u'\n' && i + 1 < data.size()) {
            qsizetype j = i + 1;
            int spaces = 0;
            while (j < data.size() && data[j] == u' ' && spaces < 3) {
                ++j;
                ++spaces;
            }
            if (j < data.size() && !isSpace(data[j]) && spaces < 4 && !(spaces == 3 && data[j] == u' ')) {
                joined += u' ';
                continue;
            }
        }
        joined += data[i];
    }
    QString value;
    value.reserve(joined.size());
    qsizetype i = 0;
    while (i < joined.size()) {
        if (joined[i] == u'\t')
            ++i;
        else if (QStringView(joined).sliced(i).startsWith(u"    "))
            i += 4;
        const qsizetype e = joined.indexOf(u'\n', i);
        const qsizetype stop = e < 0 ? joined.size() : e + 1;
        value += QStringView(joined).sliced(i, stop - i);
        i = stop;
    }
    m_tree->append(newBlock(Type::CodeBlock, m_pos, end, value));
    m_pos = end;
    return true;
}

bool Parser::parseCodeblockFenced()
{
    const qsizetype lineStart = m_pos;
    const qsizetype fenceStart = m_options.gfm ? skipSpaces(m_pos, 3) : m_pos;
    qsizetype runEnd = fenceStart;
    while (at(runEnd) == u'~' || (m_options.gfm && at(runEnd) == u'`'))
        ++runEnd;
    // The fence may be shorter than the run, the rest then being the
    // language (kramdown's regular expression backtracks so).
    for (qsizetype fenceEnd = runEnd; fenceEnd - fenceStart >= 3; --fenceEnd) {
        const QStringView fence = view().sliced(fenceStart, fenceEnd - fenceStart);
        const QChar last = fence.back();
        // The info: white space, a word (with `?options`), white space.
        qsizetype p = fenceEnd;
        while (p < size() && isSpace(at(p)) && at(p) != u'\n')
            ++p;
        qsizetype infoStart = p;
        while (p < size() && !isSpace(at(p)))
            ++p;
        const qsizetype infoEnd = p;
        while (p < size() && isSpace(at(p)) && at(p) != u'\n')
            ++p;
        if (at(p) != u'\n')
            continue;
        const qsizetype contentStart = p + 1;
        // The first line that is the fence again (and more of its last
        // character), then white space only.
        qsizetype closeStart = -1;
        qsizetype closeEnd = -1;
        for (qsizetype q = contentStart; q >= 0 && q < size(); q = nextLine(q)) {
            qsizetype r = skipSpaces(q, 3);
            if (!view().sliced(r).startsWith(fence))
                continue;
            r += fence.size();
            while (at(r) == last)
                ++r;
            const qsizetype e = lineRestBlank(view(), r);
            if (e >= 0) {
                closeStart = q;
                closeEnd = e;
                break;
            }
        }
        if (closeStart < 0)
            continue;
        NodePtr el = newBlock(Type::CodeBlock, lineStart, closeEnd,
                              view().sliced(contentStart, closeStart - contentStart).toString());
        el->fenced = true;
        const QString info = view().sliced(infoStart, infoEnd - infoStart).toString();
        if (!info.isEmpty()) {
            el->setName(info);
            // The class takes the language without its `?options`.
            qsizetype question = info.indexOf(u'?', 1);
            el->editAttributes().set(QStringLiteral("class"),
                               QStringLiteral("language-") + (question < 0 ? info : info.first(question)));
        }
        m_tree->append(std::move(el));
        m_pos = closeEnd;
        return true;
    }
    return false;
}

bool Parser::parseBlockquote()
{
    const qsizetype start = m_pos;
    qsizetype p = nextLine(m_pos);
    if (p < 0)
        return false;
    while (!lazyEndAt(p)) {
        const qsizetype e = nextLine(p);
        if (e < 0)
            break;
        p = e;
    }
    // Every line loses its `>` (and one space after it), where it has one.
    MappedText content;
    for (qsizetype q = start; q < p;) {
        const qsizetype e = nextLine(q) < 0 ? p : nextLine(q);
        qsizetype r = skipSpaces(q, 3);
        if (at(r) == u'>') {
            ++r;
            if (at(r) == u' ')
                ++r;
        } else {
            r = q;
        }
        content.append(*m_src, r, e);
        q = e;
    }
    Node *el = m_tree->append(newBlock(Type::Blockquote, start, p));
    m_pos = p;
    parseBlocks(el, keep(std::move(content)));
    return true;
}

// XML's name characters, for `{#id}` after a heading.
static bool isXmlNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return u == ':' || u == '_' || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= 0xC0 && u <= 0xD6)
           || (u >= 0xD8 && u <= 0xF6) || (u >= 0xF8 && u <= 0x2FF) || (u >= 0x370 && u <= 0x37D)
           || (u >= 0x37F && u <= 0x1FFF) || (u >= 0x200C && u <= 0x200D) || (u >= 0x2070 && u <= 0x218F)
           || (u >= 0x2C00 && u <= 0x2FEF) || (u >= 0x3001 && u <= 0xD7FF) || (u >= 0xF900 && u <= 0xFDCF)
           || (u >= 0xFDF0 && u <= 0xFFFD) || c.isSurrogate();
}
static bool isXmlNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return isXmlNameStart(c) || u == '-' || u == '.' || (u >= '0' && u <= '9') || u == 0xB7
           || (u >= 0x300 && u <= 0x36F) || (u >= 0x203F && u <= 0x2040);
}

// kramdown's parse_header_contents: the heading's text without trailing
// white space and without a trailing ` {#id}`, which becomes @p id.
static QString headerContents(QStringView contents, QString *id)
{
    QString text = rstrip(contents);
    // [\t ]{#NAME}\z
    if (text.endsWith(u'}')) {
        const qsizetype hash = text.lastIndexOf(QLatin1String("{#"));
        if (hash >= 1 && (text[hash - 1] == u' ' || text[hash - 1] == u'\t') && hash + 2 < text.size() - 1
            && isXmlNameStart(text[hash + 2])) {
            bool ok = true;
            for (qsizetype i = hash + 3; i < text.size() - 1; ++i)
                ok = ok && isXmlNameChar(text[i]);
            if (ok) {
                *id = text.sliced(hash + 2, text.size() - hash - 3);
                text = rstrip(QStringView(text).first(hash - 1));
            }
        }
    }
    return text;
}

void Parser::addHeader(int level, qsizetype lineStart, qsizetype lineEnd, qsizetype textStart, QString text, QString id)
{
    NodePtr el = newBlock(Type::Header, lineStart, lineEnd);
    el->level = level;
    el->setName(text);
    Node *header = m_tree->append(std::move(el));
    addText(*m_src, textStart, textStart + text.size(), header);
    if (!id.isNull())
        header->editAttributes().set(QStringLiteral("id"), id);
}

bool Parser::parseAtxHeader()
{
    const qsizetype p = m_pos;
    if (!atLineStart(p) || at(p) != u'#')
        return false;
    qsizetype q = p;
    while (at(q) == u'#')
        ++q;
    int level = int(q - p);
    qsizetype contentStart;
    if (m_options.gfm) {
        if (level > 6 || (at(q) != u' ' && at(q) != u'\t'))
            return false;
        while (at(q) == u' ' || at(q) == u'\t')
            ++q;
        contentStart = q;
    } else {
        // `#{1,6}[\t ]*([^ \t].*)`: a seventh `#` is text.
        if (level > 6) {
            level = 6;
            q = p + 6;
        }
        while (at(q) == u' ' || at(q) == u'\t')
            ++q;
        if (q >= size())
            return false;
        contentStart = q;
    }
    // `[^ \t].*\n`: when the line ends right after the marks, the next
    // line is the heading's text (kramdown's pattern lets a line break
    // stand for `[^ \t]`).
    const qsizetype e = !m_options.gfm && at(contentStart) == u'\n' ? nextLine(contentStart + 1) : nextLine(contentStart);
    if (e < 0)
        return false;
    const bool quirk = m_options.gfm && m_options.paragraphEndQuirk;
    if (!quirk && !afterBlockBoundary())
        return false;
    QString id;
    QString text = headerContents(view().sliced(contentStart, e - 1 - contentStart), &id);
    if (quirk) {
        // `[\t ]#+\z`
        qsizetype h = text.size();
        while (h > 0 && text[h - 1] == u'#')
            --h;
        if (h < text.size() && h > 0 && (text[h - 1] == u' ' || text[h - 1] == u'\t'))
            text = rstrip(QStringView(text).first(h - 1));
    } else {
        // `(?<!\\)#+\z`
        qsizetype h = text.size();
        while (h > 0 && text[h - 1] == u'#')
            --h;
        if (h < text.size() && (h == 0 || text[h - 1] != u'\\'))
            text = rstrip(QStringView(text).first(h));
    }
    if (text.isEmpty())
        return false;
    m_pos = e;
    addHeader(level, p, e, contentStart, text, id);
    return true;
}

bool Parser::parseHorizontalRule()
{
    qsizetype end = m_pos;
    horizontalRuleAt(m_pos, &end);
    m_tree->append(newBlock(Type::HorizontalRule, m_pos, end));
    m_pos = end;
    return true;
}

bool Parser::parseSetextHeader()
{
    const qsizetype p = m_pos;
    if (!atLineStart(p))
        return false;
    const qsizetype q = skipSpaces(p, 3);
    if (q >= size() || at(q) == u' ' || at(q) == u'\t' || at(q) == u'\n')
        return false;
    const qsizetype second = nextLine(q);
    if (second < 0 || (at(second) != u'-' && at(second) != u'='))
        return false;
    qsizetype r = second;
    while (at(r) == u'-' || at(r) == u'=')
        ++r;
    while (at(r) == u' ' || at(r) == u'\t' || at(r) == u'\r' || at(r) == u'\f' || at(r) == u'\v')
        ++r;
    if (at(r) != u'\n')
        return false;
    if (!afterBlockBoundary())
        return false;
    QString id;
    const QString text = headerContents(view().sliced(q, second - 1 - q), &id);
    if (text.isEmpty())
        return false;
    m_pos = r + 1;
    addHeader(at(second) == u'-' ? 2 : 1, p, r + 1, q, text, id);
    return true;
}

bool Parser::parseBlockMath()
{
    if (!atLineStart(m_pos))
        return false;
    qsizetype p = skipSpaces(m_pos, 3);
    const bool escaped = at(p) == u'\\';
    if (escaped)
        ++p;
    if (at(p) != u'$' || at(p + 1) != u'$')
        return false;
    const qsizetype close = text().indexOf(QLatin1String("$$"), p + 2);
    if (close < 0)
        return false;
    qsizetype after = close + 2;
    qsizetype q = after;
    while (q < size() && isSpace(at(q)) && at(q) != u'\n')
        ++q;
    const bool newline = at(q) == u'\n';
    const qsizetype matchEnd = newline ? q + 1 : after;
    if (!afterBlockBoundary())
        return false;
    if (escaped) {
        // kramdown takes the backslash away and leaves the rest to others.
        if (newline)
            m_pos = p - 1 + 1;
        return false;
    }
    const qsizetype saved = m_pos;
    m_pos = matchEnd;
    if (!blockBoundaryAt(m_pos)) {
        m_pos = saved;
        return false;
    }
    NodePtr el = newBlock(Type::Math, saved, matchEnd, strip(view().sliced(p + 2, close - p - 2)));
    el->category = Node::Category::Block;
    m_tree->append(std::move(el));
    return true;
}

bool Parser::parseEobMarker()
{
    qsizetype end = m_pos;
    eobMarkerAt(m_pos, &end);
    m_tree->append(newBlock(Type::EndOfBlock, m_pos, end));
    m_pos = end;
    return true;
}

bool Parser::parseParagraph()
{
    const qsizetype start = m_pos;
    if (!atLineStart(start))
        return false;
    const qsizetype q = skipSpaces(start, 3);
    if (at(q) == u' ' || at(q) == u'\t' || q >= size() || nextLine(q) < 0)
        return false;
    qsizetype p = nextLine(start);
    while (!paragraphEndAt(p)) {
        const qsizetype e = nextLine(p);
        if (e < 0)
            break;
        p = e;
    }
    qsizetype end = p;
    while (end > start && isStripped(text()[end - 1]))
        --end;
    Node *last = m_tree->lastChild();
    if (last && last->type == Type::Paragraph) {
        // A paragraph right after one (what ended it made no element)
        // continues it, as kramdown does.
        Node *lastItem = last->lastChild();
        if (lastItem && lastItem->type == m_textType) {
            const bool hard = start >= 3 && view().sliced(start - 3, 3) == u"  \n";
            MappedText joined;
            joined.appendSynthetic(hard ? u"  \n" : u"\n", origin(start));
            joined.append(*m_src, start, end);
            addText(joined, 0, joined.size(), last);
        } else {
            addText(*m_src, start, end, last);
        }
        last->end = origin(std::max(end - 1, start)) + 1;
    } else {
        qsizetype textStart = start;
        while (textStart < end && isStripped(text()[textStart]))
            ++textStart;
        Node *el = m_tree->append(newBlock(Type::Paragraph, textStart, end));
        addText(*m_src, textStart, end, el);
    }
    m_pos = p;
    return true;
}

// --- lists -------------------------------------------------------------------------

// kramdown's LIST_ITEM_IAL at the start of @p s: white space, `{:...}` (not
// a definition `{:name:`, not `{::` or `{:/`), white space. Returns where it
// ends and sets @p body to the list's body; -1 when there is none.
static qsizetype listItemIal(QStringView s, QStringView *body)
{
    qsizetype p = 0;
    while (p < s.size() && isSpace(s[p]))
        ++p;
    if (p + 1 >= s.size() || s[p] != u'{' || s[p + 1] != u':')
        return -1;
    const qsizetype nameEnd = scanIdName(s, p + 2);
    if ((nameEnd < s.size() && s[nameEnd] == u':') || (p + 2 < s.size() && s[p + 2] == u'/'))
        return -1;
    const qsizetype close = attributeListEnd(s, p + 2, [](qsizetype) { return true; });
    if (close < 0)
        return -1;
    if (body)
        *body = s.sliced(p + 2, close - p - 2);
    qsizetype e = close + 1;
    while (e < s.size() && isSpace(s[e]))
        ++e;
    return e;
}

// kramdown's LIST_ITEM_IAL_CHECK: the first line of an item holds nothing
// but (perhaps) an attribute list.
static bool onlyListItemIal(QStringView content)
{
    qsizetype p = 0;
    if (const qsizetype e = listItemIal(content, nullptr); e >= 0) {
        // `\s*\n` after it: the list's own `\s*` took the white space.
        p = e;
        return p == content.size() || content[p - 1] == u'\n' || content.sliced(p).trimmed().isEmpty();
    }
    while (p < content.size() && isSpace(content[p]) && content[p] != u'\n')
        ++p;
    return p < content.size() && content[p] == u'\n';
}

namespace {

// An item's first line read (kramdown's parse_first_list_line).
struct FirstLine
{
    MappedText content;
    int indentation = 0;
};

FirstLine firstListLine(const MappedText &src, qsizetype markerStart, qsizetype markerEnd, qsizetype lineEnd)
{
    FirstLine first;
    first.indentation = int(markerEnd - markerStart);
    MappedText content = src.mid(markerEnd, lineEnd);
    if (onlyListItemIal(content.text())) {
        first.indentation = 4;
    } else {
        // Tabs after spaces at the start become spaces up to tab stops.
        while (true) {
            qsizetype spaces = 0;
            while (spaces < content.size() && content.at(spaces) == u' ')
                ++spaces;
            if (spaces >= content.size() || content.at(spaces) != u'\t')
                break;
            qsizetype tabs = 0;
            while (spaces + tabs < content.size() && content.at(spaces + tabs) == u'\t')
                ++tabs;
            const qsizetype temp = spaces + first.indentation;
            const qsizetype width = 4 - (temp % 4) + (tabs - 1) * 4;
            MappedText expanded = content.mid(0, spaces);
            expanded.appendSynthetic(QString(width, u' '), content.origin(spaces));
            expanded.append(content, spaces + tabs, content.size());
            content = expanded;
        }
        qsizetype spaces = 0;
        while (spaces < content.size() && content.at(spaces) == u' ')
            ++spaces;
        first.indentation += int(spaces);
    }
    qsizetype lead = 0;
    while (lead < content.size() && isSpace(content.at(lead)))
        ++lead;
    first.content = content.mid(lead);
    return first;
}

} // namespace

bool Parser::parseList()
{
    const qsizetype listStart = m_pos;
    const bool ordered = !listStartAt(m_pos, false, 3);
    NodePtr listNode = newBlock(ordered ? Type::OrderedList : Type::UnorderedList, m_pos, m_pos);
    struct Item
    {
        NodePtr node;
        std::vector<MappedText> values;
    };
    std::vector<Item> items;
    int indentation = 0;
    int markerSpaces = 3; // the first item's marker may stand after 0-3 spaces
    bool eobFound = false;
    bool nestedListFound = false;
    bool lastIsBlank = false;

    // A line indented by the item's content indentation, with content
    // (kramdown's content_re); tabs count as four spaces.
    const auto contentLine = [this](qsizetype p, int n) -> bool {
        const auto units = [this](qsizetype q, int count) -> qsizetype {
            for (int i = 0; i < count; ++i) {
                if (at(q) == u'\t')
                    ++q;
                else if (at(q) == u' ' && at(q + 1) == u' ' && at(q + 2) == u' ' && at(q + 3) == u' ')
                    q += 4;
                else
                    return -1;
            }
            return q;
        };
        const auto hasContent = [this](qsizetype q) {
            const qsizetype e = nextLine(q);
            if (e < 0)
                return false;
            for (qsizetype i = q; i < e - 1; ++i) {
                if (!isSpace(text()[i]))
                    return true;
            }
            return false;
        };
        qsizetype q = units(p, n / 4);
        if (q >= 0) {
            int spaces = 0;
            while (spaces < n % 4 && at(q) == u' ') {
                ++q;
                ++spaces;
            }
            if (spaces == n % 4 && hasContent(q))
                return true;
        }
        q = units(p, n / 4 + 1);
        return q >= 0 && hasContent(q);
    };
    // Any line with content that does not start an attribute list or an
    // HTML block (kramdown's lazy_re).
    const auto lazyLine = [this](qsizetype p, int n) -> bool {
        const qsizetype e = nextLine(p);
        if (e < 0)
            return false;
        bool content = false;
        for (qsizetype i = p; i < e - 1; ++i)
            content = content || !isSpace(text()[i]);
        if (!content)
            return false;
        qsizetype spaces = 0;
        while (at(p + spaces) == u' ')
            ++spaces;
        if (spaces <= std::min(n, 3)) {
            const qsizetype q = p + spaces;
            if (at(q) == u'{' && at(q + 1) == u':' && at(q + 2) != u':' && at(q + 2) != u'/') {
                const qsizetype close = attributeListEnd(view(), q + 2, [this](qsizetype a) {
                    return lineRestBlank(view(), a) >= 0;
                });
                if (close >= 0)
                    return false;
            }
            if (lazyEndHtmlAt(q))
                return false;
        }
        return true;
    };

    while (!eos()) {
        qsizetype markerEnd = 0;
        qsizetype end = 0;
        if (lastIsBlank && horizontalRuleAt(m_pos))
            break;
        if (eobMarkerAt(m_pos, &end)) {
            m_pos = end;
            eobFound = true;
            break;
        }
        if (listStartAt(m_pos, ordered, markerSpaces, &markerEnd)) {
            const qsizetype e = nextLine(markerEnd);
            FirstLine first = firstListLine(*m_src, m_pos, markerEnd, e);
            Item item;
            item.node = newNode(Type::ListItem, m_pos, e);
            // An attribute list first in the item is the item's.
            QStringView body;
            if (const qsizetype ialEnd = listItemIal(first.content.text(), &body); ialEnd >= 0) {
                AttributeList list;
                parseAttributeList(body, list);
                if (item.node->details().attributeList)
                    mergeAttributeList(*item.node->editDetails().attributeList, list);
                else
                    item.node->editDetails().attributeList = list;
                first.content = first.content.mid(ialEnd);
            }
            indentation = first.indentation;
            markerSpaces = indentation <= 1 ? 0 : std::min(indentation - 1, 3);
            {
                const MappedText &c = first.content;
                // `=~ LIST_START`: the first line holds a list itself.
                const MappedText *saved = m_src;
                const qsizetype savedPos = m_pos;
                m_src = &c;
                nestedListFound = anyListStartAt(0);
                m_src = saved;
                m_pos = savedPos;
            }
            lastIsBlank = false;
            item.values.push_back(std::move(first.content));
            items.push_back(std::move(item));
            m_pos = e;
        } else if (!items.empty() && (contentLine(m_pos, indentation) || (!lastIsBlank && lazyLine(m_pos, indentation)))) {
            const qsizetype e = nextLine(m_pos);
            MappedText line;
            qsizetype tabs = 0;
            while (at(m_pos + tabs) == u'\t')
                ++tabs;
            if (tabs > 0)
                line.appendSynthetic(QString(4 * tabs, u' '), origin(m_pos));
            line.append(*m_src, m_pos + tabs, e);
            bool indentationFound = true;
            for (int i = 0; i < indentation; ++i)
                indentationFound = indentationFound && line.peek(i) == u' ';
            if (indentationFound)
                line = line.mid(indentation);
            const MappedText *saved = m_src;
            m_src = &line;
            const bool startsList = anyListStartAt(0);
            m_src = saved;
            Item &item = items.back();
            if (!nestedListFound && indentationFound && startsList) {
                item.values.emplace_back();
                nestedListFound = true;
            } else if (nestedListFound && !indentationFound && startsList) {
                MappedText indented;
                indented.appendSynthetic(QString(indentation + 4, u' '), line.origin(0));
                indented.append(line);
                line = indented;
            }
            item.values.back().append(line);
            item.node->end = origin(e - 1) + 1;
            lastIsBlank = false;
            m_pos = e;
        } else if (!items.empty() && blankLineAt(m_pos, &end)) {
            nestedListFound = true;
            lastIsBlank = true;
            items.back().values.back().append(*m_src, m_pos, end);
            m_pos = end;
        } else {
            break;
        }
    }
    listNode->end = origin(std::max(m_pos - 1, listStart)) + 1;
    Node *list = m_tree->append(std::move(listNode));

    NodePtr last;
    for (std::size_t index = 0; index < items.size(); ++index) {
        Item &item = items[index];
        Node temp(Type::Temporary);
        for (const MappedText &value : item.values)
            parseBlocks(&temp, keep(value));
        Node *it = list->append(std::move(item.node));
        it->children = std::move(temp.children);
        auto &children = it->children;
        if (children.empty())
            continue;
        if (children[0]->type == Type::Paragraph && children.size() >= 2 && children[1]->type == Type::EndOfBlock
            && children[0]->details().attributeList)
            children.erase(children.begin() + 1);
        const bool isLast = index + 1 == items.size();
        bool earlierTransparent = false;
        for (std::size_t k = 0; k + 1 < list->children.size() && k < index; ++k) {
            const Node *earlier = list->children[k].get();
            const Node *first = earlier->children.empty() ? nullptr : earlier->children.front().get();
            if (!first || first->type != Type::Paragraph || first->transparent)
                earlierTransparent = true;
        }
        if (children[0]->type == Type::Paragraph
            && (children.size() < 2 || children[1]->type != Type::Blank
                || (isLast && children.size() == 2 && !eobFound))
            && (!isLast || items.size() == 1 || earlierTransparent)) {
            if (children.size() > 1 && children[1]->type != Type::Blank && !children[0]->children.empty()
                && children[0]->children.front()->type == Type::RawText) {
                Node *raw = children[0]->children.front().get();
                m_raw[raw].appendSynthetic(u"\n", m_raw[raw].origin(m_raw[raw].size()));
            }
            children[0]->transparent = true;
        }
        if (children.back()->type == Type::Blank) {
            last = std::move(children.back());
            children.pop_back();
        } else {
            last.reset();
        }
    }
    if (last && !eobFound)
        m_tree->append(std::move(last));
    if (m_options.gfm)
        addTaskList(list);
    return true;
}

// GFM: items that start with `[ ]` or `[x]` get a checkbox.
void Parser::addTaskList(Node *list)
{
    bool taskList = false;
    for (auto &item : list->children) {
        if (item->children.empty() || item->children.front()->type != Type::Paragraph)
            continue;
        Node *paragraph = item->children.front().get();
        if (paragraph->children.empty() || paragraph->children.front()->type != Type::RawText)
            continue;
        MappedText &raw = m_raw[paragraph->children.front().get()];
        qsizetype p = 0;
        while (p < raw.size() && isSpace(raw.at(p)))
            ++p;
        if (raw.peek(p) == u'[' && raw.peek(p + 2) == u']'
            && (raw.peek(p + 1) == u' ' || raw.peek(p + 1) == u'x' || raw.peek(p + 1) == u'X')
            && isSpace(raw.peek(p + 3))) {
            const bool checked = raw.peek(p + 1) != u' ';
            qsizetype e = p + 3;
            while (e < raw.size() && isSpace(raw.at(e)))
                ++e;
            MappedText replaced;
            replaced.appendSynthetic(checked ? u"<input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                                               u"disabled=\"disabled\" checked=\"checked\" />"
                                             : u"<input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                                               u"disabled=\"disabled\" />",
                                     raw.origin(p));
            replaced.append(raw, e, raw.size());
            raw = replaced;
            taskList = true;
        }
        if (taskList)
            item->editAttributes().set(QStringLiteral("class"), QStringLiteral("task-list-item"));
    }
    if (taskList)
        list->editAttributes().set(QStringLiteral("class"), QStringLiteral("task-list"));
}

bool Parser::parseDefinitionList()
{
    auto &children = m_tree->children;
    const qsizetype n = qsizetype(children.size());
    if (n == 0 || (n == 1 && children.back()->type != Type::Paragraph)
        || (n >= 2 && children[n - 1]->type != Type::Paragraph
            && (children[n - 1]->type != Type::Blank || children[n - 1]->value != u"\n"
                || children[n - 2]->type != Type::Paragraph)))
        return false;
    bool firstAsPara = false;
    NodePtr para = std::move(children.back());
    children.pop_back();
    if (para->type == Type::Blank) {
        para = std::move(children.back());
        children.pop_back();
        firstAsPara = true;
    }
    NodePtr deflist = newBlock(Type::DefinitionList, 0, 0);
    deflist->start = para->start;
    // Each line of the paragraph is a term.
    if (!para->children.empty() && para->children.front()->type == Type::RawText) {
        const MappedText &raw = m_raw[para->children.front().get()];
        qsizetype from = 0;
        while (from < raw.size()) {
            qsizetype to = raw.text().indexOf(u'\n', from);
            if (to < 0)
                to = raw.size();
            MappedText term = raw.mid(from, to);
            NodePtr dt = std::make_unique<Node>(Type::DefinitionTerm);
            dt->start = term.origin(0);
            dt->end = term.origin(term.size());
            QStringView body;
            if (const qsizetype e = listItemIal(term.text(), &body); e >= 0) {
                AttributeList list;
                parseAttributeList(body, list);
                dt->editDetails().attributeList = list;
                term = term.mid(e);
            }
            dt->setName(term.text().toString());
            auto raw = std::make_unique<Node>(Type::RawText);
            raw->start = dt->start;
            m_raw[raw.get()] = term;
            dt->append(std::move(raw));
            deflist->append(std::move(dt));
            from = to + 1;
        }
    }
    if (para->details().attributeList)
        deflist->editDetails().attributeList = para->details().attributeList;

    struct Definition
    {
        Node *node;
        MappedText value;
    };
    std::vector<Definition> definitions;
    int indentation = 0;
    int markerSpaces = 3;
    bool lastIsBlank = false;
    const auto markerAt = [this](qsizetype p, int most, qsizetype *markerEnd) {
        if (!atLineStart(p))
            return false;
        qsizetype q = p;
        while (at(q) == u' ')
            ++q;
        if (q - p > most || at(q) != u':')
            return false;
        const QChar c = at(q + 1);
        if ((c != u'\t' && c != u'|' && c != u' ') || nextLine(q) < 0)
            return false;
        *markerEnd = q + 1;
        return true;
    };
    while (!eos()) {
        qsizetype markerEnd = 0;
        qsizetype end = 0;
        if (markerAt(m_pos, markerSpaces, &markerEnd)) {
            const qsizetype e = nextLine(markerEnd);
            FirstLine first = firstListLine(*m_src, m_pos, markerEnd, e);
            NodePtr dd = newNode(Type::Definition, m_pos, e);
            dd->firstAsParagraph = firstAsPara;
            QStringView body;
            if (const qsizetype ialEnd = listItemIal(first.content.text(), &body); ialEnd >= 0) {
                AttributeList list;
                parseAttributeList(body, list);
                dd->editDetails().attributeList = list;
                first.content = first.content.mid(ialEnd);
            }
            indentation = first.indentation;
            markerSpaces = indentation <= 1 ? 0 : std::min(indentation - 1, 3);
            firstAsPara = false;
            lastIsBlank = false;
            definitions.push_back({deflist->append(std::move(dd)), std::move(first.content)});
            m_pos = e;
        } else if (eobMarkerAt(m_pos)) {
            break;
        } else if (!definitions.empty()
                   && [&] {
                          // content_re / lazy_re as for list items
                          const qsizetype e = nextLine(m_pos);
                          if (e < 0)
                              return false;
                          bool content = false;
                          for (qsizetype i = m_pos; i < e - 1; ++i)
                              content = content || !isSpace(text()[i]);
                          if (!content)
                              return false;
                          qsizetype spaces = 0;
                          while (at(m_pos + spaces) == u' ')
                              ++spaces;
                          const bool indented = spaces >= indentation || at(m_pos) == u'\t';
                          if (indented)
                              return true;
                          if (lastIsBlank)
                              return false;
                          const qsizetype q = m_pos + spaces;
                          return !(spaces <= std::min(indentation, 3) && (ialBlockAt(q) || lazyEndHtmlAt(q)));
                      }()) {
            const qsizetype e = nextLine(m_pos);
            MappedText line;
            qsizetype tabs = 0;
            while (at(m_pos + tabs) == u'\t')
                ++tabs;
            if (tabs > 0)
                line.appendSynthetic(QString(4 * tabs, u' '), origin(m_pos));
            line.append(*m_src, m_pos + tabs, e);
            bool indentationFound = true;
            for (int i = 0; i < indentation; ++i)
                indentationFound = indentationFound && line.peek(i) == u' ';
            if (indentationFound)
                line = line.mid(indentation);
            definitions.back().value.append(line);
            firstAsPara = false;
            lastIsBlank = false;
            m_pos = e;
        } else if (!definitions.empty() && blankLineAt(m_pos, &end)) {
            firstAsPara = true;
            definitions.back().value.append(*m_src, m_pos, end);
            lastIsBlank = true;
            m_pos = end;
        } else {
            break;
        }
    }
    NodePtr last;
    for (Definition &d : definitions) {
        parseBlocks(d.node, keep(d.value));
        auto &kids = d.node->children;
        if (kids.empty())
            continue;
        if (kids.back()->type == Type::Blank) {
            last = std::move(kids.back());
            kids.pop_back();
        } else {
            last.reset();
        }
        if (!kids.empty() && kids.front()->type == Type::Paragraph && !d.node->firstAsParagraph) {
            if (kids.size() > 1 && !kids.front()->children.empty()
                && kids.front()->children.front()->type == Type::RawText) {
                MappedText &raw = m_raw[kids.front()->children.front().get()];
                raw.appendSynthetic(u"\n", raw.origin(raw.size()));
            }
            kids.front()->transparent = true;
        }
        d.node->firstAsParagraph = false;
    }
    deflist->end = origin(std::max<qsizetype>(m_pos - 1, 0)) + 1;
    auto &siblings = m_tree->children;
    if (!siblings.empty() && siblings.back()->type == Type::DefinitionList) {
        for (auto &child : deflist->children)
            siblings.back()->append(std::move(child));
    } else if (siblings.size() >= 2 && siblings.back()->type == Type::Blank
               && siblings[siblings.size() - 2]->type == Type::DefinitionList) {
        siblings.pop_back();
        for (auto &child : deflist->children)
            siblings.back()->append(std::move(child));
    } else {
        m_tree->append(std::move(deflist));
    }
    if (last)
        m_tree->append(std::move(last));
    return true;
}

// --- tables --------------------------------------------------------------------------

// kramdown's TABLE_LINE at @p p: the line holds a `|` at its start or one
// that no backslash escapes.
static bool tableLine(QStringView s, qsizetype p)
{
    qsizetype e = s.indexOf(u'\n', p);
    if (e < 0)
        return false;
    if (p < s.size() && s[p] == u'|')
        return true;
    for (qsizetype i = p + 1; i < e; ++i) {
        if (s[i] == u'|' && s[i - 1] != u'\\')
            return true;
    }
    return false;
}

// TABLE_SEP_LINE (with `-`) or TABLE_FSEP_LINE (with `=`) at @p p: the
// line's end, or -1. Sets @p body to the line without trailing blanks.
static qsizetype separatorLine(QStringView s, qsizetype p, QChar dash, QStringView *body)
{
    const qsizetype e = s.indexOf(u'\n', p);
    if (e < 0)
        return -1;
    bool any = false;
    for (qsizetype i = p; i < e; ++i) {
        const QChar c = s[i];
        if (c == dash)
            any = true;
        else if (c != u'+' && c != u'|' && c != u':' && c != u' ' && c != u'\t')
            return -1;
    }
    if (!any)
        return -1;
    if (body) {
        qsizetype b = e;
        while (b > p && (s[b - 1] == u' ' || s[b - 1] == u'\t'))
            --b;
        *body = s.sliced(p, b - p);
    }
    return e + 1;
}

bool Parser::parseTable()
{
    if (!atLineStart(m_pos))
        return false;
    // TABLE_START: up to three spaces, a non-space, and a table line.
    {
        const qsizetype q = skipSpaces(m_pos, 3);
        if (q >= size() || isSpace(at(q)) || !tableLine(view(), q))
            return false;
    }
    if (!afterBlockBoundary())
        return false;
    const qsizetype origPos = m_pos;
    NodePtr table = newBlock(Type::Table, m_pos, m_pos);
    // The first line starts with `|` (after white space).
    bool leadingPipe = false;
    for (qsizetype i = m_pos; i < size() && at(i) != u'\n'; ++i) {
        if (at(i) == u'|') {
            leadingPipe = true;
            break;
        }
        if (!isSpace(at(i)))
            break;
    }
    if (const qsizetype e = separatorLine(view(), m_pos, u'-', nullptr); e >= 0)
        m_pos = e;
    std::vector<NodePtr> rows;
    bool hasFooter = false;
    qsizetype columns = 0;
    bool alignmentSet = false;
    const auto addContainer = [&](Type type, bool force) {
        if (!hasFooter || type != Type::TableBody || force) {
            auto container = std::make_unique<Node>(type);
            if (!rows.empty()) {
                container->start = rows.front()->start;
                container->end = rows.back()->end;
            }
            for (NodePtr &row : rows)
                container->append(std::move(row));
            rows.clear();
            table->append(std::move(container));
        }
    };
    while (!eos()) {
        if (!tableLine(view(), m_pos))
            break;
        QStringView body;
        if (const qsizetype e = separatorLine(view(), m_pos, u'-', &body); e >= 0) {
            if (rows.empty()) {
                // a separator first: nothing
            } else if (!alignmentSet && !hasFooter) {
                addContainer(Type::TableHead, false);
                // [ \t]?(:?)-+(:?)[ \t]?
                for (qsizetype i = 0; i < body.size();) {
                    const qsizetype dash = body.indexOf(u'-', i);
                    if (dash < 0)
                        break;
                    const bool left = dash > 0 && body[dash - 1] == u':' && dash - 1 >= i;
                    qsizetype j = dash;
                    while (j < body.size() && body[j] == u'-')
                        ++j;
                    const bool right = j < body.size() && body[j] == u':';
                    table->editDetails().alignment.append(left && right ? Node::Alignment::Center
                                            : left        ? Node::Alignment::Left
                                            : right       ? Node::Alignment::Right
                                                          : Node::Alignment::Default);
                    i = j + (right ? 1 : 0);
                    if (i < body.size() && (body[i] == u' ' || body[i] == u'\t'))
                        ++i;
                }
                alignmentSet = true;
            } else {
                addContainer(Type::TableBody, false);
            }
            m_pos = e;
        } else if (const qsizetype f = separatorLine(view(), m_pos, u'=', nullptr); f >= 0) {
            if (!rows.empty())
                addContainer(Type::TableBody, true);
            hasFooter = true;
            m_pos = f;
        } else {
            const qsizetype e = nextLine(m_pos);
            qsizetype rowEnd = e - 1;
            while (rowEnd > m_pos && (at(rowEnd - 1) == u' ' || at(rowEnd - 1) == u'\t'))
                --rowEnd;
            NodePtr row = newNode(Type::TableRow, m_pos, rowEnd);
            // Cells: the row split at `|` that no backslash escapes and
            // that no code span or literal <code>...</code> holds.
            std::vector<MappedText> cells;
            const auto appendToCell = [&cells](const MappedText &piece, qsizetype from, qsizetype to) {
                if (cells.empty())
                    cells.emplace_back();
                cells.back().append(piece, from, to);
            };
            MappedText rowText; // taken below only for a row that needs it
            // Literal <code>...</code> first.
            static const QRegularExpression codeTag(QStringLiteral("<code.*?>.*?</code>"));
            qsizetype last = 0;
            // Text split into cells at `|`.
            const auto splitRaw = [&cells](const MappedText &raw) {
                qsizetype cellStart = 0;
                bool first = true;
                for (qsizetype i = 0; i <= raw.size(); ++i) {
                    const bool split = i < raw.size() && raw.at(i) == u'|' && (i == 0 || raw.at(i - 1) != u'\\');
                    if (i < raw.size() && !split)
                        continue;
                    // `\|` stands for `|` in the cell.
                    MappedText cell;
                    qsizetype pieceStart = cellStart;
                    for (qsizetype k = cellStart; k < i; ++k) {
                        if (raw.at(k) == u'\\' && k + 1 < i && raw.at(k + 1) == u'|') {
                            cell.append(raw, pieceStart, k);
                            pieceStart = k + 1;
                        }
                    }
                    cell.append(raw, pieceStart, i);
                    if (cell.isEmpty())
                        cell = raw.mid(cellStart, cellStart); // where it stands, though empty
                    if (first) {
                        // The piece goes on with the cell before it; an empty
                        // cell stays where it stands.
                        if (cells.empty())
                            cells.push_back(cell);
                        else if (cells.back().isEmpty())
                            cells.back() = cell;
                        else
                            cells.back().append(cell);
                        first = false;
                    } else {
                        cells.push_back(cell);
                    }
                    cellStart = i + 1;
                }
            };
            const auto splitPiece = [&](qsizetype from, qsizetype to) {
                if (to <= from)
                    return;
                const MappedText piece = rowText.mid(from, to);
                if (!piece.text().contains(u'`')) {
                    splitRaw(piece); // no code span can hold a `|`
                    return;
                }
                Node root(Type::Root);
                parseSpansOf(piece, &root, Codespan, Type::RawText);
                for (auto &child : root.children) {
                    if (child->type == Type::RawText) {
                        splitRaw(m_raw[child.get()]);
                        m_raw.erase(child.get());
                    } else {
                        // A code span, written back with a fence that fits it.
                        qsizetype longest = 0;
                        qsizetype run = 0;
                        for (const QChar c : std::as_const(child->value)) {
                            run = c == u'`' ? run + 1 : 0;
                            longest = std::max(longest, run);
                        }
                        const QString delimiter(longest + 1, u'`');
                        const QString space = delimiter.size() > 1 ? QStringLiteral(" ") : QString();
                        MappedText code;
                        code.appendSynthetic(QString(delimiter + space + child->value + space + delimiter), child->start);
                        appendToCell(code, 0, code.size());
                    }
                }
            };
            const QStringView rowView = view().sliced(m_pos, rowEnd - m_pos);
            if (!rowView.contains(u'`') && !rowView.contains(u'\\') && !rowView.contains(u'<')) {
                // Most rows: no code span, no escaped `|`, no HTML. Each
                // cell is the text between two `|`s, stripped here, so that
                // it is taken from the post once (and shared below).
                for (qsizetype from = 0; from <= rowView.size();) {
                    qsizetype to = rowView.indexOf(u'|', from);
                    if (to < 0)
                        to = rowView.size();
                    qsizetype first = from;
                    qsizetype last = to;
                    while (first < last && isStripped(rowView[first]))
                        ++first;
                    while (last > first && isStripped(rowView[last - 1]))
                        --last;
                    cells.push_back(m_src->mid(m_pos + first, m_pos + last));
                    from = to + 1;
                }
            } else {
                rowText = m_src->mid(m_pos, rowEnd);
                if (rowView.contains(QLatin1String("<code"))) {
                    for (const QRegularExpressionMatch &m : codeTag.globalMatchView(rowText.text())) {
                        splitPiece(last, m.capturedStart());
                        appendToCell(rowText, m.capturedStart(), m.capturedEnd());
                        last = m.capturedEnd();
                    }
                }
                splitPiece(last, rowText.size());
            }
            const auto blank = [](const MappedText &c) { return stripped(c.text()).isEmpty(); };
            if (leadingPipe && !cells.empty() && blank(cells.front()))
                cells.erase(cells.begin());
            if (!cells.empty() && blank(cells.back()))
                cells.pop_back();
            for (const MappedText &cell : cells) {
                qsizetype from = 0;
                qsizetype to = cell.size();
                while (from < to && isStripped(cell.at(from)))
                    ++from;
                while (to > from && isStripped(cell.at(to - 1)))
                    --to;
                auto td = std::make_unique<Node>(Type::TableCell);
                td->start = cell.origin(from);
                td->end = to > from ? cell.origin(to - 1) + 1 : td->start;
                if (to > from) {
                    auto raw = std::make_unique<Node>(Type::RawText);
                    raw->start = td->start;
                    raw->end = td->end;
                    m_raw[raw.get()] = cell.mid(from, to);
                    td->append(std::move(raw));
                }
                row->append(std::move(td));
            }
            columns = std::max<qsizetype>(columns, qsizetype(row->children.size()));
            rows.push_back(std::move(row));
            m_pos = e;
        }
    }
    const auto revert = [&] {
        m_pos = origPos;
        // The rows' raw text goes with them.
        std::function<void(Node *)> forget = [&](Node *n) {
            m_raw.erase(n);
            for (auto &c : n->children)
                forget(c.get());
        };
        forget(table.get());
        for (auto &row : rows)
            forget(row.get());
        return false;
    };
    if (!blockBoundaryAt(m_pos))
        return revert();

    // Every line needs a `|` outside code spans (kramdown reads the whole
    // table again for code spans and HTML to make sure).
    const auto hasPipe = [](QStringView line) {
        if (line.startsWith(u'|'))
            return true;
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (line[i] == u'|' && line[i - 1] != u'\\')
                return true;
        }
        return false;
    };
    const QStringView tableText = view().sliced(origPos, std::max(origPos, m_pos - 1) - origPos);
    if (!tableText.contains(u'`') && !tableText.contains(u'<')) {
        // No code span and no HTML: the whole table is one piece of text,
        // and the rule below comes down to its first and last lines.
        QStringView text = tableText;
        while (text.endsWith(u'\n'))
            text.chop(1);
        const qsizetype firstEnd = text.indexOf(u'\n');
        const QStringView first = firstEnd < 0 ? text : text.first(firstEnd);
        const QStringView last = text.sliced(text.lastIndexOf(u'\n') + 1);
        if (text.isEmpty() || (firstEnd >= 0 && !hasPipe(first)) || !hasPipe(last))
            return revert();
    } else {
        const MappedText whole = m_src->mid(origPos, std::max(origPos, m_pos - 1));
        Node root(Type::Root);
        const auto savedWarnings = m_warnings.size();
        parseSpansOf(whole, &root, Codespan | SpanHtml, Type::RawText);
        m_warnings.resize(savedWarnings);
        bool pipeOnLine = false;
        for (auto &child : root.children) {
            QString value;
            if (child->type == Type::RawText)
                value = m_raw[child.get()].text().toString();
            else
                value = child->value;
            std::function<void(Node *)> forget = [&](Node *n) {
                m_raw.erase(n);
                for (auto &c : n->children)
                    forget(c.get());
            };
            forget(child.get());
            if (value.isNull())
                continue;
            QStringList lines = value.split(u'\n');
            while (!lines.isEmpty() && lines.back().isEmpty())
                lines.removeLast();
            if (child->type == Type::CodeSpan) {
                if (lines.size() > 2 || (lines.size() == 2 && !pipeOnLine))
                    break;
                if (lines.size() == 2 && pipeOnLine)
                    pipeOnLine = false;
            } else {
                if (lines.size() > 1 && !pipeOnLine && !hasPipe(lines.first()))
                    break;
                pipeOnLine = (lines.size() > 1 ? false : pipeOnLine) || (!lines.isEmpty() && hasPipe(lines.last()));
            }
        }
        if (!pipeOnLine)
            return revert();
    }
    if (!rows.empty())
        addContainer(hasFooter ? Type::TableFoot : Type::TableBody, false);
    const bool hasBody = std::any_of(table->children.begin(), table->children.end(),
                                     [](const NodePtr &c) { return c->type == Type::TableBody; });
    if (!hasBody)
        return revert();
    for (auto &container : table->children) {
        for (auto &row : container->children) {
            while (qsizetype(row->children.size()) < columns) {
                auto td = std::make_unique<Node>(Type::TableCell);
                td->start = td->end = row->end;
                row->append(std::move(td));
            }
        }
    }
    if (table->editDetails().alignment.size() > columns)
        table->editDetails().alignment.resize(columns);
    while (table->editDetails().alignment.size() < columns)
        table->editDetails().alignment.append(Node::Alignment::Default);
    table->end = origin(std::max(m_pos - 1, origPos)) + 1;
    m_tree->append(std::move(table));
    return true;
}

// --- HTML ------------------------------------------------------------------------------

// `[ \t]*\n` at the position, consumed when there.
static qsizetype trailingWhitespace(QStringView s, qsizetype p)
{
    qsizetype q = p;
    while (q < s.size() && (s[q] == u' ' || s[q] == u'\t'))
        ++q;
    return q < s.size() && s[q] == u'\n' ? q + 1 : p;
}

Node *Parser::attributeNode(const HtmlTag &tag, qsizetype tagStart, bool downcaseNames, bool spanValues)
{
    Q_UNUSED(tagStart);
    auto el = std::make_unique<Node>(Type::HtmlElement);
    for (const HtmlAttribute &a : tag.attributes) {
        QString name = downcaseNames ? a.name.toLower() : a.name;
        QString value = a.value;
        if (spanValues && value.contains(u'\n')) {
            // Line breaks in a span tag's attribute values become a space.
            static const QRegularExpression breaks(QStringLiteral("\\n+"));
            value.replace(breaks, QStringLiteral(" "));
        }
        el->editAttributes().set(name, value);
        if (a.valueStart >= 0) {
            std::erase_if(el->editDetails().attributeSpans, [&name](const auto &span) { return span.first == name; });
            const bool contiguous = m_src->isContiguous(a.valueStart, a.valueEnd);
            el->editDetails().attributeSpans.push_back(
                {name, contiguous ? std::pair{origin(a.valueStart), a.valueStart == a.valueEnd
                                                                        ? origin(a.valueStart)
                                                                        : origin(a.valueEnd - 1) + 1}
                                  : std::pair<qsizetype, qsizetype>{-1, -1}});
        }
    }
    return m_tree->append(std::move(el));
}

void Parser::handleHtmlStartTag(const HtmlTag &tag, qsizetype tagStart, bool blockCategory)
{
    QString name = tag.name;
    const QString lower = name.toLower();
    const bool known = isKnownElement(lower);
    if (known)
        name = lower;
    bool closed = tag.selfClosing;
    Node *el = attributeNode(tag, tagStart, known, false);
    el->value = name;
    el->category = blockCategory ? Node::Category::Block : Node::Category::Span;
    el->start = origin(tagStart);
    el->end = origin(tag.end - 1) + 1;
    if (!closed && htmlElementsWithoutBody().contains(name))
        closed = true;
    if (name == u"script" || name == u"style") {
        handleRawHtmlTag(el);
        handleKramdownHtmlTag(el, false, false);
    } else {
        handleKramdownHtmlTag(el, closed, true);
    }
    el->end = origin(std::max<qsizetype>(m_pos - 1, tagStart)) + 1;
}

// The first `</name\s*>` (the name in any case) from @p from: where it
// starts, and in @p end where it ends; -1 when there is none.
static qsizetype findEndTag(QStringView s, qsizetype from, QStringView name, qsizetype *end)
{
    for (qsizetype at = s.indexOf(u"</", from); at >= 0; at = s.indexOf(u"</", at + 2)) {
        qsizetype q = at + 2;
        if (s.sliced(q).startsWith(name, Qt::CaseInsensitive)) {
            q += name.size();
            while (q < s.size() && (s[q] == u' ' || s[q] == u'\t' || s[q] == u'\n' || s[q] == u'\r' || s[q] == u'\f'
                                    || s[q] == u'\v'))
                ++q;
            if (q < s.size() && s[q] == u'>') {
                *end = q + 1;
                return at;
            }
        }
    }
    return -1;
}

void Parser::handleRawHtmlTag(Node *el)
{
    // Everything up to `</name\s*>`, in any case, as it is.
    qsizetype endTagEnd = 0;
    if (const qsizetype endTag = findEndTag(view(), m_pos, el->value, &endTagEnd); endTag >= 0) {
        addText(*m_src, m_pos, endTag, el, Type::Raw);
        m_pos = endTagEnd;
    } else {
        addText(*m_src, m_pos, size(), el, Type::Raw);
        warnAtOrigin(ParseWarning::Kind::UnclosedHtml, el->start, el->value);
        m_pos = size();
    }
}

void Parser::handleKramdownHtmlTag(Node *el, bool closed, bool handleBody)
{
    if (m_blockIal) {
        el->editDetails().attributeList = std::move(m_blockIal);
        m_blockIal.reset();
    }
    Node::ContentModel model = Node::ContentModel::Raw;
    if (m_tree->type != Type::HtmlElement || m_tree->contentModel != Node::ContentModel::Raw)
        model = m_options.parseBlockHtml ? contentModelOf(el->value) : Node::ContentModel::Raw;
    if (el->attributes().contains(u"markdown")) {
        const QString markdown = el->attributes().value(u"markdown");
        el->editAttributes().remove(u"markdown");
        std::erase_if(el->editDetails().attributeSpans, [](const auto &span) { return span.first == u"markdown"; });
        if (markdown == u"0")
            model = Node::ContentModel::Raw;
        else if (markdown == u"1")
            model = contentModelOf(el->value);
        else if (markdown == u"span")
            model = Node::ContentModel::Span;
        else if (markdown == u"block")
            model = Node::ContentModel::Block;
    }
    if (model == Node::ContentModel::Block)
        m_pos = trailingWhitespace(view(), m_pos);
    el->contentModel = model;
    el->closed = closed;
    if (closed || !handleBody)
        return;
    switch (model) {
    case Node::ContentModel::Block:
        if (!parseBlocks(el, nullptr))
            warnAtOrigin(ParseWarning::Kind::UnclosedHtml, el->start, el->value);
        break;
    case Node::ContentModel::Span: {
        qsizetype endTagEnd = 0;
        if (const qsizetype endTag = findEndTag(view(), m_pos, el->value, &endTagEnd); endTag >= 0) {
            addText(*m_src, m_pos, endTag, el);
            m_pos = endTagEnd;
        } else {
            addText(*m_src, m_pos, size(), el);
            warnAtOrigin(ParseWarning::Kind::UnclosedHtml, el->start, el->value);
            m_pos = size();
        }
        break;
    }
    case Node::ContentModel::Raw:
        parseRawHtml(el);
        break;
    }
    if (!(m_tree->type == Type::HtmlElement && m_tree->contentModel == Node::ContentModel::Raw))
        m_pos = trailingWhitespace(view(), m_pos);
}

void Parser::parseRawHtml(Node *el)
{
    Node *savedTree = m_tree;
    m_tree = el;
    bool done = false;
    while (!eos() && !done) {
        // The next `<` that starts a tag, an end tag, a comment, a
        // processing instruction or CDATA.
        qsizetype q = m_pos;
        while (true) {
            q = text().indexOf(u'<', q);
            if (q < 0)
                break;
            const QChar c = at(q + 1);
            if (isAlpha(c) || c == u'_' || c == u'/' || c == u'?' || view().sliced(q).startsWith(u"<!--")
                || view().sliced(q).startsWith(u"<![CDATA["))
                break;
            ++q;
        }
        if (q < 0) {
            addText(*m_src, m_pos, size(), m_tree, Type::Text);
            m_pos = size();
            if (m_tree->type == Type::HtmlElement)
                warnAtOrigin(ParseWarning::Kind::UnclosedHtml, m_tree->start, m_tree->value);
            done = true;
            break;
        }
        addText(*m_src, m_pos, q, m_tree, Type::Text);
        m_pos = q;
        QString closeName;
        if (const qsizetype e = scanComment(view(), q); e >= 0) {
            NodePtr comment = newNode(Type::XmlComment, q, e, view().sliced(q, e - q).toString());
            comment->category = Node::Category::Block;
            m_tree->append(std::move(comment));
            m_pos = e;
        } else if (at(q + 1) == u'?' && text().indexOf(QLatin1String("?>"), q + 2) >= 0) {
            const qsizetype e = text().indexOf(QLatin1String("?>"), q + 2) + 2;
            NodePtr pi = newNode(Type::XmlProcessingInstruction, q, e, view().sliced(q, e - q).toString());
            pi->category = Node::Category::Block;
            m_tree->append(std::move(pi));
            m_pos = e;
        } else if (view().sliced(q).startsWith(u"<![CDATA[") && text().indexOf(QLatin1String("]]>"), q + 9) >= 0) {
            const qsizetype e = text().indexOf(QLatin1String("]]>"), q + 9);
            NodePtr cdata = newNode(Type::Text, q, e + 3, view().sliced(q + 9, e - q - 9).toString());
            m_tree->append(std::move(cdata));
            m_pos = e + 3;
        } else if (const HtmlTag tag = scanStartTag(view(), q); tag.end >= 0) {
            m_pos = tag.end;
            handleHtmlStartTag(tag, q, true);
        } else if (const qsizetype e = scanEndTag(view(), q, &closeName); e >= 0) {
            const QString name = isKnownElement(m_tree->value) ? closeName.toLower() : closeName;
            m_pos = e;
            if (m_tree->value == name) {
                done = true;
            } else {
                addText(*m_src, q, e, m_tree, Type::Text);
                warn(ParseWarning::Kind::StrayClosingTag, q, closeName);
            }
        } else {
            addText(*m_src, q, q + 1, m_tree, Type::Text);
            m_pos = q + 1;
        }
    }
    m_tree = savedTree;
}

bool Parser::parseBlockHtml()
{
    const qsizetype p = m_pos;
    if (const qsizetype e = scanComment(view(), p); e >= 0) {
        NodePtr comment = newNode(Type::XmlComment, p, e, view().sliced(p, e - p).toString());
        comment->category = Node::Category::Block;
        m_tree->append(std::move(comment));
        m_pos = trailingWhitespace(view(), e);
        return true;
    }
    const qsizetype q = skipSpaces(p, 3);
    // A span element's tag (`<img`, `<br>`) starts no HTML block: its name
    // says so before its attributes are read.
    const qsizetype nameEnd = at(q) == u'<' ? scanName(view(), q + 1) : q + 1;
    const bool spanTag = nameEnd > q + 1 && htmlSpanElements().contains(view().sliced(q + 1, nameEnd - q - 1).toString().toLower());
    if (const HtmlTag tag = spanTag ? HtmlTag() : scanStartTag(view(), q); tag.end >= 0 && !htmlSpanElements().contains(tag.name.toLower())) {
        m_pos = tag.end;
        handleHtmlStartTag(tag, q, true);
        return true;
    }
    QString name;
    if (const qsizetype e = scanEndTag(view(), q, &name); e >= 0 && !htmlSpanElements().contains(name.toLower())) {
        if (m_tree->type == Type::HtmlElement && m_tree->value == name.toLower()) {
            m_pos = e;
            m_stopBlockParsing = true;
            return true;
        }
    }
    return false;
}

// --- definitions and extensions ---------------------------------------------------

bool Parser::parseFootnoteDefinition()
{
    if (!atLineStart(m_pos))
        return false;
    qsizetype q = skipSpaces(m_pos, 3);
    if (at(q) != u'[' || at(q + 1) != u'^')
        return false;
    const qsizetype nameEnd = scanIdName(view(), q + 2);
    if (nameEnd == q + 2 || at(nameEnd) != u']' || at(nameEnd + 1) != u':')
        return false;
    const QString name = view().sliced(q + 2, nameEnd - q - 2).toString();
    const qsizetype contentStart = nameEnd + 2;
    const qsizetype firstEnd = nextLine(contentStart);
    if (firstEnd < 0)
        return false;
    const qsizetype end = codeblockMatch(firstEnd);
    // One indentation goes from every line, the first one's rest included.
    MappedText content;
    for (qsizetype r = contentStart; r < end;) {
        const qsizetype e = nextLine(r) < 0 ? end : std::min(nextLine(r), end);
        qsizetype s = r;
        if (at(s) == u'\t')
            ++s;
        else if (view().sliced(s).startsWith(u"    ") && s + 4 <= e)
            s += 4;
        content.append(*m_src, s, e);
        r = e;
    }
    const qsizetype start = m_pos;
    m_pos = end;
    // The content is read first: a definition of the same name inside it
    // is then overwritten by this one, as kramdown does.
    std::unique_ptr<Node> definitionContent = newNode(Type::Root, start, end);
    parseBlocks(definitionContent.get(), keep(std::move(content)));
    Node *eob = m_tree->append(newBlock(Type::EndOfBlock, start, end));
    eob->setName(QStringLiteral("footnote_def"));
    eob->value = name;
    FootnoteDefinition definition;
    definition.content = std::move(definitionContent);
    m_footnotes[name] = std::move(definition);
    return true;
}

static QString normalizedLinkId(const QString &id)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(id).replace(space, QStringLiteral(" ")).toLower();
}

bool Parser::parseLinkDefinition()
{
    if (!atLineStart(m_pos))
        return false;
    const qsizetype q = skipSpaces(m_pos, 3);
    if (at(q) != u'[')
        return false;
    static const QRegularExpression definition(
        QStringLiteral("^ {0,3}\\[([^\\n\\]]+)\\]:[ \\t]*(?:<(.*?)>|([^\\n]*?\\S[^\\n]*?))"
                       "(?:(?:[ \\t]*?\\n|[ \\t]+?)[ \\t]*?([\"'])(.+?)\\4)?[ \\t]*?\\n"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = definition.matchView(view(), m_pos, QRegularExpression::NormalMatch,
                                                           QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return false;
    static const QRegularExpression quoteAfterSpace(QStringLiteral("[ \\t]+[\"']"));
    if (m.hasCaptured(3) && quoteAfterSpace.matchView(m.capturedView(3)).hasMatch())
        return false;
    const QString id = normalizedLinkId(m.captured(1));
    const int urlGroup = m.hasCaptured(2) ? 2 : 3;
    LinkDefinition link;
    link.url = m.captured(urlGroup);
    if (m.hasCaptured(5))
        link.title = m.captured(5);
    if (m_src->isContiguous(m.capturedStart(urlGroup), m.capturedEnd(urlGroup))) {
        link.urlStart = origin(m.capturedStart(urlGroup));
        link.urlEnd = m.capturedLength(urlGroup) > 0 ? origin(m.capturedEnd(urlGroup) - 1) + 1 : link.urlStart;
    }
    // `[^이름]: ...` looks like a footnote but its name is not one
    // (`\w[\w-]*`, ASCII only): it is a link definition, and goes.
    if (id.startsWith(u'^'))
        warn(ParseWarning::Kind::FootnoteName, q, m.captured(1).sliced(1));
    Node *eob = m_tree->append(newBlock(Type::EndOfBlock, m_pos, m.capturedEnd()));
    eob->setName(QStringLiteral("link_def"));
    eob->value = id;
    m_linkDefinitions.insert(id, link);
    m_linkDefinitionEnds.insert(id, eob);
    m_pos = m.capturedEnd();
    return true;
}

bool Parser::parseAbbrevDefinition()
{
    if (!atLineStart(m_pos))
        return false;
    const qsizetype q = skipSpaces(m_pos, 3);
    if (at(q) != u'*' || at(q + 1) != u'[')
        return false;
    const qsizetype e = nextLine(q);
    if (e < 0)
        return false;
    // `\*\[(.+?)\]:(.*?)\n`: the first `]:` of the line ends the name.
    const qsizetype close = text().indexOf(QLatin1String("]:"), q + 3);
    if (close < 0 || close >= e)
        return false;
    const QString name = view().sliced(q + 2, close - q - 2).toString();
    const QString expansion = strip(view().sliced(close + 2, e - 1 - close - 2));
    Node *eob = m_tree->append(newBlock(Type::EndOfBlock, m_pos, e));
    eob->setName(QStringLiteral("abbrev_def"));
    eob->value = name;
    m_abbreviations.insert(name, expansion);
    m_abbreviationEobs.insert(name, eob);
    m_pos = e;
    return true;
}

bool Parser::parseBlockExtensions()
{
    const qsizetype q = skipSpaces(m_pos, 3);
    // `{:name: ...}` defines an attribute list.
    const qsizetype nameEnd = scanIdName(view(), q + 2);
    if (nameEnd > q + 2 && at(nameEnd) == u':') {
        qsizetype after = -1;
        const qsizetype close = attributeListEnd(view(), nameEnd + 1, [&](qsizetype a) {
            after = lineRestBlank(view(), a);
            return after >= 0;
        });
        if (close >= 0) {
            after = lineRestBlank(view(), close + 1);
            parseAttributeList(view().sliced(nameEnd + 1, close - nameEnd - 1),
                               m_alds[view().sliced(q + 2, nameEnd - q - 2).toString()]);
            Node *eob = m_tree->append(newBlock(Type::EndOfBlock, m_pos, after));
            eob->setName(QStringLiteral("ald"));
            m_pos = after;
            return true;
        }
    }
    if (at(q + 2) == u':' || at(q + 2) == u'/') {
        if (parseExtensionStartTag(true))
            return true;
        return false;
    }
    qsizetype end = 0;
    qsizetype bodyStart = 0;
    qsizetype bodyEnd = 0;
    if (ialBlockAt(m_pos, &end, &bodyStart, &bodyEnd)) {
        const QStringView body = view().sliced(bodyStart, bodyEnd - bodyStart);
        Node *last = m_tree->lastChild();
        m_pos = end;
        if (last && last->type != Type::Blank
            && (last->type != Type::EndOfBlock || last->name() == u"link_def" || last->name() == u"abbrev_def"
                || last->name() == u"footnote_def")) {
            if (!last->details().attributeList)
                last->editDetails().attributeList = AttributeList();
            parseAttributeList(body, *last->editDetails().attributeList);
            if (!ialBlockAt(m_pos)) {
                Node *eob = m_tree->append(newBlock(Type::EndOfBlock, bodyStart, end));
                eob->setName(QStringLiteral("ial"));
            }
        } else {
            if (!m_blockIal)
                m_blockIal = AttributeList();
            parseAttributeList(body, *m_blockIal);
        }
        return true;
    }
    return false;
}

// `{::name options}body{:/name}` or `{::name options /}`.
bool Parser::parseExtensionStartTag(bool block)
{
    const qsizetype start = m_pos;
    const qsizetype q = block ? skipSpaces(m_pos, 3) : m_pos;
    // A stop tag without its start: kramdown ignores it, with a warning.
    if (at(q + 2) == u'/') {
        warn(ParseWarning::Kind::Other, q, QStringLiteral("{:/}"));
        if (!block) {
            addText(q, q + 1);
            m_pos = q + 1;
        }
        return false;
    }
    const qsizetype nameEnd = [&] {
        qsizetype e = q + 3;
        while (isAsciiWord(at(e)))
            ++e;
        return e;
    }();
    if (nameEnd == q + 3)
        return false;
    const QString name = view().sliced(q + 3, nameEnd - q - 3).toString();
    qsizetype p = nameEnd;
    qsizetype optionsStart = -1;
    qsizetype optionsEnd = -1;
    if (isSpace(at(p))) {
        optionsStart = p + 1;
        // the options reach to `/}` or `}` (lazily)
        qsizetype e = optionsStart;
        while (e < size()) {
            if (at(e) == u'\\' && at(e + 1) == u'}') {
                e += 2;
                continue;
            }
            if (at(e) == u'}' || (at(e) == u'/' && at(e + 1) == u'}'))
                break;
            ++e;
        }
        optionsEnd = e;
        p = e;
    }
    const bool selfClosing = at(p) == u'/';
    if (selfClosing)
        ++p;
    if (at(p) != u'}')
        return false;
    qsizetype tagEnd = p + 1;
    if (block) {
        const qsizetype e = lineRestBlank(view(), tagEnd);
        if (e < 0)
            return false;
        tagEnd = e;
    }
    AttributeList options;
    if (optionsStart >= 0)
        parseAttributeList(view().sliced(optionsStart, optionsEnd - optionsStart), options);
    qsizetype bodyFrom = -1;
    qsizetype bodyTo = -1;
    qsizetype end = tagEnd;
    if (!selfClosing) {
        // The stop tag: `{:/name}` or `{:/}`; for a block on a line of its own.
        qsizetype s = tagEnd;
        bool found = false;
        while (s < size()) {
            const qsizetype stop = text().indexOf(QLatin1String("{:/"), s);
            if (stop < 0)
                break;
            qsizetype r = stop + 3;
            if (view().sliced(r).startsWith(name))
                r += name.size();
            if (at(r) == u'}') {
                if (!block) {
                    bodyFrom = tagEnd;
                    bodyTo = stop;
                    end = r + 1;
                    found = true;
                    break;
                }
                const qsizetype lineStart = [&] {
                    qsizetype l = stop;
                    while (l > 0 && at(l - 1) == u' ')
                        --l;
                    return l;
                }();
                const qsizetype e = lineRestBlank(view(), r + 1);
                if (atLineStart(lineStart) && stop - lineStart <= 3 && e >= 0) {
                    bodyFrom = tagEnd;
                    bodyTo = lineStart > tagEnd ? lineStart - 1 : lineStart; // chomp
                    end = e;
                    found = true;
                    break;
                }
            }
            s = stop + 3;
        }
        if (!found) {
            warn(ParseWarning::Kind::Other, q, name);
            m_pos = start;
            if (!block) {
                addText(q, q + 1);
                m_pos = q + 1;
            }
            return !block;
        }
    }
    if (!handleExtension(name, options, m_src, bodyFrom, bodyTo, block, q, end)) {
        m_pos = start;
        if (!block) {
            addText(q, q + 1);
            m_pos = q + 1;
            return true;
        }
        return false;
    }
    m_pos = end;
    return true;
}

bool Parser::handleExtension(const QString &name, const AttributeList &options, const MappedText *body,
                             qsizetype bodyFrom, qsizetype bodyTo, bool block, qsizetype from, qsizetype to)
{
    if (name == u"comment") {
        if (bodyFrom >= 0) {
            NodePtr comment = newNode(Type::Comment, from, to, body->text().sliced(bodyFrom, bodyTo - bodyFrom).toString());
            comment->category = block ? Node::Category::Block : Node::Category::Span;
            m_tree->append(std::move(comment));
        }
        return true;
    }
    if (name == u"nomarkdown") {
        if (bodyFrom >= 0) {
            NodePtr raw = newNode(Type::Raw, from, to, body->text().sliced(bodyFrom, bodyTo - bodyFrom).toString());
            raw->category = block ? Node::Category::Block : Node::Category::Span;
            if (const QString type = options.attributes.value(u"type"); !type.isEmpty())
                raw->setName(type);
            m_tree->append(std::move(raw));
        }
        return true;
    }
    if (name == u"options") {
        m_optionsSet = true;
        // Options a post sets for itself: those that change the reading.
        for (const auto &[key, value] : options.attributes.items()) {
            const bool on = value == u"true";
            KramdownOptions &o = m_options;
            if (key == u"parse_block_html")
                o.parseBlockHtml = on;
            else if (key == u"parse_span_html")
                o.parseSpanHtml = on;
            else if (key == u"auto_ids")
                o.autoIds = on;
            else if (key == u"auto_id_prefix")
                o.autoIdPrefix = value;
        }
        if (block) {
            Node *eob = m_tree->append(newBlock(Type::EndOfBlock, from, to));
            eob->setName(QStringLiteral("extension"));
        }
        return true;
    }
    return false;
}

// --- spans -----------------------------------------------------------------------------

bool Parser::smartQuoteAt(qsizetype p) const
{
    const QChar c = at(p);
    const QChar n = at(p + 1);
    return c == u'"' || c == u'\'' || ((n == u'"' || n == u'\'') && c != u'\\' && p + 1 < size());
}

// The characters some span parser starts with.
constexpr auto spanTriggers = [] {
    std::array<bool, 128> t{};
    for (const char c : std::string_view("*_`<[!${&-.>\\ ~\"'"))
        t[std::size_t(c)] = true;
    return t;
}();

// Where any enabled span parser could start (kramdown's span_start).
bool Parser::spanStartAt(qsizetype p, unsigned parsers) const
{
    // Most characters (Hangul, letters, digits) start nothing, unless a
    // quote follows them: said at once, before the cases below.
    const QChar c = at(p);
    if (c.unicode() >= spanTriggers.size() || !spanTriggers[c.unicode()]) {
        if (!(parsers & SmartQuotes))
            return false;
        const QChar next = at(p + 1);
        return (next == u'"' || next == u'\'') && p + 1 < size();
    }
    const QChar n = at(p + 1);
    switch (c.unicode()) {
    case '*':
    case '_':
        if (parsers & Emphasis)
            return true;
        break;
    case '`':
        if (parsers & Codespan)
            return true;
        break;
    case '<':
        if (parsers & (Autolink | SpanHtml))
            return true;
        if ((parsers & TypographicSyms) && n == u'<')
            return true;
        break;
    case '[':
        if (parsers & (FootnoteMarker | Link))
            return true;
        break;
    case '!':
        if ((parsers & Link) && n == u'[')
            return true;
        break;
    case '$':
        if (parsers & InlineMath)
            return true;
        break;
    case '{':
        if ((parsers & SpanExtensions) && n == u':')
            return true;
        break;
    case '&':
        if (parsers & HtmlEntity)
            return true;
        break;
    case '-':
        if ((parsers & TypographicSyms) && n == u'-')
            return true;
        break;
    case '.':
        if ((parsers & TypographicSyms) && n == u'.' && at(p + 2) == u'.')
            return true;
        break;
    case '>':
        if ((parsers & TypographicSyms) && n == u'>')
            return true;
        break;
    case '\\':
        if (parsers & EscapedChars)
            return true;
        if ((parsers & TypographicSyms) && ((n == u'<' && at(p + 2) == u'<') || (n == u'>' && at(p + 2) == u'>')))
            return true;
        if ((parsers & LineBreak) && n == u'\\' && at(p + 2) == u'\n')
            return true;
        break;
    case ' ':
        if ((parsers & TypographicSyms) && ((n == u'<' && at(p + 2) == u'<') || (n == u'>' && at(p + 2) == u'>')))
            return true;
        if ((parsers & LineBreak) && n == u' ' && at(p + 2) == u'\n')
            return true;
        break;
    case '~':
        if ((parsers & Strikethrough) && n == u'~')
            return true;
        break;
    default:
        break;
    }
    return (parsers & SmartQuotes) && smartQuoteAt(p);
}

bool Parser::parseSpans(Node *el, const Stop *stop, unsigned parsers, Type textType)
{
    parsers &= m_enabledSpans;
    Node *savedTree = m_tree;
    const Type savedType = m_textType;
    if (savedTree)
        m_spanStack.push_back(savedTree);
    m_tree = el;
    m_textType = textType;
    bool stopFound = false;
    while (!eos() && !stopFound) {
        qsizetype next = m_pos;
        // Most characters start nothing: passed over here without asking
        // spanStartAt (a quote after one may start a smart quote).
        const QChar *chars = m_src->text().constData();
        const qsizetype n = size();
        while (next < n && !(stop && stop->match(next) >= 0)) {
            const char16_t c = chars[next].unicode();
            const char16_t after = next + 1 < n ? chars[next + 1].unicode() : u'\0';
            if ((c >= spanTriggers.size() || !spanTriggers[c]) && after != u'"' && after != u'\'')
                ++next;
            else if (spanStartAt(next, parsers))
                break;
            else
                ++next;
        }
        if (next >= size()) {
            if (!stop) {
                addText(m_pos, size());
                m_pos = size();
            }
            break;
        }
        addText(m_pos, next);
        m_pos = next;
        if (stop && stop->match(m_pos) >= 0)
            stopFound = stop->accept ? stop->accept(m_pos) : true;
        if (!stopFound && !trySpanParsers(parsers)) {
            addText(m_pos, m_pos + 1);
            ++m_pos;
        }
    }
    m_tree = savedTree;
    m_textType = savedType;
    if (savedTree)
        m_spanStack.pop_back();
    return stopFound;
}

void Parser::parseSpansOf(const MappedText &text, Node *el, unsigned parsers, Type textType)
{
    const MappedText *savedSrc = std::exchange(m_src, &text);
    const qsizetype savedPos = std::exchange(m_pos, 0);
    Node *savedTree = std::exchange(m_tree, nullptr);
    std::vector<Node *> savedStack = std::exchange(m_spanStack, {});
    parseSpans(el, nullptr, parsers, textType);
    m_src = savedSrc;
    m_pos = savedPos;
    m_tree = savedTree;
    m_spanStack = std::move(savedStack);
}

bool Parser::trySpanParsers(unsigned parsers)
{
    const QChar c = at(m_pos);
    qsizetype end = 0;
    int which = 0;
    if ((parsers & Emphasis) && (c == u'*' || c == u'_')) {
        parseEmphasis();
        return true;
    }
    if ((parsers & Codespan) && c == u'`') {
        parseCodespan();
        return true;
    }
    if ((parsers & Autolink) && autolinkAt(m_pos, &end)) {
        parseAutolink();
        return true;
    }
    if ((parsers & SpanHtml) && spanHtmlStartAt(m_pos)) {
        parseSpanHtml();
        return true;
    }
    if ((parsers & FootnoteMarker) && footnoteMarkerAt(m_pos, &end)) {
        parseFootnoteMarker();
        return true;
    }
    if ((parsers & Link) && linkStartAt(m_pos)) {
        parseLink();
        return true;
    }
    if ((parsers & SmartQuotes) && smartQuoteAt(m_pos)) {
        parseSmartQuotes();
        return true;
    }
    if ((parsers & InlineMath) && inlineMathAt(m_pos, &end)) {
        parseInlineMath();
        return true;
    }
    if ((parsers & SpanExtensions) && c == u'{' && at(m_pos + 1) == u':') {
        parseSpanExtensions();
        return true;
    }
    if ((parsers & HtmlEntity) && htmlEntityAt(m_pos, &end)) {
        parseHtmlEntity();
        return true;
    }
    if ((parsers & TypographicSyms) && typographicAt(m_pos, &end, &which)) {
        parseTypographicSyms();
        return true;
    }
    if ((parsers & LineBreak) && lineBreakAt(m_pos)) {
        parseLineBreak();
        return true;
    }
    if ((parsers & EscapedChars) && escapedCharAt(m_pos, m_options.gfm)) {
        parseEscapedChars();
        return true;
    }
    if ((parsers & Strikethrough) && strikethroughAt(m_pos, &end)) {
        parseStrikethrough();
        return true;
    }
    return false;
}

void Parser::parseEmphasis()
{
    const qsizetype saved = m_pos;
    const QChar type = at(m_pos);
    const qsizetype length = at(m_pos + 1) == type ? 2 : 1;
    const Type element = length == 2 ? Type::Strong : Type::Emphasis;
    // `_` inside a word (kramdown: `[[:alpha:]]-?[[:alpha:]]*_*\z` before it)
    // opens nothing; Hangul counts as letters.
    bool intraword = false;
    if (type == u'_') {
        qsizetype i = saved;
        while (i > 0 && at(i - 1) == u'_')
            --i;
        qsizetype j = i;
        while (j > 0 && isAlpha(at(j - 1)))
            --j;
        intraword = (i - j >= 1) || (j >= 2 && at(j - 1) == u'-' && isAlpha(at(j - 2)));
    }
    const bool nested = m_tree->type == element
                        || std::any_of(m_spanStack.begin(), m_spanStack.end(),
                                       [element](const Node *n) { return n->type == element; });
    if (intraword || isSpace(at(saved + length)) || nested) {
        addText(saved, saved + length);
        m_pos = saved + length;
        return;
    }
    const auto subParse = [&](qsizetype delimiterLength, Type elementType) -> std::pair<bool, NodePtr> {
        NodePtr el = newNode(elementType, saved, saved);
        Node *raw = el.get();
        const char16_t marks[4] = {type.unicode(), type.unicode(), type.unicode(), type.unicode()};
        const QStringView delimiter(marks, delimiterLength);
        const QStringView doubled(marks, delimiterLength * 2);
        Stop stop;
        stop.match = [&](qsizetype p) -> qsizetype {
            return view().sliced(p).startsWith(delimiter) ? delimiterLength : -1;
        };
        stop.accept = [&, raw](qsizetype p) {
            if (p > 0 && isSpace(at(p - 1)))
                return false;
            if (elementType == Type::Emphasis && view().sliced(p).startsWith(doubled)
                && !view().sliced(p + doubled.size()).startsWith(delimiter))
                return false;
            if (type == u'_' && isAlnum(at(p + delimiterLength)))
                return false;
            return !raw->children.empty();
        };
        const bool found = parseSpans(el.get(), &stop, allSpanParsers, m_textType);
        return {found, std::move(el)};
    };
    m_pos = saved + length;
    auto [found, el] = subParse(length, element);
    qsizetype closing = length;
    if (!found && element == Type::Strong && m_tree->type != Type::Emphasis) {
        m_pos = saved + 1;
        auto retry = subParse(1, Type::Emphasis);
        found = retry.first;
        el = std::move(retry.second);
        closing = 1;
    }
    if (found) {
        m_pos += closing;
        el->end = origin(m_pos - 1) + 1;
        m_tree->append(std::move(el));
    } else {
        m_pos = saved + length;
        addText(saved, saved + length);
    }
}

void Parser::parseCodespan()
{
    const qsizetype saved = m_pos;
    qsizetype n = 0;
    while (at(saved + n) == u'`')
        ++n;
    const bool simple = n == 1;
    // A lone backtick between spaces is a backtick.
    if (simple && (saved == 0 || isSpace(at(saved - 1)) || (saved == 1 && at(0) == u'\n')) && isSpace(at(saved + 1))) {
        addText(saved, saved + 1);
        m_pos = saved + 1;
        return;
    }
    const qsizetype close = text().indexOf(QString(n, u'`'), saved + n);
    if (close < 0) {
        addText(saved, saved + n);
        m_pos = saved + n;
        return;
    }
    QString code = view().sliced(saved + n, close - saved - n).toString();
    if (!simple) {
        if (code.startsWith(u' '))
            code.remove(0, 1);
        if (code.endsWith(u' '))
            code.chop(1);
    }
    m_tree->append(newNode(Type::CodeSpan, saved, close + n, code));
    m_pos = close + n;
}

bool Parser::autolinkAt(qsizetype p, qsizetype *end) const
{
    if (at(p) != u'<')
        return false;
    const QStringView rest = view().sliced(p + 1);
    for (const QLatin1String scheme : {QLatin1String("mailto:"), QLatin1String("http:"), QLatin1String("https:"),
                                       QLatin1String("ftp:"), QLatin1String("ftps:")}) {
        if (rest.startsWith(scheme)) {
            // `.+?>`: at least one character, no line break
            for (qsizetype i = p + 1 + scheme.size() + 1; i < size() && at(i) != u'\n'; ++i) {
                if (at(i) == u'>') {
                    *end = i + 1;
                    return true;
                }
            }
            return false;
        }
    }
    const auto isAchar = [](QChar c) { return isAlnum(c) || c == u'-' || c == u'_' || c == u'.'; };
    qsizetype i = p + 1;
    while (i < size() && isAchar(at(i)))
        ++i;
    if (i == p + 1 || at(i) != u'@')
        return false;
    qsizetype j = i + 1;
    while (j < size() && isAchar(at(j)))
        ++j;
    if (j == i + 1 || at(j) != u'>')
        return false;
    *end = j + 1;
    return true;
}

void Parser::parseAutolink()
{
    qsizetype end = 0;
    autolinkAt(m_pos, &end);
    const QString inner = view().sliced(m_pos + 1, end - m_pos - 2).toString();
    static const QRegularExpression scheme(QStringLiteral("^(mailto|https?|ftps?):"));
    const bool email = !scheme.match(inner).hasMatch();
    NodePtr a = newNode(Type::Link, m_pos, end);
    a->editAttributes().set(QStringLiteral("href"), email ? QStringLiteral("mailto:") + inner : inner);
    if (m_src->isContiguous(m_pos + 1, end - 1)) {
        a->setUrlSpan(origin(m_pos + 1), origin(end - 2) + 1);
    }
    QString shown = inner;
    if (shown.startsWith(QLatin1String("mailto:")))
        shown.remove(0, 7);
    auto label = std::make_unique<Node>(m_textType, shown);
    label->start = origin(m_pos + 1);
    label->end = origin(end - 2) + 1;
    a->append(std::move(label));
    m_tree->append(std::move(a));
    m_pos = end;
}

bool Parser::spanHtmlStartAt(qsizetype p) const
{
    if (at(p) != u'<')
        return false;
    const QChar c = at(p + 1);
    return isAlpha(c) || c == u'_' || c == u'/' || view().sliced(p).startsWith(u"<!--")
           || view().sliced(p).startsWith(u"<![CDATA[");
}

void Parser::parseSpanHtml()
{
    const qsizetype p = m_pos;
    if (const qsizetype e = scanComment(view(), p); e >= 0) {
        NodePtr comment = newNode(Type::XmlComment, p, e, view().sliced(p, e - p).toString());
        comment->category = Node::Category::Span;
        m_tree->append(std::move(comment));
        m_pos = e;
        return;
    }
    if (view().sliced(p).startsWith(u"<![CDATA[")) {
        const qsizetype close = text().indexOf(QLatin1String("]]>"), p + 9);
        if (close >= 0) {
            const QString inner = view().sliced(p + 9, close - p - 9).toString();
            addPlainText(QString(inner).replace(u'&', QLatin1String("&amp;"))
                             .replace(u'<', QLatin1String("&lt;"))
                             .replace(u'>', QLatin1String("&gt;"))
                             .replace(u'"', QLatin1String("&quot;")),
                         origin(p));
            m_pos = close + 3;
            return;
        }
    }
    QString closeName;
    if (const qsizetype e = scanEndTag(view(), p, &closeName); e >= 0) {
        warn(ParseWarning::Kind::StrayClosingTag, p, closeName);
        addText(p, e);
        m_pos = e;
        return;
    }
    const HtmlTag tag = scanStartTag(view(), p);
    if (tag.end < 0) {
        addText(p, p + 1);
        m_pos = p + 1;
        return;
    }
    QString name = tag.name;
    const bool known = isKnownElement(name.toLower());
    if (known)
        name = name.toLower();
    if (htmlBlockElements().contains(name)) {
        warn(ParseWarning::Kind::BlockTagInText, p, name);
        addText(p, tag.end);
        m_pos = tag.end;
        return;
    }
    bool parse = (contentModelOf(name) == Node::ContentModel::Raw
                  || (m_tree->type == Type::HtmlElement && m_tree->contentModel == Node::ContentModel::Raw))
                     ? false
                     : m_options.parseSpanHtml;
    Node *el = attributeNode(tag, p, known, true);
    el->value = name;
    el->category = Node::Category::Span;
    el->start = origin(p);
    if (el->attributes().contains(u"markdown")) {
        const QString markdown = el->attributes().value(u"markdown");
        el->editAttributes().remove(u"markdown");
        std::erase_if(el->editDetails().attributeSpans, [](const auto &span) { return span.first == u"markdown"; });
        if (markdown == u"span")
            parse = true;
        else if (markdown == u"1")
            parse = contentModelOf(name) != Node::ContentModel::Raw;
        else if (markdown == u"0")
            parse = false;
    }
    el->contentModel = parse ? Node::ContentModel::Span : Node::ContentModel::Raw;
    el->closed = tag.selfClosing;
    m_pos = tag.end;
    if (!tag.selfClosing && !htmlElementsWithoutBody().contains(name)) {
        const QString endName = name;
        const bool insensitive = known;
        Stop stop;
        stop.match = [this, endName, insensitive](qsizetype q) -> qsizetype {
            QString found;
            const qsizetype e = scanEndTag(view(), q, &found);
            if (e < 0)
                return -1;
            const bool same = insensitive ? found.compare(endName, Qt::CaseInsensitive) == 0 : found == endName;
            return same ? e - q : -1;
        };
        if (parseSpans(el, &stop, parse ? allSpanParsers : SpanHtml, m_textType)) {
            m_pos += stop.match(m_pos);
        } else {
            warnAtOrigin(ParseWarning::Kind::UnclosedHtml, el->start, name);
            addText(*m_src, m_pos, size(), el);
            m_pos = size();
        }
    }
    el->end = origin(std::max(m_pos - 1, p)) + 1;
}

bool Parser::footnoteMarkerAt(qsizetype p, qsizetype *end) const
{
    if (at(p) != u'[' || at(p + 1) != u'^')
        return false;
    const qsizetype e = scanIdName(view(), p + 2);
    if (e == p + 2 || at(e) != u']')
        return false;
    *end = e + 1;
    return true;
}

void Parser::parseFootnoteMarker()
{
    qsizetype end = 0;
    footnoteMarkerAt(m_pos, &end);
    const QString name = view().sliced(m_pos + 2, end - m_pos - 3).toString();
    const auto it = m_footnotes.find(name);
    if (it != m_footnotes.end()) {
        it->second.referenced = true;
        NodePtr marker = newNode(Type::Footnote, m_pos, end);
        marker->setName(name);
        m_tree->append(std::move(marker));
    } else {
        warn(ParseWarning::Kind::MissingFootnote, m_pos, name);
        addText(m_pos, end);
    }
    m_pos = end;
}

bool Parser::linkStartAt(qsizetype p) const
{
    if (at(p) == u'[')
        return p + 1 < size() && at(p + 1) != u'^';
    return at(p) == u'!' && at(p + 1) == u'[' && p + 2 < size() && at(p + 2) != u'^';
}

void Parser::updateAttributes(Attributes &attributes, const AttributeList &list, int depth)
{
    // References to definitions first, then the list's own attributes.
    if (depth < 16) {
        for (const QString &reference : list.references) {
            if (const auto it = m_alds.constFind(reference); it != m_alds.cend())
                updateAttributes(attributes, *it, depth + 1);
        }
    }
    for (const auto &[name, value] : list.attributes.items()) {
        if (name == u"class")
            attributes.addClasses(value);
        else
            attributes.set(name, value);
    }
}

void Parser::addLink(NodePtr el, const QString &href, const std::optional<QString> &title, const QString &alt,
                     const std::optional<AttributeList> &ial, qsizetype urlFrom, qsizetype urlTo,
                     const MappedText *urlSource)
{
    if (ial) {
        el->editDetails().attributeList = ial;
        updateAttributes(el->editAttributes(), *ial);
    }
    if (el->type == Type::Link) {
        el->editAttributes().set(QStringLiteral("href"), href);
    } else {
        el->editAttributes().set(QStringLiteral("src"), href);
        el->editAttributes().set(QStringLiteral("alt"), alt);
        el->children.clear();
    }
    if (title)
        el->editAttributes().set(QStringLiteral("title"), *title);
    el->markdownImage = true;
    if (urlSource && urlFrom >= 0 && urlSource->isContiguous(urlFrom, urlTo)) {
        const qsizetype urlStart = urlSource->origin(urlFrom);
        el->setUrlSpan(urlStart, urlTo > urlFrom ? urlSource->origin(urlTo - 1) + 1 : urlStart);
    }
    el->end = origin(std::max<qsizetype>(m_pos - 1, 0)) + 1;
    m_tree->append(std::move(el));
}

void Parser::parseLink()
{
    const qsizetype start = m_pos;
    const bool image = at(m_pos) == u'!';
    const qsizetype open = m_pos + (image ? 2 : 1);
    m_pos = open;
    const qsizetype saved = m_pos;
    if (!image
        && (m_tree->type == Type::Image || m_tree->type == Type::Link
            || std::any_of(m_spanStack.begin(), m_spanStack.end(),
                           [](const Node *n) { return n->type == Type::Image || n->type == Type::Link; }))) {
        addText(start, open);
        return;
    }
    NodePtr el = newNode(image ? Type::Image : Type::Link, start, start);
    Node *raw = el.get();
    int count = 1;
    Stop stop;
    stop.match = [this](qsizetype p) -> qsizetype {
        if (at(p) == u']' || at(p) == u'[')
            return 1;
        if (at(p) == u'!' && at(p + 1) == u'[')
            return 2;
        return -1;
    };
    stop.accept = [this, &count, raw](qsizetype p) {
        count += at(p) == u']' ? -1 : 1;
        const auto images = std::count_if(raw->children.begin(), raw->children.end(),
                                          [](const NodePtr &c) { return c->type == Type::Image; });
        return count - images == 0;
    };
    if (!parseSpans(el.get(), &stop, allSpanParsers, m_textType)) {
        m_pos = saved;
        addText(start, open);
        return;
    }
    // The alternative text is the source between the brackets, unescaped.
    QString alt;
    {
        const QStringView source = view().sliced(open, m_pos - open);
        alt.reserve(source.size());
        for (qsizetype i = 0; i < source.size(); ++i) {
            if (source[i] == u'\\' && i + 1 < source.size()
                && QStringView(u"\\.*_+`<>()[]{}#!:|\"'$=-").contains(source[i + 1]))
                ++i;
            alt += source[i];
        }
    }
    ++m_pos; // the `]`
    // A reference: `[text][id]`, `[text] [id]`, or `[text]` alone.
    qsizetype q = m_pos;
    while (q < size() && isSpace(at(q)))
        ++q;
    bool reference = false;
    QString id;
    bool idWritten = false;
    if (at(q) == u'[') {
        const qsizetype close = text().indexOf(u']', q + 1);
        if (close >= 0) {
            reference = true;
            id = view().sliced(q + 1, close - q - 1).toString();
            idWritten = close > q + 1;
            m_pos = close + 1;
        }
    }
    // `\s*?` is lazy: a `[` right after the spaces, or none at all.
    if (!reference && at(m_pos) != u'(')
        reference = true;
    if (reference) {
        const QString key = normalizedLinkId(idWritten ? id : alt);
        if (const auto it = m_linkDefinitions.constFind(key); it != m_linkDefinitions.cend()) {
            el->setName(key);
            const Node *eob = m_linkDefinitionEnds.value(key);
            std::optional<AttributeList> ial = eob ? eob->details().attributeList : it->attributes;
            const LinkDefinition definition = *it;
            addLink(std::move(el), definition.url, definition.title, alt, ial, -1, -1, nullptr);
            Node *added = m_tree->lastChild();
            added->setUrlSpan(definition.urlStart, definition.urlEnd);
        } else {
            if (!idWritten)
                warn(ParseWarning::Kind::MissingLinkDefinition, start, key);
            m_pos = saved;
            addText(start, open);
        }
        return;
    }
    // An inline link: `(<url>)`, `(url)` with balanced parentheses and any
    // spaces, `(url "title")`.
    QString url;
    qsizetype urlFrom = -1;
    qsizetype urlTo = -1;
    bool angle = false;
    if (at(m_pos + 1) == u'<') {
        const qsizetype close = text().indexOf(u'>', m_pos + 2);
        const qsizetype lineEnd = this->lineEnd(m_pos + 2);
        if (close >= 0 && close <= lineEnd) {
            angle = true;
            url = view().sliced(m_pos + 2, close - m_pos - 2).toString();
            urlFrom = m_pos + 2;
            urlTo = close;
            m_pos = close + 1;
            if (at(m_pos) == u')') {
                ++m_pos;
                addLink(std::move(el), url, std::nullopt, alt, std::nullopt, urlFrom, urlTo, m_src);
                return;
            }
        }
    }
    if (!angle) {
        const qsizetype parenOpen = m_pos;
        int brackets = 0;
        qsizetype p = m_pos;
        qsizetype stopAt = -1;
        while (p < size()) {
            const QChar c = at(p);
            if (c == u'(') {
                ++brackets;
            } else if (c == u')') {
                --brackets;
                if (brackets == 0) {
                    stopAt = p;
                    break;
                }
            } else if (isSpace(c) && (at(p + 1) == u'"' || at(p + 1) == u'\'')) {
                stopAt = p;
                break;
            }
            ++p;
        }
        if (stopAt < 0) {
            m_pos = saved;
            addText(start, open);
            return;
        }
        urlFrom = parenOpen + 1;
        urlTo = stopAt;
        while (urlFrom < urlTo && isStripped(at(urlFrom)))
            ++urlFrom;
        while (urlTo > urlFrom && isStripped(at(urlTo - 1)))
            --urlTo;
        url = view().sliced(urlFrom, urlTo - urlFrom).toString();
        m_pos = stopAt + 1;
        if (brackets == 0) {
            addLink(std::move(el), url, std::nullopt, alt, std::nullopt, urlFrom, urlTo, m_src);
            return;
        }
    }
    // `\s*?(["'])(.+?)\1\s*?\)`
    qsizetype p = m_pos;
    while (p < size() && isSpace(at(p)))
        ++p;
    if (at(p) == u'"' || at(p) == u'\'') {
        const QChar quote = at(p);
        for (qsizetype close = text().indexOf(quote, p + 2); close >= 0; close = text().indexOf(quote, close + 1)) {
            qsizetype r = close + 1;
            while (r < size() && isSpace(at(r)))
                ++r;
            if (at(r) == u')') {
                const QString title = view().sliced(p + 1, close - p - 1).toString();
                m_pos = r + 1;
                addLink(std::move(el), url, title, alt, std::nullopt, urlFrom, urlTo, m_src);
                return;
            }
        }
    }
    m_pos = saved;
    addText(start, open);
}

// kramdown's SQ_PUNCT
static bool isSqPunct(QChar c)
{
    return QStringView(u"!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~").contains(c) && !c.isNull();
}

void Parser::parseSmartQuotes()
{
    const qsizetype p = m_pos;
    const auto isQuote = [](QChar c) { return c == u'"' || c == u'\''; };
    const auto wordAt = [this](qsizetype i) { return i >= 0 && i < size() && isWord(at(i)); };
    using Symbol = Node::Symbol;
    // What a rule makes: text from the source, or a quote.
    struct Piece
    {
        qsizetype from = 0, to = 0; // text when to > from
        std::optional<Symbol> quote;
        qsizetype at = 0;
    };
    std::vector<Piece> pieces;
    qsizetype end = p;
    const auto single = [](QChar q, bool left) {
        return q == u'"' ? (left ? Symbol::Ldquo : Symbol::Rdquo) : (left ? Symbol::Lsquo : Symbol::Rsquo);
    };
    const QChar c0 = at(p);
    const QChar c1 = at(p + 1);
    if (isQuote(c0) && (c1 == u'_' || c1 == u'*') && p + 2 < size() && !isSpace(at(p + 2))) {
        pieces.push_back({0, 0, single(c0, true), p});
        end = p + 1;
    } else if (isQuote(c0) && isSqPunct(c1) && !(at(p + 2) == u'.' && at(p + 3) == u'.')
               && wordAt(p + 1) == wordAt(p + 2)) {
        pieces.push_back({0, 0, single(c0, false), p});
        end = p + 1;
    } else if (isSpace(c0) && c1 == u'"' && at(p + 2) == u'\'' && isAsciiWord(at(p + 3))) {
        pieces = {{p, p + 1, {}, p}, {0, 0, Symbol::Ldquo, p + 1}, {0, 0, Symbol::Lsquo, p + 2}};
        end = p + 3;
    } else if (c0 == u'"' && c1 == u'\'' && isAsciiWord(at(p + 2))) {
        pieces = {{0, 0, Symbol::Ldquo, p}, {0, 0, Symbol::Lsquo, p + 1}};
        end = p + 2;
    } else if (isSpace(c0) && c1 == u'\'' && at(p + 2) == u'"' && isAsciiWord(at(p + 3))) {
        pieces = {{p, p + 1, {}, p}, {0, 0, Symbol::Lsquo, p + 1}, {0, 0, Symbol::Ldquo, p + 2}};
        end = p + 3;
    } else if (c0 == u'\'' && c1 == u'"' && isAsciiWord(at(p + 2))) {
        pieces = {{0, 0, Symbol::Lsquo, p}, {0, 0, Symbol::Ldquo, p + 1}};
        end = p + 2;
    } else if (isSpace(c0) && c1 == u'\'' && isAsciiDigit(at(p + 2)) && isAsciiDigit(at(p + 3)) && at(p + 4) == u's') {
        pieces = {{p, p + 1, {}, p}, {0, 0, Symbol::Rsquo, p + 1}};
        end = p + 2;
    } else if (c0 == u'\'' && isAsciiDigit(c1) && isAsciiDigit(at(p + 2)) && at(p + 3) == u's') {
        pieces = {{0, 0, Symbol::Rsquo, p}};
        end = p + 1;
    } else if (isSpace(c0) && isQuote(c1) && isAsciiWord(at(p + 2))) {
        pieces = {{p, p + 1, {}, p}, {0, 0, single(c1, true), p + 1}};
        end = p + 2;
    } else if (!c0.isNull() && !QStringView(u" \\\t\r\n[{(-").contains(c0) && isQuote(c1)) {
        pieces = {{p, p + 1, {}, p}, {0, 0, single(c1, false), p + 1}};
        end = p + 2;
    } else if (isQuote(c0)
               && (isSpace(c1) || (c1 == u's' && !wordAt(p + 2)) || c1 == u'\n' || p + 1 >= size())) {
        pieces = {{0, 0, single(c0, false), p}};
        end = p + 1;
    } else if (c1 == u'\'' && p + 1 < size()) {
        pieces = {{p, p + 1, {}, p}, {0, 0, Symbol::Lsquo, p + 1}};
        end = p + 2;
    } else if (c0 == u'\'') {
        pieces = {{0, 0, Symbol::Lsquo, p}};
        end = p + 1;
    } else if (c1 == u'"' && p + 1 < size()) {
        pieces = {{p, p + 1, {}, p}, {0, 0, Symbol::Ldquo, p + 1}};
        end = p + 2;
    } else {
        pieces = {{0, 0, Symbol::Ldquo, p}};
        end = p + 1;
    }
    for (const Piece &piece : pieces) {
        if (piece.quote) {
            NodePtr quote = newNode(Type::SmartQuote, piece.at, piece.at + 1);
            quote->symbol = *piece.quote;
            m_tree->append(std::move(quote));
        } else {
            addText(piece.from, piece.to);
        }
    }
    m_pos = end;
}

bool Parser::inlineMathAt(qsizetype p, qsizetype *close) const
{
    if (at(p) != u'$' || at(p + 1) != u'$')
        return false;
    const qsizetype c = text().indexOf(QLatin1String("$$"), p + 2);
    if (c < 0)
        return false;
    *close = c;
    return true;
}

void Parser::parseInlineMath()
{
    qsizetype close = 0;
    inlineMathAt(m_pos, &close);
    NodePtr math = newNode(Type::Math, m_pos, close + 2, strip(view().sliced(m_pos + 2, close - m_pos - 2)));
    math->category = Node::Category::Span;
    m_tree->append(std::move(math));
    m_pos = close + 2;
}

// kramdown's EXT_SPAN_START at @p p: `{::name options}`, `{::name /}` or a
// stop tag `{:/name}`, `{:/}`.
bool Parser::extensionTagAt(qsizetype p) const
{
    if (at(p) != u'{' || at(p + 1) != u':')
        return false;
    if (at(p + 2) == u'/') {
        const qsizetype e = scanIdName(view(), p + 3);
        return at(e) == u'}';
    }
    if (at(p + 2) != u':')
        return false;
    qsizetype q = p + 3;
    while (isAsciiWord(at(q)))
        ++q;
    if (q == p + 3)
        return false;
    if (isSpace(at(q))) {
        ++q;
        while (q < size() && at(q) != u'}') {
            if (at(q) == u'\\' && at(q + 1) == u'}')
                ++q;
            ++q;
        }
        return at(q) == u'}';
    }
    if (at(q) == u'/')
        ++q;
    return at(q) == u'}';
}

void Parser::parseSpanExtensions()
{
    const qsizetype p = m_pos;
    if (extensionTagAt(p)) {
        parseExtensionStartTag(false);
        return;
    }
    // `{: ...}` right after an element: its attributes.
    const qsizetype close = attributeListEnd(view(), p + 2, [](qsizetype) { return true; });
    if (close >= 0) {
        Node *last = m_tree->lastChild();
        if (last && last->type != Type::Text) {
            AttributeList list;
            parseAttributeList(view().sliced(p + 2, close - p - 2), list);
            if (!last->details().attributeList)
                last->editDetails().attributeList = AttributeList();
            mergeAttributeList(*last->editDetails().attributeList, list);
            updateAttributes(last->editAttributes(), list);
            m_pos = close + 1;
            return;
        }
        warn(ParseWarning::Kind::IgnoredAttributeList, p);
    }
    addText(p, p + 1);
    m_pos = p + 1;
}

bool Parser::htmlEntityAt(qsizetype p, qsizetype *end) const
{
    if (at(p) != u'&')
        return false;
    qsizetype q = p + 1;
    if (at(q) == u'#') {
        ++q;
        if (at(q) == u'x') {
            const qsizetype digits = q + 1;
            q = digits;
            while (isHexDigit(at(q)))
                ++q;
            if (q == digits || at(q) != u';')
                return false;
        } else {
            const qsizetype digits = q;
            while (isAsciiDigit(at(q)))
                ++q;
            if (q == digits || at(q) != u';')
                return false;
        }
        *end = q + 1;
        return true;
    }
    if (!(isAsciiWord(at(q)) || at(q) == u':'))
        return false;
    ++q;
    while (isAsciiWord(at(q)) || at(q) == u'.' || at(q) == u':' || at(q) == u'-')
        ++q;
    if (at(q) != u';')
        return false;
    *end = q + 1;
    return true;
}

void Parser::parseHtmlEntity()
{
    qsizetype end = 0;
    htmlEntityAt(m_pos, &end);
    const QStringView written = view().sliced(m_pos, end - m_pos);
    char32_t codePoint = 0;
    bool known = true;
    if (written[1] == u'#') {
        bool ok = false;
        const qulonglong value = written[2] == u'x' ? written.sliced(3, written.size() - 4).toULongLong(&ok, 16)
                                                    : written.sliced(2, written.size() - 3).toULongLong(&ok, 10);
        codePoint = ok && value <= 0xFFFFFFFF ? char32_t(value) : 0xFFFFFFFF;
    } else {
        codePoint = HtmlEntities::codePoint(written.sliced(1, written.size() - 2));
        known = codePoint != 0;
    }
    if (known) {
        NodePtr entity = newNode(Type::Entity, m_pos, end);
        entity->setCodePoint(codePoint);
        entity->setName(written.toString());
        m_tree->append(std::move(entity));
    } else {
        // An unknown name: `&amp;` and the rest as text.
        NodePtr amp = newNode(Type::Entity, m_pos, m_pos + 1);
        amp->setCodePoint(u'&');
        m_tree->append(std::move(amp));
        addText(m_pos + 1, end);
    }
    m_pos = end;
}

bool Parser::typographicAt(qsizetype p, qsizetype *length, int *which) const
{
    static const QStringList symbols{QStringLiteral("---"), QStringLiteral("--"),  QStringLiteral("..."),
                                     QStringLiteral("\\<<"), QStringLiteral("\\>>"), QStringLiteral("<< "),
                                     QStringLiteral(" >>"),  QStringLiteral("<<"),  QStringLiteral(">>")};
    const QStringView rest = view().sliced(p);
    for (int i = 0; i < symbols.size(); ++i) {
        if (rest.startsWith(symbols[i])) {
            *length = symbols[i].size();
            *which = i;
            return true;
        }
    }
    return false;
}

void Parser::parseTypographicSyms()
{
    qsizetype length = 0;
    int which = 0;
    typographicAt(m_pos, &length, &which);
    using Symbol = Node::Symbol;
    if (which == 3 || which == 4) {
        // `\<<` and `\>>`: two escaped angle brackets.
        for (int i = 0; i < 2; ++i) {
            NodePtr entity = newNode(Type::Entity, m_pos, m_pos + length);
            entity->setCodePoint(which == 3 ? u'<' : u'>');
            m_tree->append(std::move(entity));
        }
    } else {
        static const Symbol kinds[] = {Symbol::Mdash,      Symbol::Ndash,      Symbol::Hellip,
                                       Symbol::Mdash,      Symbol::Mdash,      Symbol::LaquoSpace,
                                       Symbol::RaquoSpace, Symbol::Laquo,      Symbol::Raquo};
        NodePtr symbol = newNode(Type::TypographicSymbol, m_pos, m_pos + length);
        symbol->symbol = kinds[which];
        m_tree->append(std::move(symbol));
    }
    m_pos += length;
}

bool Parser::lineBreakAt(qsizetype p) const
{
    return ((at(p) == u' ' && at(p + 1) == u' ') || (at(p) == u'\\' && at(p + 1) == u'\\')) && at(p + 2) == u'\n';
}

void Parser::parseLineBreak()
{
    m_tree->append(newNode(Type::LineBreak, m_pos, m_pos + 2));
    m_pos += 2;
}

bool Parser::escapedCharAt(qsizetype p, bool gfm) const
{
    if (at(p) != u'\\' || p + 1 >= size())
        return false;
    const QChar c = at(p + 1);
    return QStringView(u"\\.*_+`<>()[]{}#!:|\"'$=-").contains(c) || (gfm && c == u'~');
}

void Parser::parseEscapedChars()
{
    addText(m_pos + 1, m_pos + 2);
    if (Node *text = m_tree->lastChild(); text && text->type == Type::Text)
        text->editDetails().escapedAt.append(text->value.size() - 1);
    m_pos += 2;
}

bool Parser::strikethroughAt(qsizetype p, qsizetype *end) const
{
    if (at(p) != u'~' || at(p + 1) != u'~' || p + 2 >= size() || isSpace(at(p + 2)) || at(p + 2) == u'~')
        return false;
    for (qsizetype k = p + 2; k + 2 < size(); ++k) {
        if (!isSpace(at(k)) && at(k) != u'~' && at(k + 1) == u'~' && at(k + 2) == u'~') {
            *end = k + 3;
            return true;
        }
    }
    return false;
}

void Parser::parseStrikethrough()
{
    qsizetype end = 0;
    strikethroughAt(m_pos, &end);
    NodePtr del = newNode(Type::HtmlElement, m_pos, end, QStringLiteral("del"));
    del->category = Node::Category::Span;
    del->contentModel = Node::ContentModel::Span;
    Node *el = m_tree->append(std::move(del));
    parseSpansOf(*keep(m_src->mid(m_pos + 2, end - 2)), el, allSpanParsers, Type::Text);
    m_pos = end;
}

// --- after the blocks ---------------------------------------------------------------------

void Parser::updateTree(Node *element)
{
    NodeList result;
    result.reserve(element->children.size());
    Node *lastBlank = nullptr;
    for (NodePtr &child : element->children) {
        switch (child->type) {
        case Type::RawText: {
            lastBlank = nullptr;
            // Span elements, parsed from the text alone (kramdown resets its
            // state for every piece of raw text).
            const MappedText raw = std::move(m_raw[child.get()]);
            m_raw.erase(child.get());
            Node holder(Type::Temporary);
            parseSpansOf(raw, &holder, allSpanParsers, Type::Text);
            if (element->children.size() == 1) {
                // A paragraph's one piece of text: its spans are the children.
                result = std::move(holder.children);
            } else {
                result.reserve(result.size() + holder.children.size());
                for (NodePtr &span : holder.children)
                    result.push_back(std::move(span));
            }
            break;
        }
        case Type::EndOfBlock:
            if (child->details().attributeList)
                updateAttributes(child->editAttributes(), *child->details().attributeList);
            m_removed.push_back(std::move(child));
            break;
        case Type::Blank:
            if (lastBlank) {
                lastBlank->value += child->value;
                lastBlank->end = child->end;
            } else {
                lastBlank = child.get();
                result.push_back(std::move(child));
            }
            break;
        default:
            lastBlank = nullptr;
            updateTree(child.get());
            if (child->details().attributeList)
                updateAttributes(child->editAttributes(), *child->details().attributeList);
            if (child->type == Type::DefinitionTerm || (child->type == Type::Header && m_options.autoIdStripping))
                updateRawText(child.get());
            result.push_back(std::move(child));
            break;
        }
    }
    element->children = std::move(result);
}

static QString entityCharacter(char32_t codePoint)
{
    if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return {};
    return QString::fromUcs4(&codePoint, 1);
}

// The text a heading's automatic id is made from.
void Parser::updateRawText(Node *header)
{
    QString raw;
    const bool gfm = m_options.gfm;
    std::function<void(const Node *)> append = [&](const Node *child) {
        switch (child->type) {
        case Type::Text:
            raw += child->value;
            return;
        case Type::CodeSpan:
        case Type::Math:
            if (gfm) {
                raw += child->value;
                return;
            }
            break;
        case Type::Entity:
            if (gfm) {
                raw += entityCharacter(child->codePoint());
                return;
            }
            break;
        case Type::SmartQuote:
            if (gfm) {
                static const char16_t quotes[] = {u'‘', u'’', u'“', u'”'};
                raw += QChar(quotes[int(child->symbol) - int(Node::Symbol::Lsquo)]);
                return;
            }
            break;
        case Type::TypographicSymbol:
            if (gfm) {
                switch (child->symbol) {
                case Node::Symbol::LaquoSpace:
                    raw += QStringLiteral("«\u00A0");
                    break;
                case Node::Symbol::RaquoSpace:
                    raw += QStringLiteral("\u00A0»");
                    break;
                case Node::Symbol::Mdash:
                    raw += QChar(u'—');
                    break;
                case Node::Symbol::Ndash:
                    raw += QChar(u'–');
                    break;
                case Node::Symbol::Hellip:
                    raw += QChar(u'…');
                    break;
                case Node::Symbol::Laquo:
                    raw += QChar(u'«');
                    break;
                case Node::Symbol::Raquo:
                    raw += QChar(u'»');
                    break;
                default:
                    break;
                }
                return;
            }
            break;
        default:
            break;
        }
        for (const auto &c : child->children)
            append(c.get());
    };
    for (const auto &c : header->children)
        append(c.get());
    header->setName(raw);
}

void Parser::replaceAbbreviations(Node *element)
{
    if (m_abbreviations.isEmpty())
        return;
    // Longest first, each at word boundaries; white space in a name
    // matches any white space.
    QStringList names = m_abbreviations.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList patterns;
    for (const QString &name : std::as_const(names)) {
        QString pattern = QRegularExpression::escape(name);
        pattern.replace(QRegularExpression(QStringLiteral("\\\\\\s")), QStringLiteral("[\\s\\p{Z}]+"));
        patterns << pattern;
    }
    const QRegularExpression any(QStringLiteral("(?<![A-Za-z0-9_])(?:%1)(?![A-Za-z0-9_])").arg(patterns.join(u'|')));
    std::function<void(Node *)> replace = [&](Node *el) {
        NodeList result;
        for (NodePtr &child : el->children) {
            if (child->type == Type::Text && !(el->type == Type::HtmlElement && el->contentModel == Node::ContentModel::Raw)) {
                const QString value = child->value;
                qsizetype last = 0;
                bool split = false;
                for (const QRegularExpressionMatch &m : any.globalMatch(value)) {
                    split = true;
                    if (m.capturedStart() > last)
                        result.push_back(std::make_unique<Node>(Type::Text, value.sliced(last, m.capturedStart() - last)));
                    auto abbreviation = std::make_unique<Node>(Type::Abbreviation, m.captured());
                    abbreviation->start = child->start;
                    result.push_back(std::move(abbreviation));
                    last = m.capturedEnd();
                }
                if (!split) {
                    result.push_back(std::move(child));
                } else if (last < value.size()) {
                    result.push_back(std::make_unique<Node>(Type::Text, value.sliced(last)));
                }
            } else {
                replace(child.get());
                result.push_back(std::move(child));
            }
        }
        el->children = std::move(result);
    };
    replace(element);
}

void Parser::updateGfmElements(Node *element)
{
    const QString hardBreak = m_options.hardWrap ? QStringLiteral("\n") : QStringLiteral("\\\n");
    // A line's end, after a backslash unless line ends are breaks.
    const auto hasBreak = [hardWrap = m_options.hardWrap](const QString &text) {
        for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1)) {
            if (hardWrap || (i > 0 && text.at(i - 1) == u'\\'))
                return true;
        }
        return false;
    };
    // Most elements have no hard line break: their children stay in place.
    const bool breaks = std::any_of(element->children.begin(), element->children.end(), [&hasBreak](const NodePtr &c) {
        return c->type == Type::Text && hasBreak(c->value);
    });
    // kramdown-parser-gfm's ids: numbered from the second on.
    const auto needsId = [this](const Node &child) {
        return child.type == Type::Header && m_options.autoIds && !child.attributes().contains(u"id");
    };
    const auto setId = [this](Node &header) {
        const QString base = KramdownParser::gfmHeaderId(header.name());
        const int n = m_idCounter.value(base, -1) + 1;
        m_idCounter.insert(base, n);
        header.editAttributes().set(QStringLiteral("id"), m_options.autoIdPrefix + (n > 0 ? base + u'-' + QString::number(n) : base));
    };
    if (!breaks) {
        for (NodePtr &child : element->children) {
            if (needsId(*child))
                setId(*child);
            else if (child->type != Type::HtmlElement && child->type != Type::Text)
                updateGfmElements(child.get());
        }
        return;
    }
    NodeList result;
    result.reserve(element->children.size());
    for (std::size_t index = 0; index < element->children.size(); ++index) {
        NodePtr &child = element->children[index];
        if (child->type == Type::Text && hasBreak(child->value)) {
            const QStringList lines = child->value.split(hardBreak);
            const bool omitTrailing = lines.last().isEmpty() && element->isBlock() && index + 1 == element->children.size();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                auto text = std::make_unique<Node>(Type::Text, i > 0 ? u'\n' + lines[i] : lines[i]);
                text->start = child->start;
                text->end = child->end;
                result.push_back(std::move(text));
                if (i < lines.size() - 2 || (i == lines.size() - 2 && !omitTrailing)) {
                    auto br = std::make_unique<Node>(Type::LineBreak);
                    br->start = child->start;
                    result.push_back(std::move(br));
                }
            }
        } else if (child->type == Type::HtmlElement) {
            result.push_back(std::move(child));
        } else if (needsId(*child)) {
            setId(*child);
            result.push_back(std::move(child));
        } else {
            updateGfmElements(child.get());
            result.push_back(std::move(child));
        }
    }
    element->children = std::move(result);
}

KramdownParser::Result Parser::run(const MappedText &source, const QHash<QString, LinkDefinition> &links,
                                   const QHash<QString, QString> &abbreviations,
                                   const QHash<QString, AttributeList> &alds,
                                   std::optional<std::pair<qsizetype, qsizetype>> bounds)
{
    m_linkDefinitions = links;
    m_abbreviations = abbreviations;
    m_alds = alds;
    // kramdown reads `\r\n` and `\r` as `\n`, and ends the text with one `\n`.
    MappedText text;
    for (qsizetype i = 0; i < source.size();) {
        const qsizetype cr = source.text().indexOf(u'\r', i);
        if (cr < 0) {
            text.append(source, i, source.size());
            break;
        }
        text.append(source, i, cr);
        if (cr + 1 < source.size() && source.at(cr + 1) == u'\n') {
            i = cr + 1;
        } else {
            text.appendOriginal(u"\n", source.origin(cr));
            i = cr + 1;
        }
    }
    // The added line break stands where the one it replaces stood (the
    // `\n` of a `\r\n`), or after the last character.
    qsizetype lastBreak = text.origin(text.size());
    if (text.size() > 0 && text.at(text.size() - 1) == u'\n') {
        lastBreak = text.origin(text.size() - 1);
        text.chop(1);
    }
    text.appendSynthetic(u"\n", lastBreak);

    // Raw text waits here for its span parse: about one piece for every
    // 40 characters of a post; sized once, not rehashed as it grows.
    m_raw.reserve(std::size_t(text.size() / 40 + 16));
    m_root = std::make_unique<Node>(Type::Root);
    m_root->start = source.origin(0);
    m_root->end = source.origin(source.size());
    parseBlocks(m_root.get(), keep(std::move(text)));
    updateTree(m_root.get());
    replaceAbbreviations(m_root.get());
    for (auto &[name, definition] : m_footnotes) {
        updateTree(definition.content.get());
        replaceAbbreviations(definition.content.get());
    }
    if (m_options.gfm)
        updateGfmElements(m_root.get());
    // Within the whole body (a part's links may point at definitions
    // outside it).
    const qsizetype bodyFrom = bounds ? bounds->first : m_root->start;
    const qsizetype bodyTo = bounds ? bounds->second : m_root->end;
    m_root->clampOffsets(bodyFrom, bodyTo);
    for (auto &[name, definition] : m_footnotes)
        definition.content->clampOffsets(bodyFrom, bodyTo);
    KramdownParser::Result result;
    result.root = std::move(m_root);
    result.footnotes = std::move(m_footnotes);
    result.abbreviations = m_abbreviations;
    result.warnings = std::move(m_warnings);
    result.linkDefinitions = m_linkDefinitions;
    result.alds = m_alds;
    for (auto it = m_linkDefinitionEnds.cbegin(); it != m_linkDefinitionEnds.cend(); ++it)
        result.linkDefinitions[it.key()].attributes = it.value()->details().attributeList;
    result.optionsSet = m_optionsSet;
    return result;
}

} // namespace

KramdownParser::Result KramdownParser::parse(const MappedText &source, const KramdownOptions &options)
{
    auto arena = std::make_shared<NodeArena>();
    KramdownParser::Result result;
    {
        const NodeArena::Scope scope(arena.get());
        Parser parser(options);
        result = parser.run(source, {}, {}, {}, std::nullopt);
    } // the parser's own elements go before the scope ends
    result.arena = std::move(arena);
    return result;
}

KramdownParser::Result KramdownParser::parsePart(const MappedText &source, const KramdownOptions &options,
                                                 const QHash<QString, LinkDefinition> &links,
                                                 const QHash<QString, QString> &abbreviations,
                                                 const QHash<QString, AttributeList> &alds, qsizetype bodyFrom,
                                                 qsizetype bodyTo)
{
    auto arena = std::make_shared<NodeArena>();
    KramdownParser::Result result;
    {
        const NodeArena::Scope scope(arena.get());
        Parser parser(options);
        result = parser.run(source, links, abbreviations, alds, std::pair{bodyFrom, bodyTo});
    } // the parser's own elements go before the scope ends
    result.arena = std::move(arena);
    return result;
}

NodeList KramdownParser::parseHtml(const MappedText &html)
{
    // These elements join another tree: from the heap.
    const NodeArena::Scope scope(nullptr);
    Parser parser(KramdownOptions{});
    return parser.runHtml(html);
}

bool KramdownParser::isSpanElement(const QString &lowerName)
{
    return htmlSpanElements().contains(lowerName);
}

QString KramdownParser::gfmHeaderId(const QString &text)
{
    QString id;
    const QString lower = text.toLower();
    id.reserve(lower.size());
    for (const QChar c : lower) {
        if (c == u' ' || c == u'\t')
            id += u'-';
        else if (c == u'-' || isWord(c))
            id += c;
    }
    return id;
}

QString KramdownParser::basicHeaderId(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size() && !isAsciiLetter(text[start]))
        ++start;
    QString id;
    for (const QChar c : QStringView(text).sliced(start)) {
        if (isAsciiLetter(c) || isAsciiDigit(c) || c == u'-')
            id += c.toLower();
        else if (c == u' ')
            id += u'-';
    }
    return id;
}

} // namespace geul
