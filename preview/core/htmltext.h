// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to preview/core: reading text back out of the HTML cmark wrote.
#pragma once

#include <QString>
#include <QStringList>

namespace geul {

/// @p html text with its character references decoded: the named ones cmark
/// and raw HTML use (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;`) and numeric
/// ones (`&#44032;`, `&#xAC00;`).
QString unescapeHtml(const QString &html);

/// Splits an HTML fragment into its top-level elements, each with the text
/// that follows it, so that joining the pieces gives @p html back. Comments
/// and raw-text elements (`script`, `style`, `textarea`) are skipped whole;
/// an element left open keeps everything after it in its piece, as a
/// browser would nest it.
QStringList splitTopLevel(const QString &html);

/// An HTML fragment as the preview page takes it: its top-level pieces
/// (splitTopLevel()) and each piece without its source positions, the key
/// by which the page knows a block that only moved. Made on the worker
/// that rendered the fragment, not on the GUI thread.
struct HtmlBlocks
{
    QStringList blocks;
    QStringList keys;

    static HtmlBlocks of(const QString &html);
};

/// @p html without its `data-sourcepos` attributes: what a block is,
/// whatever lines it stands on.
QString withoutSourcePositions(const QString &html);

/// The values of the `data-sourcepos` attributes of @p html, in order.
QStringList sourcePositions(const QString &html);

} // namespace geul
