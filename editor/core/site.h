// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetref.h"
#include "dialect.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace geul {

/// The delimiters a blog's math typesetter (MathJax, or KaTeX's
/// auto-render) looks for in its pages' text. Value type.
struct MathDelimiters
{
    QList<QPair<QString, QString>> inlineMath;
    QList<QPair<QString, QString>> displayMath;
    /// Read from the site's own files; otherwise a guess (see forSite()).
    bool fromSite = false;
    /// The site's own layouts load no math typesetter, and it has no theme
    /// whose layouts might: the blog shows math as TeX text (no delimiters).
    bool none = false;

    /// What the site at @p root configures in its `_includes` and
    /// `_layouts`: MathJax's `inlineMath: [...]` and `displayMath: [...]`,
    /// or KaTeX auto-render's `delimiters: [...]`; MathJax or KaTeX loaded
    /// without them gets the library's defaults (`\(...\)`, `\[...\]`,
    /// `$$...$$`; one `$` is text). When nothing is found: `none` if the
    /// site has layouts of its own and is not @p themed, else a guess for a
    /// theme Geul cannot see: the defaults and `$...$`, which most Korean
    /// blogs' themes add.
    static MathDelimiters forSite(const QString &root, bool themed = false);
    /// `{"inline":[["$","$"],...],"display":[...]}` for the preview's page.
    QString toJson() const;
};

class FrontMatter;

/// What Geul reads of a site's configuration, once per site: its Liquid
/// variables, its Markdown dialect, its math delimiters, its permalinks.
/// Value type; an empty root is "no site" (Jekyll's defaults).
struct SiteConfig
{
    QString root;
    /// `site.X` for Liquid (see Site::variables()).
    QHash<QString, QString> variables;
    Dialect dialect;
    MathDelimiters math;
    /// The site's `permalink:` (a style name or a template); `date` by default.
    QString permalink = QStringLiteral("date");

    static SiteConfig read(const QString &root);

    /// The address Jekyll gives the post or page at @p path (under root),
    /// whose front matter is @p frontMatter, without the site's baseurl:
    /// for a post its permalink (`/:categories/:year/:month/:day/:title.html`
    /// by default), for a page its path. Empty outside the site.
    QString urlOf(const QString &path, const FrontMatter &frontMatter) const;

    /// A list the front matter gives by a singular or a plural key, as
    /// Jekyll reads `category`/`categories` and `tag`/`tags`: the singular
    /// key wins (a string there is one item); a string under the plural
    /// key is split at white space.
    static QStringList listOf(const FrontMatter &frontMatter, const QString &singular, const QString &plural);

    /// The site's time zone: its `timezone`, else the system's (Jekyll
    /// sets TZ from it, so dates and permalinks are in it).
    QTimeZone timeZone() const;
    /// A date as Jekyll reads `YYYY-MM-DD[ HH:MM[:SS[.frac]]][ offset]`
    /// (also with `T`, and `Z`), in @p zone unless it carries an offset;
    /// returned in @p zone. Nothing when it is not such a date.
    static std::optional<QDateTime> parseDate(QStringView text, const QTimeZone &zone);
    /// The `date` key of @p frontMatter as Jekyll reads it, in the site's
    /// time zone: Psych reads an unquoted timestamp with a time but without
    /// an offset as UTC (YAML 1.1); a string Jekyll parses itself is in the
    /// site's zone. Nothing when there is no readable date.
    std::optional<QDateTime> dateOf(const FrontMatter &frontMatter) const;
    /// Where the references of the post at @p path resolve.
    AssetContext assetContext(const QString &path, const FrontMatter &frontMatter) const;
};

/// Where a post stands in a Jekyll site. Reentrant.
namespace Site {

/// The Jekyll site root of the file or folder @p path: the nearest folder,
/// from the path's own folder upward, that holds a `_config.yml` (or
/// `_config.yaml`, or `_config.toml`). Empty when there is none.
QString rootFor(const QString &path);

/// Jekyll's pattern for a post's file name: a date, a dash, the slug, an
/// extension (`2024-1-2-my-post.md`). Captures 1 to 3 are year, month
/// and day, 4 the slug.
const QRegularExpression &postName();

/// The top-level scalar settings of the site's `_config.yml` under their
/// Liquid names (`site.url`, `site.baseurl`, `site.title`, ...), with
/// Jekyll's empty defaults for `url` and `baseurl`. Empty when @p root is
/// empty or its configuration cannot be read.
QHash<QString, QString> variables(const QString &root);


} // namespace Site

} // namespace geul
