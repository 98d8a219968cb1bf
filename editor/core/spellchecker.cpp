// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include "reading.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <Sonnet/Speller>
#include <sonnet_version.h>

#include <algorithm>

namespace geul {

namespace {

int scriptIndex(ProseWord::Script script)
{
    return script == ProseWord::Script::Hangul ? 0 : 1;
}

// A noun the Korean dictionary knows with every particle and with 하다,
// ending as the last syllable of @p word ends: in a vowel, in ㄹ (which
// takes 로, not 으로) or in another consonant.
QString nounLike(const QString &word)
{
    const char16_t last = word.isEmpty() ? 0 : word.back().unicode();
    if (last < 0xAC00 || last > 0xD7A3)
        return {};
    const int finalConsonant = (last - 0xAC00) % 28;
    if (finalConsonant == 0)
        return QStringLiteral("공부");
    if (finalConsonant == 8)
        return QStringLiteral("출발");
    return QStringLiteral("운동");
}

std::unique_ptr<Sonnet::Speller> openSpeller(const QStringList &languages)
{
    auto speller = std::make_unique<Sonnet::Speller>();
    const QStringList available = speller->availableLanguages();
    for (const QString &language : languages) {
        if (!available.contains(language))
            continue;
        speller->setLanguage(language);
        if (speller->isValid() && speller->language() == language)
            return speller;
    }
    return nullptr;
}

} // namespace

SpellChecker::SpellChecker()
{
    for (const QString &word : geulWords())
        m_geul.insert(word);
    listsChangedLocked();
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::load()
{
    QMutexLocker lock(&m_mutex);
    return loadLocked();
}

bool SpellChecker::loadLocked()
{
    if (!m_loaded) {
        m_loaded = true;
        m_korean = openSpeller({QStringLiteral("ko_KR"), QStringLiteral("ko")});
        m_english = openSpeller({QStringLiteral("en_US"), QStringLiteral("en"), QStringLiteral("en_GB")});
    }
    return m_korean != nullptr;
}

void SpellChecker::listsChangedLocked()
{
    // Listed Korean words that may take particles, longest first.
    QStringList prefixes;
    for (const QSet<QString> *set : {&m_geul, &m_listed}) {
        for (const QString &word : *set) {
            if (!nounLike(word).isEmpty())
                prefixes << word;
        }
    }
    std::sort(prefixes.begin(), prefixes.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size() || (a.size() == b.size() && a < b); });
    m_koreanPrefixes = prefixes;
    for (QHash<QString, bool> &known : m_known)
        known.clear();
    ++m_version;
}

QString SpellChecker::problem()
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    if (!m_korean && !m_english)
        return tr("No Korean or English dictionary was found: install hunspell-ko and hunspell-en-us.");
    if (!m_korean)
        return tr("No Korean dictionary was found: install hunspell-ko.");
    if (!m_english)
        return tr("No English dictionary was found: install hunspell-en-us.");
    return {};
}

bool SpellChecker::hasKorean()
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    return m_korean != nullptr;
}

bool SpellChecker::hasEnglish()
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    return m_english != nullptr;
}

void SpellChecker::setWordLists(const QStringList &personal, const QStringList &site)
{
    QMutexLocker lock(&m_mutex);
    QSet<QString> listed = m_ignored;
    for (const QStringList *list : {&personal, &site}) {
        for (const QString &word : *list)
            listed.insert(word.normalized(QString::NormalizationForm_C));
    }
    if (listed == m_listed)
        return;
    m_listed = listed;
    listsChangedLocked();
}

int SpellChecker::wordListsVersion() const
{
    QMutexLocker lock(&m_mutex);
    return m_version;
}

void SpellChecker::ignore(const QString &word)
{
    QMutexLocker lock(&m_mutex);
    const QString ignored = word.normalized(QString::NormalizationForm_C);
    m_ignored.insert(ignored);
    m_listed.insert(ignored);
    listsChangedLocked();
}

bool SpellChecker::isListedLocked(const QString &word, ProseWord::Script script) const
{
    const auto listed = [this](const QString &w) { return m_geul.contains(w) || m_listed.contains(w); };
    if (listed(word))
        return true;
    if (script == ProseWord::Script::Latin) {
        // A listed word in lower case is any case of it (kramdown,
        // Kramdown, KRAMDOWN), as dictionaries take it.
        const QString lower = word.toLower();
        return lower != word && listed(lower);
    }
    return false;
}

bool SpellChecker::isKoreanLocked(const QString &word)
{
    if (m_korean && !m_korean->isMisspelled(word))
        return true;
    // A listed word with a particle or an ending: the dictionary judges
    // the ending on a noun it knows.
    for (const QString &prefix : std::as_const(m_koreanPrefixes)) {
        if (prefix.size() < word.size() && word.startsWith(prefix)) {
            const QString stand = nounLike(prefix) + QStringView(word).sliced(prefix.size());
            if (m_korean && !m_korean->isMisspelled(stand))
                return true;
        }
    }
    return false;
}

bool SpellChecker::isCorrectLocked(const QString &word, ProseWord::Script script)
{
    QHash<QString, bool> &known = m_known[scriptIndex(script)];
    if (const auto it = known.constFind(word); it != known.cend())
        return *it;
    loadLocked();
    bool correct = isListedLocked(word, script);
    if (!correct) {
        if (script == ProseWord::Script::Hangul)
            correct = !m_korean || isKoreanLocked(word); // without a dictionary, nothing is wrong
        else
            correct = !m_english || !m_english->isMisspelled(word);
    }
    known.insert(word, correct);
    return correct;
}

bool SpellChecker::isCorrect(const QString &word, ProseWord::Script script)
{
    QMutexLocker lock(&m_mutex);
    return isCorrectLocked(word.normalized(QString::NormalizationForm_C), script);
}

QStringList SpellChecker::suggestions(const QString &word, ProseWord::Script script, int most)
{
    const QString nfc = word.normalized(QString::NormalizationForm_C);
    QMutexLocker lock(&m_mutex);
    // A Korean suggestion takes the dictionary about 0.1 s: each word's
    // are kept (a misspelling tends to come again).
    QHash<QString, QStringList> &known = m_suggested[scriptIndex(script)];
    auto it = known.find(nfc);
    if (it == known.end()) {
        loadLocked();
        Sonnet::Speller *speller = script == ProseWord::Script::Hangul ? m_korean.get() : m_english.get();
        QStringList suggested = speller ? speller->suggest(nfc) : QStringList();
        suggested.removeAll(nfc);
        it = known.insert(nfc, suggested);
    }
    return it->mid(0, most);
}

QString SpellChecker::dictionaryForm(const QString &word, ProseWord::Script script)
{
    const QString nfc = word.normalized(QString::NormalizationForm_C);
    if (script != ProseWord::Script::Hangul)
        return nfc;
    QMutexLocker lock(&m_mutex);
    loadLocked();
    if (!m_korean)
        return nfc;
    // The shortest stem (two syllables or more) after which the rest reads
    // as a particle or an ending of a noun.
    for (qsizetype length = 2; length < nfc.size(); ++length) {
        const QString stem = nfc.left(length);
        const QString noun = nounLike(stem);
        if (!noun.isEmpty() && !m_korean->isMisspelled(noun + QStringView(nfc).sliced(length)))
            return stem;
    }
    return nfc;
}

QList<SpellChecker::Misspelling> SpellChecker::check(const Reading &reading)
{
    Memory memory;
    return check(reading, memory);
}

QList<SpellChecker::Misspelling> SpellChecker::check(const Reading &reading, Memory &memory)
{
    const int version = wordListsVersion();
    if (memory.wordListsVersion != version || memory.math != reading.usesMath()) {
        memory.blocks.clear();
        memory.wordListsVersion = version;
        memory.math = reading.usesMath();
    }
    const QString &text = reading.text();
    const ProseWords prose(reading);
    QHash<QString, QList<Misspelling>> blocks;
    QList<Misspelling> found;
    // Each top-level block, and each footnote's content, checked once for
    // its text and what its words depend on beyond it: kept with offsets
    // from its start.
    const auto checkElement = [&](const MarkdownNode &element) {
        if (element.start < 0 || element.end <= element.start || element.end > text.size())
            return;
        const QString key = text.sliced(element.start, element.end - element.start) + u'\u001f' + prose.context(element);
        QList<Misspelling> relative;
        if (const auto it = memory.blocks.constFind(key); it != memory.blocks.cend()) {
            relative = *it;
        } else {
            for (const ProseWord &w : prose.of(element)) {
                bool correct;
                {
                    QMutexLocker lock(&m_mutex);
                    correct = isCorrectLocked(w.word, w.script);
                }
                if (!correct)
                    relative.append({w.start - element.start, w.end - element.start, w.word, w.script});
            }
        }
        for (Misspelling m : std::as_const(relative)) {
            m.start += element.start;
            m.end += element.start;
            found.append(m);
        }
        blocks.insert(key, std::move(relative));
    };
    for (const auto &child : reading.root().children) {
        if (child->type != MarkdownNode::Type::Blank)
            checkElement(*child);
    }
    for (const MarkdownNode *note : reading.footnotes())
        checkElement(*note);
    memory.blocks = std::move(blocks);
    // In the order of the text (footnotes are kept by name).
    std::stable_sort(found.begin(), found.end(), [](const Misspelling &a, const Misspelling &b) { return a.start < b.start; });
    return found;
}

QString SpellChecker::sonnetVersion()
{
    return QStringLiteral(SONNET_VERSION_STRING);
}

QStringList SpellChecker::geulWords()
{
    static const QStringList words = readList(QStringLiteral(":/geul/spelling/words.txt"));
    return words;
}

QString SpellChecker::personalListPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/geul/dictionary.txt");
}

QString SpellChecker::siteListPath(const QString &siteRoot)
{
    return QDir(siteRoot).filePath(QStringLiteral(".geul/dictionary.txt"));
}

QStringList SpellChecker::readList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString word = line.section(u'#', 0, 0).trimmed();
        if (!word.isEmpty())
            words << word.normalized(QString::NormalizationForm_C);
    }
    return words;
}

bool SpellChecker::addToList(const QString &path, const QString &word, QString *error)
{
    const QString added = word.normalized(QString::NormalizationForm_C).trimmed();
    if (readList(path).contains(added))
        return true;
    QByteArray bytes;
    if (QFile old(path); old.exists()) {
        if (!old.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), old.errorString());
            return false;
        }
        bytes = old.readAll();
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            bytes += '\n';
    }
    bytes += added.toUtf8() + '\n';
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace geul
