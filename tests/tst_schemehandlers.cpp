// SPDX-License-Identifier: GPL-3.0-or-later
// What the preview's URL schemes serve: files under the allowed folder
// only, with the right MIME types. (tst_mainwindow loads them in a real
// page.)
#include "libraryschemehandler.h"
#include "siteschemehandler.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;

class TestSchemeHandlers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileUnder_data();
    void fileUnder();
    void mimeTypes_data();
    void mimeTypes();
    void katex();

private:
    QTemporaryDir m_dir;
    QString m_site;
};

void TestSchemeHandlers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("site/assets/img")));
    QVERIFY(dir.mkpath(QStringLiteral("site-other")));
    m_site = QDir(m_dir.filePath(QStringLiteral("site"))).canonicalPath();
    QVERIFY(test::writeAll(m_dir.filePath(QStringLiteral("site/assets/img/사진 1.png")), "png"));
    QVERIFY(test::writeAll(m_dir.filePath(QStringLiteral("secret.txt")), "secret"));
    QVERIFY(test::writeAll(m_dir.filePath(QStringLiteral("site-other/a.png")), "png"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.txt")),
                        m_dir.filePath(QStringLiteral("site/assets/img/link.txt"))));
    // What a site folder holds and must never be served.
    QVERIFY(dir.mkpath(QStringLiteral("site/.git")));
    QVERIFY(test::writeAll(m_dir.filePath(QStringLiteral("site/.git/config")), "[remote]"));
    QVERIFY(test::writeAll(m_dir.filePath(QStringLiteral("site/.env")), "TOKEN=x"));
    QVERIFY(test::writeAll(m_dir.filePath(QStringLiteral("site/assets/img/.hidden.png")), "png"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("site/.env")),
                        m_dir.filePath(QStringLiteral("site/assets/img/env.png"))));
}

void TestSchemeHandlers::fileUnder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("served");
    QTest::newRow("inside") << QStringLiteral("site/assets/img/사진 1.png") << true;
    QTest::newRow("dot-dot out") << QStringLiteral("site/assets/img/../../secret.txt") << false;
    QTest::newRow("dot-dot in") << QStringLiteral("site/assets/../assets/img/사진 1.png") << true;
    QTest::newRow("link out") << QStringLiteral("site/assets/img/link.txt") << false;
    QTest::newRow("folder") << QStringLiteral("site/assets/img") << false;
    QTest::newRow("missing") << QStringLiteral("site/assets/img/없음.png") << false;
    QTest::newRow("sibling with the root as prefix") << QStringLiteral("site-other/a.png") << false;
    QTest::newRow("the root itself") << QStringLiteral("site") << false;
    QTest::newRow("dot-folder") << QStringLiteral("site/.git/config") << false;
    QTest::newRow("dotfile") << QStringLiteral("site/.env") << false;
    QTest::newRow("hidden image") << QStringLiteral("site/assets/img/.hidden.png") << false;
    QTest::newRow("link to a dotfile") << QStringLiteral("site/assets/img/env.png") << false;
}

void TestSchemeHandlers::fileUnder()
{
    QFETCH(QString, path);
    QFETCH(bool, served);
    const QString file = SiteSchemeHandler::fileUnder(m_dir.filePath(path), m_site);
    QCOMPARE(!file.isEmpty(), served);
    if (served)
        QVERIFY(file.startsWith(m_site + u'/'));
    // No root, nothing served.
    QVERIFY(SiteSchemeHandler::fileUnder(m_dir.filePath(path), QString()).isEmpty());
}

void TestSchemeHandlers::mimeTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("mime");
    QTest::newRow("png") << QStringLiteral("a.PNG") << QByteArray("image/png");
    QTest::newRow("jpeg") << QStringLiteral("사진.jpg") << QByteArray("image/jpeg");
    QTest::newRow("gif") << QStringLiteral("a.gif") << QByteArray("image/gif");
    QTest::newRow("svg") << QStringLiteral("a.svg") << QByteArray("image/svg+xml");
    QTest::newRow("webp") << QStringLiteral("a.webp") << QByteArray("image/webp");
    QTest::newRow("mp4") << QStringLiteral("a.mp4") << QByteArray("video/mp4");
    QTest::newRow("css") << QStringLiteral("katex.min.css") << QByteArray("text/css");
    QTest::newRow("woff2") << QStringLiteral("KaTeX_Main-Regular.woff2") << QByteArray("font/woff2");
}

void TestSchemeHandlers::mimeTypes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, mime);
    QCOMPARE(SiteSchemeHandler::mimeTypeFor(name), mime);
}

void TestSchemeHandlers::katex()
{
    QVERIFY2(!LibrarySchemeHandler::katexFolder().isEmpty(), "KaTeX (libjs-katex) is not installed");
    const QString script = LibrarySchemeHandler::fileFor(QStringLiteral("/katex/katex.min.js"));
    // Debian links katex.min.js to katex.js, inside the folder: served.
    QCOMPARE(script,
             QFileInfo(LibrarySchemeHandler::katexFolder() + QStringLiteral("/katex.min.js")).canonicalFilePath());
    QVERIFY(!LibrarySchemeHandler::fileFor(QStringLiteral("/katex/fonts/KaTeX_Main-Regular.woff2")).isEmpty());
    QVERIFY(LibrarySchemeHandler::fileFor(QStringLiteral("/katex/../../../../etc/passwd")).isEmpty());
    QVERIFY(LibrarySchemeHandler::fileFor(QStringLiteral("/etc/passwd")).isEmpty());
    QVERIFY(LibrarySchemeHandler::fileFor(QStringLiteral("/katex/")).isEmpty());
    const QByteArray js = SiteSchemeHandler::mimeTypeFor(script);
    QVERIFY2(js == "text/javascript" || js == "application/javascript", js.constData());
}

QTEST_GUILESS_MAIN(TestSchemeHandlers)
#include "tst_schemehandlers.moc"
