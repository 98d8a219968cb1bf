// SPDX-License-Identifier: GPL-3.0-or-later
// OpenPost with real files changed behind its back, the recovery journal on
// disk, and LineDiff checked by git applying its output.
#include "linediff.h"
#include "openpost.h"
#include "recoveryjournal.h"
#include "site.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace geul;
using geul::test::readAll;
using geul::test::writeAll;
namespace test = geul::test;

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
        OpenPost::SaveResult result;
        {
            const test::FullDisk full;
            QVERIFY(full.isSet());
            result = open.save(QString(10'000, QChar(u'글')), &error);
        }
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

private:
    // A site with a post that links two images of its own folder.
    struct Site
    {
        QString root, post, folder;
    };
    Site makeSite(const QString &name)
    {
        Site site;
        site.root = m_dir.filePath(name);
        QDir dir(site.root);
        dir.mkpath(QStringLiteral("_posts"));
        dir.mkpath(QStringLiteral("assets/img/2024-06-04-p"));
        writeAll(dir.filePath(QStringLiteral("_config.yml")), "title: x\n");
        site.folder = dir.filePath(QStringLiteral("assets/img/2024-06-04-p"));
        writeAll(site.folder + QStringLiteral("/a.png"), test::tinyPng());
        writeAll(site.folder + QStringLiteral("/b.png"), test::tinyPng());
        site.post = dir.filePath(QStringLiteral("_posts/2024-06-04-p.md"));
        writeAll(site.post, "---\ntitle: p\n---\n\n앞 ![그림](/assets/img/2024-06-04-p/a.png) 뒤\n\n"
                            "![또](/assets/img/2024-06-04-p/b.png)\n");
        return site;
    }
    static Reading::Reference imageNear(const QString &text, const QString &near)
    {
        return *Reading::read(text).imageAt(text.indexOf(near));
    }

private Q_SLOTS:
    // An image whose file name macOS wrote in NFD, linked in NFC as typed:
    // renamed (the file and the link), and exported under its name.
    void nfdImageNames()
    {
        const Site site = makeSite(QStringLiteral("nfd"));
        const QString nfd = QString::fromUtf8("\xe1\x84\x89\xe1\x85\xa1\xe1\x84\x8c\xe1\x85\xb5\xe1\x86\xab"); // 사진
        QVERIFY(writeAll(site.folder + u'/' + nfd + QStringLiteral(".png"), test::tinyPng()));
        QVERIFY(writeAll(site.post, "---\ntitle: p\n---\n\n![풍경](/assets/img/2024-06-04-p/사진.png)\n"));
        OpenPost open;
        QString error;
        const QString text = *open.load(site.post, &error);
        open.setSite(SiteConfig::read(site.root));
        // Linked: Clean Unused does not offer it.
        for (const QString &unused : open.unusedImages(text))
            QVERIFY2(!unused.normalized(QString::NormalizationForm_C).endsWith(QStringLiteral("사진.png")), qPrintable(unused));
        const OpenPost::TextChange renamed
            = open.renameImage(text, imageNear(text, QStringLiteral("풍경")), QStringLiteral("바다"));
        QVERIFY2(renamed.ok, qPrintable(renamed.error));
        QVERIFY(QFile::exists(site.folder + QStringLiteral("/바다.png")));
        QVERIFY(!QFile::exists(site.folder + u'/' + nfd + QStringLiteral(".png")));
        QVERIFY2(renamed.text.contains(QStringLiteral("](/assets/img/2024-06-04-p/바다.png)")), qPrintable(renamed.text));
        QCOMPARE(QString::fromUtf8(readAll(site.post)), renamed.text);
    }

    // A post whose name and text macOS wrote in NFD: saved under the same
    // name (no NFC twin beside it), with the untouched text still NFD, and
    // journalled under its own name with its NFD text.
    void nfdPostNameAndText()
    {
        const Site site = makeSite(QStringLiteral("nfdpost"));
        const QString name = QStringLiteral("2024-06-05-회고.md").normalized(QString::NormalizationForm_D);
        const QString path = QFileInfo(site.post).absolutePath() + u'/' + name;
        const QString body = QStringLiteral("---\ntitle: 회고\n---\n\n한 해를 돌아본다.\n").normalized(QString::NormalizationForm_D);
        QVERIFY(writeAll(path, body.toUtf8()));
        OpenPost open;
        QString error;
        const std::optional<QString> text = open.load(path, &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(*text, body);
        const QString edited = *text + QStringLiteral("새 줄\n");
        QVERIFY2(open.save(edited, &error) == OpenPost::SaveResult::Saved, qPrintable(error));
        QCOMPARE(readAll(path), edited.toUtf8());
        const QStringList files = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("2024-06-05-*")});
        QCOMPARE(files, QStringList{name});
        // The journal keeps the name and the text as they are.
        open.setTextSource([edited] { return edited + QStringLiteral("저장 안 한 줄\n"); });
        open.setModified(true);
        open.writeJournal();
        const RecoveryJournal::Entry entry = RecoveryJournal::read(open.journal().id());
        QCOMPARE(entry.postPath, path);
        QCOMPARE(entry.text, edited + QStringLiteral("저장 안 한 줄\n"));
        QVERIFY(entry.text.contains(QStringLiteral("돌아본다").normalized(QString::NormalizationForm_D)));
        open.discardJournal();
    }

    void imageRenameIsSavedWithThePost()
    {
        const Site site = makeSite(QStringLiteral("rename"));
        OpenPost open;
        QString error;
        const QString text = *open.load(site.post, &error);
        open.setSite(SiteConfig::read(site.root));
        // Taken, and not a name: nothing changes.
        QVERIFY(!open.renameImage(text, imageNear(text, QStringLiteral("그림")), QStringLiteral("b")).ok);
        QVERIFY(!open.renameImage(text, imageNear(text, QStringLiteral("그림")), QStringLiteral("a/b")).ok);
        QVERIFY(QFile::exists(site.folder + QStringLiteral("/a.png")));

        const OpenPost::TextChange renamed = open.renameImage(text, imageNear(text, QStringLiteral("그림")), QStringLiteral("새 이름"));
        QVERIFY2(renamed.ok, qPrintable(renamed.error));
        QVERIFY(QFile::exists(site.folder + QStringLiteral("/새 이름.png")));
        QVERIFY(renamed.text.contains(QStringLiteral("(/assets/img/2024-06-04-p/새%20이름.png)")));
        // On disk at once: a Discard later cannot leave a link to a file that is gone.
        QCOMPARE(QString::fromUtf8(readAll(site.post)), renamed.text);

        // Another program changed the post: refused, the file put back.
        QVERIFY(writeAll(site.post, readAll(site.post) + "그들의 줄\n"));
        const OpenPost::TextChange refused
            = open.renameImage(renamed.text, imageNear(renamed.text, QStringLiteral("그림")), QStringLiteral("셋째"));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("another program")), qPrintable(refused.error));
        QVERIFY(QFile::exists(site.folder + QStringLiteral("/새 이름.png")));
        QVERIFY(!QFile::exists(site.folder + QStringLiteral("/셋째.png")));
    }

    void imageDeleteIsSavedWithThePost()
    {
        const Site site = makeSite(QStringLiteral("delete"));
        OpenPost open;
        QString error;
        const QString text = *open.load(site.post, &error);
        open.setSite(SiteConfig::read(site.root));
        QCOMPARE(open.unusedImages(text), QStringList());
        const OpenPost::TextChange deleted = open.deleteImage(text, imageNear(text, QStringLiteral("또")), true);
        QVERIFY2(deleted.ok, qPrintable(deleted.error));
        QVERIFY(!QFile::exists(site.folder + QStringLiteral("/b.png")));
        QVERIFY(!deleted.text.contains(QStringLiteral("![또]")));
        QCOMPARE(QString::fromUtf8(readAll(site.post)), deleted.text);
    }

    void renamePostTakesItsFolderAndUndoes()
    {
        const Site site = makeSite(QStringLiteral("renamepost"));
        OpenPost open;
        QString error;
        const QString text = *open.load(site.post, &error);
        open.setSite(SiteConfig::read(site.root));
        const OpenPost::PostRename plan = open.planRename(text, QStringLiteral("2024-06-04-new"));
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(QFileInfo(plan.folderTo).fileName(), QStringLiteral("2024-06-04-new"));
        const OpenPost::TextChange done = open.renamePost(plan, text);
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(open.path(), plan.to);
        QVERIFY(!QFile::exists(site.post));
        QVERIFY(QFile::exists(plan.folderTo + QStringLiteral("/a.png")));
        QVERIFY(done.text.contains(QStringLiteral("/assets/img/2024-06-04-new/a.png")));
        QCOMPARE(QString::fromUtf8(readAll(plan.to)), done.text);

        // A folder that cannot be made: nothing is renamed, nothing moves.
        const OpenPost::PostRename again = open.planRename(done.text, QStringLiteral("2024-06-04-third"));
        QVERIFY(writeAll(QFileInfo(again.folderTo).absolutePath() + QStringLiteral("/2024-06-04-third"), "a file"));
        const OpenPost::TextChange blocked = open.renamePost(again, done.text);
        QVERIFY(!blocked.ok);
        QVERIFY(QFile::exists(plan.to));
        QVERIFY(QFile::exists(plan.folderTo + QStringLiteral("/a.png")));
        QCOMPARE(open.path(), plan.to);
    }

    // A draft moves into _posts with today's date: its date key and its
    // image folder follow; a name that is taken changes nothing.
    void publishDraft()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        QVERIFY(root.mkpath(QStringLiteral("_drafts")) && root.mkpath(QStringLiteral("assets/img/첫-초안")));
        QVERIFY(writeAll(root.filePath(QStringLiteral("_config.yml")), "title: x\n"));
        const QString draft = root.filePath(QStringLiteral("_drafts/첫-초안.md"));
        const QByteArray text = "---\ntitle: 초안\ndate: 2020-01-01 10:00:00 +0900\ncomments: True\n---\n"
                                "![그림](/assets/img/첫-초안/a.png)\n";
        QVERIFY(writeAll(draft, text));
        QVERIFY(writeAll(root.filePath(QStringLiteral("assets/img/첫-초안/a.png")), test::tinyPng()));
        OpenPost open;
        QString error;
        const QString loaded = *open.load(draft, &error);
        open.setSite(SiteConfig::read(dir.path()));
        const QDateTime now(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::fromSecondsAheadOfUtc(9 * 3600));

        // Taken: refused, nothing moves.
        const QString taken = root.filePath(QStringLiteral("_posts/2024-05-06-첫-초안.md"));
        QVERIFY(root.mkpath(QStringLiteral("_posts")) && writeAll(taken, "다른 글\n"));
        QVERIFY(!open.planPublish(loaded, now).error.isEmpty());
        QVERIFY(QFile::remove(taken));

        const OpenPost::PostRename plan = open.planPublish(loaded, now);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.to, taken);
        const OpenPost::TextChange done = open.renamePost(plan, loaded);
        QVERIFY2(done.ok, qPrintable(done.error));
        QVERIFY(!QFile::exists(draft));
        QCOMPARE(open.path(), taken);
        // Only the date line and the link changed.
        QCOMPARE(QString::fromUtf8(readAll(taken)),
                 QStringLiteral("---\ntitle: 초안\ndate: 2024-05-06 07:08:09 +0900\ncomments: True\n---\n"
                                "![그림](/assets/img/2024-05-06-첫-초안/a.png)\n"));
        QVERIFY(QFile::exists(root.filePath(QStringLiteral("assets/img/2024-05-06-첫-초안/a.png"))));

        // A post is not a draft.
        QVERIFY(!open.planPublish(done.text, now).error.isEmpty());
    }

    void firstSaveTakesPastedImagesAlong()
    {
        const Site site = makeSite(QStringLiteral("firstsave"));
        OpenPost open;
        // Pasted into a post never saved: a temporary folder.
        const OpenPost::TextChange pasted = open.storeImages(QString(), test::tinyPng(), {});
        QVERIFY2(pasted.ok, qPrintable(pasted.error));
        QVERIFY(!open.unsavedImageFolder().isEmpty());
        // A damaged one is refused with the reason, nothing stored.
        const OpenPost::TextChange damaged = open.storeImages(QString(), test::tinyPng().left(40), {});
        QVERIFY(!damaged.ok);
        QVERIFY(damaged.error.contains(QStringLiteral("damaged")));
        const QString text = QStringLiteral("---\ntitle: 새 글\n---\n\n") + pasted.text + u'\n';
        const QString path = QDir(site.root).filePath(QStringLiteral("_posts/2024-06-05-new.md"));
        QString error, saved, notice;
        QCOMPARE(open.saveAs(path, text, &error, &saved, &notice), OpenPost::SaveResult::Saved);
        QCOMPARE(QString::fromUtf8(readAll(path)), saved);
        static const QRegularExpression link(QStringLiteral("\\(/assets/img/2024-06-05-new/(image-\\d{17}\\.png)\\)"));
        const QRegularExpressionMatch m = link.match(saved);
        QVERIFY2(m.hasMatch(), qPrintable(saved));
        QCOMPARE(readAll(QDir(site.root).filePath(QStringLiteral("assets/img/2024-06-05-new/")) + m.captured(1)),
                 test::tinyPng());
        QVERIFY(open.unsavedImageFolder().isEmpty());
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
    void lineDiffRemovesBeforeItAdds()
    {
        const QString diff = LineDiff::unified(QStringLiteral("a\nold\nz\n"), QStringLiteral("a\nnew\nz\n"), QStringLiteral("x"),
                                               QStringLiteral("y"));
        QVERIFY2(diff.indexOf(QStringLiteral("-old")) < diff.indexOf(QStringLiteral("+new")), qPrintable(diff));
    }
    void lineDiffOfEqualTextsIsEmpty()
    {
        QCOMPARE(LineDiff::unified(QStringLiteral("a\n"), QStringLiteral("a\n"), {}, {}), QString());
    }
};

QTEST_GUILESS_MAIN(TestOpenPost)
#include "tst_openpost.moc"
