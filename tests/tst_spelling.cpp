// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking: which words of a post are prose (hand-listed fixtures),
// and what the real dictionaries (hunspell-ko, hunspell-en-us through
// Sonnet) say of them. Without the dictionaries the test fails and says so.
#include "reading.h"
#include "spellchecker.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;
using namespace geul::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList wordsOf(const QString &post)
{
    const Reading reading = Reading::read(post);
    QStringList words;
    for (const ProseWord &w : ProseWords(reading).all())
        words << w.word;
    return words;
}

QStringList misspelled(SpellChecker &checker, const QString &post)
{
    QStringList words;
    for (const SpellChecker::Misspelling &m : checker.check(Reading::read(post)))
        words << m.word;
    return words;
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The dictionaries are a part of what is tested: no silent pass.
        QVERIFY2(m_checker.hasKorean(), "the Korean dictionary (hunspell-ko) is not installed; ./dev installs it");
        QVERIFY2(m_checker.hasEnglish(), "the English dictionary (hunspell-en-us) is not installed; ./dev installs it");
        QVERIFY(m_checker.problem().isEmpty());
    }

    // Only prose is checked: the words listed by hand are all the reader
    // reads as words in each post.
    void proseOnly_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("front matter and code")
            << "---\ntitle: 제목은 빼고\ntags: [틀린말]\n---\n\n본문 `코드는` 빼고\n\n```\n블록도 빼고\n```\n\n    들여쓴 코드\n"
            << QStringList{u"본문"_s, u"빼고"_s};
        QTest::newRow("links and images")
            << "---\n---\n[링크 글자](/경로/틀린말 \"제목\") ![그림 설명](/a.png) <https://example.com/주소> "
               "https://naver.com/글 www.daum.net/글 me@example.com ./상대/경로 /절대/경로\n"
            << QStringList{u"링크"_s, u"글자"_s};
        QTest::newRow("html")
            << "---\n---\n<span title=\"속성\" style=\"color: red\">빨강</span> 글자 <img src=\"/a.png\" alt=\"대체\" "
               "style=\"zoom: 67%;\" /> <kbd>키</kbd><code>코드</code>\n\n<!-- 주석 -->\n"
            << QStringList{u"빨강"_s, u"글자"_s};
        QTest::newRow("liquid") << "---\n---\n{{ page.title }} 앞뒤 {% include 틀린 %} 글\n"
                                << QStringList{u"앞뒤"_s, u"글"_s};
        QTest::newRow("math on") << "---\nuse_math: true\n---\n수식 $x_1 + 반$ 과 $$\\text{둘}$$ 끝\n"
                                 << QStringList{u"수식"_s, u"과"_s, u"끝"_s};
        QTest::newRow("math off") << "---\n---\n가격 $5 와 $6 사이\n"
                                  << QStringList{u"가격"_s, u"와"_s, u"사이"_s};
        QTest::newRow("footnotes") << "---\n---\n본문[^1] 끝\n\n[^1]: 각주 내용\n"
                                   << QStringList{u"본문"_s, u"끝"_s, u"각주"_s, u"내용"_s};
        // Particles written onto something else are not words of their own.
        QTest::newRow("particles") << "---\n---\nGitHub에서 **깃허브**를 `git`으로 \"글\"이라는 3개 (괄호)는 [링크](/a)로\n"
                                   << QStringList{u"깃허브"_s, u"글"_s, u"괄호"_s, u"링크"_s};
        // Names rather than words of English.
        QTest::newRow("names") << "---\n---\nAPI iPhone snake_case README.md v2 x don't Jekyll’s jekyll\n"
                               << QStringList{u"don't"_s, u"Jekyll's"_s, u"jekyll"_s};
        QTest::newRow("other scripts") << "---\n---\n漢字 と 한글 Ελληνικά ㅋㅋ ㅠㅠ\n" << QStringList{u"한글"_s};
        QTest::newRow("tables and lists") << "---\n---\n| 머리 | 칸 |\n|---|---|\n| 값 | 둘 |\n\n- 항목\n  1. 번호\n> 인용\n"
                                          << QStringList{u"머리"_s, u"칸"_s, u"값"_s, u"둘"_s, u"항목"_s, u"번호"_s,
                                                         u"인용"_s};
    }
    void proseOnly()
    {
        QFETCH(QString, post);
        QFETCH(QStringList, words);
        const QStringList found = wordsOf(post);
        QVERIFY2(found == words, qPrintable(found.join(u" | ")));
    }

    // A word's place is its place in the text, NFD or not; the word is NFC.
    void nfdWords()
    {
        const QString nfc = u"---\n---\n몇일 뒤\n"_s;
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        const Reading reading = Reading::read(nfd);
        const QList<ProseWord> words = ProseWords(reading).all();
        QCOMPARE(words.size(), 2);
        QCOMPARE(words[0].word, u"몇일"_s);
        QCOMPARE(nfd.sliced(words[0].start, words[0].end - words[0].start), u"몇일"_s.normalized(QString::NormalizationForm_D));
        const QList<SpellChecker::Misspelling> wrong = m_checker.check(reading);
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong[0].start, words[0].start);
        QCOMPARE(wrong[0].end, words[0].end);
    }

    // The mistakes Korean writers make most, with the right word first
    // among the suggestions (the answers are the National Institute of
    // Korean Language's, as the issue gives them).
    void commonMistakes_data()
    {
        QTest::addColumn<QString>("wrong");
        QTest::addColumn<QString>("right");
        QTest::newRow("며칠") << u"몇일"_s << u"며칠"_s;
        QTest::newRow("안돼요") << u"안되요"_s << u"안돼요"_s;
        QTest::newRow("할게요") << u"할께요"_s << u"할게요"_s;
        QTest::newRow("웬만하면") << u"왠만하면"_s << u"웬만하면"_s;
        QTest::newRow("됐어요") << u"됬어요"_s << u"됐어요"_s;
        QTest::newRow("금세") << u"금새"_s << u"금세"_s;
        QTest::newRow("역할") << u"역활"_s << u"역할"_s;
        QTest::newRow("오랜만에") << u"오랫만에"_s << u"오랜만에"_s;
    }
    void commonMistakes()
    {
        QFETCH(QString, wrong);
        QFETCH(QString, right);
        const QString post = u"---\n---\n오늘은 %1 글을 썼다.\n"_s.arg(wrong);
        QCOMPARE(misspelled(m_checker, post), QStringList{wrong});
        QVERIFY(m_checker.isCorrect(right, ProseWord::Script::Hangul));
        const QStringList suggested = m_checker.suggestions(wrong, ProseWord::Script::Hangul);
        QVERIFY2(!suggested.isEmpty() && suggested.first() == right, qPrintable(suggested.join(u", ")));
    }

    // Geul's list: loanwords the dictionary lacks, with their particles and
    // endings; a wrong ending on them is still wrong.
    void loanwords()
    {
        const QString post = u"---\n---\n깃허브에서 마크다운으로 쓴 글을 쿠버네티스에 올리고 리액트를 리팩터링했다. "
                             "kramdown Kramdown github 커밋했다.\n"_s;
        QCOMPARE(misspelled(m_checker, post), QStringList());
        QVERIFY(!m_checker.isCorrect(u"깃허브에섴"_s, ProseWord::Script::Hangul));
        QVERIFY(!m_checker.isCorrect(u"깃헙"_s, ProseWord::Script::Hangul));
        // What goes into a list is the word without its particle or ending.
        QCOMPARE(m_checker.dictionaryForm(u"옵시디언을"_s, ProseWord::Script::Hangul), u"옵시디언"_s);
        QCOMPARE(m_checker.dictionaryForm(u"옵시디언에서는"_s, ProseWord::Script::Hangul), u"옵시디언"_s);
        QCOMPARE(m_checker.dictionaryForm(u"뎁스를"_s, ProseWord::Script::Hangul), u"뎁스"_s);
        QCOMPARE(m_checker.dictionaryForm(u"쿠베했다"_s, ProseWord::Script::Hangul), u"쿠베"_s);
        QCOMPARE(m_checker.dictionaryForm(u"옵시디언"_s, ProseWord::Script::Hangul), u"옵시디언"_s);
        QCOMPARE(m_checker.dictionaryForm(u"Zettelkasten"_s, ProseWord::Script::Latin), u"Zettelkasten"_s);
    }

    // English words in a Korean post are checked in English.
    void english()
    {
        QCOMPARE(misspelled(m_checker, u"---\n---\n이 문장은 teh receive recieve 단어를 쓴다.\n"_s),
                 (QStringList{u"teh"_s, u"recieve"_s}));
        QCOMPARE(m_checker.suggestions(u"teh"_s, ProseWord::Script::Latin).value(0), u"the"_s);
        QCOMPARE(m_checker.suggestions(u"recieve"_s, ProseWord::Script::Latin).value(0), u"receive"_s);
    }

    // The writer's lists: files that keep what is in them, NFC words, and a
    // checker that follows them.
    void wordLists()
    {
        QTemporaryDir site;
        QVERIFY(site.isValid());
        const QString path = SpellChecker::siteListPath(site.path());
        QCOMPARE(path, site.filePath(u".geul/dictionary.txt"_s));
        QVERIFY(SpellChecker::readList(path).isEmpty());
        QString error;
        QVERIFY2(SpellChecker::addToList(path, u"뎁스"_s.normalized(QString::NormalizationForm_D), &error),
                 qPrintable(error));
        QVERIFY(SpellChecker::addToList(path, u"뎁스"_s, &error)); // once only
        writeAll(path, readAll(path) + "# a comment\nzettelkasten  # and another\n");
        QVERIFY(SpellChecker::addToList(path, u"옵시디언"_s, &error));
        QCOMPARE(SpellChecker::readList(path), (QStringList{u"뎁스"_s, u"zettelkasten"_s, u"옵시디언"_s}));
        QCOMPARE(readAll(path), u"뎁스\n# a comment\nzettelkasten  # and another\n옵시디언\n"_s.toUtf8());

        SpellChecker checker;
        const QString post = u"---\n---\n뎁스를 옵시디언에서 zettelkasten 뎁스\n"_s;
        SpellChecker::Memory memory;
        QCOMPARE(checker.check(Reading::read(post), memory).size(), 4);
        const int version = checker.wordListsVersion();
        checker.setWordLists({}, SpellChecker::readList(path));
        QVERIFY(checker.wordListsVersion() > version);
        QCOMPARE(checker.check(Reading::read(post), memory).size(), 0); // the memory is not stale
        checker.setWordLists({}, {});
        checker.ignore(u"뎁스"_s);
        QCOMPARE(checker.check(Reading::read(post), memory).size(), 2);

        // A file that cannot be written (its folder is a file): an error
        // naming it, and nothing else changed.
        QVERIFY(writeAll(site.filePath(u"blocked"_s), "not a folder\n"));
        const QString blocked = site.filePath(u"blocked/dictionary.txt"_s);
        QVERIFY(!SpellChecker::addToList(blocked, u"단어"_s, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(blocked)), qPrintable(error));
        QCOMPARE(readAll(site.filePath(u"blocked"_s)), QByteArray("not a folder\n"));
    }

    // What a block's words depend on beyond its text: math that pairs
    // across blocks, a link definition elsewhere. Found by review.
    void memoryFollowsTheContext()
    {
        SpellChecker checker;
        SpellChecker::Memory memory;
        const QString math = u"---\nuse_math: true\n---\n\nA $$ x\n\nteh here\n\nC $$ end\n"_s;
        QCOMPARE(checker.check(Reading::read(math), memory).size(), 0);
        QString unpaired = math;
        unpaired.remove(unpaired.indexOf(u"$$"_s), 2);
        QCOMPARE(checker.check(Reading::read(unpaired), memory).size(), 1);
        const QString link = u"---\n---\n\n[word][refx]\n"_s;
        QCOMPARE(checker.check(Reading::read(link), memory).size(), 1); // refx, as text
        QCOMPARE(checker.check(Reading::read(link + u"\n[refx]: http://a.b\n"_s), memory).size(), 0);
        // Footnotes by name (10 before 9) come out in the order of the text.
        const QList<SpellChecker::Misspelling> notes = checker.check(
            Reading::read(u"---\n---\n\n본문[^9] 글[^10]\n\n[^9]: 첫째 teh\n\n[^10]: 둘째 recieve\n"_s), memory);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].word, u"teh"_s);
        QCOMPARE(notes[1].word, u"recieve"_s);
    }

    // What the check remembers gives what a new check gives, edit after
    // edit: random edits of real posts.
    void memoryIsExact()
    {
        QStringList posts;
        for (const QString &folder : {u"" GEUL_SAMPLE_SITE "/_posts"_s, u"" GEUL_TEST_DATA "/kramdown"_s}) {
            for (const QFileInfo &file : QDir(folder).entryInfoList({u"*.md"_s}, QDir::Files))
                posts << QString::fromUtf8(readAll(file.filePath()));
        }
        QVERIFY(posts.size() > 10);
        QRandomGenerator random(20261130);
        const QStringList inserts{u"몇일 "_s, u"\n\n"_s, u"teh "_s, u"`"_s, u"$"_s, u"$$"_s, u"\\["_s, u"**"_s,
                                  u"\n- "_s, u"{{ x }}"_s, u"{% raw %}"_s, u"깃허브에서 "_s, u"\n```\n"_s,
                                  u"[teh][refx] "_s, u"\n\n[refx]: /a\n\n"_s, u"[^9] "_s, u"\n\n[^9]: 각주 teh\n\n"_s,
                                  u"\nuse_math: true\n"_s};
        SpellChecker checker;
        for (QString post : posts) {
            SpellChecker::Memory memory;
            for (int edit = 0; edit < 40; ++edit) {
                const qsizetype at = random.bounded(int(post.size() + 1));
                if (random.bounded(3) == 0 && at < post.size())
                    post.remove(at, random.bounded(1, 20));
                else
                    post.insert(at, inserts.at(random.bounded(int(inserts.size()))));
                const Reading reading = Reading::read(post);
                QCOMPARE(checker.check(reading, memory), checker.check(reading));
            }
        }
    }

private:
    SpellChecker m_checker;
};

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
