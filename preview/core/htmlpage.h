// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetref.h"
#include "reading.h"

#include <QList>
#include <QPair>
#include <QString>

namespace geul {

/// A post as one complete HTML page that needs no other file: Geul's
/// preview style, KaTeX (script, style and fonts) when the post has math,
/// highlighted code, every local image and linked file it can resolve
/// inlined as a `data:` URL, and links to other pages of the site made
/// absolute (or, without the site's address, plain text). For `geul-cli
/// render --standalone` and exports. Reentrant.
namespace HtmlPage {

struct Options
{
    /// The page's title (the post's `title`), also shown as its heading.
    QString title;
    /// Shown under the title (the post's `subtitle`).
    QString subtitle;
    /// `<meta>` elements: name and content (description, author, keywords).
    QList<QPair<QString, QString>> meta;
    /// Where the post's images resolve.
    AssetContext assets;
    /// The site's address (`site.url` + `site.baseurl`): links to other
    /// pages of the site point there. Without it they lose their target.
    QString siteUrl;
    /// KaTeX's folder; math stays as TeX when empty or unreadable.
    QString katexFolder;
    /// The delimiters of the math to typeset (MathDelimiters::toJson());
    /// empty: none, as for a post without math.
    QString mathDelimiters;
};

/// The page of the post @p reading. Sets @p warnings (when given) to what
/// could not be included, for people.
QString standalone(const Reading &reading, const Options &options, QStringList *warnings = nullptr);

/// The system's KaTeX folder that Geul was built to use.
QString defaultKatexFolder();

} // namespace HtmlPage

} // namespace geul
