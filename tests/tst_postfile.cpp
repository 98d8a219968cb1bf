// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace geul;
using geul::test::readAll;
using geul::test::writeAll;
using LineEnding = PostFormat::LineEnding;

Q_DECLARE_METATYPE(PostFormat::LineEnding)

namespace {

QByteArray koreanPost(qsizetype minimumBytes)
{
    const QByteArray paragraph
        = QByteArrayLiteral("2022년은 본격적으로 **딥러닝 엔지니어로**서의 경력을 시작하는 한 해였다. "
                            "프로젝트를 마무리할 때마다 실무적인 역량이 쌓이며 한층 더 성장했다.\n\n");
    QByteArray bytes = QByteArrayLiteral("---\nlayout: post\ntitle: \"큰 글\"\n---\n\n");
    int n = 0;
    while (bytes.size() < minimumBytes)
        bytes += (n++ % 10 == 0 ? QByteArrayLiteral("## 소제목 ") + QByteArray::number(n) + "\n\n" : QByteArray())
                 + paragraph;
    return bytes;
}

// Root ignores permission bits, but not a read-only bind mount. For that,
// root's test process gets a private mount namespace (which ends with the
// process). unshare() refuses once a process has threads, so this runs
// before main(), before Qt starts any.
// Inside a chroot "/" is no mount point and cannot be made private; then
// every mount must already be private, so nothing leaks to the host.
bool allMountsPrivate()
{
    FILE *info = std::fopen("/proc/self/mountinfo", "r");
    if (!info)
        return false;
    char line[4096];
    bool shared = false;
    while (std::fgets(line, sizeof line, info))
        shared = shared || std::strstr(line, " shared:") != nullptr;
    std::fclose(info);
    return !shared;
}

const int mountNamespaceError = [] {
    if (geteuid() != 0)
        return 0;
    if (unshare(CLONE_NEWNS) != 0)
        return errno;
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 && !allMountsPrivate())
        return EINVAL;
    return 0;
}();

// Makes @p dir read-only for this process, even for root.
bool makeReadOnly(const QString &dir, QString *why)
{
    if (geteuid() != 0) {
        const bool ok = QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (!ok)
            *why = QStringLiteral("chmod failed");
        return ok;
    }
    if (mountNamespaceError != 0) {
        *why = QStringLiteral("no private mount namespace: %1")
                   .arg(QString::fromLocal8Bit(strerror(mountNamespaceError)));
        return false;
    }
    const QByteArray path = QFile::encodeName(dir);
    if (mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0
        || mount(nullptr, path.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
        *why = QStringLiteral("read-only bind mount failed: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

} // namespace

class TestPostFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void keepsNfdText();
    void refusesInvalidUtf8_data();
    void refusesInvalidUtf8();
    void reportsMissingAndFolders();
    void mixedLineEndingsAreReported();
    void failedSaveInReadOnlyFolderKeepsOldFile();
    void failedSaveWhenDiskIsFullKeepsOldFile();
    void saveWithoutPathFails();
};

void TestPostFile::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<LineEnding>("lineEnding");

    const QByteArray post = QByteArrayLiteral("---\nlayout: post\ntitle: \"2022년 회고\"\ncomments: True\n---\n\n"
                                              "## **돌아보는 2022년**\n\n- 어느덧 **2년차**\n");
    QByteArray crlf = post;
    crlf.replace("\n", "\r\n");

    QTest::newRow("LF") << post << false << LineEnding::LF;
    QTest::newRow("CRLF") << crlf << false << LineEnding::CRLF;
    QTest::newRow("BOM, LF") << QByteArray("\xEF\xBB\xBF" + post) << true << LineEnding::LF;
    QTest::newRow("BOM, CRLF") << QByteArray("\xEF\xBB\xBF" + crlf) << true << LineEnding::CRLF;
    QTest::newRow("no final newline") << post.chopped(1) << false << LineEnding::LF;
    QTest::newRow("CRLF, no final newline") << crlf.chopped(2) << false << LineEnding::CRLF;
    QTest::newRow("several final newlines") << QByteArray(post + "\n\n") << false << LineEnding::LF;
    // "한글" in NFD: conjoining jamo, as macOS writes file names.
    QTest::newRow("NFD Hangul") << QByteArray(
        "# \xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xB3\xE1\x86\xAF\n")
                                << false << LineEnding::LF;
    QTest::newRow("empty") << QByteArray() << false << LineEnding::LF;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << true << LineEnding::LF;
    QTest::newRow("front matter only") << QByteArrayLiteral("---\ntitle: 제목\n---\n") << false << LineEnding::LF;
    QTest::newRow("2 MB") << koreanPost(2 * 1024 * 1024) << false << LineEnding::LF;
    QTest::newRow("emoji and tabs") << QByteArrayLiteral("\t들여쓰기 😀\n") << false << LineEnding::LF;
}

void TestPostFile::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, bom);
    QFETCH(LineEnding, lineEnding);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("2022-12-31-회고.md"));
    QVERIFY(writeAll(path, bytes));

    const PostFile::LoadResult loaded = PostFile::load(path);
    QVERIFY2(loaded.file, qPrintable(loaded.error));
    const PostFile &file = *loaded.file;
    QCOMPARE(file.format().byteOrderMark, bom);
    QCOMPARE(file.format().lineEnding, lineEnding);
    QVERIFY(!file.format().mixedLineEndings);
    QVERIFY(!file.text().contains(QLatin1Char('\r')));
    QVERIFY(!file.text().startsWith(QChar(0xFEFF)));

    QCOMPARE(PostFile::encode(file.text(), file.format()), bytes);

    // Save over the original, and to a new file: both byte for byte.
    QString error;
    QVERIFY2(file.save(&error), qPrintable(error));
    QCOMPARE(readAll(path), bytes);
    PostFile copy = file;
    copy.setPath(dir.filePath(QStringLiteral("copy.md")));
    QVERIFY2(copy.save(&error), qPrintable(error));
    QCOMPARE(readAll(copy.path()), bytes);
}

void TestPostFile::keepsNfdText()
{
    const QByteArray nfd("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"); // 한, decomposed
    const PostFile::LoadResult loaded = PostFile::decode(QStringLiteral("nfd.md"), nfd);
    QVERIFY(loaded.file);
    QCOMPARE(loaded.file->text().size(), 3);
    QCOMPARE(loaded.file->text().normalized(QString::NormalizationForm_C), QStringLiteral("한"));
}

void TestPostFile::refusesInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");

    QTest::newRow("EUC-KR") << QByteArray("---\ntitle: a\n---\n\xC7\xD1\xB1\xDB\n") << QStringLiteral(":4:");
    QTest::newRow("truncated sequence") << QByteArray("\xED\x95") << QStringLiteral(":1:");
    QTest::newRow("overlong") << QByteArray("a\n\xC0\xAF") << QStringLiteral(":2:");
    QTest::newRow("surrogate") << QByteArray("\n\n\xED\xA0\x80") << QStringLiteral(":3:");
    QTest::newRow("Latin-1") << QByteArray("caf\xE9\n") << QStringLiteral(":1:");
}

void TestPostFile::refusesInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("legacy.md"));
    QVERIFY(writeAll(path, bytes));
    const PostFile::LoadResult loaded = PostFile::load(path);
    QVERIFY(!loaded.file);
    QVERIFY2(loaded.error.startsWith(path + where), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(QStringLiteral("UTF-8")), qPrintable(loaded.error));
    // Refusing to open never touches the file.
    QCOMPARE(readAll(path), bytes);
}

void TestPostFile::reportsMissingAndFolders()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("없는 글.md"));
    PostFile::LoadResult loaded = PostFile::load(missing);
    QVERIFY(!loaded.file);
    QVERIFY2(loaded.error.startsWith(missing + QStringLiteral(": ")), qPrintable(loaded.error));

    loaded = PostFile::load(dir.path());
    QVERIFY(!loaded.file);
    QVERIFY2(loaded.error.startsWith(dir.path() + QStringLiteral(": ")), qPrintable(loaded.error));

    // A pipe would block a reader forever: refused at once.
    const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    loaded = PostFile::load(fifo);
    QVERIFY(!loaded.file);
    QVERIFY2(loaded.error.startsWith(fifo + QStringLiteral(": ")), qPrintable(loaded.error));
}

void TestPostFile::mixedLineEndingsAreReported()
{
    const QByteArray bytes("a\r\nb\r\nc\nd\r\n");
    const PostFile::LoadResult loaded = PostFile::decode(QStringLiteral("mixed.md"), bytes);
    QVERIFY(loaded.file);
    QVERIFY(loaded.file->format().mixedLineEndings);
    QCOMPARE(loaded.file->format().lineEnding, LineEnding::CRLF);
    QCOMPARE(loaded.file->text(), QStringLiteral("a\nb\nc\nd\n"));
    // Documented: a mixed file is written with the line ending most lines use.
    QCOMPARE(PostFile::encode(loaded.file->text(), loaded.file->format()), QByteArray("a\r\nb\r\nc\r\nd\r\n"));
}

void TestPostFile::failedSaveInReadOnlyFolderKeepsOldFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("_posts"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/글.md");
    const QByteArray old("# 예전 글\n");
    QVERIFY(writeAll(path, old));

    QString why;
    if (!makeReadOnly(folder, &why))
        QSKIP(qPrintable(QStringLiteral("cannot make a read-only folder here: ") + why));

    PostFile file(path, QStringLiteral("# 새 글\n"), PostFormat());
    QString error;
    QVERIFY(!file.save(&error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("글.md")});

    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestPostFile::failedSaveWhenDiskIsFullKeepsOldFile()
{
    // A file size limit makes writes fail as a full disk does, for root too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    const QByteArray old("# 예전 글\n");
    QVERIFY(writeAll(path, old));

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);

    PostFile file(path, QString::fromUtf8(koreanPost(64 * 1024)), PostFormat());
    QString error;
    const bool saved_ = file.save(&error);

    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!saved_);
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(readAll(path), old);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("글.md")});
}

void TestPostFile::saveWithoutPathFails()
{
    PostFile file;
    file.setText(QStringLiteral("글"));
    QString error;
    QVERIFY(!file.save(&error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestPostFile)
#include "tst_postfile.moc"
