// SPDX-License-Identifier: GPL-3.0-or-later
// Where pasted and copied images go, under which name, and how the post
// links to them: Typora's rules, on real files.
#include "imagestore.h"
#include "reading.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;
using geul::test::readAll;
using geul::test::writeAll;

namespace {

const QByteArray png = geul::test::tinyPng();

} // namespace

class TestImageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void folders_data();
    void folders();
    void pastedDataGetsTyporasName();
    void namesNeverCollide();
    void copiedFileKeepsItsName();
    void links_data();
    void links();
    void rootUrlIsAdded();
    void badInput();
    void damagedImagesAreRefused();
    void neverWritesThroughOrOverAnything();
    void hostileFileNamesMakeInertLinks();
    void editsOfImageLinks();
    void unusedFiles();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
};

void TestImageStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_site = m_dir->filePath(QStringLiteral("블로그"));
    QVERIFY(QDir().mkpath(m_site + QStringLiteral("/_posts/2022")));
    QVERIFY(writeAll(m_site + QStringLiteral("/_config.yml"), "title: x\n"));
}

void TestImageStore::folders_data()
{
    QTest::addColumn<QString>("post");
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<bool>("inSite");
    QTest::addColumn<QString>("folder");
    QTest::newRow("site, setting") << QStringLiteral("_posts/2022-12-31-회고.md") << QByteArray() << true
                                   << QStringLiteral("assets/img/2022-12-31-회고");
    QTest::newRow("site, nested post") << QStringLiteral("_posts/2022/2022-12-31-회고.md") << QByteArray() << true
                                       << QStringLiteral("assets/img/2022-12-31-회고");
    QTest::newRow("typora-copy-images-to from the root")
        << QStringLiteral("_posts/2022-12-31-회고.md")
        << QByteArray("typora-copy-images-to: /images/${filename}\ntypora-root-url: ../\n") << true
        << QStringLiteral("images/2022-12-31-회고");
    QTest::newRow("typora-copy-images-to relative")
        << QStringLiteral("_posts/2022-12-31-회고.md") << QByteArray("typora-copy-images-to: ../assets/${filename}\n")
        << true << QStringLiteral("assets/2022-12-31-회고");
    QTest::newRow("no site: Typora's default")
        << QStringLiteral("글/메모.md") << QByteArray() << false << QStringLiteral("글/메모.assets");
}

void TestImageStore::folders()
{
    QFETCH(QString, post);
    QFETCH(QByteArray, frontMatter);
    QFETCH(bool, inSite);
    QFETCH(QString, folder);
    const QString base = inSite ? m_site : m_dir->path();
    const QString text = QString::fromUtf8("---\ntitle: 회고\n" + frontMatter + "---\n본문\n");
    const ImageStore store = ImageStore::forPost(base + u'/' + post, text, inSite ? m_site : QString());
    QCOMPARE(store.folder(), QDir::cleanPath(base + u'/' + folder));
}

void TestImageStore::pastedDataGetsTyporasName()
{
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-회고.md");
    const ImageStore store = ImageStore::forPost(post, QStringLiteral("---\ntitle: a\n---\n"), m_site);
    const QDateTime when(QDate(2022, 12, 31), QTime(19, 9, 45, 298));
    const ImageStore::Stored stored = store.storeData(png, when);
    QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
    QCOMPARE(stored.path, m_site + QStringLiteral("/assets/img/2022-12-31-회고/image-20221231190945298.png"));
    QCOMPARE(readAll(stored.path), png);
    QCOMPARE(store.markdownFor(stored.path),
             QStringLiteral("![image-20221231190945298](/assets/img/2022-12-31-회고/image-20221231190945298.png)"));
    QCOMPARE(store.markdownFor(stored.path, 50),
             QStringLiteral("<img src=\"/assets/img/2022-12-31-회고/image-20221231190945298.png\" "
                            "alt=\"image-20221231190945298\" style=\"zoom: 50%;\" />"));
    // The folder holds the image and nothing else (no temporary file).
    QCOMPARE(QDir(store.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestImageStore::namesNeverCollide()
{
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-a.md");
    const ImageStore store = ImageStore::forPost(post, QStringLiteral("---\ntitle: a\n---\n"), m_site);
    const QDateTime when(QDate(2022, 12, 31), QTime(19, 9, 45, 298));
    QStringList names;
    for (int i = 0; i < 3; ++i)
        names << QFileInfo(store.storeData(png, when).path).fileName();
    QCOMPARE(names, QStringList({QStringLiteral("image-20221231190945298.png"),
                                 QStringLiteral("image-20221231190945298-1.png"),
                                 QStringLiteral("image-20221231190945298-2.png")}));
}

void TestImageStore::copiedFileKeepsItsName()
{
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-a.md");
    const ImageStore store = ImageStore::forPost(post, QStringLiteral("---\ntitle: a\n---\n"), m_site);
    // A name from macOS: NFD Hangul and a space.
    const QString nfd = QStringLiteral("\u1112\u1161\u11AB \u1100\u1173\u11AF.png");
    const QString source = m_dir->filePath(nfd);
    QVERIFY(writeAll(source, png));
    const ImageStore::Stored first = store.copyFile(source);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(QFileInfo(first.path).fileName(), nfd);
    QCOMPARE(store.linkFor(first.path),
             QStringLiteral("/assets/img/2022-12-31-a/") + QString(nfd).replace(u' ', QLatin1String("%20")));
    QCOMPARE(QFileInfo(store.copyFile(source).path).fileName(),
             QStringLiteral("\u1112\u1161\u11AB \u1100\u1173\u11AF-1.png"));
    // A file already in the folder is linked, not copied again.
    QCOMPARE(store.copyFile(first.path).path, first.path);
    QVERIFY(QFile::exists(source));
}

void TestImageStore::links_data()
{
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<bool>("inSite");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("link");
    QTest::newRow("site") << QByteArray() << true << QStringLiteral("a b.png")
                          << QStringLiteral("/assets/img/p/a%20b.png");
    QTest::newRow("characters that change a link")
        << QByteArray("typora-root-url: ../\n") << true << QStringLiteral("100% (1)#?.png")
        << QStringLiteral("/assets/img/p/100%25%20%281%29%23%3F.png");
    QTest::newRow("no site: relative") << QByteArray() << false << QStringLiteral("그림 1.png")
                                       << QStringLiteral("p.assets/그림%201.png");
}

void TestImageStore::links()
{
    QFETCH(QByteArray, frontMatter);
    QFETCH(bool, inSite);
    QFETCH(QString, name);
    QFETCH(QString, link);
    const QString folder = inSite ? m_site + QStringLiteral("/_posts") : m_dir->filePath(QStringLiteral("글"));
    QVERIFY(QDir().mkpath(folder));
    const ImageStore store = ImageStore::forPost(folder + QStringLiteral("/p.md"),
                                                 QString::fromUtf8("---\n" + frontMatter + "title: a\n---\n"),
                                                 inSite ? m_site : QString());
    const QString source = m_dir->filePath(name);
    QVERIFY(writeAll(source, png));
    const ImageStore::Stored stored = store.copyFile(source);
    QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
    QCOMPARE(store.linkFor(stored.path), link);
    // The link resolves, through the preview's rules, to the very file.
    const AssetResolution r = AssetRef::resolve(link, store.context());
    QCOMPARE(r.status, AssetResolution::Status::Local);
    QCOMPARE(r.path, stored.path);
}

void TestImageStore::rootUrlIsAdded()
{
    const QString text = QStringLiteral("---\ntitle: 회고\ntags: [a]\n---\n본문\n");
    const QString nested = m_site + QStringLiteral("/_posts/2022/2022-12-31-a.md");
    QCOMPARE(ImageStore::forPost(nested, text, m_site).textWithRootUrl(text),
             QStringLiteral("---\ntitle: 회고\ntags: [a]\ntypora-root-url: ../../\n---\n본문\n"));
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-a.md");
    QCOMPARE(ImageStore::forPost(post, text, m_site).textWithRootUrl(text),
             QStringLiteral("---\ntitle: 회고\ntags: [a]\ntypora-root-url: ../\n---\n본문\n"));
    // Not when it is there, not outside a site, not when turned off.
    const QString withRoot = QStringLiteral("---\ntypora-root-url: ../\n---\n");
    QVERIFY(!ImageStore::forPost(post, withRoot, m_site).textWithRootUrl(withRoot));
    QVERIFY(!ImageStore::forPost(post, text, QString()).textWithRootUrl(text));
    ImageStore::Settings off;
    off.addTyporaRootUrl = false;
    QVERIFY(!ImageStore::forPost(post, text, m_site, off).textWithRootUrl(text));
}

void TestImageStore::badInput()
{
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-a.md");
    const ImageStore store = ImageStore::forPost(post, QStringLiteral("---\ntitle: a\n---\n"), m_site);
    const auto fails = [&](const ImageStore::Stored &stored, const QString &mention) {
        if (!stored.path.isEmpty() || !stored.error.contains(mention)) {
            qWarning("path %s, error %s", qPrintable(stored.path), qPrintable(stored.error));
            return false;
        }
        return true;
    };
    QVERIFY(fails(store.storeData("not an image"), QStringLiteral("not an image")));
    QVERIFY(fails(store.storeData(QByteArray(65 * 1024 * 1024, 'x')), QStringLiteral("too large")));
    const QString folder = m_dir->filePath(QStringLiteral("폴더"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(fails(store.copyFile(folder), QStringLiteral("is a folder")));
    QVERIFY(fails(store.copyFile(m_dir->filePath(QStringLiteral("없음.png"))), QStringLiteral("does not exist")));
    const QString text = m_dir->filePath(QStringLiteral("글.png"));
    QVERIFY(writeAll(text, "그림이 아닌 글"));
    QVERIFY(fails(store.copyFile(text), QStringLiteral("not an image")));
    const QString unreadable = m_dir->filePath(QStringLiteral("잠김.png"));
    QVERIFY(writeAll(unreadable, png));
    QVERIFY(QFile::setPermissions(unreadable, QFileDevice::WriteOwner));
    if (QFile(unreadable).open(QIODevice::ReadOnly))
        qInfo("running as root: an unreadable file is readable here");
    else
        QVERIFY(fails(store.copyFile(unreadable), QStringLiteral("cannot be read")));
    // A folder that cannot be made: a file stands where it would go.
    const QString blocked = m_site + QStringLiteral("/_posts/2022-12-31-b.md");
    QVERIFY(QDir().mkpath(m_site + QStringLiteral("/assets/img")));
    QVERIFY(writeAll(m_site + QStringLiteral("/assets/img/2022-12-31-b"), "a file"));
    QVERIFY(fails(ImageStore::forPost(blocked, QStringLiteral("---\ntitle: b\n---\n"), m_site).storeData(png),
                  QStringLiteral("cannot be created")));
    // Nothing stray was left in the post's folder.
    QVERIFY(!QFileInfo::exists(store.folder())
            || QDir(store.folder()).isEmpty(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestImageStore::damagedImagesAreRefused()
{
    // A PNG cut off in the middle of its data: its first bytes say PNG,
    // the decoder says otherwise.
    const QByteArray cut = png.left(png.size() - 20);
    QVERIFY(!ImageStore::imageSuffix(cut).isEmpty());
    QVERIFY(!ImageStore::damage(cut).isEmpty());
    QCOMPARE(ImageStore::damage(png), QString());
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-a.md");
    const ImageStore store = ImageStore::forPost(post, QStringLiteral("---\ntitle: a\n---\n"), m_site);
    const ImageStore::Stored pasted = store.storeData(cut);
    QVERIFY(pasted.path.isEmpty());
    QVERIFY2(pasted.error.contains(QStringLiteral("damaged")), qPrintable(pasted.error));
    const QString file = m_dir->filePath(QStringLiteral("깨진 그림.png"));
    QVERIFY(writeAll(file, cut));
    const ImageStore::Stored copied = store.copyFile(file);
    QVERIFY(copied.path.isEmpty());
    QVERIFY2(copied.error.contains(QStringLiteral("깨진 그림.png")) && copied.error.contains(QStringLiteral("damaged")),
             qPrintable(copied.error));
    QVERIFY(!QFileInfo::exists(store.folder()) || QDir(store.folder()).isEmpty(QDir::Files | QDir::NoDotAndDotDot));
}

void TestImageStore::neverWritesThroughOrOverAnything()
{
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-a.md");
    const ImageStore store = ImageStore::forPost(post, QStringLiteral("---\ntitle: a\n---\n"), m_site);
    QVERIFY(QDir().mkpath(store.folder()));
    // A link that leads nowhere holds the name: it is neither replaced nor
    // written through (where it points, a file would appear).
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere.png"));
    QVERIFY(QFile::link(elsewhere, store.folder() + QStringLiteral("/그림.png")));
    const QString source = m_dir->filePath(QStringLiteral("그림.png"));
    QVERIFY(writeAll(source, png));
    const ImageStore::Stored stored = store.copyFile(source);
    QVERIFY2(!stored.path.isEmpty(), qPrintable(stored.error));
    QCOMPARE(QFileInfo(stored.path).fileName(), QStringLiteral("그림-1.png"));
    QVERIFY(QFileInfo(store.folder() + QStringLiteral("/그림.png")).isSymLink());
    QVERIFY(!QFileInfo::exists(elsewhere));
}

void TestImageStore::hostileFileNamesMakeInertLinks()
{
    // A name made to break out of the attribute it is written into.
    const QString source = m_dir->filePath(QStringLiteral("x\"onerror=\"alert(1)'[a]`.png"));
    QVERIFY(writeAll(source, png));
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-a.md");
    const ImageStore store = ImageStore::forPost(post, QStringLiteral("---\ntitle: a\n---\n"), m_site);
    const ImageStore::Stored stored = store.copyFile(source);
    QVERIFY2(!stored.path.isEmpty(), qPrintable(stored.error));
    for (const bool html : {false, true}) {
        const QString link = store.markdownFor(stored.path, std::nullopt, html);
        const QString text = QStringLiteral("---\ntitle: a\n---\n\n") + link + u'\n';
        // Read as the blog reads it: one image, pointing at the file, and
        // no attribute but its own.
        const Reading reading = Reading::read(text);
        QCOMPARE(reading.references().size(), 1);
        const Reading::Reference image = reading.references().first();
        QCOMPARE(image.element, QStringLiteral("img"));
        QCOMPARE(AssetRef::resolve(image.url, store.context()).path, stored.path);
        const QString page = reading.html().html;
        QVERIFY2(!page.contains(QStringLiteral(" onerror=")), qPrintable(page));
        QCOMPARE(page.count(QStringLiteral("<img ")), 1);
    }
}

void TestImageStore::editsOfImageLinks()
{
    const QString text = QStringLiteral("---\ntitle: a\n---\n앞 ![그림 \\[1\\]](/assets/a%20b.png \"제목\") 뒤\n"
                                        "<img src=\"/assets/c.png\" alt=\"씨\" style=\"zoom: 67%;\" />\n"
                                        "`![코드](/x.png)`\n");
    // Found by the cursor anywhere on it; not in code.
    const qsizetype first = text.indexOf(QStringLiteral("![그림"));
    const Reading reading = Reading::read(text);
    const std::optional<Reading::Reference> markdown = reading.imageAt(first + 5);
    QVERIFY(markdown);
    QCOMPARE(markdown->url, QStringLiteral("/assets/a%20b.png"));
    QCOMPARE(text.sliced(markdown->start, markdown->end - markdown->start),
             QStringLiteral("![그림 \\[1\\]](/assets/a%20b.png \"제목\")"));
    QCOMPARE(markdown->line, 4);
    QVERIFY(!reading.imageAt(text.indexOf(QStringLiteral("앞"))));
    // In angle brackets, with a title: the whole of it, closing ) included.
    const QString angled = QStringLiteral("![a](<b c.png> \"제목\") 뒤");
    const std::optional<Reading::Reference> bracketed = Reading::read(angled).imageAt(3);
    QVERIFY(bracketed);
    QCOMPARE(angled.sliced(bracketed->start, bracketed->end - bracketed->start),
             QStringLiteral("![a](<b c.png> \"제목\")"));
    QCOMPARE(ImageStore::without(angled, *bracketed), QStringLiteral(" 뒤"));
    QVERIFY(!reading.imageAt(text.indexOf(QStringLiteral("코드"))));
    const std::optional<Reading::Reference> html = reading.imageAt(text.indexOf(QStringLiteral("c.png")));
    QVERIFY(html && !html->markdown);
    QCOMPARE(html->alt, QStringLiteral("씨"));

    // Typora's zoom presets.
    QCOMPARE(ImageStore::withZoom(text, *markdown, 50),
             QString(text).replace(
                 QStringLiteral("![그림 \\[1\\]](/assets/a%20b.png \"제목\")"),
                 QStringLiteral("<img src=\"/assets/a%20b.png\" alt=\"그림 [1]\" style=\"zoom: 50%;\" />")));
    QCOMPARE(ImageStore::withZoom(text, *html, 33),
             QString(text).replace(QStringLiteral("zoom: 67%;"), QStringLiteral("zoom: 33%;")));
    QCOMPARE(ImageStore::withZoom(text, *html, 100),
             QString(text).replace(QStringLiteral(" style=\"zoom: 67%;\""), QString()));
    QCOMPARE(ImageStore::withZoom(text, *markdown, 100), text);
    QCOMPARE(ImageStore::without(text, *html),
             QString(text).replace(QStringLiteral("<img src=\"/assets/c.png\" alt=\"씨\" style=\"zoom: 67%;\" />"),
                                   QString()));
}

void TestImageStore::unusedFiles()
{
    const QString post = m_site + QStringLiteral("/_posts/2022-12-31-a.md");
    QString text = QStringLiteral("---\ntitle: a\n---\n");
    const ImageStore store = ImageStore::forPost(post, text, m_site);
    const QDateTime when(QDate(2022, 12, 31), QTime(1, 2, 3, 4));
    const QString used = store.storeData(png, when).path;
    const QString unused = store.storeData(png, when).path;
    const QString renamed = store.storeData(png, when).path;
    text += store.markdownFor(used) + QStringLiteral("\n<img src=\"") + store.linkFor(renamed)
            + QStringLiteral("\" />\n");
    QCOMPARE(store.unusedFiles(store.read(text)), QStringList{unused});
    // A name the post mentions where no reference is (a theme's teaser key,
    // Liquid) is kept.
    const QString teaser = store.folder() + QStringLiteral("/대표 그림.png");
    QVERIFY(writeAll(teaser, png));
    QCOMPARE(store.unusedFiles(store.read(text)).size(), 2);
    const QString withTeaser = QString(text).replace(
        QStringLiteral("title: a\n"), QStringLiteral("title: a\nimage: /assets/img/2022-12-31-a/대표%20그림.png\n"));
    QCOMPARE(store.unusedFiles(store.read(withTeaser)), QStringList{unused});
    QVERIFY(QFile::remove(teaser));

    // Relinking points every reference of a file at a new link.
    const QString moved = store.folder() + QStringLiteral("/새 이름.png");
    QVERIFY(QFile::rename(renamed, moved));
    const QString relinked = store.relinked(store.read(text), renamed, store.linkFor(moved));
    QVERIFY2(relinked.contains(QStringLiteral("<img src=\"/assets/img/2022-12-31-a/새%20이름.png\" />")),
             qPrintable(relinked));
    QVERIFY(relinked.contains(store.linkFor(used)));
    QCOMPARE(store.unusedFiles(store.read(relinked)), QStringList{unused});
}

QTEST_GUILESS_MAIN(TestImageStore)
#include "tst_imagestore.moc"
