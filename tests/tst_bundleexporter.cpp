// SPDX-License-Identifier: GPL-3.0-or-later
// Post bundles on generated sites full of real-world names: every file the
// post uses, nothing else, the same bytes every time.
#include "assetref.h"
#include "bundleexporter.h"
#include "reading.h"
#include "testsupport.h"

#include <KZip>

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;
using geul::test::readAll;
using geul::test::writeAll;

namespace {

const QByteArray png = geul::test::tinyPng();

const QString nfdName = QStringLiteral("\u1112\u1161\u11AB\u1100\u1173\u11AF.png"); // 한글.png, decomposed

// Unpacks @p zip into @p folder; returns the entry names.
QStringList unzip(const QString &zip, const QString &folder)
{
    KZip archive(zip);
    if (!archive.open(QIODevice::ReadOnly) || !archive.directory()->copyTo(folder, true))
        return {};
    QStringList names;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(folder).relativeFilePath(it.next());
    names.sort();
    return names;
}

// Whether every entry of the zip at @p path has general purpose bit 11
// (UTF-8 names) set in its central directory record.
bool allNamesFlaggedUtf8(const QByteArray &zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    const auto u16 = [&zip](qsizetype at) { return quint16(uchar(zip[at])) | quint16(uchar(zip[at + 1])) << 8; };
    const int entries = u16(end + 10);
    qsizetype at = qsizetype(u16(end + 16)) | qsizetype(u16(end + 18)) << 16;
    for (int i = 0; i < entries; ++i) {
        if (!(u16(at + 8) & 0x800))
            return false;
        at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    }
    return entries > 0;
}

} // namespace

class TestBundleExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void jekyllBundleWorksInAnotherSite();
    void portableBundleStandsAlone();
    void portableFolder();
    void standaloneHtmlHasNoLocalLinks();
    void reproducible();
    void refusalsAreReported();
    void strictAndFailuresWriteNothing();
    void cli();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
    QString m_post;
};

void TestBundleExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_site = m_dir->filePath(QStringLiteral("블로그"));
    QDir site(m_site);
    for (const char *folder : {"_posts/2022", "assets/img/2022-12-31-회고", "assets/img/shared", "assets/files"})
        QVERIFY(site.mkpath(QString::fromUtf8(folder)));
    QVERIFY(writeAll(site.filePath(QStringLiteral("_config.yml")), "title: x\n"));
    for (const QString &file :
         {QStringLiteral("assets/img/2022-12-31-회고/Untitled 1.png"),
          QString(QStringLiteral("assets/img/2022-12-31-회고/") + nfdName),
          QStringLiteral("assets/img/2022-12-31-회고/https%3A%2F%2Fx.png"),
          QStringLiteral("assets/img/2022-12-31-회고/zoom.png"), QStringLiteral("assets/img/shared/Untitled 1.png"),
          QStringLiteral("assets/img/unused.png")})
        QVERIFY(writeAll(site.filePath(file), png + file.toUtf8()));
    QVERIFY(writeAll(site.filePath(QStringLiteral("assets/files/자료.pdf")), "%PDF-1.4 자료"));
    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("outside.png")), png));
    m_post = site.filePath(QStringLiteral("_posts/2022/2022-12-31-회고.md"));
    QVERIFY(writeAll(m_post, "---\ntitle: \"2022년 회고\"\nsubtitle: 한 해\ntypora-root-url: ../../\n"
                             "typora-copy-images-to: ../../assets/img/${filename}\n---\n\n"
                             "![첫](/assets/img/2022-12-31-회고/Untitled%201.png)\n\n"
                             "![같은 파일](</assets/img/2022-12-31-회고/Untitled 1.png>)\n\n"
                             "![한글](/assets/img/2022-12-31-회고/%ED%95%9C%EA%B8%80.png)\n\n"
                             "![이스케이프](/assets/img/2022-12-31-회고/https%253A%252F%252Fx.png)\n\n"
                             "<img src=\"/assets/img/2022-12-31-회고/zoom.png\" style=\"zoom: 67%;\" />\n\n"
                             "![공유](/assets/img/shared/Untitled%201.png)\n\n"
                             "![리퀴드]({{ site.baseurl }}/assets/img/2022-12-31-회고/zoom.png)\n\n"
                             "[자료](/assets/files/자료.pdf) 와 [다른 글](/2021/01/01/old.html) [앵커](#top)\n\n"
                             "![밖](../../../outside.png) ![없음](/assets/img/없음.png) ![윈도](C:/Users/me/a.png)\n\n"
                             "![원격](https://example.com/a.png)\n\n"
                             "`![코드](/assets/img/unused.png)`\n"));
}

void TestBundleExporter::jekyllBundleWorksInAnotherSite()
{
    const QString zip = m_dir->filePath(QStringLiteral("jekyll.zip"));
    BundleExporter::Options options;
    options.output = zip;
    const BundleExporter::Result result = BundleExporter::exportPost(m_post, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.problems.size(), 4);

    const QString other = m_dir->filePath(QStringLiteral("다른 사이트"));
    QVERIFY(QDir().mkpath(other));
    const QStringList names = unzip(zip, other);
    QCOMPARE(names,
             QStringList({QStringLiteral("_posts/2022/2022-12-31-회고.md"), QStringLiteral("assets/files/자료.pdf"),
                          QStringLiteral("assets/img/2022-12-31-회고/Untitled 1.png"),
                          QStringLiteral("assets/img/2022-12-31-회고/https%3A%2F%2Fx.png"),
                          QStringLiteral("assets/img/2022-12-31-회고/zoom.png"),
                          QString(QStringLiteral("assets/img/2022-12-31-회고/") + nfdName),
                          QStringLiteral("assets/img/shared/Untitled 1.png"), QStringLiteral("manifest.json")}));
    // Byte for byte, NFD name kept.
    QCOMPARE(readAll(other + QStringLiteral("/_posts/2022/2022-12-31-회고.md")), readAll(m_post));
    QCOMPARE(readAll(other + QStringLiteral("/assets/img/2022-12-31-회고/") + nfdName),
             readAll(m_site + QStringLiteral("/assets/img/2022-12-31-회고/") + nfdName));
    QVERIFY(allNamesFlaggedUtf8(readAll(zip)));

    // At another site's root, the post finds every image it found at home.
    QVERIFY(writeAll(other + QStringLiteral("/_config.yml"), "title: other\n"));
    QProcess check;
    check.start(QStringLiteral(GEUL_CLI_PATH),
                {QStringLiteral("check"), other + QStringLiteral("/_posts/2022/2022-12-31-회고.md")});
    QVERIFY(check.waitForFinished(30000));
    const QString report = QString::fromUtf8(check.readAllStandardOutput());
    QVERIFY2(!report.contains(QStringLiteral("Untitled")) && !report.contains(QStringLiteral("zoom.png"))
                 && !report.contains(QStringLiteral("x.png")) && !report.contains(QStringLiteral("pdf")),
             qPrintable(report));

    // The manifest lists each file with its size and hash, and the problems.
    const QJsonObject manifest = QJsonDocument::fromJson(readAll(other + QStringLiteral("/manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("files")).toArray().size(), 7);
    QCOMPARE(manifest.value(QStringLiteral("problems")).toArray().size(), 4);
    const QJsonObject first = manifest.value(QStringLiteral("files")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("size")).toInt(), int(readAll(m_post).size()));
    QCOMPARE(first.value(QStringLiteral("sha256")).toString().size(), 64);
}

void TestBundleExporter::portableBundleStandsAlone()
{
    const QString zip = m_dir->filePath(QStringLiteral("portable.zip"));
    BundleExporter::Options options;
    options.format = BundleExporter::Format::Portable;
    options.output = zip;
    const BundleExporter::Result result = BundleExporter::exportPost(m_post, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString out = m_dir->filePath(QStringLiteral("풀림"));
    QVERIFY(QDir().mkpath(out));
    const QStringList names = unzip(zip, out);
    QVERIFY2(names.contains(QStringLiteral("2022-12-31-회고/2022-12-31-회고.md")), qPrintable(names.join(u'\n')));
    // Two files named "Untitled 1.png" from two folders: both kept.
    QVERIFY(names.contains(QStringLiteral("2022-12-31-회고/images/Untitled 1.png")));
    QVERIFY(names.contains(QStringLiteral("2022-12-31-회고/images/Untitled 1-1.png")));

    const QString post = out + QStringLiteral("/2022-12-31-회고/2022-12-31-회고.md");
    const QString text = QString::fromUtf8(readAll(post));
    QVERIFY(!text.contains(QStringLiteral("typora-root-url")));
    QVERIFY(text.contains(QStringLiteral("typora-copy-images-to: ./images\n")));
    QVERIFY(text.contains(QStringLiteral("style=\"zoom: 67%;\"")));
    // Every local reference resolves inside the bundle, with no site around.
    const AssetContext context = AssetContext::forPost(post, QString());
    int local = 0;
    for (const Reading::Reference &r : Reading::read(text).references()) {
        if (r.kind == Reading::Reference::Kind::Link)
            continue;
        const AssetResolution resolved = AssetRef::resolve(r.url, context);
        if (resolved.status == AssetResolution::Status::Local) {
            ++local;
            QVERIFY(resolved.path.startsWith(out + QStringLiteral("/2022-12-31-회고/images/")));
        }
    }
    QCOMPARE(local, 7); // one through Liquid; the PDF, behind a link, is not counted here
    QVERIFY(text.contains(QStringLiteral("[자료](images/자료.pdf)")));
}

void TestBundleExporter::portableFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("내보낸 글"));
    BundleExporter::Options options;
    options.format = BundleExporter::Format::Portable;
    options.output = folder;
    const BundleExporter::Result result = BundleExporter::exportPost(m_post, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(QFile::exists(folder + QStringLiteral("/2022-12-31-회고.md")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/images/zoom.png")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/manifest.json")));
    // No staging folder is left beside it; a second export refuses to mix.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral(".geul-export-*")}, QDir::AllEntries | QDir::Hidden).size(),
             0);
    QVERIFY(!BundleExporter::exportPost(m_post, options).ok());
}

void TestBundleExporter::standaloneHtmlHasNoLocalLinks()
{
    const QString page = m_dir->filePath(QStringLiteral("page.html"));
    BundleExporter::Options options;
    options.format = BundleExporter::Format::Html;
    options.output = page;
    const BundleExporter::Result result = BundleExporter::exportPost(m_post, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString html = QString::fromUtf8(readAll(page));
    QVERIFY(html.contains(QStringLiteral("<title>2022년 회고</title>")));
    QVERIFY(html.contains(QStringLiteral("<h1 class=\"post-title\">2022년 회고</h1>")));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"description\" content=\"한 해\">")));
    static const QRegularExpression reference(QStringLiteral("\\s(?:src|href)=\"([^\"]*)\""));
    for (const QRegularExpressionMatch &m : reference.globalMatch(html)) {
        const QString url = m.captured(1);
        QVERIFY2(url.startsWith(u'#') || url.startsWith(QLatin1String("data:"))
                     || url.startsWith(QLatin1String("https:")),
                 qPrintable(url));
    }
    QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), 7);
    // The PDF inside; the page of the site: with no address known, text.
    QVERIFY(html.contains(QStringLiteral("<a href=\"data:application/pdf;base64,")));
    QVERIFY2(html.contains(QStringLiteral("<a title=\"/2021/01/01/old.html\">다른 글</a>")),
             qPrintable(html.right(3000)));

    // With the site's address, pages of the site link there.
    QVERIFY(writeAll(m_site + QStringLiteral("/_config.yml"), "url: https://pebpung.github.io\nbaseurl: /blog\n"));
    QVERIFY(BundleExporter::exportPost(m_post, options).ok());
    QVERIFY(readAll(page).contains("<a href=\"https://pebpung.github.io/blog/2021/01/01/old.html\">"));
}

void TestBundleExporter::reproducible()
{
    for (const auto format : {BundleExporter::Format::Jekyll, BundleExporter::Format::Portable}) {
        BundleExporter::Options options;
        options.format = format;
        options.output = m_dir->filePath(QStringLiteral("a.zip"));
        QVERIFY(BundleExporter::exportPost(m_post, options).ok());
        QTest::qWait(1100); // a clock that ticks must not show
        options.output = m_dir->filePath(QStringLiteral("b.zip"));
        QVERIFY(BundleExporter::exportPost(m_post, options).ok());
        QCOMPARE(readAll(m_dir->filePath(QStringLiteral("a.zip"))), readAll(m_dir->filePath(QStringLiteral("b.zip"))));
    }
}

void TestBundleExporter::refusalsAreReported()
{
    BundleExporter::Options options;
    options.output = m_dir->filePath(QStringLiteral("r.zip"));
    const BundleExporter::Result result = BundleExporter::exportPost(m_post, options);
    QVERIFY(result.ok());
    QStringList reported;
    for (const BundleExporter::Problem &p : result.problems)
        reported << p.written + QStringLiteral(" — ") + p.reason;
    // The browser resolves a relative path against the post's address
    // (/2022/12/31/회고.html) and never climbs above the site's root: the
    // blog looks for /outside.png, which is not there.
    QCOMPARE(reported, QStringList({QStringLiteral("../../../outside.png — missing"),
                                    QStringLiteral("/assets/img/없음.png — missing"),
                                    QStringLiteral("C:/Users/me/a.png — a path on the writer's own computer"),
                                    QStringLiteral("https://example.com/a.png — remote, kept as a link")}));
    for (const BundleExporter::File &f : result.files) {
        QVERIFY2(f.source.startsWith(m_site + u'/'), qPrintable(f.source));
        QVERIFY(!f.entry.contains(QStringLiteral("unused")));
    }
}

void TestBundleExporter::strictAndFailuresWriteNothing()
{
    // A dry run reports the same problems and touches nothing.
    BundleExporter::Options dry;
    dry.dryRun = true;
    const BundleExporter::Result inspected = BundleExporter::exportPost(m_post, dry);
    QVERIFY2(inspected.ok(), qPrintable(inspected.error));
    QCOMPARE(inspected.problems.size(), 4);
    QVERIFY(inspected.files.isEmpty());

    BundleExporter::Options options;
    options.output = m_dir->filePath(QStringLiteral("strict.zip"));
    options.strict = true;
    BundleExporter::Result result = BundleExporter::exportPost(m_post, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 4);
    QVERIFY(!QFile::exists(options.output));

    // An output that cannot be written: an error, no partial file.
    options.strict = false;
    options.output = m_dir->filePath(QStringLiteral("없는 폴더/x.zip"));
    result = BundleExporter::exportPost(m_post, options);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("없는 폴더")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("없는 폴더"))));

    // Cancelled half-way: nothing.
    options.output = m_dir->filePath(QStringLiteral("cancel.zip"));
    options.progress = [](int done, int) { return done < 2; };
    result = BundleExporter::exportPost(m_post, options);
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(options.output));
}

void TestBundleExporter::cli()
{
    const auto run = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(GEUL_CLI_PATH), arguments);
        process.waitForFinished(30000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    };
    const QString zip = m_dir->filePath(QStringLiteral("cli.zip"));
    auto [code, out] = run({QStringLiteral("export"), m_post, QStringLiteral("-o"), zip});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral(": 7 file")) && out.contains(QStringLiteral("4 problem")), qPrintable(out));
    std::tie(code, out) = run({QStringLiteral("export"), m_post, QStringLiteral("-o"), zip, QStringLiteral("--strict"),
                               QStringLiteral("--json")});
    QCOMPARE(code, 1);
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(summary.value(QStringLiteral("problems")).toArray().size(), 4);
    std::tie(code, out)
        = run({QStringLiteral("export"), m_post, QStringLiteral("-o"), m_dir->filePath(QStringLiteral("page.html")),
               QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(code, 0);
    QCOMPARE(run({QStringLiteral("export"), m_post, QStringLiteral("-o"), zip, QStringLiteral("--format"),
                  QStringLiteral("pdf")})
                 .first,
             2);
    QCOMPARE(
        run({QStringLiteral("export"), m_dir->filePath(QStringLiteral("없음.md")), QStringLiteral("-o"), zip}).first,
        2);
    QCOMPARE(run({QStringLiteral("export"), m_post, QStringLiteral("-o"),
                  m_dir->filePath(QStringLiteral("없는 폴더/x.zip"))})
                 .first,
             2);
}

QTEST_GUILESS_MAIN(TestBundleExporter)
#include "tst_bundleexporter.moc"
