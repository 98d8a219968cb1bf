// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"
#include "previewassets.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace geul;

class TestPreviewAssets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void urlRoundTrip_data();
    void urlRoundTrip();
    void link_data();
    void link();
    void remoteOffAndLocalUrls();
    void fromMarkdown();
    void placeholders();

private:
    QTemporaryDir m_dir;
    AssetContext m_context;
    QString m_image;
};

void TestPreviewAssets::initTestCase()
{
    QDir site(m_dir.path());
    QVERIFY(site.mkpath(QStringLiteral("_posts")));
    QVERIFY(site.mkpath(QStringLiteral("assets/img/글")));
    QVERIFY(test::writeAll(site.filePath(QStringLiteral("_config.yml")), "title: x\n"));
    m_image = site.filePath(QStringLiteral("assets/img/글/Untitled 1.png"));
    QVERIFY(test::writeAll(m_image, "png"));
    QVERIFY(test::writeAll(site.filePath(QStringLiteral("assets/img/글/a&b.png")), "png"));
    QVERIFY(test::writeAll(site.filePath(QStringLiteral("assets/img/글/그림 (1).png")), "png"));
    m_context = AssetContext::forPost(site.filePath(QStringLiteral("_posts/2024-01-02-a.md")), m_dir.path(),
                                      QStringLiteral("../"));
}

void TestPreviewAssets::urlRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("spaces and Hangul") << QStringLiteral("/블로그/assets/Untitled 1.png");
    QTest::newRow("percent in name") << QStringLiteral("/a/https%3A%2F%2Fx.png");
    QTest::newRow("hash and question mark") << QStringLiteral("/a/#1?.png");
}

void TestPreviewAssets::urlRoundTrip()
{
    QFETCH(QString, path);
    const QString url = PreviewAssets::urlFor(path);
    QVERIFY(url.startsWith(QLatin1String("geul-asset:")));
    QCOMPARE(PreviewAssets::pathFor(QUrl(url)), path);
    QCOMPARE(PreviewAssets::pathFor(QUrl(QStringLiteral("https://example.com/x.png"))), QString());
}

void TestPreviewAssets::link_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected"); // {image}: the URL of m_image, {amp}: of a&b.png

    QTest::newRow("markdown image") << QStringLiteral(
        "<p><img src=\"/assets/img/%EA%B8%80/Untitled%201.png\" alt=\"x\" /></p>")
                                    << QStringLiteral("<p><img src=\"{image}\" alt=\"x\" /></p>");
    QTest::newRow("raw html, single quotes, zoom")
        << QStringLiteral("<img src='/assets/img/글/Untitled 1.png' style=\"zoom: 67%;\" />")
        << QStringLiteral("<img src=\"{image}\" style=\"zoom: 67%;\" />");
    QTest::newRow("upper case, unquoted")
        << QStringLiteral("<IMG SRC=../assets/img/글/Untitled%201.png>") << QStringLiteral("<IMG SRC=\"{image}\">");
    QTest::newRow("entity in path") << QStringLiteral("<img src=\"/assets/img/글/a&amp;b.png\">")
                                    << QStringLiteral("<img src=\"{amp}\">");
    QTest::newRow("remote untouched") << QStringLiteral("<img src=\"https://example.com/a.png\">")
                                      << QStringLiteral("<img src=\"https://example.com/a.png\">");
    QTest::newRow("video poster and source")
        << QStringLiteral("<video poster=\"/assets/img/글/Untitled 1.png\"><source src=\"/없음.mp4\"></video>")
        << QStringLiteral("<video poster=\"{image}\"><source src=\"/없음.mp4\" data-geul-missing=\"missing\"></video>");
    QTest::newRow("text mentioning img is not a tag")
        << QStringLiteral("<p>&lt;img src=\"/x.png\"&gt;</p>") << QStringLiteral("<p>&lt;img src=\"/x.png\"&gt;</p>");
}

void TestPreviewAssets::placeholders()
{
    const QString html = PreviewAssets::link(
        QStringLiteral("<p><img src=\"/assets/img/글/없는 그림.png\" alt=\"x\"><img src=\"C:/Users/me/a.png\">"
                       "<img src=\"/assets/img/%EC%97%86%EC%9D%8C%201.png\"></p>"),
        m_context);
    QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
    QCOMPARE(html.count(QLatin1String("class=\"geul-missing\"")), 3);
    // Hangul that cmark percent-encoded shows as typed; %20 stays as written.
    QVERIFY2(html.contains(QStringLiteral("<code>/assets/img/없음%201.png</code> — missing")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<code>/assets/img/글/없는 그림.png</code> — missing")));
    QVERIFY(html.contains(QStringLiteral("<code>C:/Users/me/a.png</code> — a path on the writer's own computer")));
}

void TestPreviewAssets::remoteOffAndLocalUrls()
{
    const QString html
        = QStringLiteral("<p><img src=\"https://example.com/a.png\" alt=\"원격\">"
                         "<img src=\"/assets/img/글/Untitled 1.png\"></p>"
                         "<video poster=\"http://example.com/p.jpg\" src=\"/assets/img/글/Untitled 1.png\"></video>");
    PreviewAssets::LinkOptions options;
    options.remote = false;
    options.localUrl = [](const QString &path) { return QStringLiteral("data:x,") + QFileInfo(path).fileName(); };
    const QString out = PreviewAssets::link(html, m_context, options);
    // The remote image is a note with its address; nothing remote is left.
    QVERIFY2(out.contains(QStringLiteral("<code>https://example.com/a.png</code> — remote images are turned off")),
             qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("src=\"http")) && !out.contains(QLatin1String("poster=\"http")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("data-geul-remote=\"http://example.com/p.jpg\"")), qPrintable(out));
    // Local files through the given mapping.
    QCOMPARE(out.count(QStringLiteral("src=\"data:x,Untitled 1.png\"")), 2);
    // With remote images on (the default), they stay as written.
    QVERIFY(PreviewAssets::link(html, m_context).contains(QLatin1String("src=\"https://example.com/a.png\"")));
}

void TestPreviewAssets::fromMarkdown()
{
    // References as posts write them, through the renderer: in bold, across
    // lines, with parentheses, in angle brackets, escaped twice.
    const QString body
        = QStringLiteral("**![굵게](/assets/img/글/Untitled%201.png)**\n\n"
                         "<img\n  src='/assets/img/글/Untitled 1.png'\n  style=\"zoom: 67%;\" />\n\n"
                         "![괄호](/assets/img/글/그림%20(1).png) ![꺾쇠](</assets/img/글/그림 (1).png>)\n\n"
                         "<p align=\"center\"><img src=\"/assets/img/%EA%B8%80/Untitled%201.png\"></p>\n");
    MarkdownRenderer::Options options;
    options.liquid = false;
    const QString html = PreviewAssets::link(MarkdownRenderer::renderBody(body, 0, options), m_context);
    const QString image = PreviewAssets::urlFor(m_image).toHtmlEscaped();
    const QString parentheses
        = PreviewAssets::urlFor(QDir(m_dir.path()).filePath(QStringLiteral("assets/img/글/그림 (1).png")))
              .toHtmlEscaped();
    QVERIFY2(!html.contains(QLatin1String("geul-missing")), qPrintable(html));
    QCOMPARE(html.count(QStringLiteral("src=\"%1\"").arg(image)), 3);
    QCOMPARE(html.count(QStringLiteral("src=\"%1\"").arg(parentheses)), 2);
    QVERIFY(html.contains(QLatin1String("style=\"zoom: 67%;\"")));
}

void TestPreviewAssets::link()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QString image = PreviewAssets::urlFor(m_image).toHtmlEscaped();
    const QString ampersand
        = PreviewAssets::urlFor(QDir(m_dir.path()).filePath(QStringLiteral("assets/img/글/a&b.png"))).toHtmlEscaped();
    QCOMPARE(PreviewAssets::link(html, m_context),
             QString(expected).replace(QLatin1String("{image}"), image).replace(QLatin1String("{amp}"), ampersand));
}

QTEST_GUILESS_MAIN(TestPreviewAssets)
#include "tst_previewassets.moc"
