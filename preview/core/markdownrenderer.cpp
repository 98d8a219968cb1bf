// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "codehighlighter.h"
#include "commonmarkparser.h"

namespace geul {

HtmlWriter::Output MarkdownRenderer::render(const Reading &reading, const Options &options)
{
    HtmlWriter::Options writer;
    writer.sourcePositions = options.sourcePositions;
    if (options.highlightCode) {
        const bool dark = options.dark;
        writer.highlight = [dark](const QString &code, const QString &language) {
            return CodeHighlighter::highlight(code, language, dark);
        };
    }
    if (options.assets || options.link) {
        const auto assets = options.assets ? PreviewAssets::hook(*options.assets, options.links)
                                           : std::function<void(const MarkdownNode &, Attributes &, QString *)>();
        const auto link = options.link;
        writer.element = [assets, link](const MarkdownNode &node, Attributes &attributes, QString *replacement) {
            if (assets)
                assets(node, attributes, replacement);
            const bool anchor = node.type == MarkdownNode::Type::Link
                                || (node.type == MarkdownNode::Type::HtmlElement && node.value == u"a");
            if (link && anchor && replacement->isNull())
                link(node, attributes);
        };
    }
    return reading.html(writer);
}

QString MarkdownRenderer::renderPost(const QString &text, const Options &options, const Dialect &dialect,
                                     const QHash<QString, QString> &siteVariables)
{
    return render(Reading::read(text, dialect, siteVariables), options).html;
}

QByteArray MarkdownRenderer::renderBareUtf8(const QByteArray &utf8)
{
    return CommonMarkParser::renderBare(utf8);
}

} // namespace geul
