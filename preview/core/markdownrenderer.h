// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetref.h"
#include "htmlwriter.h"
#include "previewassets.h"
#include "reading.h"

#include <QString>

#include <optional>

namespace geul {

/// A post's body as HTML for people: the blog's HTML from its Reading
/// (see HtmlWriter), with what a preview or a page of its own adds: code
/// in the editor's colours, local images at URLs the page can load (or a
/// note saying why one cannot be shown), and source positions for the
/// scroll map.
///
/// Stateless: every function is thread-safe and may run on any thread.
namespace MarkdownRenderer {

struct Options
{
    /// Code is highlighted in the colours of the dark theme.
    bool dark = false;
    /// Code in a language the blog highlights is highlighted.
    bool highlightCode = true;
    /// Block elements carry `data-sourcepos` (lines of the whole file).
    bool sourcePositions = true;
    /// Where the post's files are; without it references stay as written.
    std::optional<AssetContext> assets;
    PreviewAssets::LinkOptions links;
    /// Called for links (`a`) after images are seen to: a page of its own
    /// points them elsewhere.
    std::function<void(const MarkdownNode &node, Attributes &attributes)> link;
};

/// The body of @p reading as HTML blocks.
HtmlWriter::Output render(const Reading &reading, const Options &options = {});

/// Reads @p text in @p dialect (with Liquid's @p siteVariables) and renders
/// its body: the same as render(Reading::read(...)).
QString renderPost(const QString &text, const Options &options = {}, const Dialect &dialect = {},
                   const QHash<QString, QString> &siteVariables = {});

/// cmark-gfm's own parse and render of @p utf8 with GFM's extensions: the
/// baseline that benchmarks compare Geul's reading against.
QByteArray renderBareUtf8(const QByteArray &utf8);

} // namespace MarkdownRenderer

} // namespace geul
