// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace geul {

/// Jekyll runs a post through Liquid before Markdown. The preview does the
/// part of that a reader sees, and shows the rest for what it is:
/// - `{% raw %}...{% endraw %}` keeps its content literal;
/// - `{% comment %}...{% endcomment %}` disappears;
/// - `{% highlight lang %}...{% endhighlight %}` becomes a fenced code block,
///   highlighted like any other;
/// - `{{ site.X }}` and `{{ page.X }}` become their values, also through the
///   `relative_url` and `absolute_url` filters and for string literals
///   (`{{ "/assets/a.png" | relative_url }}`);
/// - any other tag or output becomes a marker that the HTML shows as a
///   small muted note with the Liquid as written.
/// Line breaks are kept, so that source positions still name the lines of
/// the file. Reentrant.
namespace Liquid {

struct Output
{
    /// The text for Markdown, with markers standing for unknown Liquid.
    QString text;
    /// The Liquid as written, for each marker.
    QStringList markers;
};

/// @p variables maps names such as `site.baseurl` or `page.title` to
/// their values.
Output process(QStringView text, const QHash<QString, QString> &variables);

/// @p text with each output (`{{ ... }}`) whose value is known replaced by
/// it, and everything else, tags included, as it is. For tools that need
/// the links a post really has (`{{ site.baseurl }}/assets/a.png`).
QString expandOutputs(QStringView text, const QHash<QString, QString> &variables);

/// Replaces the markers of @p markers in rendered HTML: a muted note in
/// content, the Liquid as written inside a tag's attribute.
QString insertMarkers(const QString &html, const QStringList &markers);

} // namespace Liquid

} // namespace geul
