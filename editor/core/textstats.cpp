// SPDX-License-Identifier: GPL-3.0-or-later
#include "textstats.h"

#include "htmlentities.h"
#include "prosewords.h"
#include "reading.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <cmath>

namespace geul {

namespace {

// Elements whose content the reader does not read as prose.
bool skippedElement(QStringView name)
{
    return name == u"pre" || name == u"code" || name == u"script" || name == u"style" || name == u"kbd"
           || name == u"samp" || name == u"math" || name == u"svg";
}

// Elements that end a line of text (a paragraph of the manuscript).
bool blockElement(QStringView name)
{
    static const QStringList blocks{QStringLiteral("p"),   QStringLiteral("h1"),         QStringLiteral("h2"),
                                    QStringLiteral("h3"),  QStringLiteral("h4"),         QStringLiteral("h5"),
                                    QStringLiteral("h6"),  QStringLiteral("li"),         QStringLiteral("td"),
                                    QStringLiteral("th"),  QStringLiteral("blockquote"), QStringLiteral("div"),
                                    QStringLiteral("dt"),  QStringLiteral("dd"),         QStringLiteral("tr"),
                                    QStringLiteral("br"),  QStringLiteral("hr"),         QStringLiteral("figure"),
                                    QStringLiteral("figcaption"), QStringLiteral("table"), QStringLiteral("ul"),
                                    QStringLiteral("ol")};
    return blocks.contains(name.toString());
}

bool isSpace(QStringView grapheme)
{
    return grapheme.size() == 1 && grapheme.front().isSpace();
}

bool isLatinOrDigit(QStringView grapheme)
{
    if (grapheme.size() != 1)
        return false;
    const char16_t c = grapheme.front().unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Marks that close or punctuate: never at the start of a manuscript line.
bool isClosingPunctuation(QStringView grapheme)
{
    static const QString marks = QStringLiteral(".,?!:;)]}’”」』〉》、。…·~%");
    return grapheme.size() == 1 && marks.contains(grapheme.front());
}

// The grapheme clusters of @p text, as views into it. Most characters are
// one cluster each (precomposed Hangul, Latin letters, spaces); the
// boundary finder is asked only about the rest.
QList<QStringView> graphemes(QStringView text)
{
    QList<QStringView> out;
    out.reserve(text.size());
    const auto simple = [](char16_t c) {
        // Neither combining nor combined with: ASCII and precomposed
        // Hangul syllables, followed by one of the same.
        return c < 0x300 || (c >= 0xAC00 && c <= 0xD7A3);
    };
    qsizetype start = 0;
    while (start < text.size()) {
        if (simple(text[start].unicode()) && (start + 1 == text.size() || simple(text[start + 1].unicode()))
            && text[start] != u'\r') {
            out << text.sliced(start, 1);
            ++start;
            continue;
        }
        // The cluster that starts here, found by Unicode's rules.
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data() + start, text.size() - start);
        finder.toNextBoundary();
        const qsizetype length = std::max<qsizetype>(1, finder.position());
        out << text.sliced(start, length);
        start += length;
    }
    return out;
}

// The manuscript lines one paragraph takes.
int linesOnPaper(const QList<QStringView> &cells)
{
    constexpr int width = 20;
    int lines = 1;
    int used = 1; // the indent
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QStringView g = cells[i];
        if (isSpace(g)) {
            if (used == 0)
                continue; // no space at the start of a line
            if (used == width) {
                ++lines;
                used = 0;
                continue;
            }
            ++used;
            continue;
        }
        // Two Latin letters or digits share a cell.
        qsizetype take = 1;
        if (isLatinOrDigit(g) && i + 1 < cells.size() && isLatinOrDigit(cells[i + 1]))
            take = 2;
        if (used == width) {
            if (isClosingPunctuation(g))
                continue; // shares the last cell of the line
            ++lines;
            used = 0;
        }
        ++used;
        i += take - 1;
    }
    return lines;
}

} // namespace

QString TextStats::readableText(const Reading &reading)
{
    const QString html = reading.html().html;
    QString out;
    out.reserve(html.size() / 2);
    QString link;        // the text of the link being read
    QString linkTarget;  // its address
    bool inLink = false;
    int skipping = 0;    // depth inside elements not read
    QString skippedName;
    const auto emit = [&](QStringView text) {
        if (skipping)
            return;
        if (inLink)
            link += text;
        else
            out += text;
    };
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                break;
            QStringView tag = QStringView(html).sliced(i + 1, end - i - 1);
            i = end + 1;
            if (tag.startsWith(u"!--"))
                continue;
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.sliced(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
                ++nameEnd;
            const QString name = tag.first(nameEnd).toString().toLower();
            if (skipping) {
                if (name == skippedName)
                    skipping += closing ? -1 : (tag.endsWith(u'/') ? 0 : 1);
                continue;
            }
            // Liquid Jekyll fills in (Geul's note of it) and footnote
            // marks and back links are not prose either.
            static const QRegularExpression notProse(
                QStringLiteral("class=\"(?:[^\"]* )?(?:geul-liquid|footnote|reversefootnote)(?: [^\"]*)?\""));
            if (!closing && !tag.endsWith(u'/') && (skippedElement(name) || notProse.matchView(tag).hasMatch())) {
                skipping = 1;
                skippedName = name;
                continue;
            }
            if (name == u"a") {
                if (!closing) {
                    inLink = true;
                    link.clear();
                    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
                    linkTarget = HtmlEntities::decode(href.matchView(tag).captured(1));
                } else if (inLink) {
                    inLink = false;
                    // An autolink's text is its address: a URL, not prose.
                    const QString text = link.trimmed();
                    if (!(text == linkTarget || ProseWords::urlPattern().match(text).capturedLength() == text.size()))
                        out += link;
                }
                continue;
            }
            if (blockElement(name))
                emit(QStringLiteral("\n"));
            continue;
        }
        if (c == u'&') {
            const qsizetype end = html.indexOf(u';', i);
            if (end > i && end - i < 40) {
                emit(HtmlEntities::decode(html.sliced(i, end - i + 1)));
                i = end + 1;
                continue;
            }
        }
        // Text up to the next tag or entity, at once.
        qsizetype next = i + 1;
        while (next < html.size() && html[next] != u'<' && html[next] != u'&')
            ++next;
        emit(html.sliced(i, next - i));
        i = next;
    }
    // Math source (where the post turns math on) and bare URLs are not read
    // as prose.
    if (reading.usesMath())
        out.replace(ProseWords::mathPattern(), QString());
    out.replace(ProseWords::urlPattern(), QString());
    // One paragraph a line, without empty ones.
    QStringList paragraphs;
    for (const QString &line : out.split(u'\n')) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            paragraphs << simplified;
    }
    return paragraphs.join(u'\n');
}

TextStats TextStats::ofPlainText(const QString &text, int charactersPerMinute)
{
    TextStats stats;
    for (const QStringView paragraph : QStringView(text).tokenize(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> cells = graphemes(paragraph);
        bool inWord = false;
        for (const QStringView g : cells) {
            ++stats.characters;
            if (isSpace(g)) {
                inWord = false;
                continue;
            }
            ++stats.charactersWithoutSpaces;
            if (!inWord)
                ++stats.eojeol; // a run of text between spaces begins
            inWord = true;
        }
        stats.manuscriptLines += linesOnPaper(cells);
    }
    stats.manuscriptSheets = stats.manuscriptLines / 10.0;
    stats.readingMinutes = charactersPerMinute > 0
                               ? std::round(10.0 * stats.charactersWithoutSpaces / charactersPerMinute) / 10.0
                               : 0;
    return stats;
}

TextStats TextStats::of(const Reading &reading, int charactersPerMinute)
{
    return ofPlainText(readableText(reading), charactersPerMinute);
}

QString TextStats::brief() const
{
    const QLocale locale;
    return tr("%1 chars · %2 eojeol · %3 sheets · %4 min")
        .arg(locale.toString(characters), locale.toString(eojeol), locale.toString(manuscriptSheets, 'f', 1),
             readingMinutes < 1 && characters > 0 ? QStringLiteral("<1")
                                                  : locale.toString(std::ceil(readingMinutes), 'f', 0));
}

QString TextStats::summary() const
{
    const QLocale locale;
    return tr("%1 characters (%2 without spaces) · %3 eojeol · %4 manuscript sheets · %5 min")
        .arg(locale.toString(characters), locale.toString(charactersWithoutSpaces), locale.toString(eojeol),
             locale.toString(manuscriptSheets, 'f', 1),
             readingMinutes < 1 && characters > 0 ? QStringLiteral("<1") : locale.toString(std::ceil(readingMinutes), 'f', 0));
}

} // namespace geul
