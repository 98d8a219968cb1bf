// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"
#include "markdownnode.h"

#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace geul {

struct FootnoteDefinition;

/// Writes a post's tree as the HTML Jekyll writes for it: kramdown's HTML
/// converter with Jekyll's settings (Rouge's markup around code, `\(...\)`
/// and `\[...\]` for math, smart quotes and entities as characters,
/// footnotes at the end, `{:toc}` filled in). Reentrant.
///
/// What the blog's HTML does not have comes only from the hooks: source
/// positions for the preview's scroll map, colours for code, the preview's
/// own URLs for images, notes for Liquid Geul cannot fill in.
class HtmlWriter
{
public:
    struct Options
    {
        KramdownOptions kramdown;
        /// Every block element gets `data-sourcepos` (`L:C-L:C`, lines of
        /// the whole text), for the preview's scroll map.
        bool sourcePositions = false;
        /// Where each line of the text starts (Reading::html() fills it in).
        QList<qsizetype> lineStarts;
        /// @p code highlighted as @p language (Rouge knows it), as HTML for
        /// inside `<code>`; an empty string leaves it plain.
        std::function<QString(const QString &code, const QString &language)> highlight;
        /// Called for every image, link and HTML element before it is
        /// written: it may change the attributes, or set @p replacement to
        /// HTML written in the element's place.
        std::function<void(const MarkdownNode &node, Attributes &attributes, QString *replacement)> element;
        /// The Liquid that Liquid::process() left as markers, by index.
        QStringList liquidMarkers;
        /// Set for a tree cmark-gfm read (a CommonMark site): the HTML is
        /// then jekyll-commonmark's, written with these render options.
        std::optional<CommonMarkOptions> commonMark;
    };

    struct Output
    {
        QString html;
        /// Where the HTML of each top-level block ends in html (each starts
        /// where the one before ends), and of each the offsets of the post
        /// it came from.
        QList<qsizetype> blockEnds;
        QList<std::pair<qsizetype, qsizetype>> blockRanges;

        /// The HTML of each top-level block; joined, they are html.
        QStringList blocks() const;
    };

    HtmlWriter(const MarkdownNode &root, const std::map<QString, FootnoteDefinition> &footnotes,
               const QHash<QString, QString> &abbreviations, const Options &options);

    Output write();

    /// Whether Jekyll's Rouge highlights code of @p language (its name as
    /// written; Rouge is case-sensitive: `python` yes, `Python` no).
    static bool rougeKnows(QStringView language);
    /// @p text with `<`, `>` and `&` escaped, but `&` of a character
    /// reference kept; with @p attribute also `"` (kramdown's escape_html).
    static QString escape(QStringView text, bool attribute = false);
    /// Appends escape(@p text, @p attribute) to @p out.
    static void appendEscaped(QString &out, QStringView text, bool attribute = false);
    /// Appends ` data-sourcepos="L:C-L:C"` for the text from @p start to
    /// @p end (exclusive), lines found in @p lineStarts.
    static void appendSourcePosition(QString &out, const QList<qsizetype> &lineStarts, qsizetype start, qsizetype end);
    /// Code as Rouge writes it when it does not colour it: `&`, `<` and
    /// `>` escaped (with @p quotes also `"`, as CommonMarker escapes text).
    static QString escapeCode(QStringView code, bool quotes = false);
    /// Appends escapeCode(@p code, @p quotes) to @p out.
    static void appendEscapedCode(QString &out, QStringView code, bool quotes = false);

private:
    // Each writes to m_out.
    void convert(const MarkdownNode &el, int indent);
    void inner(const MarkdownNode &el, int indent);
    void attributes(const Attributes &attributes, const MarkdownNode *positioned = nullptr);
    /// `<name ...>content</name>` and a line break; with @p ownLines the
    /// content stands on lines of its own, between indented tags.
    void blockHtml(QStringView name, const Attributes &attr, int indent, const MarkdownNode &el, bool ownLines = false);
    void indentedBlockHtml(QStringView name, const Attributes &attr, int indent, const MarkdownNode &el)
    {
        blockHtml(name, attr, indent, el, true);
    }
    void indentation(int n);
    /// What @p write writes, apart from the rest of the output.
    QString captured(const std::function<void()> &write);
    QString entity(char32_t codePoint, const QString &original = {}) const;
    QString text(const QString &value) const;
    QString headerId(const QString &rawText);
    /// Appends the footnotes' list, when the post has any.
    void writeFootnotes();
    QString tableOfContents(const Attributes &attributes);
    bool insideRawHtml() const;

    const MarkdownNode &m_root;
    const std::map<QString, FootnoteDefinition> &m_footnotes;
    const QHash<QString, QString> &m_abbreviations;
    const Options &m_options;

    QString m_out;
    std::vector<const MarkdownNode *> m_stack;
    int m_footnoteCounter = 1;
    struct FootnoteUse
    {
        QString name;
        const MarkdownNode *content;
        int number;
        int repeat;
    };
    std::vector<FootnoteUse> m_footnoteUses;
    /// The index in m_footnoteUses of each name used.
    QHash<QString, std::size_t> m_footnoteIndex;
    QString m_footnotePlaceholder;
    struct TocEntry
    {
        int level;
        QString id;
        const MarkdownNode *header;
    };
    QList<TocEntry> m_toc;
    QString m_tocPlaceholder;
    Attributes m_tocAttributes;
    QHash<QString, int> m_usedIds;
};

} // namespace geul
