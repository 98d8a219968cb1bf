// SPDX-License-Identifier: GPL-3.0-or-later
#include "publisher.h"

#include "bundleexporter.h"
#include "frontmatter.h"
#include "imagestore.h"
#include "liquid.h"
#include "postchecker.h"
#include "postfile.h"
#include "site.h"
#include "siteindex.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <set>

namespace geul {

namespace {

// One run of git.
struct GitRun
{
    bool started = false;
    bool cancelled = false;
    int exitCode = -1;
    QByteArray out;
    /// Its standard error (for a run with progress: all it wrote).
    QString err;

    bool ok() const { return started && exitCode == 0; }
    QString line() const { return QString::fromUtf8(out).trimmed(); }
};

// Runs git in @p dir with @p arguments (no shell), in the writer's own
// configuration but never in a repository or index the environment names
// (as in a hook). Its messages are in English, for telling them apart;
// what it writes for people is passed on as it is. Without terminal
// prompts git runs in a session of its own: neither git nor ssh can wait
// on a terminal no one sees (askpass programs still work). With
// @p progress, what git reports as it goes is handed over line by line;
// when @p cancelled says so, git is stopped.
GitRun git(const QString &dir, const QStringList &arguments, const Publisher::Options &options,
           const Publisher::Progress &progress = {}, const std::function<bool()> &cancelled = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (const char *variable : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
                                 "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_PREFIX"})
        env.remove(QString::fromLatin1(variable));
    if (!options.terminalPrompts) {
        env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
        env.insert(QStringLiteral("GCM_INTERACTIVE"), QStringLiteral("never"));
        process.setUnixProcessParameters(QProcess::UnixProcessFlag::CreateNewSession);
    }
    process.setProcessEnvironment(env);
    // File names are names, never patterns (`image[1].png`).
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("--literal-pathspecs"), QStringLiteral("-C"), dir} + arguments);
    GitRun run;
    if (!process.waitForStarted(-1))
        return run;
    run.started = true;
    process.closeWriteChannel();
    // git writes progress to standard error, each update ending in `\r`.
    static const QRegularExpression percent(QStringLiteral("(\\d+)%"));
    QByteArray pending;
    const auto report = [&](bool all) {
        pending += process.readAllStandardError();
        for (;;) {
            const qsizetype r = pending.indexOf('\r');
            const qsizetype n = pending.indexOf('\n');
            qsizetype end = r < 0 ? n : n < 0 ? r : std::min(r, n);
            if (end < 0) {
                if (!all || pending.isEmpty())
                    return;
                end = pending.size();
            }
            const QString text = QString::fromUtf8(pending.first(end)).trimmed();
            pending.remove(0, std::min(end + 1, pending.size()));
            if (text.isEmpty())
                continue;
            run.err += text + u'\n';
            const QRegularExpressionMatch m = percent.match(text);
            progress(text, m.hasMatch() ? m.captured(1).toInt() : -1);
        }
    };
    if (progress)
        process.setReadChannel(QProcess::StandardError);
    while (!process.waitForFinished(progress ? 100 : 200)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (cancelled && cancelled()) {
            run.cancelled = true;
            process.kill();
            process.waitForFinished(-1);
            break;
        }
        if (progress)
            report(false);
    }
    run.out = process.readAllStandardOutput();
    if (progress)
        report(true);
    else
        run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit && !run.cancelled ? process.exitCode() : -1;
    return run;
}

// The NUL-separated fields of git's `-z` output.
QStringList fields(const QByteArray &out)
{
    QStringList result;
    for (const QByteArray &field : out.split('\0')) {
        if (!field.isEmpty())
            result.append(QString::fromUtf8(field));
    }
    return result;
}

// @p path with its folder's links resolved, as git names the top of the
// work tree, but not the file's own: a link the post names is committed as
// the link.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

bool Publisher::Plan::hasChanges() const
{
    return std::any_of(changes.begin(), changes.end(), [](const Change &c) { return c.kind != Change::Kind::Unchanged; });
}

bool Publisher::Plan::canPublish(const Options &options) const
{
    return errors.isEmpty() && (confirmations.isEmpty() || options.confirmedUnlisted);
}

QString Publisher::kindName(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return tr("new");
    case Change::Kind::Modified:
        return tr("modified");
    case Change::Kind::Deleted:
        return tr("deleted");
    case Change::Kind::Unchanged:
        break;
    }
    return tr("unchanged");
}

QJsonObject Publisher::Plan::toJson() const
{
    static const char *const kinds[] = {"added", "modified", "deleted", "unchanged"};
    QJsonArray files;
    for (const Change &change : changes)
        files.append(QJsonObject{{QStringLiteral("path"), change.path},
                                 {QStringLiteral("change"), QLatin1String(kinds[int(change.kind)])}});
    return {
        {QStringLiteral("post"), post},
        {QStringLiteral("title"), title},
        {QStringLiteral("repository"), repository},
        {QStringLiteral("branch"), branch},
        {QStringLiteral("upstream"), upstream},
        {QStringLiteral("ahead"), ahead},
        {QStringLiteral("message"), message},
        {QStringLiteral("url"), url},
        {QStringLiteral("files"), files},
        {QStringLiteral("otherStaged"), QJsonArray::fromStringList(otherStaged)},
        {QStringLiteral("unpushed"), QJsonArray::fromStringList(unpushed)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
        {QStringLiteral("confirmations"), QJsonArray::fromStringList(confirmations)},
    };
}

QJsonObject Publisher::Result::toJson() const
{
    return {
        {QStringLiteral("commit"), commit}, {QStringLiteral("pushed"), pushed}, {QStringLiteral("error"), error},
        {QStringLiteral("details"), details}, {QStringLiteral("retry"), retry},
    };
}

Publisher::Plan Publisher::plan(const QString &postPath, const Options &options)
{
    Plan plan;
    const QFileInfo postInfo(postPath);
    plan.post = postInfo.absoluteFilePath();
    const PostFile::LoadResult loaded = PostFile::load(plan.post);
    if (!loaded.file) {
        plan.errors << tr("%1: %2").arg(QDir::toNativeSeparators(plan.post), loaded.reason);
        return plan;
    }
    const QString text = loaded.file->text();

    // The repository and its branch.
    const GitRun top = git(postInfo.absolutePath(), {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, options);
    if (!top.started) {
        plan.errors << tr("git cannot be run: install git to publish (Geul publishes with it)");
        return plan;
    }
    if (!top.ok()) {
        plan.errors << tr("%1 is not in a git repository: publishing commits the post to the blog's repository, "
                          "so clone the blog with git first")
                           .arg(QDir::toNativeSeparators(postInfo.absolutePath()));
        return plan;
    }
    plan.repository = top.line();
    const QString repo = plan.repository;
    const GitRun branch = git(repo, {QStringLiteral("symbolic-ref"), QStringLiteral("--quiet"), QStringLiteral("--short"), QStringLiteral("HEAD")}, options);
    if (!branch.ok()) {
        plan.errors << tr("no branch is checked out (the HEAD is detached): check out the blog's branch first");
    } else {
        plan.branch = branch.line();
        plan.remote = git(repo, {QStringLiteral("config"), QStringLiteral("--get"), QStringLiteral("branch.%1.remote").arg(plan.branch)}, options).line();
        plan.remoteBranch = git(repo, {QStringLiteral("config"), QStringLiteral("--get"), QStringLiteral("branch.%1.merge").arg(plan.branch)}, options).line();
        const GitRun upstream = git(repo, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("--symbolic-full-name"), QStringLiteral("@{upstream}")}, options);
        if (upstream.ok() && plan.remote == u".") {
            if (options.push)
                plan.errors << tr("the upstream of the branch %1 is the local branch %2, not the blog's remote: set "
                                  "one with 'git branch -u origin/%1'")
                                   .arg(plan.branch, upstream.line());
        } else if (upstream.ok() && !plan.remote.isEmpty() && !plan.remoteBranch.isEmpty()) {
            plan.upstream = upstream.line();
            // Pushing the new commit pushes these with it (its ancestors).
            const GitRun unpushed = git(repo, {QStringLiteral("log"), QStringLiteral("-z"), QStringLiteral("--format=%h %s"), QStringLiteral("@{upstream}..HEAD")}, options);
            plan.unpushed = fields(unpushed.out);
            plan.ahead = int(plan.unpushed.size());
        } else if (options.push) {
            plan.errors << tr("the branch %1 has no upstream to push to: run 'git push -u origin %1' once in %2, "
                              "or publish without pushing")
                               .arg(plan.branch, QDir::toNativeSeparators(repo));
        }
    }
    // Where git keeps the state of each operation under way, asked at once.
    QStringList states{QStringLiteral("rev-parse")};
    for (const char *state : {"MERGE_HEAD", "rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD", "REVERT_HEAD", "sequencer"})
        states << QStringLiteral("--git-path") << QString::fromLatin1(state);
    for (const QString &where : git(repo, states, options).line().split(u'\n', Qt::SkipEmptyParts)) {
        if (QFileInfo::exists(QDir(repo).absoluteFilePath(where))) {
            plan.errors << tr("a merge, rebase, cherry-pick or revert is under way in %1: finish it first")
                               .arg(QDir::toNativeSeparators(repo));
            break;
        }
    }
    // Conflicts (a `git stash pop` leaves them without a merge under way):
    // no commit can be made, and the post must not go out with its markers.
    {
        QStringList conflicted;
        for (const QString &entry : fields(git(repo, {QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("-z"), QStringLiteral("--diff-filter=U")}, options).out)) {
            if (!conflicted.contains(entry))
                conflicted << entry;
        }
        if (!conflicted.isEmpty())
            plan.errors << tr("these files have unresolved conflicts: %1; resolve them first").arg(conflicted.join(QStringLiteral(", ")));
    }

    // The post as the blog reads it.
    const QString root = Site::rootFor(plan.post);
    const SiteConfig config = SiteConfig::read(root);
    const FrontMatter frontMatter = FrontMatter::read(text);
    const QDateTime now = QDateTime::currentDateTime();
    const SiteIndex::Post post = SiteIndex::readPost(plan.post, frontMatter, config, now);
    plan.title = post.title;
    for (const PostProblem &problem : PostChecker::check(plan.post)) {
        if (problem.severity == PostProblem::Severity::Error)
            plan.errors << problem.toString();
    }
    switch (post.status) {
    case SiteIndex::Post::Status::Draft:
        plan.confirmations << tr("this is a draft (in _drafts): the blog does not show it; Publish Draft makes it a post");
        break;
    case SiteIndex::Post::Status::Unpublished:
        plan.confirmations << tr("its front matter says published: false: the blog does not show it");
        break;
    case SiteIndex::Post::Status::Future:
        plan.confirmations << tr("it is dated %1, later than now: the blog shows it only from then, unless the site "
                                 "has future: true")
                                  .arg(post.date.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        break;
    default:
        break;
    }
    if (post.published() && !root.isEmpty()) {
        const QString path = config.urlOf(plan.post, frontMatter);
        if (!path.isEmpty())
            plan.url = Liquid::absoluteUrl(path, config.variables);
    }
    plan.message = options.message.trimmed().isEmpty() ? QStringLiteral("Publish: ") + plan.title : options.message;

    // What the commit holds: the post and the files it uses, read as
    // export reads them; deletions in the post's own image folder.
    BundleExporter::Options exportOptions;
    exportOptions.dryRun = true;
    exportOptions.siteRoot = root;
    const BundleExporter::Result uses = BundleExporter::exportPost(plan.post, exportOptions);
    if (!uses.error.isEmpty())
        plan.errors << uses.error;
    const QDir tree(QFileInfo(repo).canonicalFilePath());
    QStringList paths;
    std::set<QString> seen;
    for (const QString &file : QStringList{plan.post} + uses.sources) {
        const QString relative = tree.relativeFilePath(canonical(file));
        if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative)) {
            plan.errors << tr("%1 is outside the repository %2: the blog cannot get it from there")
                               .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(repo));
            continue;
        }
        if (seen.insert(relative).second)
            paths << relative;
    }
    const QString folder = ImageStore::forPost(plan.post, text, config).folder();
    const QString folderRelative = tree.relativeFilePath(canonical(folder));
    // Deleted files under @p where, in the working tree or staged.
    const auto deletedUnder = [&](const QString &where) {
        QStringList deleted = fields(git(repo, {QStringLiteral("ls-files"), QStringLiteral("--deleted"), QStringLiteral("-z"), QStringLiteral("--"), where}, options).out);
        deleted += fields(git(repo, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only"), QStringLiteral("-z"),
                                     QStringLiteral("--no-renames"), QStringLiteral("--diff-filter=D"), QStringLiteral("--"), where}, options).out);
        deleted.removeDuplicates();
        return deleted;
    };
    if (QFileInfo(folder).fileName() == postInfo.completeBaseName() && !folderRelative.startsWith(QLatin1String(".."))) {
        for (const QString &path : deletedUnder(folderRelative)) {
            if (seen.insert(path).second)
                paths << path;
        }
    }
    // A post deleted beside this one (renamed?) stays on the blog until its
    // deletion is committed too.
    const QString postFolder = tree.relativeFilePath(QFileInfo(postInfo.absolutePath()).canonicalFilePath());
    if (!postFolder.startsWith(QLatin1String(".."))) {
        for (const QString &path : deletedUnder(postFolder)) {
            if (!seen.contains(path) && path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
                plan.notes << tr("%1 is deleted, but its deletion is not in this commit: if this post was renamed "
                                 "from it, the blog shows both until you commit the deletion")
                                  .arg(path);
        }
    }
    if (paths.isEmpty() || plan.repository.isEmpty())
        return plan;

    // Each file's state, from git.
    const GitRun status = git(repo, QStringList{QStringLiteral("status"), QStringLiteral("--porcelain=v1"), QStringLiteral("-z"), QStringLiteral("--untracked-files=all"), QStringLiteral("--ignored=matching"), QStringLiteral("--no-renames"), QStringLiteral("--")} + paths, options);
    QHash<QString, Change::Kind> kinds;
    QSet<QString> untracked;
    QSet<QString> reported;
    QSet<QString> gone;
    for (const QString &entry : fields(status.out)) {
        if (entry.size() < 4)
            continue;
        const QChar x = entry[0];
        const QChar y = entry[1];
        const QString path = entry.mid(3);
        reported.insert(path);
        if (x == u'!') { // an ignored file would never reach the blog
            plan.errors << tr("%1 is ignored by the repository (.gitignore): the blog would not get it").arg(path);
        } else if (x == u'U' || y == u'U' || (x == u'A' && y == u'A') || (x == u'D' && y == u'D')) {
            // Named above, with the repository's other conflicts.
        } else if (x == u'A' && y == u'D') {
            gone.insert(path); // added, then deleted: neither committed nor on disk
        } else if (x == u'?' || x == u'A') {
            kinds[path] = Change::Kind::Added;
            if (x == u'?')
                untracked.insert(path);
        } else if (x == u'D' || y == u'D') {
            kinds[path] = Change::Kind::Deleted;
        } else if (x != u' ' || y != u' ') {
            kinds[path] = Change::Kind::Modified;
        }
    }
    // What git says nothing of must be a file it tracks, unchanged; else it
    // is one git cannot see (inside a nested repository or a submodule).
    QStringList unreported;
    for (const QString &path : std::as_const(paths)) {
        if (!reported.contains(path))
            unreported << path;
    }
    if (!unreported.isEmpty()) {
        const QStringList tracked = fields(git(repo, QStringList{QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--")} + unreported, options).out);
        for (const QString &path : std::as_const(unreported)) {
            if (!tracked.contains(path))
                plan.errors << tr("git does not see %1 (is it inside another repository or a submodule?): it cannot be committed").arg(path);
        }
    }
    for (const QString &path : std::as_const(paths)) {
        if (!gone.contains(path))
            plan.changes.append({path, kinds.value(path, Change::Kind::Unchanged), untracked.contains(path)});
    }

    // Changes staged for other files stay staged, out of the commit.
    const GitRun staged = git(repo, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only"), QStringLiteral("-z"), QStringLiteral("--no-renames")}, options);
    for (const QString &path : fields(staged.out)) {
        if (!seen.contains(path))
            plan.otherStaged << path;
    }
    return plan;
}

Publisher::Result Publisher::publish(const Plan &plan, const Options &options, const Progress &progress,
                                     const std::function<bool()> &cancelled)
{
    Result result;
    if (!plan.errors.isEmpty()) {
        result.error = plan.errors.first();
        return result;
    }
    if (!plan.canPublish(options)) {
        result.error = plan.confirmations.first();
        return result;
    }
    const QString &repo = plan.repository;
    const auto say = [&](const QString &text) {
        if (progress)
            progress(text, -1);
    };

    QStringList changed;
    QStringList untracked;
    for (const Change &change : plan.changes) {
        if (change.kind != Change::Kind::Unchanged)
            changed << change.path;
        if (change.untracked)
            untracked << change.path;
    }
    const QString message = options.message.trimmed().isEmpty() ? plan.message : options.message;
    if (!changed.isEmpty()) {
        say(tr("Committing %n file(s)…", nullptr, int(changed.size())));
        // New files are made known to git without staging their content,
        // and `commit --only` takes every named file as it is on disk:
        // what is staged for other files stays staged and out of this
        // commit, and nothing is staged when the commit fails.
        if (!untracked.isEmpty()) {
            const GitRun add = git(repo, QStringList{QStringLiteral("add"), QStringLiteral("--intent-to-add"), QStringLiteral("--")} + untracked, options);
            if (!add.ok()) {
                result.error = tr("git could not stage the post's files");
                result.details = add.err;
                return result;
            }
        }
        const GitRun commit = git(repo, QStringList{QStringLiteral("commit"), QStringLiteral("--only"), QStringLiteral("--quiet"), QStringLiteral("-m"), message, QStringLiteral("--")} + changed, options,
                                  {}, cancelled);
        if (!commit.ok() && !untracked.isEmpty()) // as before: the new files unknown again
            git(repo, QStringList{QStringLiteral("reset"), QStringLiteral("--quiet"), QStringLiteral("--")} + untracked, options);
        if (commit.cancelled) {
            result.error = tr("publishing was stopped before the commit was made");
            return result;
        }
        if (!commit.ok()) {
            result.error = commit.err.contains(QLatin1String("tell me who you are"))
                               ? tr("git does not know your name and e-mail for the commit: set them with "
                                    "'git config --global user.name \"…\"' and 'git config --global user.email …'")
                               : tr("git could not commit the post");
            result.details = commit.err;
            return result;
        }
        result.commit = git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, options).line();
    } else if (!options.push || plan.ahead == 0) {
        result.error = options.push ? tr("nothing to publish: the post and its files are committed and pushed already")
                                    : tr("nothing to publish: the post and its files are committed already");
        return result;
    }

    if (!options.push)
        return result;
    say(tr("Pushing to %1…").arg(plan.upstream));
    const QString target = plan.remoteBranch.startsWith(QLatin1String("refs/")) ? plan.remoteBranch
                                                                                 : QStringLiteral("refs/heads/") + plan.remoteBranch;
    const GitRun push = git(repo, {QStringLiteral("push"), QStringLiteral("--progress"), plan.remote, QStringLiteral("HEAD:") + target}, options,
                            progress ? progress : Progress([](const QString &, int) { }), cancelled);
    if (push.ok()) {
        result.pushed = true;
        return result;
    }
    const QString kept = result.commit.isEmpty()
                             ? tr("Your commits are kept.")
                             : tr("Your commit %1 is kept.").arg(result.commit.left(7));
    const QString &said = push.err;
    result.details = said;
    if (push.cancelled) {
        result.error = tr("the push was stopped");
        result.retry = kept + u' ' + tr("Publish again (or run 'git push') to push it.");
    } else if (said.contains(QLatin1String("[rejected]")) || said.contains(QLatin1String("non-fast-forward"))
        || said.contains(QLatin1String("fetch first"))) {
        result.error = tr("%1 has commits that this copy of the blog does not (were they published from another "
                          "computer?): nothing was overwritten")
                           .arg(plan.upstream);
        result.retry = kept + u' '
                       + tr("Bring those commits in with 'git pull --rebase' in %1, then publish again (or run 'git push').")
                             .arg(QDir::toNativeSeparators(repo));
    } else if (said.contains(QLatin1String("Authentication failed")) || said.contains(QLatin1String("Permission denied"))
               || said.contains(QLatin1String("terminal prompts disabled")) || said.contains(QLatin1String("could not read Username"))
               || said.contains(QLatin1String("Host key verification failed"))) {
        result.error = tr("%1 did not accept your credentials: git's credential helper or ssh-agent must know them "
                          "(Geul stores none)")
                           .arg(plan.remote);
        result.retry = kept + u' ' + tr("Publish again once 'git push' works in a terminal.");
    } else if (said.contains(QLatin1String("Could not resolve host")) || said.contains(QLatin1String("unable to access"))
               || said.contains(QLatin1String("Could not read from remote")) || said.contains(QLatin1String("timed out"))
               || said.contains(QLatin1String("unreachable")) || said.contains(QLatin1String("Connection"))) {
        result.error = tr("%1 cannot be reached: are you online?").arg(plan.remote);
        result.retry = kept + u' ' + tr("Publish again (or run 'git push') when you are online.");
    } else {
        result.error = tr("git could not push to %1").arg(plan.upstream);
        result.retry = kept + u' ' + tr("Publish again, or run 'git push' in %1.").arg(QDir::toNativeSeparators(repo));
    }
    return result;
}

} // namespace geul
