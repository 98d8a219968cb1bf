// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetref.h"
#include "site.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;
using Status = AssetResolution::Status;

Q_DECLARE_METATYPE(AssetResolution::Status)

class TestAssetRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void context();
    void resolve_data();
    void resolve();
    void baseUrl();
    void siteVariables();
    void mathDelimiters_data();
    void mathDelimiters();
    void linkOutOfSiteIsRefused();
    void postOutsideSite();

private:
    QTemporaryDir m_dir;
    QString m_site;
    QString m_post;
};

void TestAssetRef::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = m_dir.filePath(QStringLiteral("블로그 site"));
    QDir root(m_site);
    QVERIFY(root.mkpath(QStringLiteral("_posts")));
    QVERIFY(root.mkpath(QStringLiteral("assets/img/a")));
    QVERIFY(test::writeAll(root.filePath(QStringLiteral("_config.yml")), "title: x\n"));
    m_post = root.filePath(QStringLiteral("_posts/2024-01-02-a.md"));
    QVERIFY(test::writeAll(m_post, "---\ntitle: a\n---\n"));
    const QString nfd = QStringLiteral("\u1112\u1161\u11AB\u1100\u1173\u11AF.png"); // 한글.png, decomposed
    for (const QString &name :
         {QStringLiteral("Untitled 1.png"), QStringLiteral("image.png"), nfd, QStringLiteral("https%3A%2F%2Fx.png"),
          QStringLiteral("a (1).png"), QStringLiteral("it's.png")})
        QVERIFY(test::writeAll(root.filePath(QStringLiteral("assets/img/a/") + name), "png"));
    QVERIFY(test::writeAll(m_dir.filePath(QStringLiteral("outside.png")), "png"));
    // A Hangul folder (NFC, as Linux tools make it) holding an NFD name.
    QVERIFY(root.mkpath(QStringLiteral("assets/img/회고")));
    QVERIFY(test::writeAll(root.filePath(QStringLiteral("assets/img/회고/") + nfd), "png"));
}

void TestAssetRef::context()
{
    AssetContext c = AssetContext::forPost(m_post, m_site, QStringLiteral("../"));
    QCOMPARE(c.imageRoot, m_site);
    QCOMPARE(c.postFolder, m_site + QStringLiteral("/_posts"));
    QCOMPARE(AssetContext::forPost(m_post, m_site, QStringLiteral("../ ")).imageRoot, m_site);
    QCOMPARE(AssetContext::forPost(m_post, m_site).imageRoot, m_site);
    QCOMPARE(AssetContext::forPost(m_post, QString()).imageRoot, m_site + QStringLiteral("/_posts"));
    QCOMPARE(AssetContext::forPost(m_post, QString()).allowedRoot(), m_site + QStringLiteral("/_posts"));
    // The writer's own absolute root does not exist here: fall back to the site.
    QCOMPARE(AssetContext::forPost(m_post, m_site, QStringLiteral("/Users/me/blog")).imageRoot, m_site);
}

void TestAssetRef::resolve_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("file"); // relative to the site, for Local
    QTest::addColumn<bool>("otherForm");

    QTest::newRow("%20") << QStringLiteral("/assets/img/a/Untitled%201.png") << Status::Local
                         << QStringLiteral("assets/img/a/Untitled 1.png") << false;
    QTest::newRow("raw space") << QStringLiteral("/assets/img/a/Untitled 1.png") << Status::Local
                               << QStringLiteral("assets/img/a/Untitled 1.png") << false;
    QTest::newRow("%25 decoded once") << QStringLiteral("/assets/img/a/https%253A%252F%252Fx.png") << Status::Local
                                      << QStringLiteral("assets/img/a/https%3A%2F%2Fx.png") << false;
    QTest::newRow("NFC written, NFD on disk")
        << QStringLiteral("/assets/img/a/%ED%95%9C%EA%B8%80.png") << Status::Local
        << QStringLiteral("assets/img/a/\u1112\u1161\u11AB\u1100\u1173\u11AF.png") << true;
    QTest::newRow("NFD written, NFD on disk")
        << QStringLiteral("/assets/img/a/\u1112\u1161\u11AB\u1100\u1173\u11AF.png") << Status::Local
        << QStringLiteral("assets/img/a/\u1112\u1161\u11AB\u1100\u1173\u11AF.png") << false;
    QTest::newRow("NFC written, NFD name in a Hangul folder")
        << QStringLiteral("/assets/img/회고/%ED%95%9C%EA%B8%80.png") << Status::Local
        << QStringLiteral("assets/img/회고/\u1112\u1161\u11AB\u1100\u1173\u11AF.png") << true;
    QTest::newRow("relative") << QStringLiteral("../assets/img/a/image.png") << Status::Local
                              << QStringLiteral("assets/img/a/image.png") << false;
    QTest::newRow("parentheses") << QStringLiteral("/assets/img/a/a (1).png") << Status::Local
                                 << QStringLiteral("assets/img/a/a (1).png") << false;
    QTest::newRow("single quote") << QStringLiteral("/assets/img/a/it's.png") << Status::Local
                                  << QStringLiteral("assets/img/a/it's.png") << false;
    QTest::newRow("query") << QStringLiteral("/assets/img/a/image.png?raw=true") << Status::Local
                           << QStringLiteral("assets/img/a/image.png") << false;
    QTest::newRow("backslashes") << QStringLiteral("..\\assets\\img\\a\\image.png") << Status::Local
                                 << QStringLiteral("assets/img/a/image.png") << false;
    QTest::newRow("missing") << QStringLiteral("/assets/img/a/없는.png") << Status::Missing << QString() << false;
    QTest::newRow("outside") << QStringLiteral("../../outside.png") << Status::OutsideSite << QString() << false;
    QTest::newRow("dot-dot from root") << QStringLiteral("/../outside.png") << Status::OutsideSite << QString()
                                       << false;
    QTest::newRow("Windows path") << QStringLiteral("C:/Users/me/Pictures/a.png") << Status::AbsoluteLocalPath
                                  << QString() << false;
    QTest::newRow("Windows backslash path")
        << QStringLiteral("C:\\Users\\me\\a.png") << Status::AbsoluteLocalPath << QString() << false;
    QTest::newRow("macOS home") << QStringLiteral("/Users/me/Desktop/a.png") << Status::AbsoluteLocalPath << QString()
                                << false;
    QTest::newRow("file URL") << QStringLiteral("file:///tmp/a.png") << Status::AbsoluteLocalPath << QString() << false;
    QTest::newRow("https") << QStringLiteral("https://example.com/a.png") << Status::Remote << QString() << false;
    QTest::newRow("protocol-relative") << QStringLiteral("//cdn.example.com/a.png") << Status::Remote << QString()
                                       << false;
    QTest::newRow("data") << QStringLiteral("data:image/png;base64,iVBORw0KGgo=") << Status::Data << QString() << false;
}

void TestAssetRef::resolve()
{
    QFETCH(QString, written);
    QFETCH(Status, status);
    QFETCH(QString, file);
    QFETCH(bool, otherForm);
    const AssetContext context = AssetContext::forPost(m_post, m_site, QStringLiteral("../"));
    const AssetResolution r = AssetRef::resolve(written, context);
    QCOMPARE(r.status, status);
    if (status == Status::Local) {
        QCOMPARE(r.path, m_site + u'/' + file);
        QCOMPARE(r.otherNormalization, otherForm);
        QVERIFY(r.reason().isEmpty());
    }
    QCOMPARE(r.isProblem(), !r.reason().isEmpty());
}

void TestAssetRef::baseUrl()
{
    // `{{ site.baseurl }}/assets/...` names the file without the base URL.
    AssetContext context = AssetContext::forPost(m_post, m_site, QStringLiteral("../"));
    const QString written = QStringLiteral("/blog/assets/img/a/image.png");
    QCOMPARE(AssetRef::resolve(written, context).status, Status::Missing);
    context.baseUrl = QStringLiteral("/blog/");
    const AssetResolution r = AssetRef::resolve(written, context);
    QCOMPARE(r.status, Status::Local);
    QCOMPARE(r.path, m_site + QStringLiteral("/assets/img/a/image.png"));
    QVERIFY(!r.otherNormalization);
    // Only as a prefix of whole folders.
    QCOMPARE(AssetRef::resolve(QStringLiteral("/blogassets/img/a/image.png"), context).status, Status::Missing);
}

void TestAssetRef::siteVariables()
{
    QTemporaryDir dir;
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("_config.yml")),
                           "title: 펩풍 블로그\nurl: \"https://example.github.io\"\nbaseurl: /blog\n"
                           "plugins: [jekyll-feed]\nempty:\n"));
    const QHash<QString, QString> variables = Site::variables(dir.path());
    QCOMPARE(variables.value(QStringLiteral("site.title")), QStringLiteral("펩풍 블로그"));
    QCOMPARE(variables.value(QStringLiteral("site.url")), QStringLiteral("https://example.github.io"));
    QCOMPARE(variables.value(QStringLiteral("site.baseurl")), QStringLiteral("/blog"));
    QVERIFY(!variables.contains(QStringLiteral("site.plugins")));
    QVERIFY(!variables.contains(QStringLiteral("site.empty")));
    QVERIFY(Site::variables(QString()).isEmpty());
    QVERIFY(Site::variables(dir.filePath(QStringLiteral("nowhere"))).isEmpty());
}

void TestAssetRef::mathDelimiters_data()
{
    // The site's files, and the delimiters its pages' typesetter looks for.
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("MathJax configured")
        << QByteArray("title: x\n") << QStringLiteral("_includes/mathjax.html")
        << QByteArray("<script>MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']]}};</script>")
        << QStringLiteral(R"json({"display":[["$$","$$"],["\\[","\\]"]],"inline":[["$","$"],["\\(","\\)"]]})json");
    QTest::newRow("KaTeX auto-render configured")
        << QByteArray("title: x\n") << QStringLiteral("_layouts/post.html")
        << QByteArray("<script>renderMathInElement(document.body, {delimiters: [{left: '$$', right: '$$', display: "
                      "true}, {left: '$', right: '$', display: false}]});</script>")
        << QStringLiteral(R"json({"display":[["$$","$$"]],"inline":[["$","$"]]})json");
    QTest::newRow("MathJax with its defaults: one $ is text")
        << QByteArray("title: x\n") << QStringLiteral("_layouts/default.html")
        << QByteArray("<script src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js\"></script>")
        << QStringLiteral(R"json({"display":[["$$","$$"],["\\[","\\]"]],"inline":[["\\(","\\)"]]})json");
    QTest::newRow("own layouts without math: none")
        << QByteArray("title: x\n") << QStringLiteral("_layouts/post.html") << QByteArray("{{ content }}")
        << QStringLiteral(R"json({"display":[],"inline":[]})json");
    QTest::newRow("a theme Geul cannot see: a guess")
        << QByteArray("remote_theme: mmistakes/minimal-mistakes\n") << QStringLiteral("_layouts/post.html")
        << QByteArray("{{ content }}")
        << QStringLiteral(R"json({"display":[["$$","$$"],["\\[","\\]"]],"inline":[["\\(","\\)"],["$","$"]]})json");
}

void TestAssetRef::mathDelimiters()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("_config.yml")), config));
    QVERIFY(QDir(dir.path()).mkpath(QFileInfo(file).path()));
    QVERIFY(test::writeAll(dir.filePath(file), content));
    const MathDelimiters math = SiteConfig::read(dir.path()).math;
    QCOMPARE(math.toJson(), expected);
    QCOMPARE(math.none, expected.contains(QLatin1String("[]")));
}

void TestAssetRef::linkOutOfSiteIsRefused()
{
    const QString link = m_site + QStringLiteral("/assets/img/a/link.png");
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside.png")), link));
    const AssetResolution r
        = AssetRef::resolve(QStringLiteral("/assets/img/a/link.png"), AssetContext::forPost(m_post, m_site));
    QCOMPARE(r.status, Status::OutsideSite);
    QFile::remove(link);
}

void TestAssetRef::postOutsideSite()
{
    // A lone post: its folder is all that may be shown.
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(test::writeAll(post, "# 글\n"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("글.assets")));
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("글.assets/image-1.png")), "png"));
    const AssetContext context = AssetContext::forPost(post, QString());
    QCOMPARE(AssetRef::resolve(QStringLiteral("글.assets/image-1.png"), context).status, Status::Local);
    QCOMPARE(AssetRef::resolve(QStringLiteral("./%EA%B8%80.assets/image-1.png"), context).status, Status::Local);
    QCOMPARE(AssetRef::resolve(QStringLiteral("/글.assets/image-1.png"), context).status, Status::Local);
    QCOMPARE(AssetRef::resolve(QStringLiteral("../x.png"), context).status, Status::OutsideSite);
}


QTEST_GUILESS_MAIN(TestAssetRef)
#include "tst_assetref.moc"
