// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetref.h"
#include "dialect.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace geul {

/// The delimiters a blog's math typesetter (MathJax, or KaTeX's
/// auto-render) looks for in its pages' text. Value type.
struct MathDelimiters
{
    QList<QPair<QString, QString>> inlineMath;
    QList<QPair<QString, QString>> displayMath;
    /// Read from the site's own files; otherwise a guess (see forSite()).
    bool fromSite = false;

    /// What the site at @p root configures in its `_includes` and
    /// `_layouts` (`inlineMath: [...]`, `displayMath: [...]`, or
    /// auto-render's `delimiters: [...]`). When it configures nothing Geul
    /// can find (a theme gem may), MathJax's defaults (`\(...\)`,
    /// `\[...\]`, `$$...$$`) and `$...$`, which most Korean blogs add.
    static MathDelimiters forSite(const QString &root);
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
    /// Where the references of the post at @p path resolve.
    AssetContext assetContext(const QString &path, const FrontMatter &frontMatter) const;
};

/// Where a post stands in a Jekyll site. Reentrant.
namespace Site {

/// The Jekyll site root of the file or folder @p path: the nearest folder,
/// from the path's own folder upward, that holds a `_config.yml` (or
/// `_config.yaml`, or `_config.toml`). Empty when there is none.
QString rootFor(const QString &path);

/// The top-level scalar settings of the site's `_config.yml` under their
/// Liquid names (`site.url`, `site.baseurl`, `site.title`, ...), with
/// Jekyll's empty defaults for `url` and `baseurl`. Empty when @p root is
/// empty or its configuration cannot be read.
QHash<QString, QString> variables(const QString &root);

} // namespace Site

} // namespace geul
