// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing with real git: a blog cloned from a local bare "remote", its
// posts committed and pushed by Publisher and by `geul-cli publish`, and
// what reached the remote read back with git itself.
#include "gitsupport.h"
#include "publisher.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;

namespace {

QStringList added(const QStringList &before, const QStringList &after)
{
    QStringList result;
    for (const QString &file : after) {
        if (!before.contains(file))
            result << file;
    }
    result.sort();
    return result;
}

// Runs geul-cli with @p arguments in @p dir.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun cli(const QStringList &arguments, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral(GEUL_CLI_PATH), arguments);
    process.waitForFinished(-1);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Publisher::Options pushing()
{
    Publisher::Options options;
    options.push = true;
    return options;
}

} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(test::useOwnGitConfiguration(m_home.path()));
    }

    void publishesThePostWithItsTwoImages()
    {
        test::Blog blog;
        const QStringList before = blog.remoteFiles();
        blog.writePost(QStringLiteral("2024-05-01-first-post.md"), QStringLiteral("첫 글"),
                       {QStringLiteral("assets/img/2024-05-01-first-post/그림 1.png"),
                        QStringLiteral("assets/img/2024-05-01-first-post/image-2.png")});
        // Unrelated work in progress, which must stay where it is.
        test::writeAll(blog.path(QStringLiteral("notes.txt")), "draft notes\n");
        test::writeAll(blog.path(QStringLiteral("README.md")), "A blog, changed\n");

        const CliRun run = cli({QStringLiteral("publish"), QStringLiteral("_posts/2024-05-01-first-post.md")}, blog.site);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(added(before, blog.remoteFiles()),
                 (QStringList{QStringLiteral("_posts/2024-05-01-first-post.md"),
                              QStringLiteral("assets/img/2024-05-01-first-post/image-2.png"),
                              QStringLiteral("assets/img/2024-05-01-first-post/그림 1.png")}));
        QCOMPARE(blog.remoteFiles().size(), before.size() + 3);
        QCOMPARE(blog.remoteHead(), blog.head());
        QCOMPARE(test::git(blog.remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"), QStringLiteral("main")}),
                 QStringLiteral("Publish: 첫 글"));
        // The writer's other changes are untouched.
        QCOMPARE(blog.status(), QStringLiteral(" M README.md\n?? notes.txt"));
        QVERIFY2(run.out.contains(QLatin1String("https://writer.github.io/blog/2024/05/01/first-post.html")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Pushed to origin/main")), qPrintable(run.out));
    }

    void aMissingImageRefusesAndCommitsNothing()
    {
        test::Blog blog;
        const QString head = blog.head();
        const QString post = blog.writePost(QStringLiteral("2024-05-02-missing.md"), QStringLiteral("빠진 그림"),
                                            {QStringLiteral("assets/img/2024-05-02-missing/a.png")},
                                            {QStringLiteral("assets/img/2024-05-02-missing/gone.png")});
        const QString status = blog.status();
        const Publisher::Plan plan = Publisher::plan(post, pushing());
        QVERIFY(!plan.canPublish(pushing()));
        QVERIFY2(plan.errors.join(u'\n').contains(QLatin1String("gone.png")), qPrintable(plan.errors.join(u'\n')));
        const Publisher::Result result = Publisher::publish(plan, pushing());
        QVERIFY(!result.ok());
        QVERIFY(result.commit.isEmpty());
        QCOMPARE(blog.head(), head);
        QCOMPARE(blog.remoteHead(), head);
        QCOMPARE(blog.status(), status); // nothing staged either

        const CliRun run = cli({QStringLiteral("publish"), post}, blog.site);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("gone.png")), qPrintable(run.err));
        QCOMPARE(blog.head(), head);
        QCOMPARE(blog.status(), status);
    }

    void unrelatedStagedChangesStayStagedAndOutOfTheCommit()
    {
        test::Blog blog;
        test::writeAll(blog.path(QStringLiteral("README.md")), "Staged by the writer\n");
        test::writeAll(blog.path(QStringLiteral("staged-new.txt")), "new and staged\n");
        test::git(blog.site, {QStringLiteral("add"), QStringLiteral("README.md"), QStringLiteral("staged-new.txt")});
        const QString post = blog.writePost(QStringLiteral("2024-05-03-staged.md"), QStringLiteral("곁에 있는 변경"),
                                            {QStringLiteral("assets/img/2024-05-03-staged/a.png")});
        const Publisher::Plan plan = Publisher::plan(post, pushing());
        QCOMPARE(plan.otherStaged, (QStringList{QStringLiteral("README.md"), QStringLiteral("staged-new.txt")}));
        const Publisher::Result result = Publisher::publish(plan, pushing());
        QVERIFY2(result.ok(), qPrintable(result.error + u'\n' + result.details));
        QVERIFY(result.pushed);
        // The commit holds the post and its image, nothing else.
        const QStringList committed
            = test::git(blog.site, {QStringLiteral("show"), QStringLiteral("--name-only"), QStringLiteral("--format="), QStringLiteral("-z"), result.commit})
                  .split(QChar(0), Qt::SkipEmptyParts);
        QCOMPARE(committed, (QStringList{QStringLiteral("_posts/2024-05-03-staged.md"),
                                         QStringLiteral("assets/img/2024-05-03-staged/a.png")}));
        QCOMPARE(test::git(blog.remote, {QStringLiteral("show"), QStringLiteral("main:README.md")}), QStringLiteral("A blog"));
        // Still staged, as the writer left them.
        QCOMPARE(test::git(blog.site, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}),
                 QStringLiteral("README.md\nstaged-new.txt"));
    }

    void aRemoteAheadIsNeverOverwritten()
    {
        test::Blog blog;
        // Another computer publishes first.
        const QString other = blog.dir.filePath(QStringLiteral("laptop"));
        test::git(blog.dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), blog.remote, other});
        test::writeAll(QDir(other).filePath(QStringLiteral("about.md")), "About me\n");
        test::git(other, {QStringLiteral("add"), QStringLiteral("about.md")});
        test::git(other, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("About")});
        test::git(other, {QStringLiteral("push"), QStringLiteral("-q")});
        const QString theirs = blog.remoteHead();

        const QString post = blog.writePost(QStringLiteral("2024-05-04-behind.md"), QStringLiteral("늦은 글"),
                                            {QStringLiteral("assets/img/2024-05-04-behind/a.png")});
        const Publisher::Plan plan = Publisher::plan(post, pushing());
        QVERIFY2(plan.canPublish(pushing()), qPrintable(plan.errors.join(u'\n')));
        const Publisher::Result result = Publisher::publish(plan, pushing());
        QVERIFY(!result.ok());
        QVERIFY(!result.pushed);
        QVERIFY2(result.error.contains(QLatin1String("nothing was overwritten")), qPrintable(result.error));
        QVERIFY2(result.retry.contains(QLatin1String("git pull --rebase")), qPrintable(result.retry));
        // The commit stays; the remote keeps the other computer's work.
        QVERIFY(!result.commit.isEmpty());
        QCOMPARE(blog.head(), result.commit);
        QCOMPARE(blog.remoteHead(), theirs);
        QVERIFY(QFileInfo::exists(post));
        QCOMPARE(blog.status(), QString());

        // After a pull, publishing again pushes the commit already made.
        test::git(blog.site, {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--rebase")});
        const Publisher::Plan again = Publisher::plan(post, pushing());
        QVERIFY(!again.hasChanges());
        QCOMPARE(again.ahead, 1);
        const Publisher::Result retried = Publisher::publish(again, pushing());
        QVERIFY2(retried.ok(), qPrintable(retried.error + u'\n' + retried.details));
        QVERIFY(retried.pushed);
        QCOMPARE(blog.remoteHead(), blog.head());
        QVERIFY(blog.remoteFiles().contains(QStringLiteral("about.md")));
        QVERIFY(blog.remoteFiles().contains(QStringLiteral("_posts/2024-05-04-behind.md")));
    }

    void anUnreachableRemoteKeepsTheCommit()
    {
        test::Blog blog;
        // Nothing listens there: as without a network.
        test::git(blog.site, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                              QStringLiteral("http://127.0.0.1:9/blog.git")});
        const QString post = blog.writePost(QStringLiteral("2024-05-12-offline.md"), QStringLiteral("비행기에서"),
                                            {QStringLiteral("assets/img/2024-05-12-offline/a.png")});
        const Publisher::Plan plan = Publisher::plan(post, pushing());
        QVERIFY2(plan.canPublish(pushing()), qPrintable(plan.errors.join(u'\n')));
        const Publisher::Result result = Publisher::publish(plan, pushing());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("cannot be reached")), qPrintable(result.error + u'\n' + result.details));
        QVERIFY2(result.retry.contains(QLatin1String("when you are online")), qPrintable(result.retry));
        QVERIFY(!result.commit.isEmpty());
        QCOMPARE(blog.head(), result.commit);
        QCOMPARE(blog.status(), QString());
    }

    void aDryRunPrintsThePlanAndChangesNothing()
    {
        test::Blog blog;
        const QString post = blog.writePost(QStringLiteral("2024-05-05-dry.md"), QStringLiteral("시험 삼아"),
                                            {QStringLiteral("assets/img/2024-05-05-dry/a.png"),
                                             QStringLiteral("assets/img/2024-05-05-dry/b.png")});
        const QString head = blog.head();
        const QString status = blog.status();
        const CliRun run = cli({QStringLiteral("publish"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                                QStringLiteral("-m"), QStringLiteral("새 글: 시험"), post},
                               blog.site);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(plan.value(QStringLiteral("message")).toString(), QStringLiteral("새 글: 시험"));
        QCOMPARE(plan.value(QStringLiteral("upstream")).toString(), QStringLiteral("origin/main"));
        QCOMPARE(plan.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://writer.github.io/blog/2024/05/05/dry.html"));
        QStringList files;
        for (const QJsonValue &file : plan.value(QStringLiteral("files")).toArray()) {
            QCOMPARE(file.toObject().value(QStringLiteral("change")).toString(), QStringLiteral("added"));
            files << file.toObject().value(QStringLiteral("path")).toString();
        }
        QCOMPARE(files, (QStringList{QStringLiteral("_posts/2024-05-05-dry.md"), QStringLiteral("assets/img/2024-05-05-dry/a.png"),
                                     QStringLiteral("assets/img/2024-05-05-dry/b.png")}));
        QCOMPARE(blog.head(), head);
        QCOMPARE(blog.remoteHead(), head);
        QCOMPARE(blog.status(), status);
    }

    void deletedImagesOfThePostAreCommittedAsDeleted()
    {
        test::Blog blog;
        const QString post = blog.writePost(QStringLiteral("2024-05-06-edit.md"), QStringLiteral("고친 글"),
                                            {QStringLiteral("assets/img/2024-05-06-edit/old.png"),
                                             QStringLiteral("assets/img/2024-05-06-edit/keep.png")});
        // Another post's image, deleted too: not this post's to commit.
        blog.writePost(QStringLiteral("2024-05-07-other.md"), QStringLiteral("다른 글"),
                       {QStringLiteral("assets/img/2024-05-07-other/x.png")});
        QVERIFY(Publisher::publish(Publisher::plan(post, pushing()), pushing()).ok());
        blog.commitAll(QStringLiteral("Other"));
        // The writer renames one image and removes another post's.
        QVERIFY(QFile::rename(blog.path(QStringLiteral("assets/img/2024-05-06-edit/old.png")),
                              blog.path(QStringLiteral("assets/img/2024-05-06-edit/new.png"))));
        QVERIFY(QFile::remove(blog.path(QStringLiteral("assets/img/2024-05-07-other/x.png"))));
        QByteArray text = test::readAll(post);
        text.replace("old.png", "new.png");
        test::writeAll(post, text);

        const Publisher::Plan plan = Publisher::plan(post, pushing());
        QStringList described;
        for (const Publisher::Change &change : plan.changes)
            described << Publisher::kindName(change.kind) + u' ' + change.path;
        QCOMPARE(described, (QStringList{QStringLiteral("modified _posts/2024-05-06-edit.md"),
                                         QStringLiteral("unchanged assets/img/2024-05-06-edit/keep.png"),
                                         QStringLiteral("new assets/img/2024-05-06-edit/new.png"),
                                         QStringLiteral("deleted assets/img/2024-05-06-edit/old.png")}));
        const Publisher::Result result = Publisher::publish(plan, pushing());
        QVERIFY2(result.ok(), qPrintable(result.error + u'\n' + result.details));
        const QStringList remote = blog.remoteFiles();
        QVERIFY(remote.contains(QStringLiteral("assets/img/2024-05-06-edit/new.png")));
        QVERIFY(!remote.contains(QStringLiteral("assets/img/2024-05-06-edit/old.png")));
        QVERIFY(remote.contains(QStringLiteral("assets/img/2024-05-07-other/x.png")));
        QCOMPARE(blog.status(), QStringLiteral(" D assets/img/2024-05-07-other/x.png"));
    }

    void whatTheBlogWillNotShowNeedsConfirming()
    {
        test::Blog blog;
        QDir(blog.site).mkpath(QStringLiteral("_drafts"));
        const QString draft = blog.path(QStringLiteral("_drafts/idea.md"));
        test::writeAll(draft, "---\nlayout: post\ntitle: \"생각\"\n---\n\n아직 쓰는 중.\n");
        const QString hidden = blog.path(QStringLiteral("_posts/2024-05-08-hidden.md"));
        test::writeAll(hidden, "---\nlayout: post\ntitle: \"숨김\"\npublished: false\n---\n\n숨긴 글.\n");
        for (const QString &post : {draft, hidden}) {
            const Publisher::Plan plan = Publisher::plan(post, pushing());
            QVERIFY(plan.errors.isEmpty());
            QCOMPARE(plan.confirmations.size(), 1);
            QVERIFY(!plan.canPublish(pushing()));
            QVERIFY(!Publisher::publish(plan, pushing()).ok());
            QVERIFY(plan.url.isEmpty());
        }
        const QString head = blog.head();
        QCOMPARE(cli({QStringLiteral("publish"), draft}, blog.site).exitCode, 1);
        QCOMPARE(blog.head(), head);
        const CliRun confirmed = cli({QStringLiteral("publish"), QStringLiteral("--allow-unlisted"), draft}, blog.site);
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.out + confirmed.err));
        QVERIFY(blog.remoteFiles().contains(QStringLiteral("_drafts/idea.md")));
    }

    void refusesWithoutARepositoryAnUpstreamOrAnIgnoredImage()
    {
        // Not a repository.
        QTemporaryDir plain;
        QDir(plain.path()).mkpath(QStringLiteral("_posts"));
        test::writeAll(plain.filePath(QStringLiteral("_config.yml")), "title: x\n");
        const QString lone = plain.filePath(QStringLiteral("_posts/2024-05-09-lone.md"));
        test::writeAll(lone, "---\nlayout: post\ntitle: \"혼자\"\n---\n\n글.\n");
        Publisher::Plan plan = Publisher::plan(lone, pushing());
        QCOMPARE(plan.errors.size(), 1);
        QVERIFY2(plan.errors.first().contains(QLatin1String("not in a git repository")), qPrintable(plan.errors.first()));

        // A branch without an upstream: pushing is refused, committing not.
        test::Blog blog;
        test::git(blog.site, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("local-only")});
        const QString post = blog.writePost(QStringLiteral("2024-05-10-local.md"), QStringLiteral("로컬"), {});
        plan = Publisher::plan(post, pushing());
        QVERIFY2(plan.errors.join(u'\n').contains(QLatin1String("no upstream")), qPrintable(plan.errors.join(u'\n')));
        Publisher::Options commitOnly;
        commitOnly.push = false;
        plan = Publisher::plan(post, commitOnly);
        QVERIFY2(plan.canPublish(commitOnly), qPrintable(plan.errors.join(u'\n')));
        const Publisher::Result result = Publisher::publish(plan, commitOnly);
        QVERIFY(result.ok());
        QVERIFY(!result.pushed);
        QCOMPARE(blog.head(), result.commit);

        // An image the repository ignores would never reach the blog.
        test::git(blog.site, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        test::writeAll(blog.path(QStringLiteral(".gitignore")), "*.png\n");
        blog.commitAll(QStringLiteral("Ignore"));
        const QString ignoring = blog.writePost(QStringLiteral("2024-05-11-ignored.md"), QStringLiteral("무시"),
                                                {QStringLiteral("assets/img/2024-05-11-ignored/a.png")});
        plan = Publisher::plan(ignoring, pushing());
        QVERIFY2(plan.errors.join(u'\n').contains(QLatin1String("assets/img/2024-05-11-ignored/a.png is ignored")),
                 qPrintable(plan.errors.join(u'\n')));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
