// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace geul {

class FrontMatter;

/// Turns Markdown into an HTML fragment as Jekyll would: Liquid first (see
/// Liquid), then cmark-gfm with CommonMark plus the GFM extensions (tables,
/// strikethrough, autolinks, task lists), footnotes, TeX math when asked
/// (see MathExtension), raw HTML passed through as Jekyll does (the preview
/// page, not the renderer, keeps it from running), kramdown's attribute
/// lists and heading ids (see Kramdown), fenced code highlighted (see
/// CodeHighlighter), and `data-sourcepos` attributes on block elements that
/// count lines of the whole file.
///
/// Stateless: every function is thread-safe and may run on any thread.
namespace MarkdownRenderer {

struct Options
{
    /// Code is highlighted in the colours of the dark theme.
    bool dark = false;
    /// Fenced code with a known language is highlighted.
    bool highlightCode = true;
    /// TeX math is recognized; see MathExtension. renderPost() takes it from
    /// the front matter's `use_math` (or `math_use`).
    bool math = false;
    /// Liquid is handled first, as Jekyll does; see Liquid. renderPost()
    /// turns it off for `render_with_liquid: false`.
    bool liquid = true;
    /// Liquid's variables: `site.X` (see Site::variables()); renderPost()
    /// adds the post's `page.X`.
    QHash<QString, QString> variables;
};

/// Renders a post body. @p firstLine is the 0-based line of the file on
/// which @p body starts, so that source positions name lines of the file.
QString renderBody(QStringView body, int firstLine = 0, const Options &options = {});

/// Splits off the front matter (Jekyll's rule) and renders the body only,
/// with the math, Liquid and `page.X` settings of its front matter.
QString renderPost(QStringView text, const Options &options = {});
/// The same, for a caller that has read the front matter already.
QString renderPost(QStringView text, const FrontMatter &frontMatter, Options options = {});

/// The same parse and render as renderBody(), straight on UTF-8 bytes with
/// no conversion, line offset or code highlighting: the baseline that
/// benchmarks compare renderBody() against.
QByteArray renderBareUtf8(const QByteArray &utf8);

} // namespace MarkdownRenderer

} // namespace geul
