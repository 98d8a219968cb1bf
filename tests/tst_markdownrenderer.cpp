// SPDX-License-Identifier: GPL-3.0-or-later
// Reference-file tests: tests/data/render/NAME.md renders to NAME.html.
// After an intended change of the output, regenerate the references with
// scripts/regenerate-render-references and review the diff.
#include "frontmatter.h"
#include "htmltext.h"
#include "markdownrenderer.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace geul;

namespace {

QString renderDir()
{
    return QStringLiteral(GEUL_TEST_DATA "/render");
}

bool regenerating()
{
    return qEnvironmentVariableIntValue("GEUL_REGENERATE_REFERENCES") == 1;
}

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void references_data();
    void references();
    void frontMatterIsNeverRendered();
    void sourcePositionsCountFileLines();
    void rawHtmlIsKept();
    void threadSafe();
    void splitsTopLevelBlocks();
    void bareRenderMatches();
};

void TestMarkdownRenderer::references_data()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs = QDir(renderDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(inputs.size() >= 6);
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << input.chopped(3);
}

void TestMarkdownRenderer::references()
{
    QFETCH(QString, name);
    const QString input = QString::fromUtf8(test::readAll(renderDir() + u'/' + name + QStringLiteral(".md")));
    const QString referencePath = renderDir() + u'/' + name + QStringLiteral(".html");
    const QString actual = MarkdownRenderer::renderPost(input);
    QVERIFY(!actual.isEmpty());

    if (regenerating()) {
        QVERIFY(test::writeAll(referencePath, actual.toUtf8()));
        QSKIP("reference written");
    }
    QVERIFY2(QFile::exists(referencePath), qPrintable(referencePath + QStringLiteral(" is missing")));
    const QString expected = QString::fromUtf8(test::readAll(referencePath));
    const QString diff = test::lineDiff(expected, actual);
    QVERIFY2(diff.isEmpty(), qPrintable(name + QStringLiteral(".html differs, ") + diff));
}

void TestMarkdownRenderer::frontMatterIsNeverRendered()
{
    const QString post = QStringLiteral("---\nlayout: post\ntitle: \"회고\"\ntypora-root-url: ../\n---\n\n첫 문단\n");
    const QString html = MarkdownRenderer::renderPost(post);
    QVERIFY2(html.startsWith(QStringLiteral("<p data-sourcepos=\"7:1-7:")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("layout")));
    QVERIFY(!html.contains(QStringLiteral("typora-root-url")));
    QVERIFY(!html.contains(QStringLiteral("<hr")));
}

void TestMarkdownRenderer::sourcePositionsCountFileLines()
{
    // Line 1 to 4 front matter, the heading on line 6, the paragraph on line 8.
    const QString post = QStringLiteral("---\ntitle: 글\ntags: [a]\n---\n\n## 제목\n\n문단 하나\n둘\n");
    const QString html = MarkdownRenderer::renderPost(post);
    QVERIFY2(html.contains(QStringLiteral("<h2 data-sourcepos=\"6:1-6:")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<p data-sourcepos=\"8:1-9:")), qPrintable(html));

    // Without front matter, lines count from 1.
    QVERIFY(
        MarkdownRenderer::renderPost(QStringLiteral("# 가\n")).startsWith(QStringLiteral("<h1 data-sourcepos=\"1:1-")));
}

void TestMarkdownRenderer::rawHtmlIsKept()
{
    const QString html = MarkdownRenderer::renderBody(QStringLiteral(
        "<details><summary>더 보기</summary>\n\n내용\n\n</details>\n\n<font color=\"red\">빨강</font>\n"));
    QVERIFY(html.contains(QStringLiteral("<details><summary>더 보기</summary>")));
    QVERIFY(html.contains(QStringLiteral("<font color=\"red\">빨강</font>")));
}

void TestMarkdownRenderer::threadSafe()
{
    // Posts long enough that parses overlap, full of what extensions parse.
    QStringList posts;
    for (int i = 0; i < 32; ++i) {
        // Half of them with math, whose extension adds its own characters.
        QString post = QStringLiteral("---\ni: %1\nuse_math: %2\n---\n# 제목 %1 $x_%1$\n\n")
                           .arg(i)
                           .arg(i % 2 ? QStringLiteral("true") : QStringLiteral("false"));
        for (int k = 0; k < 40; ++k) {
            post
                += QStringLiteral("| a | b |\n|---|---|\n| %1 | ~~취소~~ |\n\n- [x] 완료 https://example.com/%1 "
                                  "www.example.com ~~선~~ [^n%2] $a_%1$ \\(b\\)\n\n[^n%2]: 각주 %1\n\n$$\nx_%2\n$$\n\n")
                       .arg(i)
                       .arg(k);
        }
        posts << post;
    }
    QStringList expected;
    for (const QString &post : posts)
        expected << MarkdownRenderer::renderPost(post);
    for (int round = 0; round < 4; ++round) {
        const QStringList parallel = QtConcurrent::blockingMapped(
            posts, [](const QString &post) { return MarkdownRenderer::renderPost(post); });
        for (qsizetype i = 0; i < posts.size(); ++i)
            QVERIFY2(parallel[i] == expected[i], qPrintable(test::lineDiff(expected[i], parallel[i])));
    }
}

void TestMarkdownRenderer::splitsTopLevelBlocks()
{
    const QString html = QStringLiteral(
        "<h1 data-sourcepos=\"1:1-1:5\" id=\"제목\">제목</h1>\n<ul>\n<li>가<ul><li>나</li></ul></li>\n</ul>\n"
        "<!-- <div> --><div class='a>b'><p>안</p></div>\n<script>if (a < b) { x = '</div>'; }</script>\n"
        "<img src=\"x.png\">\n<br/>\n<center>열림\n<p>끝</p>\n");
    const QStringList pieces = splitTopLevel(html);
    QCOMPARE(pieces.join(QString()), html);
    QCOMPARE(pieces, QStringList({QStringLiteral("<h1 data-sourcepos=\"1:1-1:5\" id=\"제목\">제목</h1>\n"),
                                  QStringLiteral("<ul>\n<li>가<ul><li>나</li></ul></li>\n</ul>\n"),
                                  QStringLiteral("<!-- <div> --><div class='a>b'><p>안</p></div>\n"),
                                  QStringLiteral("<script>if (a < b) { x = '</div>'; }</script>\n"),
                                  QStringLiteral("<img src=\"x.png\">\n"), QStringLiteral("<br/>\n"),
                                  // Left open, an element keeps the rest, as a browser nests it.
                                  QStringLiteral("<center>열림\n<p>끝</p>\n")}));
    // Every reference output splits into pieces that join back.
    for (const QString &name : QDir(QStringLiteral(GEUL_TEST_DATA "/render")).entryList({QStringLiteral("*.html")})) {
        const QString reference = QString::fromUtf8(test::readAll(QStringLiteral(GEUL_TEST_DATA "/render/") + name));
        QCOMPARE(splitTopLevel(reference).join(QString()), reference);
        QVERIFY2(splitTopLevel(reference).size() > 1, qPrintable(name));
    }
}

void TestMarkdownRenderer::bareRenderMatches()
{
    // No heading: the renderer gives headings kramdown's ids on top.
    const QString body = QStringLiteral("**제목**\n\n| a |\n|---|\n| 1 |\n");
    QCOMPARE(QString::fromUtf8(MarkdownRenderer::renderBareUtf8(body.toUtf8())), MarkdownRenderer::renderBody(body));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
