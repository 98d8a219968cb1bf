// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "codehighlighter.h"
#include "commonmarkparser.h"

namespace geul {

HtmlWriter::Output MarkdownRenderer::render(const Reading &reading, const Options &options)
{
    HtmlWriter::Options writer;
    if (options.sourcePositions) {
        // `L:C-L:C`, for every block of the page: written without
        // QString::arg, which would cost as much as the rest of the page.
        writer.sourcePosition = [&reading](qsizetype start, qsizetype end) {
            const auto [startLine, startColumn] = reading.position(start);
            const auto [endLine, endColumn] = reading.position(std::max(start, end - 1));
            QString out;
            out.reserve(24);
            const auto number = [&out](int n) {
                char16_t digits[12];
                int at = 12;
                do {
                    digits[--at] = char16_t(u'0' + n % 10);
                    n /= 10;
                } while (n > 0 && at > 0);
                out.append(QStringView(digits + at, 12 - at));
            };
            number(startLine);
            out += u':';
            number(startColumn);
            out += u'-';
            number(endLine);
            out += u':';
            number(endColumn);
            return out;
        };
    }
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
