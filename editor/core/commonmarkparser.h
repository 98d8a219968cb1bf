// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to editor/core: Reading uses it; nothing else should.
#pragma once

#include "dialect.h"
#include "kramdownparser.h"
#include "mappedtext.h"

namespace geul {

/// The tree of a post's body for a site whose `markdown:` is CommonMark
/// (jekyll-commonmark): cmark-gfm's own parse with the site's extensions
/// and options, put in the terms of MarkdownNode so that everything after
/// the parse (references, HTML, pitfalls) is the same for both dialects.
/// The only code of Geul that sees cmark-gfm. Reentrant.
namespace CommonMarkParser {

KramdownParser::Result parse(const MappedText &source, const CommonMarkOptions &options);

/// cmark-gfm's own HTML for @p utf8 with GFM's extensions (tables,
/// strikethrough, autolinks, task lists): nothing of Geul's, for benchmarks
/// to compare against.
QByteArray renderBare(const QByteArray &utf8);

/// The version of the cmark-gfm library Geul runs with (for About).
QString version();

} // namespace CommonMarkParser

} // namespace geul
