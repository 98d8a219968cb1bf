// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct cmark_syntax_extension;
struct cmark_node;

namespace geul::MathExtension {

/// The cmark-gfm syntax extension for TeX math, as Typora and kramdown
/// write it: `$...$` and `\(...\)` inline, `$$...$$` and `\[...\]` as
/// display math inside a paragraph, and a `$$` line opening a display block
/// that a line ending in `$$` closes. Markdown never sees the inside of
/// math: `_`, `*` and `\` stay as written. Math becomes HTML that KaTeX
/// renders in the page: `<span class="math inline">`, `<span class="math
/// display">` or, for a block, `<div class="math display">` with its source
/// position; the TeX is HTML-escaped and otherwise untouched.
///
/// A `$` opens inline math only when followed by a non-space, and closes it
/// only when preceded by a non-space and not followed by a digit, so that
/// "$5 and $10" stays text. Unclosed delimiters stay text. Escaped `\$` is
/// a dollar sign.
///
/// The process-wide extension object; created on first use, thread-safe.
cmark_syntax_extension *extension();

/// cmark's inline parser hands `\` to its own escape handling before any
/// extension sees it, so `\(`, `\)`, `\[` and `\]` are marked in the input
/// first: their backslash is replaced by a control byte of the same length
/// that the extension recognizes, keeping every source position. Backslash
/// pairs (`\\(`) are left alone. Returns whether it marked anything; it
/// marks nothing when the text already holds that byte.
bool markBackslashDelimiters(QByteArray &utf8);

/// A `$$` line with no `$$` anywhere after it would open a block that
/// never closes and swallows the rest of the post (while it is being
/// typed, too). Such a `$$` is escaped (`\$\$`) so that it stays text, as
/// kramdown leaves it. Fenced code is left alone.
void escapeUnclosedBlocks(QByteArray &utf8);

/// After parsing text that markBackslashDelimiters() marked: turns every
/// marker that no math took back into what the user wrote: a backslash in
/// code, HTML and URLs, nothing in text (where `\(` was an escaped
/// parenthesis).
void restoreMarkers(cmark_node *document);

} // namespace geul::MathExtension
