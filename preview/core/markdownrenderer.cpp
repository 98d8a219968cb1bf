// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that includes cmark-gfm: the rest of Geul sees Qt types.
#include "markdownrenderer.h"

#include "codehighlighter.h"
#include "frontmatter.h"
#include "kramdown.h"
#include "liquid.h"
#include "mathextension.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

namespace geul {

namespace {

constexpr const char *extensionNames[] = {"table", "strikethrough", "autolink", "tasklist"};

// CMARK_OPT_UNSAFE keeps raw HTML as Jekyll's kramdown does; the preview's
// Content-Security-Policy is what keeps scripts in it from running.
constexpr int renderOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;
constexpr int parseOptions = CMARK_OPT_FOOTNOTES;

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct CStringDeleter
{
    void operator()(char *s) const { free(s); }
};

QByteArray render(QByteArray utf8, bool math)
{
    // Registration writes a process-wide list; do it once, before any thread
    // reads it. Afterwards the registry is only read, which is thread-safe.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(parseOptions));
    for (const char *name : extensionNames) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    bool marked = false;
    if (math) {
        MathExtension::escapeUnclosedBlocks(utf8);
        marked = MathExtension::markBackslashDelimiters(utf8);
        cmark_parser_attach_syntax_extension(parser.get(), MathExtension::extension());
    }
    std::unique_ptr<cmark_node, NodeDeleter> document;
    {
        // cmark-gfm keeps the table of special inline characters in a global
        // that every parse with extensions changes (it adds `~` and the
        // autolink triggers, then removes them): two parses at once corrupt
        // each other's output (tst_markdownrenderer's threadSafe() saw it).
        // Parses are therefore serialized; rendering the tree is not.
        static std::mutex parseMutex;
        const std::lock_guard lock(parseMutex);
        cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
        document.reset(cmark_parser_finish(parser.get()));
    }
    if (marked)
        MathExtension::restoreMarkers(document.get());
    std::unique_ptr<char, CStringDeleter> html(
        cmark_render_html(document.get(), renderOptions, cmark_parser_get_syntax_extensions(parser.get())));
    return QByteArray(html.get());
}

} // namespace

QString MarkdownRenderer::renderBody(QStringView body, int firstLine, const Options &options)
{
    Liquid::Output liquid;
    if (options.liquid)
        liquid = Liquid::process(body, options.variables);
    else
        liquid.text = body.toString();
    const QList<Kramdown::BlockAttributes> attributes = Kramdown::extract(liquid.text, firstLine);

    // cmark numbers lines from the start of its input. Leading blank lines
    // change nothing in the output but shift every source position, so the
    // body is prefixed with one newline per front-matter line.
    QByteArray utf8(firstLine, '\n');
    utf8 += liquid.text.toUtf8();
    QString html = QString::fromUtf8(render(std::move(utf8), options.math));
    html = Kramdown::apply(html, attributes);
    if (options.highlightCode)
        html = CodeHighlighter::highlightBlocks(html, options.dark);
    return Liquid::insertMarkers(html, liquid.markers);
}

QString MarkdownRenderer::renderPost(QStringView text, const Options &options)
{
    return renderPost(text, FrontMatter::read(text), options);
}

QString MarkdownRenderer::renderPost(QStringView text, const FrontMatter &frontMatter, Options options)
{
    options.math = frontMatter.isTrue(QStringLiteral("use_math")) || frontMatter.isTrue(QStringLiteral("math_use"));
    if (const std::optional<YamlEntry> liquid = frontMatter.entry(QStringLiteral("render_with_liquid")))
        options.liquid = !(liquid->value.kind == YamlValue::Kind::Bool && !liquid->value.boolean);
    options.variables.insert(frontMatter.pageVariables());
    const FrontMatterSplit &split = frontMatter.location();
    return renderBody(text.sliced(split.bodyStart), split.bodyLine, options);
}

QByteArray MarkdownRenderer::renderBareUtf8(const QByteArray &utf8)
{
    return render(utf8, false);
}

} // namespace geul
