// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include <QTest>

using namespace geul;

class TestFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void problemNamesFileAndLine();
};

void TestFrontMatter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("unterminated");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("bodyLine");

    QTest::newRow("normal") << QStringLiteral("---\nlayout: post\ntitle: \"회고\"\n---\n\n## 본문\n") << true << false
                            << QStringLiteral("layout: post\ntitle: \"회고\"\n") << QStringLiteral("\n## 본문\n") << 4;
    QTest::newRow("dots terminator") << QStringLiteral("---\ntitle: 글\n...\n본문\n") << true << false
                                     << QStringLiteral("title: 글\n") << QStringLiteral("본문\n") << 3;
    QTest::newRow("trailing spaces") << QStringLiteral("---  \ntitle: 글\n--- \t\n본문") << true << false
                                     << QStringLiteral("title: 글\n") << QStringLiteral("본문") << 3;
    QTest::newRow("empty block") << QStringLiteral("---\n---\n본문\n") << true << false << QString()
                                 << QStringLiteral("본문\n") << 2;
    QTest::newRow("closing line ends the file")
        << QStringLiteral("---\ntitle: 글\n---") << true << false << QStringLiteral("title: 글\n") << QString() << 2;
    QTest::newRow("blank lines before") << QStringLiteral("\n\n---\ntitle: 글\n---\n본문\n") << false << false
                                        << QString() << QStringLiteral("\n\n---\ntitle: 글\n---\n본문\n") << 0;
    QTest::newRow("unterminated") << QStringLiteral("---\ntitle: 글\n본문\n") << false << true << QString()
                                  << QStringLiteral("---\ntitle: 글\n본문\n") << 0;
    QTest::newRow("only an opening line")
        << QStringLiteral("---") << false << false << QString() << QStringLiteral("---") << 0;
    QTest::newRow("--- inside the body") << QStringLiteral("---\na: 1\n---\n위\n\n---\n\n아래\n") << true << false
                                         << QStringLiteral("a: 1\n") << QStringLiteral("위\n\n---\n\n아래\n") << 3;
    QTest::newRow("no front matter") << QStringLiteral("# 제목\n\n---\n") << false << false << QString()
                                     << QStringLiteral("# 제목\n\n---\n") << 0;
    QTest::newRow("dashes with text are no delimiter")
        << QStringLiteral("---\na: 1\n--- b\n---\n본문") << true << false << QStringLiteral("a: 1\n--- b\n")
        << QStringLiteral("본문") << 4;
    QTest::newRow("dots do not open") << QStringLiteral("...\na: 1\n...\n") << false << false << QString()
                                      << QStringLiteral("...\na: 1\n...\n") << 0;
    QTest::newRow("four dashes do not open") << QStringLiteral("----\na: 1\n---\n") << false << false << QString()
                                             << QStringLiteral("----\na: 1\n---\n") << 0;
    // PostFile turns CRLF into LF; a raw CR still counts as white space.
    QTest::newRow("CRLF") << QStringLiteral("---\r\ntitle: 글\r\n---\r\n본문\r\n") << true << false
                          << QStringLiteral("title: 글\r\n") << QStringLiteral("본문\r\n") << 3;
    QTest::newRow("empty text") << QString() << false << false << QString() << QString() << 0;
}

void TestFrontMatter::split()
{
    QFETCH(QString, text);
    QFETCH(bool, present);
    QFETCH(bool, unterminated);
    QFETCH(QString, yaml);
    QFETCH(QString, body);
    QFETCH(int, bodyLine);

    const FrontMatterSplit s = FrontMatter::split(text);
    QCOMPARE(s.present, present);
    QCOMPARE(s.unterminated, unterminated);
    QCOMPARE(text.mid(s.yamlStart, s.yamlLength), yaml);
    QCOMPARE(text.mid(s.bodyStart), body);
    QCOMPARE(s.bodyLine, bodyLine);
    // The body line is the line on which the body's first character sits.
    QCOMPARE(text.left(s.bodyStart).count(QLatin1Char('\n')), bodyLine);
    if (present && s.bodyStart < text.size())
        QCOMPARE(s.closingLine, bodyLine - 1);
}

void TestFrontMatter::problemNamesFileAndLine()
{
    const QString text = QStringLiteral("---\ntitle: 글\n");
    const QString problem = FrontMatter::problem(FrontMatter::split(text), QStringLiteral("글.md"));
    QVERIFY2(problem.startsWith(QStringLiteral("글.md:1: ")), qPrintable(problem));
    QVERIFY(FrontMatter::problem(FrontMatter::split(QStringLiteral("---\n---\n")), QStringLiteral("a.md")).isEmpty());
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
