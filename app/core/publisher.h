// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace geul {

/// Publishes a post to its blog: commits exactly the post and the files it
/// uses to the site's git repository, and pushes the commit to the branch's
/// upstream. Reentrant; GUI-free (the dialog runs it on a worker thread).
///
/// It runs the system `git` (found on PATH) with argument lists, never
/// through a shell, so that the writer's own configuration applies: their
/// name and e-mail, hooks, credential helpers, ssh-agent, proxies. Geul
/// stores no secrets.
///
/// What it commits is read as export reads it (BundleExporter): the post and
/// every local file it references. Deleted files in the post's own image
/// folder (named after the post, as Typora and Geul name it) are committed
/// as deleted: those are the images the writer removed or renamed for this
/// post. Nothing else is touched: other changes stay in the working tree,
/// and changes staged for other files stay staged and out of the commit
/// (`git commit --only`). Nothing is ever force-pushed.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(geul::Publisher)

public:
    struct Options
    {
        /// The commit message; `Publish: <title>` when empty.
        QString message;
        /// Push after committing (the branch then needs an upstream).
        bool push = true;
        /// Publish a draft, a `published: false` post or one dated in the
        /// future, which the blog will not show (yet).
        bool confirmedUnlisted = false;
        /// Let git ask for a password on the terminal. Off for the GUI,
        /// which has no terminal: git's askpass programs still work.
        bool terminalPrompts = false;
    };

    /// One file of the commit, relative to the repository.
    struct Change
    {
        enum class Kind { Added, Modified, Deleted, Unchanged };
        QString path;
        Kind kind = Kind::Unchanged;
        /// Not known to git yet (not even staged).
        bool untracked = false;
    };

    /// What publishing the post would do, and what stands in its way.
    struct Plan
    {
        /// The post (absolute).
        QString post;
        QString title;
        /// The working tree's top folder; empty outside a repository.
        QString repository;
        QString branch;
        /// `origin/main`; empty without an upstream.
        QString upstream;
        QString remote;
        /// The upstream's branch on the remote (`refs/heads/main`).
        QString remoteBranch;
        /// Commits on the branch that the upstream does not have: pushed
        /// with the new one (`abc1234 subject`, newest first).
        QStringList unpushed;
        int ahead = 0;
        /// The post first, then the files it uses, then deletions.
        QList<Change> changes;
        /// Files with changes staged that are not the post's: left staged,
        /// and out of the commit.
        QStringList otherStaged;
        QString message;
        /// Where the blog will show the post (`url` + `baseurl` + its
        /// permalink); empty for a draft or outside a site.
        QString url;
        /// What stops publishing (for people, one line each).
        QStringList errors;
        /// What the writer must confirm first (Options::confirmedUnlisted).
        QStringList confirmations;
        /// What the writer should know, that does not stop publishing.
        QStringList notes;

        bool hasChanges() const;
        /// Whether publish() would go ahead with @p options.
        bool canPublish(const Options &options) const;
        QJsonObject toJson() const;
    };

    /// What publish() did.
    struct Result
    {
        /// The new commit's hash; empty when none was made.
        QString commit;
        bool pushed = false;
        /// Why publishing stopped, for people; empty on success.
        QString error;
        /// What git said, when it failed.
        QString details;
        /// How to go on after a failure that left a commit (push again).
        QString retry;

        bool ok() const { return error.isEmpty(); }
        QJsonObject toJson() const;
    };

    /// Reads the post at @p postPath (saved) and its repository; changes
    /// nothing. A dry run is this plan.
    static Plan plan(const QString &postPath, const Options &options);

    /// Called with git's progress (`Writing objects: 45% (9/20)`) and its
    /// percentage (-1 when there is none), on the thread publish() runs on.
    using Progress = std::function<void(const QString &text, int percent)>;

    /// Commits and pushes as @p plan says, with the message of @p options
    /// (else the plan's). Refuses when the plan cannot publish with
    /// @p options (its errors and confirmations). A failed push leaves the
    /// commit in place, and says how to retry. git is stopped when
    /// @p cancelled says so (asked from the thread publish() runs on).
    static Result publish(const Plan &plan, const Options &options, const Progress &progress = {},
                          const std::function<bool()> &cancelled = {});

    /// A change's kind for people (`new`, `modified`, `deleted`, `unchanged`).
    static QString kindName(Change::Kind kind);
};

} // namespace geul
