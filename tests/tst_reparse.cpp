// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an edited post by parsing only the blocks the edit touched
// (Reading::reread) against reading it whole (Reading::read, which
// tst_dialect checks against kramdown itself): for thousands of random
// edits of generated and real posts, every element, offset, footnote,
// pitfall and byte of HTML must be the same.
#include "fuzztargets.h"
#include "reading.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace geul;
using namespace Qt::StringLiterals;

namespace {

// The first line where two descriptions part, for a failure's message.
QString firstDifference(const QString &got, const QString &expected)
{
    const QStringList a = got.split(u'\n');
    const QStringList b = expected.split(u'\n');
    qsizetype line = 0;
    while (line < std::min(a.size(), b.size()) && a[line] == b[line])
        ++line;
    return u"after:\n"_s + b.mid(std::max<qsizetype>(0, line - 6), std::min<qsizetype>(line, 6)).join(u'\n')
           + u"\nin part:\n"_s + a.value(line) + u"\nwhole:\n"_s + b.value(line);
}

// Pieces of posts as people write them, and pieces that open or close
// what runs past a blank line, define what other blocks use, or bind to
// the block before.
const char *const blocks[] = {
    "오늘은 회고를 써 본다. 한 해가 **정말** 빨리 갔다.\n",
    "Plain *emphasis* and `code`, a [link](https://example.com/a b) and ![](/assets/img/a%20b.png).\n"
    "A second line of the same paragraph.\n",
    "<img src=\"/assets/img/2022-12-31-Retrospect/image.png\" style=\"zoom: 67%;\" />\n",
    "## 소제목\n",
    "# Title {#custom}\n",
    "Setext heading\n==============\n",
    "* one\n* two\n\n  still two\n* three\n",
    "1. first\n2. second\n   continued\n",
    "- [ ] task\n- [x] done\n",
    "> quoted\n> more\n",
    "```python\nprint(\"안녕\")\n\nx = 1\n```\n",
    "~~~\nraw ~~~ code\n~~~\n",
    "    indented code\n\n    more code\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "$$\nE = mc^2\n\n$$\n",
    "<div markdown=\"1\">\ninside *div*\n\n</div>\n",
    "<!-- a comment\n\nover lines -->\n",
    "A footnote[^1] and another[^note].\n",
    "[^1]: The note.\n",
    "[^note]: Another note,\n\n    with a second paragraph.\n",
    "[ref]: https://example.com \"Title\"\n",
    "A [reference][ref] link and [ref].\n",
    "*[HTML]: Hyper Text Markup Language\n",
    "{: .class #id}\n",
    "term\n: definition\n",
    "---\n",
    "{::comment}\nhidden\n{:/comment}\n",
    "Text with a trailing backslash\\\nand a break.\n",
    "\"Smart quotes\" -- and... dashes\n",
    "^\n",
    "Line with a | pipe in it\n",
    "2022년에는 많은 일이 있었다.\n",
    "`단축 코드` 와 _밑줄_ 과 ~~취소~~.\n",
    "{:wide: .wide #w}\n",
    "A paragraph with its list\n{: wide}\n",
    "[a]: /a.png\n{: wide}\n",
    "See ![x][a] and [HTML] here.\n",
};

// What an edit types: characters that change nothing much, and characters
// that change what a block is.
const char *const typed[] = {
    "a", "가", "한글 ", " ", "\n", "\n\n", "*", "-", "# ", "<div>", "</div>", "```", "~~~", "$$", "[^1]",
    "]:", "{: .x}", "|", "> ", "1. ", "    ", "`", "_", "**", "![](b.png)", ":", "^", "\t", "\\", "<!--",
    "-->", "[x]", "=", "\r\n", "{{ page.title }}", "{::options parse_block_html=\"true\" /}",
};

// The pieces above that define nothing other blocks use.
const int plain[] = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 27, 28, 30, 31, 32};

// Mostly plain pieces; now and then any.
QString generatedPost(QRandomGenerator &random)
{
    QString post = QStringLiteral("---\nlayout: post\ntitle: 글\nuse_math: true\n---\n\n");
    const int count = 4 + int(random.bounded(30));
    for (int i = 0; i < count; ++i) {
        const int piece = random.bounded(12) == 0 ? int(random.bounded(int(std::size(blocks))))
                                                  : plain[random.bounded(int(std::size(plain)))];
        post += QString::fromUtf8(blocks[piece]);
        post += random.bounded(5) == 0 ? QStringLiteral("") : QStringLiteral("\n");
    }
    return post;
}

// A post of pieces that define nothing other blocks use: every edit at its
// end can be read in part.
QString plainPost(QRandomGenerator &random, qsizetype size)
{
    QString post = QStringLiteral("---\nlayout: post\ntitle: 글\n---\n\n");
    while (post.size() < size)
        post += QString::fromUtf8(blocks[plain[random.bounded(int(std::size(plain)))]]) + u'\n';
    return post;
}

// @p text after one random edit, most of them in the body.
QString edited(const QString &text, QRandomGenerator &random)
{
    const qsizetype at = text.isEmpty() ? 0 : qsizetype(random.bounded(int(text.size() + 1)));
    QString out = text;
    // Half of them as people type: letters, Hangul, spaces.
    if (random.bounded(2) == 0) {
        static const char *const letters[] = {"a", "가", " ", "한글 ", "e", "."};
        out.insert(at, QString::fromUtf8(letters[random.bounded(int(std::size(letters)))]));
        return out;
    }
    switch (random.bounded(4)) {
    case 0: { // delete a few characters
        const qsizetype n = std::min<qsizetype>(text.size() - at, 1 + random.bounded(12));
        out.remove(at, n);
        break;
    }
    case 1: { // replace a few
        const qsizetype n = std::min<qsizetype>(text.size() - at, 1 + random.bounded(4));
        out.replace(at, n, QString::fromUtf8(typed[random.bounded(int(std::size(typed)))]));
        break;
    }
    default: // type
        out.insert(at, QString::fromUtf8(typed[random.bounded(int(std::size(typed)))]));
        break;
    }
    return out;
}

} // namespace

#define SAME_READING(got, expected)                                                                                    \
    do {                                                                                                               \
        const QString a = fuzz::describe(got);                                                                               \
        const QString b = fuzz::describe(expected);                                                                          \
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));                                                           \
    } while (false)

class TestReparse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsWhole_data();
    void sameAsWhole();
    void realPosts_data();
    void realPosts();
    void typingAtTheEnd();
    void edgeCases_data();
    void edgeCases();
    void fallsBack_data();
    void fallsBack();
    void definitionsElsewhere();
    void previousUntouched();

private:
    // Edits @p post @p edits times in a row, each reading made from the one
    // before; adds to @p partial how many were made in part.
    void editAndCompare(QString post, int edits, QRandomGenerator &random, int *partial);
};

void TestReparse::editAndCompare(QString post, int edits, QRandomGenerator &random, int *partial)
{
    Reading reading = Reading::read(post);
    for (int i = 0; i < edits; ++i) {
        const QString next = edited(post, random);
        const Reading again = Reading::reread(reading, next);
        const Reading whole = Reading::read(next);
        const QString got = fuzz::describe(again);
        const QString expected = fuzz::describe(whole);
        if (got != expected) {
            qWarning().noquote() << "before:" << post << "\nafter:" << next << '\n' << firstDifference(got, expected);
            QCOMPARE(got, expected);
        }
        *partial += again.isIncremental() ? 1 : 0;
        post = next;
        reading = again;
    }
}

void TestReparse::sameAsWhole_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestReparse::sameAsWhole()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    int partial = 0;
    constexpr int posts = 10;
    constexpr int edits = 12;
    for (int i = 0; i < posts; ++i) {
        QString post = generatedPost(random);
        if (i % 3 == 2)
            post.replace(u"\n"_s, u"\r\n"_s); // as Windows writes it
        editAndCompare(post, edits, random, &partial);
        if (QTest::currentTestFailed())
            return;
    }
    // Many edits of these posts (dense with fences, math, HTML and
    // definitions, and half of the edits typing them) can be read in part
    // (a fifth to a third): the comparison above must not be between two
    // whole readings only.
    QVERIFY2(partial >= posts * edits / 10, qPrintable(QStringLiteral("only %1 of %2 read in part").arg(partial).arg(posts * edits)));
}

void TestReparse::realPosts_data()
{
    QTest::addColumn<QString>("path");
    QStringList roots{QStringLiteral(GEUL_SAMPLE_SITE)};
    if (QDir(QStringLiteral(GEUL_SHARED_CORPUS)).exists())
        roots << QStringLiteral(GEUL_SHARED_CORPUS);
    else
        qWarning("corpus not available: %s does not exist; only the sample site's posts are edited", GEUL_SHARED_CORPUS);
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!QFileInfo(path).fileName().startsWith(u"README"))
                QTest::newRow(qPrintable(QDir(root).relativeFilePath(path))) << path;
        }
    }
}

void TestReparse::realPosts()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString post = QString::fromUtf8(file.readAll());
    QRandomGenerator random(qHash(path));
    int partial = 0;
    editAndCompare(post, 25, random, &partial);
    qInfo("%d of 25 edits read in part", partial);
}

// Typing at the end of a long post, as the preview sees it: every key is
// read in part, and the same as the whole.
void TestReparse::typingAtTheEnd()
{
    QRandomGenerator random(7);
    QString post = plainPost(random, 20000) + QStringLiteral("마지막 문단");
    Reading reading = Reading::read(post);
    for (const QChar c : QStringLiteral(" 에 글자를 더 쓴다. And more")) {
        post += c;
        const Reading again = Reading::reread(reading, post);
        QVERIFY(again.isIncremental());
        SAME_READING(again, Reading::read(post));
        reading = again;
    }
}

// Cases a review found: each read in part or whole, the same as whole.
void TestReparse::edgeCases_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const QString head = QStringLiteral("---\ntitle: t\n---\n\n");
    // An attribute list before a blank line waits for the next block.
    QTest::newRow("attribute list, blank, block") << head + "A\n\n{: .x}\n\nB\n" << head + "A\n\n{: .x}\n\nBc\n";
    // A link definition's attribute list names a definition elsewhere.
    QTest::newRow("definition's list names an ALD")
        << head + "{:wide: .wide}\n\n[a]: /a.png\n{: wide}\n\nSee ![x][a] here.\n"
        << head + "{:wide: .wide}\n\n[a]: /a.png\n{: wide}\n\nSee ![x][a] there.\n";
    QTest::newRow("ALD after its use") << head + "[a]: /a.png\n{: wide}\n\nSee ![x][a] here.\n\n{:wide: .wide}\n"
                                       << head + "[a]: /a.png\n{: wide}\n\nSee ![x][a] there.\n\n{:wide: .wide}\n";
    // Windows line ends: the part ends where the whole's blank does.
    QTest::newRow("CRLF paragraph") << head + "A\r\n\r\nB para\r\n\r\nC\r\n" << head + "A\r\n\r\nB parb\r\n\r\nC\r\n";
    QTest::newRow("CRLF list") << head + "A\r\n\r\n* a\r\n\r\nC\r\n" << head + "A\r\n\r\n* ab\r\n\r\nC\r\n";
    // From nothing: the whole body is new (fuzz_reparse found it).
    QTest::newRow("empty post") << QString() << QStringLiteral("글\n\n더");
    QTest::newRow("empty body") << head << head + "글\n\n더";
    // A lone `\r` ends a line: what follows it opens a comment.
    QTest::newRow("lone CR") << head + "A\n\nB\n\nC -->\n" << head + "A\n\nB\r\r<!-- x\n\nC -->\n";
}

void TestReparse::edgeCases()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    SAME_READING(Reading::reread(Reading::read(before), after), Reading::read(after));
}

// Edits whose effect can reach past their blocks are read whole.
void TestReparse::fallsBack_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const QString head = QStringLiteral("---\ntitle: t\n---\n\nFirst paragraph.\n\n");
    const QString tail = QStringLiteral("\n\nLast paragraph.\n");
    QTest::newRow("fence opened") << head + "Middle." + tail << head + "```\nMiddle." + tail;
    QTest::newRow("html opened") << head + "Middle." + tail << head + "<div>\nMiddle." + tail;
    QTest::newRow("link definition") << head + "Middle." + tail << head + "[a]: /b\nMiddle." + tail;
    QTest::newRow("heading") << head + "Middle." + tail << head + "# Middle." + tail;
    QTest::newRow("front matter") << head + "Middle." + tail << QString(head).replace("title: t", "title: u") + "Middle." + tail;
    QTest::newRow("liquid") << head + "Middle." + tail << head + "{{ page.title }}" + tail;
    QTest::newRow("options of its own") << head + "{::options auto_ids=\"false\" /}\n\nMiddle." + tail
                                        << head + "{::options auto_ids=\"false\" /}\n\nMiddle!" + tail;
}

void TestReparse::fallsBack()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const Reading again = Reading::reread(Reading::read(before), after);
    QVERIFY(!again.isIncremental());
    SAME_READING(again, Reading::read(after));
}

// A link whose definition stands elsewhere in the body, edited: read in
// part, with the definition as the whole body has it (moved by the edit).
void TestReparse::definitionsElsewhere()
{
    const QString before = QStringLiteral("---\ntitle: t\n---\n\n[a]: /a.png \"A\"\n{: .wide}\n\n*[HTML]: Hyper Text\n\n"
                                          "Intro.\n\nSee [the picture][a] here.\n\nAnd ![alt][b].\n\nLast words.\n\n[b]: /b.png\n");
    QString after = before;
    after.insert(before.indexOf(u"here"), QStringLiteral("HTML 글 "));
    const Reading again = Reading::reread(Reading::read(before), after);
    QVERIFY(again.isIncremental());
    SAME_READING(again, Reading::read(after));
    const QString html = again.html().html;
    QVERIFY2(html.contains(u"class=\"wide\"") && html.contains(u"<abbr"), qPrintable(html));
    // The definition after the edit moved with it.
    QString later = after;
    later.insert(after.indexOf(u"And"), QStringLiteral("So "));
    const Reading third = Reading::reread(again, later);
    QVERIFY(third.isIncremental());
    SAME_READING(third, Reading::read(later));
}

// The reading an edit was made from is still whole and the same: the
// preview's page and the editor read it while the next one is made.
void TestReparse::previousUntouched()
{
    QRandomGenerator random(11);
    const QString post = plainPost(random, 3000) + QStringLiteral("End.\n");
    const Reading first = Reading::read(post);
    const QString before = fuzz::describe(first);
    const Reading again = Reading::reread(first, post + QStringLiteral("More."));
    QVERIFY(again.isIncremental());
    QCOMPARE(fuzz::describe(first), before);
}

QTEST_GUILESS_MAIN(TestReparse)
#include "tst_reparse.moc"
