// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <utility>

class QRegularExpression;

namespace geul {

class Reading;
struct MarkdownNode;

/// The words of a post that a reader reads as prose, where they stand in
/// its text: what spell checking looks at. They come from the reading's
/// text elements (the one parse of the post), so the front matter, code,
/// math, HTML tags and attributes, image links, link targets, footnote
/// marks and Liquid are never among them; neither are URLs, e-mail
/// addresses, file paths, or math between `$` (where the post turns math
/// on), which stand in text.
///
/// A word is a run of letters (with their combining marks, and an
/// apostrophe between letters), cut at spaces, punctuation and changes of
/// script. What is not a word of its own is left out:
/// - a Hangul particle (조사) or ending written onto something else: onto a
///   Latin word (`GitHub에서`), a number (`3개`), emphasis, code or a
///   quotation (`**깃허브**를`, `` `git`으로 ``, `"글"이라는`);
/// - Hangul letters alone (ㅋㅋ, ㅠㅠ), which are moods, not words;
/// - Latin names rather than words: single letters, words in capitals
///   (`API`) or with a capital inside (`iPhone`), and words joined to
///   digits, `_`, `@`, `/` or a dot (`v2`, `snake_case`, `README.md`).
/// Value types; reentrant.
struct ProseWord
{
    enum class Script { Hangul, Latin };

    /// Where the word stands in the reading's text, end exclusive.
    qsizetype start = 0;
    qsizetype end = 0;
    /// The word in NFC (the text may hold NFD, from macOS).
    QString word;
    Script script = Script::Hangul;

    friend bool operator==(const ProseWord &, const ProseWord &) = default;
};

/// Finds the prose words of one reading: of all of it, or of one element
/// at a time (what a check that remembers blocks needs). Reentrant; it
/// refers to the reading, which must outlive it.
class ProseWords
{
public:
    explicit ProseWords(const Reading &reading);

    /// The words of the body and of the footnotes, in the order of the
    /// text (footnotes last).
    QList<ProseWord> all() const;
    /// The words of @p element, one of the reading's (a top-level block,
    /// a footnote's content).
    QList<ProseWord> of(const MarkdownNode &element) const;
    /// What the words of @p element depend on besides its text: where its
    /// prose stands in it, and what of that is Liquid or math found across
    /// the whole text (a `$$` may pair with one in another block; a link
    /// definition elsewhere makes `[a][b]` a link). Two elements with the
    /// same text and the same context have the same words.
    QString context(const MarkdownNode &element) const;

    /// The words of @p text, taken as prose (a piece of a text element),
    /// with offsets from @p origin; math between `$` is skipped when
    /// @p math is set.
    static QList<ProseWord> inText(QStringView text, qsizetype origin = 0, bool math = false);

    /// URLs as a reader sees them in text: `https://…`, `www.…`, `mailto:…`.
    static const QRegularExpression &urlPattern();
    /// Math as MathJax and KaTeX find it in a page's text: `\(...\)`,
    /// `\[...\]`, `$$...$$` and, as most Korean blogs configure, `$...$`.
    static const QRegularExpression &mathPattern();

private:
    using Range = std::pair<qsizetype, qsizetype>;
    void walk(const MarkdownNode &node, QList<Range> &spans) const;
    QList<ProseWord> wordsIn(const QList<Range> &spans) const;
    void prose(qsizetype start, qsizetype end, QList<ProseWord> &words) const;

    class Ranges;
    const Reading &m_reading;
    std::shared_ptr<const Ranges> m_skipped;
};

} // namespace geul
