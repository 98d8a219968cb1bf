// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappedtext.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace geul {

/// Jekyll runs a post through Liquid before Markdown. The preview does the
/// part of that a reader sees, and shows the rest for what it is:
/// - `{% raw %}...{% endraw %}` keeps its content literal;
/// - `{% comment %}...{% endcomment %}` disappears;
/// - `{% highlight lang %}...{% endhighlight %}` becomes the HTML Jekyll's tag
///   writes (`<figure class="highlight">`), colours aside;
/// - `{{ site.X }}` and `{{ page.X }}` become their values, also through the
///   `relative_url` and `absolute_url` filters and for string literals
///   (`{{ "/assets/a.png" | relative_url }}`);
/// - any other tag or output becomes a marker that the HTML shows as a
///   small muted note with the Liquid as written.
/// Whitespace control (`{%-`, `-%}`) works as in Liquid. The output is what
/// Markdown reads; its characters know where in the post they came from, so
/// that source positions still name the lines of the file. Reentrant.
namespace Liquid {

struct Output
{
    /// The text for Markdown, with markers standing for unknown Liquid;
    /// each character knows where it came from (what Liquid filled in
    /// maps to the tag or output that made it).
    MappedText text;
    /// The Liquid as written, for each marker.
    QStringList markers;
};

/// @p text may hold Liquid (a `{{` or a `{%`): most posts have none, and
/// process() leaves a text without it as it is.
bool mayHaveLiquid(QStringView text);

/// @p variables maps names such as `site.baseurl` or `page.title` to
/// their values. @p text stands at @p origin in the post.
Output process(QStringView text, const QHash<QString, QString> &variables, qsizetype origin = 0);
/// The same for @p post from @p from on (its body); the text shares the
/// post's memory when there is no Liquid in it, as in most posts.
Output process(const QString &post, qsizetype from, const QHash<QString, QString> &variables);

/// @p text with each output (`{{ ... }}`) whose value is known replaced by
/// it, and everything else, tags included, as it is. For tools that need
/// the links a post really has (`{{ site.baseurl }}/assets/a.png`).
QString expandOutputs(QStringView text, const QHash<QString, QString> &variables);

/// Jekyll's `absolute_url` of @p path with the site's @p variables: its
/// `url`, then its `baseurl`, then the path (a URL stays as it is).
QString absoluteUrl(const QString &path, const QHash<QString, QString> &variables);

/// @p html (escaped text) with each marker of @p markers as a small muted
/// note showing the Liquid as written.
QString markersAsNotes(const QString &html, const QStringList &markers);
/// @p value (an escaped attribute value) with each marker as the Liquid
/// as written.
QString restoreMarkers(const QString &value, const QStringList &markers);

} // namespace Liquid

} // namespace geul
