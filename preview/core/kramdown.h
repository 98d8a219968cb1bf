// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace geul {

/// What Jekyll's kramdown adds to Markdown that posts rely on, for the
/// preview: block attribute lists (`{: .notice--warning}`, `{: #id}`,
/// `{: style="..."}`) applied to the block they follow (or, after a blank
/// line, the block they precede), `{:toc}` turning the list it follows into
/// a table of contents, heading ids as kramdown's GFM parser makes them
/// (so that `[목차](#1-회고)` links work), and every other `{: ...}` or
/// `{::...}` construct dropped rather than shown as text. Reentrant.
namespace Kramdown {

struct BlockAttributes
{
    /// The 1-based line of the file the attribute list stood on.
    int line = 0;
    /// The line before it was blank: it applies to the next block.
    bool afterBlank = false;
    QStringList classes;
    QString id;
    QList<QPair<QString, QString>> others;
    /// `{:toc}`: the block is replaced by a table of contents.
    bool toc = false;
};

/// Takes the attribute lists and extensions out of @p text, whose first
/// line is line @p firstLine + 1 of the file. Lines are blanked, never
/// removed, so that source positions stay right. Fenced code is left alone.
QList<BlockAttributes> extract(QString &text, int firstLine);

/// Gives headings their ids and applies @p attributes to the rendered HTML
/// (which carries cmark's `data-sourcepos`).
QString apply(const QString &html, const QList<BlockAttributes> &attributes);

/// kramdown's GFM id for a heading of @p text: lower case, without
/// punctuation, spaces as `-` (Hangul stays). Without the numbering of
/// repeated ids.
QString headingId(const QString &text);

} // namespace Kramdown

} // namespace geul
