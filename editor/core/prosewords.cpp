// SPDX-License-Identifier: GPL-3.0-or-later
#include "prosewords.h"

#include "markdownnode.h"
#include "reading.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

namespace geul {

namespace {

using Type = MarkdownNode::Type;

bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) // syllables
           || (c >= 0x1100 && c <= 0x11FF) // conjoining jamo (NFD)
           || (c >= 0x3130 && c <= 0x318F) // compatibility jamo
           || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
}

enum class Kind { None, Hangul, Latin, Other, Mark };

Kind kindOf(QChar c)
{
    if (isHangul(c.unicode()))
        return Kind::Hangul;
    if (c.isMark())
        return Kind::Mark;
    if (!c.isLetter())
        return Kind::None;
    return c.script() == QChar::Script_Latin ? Kind::Latin : Kind::Other;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// Whether what is written right before @p at ends something (emphasis,
// code, a link, a quotation, a bracket, a tag, a number), so that Hangul
// there is a particle or an ending of it rather than a word: `**글**을`,
// `"글"이라는`, `</b>를`, `3개`; but not `**글**`, `"글"`, `<b>글`.
bool endsSomething(QStringView text, qsizetype at)
{
    if (at <= 0)
        return false;
    const QChar c = text[at - 1];
    if (c.isDigit())
        return true;
    static const QString closers = QStringLiteral(")]}\u201D\u2019\u300D\u300F\u300B\u3009\u3011");
    if (closers.contains(c))
        return true;
    if (c == u'>') {
        const qsizetype open = text.lastIndexOf(u'<', at - 1);
        return open >= 0 && open + 1 < text.size() && text[open + 1] == u'/';
    }
    // Marks that open and close alike close when they follow something.
    static const QString marks = QStringLiteral("*_`~\"'");
    if (!marks.contains(c))
        return false;
    qsizetype before = at - 1;
    while (before > 0 && marks.contains(text[before - 1]))
        --before;
    if (before == 0)
        return false;
    const QChar b = text[before - 1];
    return !(b.isSpace() || QStringLiteral("([{<\u201C\u2018").contains(b));
}

// What, next to a Latin word, makes it a name in code or a file rather than
// a word of English prose.
bool joinsCode(QChar c)
{
    static const QString joiners = QStringLiteral("_@/\\=#<>{}$%&+|~^");
    return c.isDigit() || joiners.contains(c);
}

// Text a reader does not read as words, in a piece of prose: URLs, e-mail
// addresses, file paths and (where the post turns it on) math.
const QRegularExpression &notWordsPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:https?|ftp)://\\S+|www\\.\\S+|mailto:\\S+"
                       "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
                       "|(?<!\\S)(?:\\.{0,2}/|~/|[A-Za-z]:\\\\)\\S*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Whether @p word (Latin letters) is a word of prose rather than a name.
bool isProseLatin(QStringView word)
{
    qsizetype letters = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c.isLetter())
            ++letters;
        if (i > 0 && c.isUpper())
            return false; // API, iPhone, GitHub's inner capital
    }
    return letters > 1;
}

// Elements whose content is not prose.
bool skippedElement(QStringView name)
{
    return name == u"pre" || name == u"code" || name == u"script" || name == u"style" || name == u"kbd"
           || name == u"samp" || name == u"var" || name == u"tt" || name == u"math" || name == u"svg"
           || name == u"img";
}

} // namespace

// Ranges of text to skip, found in any order; asked in any order.
class ProseWords::Ranges
{
public:
    void add(const QRegularExpression &pattern, QStringView text, qsizetype origin)
    {
        for (auto it = pattern.globalMatchView(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            m_ranges.emplace_back(origin + m.capturedStart(), origin + m.capturedEnd());
        }
    }
    void sort()
    {
        std::sort(m_ranges.begin(), m_ranges.end());
        m_reach.resize(m_ranges.size());
        qsizetype reach = -1;
        for (size_t k = 0; k < m_ranges.size(); ++k)
            m_reach[k] = reach = std::max(reach, m_ranges[k].second);
    }
    /// Whether any range meets [start, end); after sort().
    bool meets(qsizetype start, qsizetype end) const
    {
        // Those that start before end; the farthest any of them reaches.
        const auto past = std::lower_bound(m_ranges.begin(), m_ranges.end(), Range{end, -1});
        const auto k = past - m_ranges.begin();
        return k > 0 && m_reach[size_t(k - 1)] > start;
    }
    /// The ranges that meet [start, end), clipped to it; after sort().
    QList<Range> within(qsizetype start, qsizetype end) const
    {
        QList<Range> met;
        const auto past = std::lower_bound(m_ranges.begin(), m_ranges.end(), Range{end, -1});
        // Back from there, while any range before reaches past start.
        for (auto k = past - m_ranges.begin() - 1; k >= 0 && m_reach[size_t(k)] > start; --k) {
            if (m_ranges[size_t(k)].second > start)
                met.prepend({std::max(m_ranges[size_t(k)].first, start), std::min(m_ranges[size_t(k)].second, end)});
        }
        return met;
    }

private:
    std::vector<Range> m_ranges;
    std::vector<qsizetype> m_reach;
};

ProseWords::ProseWords(const Reading &reading) : m_reading(reading)
{
    auto skipped = std::make_shared<Ranges>();
    const QString &text = reading.text();
    const qsizetype bodyStart = std::clamp<qsizetype>(reading.frontMatter().location().bodyStart, 0, text.size());
    const QStringView body = QStringView(text).sliced(bodyStart);
    // Liquid's tags and outputs, and math, found in the body's text as
    // Jekyll and MathJax find them: a text element may hold a value Liquid
    // filled in, or a piece of math that Markdown cut in two.
    static const QRegularExpression liquid(QStringLiteral("\\{\\{.*?\\}\\}|\\{%.*?%\\}"),
                                           QRegularExpression::DotMatchesEverythingOption);
    skipped->add(liquid, body, bodyStart);
    if (reading.usesMath())
        skipped->add(mathPattern(), body, bodyStart);
    skipped->sort();
    m_skipped = std::move(skipped);
}

QList<ProseWord> ProseWords::all() const
{
    QList<Range> spans;
    walk(m_reading.root(), spans);
    for (const MarkdownNode *note : m_reading.footnotes())
        walk(*note, spans);
    return wordsIn(spans);
}

QList<ProseWord> ProseWords::of(const MarkdownNode &element) const
{
    QList<Range> spans;
    walk(element, spans);
    return wordsIn(spans);
}

QString ProseWords::context(const MarkdownNode &element) const
{
    QList<Range> spans;
    walk(element, spans);
    QString context;
    const auto add = [&](const Range &r) {
        context += QString::number(r.first - element.start) + u'-' + QString::number(r.second - element.start) + u' ';
    };
    for (const Range &span : std::as_const(spans)) {
        add(span);
        context += u'[';
        for (const Range &skipped : m_skipped->within(span.first, span.second))
            add(skipped);
        context += u']';
    }
    return context;
}

QList<ProseWord> ProseWords::wordsIn(const QList<Range> &spans) const
{
    QList<ProseWord> words;
    for (const auto &[start, end] : spans)
        prose(start, end, words);
    return words;
}

void ProseWords::walk(const MarkdownNode &node, QList<Range> &spans) const
{
    const QString &all = m_reading.text();
    // A piece of the text read as prose; not one that Liquid made or that
    // does not stand in one place.
    const auto span = [&](qsizetype start, qsizetype end) {
        if (start >= 0 && end > start && end <= all.size())
            spans.append({start, end});
    };
    switch (node.type) {
    case Type::CodeBlock:
    case Type::CodeSpan:
    case Type::Math:
    case Type::Raw:
    case Type::Comment:
    case Type::Image:
    case Type::XmlComment:
    case Type::XmlProcessingInstruction:
    case Type::EndOfBlock:
    case Type::Footnote:
    case Type::Entity:
        return;
    case Type::HtmlElement:
        if (skippedElement(node.value))
            return;
        break;
    case Type::Text:
        span(node.start, node.end);
        return;
    default:
        break;
    }
    const auto readsOn = [](const MarkdownNode &n) { return n.type == Type::Text || n.type == Type::SmartQuote; };
    const NodeList &children = node.children;
    for (size_t k = 0; k < children.size(); ++k) {
        const MarkdownNode &child = *children[k];
        if (!readsOn(child)) {
            walk(child, spans);
            continue;
        }
        // Text and the quotes kramdown makes of apostrophes read as one
        // (don't is `don`, ’, `t` in the tree).
        const qsizetype start = child.start;
        qsizetype end = child.end;
        while (k + 1 < children.size() && readsOn(*children[k + 1]) && end >= 0 && children[k + 1]->start == end)
            end = children[++k]->end;
        span(start, end);
    }
}

void ProseWords::prose(qsizetype start, qsizetype end, QList<ProseWord> &words) const
{
    const QString &all = m_reading.text();
    for (ProseWord &w : inText(QStringView(all).sliced(start, end - start), start)) {
        if (m_skipped->meets(w.start, w.end))
            continue;
        if (w.script == ProseWord::Script::Hangul && endsSomething(all, w.start))
            continue;
        words.append(std::move(w));
    }
}

const QRegularExpression &ProseWords::urlPattern()
{
    static const QRegularExpression url(QStringLiteral("(?:https?|ftp)://\\S+|www\\.\\S+|mailto:\\S+"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url;
}

const QRegularExpression &ProseWords::mathPattern()
{
    static const QRegularExpression math(QStringLiteral("\\\\\\((?:.|\\n)*?\\\\\\)|\\\\\\[(?:.|\\n)*?\\\\\\]|"
                                                        "\\$\\$(?:.|\\n)*?\\$\\$|\\$(?!\\s)[^$\\n]+?(?<!\\s)\\$"));
    return math;
}

QList<ProseWord> ProseWords::inText(QStringView text, qsizetype origin, bool math)
{
    Ranges skipped;
    skipped.add(notWordsPattern(), text, 0);
    if (math)
        skipped.add(mathPattern(), text, 0);
    skipped.sort();

    QList<ProseWord> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const Kind first = kindOf(text[i]);
        if (first == Kind::None || first == Kind::Mark) {
            ++i;
            continue;
        }
        // A run of one script, with its marks and apostrophes between
        // letters (don't).
        qsizetype j = i + 1;
        while (j < n) {
            const Kind k = kindOf(text[j]);
            if (k == first || k == Kind::Mark) {
                ++j;
            } else if (first == Kind::Latin && isApostrophe(text[j]) && j + 1 < n && kindOf(text[j + 1]) == first) {
                j += 2;
            } else {
                break;
            }
        }
        const qsizetype start = i, end = j;
        i = j;
        if (first == Kind::Other || skipped.meets(start, end))
            continue;
        const QChar before = start > 0 ? text[start - 1] : QChar(u' ');
        const QChar after = end < n ? text[end] : QChar(u' ');
        ProseWord w;
        w.start = origin + start;
        w.end = origin + end;
        w.word = text.sliced(start, end - start).toString().normalized(QString::NormalizationForm_C);
        if (first == Kind::Hangul) {
            // Written onto a Latin word or a number: a particle of it.
            if (kindOf(before) == Kind::Latin || before.isDigit())
                continue;
            // Letters alone (ㅋㅋ, ㅠㅠ, ㄱㄱ) are laughter and moods, not words.
            if (std::all_of(w.word.cbegin(), w.word.cend(), [](QChar c) { return c.unicode() >= 0x3130 && c.unicode() <= 0x318F; }))
                continue;
            w.script = ProseWord::Script::Hangul;
        } else {
            w.script = ProseWord::Script::Latin;
            w.word.replace(u'\u2019', u'\'');
            if (!isProseLatin(w.word) || joinsCode(before) || joinsCode(after))
                continue;
            // file.txt, example.com, .bashrc
            if ((after == u'.' && end + 1 < n && text[end + 1].isLetterOrNumber()) || before == u'.')
                continue;
        }
        words.append(std::move(w));
    }
    return words;
}

} // namespace geul
