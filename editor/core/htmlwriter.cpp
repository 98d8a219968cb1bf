// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML kramdown's converter writes (Jekyll's settings), written for Geul
// from kramdown's output and checked against it by the tests.
#include "htmlwriter.h"

#include "commonmarkwriter.h"
#include "htmlentities.h"
#include "kramdownparser.h"
#include "liquid.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace geul {

namespace {

using Node = MarkdownNode;
using Type = MarkdownNode::Type;

// The languages Jekyll's Rouge highlights (its lexers' tags and aliases),
// case as Rouge matches them.
constexpr const char *rougeLanguages[] = {
    "Containerfile", "Dockerfile", "HAML", "Isabelle", "LaTeX", "OCL", "R", "S", "TeX", "abap", "abl", "actionscript",
    "ada", "apache", "apex", "apib", "apiblueprint", "applescript", "armasm", "as", "as3", "aug", "augeas", "awk",
    "bash", "bat", "batch", "batchfile", "bbcbasic", "behat", "bf", "bib", "bibtex", "biml", "bpf", "brainfuck",
    "brightscript", "brs", "bs", "bsdmake", "bsl", "c", "c#", "c++", "ceylon", "cfc", "cfscript", "cisco_ios", "cl",
    "clean", "clj", "cljs", "clojure", "cmake", "cmhg", "cmm", "cobol", "codeowners", "coffee", "coffee-script",
    "coffeescript", "common-lisp", "common_lisp", "conf", "config", "configuration", "console", "containerfile",
    "coq", "cpp", "cr", "crystal", "cs", "csharp", "css", "csvs", "cucumber", "cuda", "cypher", "cython", "d",
    "dafny", "dart", "datastudio", "diff", "digdag", "django", "dlang", "docker", "dockerfile", "dosbatch", "dot",
    "e-mail", "ecl", "eex", "eiffel", "elisp", "elixir", "elm", "emacs-lisp", "email", "eml", "epp", "eps", "erb",
    "erl", "erlang", "eruby", "esc", "escape", "ex", "exs", "factor", "fea", "ff", "fluent", "fortran", "freefem",
    "fsharp", "ftl", "gd", "gdscript", "ghc-cmm", "ghc-core", "gherkin", "glsl", "gnumake", "go", "golang", "gradle",
    "graphql", "graphviz", "groovy", "hack", "haml", "handlebars", "haskell", "haxe", "hbs", "hcl", "heex", "hh",
    "hlsl", "hocon", "hql", "hs", "html", "http", "hx", "hy", "hylang", "idlang", "idr", "idris", "iecst", "igorpro",
    "ini", "io", "irb", "irb_output", "isa", "isabelle", "isbl", "j", "janet", "java", "javascript", "jdn", "jinja",
    "jl", "js", "jsl", "json", "json-doc", "json5", "jsonc", "jsonnet", "jsp", "jsx", "julia", "kdb+", "kotlin",
    "ksh", "lasso", "lassoscript", "latex", "lean", "leex", "lhaskell", "lhs", "liquid", "lisp", "litcoffee",
    "literate_coffeescript", "literate_haskell", "lithaskell", "livescript", "llvm", "ls", "lua", "lustre", "lutin",
    "m", "m68k", "magik", "make", "makefile", "markdown", "mason", "mathematica", "matlab", "md", "meson", "mf",
    "microsoftshell", "minizinc", "mkd", "ml", "mojo", "moon", "moonscript", "mosel", "msgtrans", "msshell",
    "mustache", "mxml", "nasm", "nes", "nesasm", "nextflow", "nf", "nginx", "nial", "nim", "nimrod", "nix", "nixos",
    "obj-c", "obj-c++", "obj-cpp", "obj_c", "obj_c++", "obj_cpp", "objc", "objc++", "objcpp", "objective-c",
    "objective_c", "objective_cpp", "objectivec", "objectivec++", "objectivecpp", "ocaml", "ocl", "openedge",
    "opentype", "opentype_feature_file", "opentypefeature", "p4", "pascal", "patch", "perl", "php", "php3", "php4",
    "php5", "pl", "plaintext", "plist", "plsql", "pony", "posh", "postscr", "postscript", "powershell", "pp", "praat",
    "prolog", "prometheus", "properties", "proto", "protobuf", "pry", "ps", "puppet", "py", "pyrex", "python", "pyx",
    "q", "qml", "r", "racket", "rb", "react", "realbasic", "reasonml", "rego", "rescript", "rhtml", "rml", "robot",
    "robot-framework", "robot_framework", "rs", "rs,ignore", "rs,no_run", "rs,should_panic", "ruby", "rust",
    "rust,ignore", "rust,no_run", "rust,should_panic", "s", "sas", "sass", "scala", "scheme", "scss", "sed", "sh",
    "shell", "shell-session", "shell_session", "sieve", "slice", "slim", "smalltalk", "smarty", "sml", "sparql",
    "sqf", "sql", "squeak", "ssh", "st", "stan", "stata", "supercollider", "svelte", "swift", "systemd", "syzlang",
    "syzprog", "tap", "tcl", "terminal", "terraform", "tex", "text", "tf", "toml", "ts", "tsx", "ttcn3", "tulip",
    "turtle", "twig", "typescript", "udiff", "unit-file", "vala", "varnish", "varnishconf", "vb", "vcl", "velocity",
    "verilog", "vhdl", "vim", "viml", "vimscript", "visualbasic", "vue", "vuejs", "winbatch", "wl", "wolfram",
    "wollok", "xml", "xojo", "xpath", "xquery", "yaml", "yang", "yml", "zig", "zir", "zsh",
};

// A reference `&name;`, `&#123;` or `&#x1F;` starting at @p i.
qsizetype referenceLength(QStringView s, qsizetype i)
{
    qsizetype q = i + 1;
    if (q < s.size() && s[q] == u'#') {
        ++q;
        const bool hex = q < s.size() && s[q] == u'x';
        if (hex)
            ++q;
        const qsizetype digits = q;
        while (q < s.size()
               && (s[q].isDigit() || (hex && ((s[q] >= u'a' && s[q] <= u'f') || (s[q] >= u'A' && s[q] <= u'F')))))
            ++q;
        if (q == digits || q >= s.size() || s[q] != u';')
            return 0;
        return q + 1 - i;
    }
    const auto nameStart = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u':';
    };
    if (q >= s.size() || !nameStart(s[q]))
        return 0;
    ++q;
    while (q < s.size() && (nameStart(s[q]) || s[q] == u'-' || s[q] == u'.'))
        ++q;
    if (q >= s.size() || s[q] != u';')
        return 0;
    return q + 1 - i;
}

// Runs of Han, Hiragana or Katakana joined over a line break (kramdown's
// remove_line_breaks_for_cjk).
bool isCjk(QChar c)
{
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

} // namespace

bool HtmlWriter::rougeKnows(QStringView language)
{
    const QByteArray latin = language.toLatin1();
    const auto it = std::lower_bound(std::begin(rougeLanguages), std::end(rougeLanguages), latin,
                                     [](const char *name, const QByteArray &key) { return qstrcmp(name, key.constData()) < 0; });
    return it != std::end(rougeLanguages) && latin == *it;
}

void HtmlWriter::appendSourcePosition(QString &out, const QList<qsizetype> &lineStarts, qsizetype start, qsizetype end)
{
    if (lineStarts.isEmpty())
        return;
    // Made on the stack and appended once: there is one for every block of
    // a page.
    char16_t buffer[96];
    qsizetype size = 0;
    const auto text = [&](const char *latin) {
        while (*latin)
            buffer[size++] = char16_t(*latin++);
    };
    const auto number = [&](qsizetype n) {
        char16_t digits[20];
        int at = 20;
        do {
            digits[--at] = char16_t(u'0' + n % 10);
            n /= 10;
        } while (n > 0 && at > 0);
        while (at < 20)
            buffer[size++] = digits[at++];
    };
    const auto lineAndColumn = [&](qsizetype offset) {
        const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), std::max<qsizetype>(offset, 0));
        const qsizetype line = std::max<qsizetype>(it - lineStarts.begin(), 1);
        number(line);
        buffer[size++] = u':';
        number(std::max<qsizetype>(offset - lineStarts[line - 1], 0) + 1);
    };
    text(" data-sourcepos=\"");
    lineAndColumn(start);
    buffer[size++] = u'-';
    lineAndColumn(std::max(start, end - 1));
    buffer[size++] = u'"';
    out.append(QStringView(buffer, size));
}

void HtmlWriter::appendEscapedCode(QString &out, QStringView code, bool quotes)
{
    const auto special = [quotes](QChar c) { return c == u'&' || c == u'<' || c == u'>' || (quotes && c == u'"'); };
    // Runs of plain characters are copied whole.
    for (qsizetype i = 0; i < code.size();) {
        qsizetype end = i;
        while (end < code.size() && !special(code[end]))
            ++end;
        out += code.sliced(i, end - i);
        if (end == code.size())
            break;
        switch (code[end].unicode()) {
        case '&':
            out += u"&amp;";
            break;
        case '<':
            out += u"&lt;";
            break;
        case '>':
            out += u"&gt;";
            break;
        default:
            out += u"&quot;";
            break;
        }
        i = end + 1;
    }
}

QString HtmlWriter::escapeCode(QStringView code, bool quotes)
{
    QString out;
    out.reserve(code.size() + 8);
    appendEscapedCode(out, code, quotes);
    return out;
}

void HtmlWriter::appendEscaped(QString &out, QStringView text, bool attribute)
{
    const auto special = [attribute](QChar c) {
        return c == u'<' || c == u'>' || c == u'&' || (attribute && c == u'"');
    };
    // Runs of plain characters are copied whole: this is most of a page.
    // Every special character is below '?': Hangul and letters are passed
    // over with one comparison.
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = i;
        while (end < text.size() && (text[end].unicode() > u'>' || !special(text[end])))
            ++end;
        out += text.sliced(i, end - i);
        if (end == text.size())
            break;
        i = end + 1;
        switch (text[end].unicode()) {
        case '<':
            out += u"&lt;";
            break;
        case '>':
            out += u"&gt;";
            break;
        case '"':
            out += u"&quot;";
            break;
        default: // '&'
            if (const qsizetype length = referenceLength(text, end); length > 0) {
                out += text.sliced(end, length);
                i = end + length;
            } else {
                out += u"&amp;";
            }
            break;
        }
    }
}

QString HtmlWriter::escape(QStringView text, bool attribute)
{
    QString out;
    out.reserve(text.size() + 16);
    appendEscaped(out, text, attribute);
    return out;
}

HtmlWriter::HtmlWriter(const MarkdownNode &root, const std::map<QString, FootnoteDefinition> &footnotes,
                       const QHash<QString, QString> &abbreviations, const Options &options)
    : m_root(root), m_footnotes(footnotes), m_abbreviations(abbreviations), m_options(options)
{
    m_footnoteCounter = options.kramdown.footnoteNumber;
}

bool HtmlWriter::insideRawHtml() const
{
    if (m_stack.empty())
        return false;
    const Node *last = m_stack.back();
    return last->type == Type::HtmlElement && last->contentModel == Node::ContentModel::Raw;
}

void HtmlWriter::attributes(const Attributes &attributes, const MarkdownNode *positioned)
{
    for (const auto &[name, value] : attributes.items()) {
        if (name == u"id" && value.trimmed().isEmpty())
            continue;
        m_out += u' ';
        m_out += name;
        m_out += u"=\"";
        if (m_options.liquidMarkers.isEmpty())
            appendEscaped(m_out, value, true);
        else
            m_out += Liquid::restoreMarkers(escape(value, true), m_options.liquidMarkers);
        m_out += u'"';
    }
    if (positioned && m_options.sourcePositions && positioned->start >= 0)
        appendSourcePosition(m_out, m_options.lineStarts, positioned->start, positioned->end);
}

void HtmlWriter::indentation(int n)
{
    if (n > 0)
        m_out.resize(m_out.size() + n, u' ');
}

void HtmlWriter::blockHtml(QStringView name, const Attributes &attr, int indent, const MarkdownNode &el, bool ownLines)
{
    indentation(indent);
    m_out += u'<';
    m_out += name;
    attributes(attr, &el);
    m_out += ownLines ? QStringView(u">\n") : QStringView(u">");
    inner(el, indent);
    if (ownLines)
        indentation(indent);
    m_out += u"</";
    m_out += name;
    m_out += u">\n";
}

QString HtmlWriter::entity(char32_t codePoint, const QString &original) const
{
    const QString &output = m_options.kramdown.entityOutput;
    const bool valid = codePoint > 0 && codePoint <= 0x10FFFF && !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
    const bool escaped = codePoint == u'<' || codePoint == u'>' || codePoint == u'&' || codePoint == u'"';
    if (output == u"as_char" && valid && (codePoint == u'"' || !escaped))
        return QString::fromUcs4(&codePoint, 1);
    if ((output == u"as_input" || output == u"as_char") && !original.isEmpty())
        return original;
    const QString name = HtmlEntities::name(codePoint);
    if ((output == u"symbolic" || escaped) && !name.isEmpty())
        return u'&' + name + u';';
    return QStringLiteral("&#%1;").arg(quint32(codePoint));
}

QString HtmlWriter::text(const QString &value) const
{
    QString out = escape(value);
    if (m_options.kramdown.removeLineBreaksForCjk) {
        for (qsizetype i = out.indexOf(u'\n'); i > 0 && i + 1 < out.size(); i = out.indexOf(u'\n', i + 1)) {
            if (isCjk(out[i - 1]) && isCjk(out[i + 1]))
                out.remove(i--, 1);
        }
    }
    return Liquid::markersAsNotes(out, m_options.liquidMarkers);
}

QString HtmlWriter::headerId(const QString &rawText)
{
    QString id = KramdownParser::basicHeaderId(rawText);
    if (id.isEmpty())
        id = QStringLiteral("section");
    if (const auto it = m_usedIds.find(id); it != m_usedIds.end())
        id += u'-' + QString::number(++*it);
    else
        m_usedIds.insert(id, 0);
    return m_options.kramdown.autoIdPrefix + id;
}

void HtmlWriter::inner(const MarkdownNode &el, int indent)
{
    indent += 2;
    m_stack.push_back(&el);
    for (const auto &child : el.children)
        convert(*child, indent);
    m_stack.pop_back();
}

QString HtmlWriter::captured(const std::function<void()> &write)
{
    QString saved = std::exchange(m_out, QString());
    write();
    return std::exchange(m_out, std::move(saved));
}

namespace {

std::unique_ptr<MarkdownNode> clone(const MarkdownNode &node)
{
    auto copy = std::make_unique<MarkdownNode>(node.type, node.value);
    copy->start = node.start;
    copy->end = node.end;
    if (node.hasDetails())
        copy->editDetails() = node.details();
    copy->category = node.category;
    copy->contentModel = node.contentModel;
    copy->closed = node.closed;
    copy->transparent = node.transparent;
    copy->fenced = node.fenced;
    copy->firstAsParagraph = node.firstAsParagraph;
    copy->markdownImage = node.markdownImage;
    copy->level = node.level;
    copy->symbol = node.symbol;
    for (const auto &child : node.children)
        copy->append(clone(*child));
    return copy;
}

// A code element's language from its `language-X` class, which is taken off.
QString takeLanguage(Attributes &attributes)
{
    QString classes = attributes.value(u"class");
    qsizetype at = -1;
    for (qsizetype i = classes.indexOf(QLatin1String("language-")); i >= 0;
         i = classes.indexOf(QLatin1String("language-"), i + 1)) {
        if (i == 0 || !(classes[i - 1].isLetterOrNumber() || classes[i - 1] == u'_')) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return {};
    qsizetype end = at + 9;
    while (end < classes.size() && !classes[end].isSpace())
        ++end;
    if (end == at + 9)
        return {};
    const QString language = classes.sliced(at + 9, end - at - 9);
    classes.remove(at, end - at);
    classes = classes.trimmed();
    if (classes.isEmpty())
        attributes.remove(u"class");
    else
        attributes.set(QStringLiteral("class"), classes);
    return language;
}

QString alignmentName(MarkdownNode::Alignment a)
{
    switch (a) {
    case MarkdownNode::Alignment::Left:
        return QStringLiteral("left");
    case MarkdownNode::Alignment::Center:
        return QStringLiteral("center");
    case MarkdownNode::Alignment::Right:
        return QStringLiteral("right");
    default:
        return {};
    }
}

} // namespace

void HtmlWriter::convert(const MarkdownNode &el, int indent)
{
    const KramdownOptions &o = m_options.kramdown;
    switch (el.type) {
    case Type::Blank:
        m_out += u'\n';
        return;
    case Type::Text:
        if (m_options.liquidMarkers.isEmpty() && !o.removeLineBreaksForCjk)
            appendEscaped(m_out, el.value);
        else
            m_out += text(el.value);
        return;
    case Type::Paragraph:
        if (el.transparent) {
            inner(el, indent);
            return;
        }
        if (el.children.size() == 1 && el.children.front()->type == Type::Image
            && el.children.front()->details().attributeList
            && el.children.front()->details().attributeList->references.contains(QStringLiteral("standalone"))) {
            // `{: standalone}`: a figure with the alternative text as caption.
            Attributes figure = el.attributes();
            Attributes image = el.children.front()->attributes();
            if (image.contains(u"class") && !figure.contains(u"class")) {
                figure.set(QStringLiteral("class"), image.value(u"class"));
                image.remove(u"class");
            }
            if (image.contains(u"id") && !figure.contains(u"id")) {
                figure.set(QStringLiteral("id"), image.value(u"id"));
                image.remove(u"id");
            }
            indentation(indent);
            m_out += u"<figure";
            attributes(figure, &el);
            m_out += u">\n";
            indentation(indent + 2);
            m_out += u"<img";
            attributes(image);
            m_out += u" />\n";
            indentation(indent + 2);
            m_out += QLatin1String("<figcaption>") + image.value(u"alt") + QLatin1String("</figcaption>\n");
            indentation(indent);
            m_out += u"</figure>\n";
            return;
        }
        blockHtml(u"p", el.attributes(), indent, el);
        return;
    case Type::CodeBlock: {
        Attributes attr = el.attributes();
        const QString language = takeLanguage(attr);
        QString lexer = el.name().isEmpty() ? language : el.name();
        if (const qsizetype q = lexer.indexOf(u'?'); q > 0)
            lexer.truncate(q);
        indentation(indent);
        if (o.syntaxHighlighter && (lexer.isEmpty() || rougeKnows(lexer))) {
            const QString shown = language.isEmpty() ? QStringLiteral("plaintext") : language;
            QString classes = QString(attr.value(u"class") + QStringLiteral(" highlighter-rouge")).trimmed();
            classes.prepend(QStringLiteral("language-") + shown + u' ');
            attr.set(QStringLiteral("class"), classes);
            QString code = m_options.highlight && !lexer.isEmpty() ? m_options.highlight(el.value, lexer) : QString();
            if (code.isEmpty())
                code = escapeCode(el.value);
            m_out += u"<div";
            attributes(attr, &el);
            m_out += QLatin1String("><div class=\"highlight\"><pre class=\"highlight\"><code>") + code
                     + QLatin1String("</code></pre></div>");
            indentation(indent);
            m_out += u"</div>\n";
            return;
        }
        QString result = escapeCode(el.value);
        if (result.endsWith(u'\n'))
            result.chop(1);
        m_out += u"<pre";
        attributes(attr, &el);
        m_out += u"><code";
        if (!language.isEmpty())
            m_out += QLatin1String(" class=\"language-") + escape(language, true) + u'"';
        m_out += u'>' + result + QLatin1String("\n</code></pre>\n");
        return;
    }
    case Type::Blockquote:
        indentedBlockHtml(u"blockquote", el.attributes(), indent, el);
        return;
    case Type::Header: {
        Attributes attr = el.attributes();
        if (o.autoIds && !attr.contains(u"id"))
            attr.set(QStringLiteral("id"), headerId(el.name()));
        if (attr.contains(u"id") && o.tocLevels.contains(el.level)
            && !QString(u' ' + attr.value(u"class") + u' ').contains(QLatin1String(" no_toc ")))
            m_toc.append({el.level, attr.value(u"id"), &el});
        const int level = std::clamp(el.level + o.headerOffset, 1, 6);
        const char16_t name[] = {u'h', char16_t(u'0' + level)};
        blockHtml(QStringView(name, 2), attr, indent, el);
        return;
    }
    case Type::HorizontalRule:
        indentation(indent);
        m_out += u"<hr";
        attributes(el.attributes(), &el);
        m_out += u" />\n";
        return;
    case Type::UnorderedList:
    case Type::OrderedList: {
        const QString name = el.type == Type::UnorderedList ? QStringLiteral("ul") : QStringLiteral("ol");
        const QStringList references = el.details().attributeList ? el.details().attributeList->references : QStringList();
        if (m_tocPlaceholder.isEmpty() && references.contains(QStringLiteral("toc"))) {
            m_tocPlaceholder = QStringLiteral("\u0001geul-toc-%1\u0001").arg(name);
            m_tocAttributes = el.attributes();
            m_out += m_tocPlaceholder;
            return;
        }
        if (m_footnotePlaceholder.isEmpty() && references.contains(QStringLiteral("footnotes"))) {
            m_footnotePlaceholder = QStringLiteral("\u0001geul-footnotes\u0001");
            m_out += m_footnotePlaceholder;
            return;
        }
        indentedBlockHtml(name, el.attributes(), indent, el);
        return;
    }
    case Type::DefinitionList:
        indentedBlockHtml(u"dl", el.attributes(), indent, el);
        return;
    case Type::ListItem:
    case Type::Definition: {
        const QStringView name = el.type == Type::ListItem ? QStringView(u"li") : QStringView(u"dd");
        indentation(indent);
        m_out += u'<';
        m_out += name;
        attributes(el.attributes(), &el);
        m_out += u'>';
        if (el.children.empty() || (el.children.front()->type == Type::Paragraph && el.children.front()->transparent)) {
            const qsizetype before = m_out.size();
            inner(el, indent);
            if (m_out.size() > before && m_out.endsWith(u'\n'))
                indentation(indent);
        } else {
            m_out += u'\n';
            inner(el, indent);
            indentation(indent);
        }
        m_out += u"</";
        m_out += name;
        m_out += u">\n";
        return;
    }
    case Type::DefinitionTerm:
        blockHtml(u"dt", el.attributes(), indent, el);
        return;
    case Type::HtmlElement: {
        Attributes attr = el.attributes();
        if (m_options.element) {
            QString replacement;
            m_options.element(el, attr, &replacement);
            if (!replacement.isNull()) {
                m_out += replacement;
                return;
            }
        }
        const bool outerRaw = insideRawHtml();
        // Code that Jekyll's highlight tag wrote, in the editor's colours.
        if (el.value == u"code" && attr.contains(u"data-lang") && m_options.highlight
            && std::all_of(el.children.begin(), el.children.end(),
                           [](const auto &c) { return c->type == Type::Text; })) {
            QString code;
            for (const auto &child : el.children)
                code += child->value;
            const QString coloured = m_options.highlight(HtmlEntities::decode(code), attr.value(u"data-lang"));
            if (!coloured.isEmpty()) {
                m_out += u'<' + el.value;
                attributes(attr);
                m_out += u'>' + coloured + QLatin1String("</code>");
                return;
            }
        }
        const bool withoutBody = el.value == u"area" || el.value == u"base" || el.value == u"br"
                                 || el.value == u"col" || el.value == u"command" || el.value == u"embed"
                                 || el.value == u"hr" || el.value == u"img" || el.value == u"input"
                                 || el.value == u"keygen" || el.value == u"link" || el.value == u"meta"
                                 || el.value == u"param" || el.value == u"source" || el.value == u"track"
                                 || el.value == u"wbr";
        if (el.category == Node::Category::Span) {
            m_out += u'<' + el.value;
            attributes(attr);
            m_out += u'>';
            const qsizetype body = m_out.size();
            inner(el, indent);
            if (m_out.size() == body && withoutBody) {
                m_out.chop(1);
                m_out += u" />";
            } else {
                m_out += QLatin1String("</") + el.value + u'>';
            }
            return;
        }
        if (!outerRaw)
            indentation(indent);
        m_out += u'<' + el.value;
        attributes(attr, outerRaw || m_stack.size() > 1 ? nullptr : &el);
        if (el.closed && el.contentModel == Node::ContentModel::Raw) {
            m_out += u" />";
        } else {
            // The body decides how the tag ends: written after `>`, then the
            // `>` is changed if there is none.
            m_out += u'>';
            const qsizetype body = m_out.size();
            inner(el, indent);
            if (m_out.size() > body && el.contentModel != Node::ContentModel::Block) {
                m_out += QLatin1String("</") + el.value + u'>';
            } else if (m_out.size() > body) {
                m_out.insert(body, u'\n');
                if (!m_out.endsWith(u'\n'))
                    m_out += u'\n';
                indentation(indent);
                m_out += QLatin1String("</") + el.value + u'>';
            } else if (withoutBody) {
                m_out.chop(1);
                m_out += u" />";
            } else {
                m_out += QLatin1String("</") + el.value + u'>';
            }
        }
        if (!outerRaw)
            m_out += u'\n';
        return;
    }
    case Type::XmlComment:
    case Type::XmlProcessingInstruction:
        if (el.category == Node::Category::Block && !insideRawHtml()) {
            indentation(indent);
            m_out += el.value + u'\n';
            return;
        }
        m_out += el.value;
        return;
    case Type::Table:
        indentedBlockHtml(u"table", el.attributes(), indent, el);
        return;
    case Type::TableHead:
        indentedBlockHtml(u"thead", el.attributes(), indent, el);
        return;
    case Type::TableBody:
        indentedBlockHtml(u"tbody", el.attributes(), indent, el);
        return;
    case Type::TableFoot:
        indentedBlockHtml(u"tfoot", el.attributes(), indent, el);
        return;
    case Type::TableRow:
        indentedBlockHtml(u"tr", el.attributes(), indent, el);
        return;
    case Type::TableCell: {
        const bool head = m_stack.size() >= 2 && m_stack[m_stack.size() - 2]->type == Type::TableHead;
        Attributes attr = el.attributes();
        if (m_stack.size() >= 3) {
            const Node *row = m_stack.back();
            const Node *table = m_stack[m_stack.size() - 3];
            const auto it = std::find_if(row->children.begin(), row->children.end(),
                                         [&el](const auto &c) { return c.get() == &el; });
            const qsizetype column = it - row->children.begin();
            if (column < table->details().alignment.size() && table->details().alignment[column] != Node::Alignment::Default) {
                const QString style = QStringLiteral("text-align: ") + alignmentName(table->details().alignment[column]);
                attr.set(QStringLiteral("style"), attr.contains(u"style") ? attr.value(u"style") + QStringLiteral("; ") + style : style);
            }
        }
        const QStringView name = head ? QStringView(u"th") : QStringView(u"td");
        indentation(indent);
        m_out += u'<';
        m_out += name;
        attributes(attr, &el);
        m_out += u'>';
        const qsizetype body = m_out.size();
        inner(el, indent);
        if (m_out.size() == body)
            m_out += entity(0xA0);
        m_out += u"</";
        m_out += name;
        m_out += u">\n";
        return;
    }
    case Type::Comment:
        if (el.category == Node::Category::Block) {
            indentation(indent);
            m_out += QLatin1String("<!-- ") + el.value + QLatin1String(" -->\n");
            return;
        }
        m_out += QLatin1String("<!-- ") + el.value + QLatin1String(" -->");
        return;
    case Type::LineBreak:
        m_out += u"<br />";
        return;
    case Type::Link:
    case Type::Image: {
        Attributes attr = el.attributes();
        if (m_options.element) {
            QString replacement;
            m_options.element(el, attr, &replacement);
            if (!replacement.isNull()) {
                m_out += replacement;
                return;
            }
        }
        if (el.type == Type::Image) {
            m_out += u"<img";
            attributes(attr);
            m_out += u" />";
            return;
        }
        m_out += u"<a";
        attributes(attr);
        m_out += u'>';
        inner(el, indent);
        m_out += u"</a>";
        return;
    }
    case Type::CodeSpan: {
        Attributes attr = el.attributes();
        const QString language = takeLanguage(attr);
        const QString lexer = language.isEmpty() ? QStringLiteral("plaintext") : language;
        if (o.syntaxHighlighter && (language.isEmpty() || rougeKnows(language))) {
            QString classes = QString(attr.value(u"class") + QStringLiteral(" highlighter-rouge")).trimmed();
            classes.prepend(QStringLiteral("language-") + lexer + u' ');
            attr.set(QStringLiteral("class"), classes);
            QString code = m_options.highlight && !language.isEmpty() ? m_options.highlight(el.value, language) : QString();
            if (code.isEmpty())
                code = escapeCode(el.value);
            m_out += u"<code";
            attributes(attr);
            m_out += u'>' + code + QLatin1String("</code>");
            return;
        }
        // kramdown leaves the class as it was when nothing highlights it.
        m_out += u"<code";
        attributes(language.isEmpty() ? attr : el.attributes());
        m_out += u'>';
        appendEscapedCode(m_out, el.value);
        m_out += u"</code>";
        return;
    }
    case Type::Footnote: {
        const QString name = o.footnotePrefix + el.name();
        QString repeat;
        int number = 0;
        if (const auto used = m_footnoteIndex.constFind(name); used != m_footnoteIndex.cend()) {
            FootnoteUse &use = m_footnoteUses[*used];
            number = use.number;
            repeat = QStringLiteral(":%1").arg(++use.repeat);
        } else {
            number = m_footnoteCounter++;
            m_footnoteIndex.insert(name, m_footnoteUses.size());
            const auto definition = m_footnotes.find(el.name());
            m_footnoteUses.push_back(
                {name, definition != m_footnotes.end() ? definition->second.content.get() : nullptr, number, 0});
        }
        m_out += QStringLiteral("<sup id=\"fnref:%1%2\"><a href=\"#fn:%1\" class=\"footnote\" rel=\"footnote\" "
                                "role=\"doc-noteref\">%3</a></sup>")
                     .arg(name, repeat)
                     .arg(number);
        return;
    }
    case Type::Raw:
        if (el.name().isEmpty() || el.name().split(u' ').contains(QStringLiteral("html"))) {
            m_out += el.value;
            if (el.category == Node::Category::Block)
                m_out += u'\n';
        }
        return;
    case Type::Emphasis:
        m_out += u"<em";
        attributes(el.attributes());
        m_out += u'>';
        inner(el, indent);
        m_out += u"</em>";
        return;
    case Type::Strong:
        m_out += u"<strong";
        attributes(el.attributes());
        m_out += u'>';
        inner(el, indent);
        m_out += u"</strong>";
        return;
    case Type::Entity:
        m_out += entity(el.codePoint(), el.name());
        return;
    case Type::TypographicSymbol: {
        static const char *const names[] = {"mdash", "ndash", "hellip", "laquo_space", "raquo_space", "laquo", "raquo"};
        const QString key = QLatin1String(names[int(el.symbol)]);
        if (o.typographicSymbols.contains(key)) {
            m_out += escape(o.typographicSymbols.value(key));
            return;
        }
        switch (el.symbol) {
        case Node::Symbol::Mdash:
            m_out += entity(0x2014);
            break;
        case Node::Symbol::Ndash:
            m_out += entity(0x2013);
            break;
        case Node::Symbol::Hellip:
            m_out += entity(0x2026);
            break;
        case Node::Symbol::LaquoSpace:
            m_out += entity(0xAB) + entity(0xA0);
            break;
        case Node::Symbol::RaquoSpace:
            m_out += entity(0xA0) + entity(0xBB);
            break;
        case Node::Symbol::Laquo:
            m_out += entity(0xAB);
            break;
        default:
            m_out += entity(0xBB);
            break;
        }
        return;
    }
    case Type::SmartQuote: {
        const int index = int(el.symbol) - int(Node::Symbol::Lsquo);
        const QString name = index < o.smartQuotes.size() ? o.smartQuotes.at(index).trimmed() : QString();
        const char32_t codePoint = HtmlEntities::codePoint(name);
        static const char32_t fallback[] = {0x2018, 0x2019, 0x201C, 0x201D};
        m_out += entity(codePoint ? codePoint : fallback[index]);
        return;
    }
    case Type::Math: {
        const bool block = el.category == Node::Category::Block;
        if (o.mathEngine == u"mathjax") {
            const QString tex = escapeCode(el.value);
            const QString result = block ? QStringLiteral("\\[") + tex + QStringLiteral("\\]\n")
                                         : QStringLiteral("\\(") + tex + QStringLiteral("\\)");
            if (el.attributes().isEmpty()) {
                // The preview needs an element to know the block's lines by.
                if (block && m_options.sourcePositions && m_stack.size() == 1) {
                    m_out += u"<div class=\"geul-math\"";
                    attributes({}, &el);
                    m_out += u'>' + result.chopped(1) + QLatin1String("</div>\n");
                    return;
                }
                m_out += result;
                return;
            }
            if (block) {
                indentation(indent);
                m_out += u"<div";
                attributes(el.attributes(), &el);
                m_out += u'>' + result + QLatin1String("</div>\n");
                return;
            }
            m_out += u"<span";
            attributes(el.attributes());
            m_out += QLatin1String(">$") + el.value + QLatin1String("$</span>");
            return;
        }
        Attributes attr = el.attributes();
        attr.set(QStringLiteral("class"), QString(attr.value(u"class") + QStringLiteral(" kdmath")).trimmed());
        if (block) {
            indentation(indent);
            m_out += u"<div";
            attributes(attr, &el);
            m_out += QLatin1String(">$$\n") + el.value + QLatin1String("\n$$</div>\n");
            return;
        }
        m_out += u"<span";
        attributes(attr);
        m_out += QLatin1String(">$") + el.value + QLatin1String("$</span>");
        return;
    }
    case Type::Abbreviation: {
        Attributes attr;
        const QString title = m_abbreviations.value(el.value);
        if (!title.isEmpty())
            attr.set(QStringLiteral("title"), title);
        m_out += u"<abbr";
        attributes(attr);
        m_out += u'>' + el.value + QLatin1String("</abbr>");
        return;
    }
    case Type::Root:
    case Type::Temporary:
        inner(el, indent);
        return;
    default:
        return;
    }
}

void HtmlWriter::writeFootnotes()
{
    if (m_footnoteUses.empty())
        return;
    const KramdownOptions &o = m_options.kramdown;
    m_out += u"<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol";
    if (o.footnoteNumber != 1)
        m_out += QStringLiteral(" start=\"%1\"").arg(o.footnoteNumber);
    m_out += u">\n";
    const QString backlink = escape(o.footnoteBacklink);
    for (std::size_t i = 0; i < m_footnoteUses.size(); ++i) {
        const FootnoteUse &use = m_footnoteUses[i];
        auto li = std::make_unique<MarkdownNode>(Type::ListItem);
        li->editAttributes().set(QStringLiteral("id"), QStringLiteral("fn:") + use.name);
        if (use.content) {
            for (const auto &child : use.content->children)
                li->append(clone(*child));
        }
        MarkdownNode *paragraph = nullptr;
        bool insertSpace = false;
        if ((!li->children.empty() && li->children.back()->type == Type::Paragraph) || o.footnoteBacklinkInline) {
            MarkdownNode *parent = li.get();
            while (!parent->children.empty() && parent->children.back()->type != Type::Paragraph
                   && parent->children.back()->type != Type::Header)
                parent = parent->children.back().get();
            paragraph = parent->children.empty() ? nullptr : parent->children.back().get();
            insertSpace = true;
        }
        if (!paragraph) {
            paragraph = li->append(std::make_unique<MarkdownNode>(Type::Paragraph));
            insertSpace = false;
        }
        if (!o.footnoteBacklink.isEmpty()) {
            const QString nbsp = entity(0xA0);
            const QString format = QStringLiteral("%1<a href=\"#fnref:%2\" class=\"reversefootnote\" role=\"doc-backlink\">%3</a>");
            paragraph->append(std::make_unique<MarkdownNode>(Type::Raw, format.arg(insertSpace ? nbsp : QString(), use.name, backlink)));
            for (int index = 1; index <= use.repeat; ++index) {
                paragraph->append(std::make_unique<MarkdownNode>(
                    Type::Raw, format.arg(nbsp, use.name + u':' + QString::number(index),
                                          backlink + QStringLiteral("<sup>%1</sup>").arg(index + 1))));
            }
        }
        convert(*li, 4);
    }
    m_out += u"  </ol>\n</div>\n";
}

QString HtmlWriter::tableOfContents(const Attributes &listAttributes)
{
    // A nested list of links to the headings, as kramdown builds it.
    const bool ordered = m_tocPlaceholder.contains(QLatin1String("-ol"));
    const Type listType = ordered ? Type::OrderedList : Type::UnorderedList;
    auto sections = std::make_unique<MarkdownNode>(listType);
    sections->editAttributes() = listAttributes;
    if (!sections->attributes().contains(u"id"))
        sections->editAttributes().set(QStringLiteral("id"), QStringLiteral("markdown-toc"));
    const QString listId = sections->attributes().value(u"id");
    std::vector<MarkdownNode *> stack;
    // Footnote markers go; links give their text.
    std::function<void(NodeList &)> fix = [&](NodeList &elements) {
        NodeList out;
        for (auto &c : elements) {
            if (c->type == Type::Footnote)
                continue;
            fix(c->children);
            if (c->type == Type::Link) {
                for (auto &grandchild : c->children)
                    out.push_back(std::move(grandchild));
            } else {
                out.push_back(std::move(c));
            }
        }
        elements = std::move(out);
    };
    for (const TocEntry &entry : std::as_const(m_toc)) {
        auto li = std::make_unique<MarkdownNode>(Type::ListItem);
        li->level = entry.level;
        auto paragraph = std::make_unique<MarkdownNode>(Type::Paragraph);
        paragraph->transparent = true;
        auto a = std::make_unique<MarkdownNode>(Type::Link);
        a->editAttributes().set(QStringLiteral("href"), u'#' + entry.id);
        a->editAttributes().set(QStringLiteral("id"), listId + u'-' + entry.id);
        for (const auto &child : entry.header->children)
            a->append(clone(*child));
        fix(a->children);
        paragraph->append(std::move(a));
        li->append(std::move(paragraph));
        li->append(std::make_unique<MarkdownNode>(listType));
        bool placed = false;
        MarkdownNode *raw = li.get();
        while (!placed) {
            if (stack.empty()) {
                sections->append(std::move(li));
                stack.push_back(raw);
                placed = true;
            } else if (stack.back()->level < raw->level) {
                stack.back()->children.back()->append(std::move(li));
                stack.push_back(raw);
                placed = true;
            } else {
                MarkdownNode *item = stack.back();
                stack.pop_back();
                if (item->children.back()->children.empty())
                    item->children.pop_back();
            }
        }
    }
    while (!stack.empty()) {
        MarkdownNode *item = stack.back();
        stack.pop_back();
        if (item->children.back()->children.empty())
            item->children.pop_back();
    }
    if (sections->children.empty())
        return {};
    m_stack.clear();
    return captured([&] { convert(*sections, 0); });
}

QStringList HtmlWriter::Output::blocks() const
{
    QStringList result;
    result.reserve(blockEnds.size());
    qsizetype from = 0;
    for (const qsizetype end : blockEnds) {
        result.append(html.sliced(from, end - from));
        from = end;
    }
    return result;
}

HtmlWriter::Output HtmlWriter::write()
{
    if (m_options.commonMark)
        return CommonMarkWriter(m_root, m_footnotes, m_options).write();
    Output out;
    m_stack.push_back(&m_root);
    m_out.reserve(m_root.end > m_root.start ? (m_root.end - m_root.start) * 2 : 1024);
    // The blocks are written one after another; each is the part of the
    // output it wrote (blank lines belong to the block before them).
    for (const auto &child : m_root.children) {
        convert(*child, 0);
        if (child->type == Type::Blank && !out.blockEnds.isEmpty()) {
            out.blockEnds.back() = m_out.size();
            continue;
        }
        out.blockEnds.append(m_out.size());
        out.blockRanges.append({child->start, child->end});
    }
    m_stack.clear();
    const qsizetype bodyEnd = m_out.size();
    writeFootnotes();
    if (m_footnotePlaceholder.isEmpty() && m_out.size() > bodyEnd) {
        out.blockEnds.append(m_out.size());
        out.blockRanges.append({-1, -1});
    }
    if (!m_footnotePlaceholder.isEmpty() || !m_tocPlaceholder.isEmpty()) {
        // Rare: `{:toc}` or `{::options footnotes}` placeholders, filled
        // in block by block.
        QString notes;
        if (!m_footnotePlaceholder.isEmpty()) {
            notes = m_out.sliced(bodyEnd);
            m_out.truncate(bodyEnd);
        }
        out.html = std::move(m_out);
        QStringList blocks = out.blocks();
        const QString toc = m_tocPlaceholder.isEmpty() ? QString() : tableOfContents(m_tocAttributes);
        out.blockEnds.clear();
        qsizetype end = 0;
        for (QString &block : blocks) {
            if (!m_footnotePlaceholder.isEmpty())
                block.replace(m_footnotePlaceholder, notes);
            if (!m_tocPlaceholder.isEmpty())
                block.replace(m_tocPlaceholder, toc);
            end += block.size();
            out.blockEnds.append(end);
        }
        out.html = blocks.join(QString());
        return out;
    }
    out.html = std::move(m_out);
    return out;
}

} // namespace geul
