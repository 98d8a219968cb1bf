// SPDX-License-Identifier: GPL-3.0-or-later
// TextStats against counts made by hand (each fixture's comment shows the
// counting), and the manuscript-paper rules one by one.
#include "reading.h"
#include "textstats.h"

#include <QTest>
#include <QTextBoundaryFinder>

using namespace geul;

class TestTextStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handCounted_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("readable");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("withoutSpaces");
        QTest::addColumn<int>("eojeol");
        QTest::addColumn<int>("lines");
        QTest::addColumn<double>("minutes");

        // 안녕하세요(5) + space + 반갑습니다(5) + . = 12; 11 without the
        // space; 2 어절; indent + 12 cells fit one line; 11/500 min.
        QTest::newRow("greeting") << "---\ntitle: 제목은 세지 않는다\n---\n\n안녕하세요 반갑습니다.\n"
                                  << "안녕하세요 반갑습니다." << 12 << 11 << 2 << 1 << 0.0;

        // 시작: 2 | 본문에 가 있고 링크와 주소.: 16, 12, 5 | 수식 은 세지
        // 않는다.: 12, 9, 4 | 빨강 글자.: 6, 5, 2. Code, the autolink, the
        // image, the fence and the math are not read. 28/500 = 0.056.
        QTest::newRow("markup") << "---\ntitle: t\nuse_math: true\n---\n\n## 시작\n\n"
                                   "본문에 `code`가 있고 [링크](https://example.com)와 <https://example.com/auto> 주소.\n\n"
                                   "![그림](/a.png)\n\n```python\nprint(\"무시\")\n```\n\n수식 $x^2$ 은 세지 않는다.\n\n"
                                   "<span style=\"color:red\">빨강</span> 글자.\n"
                                << "시작\n본문에 가 있고 링크와 주소.\n수식 은 세지 않는다.\n빨강 글자." << 36 << 28 << 12 << 4
                                << 0.1;

        // A: 19 syllables and a full stop: the stop may not start line 2,
        // so it shares the 20th cell: 1 line, 20 characters. B: Q+t share
        // a cell, 6, 와, space, K+D, E: 8 characters, 7 without the space,
        // 2 어절, 1 line. C: 한글 in NFD (6 code points): 2 characters.
        // D: 19 syllables fill the line, the space that would open line 2
        // is not written, 끝 opens it: 21 characters, 2 lines.
        const QString nfd = QString::fromUtf8("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab\xe1\x84\x80\xe1\x85\xb3\xe1\x86\xaf");
        QTest::newRow("manuscript") << QStringLiteral("가나다라마바사아자차카타파하가나다라마.\n\nQt6와 KDE\n\n%1\n\n"
                                                      "가나다라마바사아자차카타파하가나다라마 끝\n")
                                           .arg(nfd)
                                    << QStringLiteral("가나다라마바사아자차카타파하가나다라마.\nQt6와 KDE\n%1\n"
                                                      "가나다라마바사아자차카타파하가나다라마 끝")
                                           .arg(nfd)
                                    << 51 << 49 << 6 << 5 << 0.1;

        // Liquid Geul cannot fill in, footnote marks and back links, and
        // a list: 항목 하나 (5, 4, 2) | 둘 (1, 1, 1) | 본문 (2, 2, 1) |
        // the note 주석 (2, 2, 1).
        QTest::newRow("liquid, footnotes, lists")
            << "- 항목 하나\n- 둘\n\n본문[^1]{% if page.x %}\n\n[^1]: 주석\n" << "항목 하나\n둘\n본문\n주석" << 10 << 9
            << 5 << 4 << 0.0;
    }
    void handCounted()
    {
        QFETCH(QString, post);
        QFETCH(QString, readable);
        QFETCH(int, characters);
        QFETCH(int, withoutSpaces);
        QFETCH(int, eojeol);
        QFETCH(int, lines);
        QFETCH(double, minutes);
        const Reading reading = Reading::read(post);
        QCOMPARE(TextStats::readableText(reading), readable);
        const TextStats stats = TextStats::of(reading);
        QCOMPARE(stats.characters, characters);
        QCOMPARE(stats.charactersWithoutSpaces, withoutSpaces);
        QCOMPARE(stats.eojeol, eojeol);
        QCOMPARE(stats.manuscriptLines, lines);
        QCOMPARE(stats.manuscriptSheets, lines / 10.0);
        QCOMPARE(stats.readingMinutes, minutes);
    }

    // Each rule of the paper on its own, in one 20-cell line.
    void manuscriptRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lines");
        const QString nineteen = QStringLiteral("가나다라마바사아자차카타파하가나다라마");
        QTest::newRow("indent + 19 fit") << nineteen << 1;
        QTest::newRow("indent + 20 do not") << nineteen + u'바' << 2;
        QTest::newRow("a stop shares the last cell") << nineteen + u'.' << 1;
        QTest::newRow("a comma too") << nineteen + u',' << 1;
        QTest::newRow("a closing quote too") << nineteen + u'”' << 1;
        QTest::newRow("no space at a line start") << nineteen + QStringLiteral(" 가") << 2;
        QTest::newRow("38 Latin letters in 19 cells") << QString(38, u'a') << 1;
        QTest::newRow("39 do not") << QString(39, u'a') << 2;
        QTest::newRow("digits pair too") << QString(38, u'7') << 1;
        QTest::newRow("two paragraphs") << QStringLiteral("가\n나") << 2;
        QTest::newRow("41 cells: 3 lines") << nineteen + nineteen + QStringLiteral("가나다") << 3;
    }
    void manuscriptRules()
    {
        QFETCH(QString, text);
        QFETCH(int, lines);
        QCOMPARE(TextStats::ofPlainText(text).manuscriptLines, lines);
    }

    // Characters are counted as Unicode's grapheme clusters, whatever the
    // shortcut the count takes for the common ones: judged by
    // QTextBoundaryFinder over text that mixes every kind.
    void charactersAreGraphemeClusters()
    {
        const QString pieces[] = {
            QStringLiteral("한글"),
            QStringLiteral("한글").normalized(QString::NormalizationForm_D),
            QStringLiteral("가\u11A8"), // a syllable and a trailing jamo: one
            QStringLiteral("e\u0301"), // e and a combining accent: one
            QStringLiteral("👩\u200D💻"), // a ZWJ sequence: one
            QStringLiteral("🇰🇷"), // a flag: one
            QStringLiteral("#\uFE0F\u20E3"), // a keycap: one
            QStringLiteral("abc"), QStringLiteral(" "), QStringLiteral("."), QStringLiteral("漢字"),
        };
        // (Not Devanagari: Qt 6.8's finder splits an emoji ZWJ sequence
        // before a conjunct such as क्ष, in a whole text as in a piece.)
        // Each piece's clusters by the finder, on the piece alone.
        const auto clustersOf = [](const QString &piece) {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, piece);
            int clusters = 0;
            while (finder.toNextBoundary() != -1)
                ++clusters;
            return clusters;
        };
        QCOMPARE(clustersOf(pieces[2]), 1);
        QCOMPARE(clustersOf(pieces[4]), 1);
        QString text;
        int clusters = 0; // no piece joins the one before it
        for (int i = 0; i < 400; ++i) {
            text += pieces[(i * 7) % std::size(pieces)];
            clusters += clustersOf(pieces[(i * 7) % std::size(pieces)]);
        }
        QCOMPARE(TextStats::ofPlainText(text).characters, clusters);
    }

    void readingTime()
    {
        const QString thousand = QString(1000, u'가');
        QCOMPARE(TextStats::ofPlainText(thousand).readingMinutes, 2.0);
        QCOMPARE(TextStats::ofPlainText(thousand, 250).readingMinutes, 4.0);
    }
};

QTEST_GUILESS_MAIN(TestTextStats)
#include "tst_textstats.moc"
