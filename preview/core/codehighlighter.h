// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace geul {

/// Highlights fenced code as HTML with KSyntaxHighlighting, in the colours
/// of its default light or dark theme (as the editor uses). Thread-safe:
/// each thread keeps its own definition repository, and what was
/// highlighted is kept for every thread (a post's code is highlighted again
/// only when it changed).
namespace CodeHighlighter {

/// @p code highlighted as the language named @p language (a fence's info
/// word: `python`, `bash`, `R`, `yaml`, ... in any case, or a file suffix
/// such as `py`), as HTML; an empty string when no definition knows it.
QString highlight(const QString &code, const QString &language, bool dark);

} // namespace CodeHighlighter

} // namespace geul
