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

    void fileNamesAreNamesNotPatterns()
    {
        test::Blog blog;
        const QString post = blog.writePost(QStringLiteral("2024-05-13-glob.md"), QStringLiteral("괄호"),
                                            {QStringLiteral("assets/img/2024-05-13-glob/a[1].png")});
        // What the pattern a[1].png would match: not the post's.
        test::writeAll(blog.path(QStringLiteral("assets/img/2024-05-13-glob/a1.png")), test::tinyPng());
        const Publisher::Result result = Publisher::publish(Publisher::plan(post, pushing()), pushing());
        QVERIFY2(result.ok(), qPrintable(result.error + u'\n' + result.details));
        QVERIFY(blog.remoteFiles().contains(QStringLiteral("assets/img/2024-05-13-glob/a[1].png")));
        QVERIFY(!blog.remoteFiles().contains(QStringLiteral("assets/img/2024-05-13-glob/a1.png")));
        QCOMPARE(blog.status(), QStringLiteral("?? assets/img/2024-05-13-glob/a1.png"));
    }

    void conflictsAndADetachedOrLocalBranchRefuse()
    {
        test::Blog blog;
        const QString post = blog.writePost(QStringLiteral("2024-05-14-conflict.md"), QStringLiteral("충돌"), {});
        blog.commitAll(QStringLiteral("Post"));
        // A `git stash pop` that conflicts: no merge under way, but the
        // post holds conflict markers.
        test::writeAll(post, test::readAll(post) + "여기서 고침\n");
        test::git(blog.site, {QStringLiteral("stash"), QStringLiteral("-q")});
        test::writeAll(post, test::readAll(post) + "저기서 고침\n");
        blog.commitAll(QStringLiteral("Elsewhere"));
        test::git(blog.site, {QStringLiteral("stash"), QStringLiteral("pop"), QStringLiteral("-q")}, false);
        QVERIFY(test::readAll(post).contains("<<<<<<<"));
        Publisher::Plan plan = Publisher::plan(post, pushing());
        QVERIFY2(plan.errors.join(u'\n').contains(QLatin1String("unresolved conflicts: _posts/2024-05-14-conflict.md")),
                 qPrintable(plan.errors.join(u'\n')));
        const QString head = blog.head();
        QVERIFY(!Publisher::publish(plan, pushing()).ok());
        QCOMPARE(blog.head(), head);
        test::git(blog.site, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("HEAD"), QStringLiteral("--"), post});

        // A revert under way (as git marks it).
        const QString reverting = blog.path(QStringLiteral(".git/REVERT_HEAD"));
        test::writeAll(reverting, blog.head().toUtf8() + '\n');
        plan = Publisher::plan(post, pushing());
        QVERIFY2(plan.errors.join(u'\n').contains(QLatin1String("under way")), qPrintable(plan.errors.join(u'\n')));
        QVERIFY(QFile::remove(reverting));
        plan = Publisher::plan(post, pushing());
        QVERIFY2(!plan.errors.join(u'\n').contains(QLatin1String("under way")), qPrintable(plan.errors.join(u'\n')));

        // A detached HEAD: no branch to publish on.
        test::git(blog.site, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")});
        plan = Publisher::plan(post, pushing());
        QVERIFY2(plan.errors.join(u'\n').contains(QLatin1String("detached")), qPrintable(plan.errors.join(u'\n')));

        // A branch whose upstream is another local branch: pushing there
        // would publish nothing.
        test::git(blog.site, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("work"),
                              QStringLiteral("--track"), QStringLiteral("main")});
        plan = Publisher::plan(post, pushing());
        QVERIFY2(plan.errors.join(u'\n').contains(QLatin1String("is the local branch main")), qPrintable(plan.errors.join(u'\n')));
    }

    void aSiteInASubfolderAndEarlierCommits()
    {
        test::Blog blog;
        // GitHub Pages from /docs: the site is a folder of the repository.
        QDir(blog.site).mkpath(QStringLiteral("docs/_posts"));
        test::writeAll(blog.path(QStringLiteral("docs/_config.yml")), "title: 문서\n");
        QDir(blog.site).mkpath(QStringLiteral("docs/assets/img/2024-05-15-docs"));
        test::writeAll(blog.path(QStringLiteral("docs/assets/img/2024-05-15-docs/a.png")), test::tinyPng());
        const QString post = blog.path(QStringLiteral("docs/_posts/2024-05-15-docs.md"));
        test::writeAll(post, "---\nlayout: post\ntitle: \"문서\"\n---\n\n![a](/assets/img/2024-05-15-docs/a.png)\n");
        // A commit of the writer's own, not pushed yet, goes with it.
        test::writeAll(blog.path(QStringLiteral("README.md")), "A blog with docs\n");
        blog.commitAll(QStringLiteral("Readme"));
        test::git(blog.site, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--soft"), QStringLiteral("HEAD~1")});
        test::git(blog.site, {QStringLiteral("reset"), QStringLiteral("-q")});
        test::git(blog.site, {QStringLiteral("add"), QStringLiteral("README.md")});
        test::git(blog.site, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Readme")});
        const Publisher::Plan plan = Publisher::plan(post, pushing());
        QVERIFY2(plan.canPublish(pushing()), qPrintable(plan.errors.join(u'\n')));
        QCOMPARE(plan.unpushed.size(), 1);
        QVERIFY2(plan.unpushed.first().endsWith(QLatin1String(" Readme")), qPrintable(plan.unpushed.first()));
        QStringList paths;
        for (const Publisher::Change &change : plan.changes)
            paths << change.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("docs/_posts/2024-05-15-docs.md"),
                                     QStringLiteral("docs/assets/img/2024-05-15-docs/a.png")}));
        const Publisher::Result result = Publisher::publish(plan, pushing());
        QVERIFY2(result.ok(), qPrintable(result.error + u'\n' + result.details));
        QCOMPARE(blog.remoteHead(), blog.head());
        QVERIFY(blog.remoteFiles().contains(QStringLiteral("docs/assets/img/2024-05-15-docs/a.png")));
        QCOMPARE(test::git(blog.remote, {QStringLiteral("show"), QStringLiteral("main:README.md")}), QStringLiteral("A blog with docs"));
    }

    void aMovedImageAndAFailedCommit()
    {
        test::Blog blog;
        const QString post = blog.writePost(QStringLiteral("2024-05-16-moved.md"), QStringLiteral("옮긴 그림"),
                                            {QStringLiteral("assets/img/2024-05-16-moved/old.png")});
        QVERIFY(Publisher::publish(Publisher::plan(post, pushing()), pushing()).ok());
        // git mv: the deletion is staged, not only made on disk.
        test::git(blog.site, {QStringLiteral("mv"), QStringLiteral("assets/img/2024-05-16-moved/old.png"),
                              QStringLiteral("assets/img/2024-05-16-moved/new.png")});
        QByteArray text = test::readAll(post);
        text.replace("old.png", "new.png");
        test::writeAll(post, text);
        Publisher::Plan plan = Publisher::plan(post, pushing());
        QStringList described;
        for (const Publisher::Change &change : plan.changes)
            described << Publisher::kindName(change.kind) + u' ' + change.path;
        QCOMPARE(described, (QStringList{QStringLiteral("modified _posts/2024-05-16-moved.md"),
                                         QStringLiteral("new assets/img/2024-05-16-moved/new.png"),
                                         QStringLiteral("deleted assets/img/2024-05-16-moved/old.png")}));
        QVERIFY(plan.otherStaged.isEmpty());

        // A hook refuses the commit: nothing is committed, nothing staged
        // that was not staged before.
        const QString hook = blog.path(QStringLiteral(".git/hooks/pre-commit"));
        test::writeAll(hook, "#!/bin/sh\necho 'not today' >&2\nexit 1\n");
        QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString staged = test::git(blog.site, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-status")});
        const QString head = blog.head();
        const Publisher::Result refused = Publisher::publish(plan, pushing());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.details.contains(QLatin1String("not today")), qPrintable(refused.details));
        QCOMPARE(blog.head(), head);
        QCOMPARE(test::git(blog.site, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-status")}), staged);

        QVERIFY(QFile::remove(hook));
        plan = Publisher::plan(post, pushing());
        const Publisher::Result result = Publisher::publish(plan, pushing());
        QVERIFY2(result.ok(), qPrintable(result.error + u'\n' + result.details));
        QVERIFY(blog.remoteFiles().contains(QStringLiteral("assets/img/2024-05-16-moved/new.png")));
        QVERIFY(!blog.remoteFiles().contains(QStringLiteral("assets/img/2024-05-16-moved/old.png")));
        QCOMPARE(blog.status(), QString());
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
