// SPDX-License-Identifier: GPL-3.0-or-later
// The writing shortcuts' Markdown and Find/Replace, with Hangul; the
// marked text is judged by kramdown, which must read what was meant.
#include "markdownformat.h"
#include "oracle.h"
#include "textsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace geul;
using MarkdownFormat::Edit;

namespace {

// @p text with [ and ] marking the selection; returns the text without them.
QString selection(QString text, qsizetype *start, qsizetype *end)
{
    *start = text.indexOf(u'[');
    text.remove(*start, 1);
    *end = text.indexOf(u']');
    text.remove(*end, 1);
    return text;
}

// The edit applied, with the new selection marked by [ and ].
QString applied(const QString &text, const Edit &edit)
{
    QString out = text;
    out.replace(edit.start, edit.end - edit.start, edit.text);
    out.insert(edit.selectionEnd, u']');
    out.insert(edit.selectionStart, u'[');
    return out;
}

} // namespace

class TestWritingTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inlineMarks_data()
    {
        QTest::addColumn<QString>("before"); // [selection]
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("after");
        const int bold = int(MarkdownFormat::Inline::Bold);
        const int italic = int(MarkdownFormat::Inline::Italic);
        const int code = int(MarkdownFormat::Inline::Code);
        const int strike = int(MarkdownFormat::Inline::Strikethrough);
        QTest::newRow("bold") << "한글 [입력]기" << bold << "한글 **[입력]**기";
        QTest::newRow("bold off") << "한글 **[입력]**기" << bold << "한글 [입력]기";
        QTest::newRow("bold off, marks selected") << "한글 [**입력**]기" << bold << "한글 [입력]기";
        QTest::newRow("spaces stay outside") << "가[ 나다 ]라" << bold << "가 **[나다]** 라";
        QTest::newRow("empty: a pair") << "가[]나" << bold << "가**[]**나";
        QTest::newRow("empty pair off") << "가**[]**나" << bold << "가[]나";
        QTest::newRow("italic") << "[기울임]" << italic << "*[기울임]*";
        QTest::newRow("italic is not bold's half") << "**[굵게]**" << italic << "***[굵게]***";
        QTest::newRow("italic off inside bold") << "***[굵게]***" << italic << "**[굵게]**";
        QTest::newRow("code") << "[printf()]를" << code << "`[printf()]`를";
        QTest::newRow("code with a tick") << "[a`b]" << code << "`` [a`b] ``";
        QTest::newRow("strike") << "[취소]" << strike << "~~[취소]~~";
        QTest::newRow("lines each") << "[첫 줄\n\n둘째 줄]" << bold << "[**첫 줄**\n\n**둘째 줄**]";
        QTest::newRow("lines each off") << "[**첫 줄**\n**둘째 줄**]" << bold << "[첫 줄\n둘째 줄]";
    }
    void inlineMarks()
    {
        QFETCH(QString, before);
        QFETCH(int, kind);
        QFETCH(QString, after);
        qsizetype start = 0, end = 0;
        const QString text = selection(before, &start, &end);
        QCOMPARE(applied(text, MarkdownFormat::toggleInline(text, start, end, MarkdownFormat::Inline(kind))), after);
    }

    void lineFormats_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("after");
        QTest::newRow("h2") << "가\n제[]목\n나" << "h2" << "가\n## 제[]목\n나";
        QTest::newRow("h2 to h3") << "## 제[]목" << "h3" << "### 제[]목";
        QTest::newRow("h2 off") << "## 제[]목" << "h2" << "제[]목";
        QTest::newRow("bullets") << "[사과\n배]" << "bullet" << "[- 사과\n- 배]";
        QTest::newRow("bullets off") << "[- 사과\n- 배]" << "bullet" << "[사과\n배]";
        QTest::newRow("numbers") << "[사과\n\n배]" << "numbered" << "[1. 사과\n\n2. 배]";
        QTest::newRow("bullets become numbers") << "[- 사과\n  - 배]" << "numbered" << "[1. 사과\n  2. 배]";
        QTest::newRow("quote") << "[인용\n문]" << "quote" << "[> 인용\n> 문]";
        QTest::newRow("quote off") << "[> 인용\n> 문]" << "quote" << "[인용\n문]";
        QTest::newRow("selection ending at a line start") << "[가\n]나" << "bullet" << "- [가]\n나";
        QTest::newRow("fence") << "앞\n[코드\n줄]\n뒤" << "fence" << "앞\n[```\n코드\n줄\n```]\n뒤";
        QTest::newRow("fence around fences") << "[보기:\n```\nx\n```]" << "fence" << "[````\n보기:\n```\nx\n```\n````]";
        QTest::newRow("fence off") << "[```\nx\n```]\n" << "unfence" << "[x]\n";
        QTest::newRow("empty fence") << "가[]" << "fence" << "가\n```\n[]\n```";
    }
    void lineFormats()
    {
        QFETCH(QString, before);
        QFETCH(QString, what);
        QFETCH(QString, after);
        qsizetype start = 0, end = 0;
        const QString text = selection(before, &start, &end);
        Edit edit;
        if (what.startsWith(u'h'))
            edit = MarkdownFormat::heading(text, start, end, what.sliced(1).toInt());
        else if (what == u"bullet")
            edit = MarkdownFormat::toggleLines(text, start, end, MarkdownFormat::Lines::Bullet);
        else if (what == u"numbered")
            edit = MarkdownFormat::toggleLines(text, start, end, MarkdownFormat::Lines::Numbered);
        else if (what == u"quote")
            edit = MarkdownFormat::toggleLines(text, start, end, MarkdownFormat::Lines::Quote);
        else
            edit = MarkdownFormat::codeFence(text, start, end);
        QCOMPARE(applied(text, edit), after);
    }

    void links()
    {
        const QString text = QStringLiteral("글 링크 끝");
        // A URL on the clipboard becomes the target.
        Edit edit = MarkdownFormat::link(text, 2, 4, QStringLiteral("https://example.com/한글"));
        QCOMPARE(applied(text, edit), QStringLiteral("글 [링크](https://example.com/한글)[] 끝"));
        // Without one, the target is left to type.
        edit = MarkdownFormat::link(text, 2, 4, {});
        QCOMPARE(applied(text, edit), QStringLiteral("글 [링크]([]) 끝"));
        // A selected URL: the label is left to type.
        const QString url = QStringLiteral("https://a.kr");
        edit = MarkdownFormat::link(url, 0, url.size(), {});
        QCOMPARE(applied(url, edit), QStringLiteral("[[https://a.kr]](https://a.kr)"));
        // A target with a space is put in <>.
        edit = MarkdownFormat::link(text, 2, 4, QStringLiteral("/images/a b.png"));
        QCOMPARE(edit.text, QStringLiteral("[링크](</images/a b.png>)"));
        QVERIFY(MarkdownFormat::isUrl(QStringLiteral("https://x.kr/a?b=1")));
        QVERIFY(MarkdownFormat::isUrl(QStringLiteral("/assets/img/a.png")));
        QVERIFY(!MarkdownFormat::isUrl(QStringLiteral("그냥 글")));
    }

    // kramdown reads the marks as meant, Hangul around and inside.
    void kramdownReadsTheMarks()
    {
        using namespace MarkdownFormat;
        struct Case
        {
            QString text;
            Edit edit;
            QString html;
        };
        const QString bold = QStringLiteral("아주 굵게요");
        const QString italic = QStringLiteral("기울임꼴이다");
        const QString code = QStringLiteral("함수 printf를 쓴다");
        const QString strike = QStringLiteral("취소선 글");
        const QString link = QStringLiteral("여기 링크");
        const QString heading = QStringLiteral("첫 제목");
        const QString list = QStringLiteral("사과\n배");
        const QString quote = QStringLiteral("인용문\n둘째 줄");
        const QString fence = QStringLiteral("int main() {}\n`틱`");
        const QList<Case> cases = {
            {bold, toggleInline(bold, 3, 5, Inline::Bold), QStringLiteral("<p>아주 <strong>굵게</strong>요</p>")},
            {italic, toggleInline(italic, 0, 3, Inline::Italic), QStringLiteral("<p><em>기울임</em>꼴이다</p>")},
            {code, toggleInline(code, 3, 9, Inline::Code), QStringLiteral("highlighter-rouge\">printf</code>를 쓴다</p>")},
            {strike, toggleInline(strike, 0, 3, Inline::Strikethrough), QStringLiteral("<p><del>취소선</del> 글</p>")},
            {link, MarkdownFormat::link(link, 3, 5, QStringLiteral("https://a.kr/글")),
             QStringLiteral("<p>여기 <a href=\"https://a.kr/글\">링크</a></p>")},
            {heading, MarkdownFormat::heading(heading, 1, 1, 2), QStringLiteral("<h2 id=\"첫-제목\">첫 제목</h2>")},
            {list, toggleLines(list, 0, list.size(), Lines::Numbered),
             QStringLiteral("<ol>\n  <li>사과</li>\n  <li>배</li>\n</ol>")},
            {quote, toggleLines(quote, 0, quote.size(), Lines::Quote),
             QStringLiteral("<blockquote>\n  <p>인용문\n둘째 줄</p>\n</blockquote>")},
            {fence, codeFence(fence, 0, fence.size()),
             QStringLiteral("<pre class=\"highlight\"><code>int main() {}\n`틱`\n</code></pre>")},
        };
        QJsonArray documents;
        for (const Case &c : cases)
            documents.append(QString(c.text).replace(c.edit.start, c.edit.end - c.edit.start, c.edit.text));
        QString error;
        const QJsonDocument html = test::runJsonOracle(
            QStringLiteral("markdown-render.rb"), QJsonDocument(QJsonObject{{QStringLiteral("documents"), documents}}),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QString got = html.array().at(i).toString().trimmed();
            QVERIFY2(got.contains(cases[i].html),
                     qPrintable(documents.at(i).toString() + QStringLiteral("\n=> ") + got));
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("replaced");
        QTest::addColumn<int>("count");
        QTest::newRow("hangul") << "한글 입력, 한글을 쓴다" << "한글" << false << false << false << "우리말"
                                << "우리말 입력, 우리말을 쓴다" << 2;
        QTest::newRow("whole hangul word") << "한글 입력, 한글을 쓴다" << "한글" << false << true << false << "우리말"
                                           << "우리말 입력, 한글을 쓴다" << 1;
        QTest::newRow("case") << "Qt qt QT" << "qt" << true << false << false << "큐트" << "Qt 큐트 QT" << 1;
        QTest::newRow("no case") << "Qt qt QT" << "qt" << false << false << false << "큐트" << "큐트 큐트 큐트" << 3;
        QTest::newRow("regex groups") << "2024-01-02, 2023-12-31" << "(\\d{4})-(\\d\\d)-(\\d\\d)" << false << false
                                      << true << "\\3.\\2.$1" << "02.01.2024, 31.12.2023" << 2;
        QTest::newRow("regex lines") << "가\n나\n" << "^(.)$" << false << false << true << "- \\1"
                                     << "- 가\n- 나\n" << 2;
        QTest::newRow("dots are text") << "a.b axb" << "a.b" << false << false << false << "X" << "X axb" << 1;
        // NFD Hangul (macOS): found by the NFC a writer types, replaced
        // whole, and the NFD around it kept as it is.
        const QString nfd = QString::fromUtf8("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab\xe1\x84\x80\xe1\x85\xb3\xe1\x86\xaf");
        QTest::newRow("nfd text, nfc pattern") << QStringLiteral("%1 입력 %1").arg(nfd) << "한글" << false << false << false
                                               << "우리말" << "우리말 입력 우리말" << 2;
        QTest::newRow("nfd syllable") << nfd << "글" << false << false << false << "자"
                                      << nfd.left(3) + QStringLiteral("자") << 1;
        QTest::newRow("nfd pattern") << "한글" << nfd << false << false << false << "x" << "x" << 1;
        QTest::newRow("nfd whole word") << QStringLiteral("%1을 %1").arg(nfd) << "한글" << false << true << false << "X"
                                        << nfd + QStringLiteral("을 X") << 1;
        QTest::newRow("nfd regex group") << QStringLiteral("%1 입력").arg(nfd) << "(한)(글)" << false << false << true
                                         << "\\2\\1" << "글한 입력" << 1;
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWord);
        QFETCH(bool, regex);
        QFETCH(QString, replacement);
        QFETCH(QString, replaced);
        QFETCH(int, count);
        const TextSearch search(pattern, {caseSensitive, wholeWord, regex});
        QVERIFY(search.isValid());
        int n = -1;
        QCOMPARE(search.replaceAll(text, replacement, &n), replaced);
        QCOMPARE(n, count);
        QCOMPARE(search.matches(text).size(), count);
    }

    void searchSteps()
    {
        const QString text = QStringLiteral("가 나 가 나 가");
        const TextSearch search(QStringLiteral("가"), {});
        QCOMPARE(search.next(text, 1)->start, 4);
        QCOMPARE(search.next(text, 9)->start, 0); // wraps
        QCOMPARE(search.next(text, 4, true)->start, 0);
        QCOMPARE(search.next(text, 0, true)->start, 8); // wraps back
        QVERIFY(!TextSearch(QStringLiteral("없다"), {}).next(text, 0));
        const TextSearch bad(QStringLiteral("(가"), {false, false, true});
        QVERIFY(!bad.isValid());
        QVERIFY(!bad.error().isEmpty());
        QVERIFY(bad.matches(text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWritingTools)
#include "tst_writingtools.moc"
