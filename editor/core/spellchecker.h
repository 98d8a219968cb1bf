// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prosewords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sonnet {
class Speller;
}

namespace geul {

class Reading;

/// Spell checking of a post's prose, offline: Hangul words with the Korean
/// dictionary (Debian's hunspell-ko), Latin words with the English one
/// (hunspell-en-us), both through KF6 Sonnet's hunspell backend. Only the
/// words ProseWords finds are checked, so front matter, code, URLs,
/// Liquid, math, HTML and image links never are.
///
/// Besides the dictionaries, words are accepted from word lists: Geul's own
/// (technical loanwords such as 깃허브 or 쿠버네티스, and technical English
/// words, that the dictionaries do not know), the writer's personal list
/// and the site's list (`.geul/dictionary.txt` in the site, which Jekyll
/// does not publish). A listed Korean word also takes particles and endings
/// (깃허브에서, 마크다운으로, 리팩터링했다): they are checked by the
/// dictionary on a noun it knows with the same final consonant.
///
/// Thread-safe: one checker is shared by the thread that checks a post and
/// the GUI thread that asks for suggestions; a call holds it for one word.
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(geul::SpellChecker)

public:
    struct Misspelling
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString word;
        ProseWord::Script script = ProseWord::Script::Hangul;

        friend bool operator==(const Misspelling &, const Misspelling &) = default;
    };

    /// What a check of one post remembers for the next: the misspellings of
    /// each top-level block by its text, so that after an edit only the
    /// changed blocks are read and checked again. Owned by the caller (one
    /// per open post); not shared between threads at once.
    struct Memory
    {
        QHash<QString, QList<Misspelling>> blocks;
        int wordListsVersion = -1;
        bool math = false;
    };

    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    /// Loads the dictionaries (the Korean one takes a few hundred
    /// milliseconds); the first check does it otherwise. Returns whether
    /// the Korean dictionary is there.
    bool load();
    /// What is missing, as a sentence for the writer (naming the package
    /// to install), or nothing when both dictionaries are there.
    QString problem();
    bool hasKorean();
    bool hasEnglish();

    /// The writer's personal words and the site's words, besides Geul's.
    void setWordLists(const QStringList &personal, const QStringList &site);
    /// Counts changes of the word lists: a Memory of another version is
    /// forgotten.
    int wordListsVersion() const;
    /// Accepts @p word for the rest of the session (Ignore All).
    void ignore(const QString &word);

    bool isCorrect(const QString &word, ProseWord::Script script);
    /// The dictionary's suggestions for @p word, best first.
    QStringList suggestions(const QString &word, ProseWord::Script script, int most = 6);

    /// What of @p word goes into a word list: a Korean word without the
    /// particle or ending the dictionary finds after it (옵시디언을 →
    /// 옵시디언, 리팩터링했다 → 리팩터링), so that the listed word takes all
    /// of them; any other word as it is.
    QString dictionaryForm(const QString &word, ProseWord::Script script);

    /// The misspelled words of @p reading's body (and footnotes), in the
    /// order of the text.
    QList<Misspelling> check(const Reading &reading);
    /// The same, reading and checking only the blocks whose text is not in
    /// @p memory, which then holds this reading's blocks.
    QList<Misspelling> check(const Reading &reading, Memory &memory);

    /// The version of KF6 Sonnet Geul was built with.
    static QString sonnetVersion();

    /// Geul's own list: words the dictionaries lack, one a line.
    static QStringList geulWords();
    /// The writer's personal list: `dictionary.txt` in Geul's folder of the
    /// user's data (~/.local/share/geul).
    static QString personalListPath();
    /// The site's list: `.geul/dictionary.txt` under @p siteRoot.
    static QString siteListPath(const QString &siteRoot);
    /// The words of the list at @p path (NFC; `#` starts a comment); none
    /// when there is no file.
    static QStringList readList(const QString &path);
    /// Adds @p word to the list at @p path (made when missing), keeping
    /// what is there; false with @p error naming the file otherwise.
    static bool addToList(const QString &path, const QString &word, QString *error = nullptr);

private:
    bool loadLocked();
    bool isCorrectLocked(const QString &word, ProseWord::Script script);
    bool isListedLocked(const QString &word, ProseWord::Script script) const;
    bool isKoreanLocked(const QString &word);
    void listsChangedLocked();

    mutable QMutex m_mutex;
    bool m_loaded = false;
    std::unique_ptr<Sonnet::Speller> m_korean;
    std::unique_ptr<Sonnet::Speller> m_english;
    QSet<QString> m_geul;
    QSet<QString> m_listed; // personal, site and ignored
    QSet<QString> m_ignored;
    QStringList m_koreanPrefixes; // listed Korean words, longest first
    QHash<QString, bool> m_known[2]; // by script
    QHash<QString, QStringList> m_suggested[2];
    int m_version = 0;
};

} // namespace geul
