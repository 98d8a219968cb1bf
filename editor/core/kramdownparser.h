// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to editor/core: Reading uses it; nothing else should.
#pragma once

#include "dialect.h"
#include "mappedtext.h"
#include "markdownnode.h"

#include <map>
#include <optional>

namespace geul {

/// What a parser of a post noticed that the blog's converter does without
/// a word, such as an HTML tag left open (kramdown's warnings).
struct ParseWarning
{
    enum class Kind {
        UnclosedHtml, ///< an HTML element without its end tag takes the rest of its container
        StrayClosingTag, ///< an end tag that closes nothing is shown as text
        BlockTagInText, ///< a block-level tag inside a paragraph is shown as text
        MissingLinkDefinition, ///< `[text][id]` without `[id]: url`
        MissingFootnote, ///< `[^name]` without its definition
        IgnoredAttributeList, ///< `{: ...}` with nothing to apply to
        RawHtmlOmitted, ///< CommonMark without UNSAFE leaves raw HTML out of the page
        FootnoteName, ///< `[^이름]: ...`: not a footnote name, so a link definition that vanishes
        Other,
    };
    Kind kind = Kind::Other;
    /// Where in the post (offset of the whole text).
    qsizetype offset = 0;
    /// What it is about: a tag name, a link id, ...
    QString subject;
};

/// A link definition (`[id]: url "title"`): what references by its id use.
struct LinkDefinition
{
    QString url;
    std::optional<QString> title;
    /// Where the URL stands in the post, when it can be rewritten there; -1 otherwise.
    qsizetype urlStart = -1;
    qsizetype urlEnd = -1;
    /// What an attribute list after the definition gives its links.
    std::optional<AttributeList> attributes;
};

/// A footnote's definition, kept apart from the tree as kramdown keeps it.
struct FootnoteDefinition
{
    std::unique_ptr<MarkdownNode> content;
    Attributes attributes;
    bool referenced = false;
};

/// The tree of a post's body read by kramdown's rules, as Jekyll's
/// converter reads it: block structure (paragraphs end and lists nest as
/// kramdown decides, an HTML element stays whole across blank lines, any
/// line with a `|` may be a table), then span elements (emphasis that may
/// close before Hangul, link destinations with spaces, attribute lists
/// after links, smart quotes and typographic symbols, `$$` math, `~~`
/// strikethrough), and the GFM parser's additions (task lists, heading ids,
/// `\` at a line's end as a line break).
///
/// It is our own reading of kramdown's documented behaviour, checked
/// against kramdown itself by the tests (tst_dialect). Reentrant.
namespace KramdownParser {

struct Result
{
    Result() = default;
    Result(Result &&) = default;
    /// The elements go before the arena they stand in.
    Result &operator=(Result &&other) noexcept
    {
        root = std::move(other.root);
        footnotes = std::move(other.footnotes);
        abbreviations = std::move(other.abbreviations);
        warnings = std::move(other.warnings);
        linkDefinitions = std::move(other.linkDefinitions);
        alds = std::move(other.alds);
        optionsSet = other.optionsSet;
        arena = std::move(other.arena);
        return *this;
    }

    /// The memory of the tree's elements: first, so that it goes last.
    std::shared_ptr<NodeArena> arena;
    std::unique_ptr<MarkdownNode> root;
    std::map<QString, FootnoteDefinition> footnotes;
    /// Abbreviations (`*[HTML]: Hyper Text...`) by text.
    QHash<QString, QString> abbreviations;
    QList<ParseWarning> warnings;
    /// Link definitions by normalized id (the last of an id counts).
    QHash<QString, LinkDefinition> linkDefinitions;
    /// Attribute list definitions (`{:name: .class}`) by name.
    QHash<QString, AttributeList> alds;
    /// The body sets options for itself (`{::options}`) from some point on.
    bool optionsSet = false;
};

/// Parses @p source, a post's body (after Liquid), whose characters know
/// their offsets in the post.
Result parse(const MappedText &source, const KramdownOptions &options);
/// Parses @p source, a part of a body that stands from @p bodyFrom to
/// @p bodyTo, with the link definitions, abbreviations and attribute list
/// definitions the whole body has, as they are for its spans.
Result parsePart(const MappedText &source, const KramdownOptions &options, const QHash<QString, LinkDefinition> &links,
                 const QHash<QString, QString> &abbreviations, const QHash<QString, AttributeList> &alds,
                 qsizetype bodyFrom, qsizetype bodyTo);

/// The reading of @p newText, a post whose body starts at @p bodyStart,
/// made from @p previous, the reading of @p oldText, by parsing again only
/// the top-level blocks an edit touched, when that gives exactly what
/// parse() would: both texts without Liquid, read with the same @p options,
/// and their front matter the same. Nothing when it cannot be told that
/// parsing a part gives what parsing the whole would (an edit that may
/// open or close a fence, an HTML element or math beyond its blocks,
/// touches a definition or a heading, or the body sets its own options);
/// then the caller parses the whole. The previous reading is only read.
/// (Its warnings are the same, in the order of the parts they stand in.)
std::optional<Result> reparse(const Result &previous, const QString &oldText, const QString &newText,
                              qsizetype bodyStart, const KramdownOptions &options);

/// @p lowerName is an HTML span element for kramdown (`img`, `span`, `a`):
/// its tag at a line's start starts a paragraph, not an HTML block.
bool isSpanElement(const QString &lowerName);

/// Raw HTML read into elements and text as kramdown reads an HTML block
/// whose content it does not parse; for other dialects' HTML.
NodeList parseHtml(const MappedText &html);

/// The automatic id kramdown's GFM parser gives a heading of @p text,
/// before numbering repeats: lower case, without what is not a letter,
/// digit, mark, `_`, `-` or space, spaces as `-`. Hangul stays.
QString gfmHeaderId(const QString &text);
/// The id kramdown's own (non-GFM) converter gives: ASCII letters, digits
/// and `-` only, from the first letter on.
QString basicHeaderId(const QString &text);

} // namespace KramdownParser

} // namespace geul
