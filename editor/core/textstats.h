// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace geul {

class Reading;

/// What a reader reads of a post, counted as Korean writers count: the
/// body's text as the blog shows it, without the front matter, code,
/// URLs, HTML tags, image links, Liquid source and math source. Value
/// type; reentrant.
///
/// Manuscript paper (원고지) is simulated on 200-cell sheets of 20 × 10:
/// - every paragraph (and heading, list item, table cell, quote line)
///   starts a new line, indented by one empty cell;
/// - a Hangul syllable, a CJK character, a punctuation mark or any other
///   character takes a cell; two Latin letters or digits share one;
/// - a space takes a cell, but not at the start of a line;
/// - a punctuation mark never starts a line: it shares the last cell of
///   the line before;
/// and the sheets are the lines used ÷ 10, rounded up to a tenth.
struct TextStats
{
    Q_DECLARE_TR_FUNCTIONS(geul::TextStats)

public:
    /// Characters are grapheme clusters: NFD Hangul (초성+중성+종성 as three
    /// code points) is one syllable, as its NFC form is.
    int characters = 0;
    int charactersWithoutSpaces = 0;
    /// 어절: runs of text between spaces.
    int eojeol = 0;
    /// Lines of manuscript paper used, and sheets (lines / 10).
    int manuscriptLines = 0;
    double manuscriptSheets = 0;
    /// Minutes at @p charactersPerMinute (characters without spaces).
    double readingMinutes = 0;

    /// Korean readers' usual pace, characters (without spaces) a minute.
    static constexpr int defaultCharactersPerMinute = 500;

    /// Counts the body of @p reading.
    static TextStats of(const Reading &reading, int charactersPerMinute = defaultCharactersPerMinute);
    /// Counts @p text, already what a reader reads (paragraphs separated
    /// by line breaks).
    static TextStats ofPlainText(const QString &text, int charactersPerMinute = defaultCharactersPerMinute);
    /// What a reader reads of @p reading's body: paragraphs, one a line.
    static QString readableText(const Reading &reading);

    /// "1,234 characters (1,000 without spaces) · 300 eojeol · 6.2
    /// manuscript sheets · 3 min", in the user's language.
    QString summary() const;
    /// The same, short, for a status bar.
    QString brief() const;
};

} // namespace geul
