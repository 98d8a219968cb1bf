// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"
#include "oracle.h"
#include "yamlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace geul;

class TestFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // yaml-cpp's English is never shown: each problem in Geul's words
    // (translated), at yaml-cpp's line and column.
    void yamlMessagesAreGeuls_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("flow map") << "title: {a: 1\n" << "the bracket { is never closed";
        QTest::newRow("flow list") << "tags: [a, b\n" << "the bracket [ is never closed";
        QTest::newRow("stray bracket") << "title: a]\nx: ]\n" << "";
        QTest::newRow("escape") << "title: \"a\\qb\"\n" << "an unknown escape (\\q) in a double-quoted text";
        QTest::newRow("anchor") << "title: *nowhere\n" << "*nowhere refers to an anchor (&nowhere) that is not defined";
        QTest::newRow("map value") << "title: a: b: c\n" << "a ':' is not allowed here; put a value that holds ': ' in quotes";
    }
    void yamlMessagesAreGeuls()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, message);
        const QString text = QStringLiteral("---\n") + yaml + QStringLiteral("---\n");
        const FrontMatter fm = FrontMatter::read(text);
        if (message.isEmpty()) {
            if (fm.error())
                QVERIFY2(!fm.error()->message.contains(QStringLiteral("not found")), qPrintable(fm.error()->message));
            return;
        }
        QVERIFY(fm.error());
        QCOMPARE(fm.error()->message, message);
        QVERIFY(fm.error()->line >= 2);
    }

    void split_data();
    void split();
    void problemNamesFileAndLine();
    void readValues_data();
    void readValues();
    void readErrors_data();
    void readErrors();
    void keyLines();
    void setValue_data();
    void setValue();
    void removeKey_data();
    void removeKey();
    void editEachKeyKeepsTheRest_data();
    void editEachKeyKeepsTheRest();
    void refusesInvalidFrontMatter();
    void invalidIsNeverEdited_data();
    void invalidIsNeverEdited();
    void readInPart_data();
    void readInPart();
    void agreesWithPsych_data();
    void agreesWithPsych();
};

namespace {

QString json(const YamlValue &value)
{
    // Wrap in an array: QJsonDocument holds arrays and objects only.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value.toJson()}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

YamlValue yaml(const QString &text)
{
    QString error;
    const auto value = YamlReader::readValue(text, &error);
    if (!value)
        qFatal("test value %s does not parse: %s", qPrintable(text), qPrintable(error));
    return *value;
}

} // namespace

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
    QTest::newRow("full-width space is no delimiter") << QStringLiteral("---\u3000\na: 1\n---\n") << false << false
                                                      << QString() << QStringLiteral("---\u3000\na: 1\n---\n") << 0;
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

void TestFrontMatter::readValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("True") << QStringLiteral("True") << QStringLiteral("true");
    QTest::newRow("false") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("yes (YAML 1.1, as Psych)") << QStringLiteral("yes") << QStringLiteral("true");
    QTest::newRow("Off") << QStringLiteral("Off") << QStringLiteral("false");
    QTest::newRow("quoted true") << QStringLiteral("\"true\"") << QStringLiteral("\"true\"");
    QTest::newRow("integer") << QStringLiteral("42") << QStringLiteral("42");
    QTest::newRow("float") << QStringLiteral("1.5") << QStringLiteral("1.5");
    QTest::newRow("date") << QStringLiteral("2024-01-02") << QStringLiteral("\"2024-01-02\"");
    QTest::newRow("time") << QStringLiteral("2024-01-02 10:00:00 +0900")
                          << QStringLiteral("\"2024-01-02 10:00:00 +0900\"");
    QTest::newRow("null") << QStringLiteral("~") << QStringLiteral("null");
    QTest::newRow("Korean")
        << QStringLiteral("2022년 회고: 밀도있는 성장").replace(QStringLiteral(": "), QStringLiteral(" - "))
        << QStringLiteral("\"2022년 회고 - 밀도있는 성장\"");
    QTest::newRow("flow list") << QStringLiteral("[Experience, 한글]") << QStringLiteral("[\"Experience\",\"한글\"]");
    QTest::newRow("block list") << QStringLiteral("\n- a\n- b") << QStringLiteral("[\"a\",\"b\"]");
    QTest::newRow("sexagesimal") << QStringLiteral("12:30") << QStringLiteral("750");
    QTest::newRow("explicit string tag") << QStringLiteral("!!str 123") << QStringLiteral("\"123\"");
    QTest::newRow("thousands comma is text") << QStringLiteral("1,000") << QStringLiteral("\"1,000\"");
    QTest::newRow("tab inside a block scalar")
        << QStringLiteral("|\n  \tcode\n  end") << QStringLiteral("\"\\tcode\\nend\\n\"");
    QTest::newRow("nested map") << QStringLiteral("{name: 글, url: x}")
                                << QStringLiteral("{\"name\":\"글\",\"url\":\"x\"}");
}

void TestFrontMatter::readValues()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString text = QStringLiteral("---\nkey: ") + value + QStringLiteral("\n---\n");
    const FrontMatter fm = FrontMatter::read(text);
    QVERIFY2(!fm.error(), qPrintable(fm.error() ? fm.error()->message : QString()));
    QCOMPARE(fm.entries().size(), 1);
    QCOMPARE(json(fm.entries().first().value), expected);
}

void TestFrontMatter::readErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("leading-space key") << QStringLiteral("---\ntitle: a\n layout: post\n---\n") << 3 << 8;
    QTest::newRow("tab indent") << QStringLiteral("---\ntags:\n\t- a\n---\n") << 3 << 1;
    QTest::newRow("unclosed quote") << QStringLiteral("---\ntitle: \"회고\nlayout: post\n---\n") << 2 << 8;
    // Reported where the bracket opens, not where yaml-cpp gives up.
    QTest::newRow("unclosed bracket") << QStringLiteral("---\ntags: [a, b\nlayout: post\n---\n") << 2 << 7;
    QTest::newRow("unclosed brace, last key") << QStringLiteral("---\na: 1\nauthor: {name: 글\n---\n") << 3 << 9;
    QTest::newRow("duplicated key") << QStringLiteral("---\ntitle: a\nlayout: post\ntitle: b\n---\n") << 4 << 1;
    QTest::newRow("not a mapping") << QStringLiteral("---\n- a\n- b\n---\n") << 2 << 1;
}

void TestFrontMatter::readErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const FrontMatter fm = FrontMatter::read(text);
    QVERIFY(fm.error());
    QVERIFY(!fm.error()->message.isEmpty());
    QCOMPARE(fm.error()->line, line);
    QCOMPARE(fm.error()->column, column);
}

void TestFrontMatter::keyLines()
{
    const QString text
        = QStringLiteral("---\n# 설정\nlayout: post\n\ntags:\n- a\n# 사이\n- b\n\n# 다음\ntitle: x\n---\n본문\n");
    const FrontMatter fm = FrontMatter::read(text);
    QCOMPARE(fm.entries().size(), 3);
    QCOMPARE(fm.entries()[0].firstLine, 2);
    QCOMPARE(fm.entries()[0].lastLine, 2);
    QCOMPARE(fm.entries()[1].firstLine, 4);
    QCOMPARE(fm.entries()[1].lastLine, 7); // the comment between items belongs, the ones after do not
    QCOMPARE(fm.entries()[2].firstLine, 10);
    QCOMPARE(fm.entries()[2].lastLine, 10);
}

void TestFrontMatter::setValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    const QString post
        = QStringLiteral("---\nlayout: post\ntitle: \"2022년 회고\"\ntags: [Experience]\ncomments: True\n"
                         "categories:\n  - 일상\n  - 개발\nsubtitle: 한 해 # 부제\n---\n\n본문\n");
    auto replaced = [&](const QString &from, const QString &to) { return QString(post).replace(from, to); };

    QTest::newRow("plain stays plain") << post << QStringLiteral("layout") << QStringLiteral("page")
                                       << replaced(QStringLiteral("layout: post"), QStringLiteral("layout: page"));
    QTest::newRow("double quotes stay") << post << QStringLiteral("title") << QStringLiteral("새 제목")
                                        << replaced(QStringLiteral("\"2022년 회고\""), QStringLiteral("\"새 제목\""));
    QTest::newRow("quote escaped") << post << QStringLiteral("title") << QStringLiteral("'그가 \"안녕\"이라 했다'")
                                   << replaced(QStringLiteral("\"2022년 회고\""),
                                               QStringLiteral("\"그가 \\\"안녕\\\"이라 했다\""));
    QTest::newRow("flow list stays flow") << post << QStringLiteral("tags") << QStringLiteral("[a, 한글]")
                                          << replaced(QStringLiteral("[Experience]"), QStringLiteral("[a, 한글]"));
    QTest::newRow("block list stays block")
        << post << QStringLiteral("categories") << QStringLiteral("[여행, 사진, 기록]")
        << replaced(QStringLiteral("  - 일상\n  - 개발"), QStringLiteral("  - 여행\n  - 사진\n  - 기록"));
    QTest::newRow("True spelling kept") << post << QStringLiteral("comments") << QStringLiteral("false")
                                        << replaced(QStringLiteral("comments: True"),
                                                    QStringLiteral("comments: False"));
    QTest::newRow("same value, same bytes") << post << QStringLiteral("comments") << QStringLiteral("true") << post;
    QTest::newRow("comment kept") << post << QStringLiteral("subtitle") << QStringLiteral("두 해")
                                  << replaced(QStringLiteral("subtitle: 한 해 # 부제"),
                                              QStringLiteral("subtitle: 두 해 # 부제"));
    QTest::newRow("value that needs quotes")
        << post << QStringLiteral("layout") << QStringLiteral("'a: b #c'")
        << replaced(QStringLiteral("layout: post"), QStringLiteral("layout: 'a: b #c'"));
    QTest::newRow("string that looks boolean")
        << post << QStringLiteral("layout") << QStringLiteral("\"yes\"")
        << replaced(QStringLiteral("layout: post"), QStringLiteral("layout: \"yes\""));
    for (const QString &lead : {QStringLiteral("[x"), QStringLiteral("*x"), QStringLiteral("&x"), QStringLiteral("!x"),
                                QStringLiteral("%x"), QStringLiteral("@x")}) {
        QTest::newRow(qPrintable(QStringLiteral("leading ") + lead.front()))
            << post << QStringLiteral("layout") << (u'"' + lead + u'"')
            << replaced(QStringLiteral("layout: post"), QStringLiteral("layout: \"") + lead + u'"');
    }
    // The quote character a user typed is kept where the old value had none.
    QTest::newRow("user's single quotes")
        << post << QStringLiteral("layout") << QStringLiteral("'it''s: x'")
        << replaced(QStringLiteral("layout: post"), QStringLiteral("layout: 'it''s: x'"));
    QTest::newRow("new key appended") << post << QStringLiteral("use_math") << QStringLiteral("true")
                                      << replaced(QStringLiteral("subtitle: 한 해 # 부제\n"),
                                                  QStringLiteral("subtitle: 한 해 # 부제\nuse_math: true\n"));
    QTest::newRow("no front matter: block inserted")
        << QStringLiteral("# 제목\n") << QStringLiteral("title") << QStringLiteral("제목")
        << QStringLiteral("---\ntitle: 제목\n---\n# 제목\n");
    QTest::newRow("empty block") << QStringLiteral("---\n---\n본문") << QStringLiteral("tags") << QStringLiteral("[a]")
                                 << QStringLiteral("---\ntags: [a]\n---\n본문");
    QTest::newRow("single quotes stay") << QStringLiteral("---\ntitle: 'It''s'\n---\n") << QStringLiteral("title")
                                        << QStringLiteral("Geul's") << QStringLiteral("---\ntitle: 'Geul''s'\n---\n");
    QTest::newRow("dots terminator, CRLF-free") << QStringLiteral("---\na: 1\n...\n") << QStringLiteral("a")
                                                << QStringLiteral("2") << QStringLiteral("---\na: 2\n...\n");
    QTest::newRow("nested map replaced") << QStringLiteral("---\nauthor:\n  name: 글\n  url: x\nb: 1\n---\n")
                                         << QStringLiteral("author") << QStringLiteral("글쓴이")
                                         << QStringLiteral("---\nauthor: 글쓴이\nb: 1\n---\n");
    QTest::newRow("scalar to list") << QStringLiteral("---\ntags: 하나\n---\n") << QStringLiteral("tags")
                                    << QStringLiteral("[하나, 둘]") << QStringLiteral("---\ntags: [하나, 둘]\n---\n");
    QTest::newRow("block list emptied") << QStringLiteral("---\ntags:\n- a\n---\n") << QStringLiteral("tags")
                                        << QStringLiteral("[]") << QStringLiteral("---\ntags: []\n---\n");
    QTest::newRow("block list at column 0")
        << QStringLiteral("---\ntags:\n- a\nz: 1\n---\n") << QStringLiteral("tags") << QStringLiteral("[b, c]")
        << QStringLiteral("---\ntags:\n- b\n- c\nz: 1\n---\n");
    QTest::newRow("date stays plain") << QStringLiteral("---\ndate: 2024-01-02 10:00:00 +0900\n---\n")
                                      << QStringLiteral("date") << QStringLiteral("2024-03-01 09:30:00 +0900")
                                      << QStringLiteral("---\ndate: 2024-03-01 09:30:00 +0900\n---\n");
    QTest::newRow("quoted key") << QStringLiteral("---\n\"typora-root-url\": ../\n---\n")
                                << QStringLiteral("typora-root-url") << QStringLiteral("../../")
                                << QStringLiteral("---\n\"typora-root-url\": ../../\n---\n");
    QTest::newRow("doubled single quote and #")
        << QStringLiteral("---\ntitle: 'it''s # x'\n---\n") << QStringLiteral("title") << QStringLiteral("new")
        << QStringLiteral("---\ntitle: 'new'\n---\n");
    QTest::newRow("comment on a block list's key line")
        << QStringLiteral("---\ntags: # 분류\n- a\nz: 1\n---\n") << QStringLiteral("tags") << QStringLiteral("[b]")
        << QStringLiteral("---\ntags: # 분류\n- b\nz: 1\n---\n");
    QTest::newRow("comment after a block list stays")
        << QStringLiteral("---\ntags:\n  - a\n  # 다음 키\nz: 1\n---\n") << QStringLiteral("tags")
        << QStringLiteral("[b]") << QStringLiteral("---\ntags:\n  - b\n  # 다음 키\nz: 1\n---\n");
    QTest::newRow("number-like text is quoted")
        << QStringLiteral("---\nprice: 원\n---\n") << QStringLiteral("price") << QStringLiteral("'1,000'")
        << QStringLiteral("---\nprice: '1,000'\n---\n");
    QTest::newRow("sexagesimal-looking text is quoted")
        << QStringLiteral("---\ntime: 아침\n---\n") << QStringLiteral("time") << QStringLiteral("\"12:30\"")
        << QStringLiteral("---\ntime: \"12:30\"\n---\n");
    QTest::newRow("trailing spaces on delimiters") << QStringLiteral("---  \na: 1\n--- \n") << QStringLiteral("a")
                                                   << QStringLiteral("2") << QStringLiteral("---  \na: 2\n--- \n");
}

void TestFrontMatter::setValue()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const FrontMatter::Edit edit = FrontMatter::setValue(text, key, yaml(value));
    QVERIFY2(edit.text, qPrintable(edit.refusal));
    QCOMPARE(*edit.text, expected);
}

void TestFrontMatter::removeKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one line") << QStringLiteral("---\na: 1\nb: 2\n---\n") << QStringLiteral("a")
                              << QStringLiteral("---\nb: 2\n---\n");
    QTest::newRow("block list, comment above stays")
        << QStringLiteral("---\n# 분류\ntags:\n  - a\n  - b\n\nz: 1\n---\n") << QStringLiteral("tags")
        << QStringLiteral("---\n# 분류\n\nz: 1\n---\n");
    QTest::newRow("missing key: unchanged")
        << QStringLiteral("---\na: 1\n---\n") << QStringLiteral("b") << QStringLiteral("---\na: 1\n---\n");
    QTest::newRow("last key") << QStringLiteral("---\na: 1\nb: 2\n---\n본문") << QStringLiteral("b")
                              << QStringLiteral("---\na: 1\n---\n본문");
}

void TestFrontMatter::removeKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const FrontMatter::Edit edit = FrontMatter::removeKey(text, key);
    QVERIFY2(edit.text, qPrintable(edit.refusal));
    QCOMPARE(*edit.text, expected);
}

void TestFrontMatter::editEachKeyKeepsTheRest_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Typora post") << QStringLiteral(
        "---\nlayout: post\ntitle: \"2022년 회고: 밀도있는 성장\"\nsubtitle: 한 해를 마무리하며 작성한 글입니다.\n"
        "tags: [Experience]\ncategories: Engineering\nauthor: Pebpung\ncomments: True\ntypora-root-url: ../\nuse_math: "
        "true\n---\n\n## 본문\n");
    QTest::newRow("comments and blank lines") << QStringLiteral(
        "---\n# 글 설정\nlayout: post   # 레이아웃\n\n# 분류\ncategories:\n  - 일상\n  # 숨김\n  - 개발\n\n"
        "title: '작은 따옴표'\npublished: yes\n---\n본문\n");
    QTest::newRow("nested map and block list at column 0")
        << QStringLiteral("---\nauthor:\n  name: 글쓴이\n  email: a@example.com\ntags:\n- 하나\n- 둘\ndate: 2024-01-02 "
                          "10:00:00 +0900\n...\n본문");
    QTest::newRow("trailing spaces, empty values")
        << QStringLiteral("---   \nexcerpt:\npermalink: /글/\nsitemap: false\n---\n");
    QTest::newRow("empty values and a value with ': '") << QStringLiteral(
        "---\ntitle: \"회고: 2022\"\nsubtitle: '부제: 하나'\nnote: a:b\ncomments: False\nexcerpt:\n---\n");
    QTest::newRow("CRLF kept as raw CR") << QStringLiteral("---\r\ntitle: 글\r\nlayout: post\r\n---\r\n본문\r\n");
}

void TestFrontMatter::editEachKeyKeepsTheRest()
{
    QFETCH(QString, text);
    const FrontMatter fm = FrontMatter::read(text);
    QVERIFY2(!fm.error(), qPrintable(fm.error() ? fm.error()->message : QString()));
    QVERIFY(!fm.entries().isEmpty());
    const QStringList lines = text.split(u'\n');

    for (const YamlEntry &entry : fm.entries()) {
        YamlValue value;
        if (entry.value.kind == YamlValue::Kind::List)
            value = yaml(QStringLiteral("[바뀐 값, \"둘: 셋\"]"));
        else if (entry.value.kind == YamlValue::Kind::Bool)
            value = yaml(entry.value.boolean ? QStringLiteral("false") : QStringLiteral("true"));
        else
            value = yaml(QStringLiteral("\"바뀐 값: #1\""));

        const FrontMatter::Edit edit = FrontMatter::setValue(text, entry.key, value);
        QVERIFY2(edit.text, qPrintable(entry.key + QStringLiteral(": ") + edit.refusal));
        const QStringList after = edit.text->split(u'\n');
        // Every line before and after the key's lines is the same.
        QCOMPARE(after.mid(0, entry.firstLine), lines.mid(0, entry.firstLine));
        const qsizetype tail = lines.size() - entry.lastLine - 1;
        QCOMPARE(after.mid(after.size() - tail), lines.mid(lines.size() - tail));
        // The key reads back with the new value, the others with their old ones.
        const FrontMatter reread = FrontMatter::read(*edit.text);
        QVERIFY(!reread.error());
        QCOMPARE(reread.entry(entry.key)->value.toJson(), value.toJson());
        for (const YamlEntry &other : fm.entries()) {
            if (other.key != entry.key)
                QCOMPARE(reread.entry(other.key)->value.toJson(), other.value.toJson());
        }

        const FrontMatter::Edit removed = FrontMatter::removeKey(text, entry.key);
        QVERIFY(removed.text);
        QStringList expected = lines;
        expected.remove(entry.firstLine, entry.lastLine - entry.firstLine + 1);
        QCOMPARE(removed.text->split(u'\n'), expected);
    }
}

void TestFrontMatter::refusesInvalidFrontMatter()
{
    const QString text = QStringLiteral("---\ntitle: \"회고\ntags: [a\n---\n본문\n");
    const FrontMatter::Edit edit = FrontMatter::setValue(text, QStringLiteral("title"), yaml(QStringLiteral("새")));
    QVERIFY(!edit.text);
    QVERIFY(edit.yamlError);
    QVERIFY(edit.yamlError->line >= 2);
    QVERIFY(!FrontMatter::setValue(QStringLiteral("---\na: 1\n"), QStringLiteral("a"), yaml(QStringLiteral("2"))).text);
    QVERIFY(!FrontMatter::removeKey(text, QStringLiteral("title")).text);
    // Removing an anchor others use, or a key of a flow mapping, is refused.
    QVERIFY(!FrontMatter::removeKey(QStringLiteral("---\nbase: &b 글\ncopy: *b\n---\n"), QStringLiteral("base")).text);
    QVERIFY(!FrontMatter::removeKey(QStringLiteral("---\n{a: 1, b: 2}\n---\n"), QStringLiteral("b")).text);
    QVERIFY(!FrontMatter::setValue(QStringLiteral("---\n{a: 1, b: 2}\n---\n"), QStringLiteral("b"),
                                   yaml(QStringLiteral("3")))
                 .text);
    // An anchor others may refer to is not rewritten.
    const QString anchored = QStringLiteral("---\nbase: &b 글\ncopy: *b\n---\n");
    const FrontMatter::Edit refused
        = FrontMatter::setValue(anchored, QStringLiteral("base"), yaml(QStringLiteral("새")));
    QVERIFY(!refused.text);
    QVERIFY(refused.refusal.contains(u'&'));
}

void TestFrontMatter::invalidIsNeverEdited_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    const QString tail = QStringLiteral("comments: True\n---\n본문\n");
    QTest::newRow("leading-space key") << QStringLiteral("---\ntitle: 글\n tags: [a]\n") + tail << 3;
    QTest::newRow("tab") << QStringLiteral("---\ntags:\n\t- a\n") + tail << 3;
    QTest::newRow("duplicated key") << QStringLiteral("---\ntitle: 글\ntitle: 또\n") + tail << 3;
    QTest::newRow("unclosed bracket") << QStringLiteral("---\ntags: [a, 한글\n") + tail << 2;
    QTest::newRow("unclosed quote") << QStringLiteral("---\ntitle: '회고\n") + tail << 2;
}

void TestFrontMatter::invalidIsNeverEdited()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const FrontMatter fm = FrontMatter::read(text);
    QVERIFY(fm.error());
    QCOMPARE(fm.error()->line, line);
    for (const QString &key :
         {QStringLiteral("title"), QStringLiteral("tags"), QStringLiteral("comments"), QStringLiteral("new")}) {
        const FrontMatter::Edit set = FrontMatter::setValue(text, key, yaml(QStringLiteral("x")));
        QVERIFY(!set.text);
        QVERIFY(set.yamlError);
        QCOMPARE(set.yamlError->line, line);
        QVERIFY(!FrontMatter::removeKey(text, key).text);
    }
}

void TestFrontMatter::readInPart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys"); // what Jekyll reads
    QTest::addColumn<int>("line"); // the first line it ignores
    QTest::addColumn<int>("lastLine");
    // The post of the issue: the first key is indented by one space, so
    // Psych reads `title` and drops the rest without a word.
    QTest::newRow("first key indented")
        << QStringLiteral("---\n title: \"p_value History\"\nexcerpt: \"p-value의 역사\"\ncategories:\n  - Stats\n"
                          "tags:\n  - [통계, p-value]\ntoc: true\ntoc_sticky: true\nuse_math: true\n---\n\n본문\n")
        << QStringList{QStringLiteral("title")} << 3 << 10;
    QTest::newRow("two keys indented, then one that is not")
        << QStringLiteral("---\n  title: 글\n  layout: post\ntags: [a]\n\n# 끝\n---\n")
        << QStringList{QStringLiteral("title"), QStringLiteral("layout")} << 4 << 4;
    QTest::newRow("after a comment line") << QStringLiteral("---\n# 설정\n title: 글\nlayout: post\n---\n")
                                          << QStringList{QStringLiteral("title")} << 4 << 4;
}

void TestFrontMatter::readInPart()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QFETCH(int, line);
    QFETCH(int, lastLine);
    const FrontMatter fm = FrontMatter::read(text);
    QVERIFY(!fm.error());
    QVERIFY(fm.ignored());
    QCOMPARE(fm.ignored()->line, line);
    QCOMPARE(fm.ignored()->column, 1);
    QCOMPARE(fm.ignored()->lastLine, lastLine);
    QVERIFY2(fm.ignored()->message.contains(QString::number(line)), qPrintable(fm.ignored()->message));
    QStringList read;
    for (const YamlEntry &entry : fm.entries()) {
        read << entry.key;
        // The keys Jekyll reads own no line of the part it ignores.
        QVERIFY(entry.lastLine < line - 1);
    }
    QCOMPARE(read, keys);

    // Every edit is refused, naming where and why; the text stays.
    for (const QString &key : {keys.first(), QStringLiteral("layout"), QStringLiteral("new")}) {
        const FrontMatter::Edit set = FrontMatter::setValue(text, key, yaml(QStringLiteral("X")));
        QVERIFY(!set.text);
        QVERIFY(set.yamlError);
        QCOMPARE(set.yamlError->line, line);
        QVERIFY2(set.refusal.contains(QStringLiteral("line %1, column 1").arg(line)), qPrintable(set.refusal));
        QVERIFY(!FrontMatter::removeKey(text, key).text);
    }
}

void TestFrontMatter::agreesWithPsych_data()
{
    QTest::addColumn<QString>("block"); // between the delimiter lines
    QTest::newRow("plain post") << QStringLiteral("layout: post\ntitle: 회고\ntags: [회고, 2022]\ncomments: True\n");
    QTest::newRow("first key indented")
        << QStringLiteral(" title: \"p_value History\"\nexcerpt: 역사\ncategories:\n  - Stats\ntoc: true\n");
    QTest::newRow("all keys indented alike") << QStringLiteral("  title: 글\n  layout: post\n");
    QTest::newRow("indented keys, then one at column 0")
        << QStringLiteral("  title: 글\n  layout: post\ntags: [a]\n");
    QTest::newRow("comment, then an indented key") << QStringLiteral("# 설정\n title: 글\nlayout: post\n");
    QTest::newRow("list at the key's indentation") << QStringLiteral("tags:\n- 하나\n- 둘\ntitle: 글\n");
    QTest::newRow("nested map") << QStringLiteral("author:\n  name: 글쓴이\n  email: a@example.com\ntitle: 글\n");
    QTest::newRow("block scalar")
        << QStringLiteral("excerpt: |\n  첫 줄\n  둘째 줄\ntitle: 글\n");
    QTest::newRow("plain scalar over two lines") << QStringLiteral("title: 긴\n  제목\nlayout: post\n");
    QTest::newRow("ignored part that would not parse")
        << QStringLiteral(" title: 글\nlayout: [post\n");
    QTest::newRow("dedent inside a nested map") << QStringLiteral("a:\n    b: 1\n  c: 2\nd: 3\n");
}

void TestFrontMatter::agreesWithPsych()
{
    QFETCH(QString, block);
    // Jekyll hands Psych the block with its opening line.
    QString error;
    const QJsonDocument answer = test::runJsonOracle(QStringLiteral("psych-read.rb"),
                                                     QJsonDocument(QJsonArray{QString(QStringLiteral("---\n") + block)}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject psych = answer.array().first().toObject();

    const FrontMatter fm = FrontMatter::read(QString(QStringLiteral("---\n") + block + QStringLiteral("---\n본문\n")));
    QCOMPARE(bool(fm.error()), !psych.value(QStringLiteral("error")).isNull());
    if (fm.error())
        return;
    QStringList keys;
    for (const YamlEntry &entry : fm.entries())
        keys << entry.key;
    QStringList psychKeys;
    for (const QJsonValue &key : psych.value(QStringLiteral("keys")).toArray())
        psychKeys << key.toString();
    QCOMPARE(keys, psychKeys);
    for (const YamlEntry &entry : fm.entries())
        QCOMPARE(entry.value.toJson(), psych.value(QStringLiteral("values")).toObject().value(entry.key));
    QCOMPARE(bool(fm.ignored()), psych.value(QStringLiteral("partial")).toBool());
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
