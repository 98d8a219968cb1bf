// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialect.h"
#include "frontmatter.h"
#include "htmlwriter.h"
#include "markdownnode.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace geul {

/// One reading of a post, as Jekyll reads it: the front matter, Liquid
/// filled in, then the body parsed in the site's dialect (kramdown with its
/// options, or CommonMark) into one tree. Everything Geul knows about a
/// post's body comes from here: the preview's HTML, the images, media and
/// links that `check`, export, image operations and Rename Post use, the
/// headings and their ids, the blocks the scroll map follows, and the
/// constructs the blog reads differently from what the writer likely meant
/// (pitfalls). No other part of Geul reads Markdown.
///
/// Immutable once made; copies share the tree. Reentrant: a reading may be
/// made on any thread and read from any thread. The lists are returned by
/// value (shared, cheap), so that they outlive a temporary reading.
class Reading
{
    Q_DECLARE_TR_FUNCTIONS(geul::Reading)

public:
    /// A reference to a file or page in the body. Value type.
    struct Reference
    {
        enum class Kind { Image, Media, Link };
        Kind kind = Kind::Image;
        /// `img`, `video`, `audio`, `source`, `a`, ...
        QString element;
        /// `src`, `poster` or `href`.
        QString attribute;
        /// The URL as the blog's page has it (HTML character references
        /// decoded, `%XX` escapes kept).
        QString url;
        /// An image's alternative text.
        QString alt;
        /// Where it stands: 1-based line and column of the whole text.
        int line = 0;
        int column = 0;
        /// The whole reference in the text (`![alt](url)`, `<img ...>`);
        /// -1 when it does not stand there as one piece.
        qsizetype start = -1;
        qsizetype end = -1;
        /// The URL as written in the text (perhaps in a reference
        /// definition); -1 when it cannot be rewritten there (Liquid made it).
        qsizetype urlStart = -1;
        qsizetype urlEnd = -1;
        /// Written in Markdown (`![]()`, `[]()`) rather than HTML.
        bool markdown = false;
    };

    struct Heading
    {
        int level = 0;
        QString text;
        /// The id the blog gives it (kramdown's automatic id, or `{#id}`).
        QString id;
        int line = 0;
    };

    /// A top-level block: what the preview patches and the scroll map follows.
    struct Block
    {
        int firstLine = 0; ///< 1-based, of the whole text
        int lastLine = 0;
        qsizetype start = -1;
        qsizetype end = -1;
    };

    /// Something the blog reads differently from what the writer most
    /// likely meant, with what the blog shows and how to write it instead.
    struct Pitfall
    {
        int line = 0;
        int column = 0;
        QString message;
    };

    Reading();

    /// Reads @p text, a whole post (front matter and body), in @p dialect,
    /// with Liquid's `site.X` values @p siteVariables.
    static Reading read(const QString &text, const Dialect &dialect = {},
                        const QHash<QString, QString> &siteVariables = {});
    /// The same, for a caller that has read the front matter already.
    static Reading read(const QString &text, const FrontMatter &frontMatter, const Dialect &dialect,
                        const QHash<QString, QString> &siteVariables);
    /// Reads @p text, @p previous's text after an edit, in the same dialect
    /// with the same @p siteVariables: the same reading as read(), made by
    /// parsing again only the top-level blocks the edit touched when that
    /// gives exactly what parsing the whole would (kramdown sites, posts
    /// without Liquid; see KramdownParser::reparse), else by parsing the
    /// whole. @p previous is only read, and may be read meanwhile.
    static Reading reread(const Reading &previous, const QString &text,
                          const QHash<QString, QString> &siteVariables = {});
    /// Made by reread() from the previous reading, not by parsing the whole.
    bool isIncremental() const;

    const QString &text() const;
    const FrontMatter &frontMatter() const;
    const Dialect &dialect() const;
    /// The post asks for math (`use_math`, `math_use` or `math`: true).
    bool usesMath() const;
    const MarkdownNode &root() const;
    /// The contents of the footnotes defined in the body, which kramdown
    /// keeps apart from the tree (by name); they live as long as the reading.
    QList<const MarkdownNode *> footnotes() const;

    /// The body's HTML, as the blog's page has it, with @p options' hooks.
    HtmlWriter::Output html(HtmlWriter::Options options = {}) const;

    QList<Reference> references() const;
    /// The image (Markdown or `<img>`) whose text holds @p position.
    std::optional<Reference> imageAt(qsizetype position) const;
    QList<Heading> headings() const;
    QList<Block> blocks() const;
    QList<Pitfall> pitfalls() const;

    /// The 1-based line and column of @p offset in the text.
    std::pair<int, int> position(qsizetype offset) const;

private:
    static Reading read(const QString &text, const FrontMatter &frontMatter, const Dialect &dialect,
                        const QHash<QString, QString> &siteVariables, const Reading *previous);

    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace geul
