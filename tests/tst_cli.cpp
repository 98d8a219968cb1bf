// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real geul-cli executable.
#include "oracle.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using geul::test::readAll;
using geul::test::writeAll;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GEUL_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QByteArray post = QByteArrayLiteral("---\nlayout: post\ntitle: \"2022년 회고\"\ncomments: True\n"
                                          "typora-root-url: ../\n---\n\n## **돌아보는 2022년**\n\n본문이다.\n");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void renderPrintsBodyOnly();
    void renderToFile();
    void renderUsesSiteSettings();
    void renderIsWhatJekyllBuilds();
    void renderStandalone();
    void image();
    void errorsNameTheFile_data();
    void errorsNameTheFile();
    void usageErrors();
    void speaksKorean();
    void metaPrints();
    void metaJson();
    void metaSetAndUnset();
    void metaNoChangeWritesNothing();
    void metaRefusesInvalidFrontMatter_data();
    void metaRefusesInvalidFrontMatter();
    void metaRefusesFrontMatterReadInPart();
    void check();
    void listNewAndSlug();
    void stats();
    void spell();
};

void TestCli::versionAndHelp()
{
    Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Geul ")), qPrintable(run.out));
    // The same text from geul, without a display.
    {
        QProcess geul;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        geul.setProcessEnvironment(env);
        geul.start(QStringLiteral(GEUL_APP_PATH), {QStringLiteral("--version")});
        QVERIFY(geul.waitForFinished(30000));
        QCOMPARE(geul.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(geul.readAllStandardOutput()), run.out);
    }
    // Checked against git and pkg-config, not against Geul's own idea.
    const auto tool = [](const QString &program, const QStringList &arguments) {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(30000);
        return process.exitCode() == 0 ? QString::fromUtf8(process.readAllStandardOutput()).trimmed() : QString();
    };
    const QString commit = tool(QStringLiteral("git"), {QStringLiteral("-C"), QStringLiteral(GEUL_SOURCE_DIR),
                                                        QStringLiteral("rev-parse"), QStringLiteral("--short=10"),
                                                        QStringLiteral("HEAD")});
    QVERIFY2(run.out.contains(QStringLiteral("(commit %1)").arg(commit.isEmpty() ? QStringLiteral("unknown") : commit)),
             qPrintable(commit + u'\n' + run.out));
    for (const auto &[name, module] : {std::pair{QStringLiteral("yaml-cpp"), QStringLiteral("yaml-cpp")},
                                       std::pair{QStringLiteral("cmark-gfm"), QStringLiteral("libcmark-gfm")}}) {
        const QString version = tool(QStringLiteral("pkg-config"), {QStringLiteral("--modversion"), module});
        QVERIFY2(!version.isEmpty(), qPrintable(module));
        QVERIFY2(run.out.contains(u'\n' + name + u' ' + version + u'\n'), qPrintable(run.out));
    }
    QVERIFY2(QRegularExpression(QStringLiteral("\nKaTeX \\d+\\.\\d+")).match(run.out).hasMatch(), qPrintable(run.out));

    run = cli({QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("render POST")));

    run = cli({QStringLiteral("render"), QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("--output")));
}

void TestCli::renderPrintsBodyOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2022-12-31-회고.md"));
    QVERIFY(writeAll(path, post));
    const Run run = cli({QStringLiteral("render"), path});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // The blog's HTML: kramdown's heading id, nothing of the preview's.
    QVERIFY2(run.out.startsWith(QStringLiteral("<h2 id=\"돌아보는-2022년\"><strong>돌아보는 2022년</strong></h2>")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("layout")));
    QVERIFY(!run.out.contains(QStringLiteral("data-sourcepos")));
    // Lines of the whole file, as the preview has them, when asked.
    const Run positioned = cli({QStringLiteral("render"), QStringLiteral("--source-positions"), path});
    QVERIFY2(positioned.out.startsWith(QStringLiteral("<h2 id=\"돌아보는-2022년\" data-sourcepos=\"8:1-8:")),
             qPrintable(positioned.out));
}

void TestCli::renderToFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    const QString out = dir.filePath(QStringLiteral("출력.html"));
    QVERIFY(writeAll(path, post));
    const Run run = cli({QStringLiteral("render"), path, QStringLiteral("-o"), out});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QString::fromUtf8(readAll(out)), cli({QStringLiteral("render"), path}).out);

    const Run bad
        = cli({QStringLiteral("render"), path, QStringLiteral("-o"), dir.filePath(QStringLiteral("없음/x.html"))});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.startsWith(QStringLiteral("geul-cli: ") + dir.filePath(QStringLiteral("없음/x.html"))),
             qPrintable(bad.err));
}

void TestCli::renderUsesSiteSettings()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site/_posts")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("other")));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("site/_config.yml")), "title: 우리 블로그\nbaseurl: /blog\n"));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("other/_config.yml")), "title: 다른 블로그\n"));
    const QString path = dir.filePath(QStringLiteral("site/_posts/2024-01-01-a.md"));
    QVERIFY(writeAll(path, "---\ntitle: 글\nuse_math: true\n---\n{{ site.title }}: {{ page.title }} $x_1$\n\n"
                           "![a]({{ \"/assets/a.png\" | relative_url }})\n"));
    Run run = cli({QStringLiteral("render"), path});
    QCOMPARE(run.code, 0);
    // `$x_1$` is no math to kramdown: the blog's MathJax finds it in the text.
    QVERIFY2(run.out.contains(QStringLiteral("우리 블로그: 글 $x_1$")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("src=\"/blog/assets/a.png\"")), qPrintable(run.out));

    run = cli({QStringLiteral("render"), QStringLiteral("--site"), dir.filePath(QStringLiteral("other")), path});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("다른 블로그: 글")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("src=\"/assets/a.png\"")), qPrintable(run.out));

    run = cli({QStringLiteral("render"), QStringLiteral("--site"), dir.filePath(QStringLiteral("없음")), path});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(dir.filePath(QStringLiteral("없음"))), qPrintable(run.err));
}

void TestCli::renderIsWhatJekyllBuilds()
{
    // The body's HTML byte for byte as `jekyll build` makes it (Jekyll's
    // Liquid and kramdown, run here), for a post with a site variable, a
    // Typora image path with a space, kramdown's table and attribute list.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("_posts")));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("_config.yml")), "title: 우리 블로그\n"));
    const QString path = dir.filePath(QStringLiteral("_posts/2024-01-01-a.md"));
    QVERIFY(writeAll(path, "---\ntitle: 글\n---\n# {{ site.title }}의 \"첫\" 글\n\n"
                           "![그림](/assets/img/2024-01-01-a b/Untitled 1.png){: .center}\n\n"
                           "이름 | 값\n--- | ---\n가 | 1\n\n**\"인용\"**은 ~~지움~~ 20~30배...\n"));
    QString error;
    const QJsonDocument built = geul::test::runJsonOracle(QStringLiteral("jekyll-site.rb"), {}, &error, {dir.path()});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString jekyll = built.object().value(QStringLiteral("_posts/2024-01-01-a.md")).toString();
    QVERIFY2(jekyll.contains(QStringLiteral("<table>")), qPrintable(jekyll));
    const Run run = cli({QStringLiteral("render"), path});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, jekyll);
}

void TestCli::renderStandalone()
{
    QTemporaryDir dir;
    QDir site(dir.filePath(QStringLiteral("site")));
    QVERIFY(site.mkpath(QStringLiteral("_posts")));
    QVERIFY(site.mkpath(QStringLiteral("assets/img/p")));
    QVERIFY(writeAll(site.filePath(QStringLiteral("_config.yml")), "title: x\n"));
    const QByteArray png = geul::test::tinyPng();
    QVERIFY(writeAll(site.filePath(QStringLiteral("assets/img/p/그림 1.png")), png));
    const QString path = site.filePath(QStringLiteral("_posts/2024-01-01-p.md"));
    QVERIFY(writeAll(path, "---\ntitle: \"독립 <페이지>\"\nuse_math: true\ntypora-root-url: ../\n---\n"
                           "수식 $x^2$ 과 그림 ![a](/assets/img/p/그림%201.png) 과 없는 ![b](/없음.png)\n"));
    const QString out = dir.filePath(QStringLiteral("page.html"));
    const Run run = cli({QStringLiteral("render"), QStringLiteral("--standalone"), path, QStringLiteral("-o"), out});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString page = QString::fromUtf8(readAll(out));
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(page.contains(QStringLiteral("<title>독립 &lt;페이지&gt;</title>")));
    // The image inside, as a data: URL; the missing one as a note.
    QVERIFY(page.contains(QStringLiteral("src=\"data:image/png;base64,") + QString::fromLatin1(png.toBase64())));
    QVERIFY(page.contains(QStringLiteral("class=\"geul-missing\"")));
    // KaTeX with its fonts inside, and the style of the preview.
    QVERIFY(page.contains(QStringLiteral("url(data:font/woff2;base64,")));
    QVERIFY(!page.contains(QStringLiteral("url(fonts/")));
    QVERIFY(page.contains(QStringLiteral("katex.renderToString(")));
    QVERIFY(page.contains(QStringLiteral("geulMath.typeset(")));
    QVERIFY2(page.contains(QStringLiteral("data-geul-math=\"{&quot;display&quot;")), qPrintable(page.right(300)));
    QVERIFY(page.contains(QStringLiteral("word-break: keep-all")));
    // Nothing that only the preview can load.
    QVERIFY(!page.contains(QStringLiteral("geul-asset:")));
    QVERIFY(!page.contains(QStringLiteral("geul-lib:")));

    // Without math, no KaTeX.
    QVERIFY(writeAll(path, "---\ntitle: 평문\n---\n그냥 글 $x$.\n"));
    const Run plain = cli({QStringLiteral("render"), QStringLiteral("--standalone"), path});
    QCOMPARE(plain.code, 0);
    QVERIFY(!plain.out.contains(QStringLiteral("katex")));
}

void TestCli::image()
{
    QTemporaryDir dir;
    QDir site(dir.filePath(QStringLiteral("site")));
    QVERIFY(site.mkpath(QStringLiteral("_posts")));
    QVERIFY(writeAll(site.filePath(QStringLiteral("_config.yml")), "title: x\n"));
    const QString post = site.filePath(QStringLiteral("_posts/2022-12-31-Retrospect.md"));
    const QByteArray text = "---\ntitle: 회고\n---\n본문\n";
    QVERIFY(writeAll(post, text));
    const QByteArray png = geul::test::tinyPng();
    const QString a = dir.filePath(QStringLiteral("스크린샷 1.png"));
    const QString b = dir.filePath(QStringLiteral("b.png"));
    QVERIFY(writeAll(a, png));
    QVERIFY(writeAll(b, png));

    Run run = cli({QStringLiteral("image"), post, a, b});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("![스크린샷 1](/assets/img/2022-12-31-Retrospect/스크린샷%201.png)\n"
                                     "![b](/assets/img/2022-12-31-Retrospect/b.png)\n"));
    QCOMPARE(readAll(site.filePath(QStringLiteral("assets/img/2022-12-31-Retrospect/스크린샷 1.png"))), png);
    // The post itself is not touched.
    QCOMPARE(readAll(post), text);

    run = cli(
        {QStringLiteral("image"), QStringLiteral("--html"), QStringLiteral("--zoom"), QStringLiteral("50"), post, b});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("<img src=\"/assets/img/2022-12-31-Retrospect/b-1.png\" alt=\"b-1\" "
                                     "style=\"zoom: 50%;\" />\n"));

    // A bad file is named; the good ones are still copied; exit 1.
    run = cli({QStringLiteral("image"), post, dir.filePath(QStringLiteral("없음.png")), a});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(dir.filePath(QStringLiteral("없음.png"))), qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("스크린샷%201-1.png")));

    // A damaged image (its first bytes say PNG, its data is cut off) is
    // decoded, refused and named; nothing is copied.
    const QString cut = dir.filePath(QStringLiteral("잘린.png"));
    QVERIFY(writeAll(cut, png.left(png.size() - 20)));
    run = cli({QStringLiteral("image"), post, cut});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(cut) && run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(site.filePath(QStringLiteral("assets/img/2022-12-31-Retrospect/잘린.png"))));

    QCOMPARE(cli({QStringLiteral("image"), post}).code, 2);

    // A site whose posts keep their images in /images/<post>/: the same.
    QVERIFY(writeAll(site.filePath(QStringLiteral("_posts/2022-12-01-old.md")),
                     "---\ntitle: 옛 글\n---\n![](/images/2022-12-01-old/x.png)\n"));
    QVERIFY(site.mkpath(QStringLiteral("images/2022-12-01-old")));
    QVERIFY(writeAll(site.filePath(QStringLiteral("images/2022-12-01-old/x.png")), png));
    QVERIFY(QDir(site.filePath(QStringLiteral("assets"))).removeRecursively());
    run = cli({QStringLiteral("image"), post, b});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("![b](/images/2022-12-31-Retrospect/b.png)\n"));
    QCOMPARE(cli({QStringLiteral("image"), QStringLiteral("--zoom"), QStringLiteral("big"), post, a}).code, 2);
}

void TestCli::errorsNameTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // empty: do not create
    QTest::addColumn<bool>("folder");
    QTest::newRow("missing") << QStringLiteral("없는.md") << QByteArray() << false;
    QTest::newRow("folder") << QStringLiteral("_posts") << QByteArray() << true;
    QTest::newRow("not UTF-8") << QStringLiteral("euc-kr.md") << QByteArray("\xC7\xD1\xB1\xDB\n") << false;
}

void TestCli::errorsNameTheFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, folder);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (folder)
        QVERIFY(QDir().mkdir(path));
    else if (!bytes.isEmpty())
        QVERIFY(writeAll(path, bytes));

    const Run run = cli({QStringLiteral("render"), path});
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("geul-cli: ") + path + u':'), qPrintable(run.err));
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).code, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(cli({QStringLiteral("render")}).code, 2);
    QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("--no-such-option"), QStringLiteral("a.md")}).code, 2);
}

void TestCli::speaksKorean()
{
    QProcessEnvironment korean = QProcessEnvironment::systemEnvironment();
    korean.insert(QStringLiteral("LC_ALL"), QStringLiteral("ko_KR.UTF-8"));
    korean.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ko"));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("없는.md"));
    const Run run = cli({QStringLiteral("render"), missing}, korean);
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err, QStringLiteral("geul-cli: %1: 파일이 없습니다\n").arg(missing));
}

void TestCli::metaPrints()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    QVERIFY(writeAll(
        path,
        QByteArrayLiteral("---\ntitle: \"회고: 2022\"\ncategories:\n- 일상\n- 개발\ncomments: True\n---\n본문\n")));
    const Run run = cli({QStringLiteral("meta"), path});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("title: \"회고: 2022\"\ncategories:\n  - 일상\n  - 개발\ncomments: True\n"));
}

void TestCli::metaJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    QVERIFY(writeAll(
        path, QByteArrayLiteral("---\nlayout: post\ntags: [Experience, 한글]\ncomments: True\nuse_math: no\n"
                                "date: 2024-01-02 10:00:00 +0900\norder: 3\nexcerpt:\nauthor:\n  name: 글\n---\n")));
    const Run run = cli({QStringLiteral("meta"), QStringLiteral("--json"), path});
    QCOMPARE(run.code, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    QVERIFY2(doc.isObject(), qPrintable(run.out));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("layout")), QJsonValue(QStringLiteral("post")));
    QCOMPARE(o.value(QStringLiteral("tags")),
             QJsonValue(QJsonArray{QStringLiteral("Experience"), QStringLiteral("한글")}));
    QCOMPARE(o.value(QStringLiteral("comments")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("use_math")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("date")), QJsonValue(QStringLiteral("2024-01-02 10:00:00 +0900")));
    QCOMPARE(o.value(QStringLiteral("order")), QJsonValue(3));
    QVERIFY(o.value(QStringLiteral("excerpt")).isNull());
    QCOMPARE(o.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("글")));
    // Keys in the order of the file.
    QVERIFY(run.out.indexOf(QStringLiteral("\"layout\"")) < run.out.indexOf(QStringLiteral("\"tags\"")));
    QVERIFY(run.out.indexOf(QStringLiteral("\"tags\"")) < run.out.indexOf(QStringLiteral("\"comments\"")));
}

void TestCli::metaSetAndUnset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    // CRLF and a BOM must survive an edit.
    QVERIFY(writeAll(path, QByteArrayLiteral("\xEF\xBB\xBF---\r\nlayout: post\r\ntags: [Experience]\r\n# 댓글\r\n"
                                             "comments: True\r\nuse_math: true\r\n---\r\n본문\r\n")));
    const Run run = cli({QStringLiteral("meta"), path, QStringLiteral("--set"), QStringLiteral("tags=[a, 한글]"),
                         QStringLiteral("--set"), QStringLiteral("comments=false"), QStringLiteral("--set"),
                         QStringLiteral("subtitle=부제: 둘"), QStringLiteral("--unset"), QStringLiteral("use_math")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(readAll(path), QByteArrayLiteral("\xEF\xBB\xBF---\r\nlayout: post\r\ntags: [a, 한글]\r\n# 댓글\r\n"
                                              "comments: False\r\nsubtitle: \"부제: 둘\"\r\n---\r\n본문\r\n"));
}

void TestCli::metaNoChangeWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    QVERIFY(writeAll(path, QByteArrayLiteral("---\ncomments: True\n---\n")));
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const Run run = cli({QStringLiteral("meta"), path, QStringLiteral("--set"), QStringLiteral("comments=true"),
                         QStringLiteral("--unset"), QStringLiteral("nothing")});
    QCOMPARE(run.code, 0);
    QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());
    QCOMPARE(readAll(path), QByteArrayLiteral("---\ncomments: True\n---\n"));
}

void TestCli::metaRefusesInvalidFrontMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::newRow("unclosed bracket") << QByteArrayLiteral("---\ntags: [a, b\ntitle: x\n---\n")
                                      << QStringLiteral(":2:7: the bracket [ is never closed");
    QTest::newRow("duplicated key") << QByteArrayLiteral("---\ntitle: a\ntitle: b\n---\n") << QStringLiteral(":3:1: ");
    QTest::newRow("tab") << QByteArrayLiteral("---\ntags:\n\t- a\n---\n") << QStringLiteral(":3:1: ");
    QTest::newRow("unterminated") << QByteArrayLiteral("---\ntitle: a\n") << QStringLiteral(":1:1: ");
}

void TestCli::metaRefusesInvalidFrontMatter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    QVERIFY(writeAll(path, bytes));
    const Run run = cli({QStringLiteral("meta"), path, QStringLiteral("--set"), QStringLiteral("title=새")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(path + where), qPrintable(run.err));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(cli({QStringLiteral("meta"), path}).code, 2);
}

void TestCli::metaRefusesFrontMatterReadInPart()
{
    // The first key is indented by a space: Jekyll reads `title` only. An
    // edit here once rewrote the block to one line and lost the rest.
    const QByteArray bytes = QByteArrayLiteral(
        "---\n title: \"p_value History\"\nexcerpt: \"p-value의 역사\"\ncategories:\n  - Stats\ntoc: true\n---\n\n본문\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2023-01-01-p-value.md"));
    QVERIFY(writeAll(path, bytes));
    const Run set = cli({QStringLiteral("meta"), path, QStringLiteral("--set"), QStringLiteral("title=X")});
    QCOMPARE(set.code, 2);
    QVERIFY2(set.err.startsWith(path + QStringLiteral(":3:1: ")), qPrintable(set.err));
    QVERIFY2(set.err.contains(QStringLiteral("lines 3-6")), qPrintable(set.err));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(cli({QStringLiteral("meta"), path, QStringLiteral("--unset"), QStringLiteral("toc")}).code, 2);
    QCOMPARE(readAll(path), bytes);

    // Reading shows what Jekyll reads, and warns about the rest.
    const Run read = cli({QStringLiteral("meta"), path});
    QCOMPARE(read.code, 0);
    QCOMPARE(read.out, QStringLiteral("title: \"p_value History\"\n"));
    QVERIFY2(read.err.startsWith(path + QStringLiteral(":3:1: warning: ")), qPrintable(read.err));
}

void TestCli::check()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("_posts")));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("_config.yml")), "title: x\n"));
    const QString good = dir.filePath(QStringLiteral("_posts/2024-01-02-좋은-글.md"));
    const QString typo = dir.filePath(QStringLiteral("_posts/2024-01-03-typo.md"));
    const QString broken = dir.filePath(QStringLiteral("_posts/2024-01-04-broken.md"));
    QVERIFY(writeAll(good, "---\ntitle: 좋은 글\n---\n"));
    QVERIFY(writeAll(typo, "---\ntitel: 글\n---\n"));
    QVERIFY(writeAll(broken, "---\ntitle: \"글\n---\n"));

    Run run = cli({QStringLiteral("check"), good});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());

    run = cli({QStringLiteral("check"), good, typo});
    QCOMPARE(run.code, 0); // warnings only
    QCOMPARE(run.out,
             typo + QStringLiteral(":2: warning: the key 'titel' is one typo away from the usual key 'title'\n"));

    run = cli({QStringLiteral("check"), typo, broken});
    QCOMPARE(run.code, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[1].startsWith(broken + QStringLiteral(":2: error: ")), qPrintable(lines[1]));

    run = cli({QStringLiteral("check"), QStringLiteral("--json"), typo, broken});
    QCOMPARE(run.code, 1);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array[0].toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(array[1].toObject().value(QStringLiteral("file")).toString(), broken);
    QCOMPARE(array[1].toObject().value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(array[1].toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

    QCOMPARE(cli({QStringLiteral("check")}).code, 2);
}


// list, new and slug on a real site: new follows the site's posts, list
// reads it back, slug romanizes as the rules' examples say.
void TestCli::listNewAndSlug()
{
    QTemporaryDir dir;
    const QDir site(dir.path());
    QVERIFY(site.mkpath(QStringLiteral("_posts")));
    QVERIFY(writeAll(site.filePath(QStringLiteral("_config.yml")), "timezone: Asia/Seoul\n"));
    QVERIFY(writeAll(site.filePath(QStringLiteral("_posts/2022-12-31-Retrospect.md")), post));

    Run run = cli({QStringLiteral("slug"), QStringLiteral("신라 종로 해돋이 첫날 Qt")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("silla-jongno-haedoji-cheonnal-qt\n"));
    QCOMPARE(cli({QStringLiteral("slug"), QStringLiteral("!!!")}).code, 1);

    run = cli({QStringLiteral("new"), dir.path(), QStringLiteral("--title"), QStringLiteral("종로 & 신라"),
               QStringLiteral("--date"), QStringLiteral("2024-03-01 09:30"), QStringLiteral("--tag"), QStringLiteral("여행")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString made = site.filePath(QStringLiteral("_posts/2024-03-01-jongno-silla.md"));
    QCOMPARE(run.out, made + u'\n');
    QCOMPARE(QString::fromUtf8(readAll(made)),
             QStringLiteral("---\nlayout: post\ntitle: 종로 & 신라\ndate: 2024-03-01 09:30:00 +0900\ncomments: True\n"
                            "typora-root-url: ../\ntags: [여행]\n---\n\n"));
    // Never over an existing file.
    run = cli({QStringLiteral("new"), dir.path(), QStringLiteral("--title"), QStringLiteral("종로 & 신라"),
               QStringLiteral("--date"), QStringLiteral("2024-03-01")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(made), qPrintable(run.err));
    run = cli({QStringLiteral("new"), dir.path(), QStringLiteral("--title"), QStringLiteral("초안"), QStringLiteral("--draft"),
               QStringLiteral("--slug"), QStringLiteral("my-draft")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(run.out, site.filePath(QStringLiteral("_drafts/my-draft.md")) + u'\n');

    run = cli({QStringLiteral("list"), dir.path(), QStringLiteral("--json")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonArray posts = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(posts.size(), 3);
    // Newest first: the draft is dated by its file's time (now).
    QCOMPARE(posts[0][QStringLiteral("path")].toString(), QStringLiteral("_drafts/my-draft.md"));
    QCOMPARE(posts[0][QStringLiteral("draft")].toBool(), true);
    QCOMPARE(posts[0][QStringLiteral("published")].toBool(), false);
    QCOMPARE(posts[1][QStringLiteral("path")].toString(), QStringLiteral("_posts/2024-03-01-jongno-silla.md"));
    QCOMPARE(posts[1][QStringLiteral("title")].toString(), QStringLiteral("종로 & 신라"));
    // The time given is kept (written as `date:`, which this site's posts do not carry).
    QCOMPARE(posts[1][QStringLiteral("date")].toString(), QStringLiteral("2024-03-01T09:30:00+09:00"));
    QCOMPARE(posts[1][QStringLiteral("categories")].toArray(), QJsonArray{});
    QCOMPARE(posts[1][QStringLiteral("problem")].toString(), QString());
    QVERIFY2(!posts[0][QStringLiteral("problem")].toString().isEmpty(), "a draft says why it is not published");
    QCOMPARE(posts[1][QStringLiteral("tags")].toArray(), QJsonArray{QStringLiteral("여행")});
    QCOMPARE(posts[1][QStringLiteral("published")].toBool(), true);
    QCOMPARE(posts[2][QStringLiteral("title")].toString(), QStringLiteral("2022년 회고"));

    run = cli({QStringLiteral("list"), dir.path()});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("_posts/2022-12-31-Retrospect.md\t2022-12-31T00:00:00+09:00\t2022년 회고")));
    QCOMPARE(cli({QStringLiteral("list"), dir.filePath(QStringLiteral("없음"))}).code, 1);
    QCOMPARE(cli({QStringLiteral("new"), dir.path()}).code, 2);
}

// stats: the counts of TextStats (hand-counted in tst_textstats) under the
// keys scripts read.
void TestCli::stats()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(writeAll(path, "---\ntitle: 제목은 세지 않는다\n---\n\n안녕하세요 반갑습니다.\n\n```\n코드\n```\n"));
    Run run = cli({QStringLiteral("stats"), QStringLiteral("--json"), path});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(stats.value(QStringLiteral("chars")).toInt(), 12);
    QCOMPARE(stats.value(QStringLiteral("chars_no_spaces")).toInt(), 11);
    QCOMPARE(stats.value(QStringLiteral("eojeol")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("manuscript_sheets")).toDouble(), 0.1);
    QCOMPARE(stats.value(QStringLiteral("reading_minutes")).toDouble(), 0.0);
    run = cli({QStringLiteral("stats"), QStringLiteral("--per-minute"), QStringLiteral("1"), path});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("characters: 12\n")) && run.out.contains(QStringLiteral("11.0")),
             qPrintable(run.out));
    QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--per-minute"), QStringLiteral("0"), path}).code, 2);
    QCOMPARE(cli({QStringLiteral("stats"), dir.filePath(QStringLiteral("없음.md"))}).code, 1);
}

// The words the dictionaries flag, where they stand, with suggestions; the
// site's own list and the personal one are read.
void TestCli::spell()
{
    QTemporaryDir site;
    QVERIFY(writeAll(site.filePath(QStringLiteral("_config.yml")), "title: t\n"));
    QVERIFY(QDir(site.path()).mkpath(QStringLiteral("_posts")));
    QVERIFY(QDir(site.path()).mkpath(QStringLiteral(".geul")));
    QVERIFY(writeAll(site.filePath(QStringLiteral(".geul/dictionary.txt")), "뎁스\n"));
    const QString path = site.filePath(QStringLiteral("_posts/2024-01-02-spell.md"));
    // Line 5: 몇일 at column 4; line 7: teh at column 1. The code, the URL,
    // the loanword with its particle and the site's word are not flagged.
    QVERIFY(writeAll(path, "---\ntitle: 몇일\n---\n\n오늘 몇일 `몇일` https://example.com/몇일\n\n"
                           "teh 깃허브에서 뎁스를 옵시디언\n"));
    QTemporaryDir data;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    QVERIFY(QDir(data.path()).mkpath(QStringLiteral("geul")));
    QVERIFY(writeAll(data.filePath(QStringLiteral("geul/dictionary.txt")), "옵시디언\n"));

    Run run = cli({QStringLiteral("spell"), path}, environment);
    QCOMPARE(run.code, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(path + QStringLiteral(":5:4: 몇일 -> 며칠")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(path + QStringLiteral(":7:1: teh -> the")), qPrintable(lines[1]));

    run = cli({QStringLiteral("spell"), QStringLiteral("--json"), path}, environment);
    QCOMPARE(run.code, 1);
    const QJsonArray found = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(found.size(), 2);
    const QJsonObject first = found.first().toObject();
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 4);
    QCOMPARE(first.value(QStringLiteral("word")).toString(), QStringLiteral("몇일"));
    QCOMPARE(first.value(QStringLiteral("suggestions")).toArray().first().toString(), QStringLiteral("며칠"));
    QCOMPARE(first.value(QStringLiteral("file")).toString(), path);

    // Without the personal list, its word is flagged; a clean post exits 0.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), site.filePath(QStringLiteral("none")));
    run = cli({QStringLiteral("spell"), path}, environment);
    QVERIFY2(run.out.contains(QStringLiteral(":7:15: 옵시디언")), qPrintable(run.out));
    const QString clean = site.filePath(QStringLiteral("_posts/2024-01-03-clean.md"));
    QVERIFY(writeAll(clean, "---\ntitle: t\n---\n\n맞춤법에 맞는 문장이다.\n"));
    run = cli({QStringLiteral("spell"), clean}, environment);
    QVERIFY2(run.code == 0 && run.out.isEmpty(), qPrintable(run.out + run.err));
    QCOMPARE(cli({QStringLiteral("spell")}).code, 2);
    run = cli({QStringLiteral("spell"), site.filePath(QStringLiteral("없음.md"))});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("없음.md")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
