// SPDX-License-Identifier: GPL-3.0-or-later
// Images and media of a post as its page shows them: resolved as the blog
// publishes them, each from the post's one reading.
#include "markdownrenderer.h"
#include "previewassets.h"
#include "site.h"
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
    void nothingOutsideTheServedRoot();
    void images_data();
    void images();
    void placeholders();
    void remoteOffAndLocalUrls();
    void typoraRootUrlIsNotTheBlogs();
    void relativeToThePostsAddress();
    void commonMarkSiteKeepsItsHtml();

private:
    QString render(const QString &body, const PreviewAssets::LinkOptions &links = {}) const;

    QTemporaryDir m_dir;
    QString m_post;
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
    QVERIFY(test::writeAll(site.filePath(QStringLiteral("_posts/곁에.png")), "png"));
    m_post = site.filePath(QStringLiteral("_posts/2024-01-02-a.md"));
}

QString TestPreviewAssets::render(const QString &body, const PreviewAssets::LinkOptions &links) const
{
    const QString text = QStringLiteral("---\ntitle: 글\ntypora-root-url: ../\n---\n") + body;
    const SiteConfig site = SiteConfig::read(m_dir.path());
    const Reading reading = Reading::read(text, site.dialect, site.variables);
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    options.assets = site.assetContext(m_post, reading.frontMatter());
    options.links = links;
    if (options.links.root.isEmpty())
        options.links.root = PreviewAssets::servedRoot(m_post, m_dir.path());
    return MarkdownRenderer::render(reading, options).html;
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
    const QString root = QStringLiteral("/home/글쓴이/블로그");
    const QString url = PreviewAssets::urlFor(root + path, root);
    QVERIFY(url.startsWith(QLatin1String("geul-asset:/")));
    // The page never carries where the site is on this computer.
    QVERIFY2(!QUrl(url).path().contains(QStringLiteral("글쓴이")) && !url.contains(QStringLiteral("%EA%B8%80%EC%93%B4")),
             qPrintable(url));
    QCOMPARE(PreviewAssets::pathFor(QUrl(url), root), root + path);
    QCOMPARE(PreviewAssets::pathFor(QUrl(QStringLiteral("https://example.com/x.png")), root), QString());
}

void TestPreviewAssets::nothingOutsideTheServedRoot()
{
    const QString root = QStringLiteral("/home/me/blog");
    QCOMPARE(PreviewAssets::urlFor(QStringLiteral("/home/me/.ssh/id_rsa"), root), QString());
    QCOMPARE(PreviewAssets::urlFor(QStringLiteral("/home/me/blog-other/a.png"), root), QString());
    QCOMPARE(PreviewAssets::pathFor(QUrl(QStringLiteral("geul-asset:/../.ssh/id_rsa")), root), QString());
    QCOMPARE(PreviewAssets::pathFor(QUrl(QStringLiteral("geul-asset:/a/../../x")), root), QString());
    // A _config.yml in the home folder or at / is no site to serve.
    const QString post = QDir::homePath() + QStringLiteral("/notes/2024-01-01-a.md");
    QCOMPARE(PreviewAssets::servedRoot(post, QDir::homePath()), QDir::homePath() + QStringLiteral("/notes"));
    QCOMPARE(PreviewAssets::servedRoot(QStringLiteral("/x/y/a.md"), QStringLiteral("/")), QStringLiteral("/x/y"));
    QCOMPARE(PreviewAssets::servedRoot(QStringLiteral("/srv/blog/_posts/a.md"), QStringLiteral("/srv/blog")),
             QStringLiteral("/srv/blog"));
    QCOMPARE(PreviewAssets::servedRoot(QStringLiteral("/srv/notes/a.md"), QString()), QStringLiteral("/srv/notes"));
}

void TestPreviewAssets::images_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected"); // {image}: the URL of m_image, {amp}: of a&b.png, {paren}: 그림 (1).png

    QTest::newRow("escaped Hangul and space")
        << QStringLiteral("![x](/assets/img/%EA%B8%80/Untitled%201.png)\n")
        << QStringLiteral("<p><img src=\"{image}\" alt=\"x\" /></p>\n");
    QTest::newRow("raw space, as kramdown reads it")
        << QStringLiteral("![x](/assets/img/글/Untitled 1.png)\n") << QStringLiteral("<p><img src=\"{image}\" alt=\"x\" /></p>\n");
    QTest::newRow("raw html, single quotes, zoom")
        << QStringLiteral("<img src='/assets/img/글/Untitled 1.png' style=\"zoom: 67%;\" />\n")
        << QStringLiteral("<p><img src=\"{image}\" style=\"zoom: 67%;\" /></p>\n");
    QTest::newRow("entity in path") << QStringLiteral("<img src=\"/assets/img/글/a&amp;b.png\">\n")
                                    << QStringLiteral("<p><img src=\"{amp}\" /></p>\n");
    QTest::newRow("parentheses, balanced")
        << QStringLiteral("![괄호](/assets/img/글/그림%20(1).png)\n")
        << QStringLiteral("<p><img src=\"{paren}\" alt=\"괄호\" /></p>\n");
    QTest::newRow("angle brackets") << QStringLiteral("![꺾쇠](</assets/img/글/그림 (1).png>)\n")
                                    << QStringLiteral("<p><img src=\"{paren}\" alt=\"꺾쇠\" /></p>\n");
    QTest::newRow("remote untouched") << QStringLiteral("<img src=\"https://example.com/a.png\">\n")
                                      << QStringLiteral("<p><img src=\"https://example.com/a.png\" /></p>\n");
    QTest::newRow("video poster and source")
        << QStringLiteral("<video poster=\"/assets/img/글/Untitled 1.png\"><source src=\"/없음.mp4\"></video>\n")
        << QStringLiteral("<video poster=\"{image}\"><source src=\"/없음.mp4\" data-geul-missing=\"missing\" />"
                          "</video>\n");
    QTest::newRow("code is not an image") << QStringLiteral("`<img src=\"/x.png\">`\n")
                                          << QStringLiteral("<p><code class=\"language-plaintext highlighter-rouge\">"
                                                            "&lt;img src=\"/x.png\"&gt;</code></p>\n");
}

void TestPreviewAssets::images()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const auto url = [this](const QString &name) {
        return PreviewAssets::urlFor(QDir(m_dir.path()).filePath(name), m_dir.path()).toHtmlEscaped();
    };
    QCOMPARE(render(body), QString(expected)
                               .replace(QLatin1String("{image}"), url(QStringLiteral("assets/img/글/Untitled 1.png")))
                               .replace(QLatin1String("{amp}"), url(QStringLiteral("assets/img/글/a&b.png")))
                               .replace(QLatin1String("{paren}"), url(QStringLiteral("assets/img/글/그림 (1).png"))));
}

void TestPreviewAssets::placeholders()
{
    const QString html = render(QStringLiteral("![x](/assets/img/글/없는 그림.png) <img src=\"C:/Users/me/a.png\">"
                                               " ![](/assets/img/%EC%97%86%EC%9D%8C%201.png)\n"));
    QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
    QCOMPARE(html.count(QLatin1String("class=\"geul-missing\"")), 3);
    // The path as written: %20 stays, Hangul as typed.
    QVERIFY2(html.contains(QStringLiteral("<code>/assets/img/%EC%97%86%EC%9D%8C%201.png</code> — missing")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<code>/assets/img/글/없는 그림.png</code> — missing")));
    QVERIFY(html.contains(QStringLiteral("<code>C:/Users/me/a.png</code> — a path on the writer's own computer")));
    // Jekyll does not publish what lies in _posts.
    QVERIFY2(render(QStringLiteral("![곁](/_posts/곁에.png)\n")).contains(QStringLiteral("in a folder Jekyll does not publish")),
             qPrintable(render(QStringLiteral("![곁](/_posts/곁에.png)\n"))));
}

void TestPreviewAssets::remoteOffAndLocalUrls()
{
    PreviewAssets::LinkOptions options;
    options.remote = false;
    options.localUrl = [](const QString &path) { return QStringLiteral("data:x,") + QFileInfo(path).fileName(); };
    const QString out = render(
        QStringLiteral("![원격](https://example.com/a.png) ![로컬](/assets/img/글/Untitled 1.png)\n\n"
                       "<video poster=\"http://example.com/p.jpg\" src=\"/assets/img/글/Untitled 1.png\"></video>\n"),
        options);
    // The remote image is a note with its address; nothing remote is left.
    QVERIFY2(out.contains(QStringLiteral("<code>https://example.com/a.png</code> — remote images are turned off")),
             qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("src=\"http")) && !out.contains(QLatin1String("poster=\"http")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("data-geul-remote=\"http://example.com/p.jpg\"")), qPrintable(out));
    // Local files through the given mapping.
    QCOMPARE(out.count(QStringLiteral("src=\"data:x,Untitled 1.png\"")), 2);
    // With remote images on (the default), they stay as written.
    QVERIFY(render(QStringLiteral("![원격](https://example.com/a.png)\n"))
                .contains(QLatin1String("src=\"https://example.com/a.png\"")));
}

void TestPreviewAssets::typoraRootUrlIsNotTheBlogs()
{
    // A clone whose folder name differs from the one typora-root-url names:
    // the blog publishes the site's root as `/`, so the images show.
    const QString text = QStringLiteral("---\ntypora-root-url: ../../../../other-name\n---\n"
                                        "![x](/assets/img/글/Untitled%201.png)\n");
    const SiteConfig site = SiteConfig::read(m_dir.path());
    const Reading reading = Reading::read(text, site.dialect, site.variables);
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    options.assets = site.assetContext(m_post, reading.frontMatter());
    options.links.root = m_dir.path();
    const QString html = MarkdownRenderer::render(reading, options).html;
    QVERIFY2(html.contains(PreviewAssets::urlFor(m_image, m_dir.path()).toHtmlEscaped()), qPrintable(html));
}

void TestPreviewAssets::relativeToThePostsAddress()
{
    // `곁에.png` beside the post is where Typora looks; the blog looks at
    // /2024/01/02/곁에.png, where nothing is.
    const QString html = render(QStringLiteral("![곁](곁에.png)\n"));
    QVERIFY2(html.contains(QStringLiteral("geul-missing")), qPrintable(html));
}

void TestPreviewAssets::commonMarkSiteKeepsItsHtml()
{
    // A CommonMark site (jekyll-commonmark) writes raw HTML as it stands,
    // only with UNSAFE; the preview changes nothing in it but the image
    // URLs, at their places.
    const auto read = [this](const QByteArray &config, const QString &body) {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("assets/img/글"));
        test::writeAll(dir.filePath(QStringLiteral("_config.yml")), config);
        test::writeAll(dir.filePath(QStringLiteral("assets/img/글/Untitled 1.png")), "png");
        const SiteConfig site = SiteConfig::read(dir.path());
        const Reading reading = Reading::read(QStringLiteral("---\ntitle: 글\n---\n") + body, site.dialect, site.variables);
        MarkdownRenderer::Options options;
        options.sourcePositions = false;
        options.assets = site.assetContext(dir.filePath(QStringLiteral("_posts/2024-01-02-a.md")), reading.frontMatter());
        options.links.root = dir.path();
        return std::pair{reading, MarkdownRenderer::render(reading, options).html};
    };
    const QString body = QStringLiteral("<p align=center><img SRC='/assets/img/글/Untitled 1.png' style=\"zoom: 67%;\" "
                                        "alt=x></p>\n\n그림 <img src=\"/assets/img/글/없다.png\"> 끝\n");
    const auto [unsafe, html] = read("markdown: CommonMark\ncommonmark:\n  options: [UNSAFE]\n", body);
    QCOMPARE(unsafe.dialect().name(), QStringLiteral("CommonMark"));
    QVERIFY2(html.startsWith(QStringLiteral("<p align=center><img SRC='geul-asset:")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Untitled%201.png' style=\"zoom: 67%;\" alt=x></p>\n")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<p>그림 <span class=\"geul-missing\"")), qPrintable(html));
    QVERIFY2(html.endsWith(QStringLiteral("</span> 끝</p>\n")), qPrintable(html));
    QVERIFY(unsafe.pitfalls().isEmpty());

    // Without UNSAFE the blog has none of it, and check says why.
    const auto [safe, omitted] = read("markdown: CommonMark\n", body);
    QCOMPARE(omitted, QStringLiteral("<!-- raw HTML omitted -->\n<p>그림 <!-- raw HTML omitted --> 끝</p>\n"));
    const QList<Reading::Pitfall> pitfalls = safe.pitfalls();
    QCOMPARE(pitfalls.size(), 2);
    QCOMPARE(pitfalls[0].line, 4);
    QCOMPARE(pitfalls[0].column, 1);
    QCOMPARE(pitfalls[1].line, 6);
    QCOMPARE(pitfalls[1].column, 4);
    QVERIFY(pitfalls[0].message.contains(QLatin1String("UNSAFE")));
    // The images are still the post's: export and rename find them.
    QCOMPARE(safe.references().size(), 2);
}

QTEST_GUILESS_MAIN(TestPreviewAssets)
#include "tst_previewassets.moc"
