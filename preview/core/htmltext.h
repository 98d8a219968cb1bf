// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to preview/core: reading text back out of the HTML cmark wrote.
#pragma once

#include <QString>

namespace geul {

/// @p html text with its character references decoded: the named ones cmark
/// and raw HTML use (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;`) and numeric
/// ones (`&#44032;`, `&#xAC00;`).
QString unescapeHtml(const QString &html);

} // namespace geul
