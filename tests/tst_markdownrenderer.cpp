// SPDX-License-Identifier: GPL-3.0-or-later
// What the preview and standalone pages add to the blog's HTML: source
// positions that count lines of the whole file, code in the editor's
// colours, blocks the page patches one by one, safety on any thread. What
// the HTML itself is, kramdown decides: see tst_dialect.
#include "frontmatter.h"
#include "htmltext.h"
#include "markdownrenderer.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace geul;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frontMatterIsNeverRendered();
    void sourcePositionsCountFileLines();
    void rawHtmlIsKept();
    void codeInTheEditorsColours();
    void blocksJoinToTheHtml();
    void threadSafe();
};

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
    QVERIFY2(html.contains(QStringLiteral("<h2 id=\"제목\" data-sourcepos=\"6:1-6:")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<p data-sourcepos=\"8:1-9:")), qPrintable(html));

    // Without front matter, lines count from 1.
    QVERIFY(MarkdownRenderer::renderPost(QStringLiteral("# 가\n"))
                .startsWith(QStringLiteral("<h1 id=\"가\" data-sourcepos=\"1:1-")));
}

void TestMarkdownRenderer::rawHtmlIsKept()
{
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    const QString html = MarkdownRenderer::renderPost(
        QStringLiteral("<details><summary>더 보기</summary>\n\n내용\n\n</details>\n\n<font color=\"red\">빨강</font>\n"),
        options);
    // kramdown keeps the element whole, blank lines and all.
    QVERIFY2(html.contains(QStringLiteral("<details><summary>더 보기</summary>\n\n내용\n\n</details>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<font color=\"red\">빨강</font>")));
}

void TestMarkdownRenderer::codeInTheEditorsColours()
{
    const QString post = QStringLiteral("```python\ndef f(): pass\n```\n\n```Python\nx = 1\n```\n");
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    const QString light = MarkdownRenderer::renderPost(post, options);
    // The blog's markup (Rouge's classes), our colours inside it.
    QVERIFY2(light.startsWith(QStringLiteral("<div class=\"language-python highlighter-rouge\"><div class=\"highlight\">"
                                             "<pre class=\"highlight\"><code><span style=")),
             qPrintable(light));
    // Rouge does not know `Python` (its names are case-sensitive): plain on
    // the blog, plain here.
    QVERIFY2(light.contains(QStringLiteral("<pre><code class=\"language-Python\">x = 1\n</code></pre>")), qPrintable(light));
    options.dark = true;
    QVERIFY(MarkdownRenderer::renderPost(post, options) != light);
    options.highlightCode = false;
    QVERIFY(!MarkdownRenderer::renderPost(post, options).contains(QStringLiteral("<span")));
}

void TestMarkdownRenderer::blocksJoinToTheHtml()
{
    const QString post = QStringLiteral("---\ntitle: a\n---\n# 제목\n\n- 가\n- 나\n\n<div>\n\n안\n\n</div>\n\n본문[^1]\n\n"
                                        "[^1]: 각주\n");
    const HtmlWriter::Output output = MarkdownRenderer::render(Reading::read(post));
    QCOMPARE(output.blocks().join(QString()), output.html);
    QCOMPARE(output.blocks().size(), 5); // heading, list, div, paragraph, footnotes
    QCOMPARE(output.blockRanges.size(), output.blocks().size());
    const HtmlBlocks blocks = HtmlBlocks::of(output.blocks());
    QCOMPARE(blocks.keys.size(), blocks.blocks.size());
    QVERIFY(!blocks.keys.first().contains(QStringLiteral("data-sourcepos")));
    QVERIFY(blocks.blocks.first().contains(QStringLiteral("data-sourcepos=\"4:1-4:")));
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

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
