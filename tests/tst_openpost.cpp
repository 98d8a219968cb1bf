// SPDX-License-Identifier: GPL-3.0-or-later
// OpenPost with real files changed behind its back, the recovery journal on
// disk, and LineDiff checked by git applying its output.
#include "linediff.h"
#include "openpost.h"
#include "recoveryjournal.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace geul;
using geul::test::readAll;
using geul::test::writeAll;

class TestOpenPost : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString post(const QByteArray &bytes = "---\ntitle: 글\n---\n\n본문\n")
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("2024-01-0%1-post.md").arg(++n % 9 + 1));
        writeAll(path, bytes);
        return path;
    }
    // Replaces @p path the way editors and git do: a new file renamed over it.
    static bool replaceAtomically(const QString &path, const QByteArray &bytes)
    {
        const QString temporary = path + QStringLiteral(".new");
        return writeAll(temporary, bytes) && ::rename(QFile::encodeName(temporary), QFile::encodeName(path)) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(RecoveryJournal::folder()).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

    void loadAndSaveKeepsBytes()
    {
        const QByteArray bytes = "---\r\ntitle: 글\r\n---\r\n본문\r\n";
        const QString path = post(bytes);
        OpenPost open;
        QString error;
        const auto text = open.load(path, &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(open.knownState().hash, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QCOMPARE(open.save(*text, &error), OpenPost::SaveResult::Saved);
        QCOMPARE(readAll(path), bytes);
    }

    void changeByAnotherProgramIsNoticedAndNeverOverwritten()
    {
        const QString path = post();
        OpenPost open;
        QSignalSpy changed(&open, &OpenPost::changedOnDisk);
        QString error;
        QVERIFY(open.load(path, &error));
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);

        const QByteArray theirs = "---\ntitle: 다른 프로그램\n---\n\n그들의 글\n";
        QVERIFY(writeAll(path, theirs));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<OpenPost::DiskChange>(), OpenPost::DiskChange::Modified);
        QCOMPARE(open.diskChange(), OpenPost::DiskChange::Modified);

        // Saving now refuses and leaves their version in place.
        QCOMPARE(open.save(QStringLiteral("내 글\n"), &error), OpenPost::SaveResult::ChangedOnDisk);
        QVERIFY(error.contains(QStringLiteral("another program")));
        QCOMPARE(readAll(path), theirs);
        QCOMPARE(*open.diskText(&error), QString::fromUtf8(theirs));

        // Once the writer has seen it and keeps theirs over it, it saves.
        open.acknowledgeDiskVersion();
        QCOMPARE(open.save(QStringLiteral("내 글\n"), &error), OpenPost::SaveResult::Saved);
        QCOMPARE(readAll(path), QByteArray("내 글\n"));
        QCOMPARE(open.diskChange(), OpenPost::DiskChange::None);
    }

    void ownSaveAndTouchAreNotChanges()
    {
        const QString path = post();
        OpenPost open;
        QSignalSpy changed(&open, &OpenPost::changedOnDisk);
        QString error;
        QVERIFY(open.load(path, &error));
        QCOMPARE(open.save(QStringLiteral("새 본문\n"), &error), OpenPost::SaveResult::Saved);
        // Same bytes, new time.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        file.close();
        QTest::qWait(500);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(open.save(QStringLiteral("또 새 본문\n"), &error), OpenPost::SaveResult::Saved);
    }

    void atomicReplaceIsNoticedEveryTime()
    {
        const QString path = post();
        OpenPost open;
        QSignalSpy changed(&open, &OpenPost::changedOnDisk);
        QString error;
        QVERIFY(open.load(path, &error));
        QVERIFY(replaceAtomically(path, "first replacement\n"));
        QTRY_COMPARE(changed.count(), 1);
        // The watch follows the new file.
        QVERIFY(replaceAtomically(path, "second replacement\n"));
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(writeAll(path, "third, in place\n"));
        QTRY_COMPARE(changed.count(), 3);
        const auto text = open.reload(&error);
        QVERIFY(text);
        QCOMPARE(*text, QStringLiteral("third, in place\n"));
        QCOMPARE(open.diskChange(), OpenPost::DiskChange::None);
        QCOMPARE(open.save(QStringLiteral("mine\n"), &error), OpenPost::SaveResult::Saved);
    }

    void removedFileIsReportedAndNotRecreatedSilently()
    {
        const QString path = post();
        OpenPost open;
        QSignalSpy changed(&open, &OpenPost::changedOnDisk);
        QString error;
        QVERIFY(open.load(path, &error));
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<OpenPost::DiskChange>(), OpenPost::DiskChange::Removed);
        QCOMPARE(open.save(QStringLiteral("내 글\n"), &error), OpenPost::SaveResult::ChangedOnDisk);
        QVERIFY(!QFile::exists(path));
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.md"));
        QCOMPARE(open.saveAs(elsewhere, QStringLiteral("내 글\n"), &error), OpenPost::SaveResult::Saved);
        QCOMPARE(open.path(), elsewhere);
        QCOMPARE(readAll(elsewhere), QByteArray("내 글\n"));
    }

    void fullDiskKeepsTheOldFile()
    {
        // A disk that fills up while saving: files may grow no larger than
        // 4 KiB (RLIMIT_FSIZE holds for root too).
        const QString path = post("old\n");
        OpenPost open;
        QString error;
        QVERIFY(open.load(path, &error));
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const OpenPost::SaveResult result = open.save(QString(10'000, QChar(u'글')), &error);
        setrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, previousHandler);
        QCOMPARE(result, OpenPost::SaveResult::Failed);
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("old\n"));
        // Nothing half-written is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QFileInfo(path).fileName()),
                 QStringList{QFileInfo(path).fileName()});
        QCOMPARE(open.diskChange(), OpenPost::DiskChange::None);
    }

    void journalHoldsTheTextWithinTwoSeconds()
    {
        const QString path = post();
        OpenPost open;
        QString error;
        QVERIFY(open.load(path, &error));
        QString text = QStringLiteral("---\ntitle: 글\n---\n\n본문에 더한 말\n");
        open.setTextSource([&text] { return text; });
        open.setModified(true);
        open.noteTextChanged();
        const QString entry = RecoveryJournal::folder() + u'/' + open.journal().id() + QStringLiteral(".json");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(entry), 2000);
        // Never next to the post.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files), QStringList());
        const QJsonObject o = QJsonDocument::fromJson(readAll(entry)).object();
        QCOMPARE(o.value(QStringLiteral("post")).toString(), path);
        QCOMPARE(o.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(QByteArray::fromHex(o.value(QStringLiteral("base")).toString().toLatin1()),
                 QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256));
        // Held by this (running) Geul: not offered for recovery.
        for (const RecoveryJournal::Entry &e : RecoveryJournal::orphaned())
            QVERIFY(e.id != open.journal().id());

        // Typing on: the entry follows, even while changes keep coming.
        for (int i = 0; i < 15; ++i) {
            text += QStringLiteral("가");
            open.noteTextChanged();
            QTest::qWait(100);
        }
        QTRY_COMPARE_WITH_TIMEOUT(RecoveryJournal::read(open.journal().id()).text, text, 2000);

        // A clean save removes it.
        QCOMPARE(open.save(text, &error), OpenPost::SaveResult::Saved);
        QVERIFY(!QFile::exists(entry));
    }

    void journalOfDiscardIsRemoved()
    {
        OpenPost open;
        open.setTextSource([] { return QStringLiteral("never saved\n"); });
        open.setModified(true);
        open.writeJournal();
        QVERIFY(open.journal().written());
        QCOMPARE(RecoveryJournal::read(open.journal().id()).postPath, QString());
        const QString id = open.journal().id();
        open.discardJournal();
        QCOMPARE(RecoveryJournal::read(id).id, QString());
    }

    void twoWindowsOnOnePostKeepTwoEntries()
    {
        const QString path = post();
        OpenPost a, b;
        QString error;
        QVERIFY(a.load(path, &error));
        QVERIFY(b.load(path, &error));
        a.setTextSource([] { return QStringLiteral("A의 글\n"); });
        b.setTextSource([] { return QStringLiteral("B의 글\n"); });
        a.setModified(true);
        b.setModified(true);
        a.writeJournal();
        b.writeJournal();
        QVERIFY(a.journal().id() != b.journal().id());
        QCOMPARE(RecoveryJournal::read(a.journal().id()).text, QStringLiteral("A의 글\n"));
        QCOMPARE(RecoveryJournal::read(b.journal().id()).text, QStringLiteral("B의 글\n"));
        a.discardJournal();
        b.discardJournal();
    }

    void entriesOfAGeulThatIsGoneAreOffered()
    {
        // An entry whose Geul died: its lock names a process that no
        // longer runs (a child that exited).
        QProcess child;
        child.start(QStringLiteral("true"));
        QVERIFY(child.waitForFinished());
        const qint64 deadPid = child.processId() ? child.processId() : 999999;
        const QString id = QStringLiteral("00000000-dead-0000-0000-000000000001");
        QDir().mkpath(RecoveryJournal::folder());
        QJsonObject o{{QStringLiteral("version"), 1},
                      {QStringLiteral("post"), QStringLiteral("/nowhere/post.md")},
                      {QStringLiteral("base"), QString()},
                      {QStringLiteral("written"), QStringLiteral("2026-11-30T10:00:00.000Z")},
                      {QStringLiteral("text"), QStringLiteral("살아남은 글")}};
        QVERIFY(writeAll(RecoveryJournal::folder() + u'/' + id + QStringLiteral(".json"), QJsonDocument(o).toJson()));
        QVERIFY(writeAll(RecoveryJournal::folder() + u'/' + id + QStringLiteral(".lock"),
                         QByteArray::number(deadPid) + "\ngeul\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
        const QList<RecoveryJournal::Entry> entries = RecoveryJournal::orphaned();
        const auto it = std::find_if(entries.begin(), entries.end(), [&id](const auto &e) { return e.id == id; });
        QVERIFY(it != entries.end());
        QCOMPARE(it->text, QStringLiteral("살아남은 글"));
        QCOMPARE(it->postPath, QStringLiteral("/nowhere/post.md"));
        QVERIFY(RecoveryJournal::discard(id));
        QCOMPARE(RecoveryJournal::read(id).id, QString());
    }

    void lineDiffAppliesWithGit_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("one line changed") << "a\nb\nc\nd\ne\nf\ng\nh\n" << "a\nb\nc\nD\ne\nf\ng\nh\n";
        QTest::newRow("added at start") << "가\n나\n" << "처음\n가\n나\n";
        QTest::newRow("removed at end") << "가\n나\n다\n" << "가\n나\n";
        QTest::newRow("two hunks")
            << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n"
            << "1\n2\nX\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\nY\nZ\n19\n20\n";
        QTest::newRow("interleaved") << "a\nb\nc\nd\n" << "b\na\nd\nc\n";
        QTest::newRow("everything") << "old\ntext\n" << "완전히\n새로운\n글\n";
        QTest::newRow("no final newline") << "a\nb" << "a\nc";
        QTest::newRow("final newline added") << "가\n나" << "가\n나\n";
    }
    void lineDiffAppliesWithGit()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString diff = LineDiff::unified(before, after, QStringLiteral("a/post.md"), QStringLiteral("b/post.md"));
        QVERIFY(!diff.isEmpty());
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(QStringLiteral("post.md")), before.toUtf8()));
        // git applies it to the old text and gets the new.
        const QString patch = diff;
        QVERIFY(writeAll(dir.filePath(QStringLiteral("change.diff")), patch.toUtf8()));
        QProcess git;
        git.setWorkingDirectory(dir.path());
        git.start(QStringLiteral("git"), {QStringLiteral("apply"), QStringLiteral("change.diff")});
        QVERIFY(git.waitForFinished());
        QVERIFY2(git.exitCode() == 0, qPrintable(QString::fromUtf8(git.readAllStandardError()) + u'\n' + diff));
        QCOMPARE(QString::fromUtf8(readAll(dir.filePath(QStringLiteral("post.md")))), after);
    }
    void lineDiffOfEqualTextsIsEmpty()
    {
        QCOMPARE(LineDiff::unified(QStringLiteral("a\n"), QStringLiteral("a\n"), {}, {}), QString());
    }
};

QTEST_GUILESS_MAIN(TestOpenPost)
#include "tst_openpost.moc"
