// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to editor/core: HtmlWriter uses it; nothing else should.
#pragma once

#include "htmlwriter.h"
#include "kramdownparser.h"

namespace geul {

/// Writes a tree that cmark-gfm read as the HTML a CommonMark site's page
/// has: jekyll-commonmark's renderer (CommonMarker's, with Rouge's markup
/// around code blocks), its render options and extensions. Raw HTML is
/// written as it stands in the post, or left out as jekyll-commonmark
/// leaves it without UNSAFE. The hooks are HtmlWriter's. Reentrant.
class CommonMarkWriter
{
public:
    CommonMarkWriter(const MarkdownNode &root, const std::map<QString, FootnoteDefinition> &footnotes,
                     const HtmlWriter::Options &options);

    HtmlWriter::Output write();

    /// CommonMarker's escapes: of text (`&`, `<`, `>`, `"`), and of a URL
    /// (what is not safe in one as `%XX`, `&` and `'` as references).
    static QString escapeHtml(QStringView text);
    static QString escapeHref(QStringView url);

private:
    void render(const MarkdownNode &node);
    void children(const MarkdownNode &node);
    void plain(const MarkdownNode &node);
    void rawHtml(const MarkdownNode &node);
    void footnoteDefinitions();
    bool footnoteBacklink();
    /// Starts a new line unless the output is at the start of one.
    void cr();
    QString position(const MarkdownNode &node) const;
    bool option(const char *name) const;
    bool extension(const char *name) const;

    const MarkdownNode &m_root;
    const std::map<QString, FootnoteDefinition> &m_footnotes;
    const HtmlWriter::Options &m_options;
    QString m_out;
    std::vector<const MarkdownNode *> m_parents;
    const MarkdownNode *m_footnoteContent = nullptr;
    int m_footnoteIndex = 0;
    int m_writtenBacklink = 0;
    bool m_top = true; ///< writing a top-level block (for the source position)
};

} // namespace geul
