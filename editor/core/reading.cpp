// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading.h"

#include "commonmarkparser.h"
#include "htmlentities.h"
#include "kramdownparser.h"
#include "liquid.h"

#include <algorithm>
#include <functional>
#include <mutex>

namespace geul {

namespace {

using Node = MarkdownNode;
using Type = MarkdownNode::Type;

} // namespace

struct Reading::Data
{
    QString text;
    FrontMatter frontMatter;
    Dialect dialect;
    bool math = false;
    KramdownParser::Result parsed;
    QStringList markers;
    qsizetype bodyStart = 0;
    /// The body was read as it is: Liquid had nothing to do in it.
    bool plainBody = true;
    /// Made from a previous reading (reread()) by parsing only what an edit touched.
    bool incremental = false;
    QList<qsizetype> lineStarts;
    // Found when first asked for (the preview asks for none of them), once,
    // whichever thread asks.
    mutable std::once_flag collected;
    mutable QList<Reference> references;
    mutable QList<Heading> headings;
    mutable QList<Block> blocks;
    mutable std::once_flag pitfallsFound;
    mutable QList<Pitfall> pitfalls;

    std::pair<int, int> position(qsizetype offset) const
    {
        offset = std::clamp<qsizetype>(offset, 0, text.size());
        const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
        const qsizetype line = it - lineStarts.begin();
        return {int(line), int(offset - lineStarts[line - 1] + 1)};
    }

    void collect() const;
    void collectPitfalls() const;
    const Data &withReferences() const
    {
        std::call_once(collected, [this] { collect(); });
        return *this;
    }
    const Data &withPitfalls() const
    {
        std::call_once(pitfallsFound, [this] { collectPitfalls(); });
        return *this;
    }
};

Reading::Reading() : d(std::make_shared<Data>())
{
    auto data = std::make_shared<Data>();
    data->lineStarts = {0};
    data->parsed.root = std::make_unique<MarkdownNode>(MarkdownNode::Type::Root);
    d = data;
}

Reading Reading::read(const QString &text, const Dialect &dialect, const QHash<QString, QString> &siteVariables)
{
    return read(text, FrontMatter::read(text), dialect, siteVariables);
}

Reading Reading::read(const QString &text, const FrontMatter &frontMatter, const Dialect &dialect,
                      const QHash<QString, QString> &siteVariables)
{
    return read(text, frontMatter, dialect, siteVariables, nullptr);
}

Reading Reading::reread(const Reading &previous, const QString &text, const QHash<QString, QString> &siteVariables)
{
    return read(text, FrontMatter::read(text), previous.dialect(), siteVariables, &previous);
}

Reading Reading::read(const QString &text, const FrontMatter &frontMatter, const Dialect &dialect,
                      const QHash<QString, QString> &siteVariables, const Reading *previous)
{
    auto data = std::make_shared<Data>();
    data->text = text;
    data->frontMatter = frontMatter;
    data->dialect = dialect;
    data->math = frontMatter.isTrue(QStringLiteral("use_math")) || frontMatter.isTrue(QStringLiteral("math_use"))
                 || frontMatter.isTrue(QStringLiteral("math"));
    data->lineStarts.append(0);
    for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
        data->lineStarts.append(i + 1);

    // Jekyll renders Liquid first, unless the page says not to.
    qsizetype bodyStart = frontMatter.location().bodyStart;
    if (frontMatter.present()) {
        // Jekyll's pattern for the closing line (`\s*$\n?`) also takes the
        // blank lines after it: the content starts at the first other line.
        for (qsizetype p = bodyStart; p < text.size(); ++p) {
            const QChar c = text[p];
            if (c == u'\n')
                bodyStart = p + 1;
            else if (c != u' ' && c != u'\t' && c != u'\r' && c != u'\f' && c != u'\v')
                break;
        }
    }
    data->bodyStart = bodyStart;
    bool liquid = true;
    if (const std::optional<YamlEntry> entry = frontMatter.entry(QStringLiteral("render_with_liquid")))
        liquid = !(entry->value.kind == YamlValue::Kind::Bool && !entry->value.boolean);
    Liquid::Output processed;
    data->plainBody = !liquid || !Liquid::mayHaveLiquid(QStringView(text).sliced(bodyStart));
    if (data->plainBody) {
        processed.text = MappedText(text, bodyStart, text.size(), bodyStart);
    } else {
        QHash<QString, QString> variables = siteVariables;
        variables.insert(frontMatter.pageVariables());
        processed = Liquid::process(text, bodyStart, variables);
    }
    data->markers = processed.markers;
    if (dialect.engine == Dialect::Engine::CommonMark) {
        data->parsed = CommonMarkParser::parse(processed.text, dialect.commonMark);
    } else {
        // After an edit, only the blocks it touched when that is exact:
        // the body as it is (no Liquid), after the same front matter.
        std::optional<KramdownParser::Result> again;
        if (previous && previous->d->dialect.engine == Dialect::Engine::Kramdown && previous->d->plainBody
            && data->plainBody && previous->d->bodyStart == bodyStart
            && previous->d->frontMatter.present() == frontMatter.present())
            again = KramdownParser::reparse(previous->d->parsed, previous->d->text, text, bodyStart, dialect.kramdown);
        data->incremental = again.has_value();
        data->parsed = again ? std::move(*again) : KramdownParser::parse(processed.text, dialect.kramdown);
    }
    Reading reading;
    reading.d = data;
    return reading;
}

const QString &Reading::text() const
{
    return d->text;
}
bool Reading::isIncremental() const
{
    return d->incremental;
}
const FrontMatter &Reading::frontMatter() const
{
    return d->frontMatter;
}
const Dialect &Reading::dialect() const
{
    return d->dialect;
}
bool Reading::usesMath() const
{
    return d->math;
}
const MarkdownNode &Reading::root() const
{
    return *d->parsed.root;
}

QList<const MarkdownNode *> Reading::footnotes() const
{
    QList<const MarkdownNode *> contents;
    for (const auto &[name, definition] : d->parsed.footnotes) {
        if (definition.content)
            contents.append(definition.content.get());
    }
    return contents;
}
QList<Reading::Reference> Reading::references() const
{
    return d->withReferences().references;
}
QList<Reading::Heading> Reading::headings() const
{
    return d->withReferences().headings;
}
QList<Reading::Block> Reading::blocks() const
{
    return d->withReferences().blocks;
}
QList<Reading::Pitfall> Reading::pitfalls() const
{
    return d->withPitfalls().pitfalls;
}
std::pair<int, int> Reading::position(qsizetype offset) const
{
    return d->position(offset);
}

std::optional<Reading::Reference> Reading::imageAt(qsizetype position) const
{
    for (const Reference &r : d->withReferences().references) {
        if (r.element == u"img" && r.start >= 0 && position >= r.start && position <= r.end)
            return r;
    }
    return std::nullopt;
}

HtmlWriter::Output Reading::html(HtmlWriter::Options options) const
{
    options.kramdown = d->dialect.kramdown;
    options.liquidMarkers = d->markers;
    if (options.sourcePositions)
        options.lineStarts = d->lineStarts;
    if (d->dialect.engine == Dialect::Engine::CommonMark)
        options.commonMark = d->dialect.commonMark;
    HtmlWriter writer(*d->parsed.root, d->parsed.footnotes, d->parsed.abbreviations, options);
    return writer.write();
}

void Reading::Data::collect() const
{
    // References, headings, in document order; footnotes after the body.
    const auto reference = [this](const Node &node, Reference::Kind kind, const QString &attribute, bool markdown) {
        Reference r;
        r.kind = kind;
        r.element = node.type == Type::Image ? QStringLiteral("img") : node.type == Type::Link ? QStringLiteral("a") : node.value;
        r.attribute = attribute;
        r.url = HtmlEntities::decode(node.attributes().value(attribute));
        r.alt = HtmlEntities::decode(node.attributes().value(u"alt"));
        r.markdown = markdown;
        r.start = node.start;
        r.end = node.end;
        if (markdown) {
            r.urlStart = node.urlStart();
            r.urlEnd = node.urlEnd();
        } else {
            for (const auto &[name, span] : node.details().attributeSpans) {
                if (name == attribute) {
                    r.urlStart = span.first;
                    r.urlEnd = span.second;
                }
            }
        }
        const qsizetype at = r.urlStart >= 0 ? r.urlStart : node.start;
        std::tie(r.line, r.column) = position(std::max<qsizetype>(at, 0));
        references.append(r);
    };
    std::function<void(const Node &)> walk = [&](const Node &node) {
        switch (node.type) {
        case Type::Image:
            reference(node, Reference::Kind::Image, QStringLiteral("src"), true);
            break;
        case Type::Link:
            if (node.attributes().contains(u"href"))
                reference(node, Reference::Kind::Link, QStringLiteral("href"), true);
            break;
        case Type::HtmlElement:
            if (node.value == u"img" && node.attributes().contains(u"src"))
                reference(node, Reference::Kind::Image, QStringLiteral("src"), false);
            else if ((node.value == u"video" || node.value == u"audio" || node.value == u"source"
                      || node.value == u"track" || node.value == u"embed")
                     && node.attributes().contains(u"src"))
                reference(node, Reference::Kind::Media, QStringLiteral("src"), false);
            if (node.value == u"video" && node.attributes().contains(u"poster"))
                reference(node, Reference::Kind::Media, QStringLiteral("poster"), false);
            if (node.value == u"a" && node.attributes().contains(u"href"))
                reference(node, Reference::Kind::Link, QStringLiteral("href"), false);
            break;
        case Type::Header: {
            Heading h;
            h.level = node.level;
            h.text = node.name();
            h.id = node.attributes().value(u"id");
            h.line = position(std::max<qsizetype>(node.start, 0)).first;
            headings.append(h);
            break;
        }
        default:
            break;
        }
        for (const auto &child : node.children)
            walk(*child);
    };
    walk(*parsed.root);
    for (const auto &[name, definition] : parsed.footnotes) {
        if (definition.content)
            walk(*definition.content);
    }
    for (const auto &child : parsed.root->children) {
        if (child->type == Type::Blank || child->start < 0)
            continue;
        Block b;
        b.start = child->start;
        b.end = std::max(child->end, child->start);
        b.firstLine = position(b.start).first;
        b.lastLine = position(std::max(b.end - 1, b.start)).first;
        blocks.append(b);
    }
}

namespace {

// What kramdown may do to `$...$` math before MathJax sees the page.
enum class Damage { None, Underscore, Star, Escape, Typography, Markup };

struct Atom
{
    QChar c; // NUL for an element's edge
    qsizetype origin;
    Damage damage;
};

// The characters of an inline container as the page's text has them, with
// an edge wherever an element starts or ends (MathJax does not look across
// elements).
void flatten(const Node &node, const QString &text, QList<Atom> &atoms)
{
    const auto edge = [&](Damage d, qsizetype origin) { atoms.append({QChar(), origin, d}); };
    switch (node.type) {
    case Type::Text: {
        // A character that stood escaped had its backslash before it.
        qsizetype backslashes = 0;
        for (qsizetype i = 0; i < node.value.size(); ++i) {
            const QChar c = node.value[i];
            Damage d = Damage::None;
            if (node.details().escapedAt.contains(i)) {
                ++backslashes;
                if (QStringView(u"{}\\|#!:='\"~`$.").contains(c))
                    d = Damage::Escape;
            }
            atoms.append({c, node.start >= 0 ? node.start + i + backslashes : -1, d});
        }
        return;
    }
    case Type::SmartQuote:
        atoms.append({QChar(u'’'), node.start, Damage::Typography});
        return;
    case Type::TypographicSymbol:
        atoms.append({QChar(u'–'), node.start, Damage::Typography});
        return;
    case Type::Entity:
        atoms.append({node.codePoint() < 0x10000 ? QChar(char16_t(node.codePoint())) : QChar(u'?'), node.start, Damage::None});
        return;
    case Type::Emphasis:
    case Type::Strong: {
        const QChar delimiter = node.start >= 0 && node.start < text.size() ? text[node.start] : QChar(u'*');
        const Damage d = delimiter == u'_' ? Damage::Underscore : Damage::Star;
        edge(d, node.start);
        for (const auto &child : node.children)
            flatten(*child, text, atoms);
        edge(d, node.end);
        return;
    }
    case Type::Link:
    case Type::HtmlElement:
        edge(Damage::Markup, node.start);
        for (const auto &child : node.children)
            flatten(*child, text, atoms);
        edge(Damage::Markup, node.end);
        return;
    default:
        edge(Damage::Markup, node.start);
        return;
    }
}

} // namespace

void Reading::Data::collectPitfalls() const
{
    for (const ParseWarning &w : std::as_const(parsed.warnings)) {
        const auto [line, column] = position(w.offset);
        QString message;
        switch (w.kind) {
        case ParseWarning::Kind::UnclosedHtml:
            message = tr("the HTML element <%1> is never closed: the blog puts everything after it, to the end of "
                         "its container, inside it; close it with </%1>")
                          .arg(w.subject);
            break;
        case ParseWarning::Kind::StrayClosingTag:
            message = tr("</%1> closes no element that is open here: the blog shows it as text").arg(w.subject);
            break;
        case ParseWarning::Kind::BlockTagInText:
            message = tr("<%1> inside a paragraph is shown as text on the blog; put it on a line of its own after "
                         "a blank line")
                          .arg(w.subject);
            break;
        case ParseWarning::Kind::MissingLinkDefinition:
            message = tr("the link [%1] has no definition ([%1]: URL): the blog shows the brackets as text")
                          .arg(w.subject);
            break;
        case ParseWarning::Kind::MissingFootnote:
            message = tr("the footnote [^%1] has no definition: the blog shows it as text").arg(w.subject);
            break;
        case ParseWarning::Kind::FootnoteName:
            message = tr("[^%1] is not a footnote on the blog: kramdown's footnote names take only ASCII letters, "
                         "digits, _ and -, so this line is read as a link definition and left out, and [^%1] in "
                         "the text stays as it is; name it [^1] or [^note]")
                          .arg(w.subject);
            break;
        case ParseWarning::Kind::RawHtmlOmitted:
            message = tr("Jekyll's CommonMark leaves raw HTML out of the page (it writes <!-- raw HTML omitted --> "
                         "here) unless the site's _config.yml lists UNSAFE under commonmark: options; add it there, "
                         "or write Markdown instead");
            break;
        case ParseWarning::Kind::IgnoredAttributeList:
            message = tr("an attribute list {: ...} after text applies to nothing: the blog shows it as text; put it "
                         "right after a link, image or emphasis");
            break;
        default:
            continue;
        }
        pitfalls.append({line, column, message});
    }

    std::function<void(const Node &)> walk = [&](const Node &node) {
        if (node.type == Type::Table) {
            const bool head = std::any_of(node.children.begin(), node.children.end(),
                                          [](const auto &c) { return c->type == Type::TableHead; });
            if (!head && node.start >= 0) {
                qsizetype bar = text.indexOf(u'|', node.start);
                const qsizetype lineEnd = text.indexOf(u'\n', node.start);
                if (bar < 0 || (lineEnd >= 0 && bar > lineEnd))
                    bar = node.start;
                const auto [line, column] = position(bar);
                pitfalls.append({line, column,
                                 tr("this line holds a '|', so the blog shows it as a table (kramdown makes a table "
                                    "row of any line with '|'); write \\| for a '|' that is text")});
            }
        }
        const bool container = node.type == Type::Paragraph || node.type == Type::Header
                               || node.type == Type::TableCell || node.type == Type::DefinitionTerm;
        if (container && math) {
            QList<Atom> atoms;
            for (const auto &child : node.children)
                flatten(*child, text, atoms);
            for (qsizetype i = 0; i < atoms.size(); ++i) {
                if (atoms[i].c != u'$' || (i + 1 < atoms.size() && atoms[i + 1].c == u'$')
                    || (i > 0 && (atoms[i - 1].c == u'$' || atoms[i - 1].c == u'\\')))
                    continue;
                qsizetype j = i + 1;
                while (j < atoms.size() && !(atoms[j].c == u'$' && atoms[j - 1].c != u'\\'))
                    ++j;
                if (j >= atoms.size())
                    break;
                Damage damage = Damage::None;
                QString tex;
                QChar escaped;
                for (qsizetype k = i + 1; k < j; ++k) {
                    if (!atoms[k].c.isNull())
                        tex += atoms[k].c;
                    if (atoms[k].damage != Damage::None && damage == Damage::None) {
                        damage = atoms[k].damage;
                        escaped = atoms[k].c;
                    }
                }
                if (damage != Damage::None) {
                    // The math as written, where it stands as one piece.
                    const qsizetype from = atoms[i].origin;
                    const qsizetype to = atoms[j].origin;
                    tex = from >= 0 && to > from && to < text.size() && text[from] == u'$' && text[to] == u'$'
                              ? text.sliced(from, to + 1 - from)
                              : u'$' + tex + u'$';
                    if (tex.size() > 40)
                        tex = tex.first(36) + QStringLiteral("...$");
                    const auto [line, column] = position(std::max<qsizetype>(atoms[i].origin, 0));
                    QString message;
                    switch (damage) {
                    case Damage::Underscore:
                        message = tr("kramdown reads the _ pair in %1 as emphasis before MathJax sees it, so the "
                                     "blog shows broken math; write \\_ for each _, or write the math as $$...$$")
                                      .arg(tex);
                        break;
                    case Damage::Star:
                        message = tr("kramdown reads the * pair in %1 as emphasis before MathJax sees it, so the "
                                     "blog shows broken math; write \\* for each *, or write the math as $$...$$")
                                      .arg(tex);
                        break;
                    case Damage::Escape:
                        message = tr("kramdown reads \\%2 in %1 as an escaped %2 and drops the backslash, so "
                                     "MathJax gets %2; write \\\\%2, or write the math as $$...$$")
                                      .arg(tex, escaped);
                        break;
                    case Damage::Typography:
                        message = tr("kramdown turns a quote or dash in %1 into a typographic character, so "
                                     "MathJax gets the wrong symbol; write the math as $$...$$")
                                      .arg(tex);
                        break;
                    default:
                        message = tr("kramdown reads Markdown inside %1, so the blog shows broken math; write "
                                     "the math as $$...$$")
                                      .arg(tex);
                        break;
                    }
                    pitfalls.append({line, column, message});
                }
                i = j;
            }
        }
        if (node.type == Type::TableRow && math) {
            // `$a|b$` on a table line: the math is cut into cells.
            int open = 0;
            qsizetype first = -1;
            for (const auto &cell : node.children) {
                QList<Atom> atoms;
                for (const auto &child : cell->children)
                    flatten(*child, text, atoms);
                int dollars = 0;
                for (const Atom &a : std::as_const(atoms)) {
                    if (a.c == u'$') {
                        ++dollars;
                        if (first < 0)
                            first = a.origin;
                    }
                }
                open += dollars % 2;
            }
            if (open >= 2) {
                const auto [line, column] = position(std::max<qsizetype>(first, 0));
                pitfalls.append({line, column,
                                 tr("the '|' inside $...$ makes a table of this line on the blog and cuts the math "
                                    "apart; write \\vert (or \\mid) instead of |, or write the math as $$...$$")});
            }
        }
        for (const auto &child : node.children)
            walk(*child);
    };
    walk(*parsed.root);
    std::stable_sort(pitfalls.begin(), pitfalls.end(), [](const Pitfall &a, const Pitfall &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

} // namespace geul
