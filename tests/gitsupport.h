// SPDX-License-Identifier: GPL-3.0-or-later
// A blog under git for the tests of publishing: a bare repository standing
// in for GitHub, and a clone with a site in it.
#pragma once

#include "testsupport.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace geul::test {

/// Gives git (in this process and those it starts) a configuration of the
/// test's own, kept in @p home: a name to commit with, nothing from this machine.
/// False when git cannot be run.
inline bool useOwnGitConfiguration(const QString &home)
{
    const QString config = QDir(home).filePath(QStringLiteral("gitconfig"));
    writeAll(config, "[user]\n\tname = 글쓴이\n\temail = writer@example.com\n"
                     "[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n");
    qputenv("GIT_CONFIG_GLOBAL", config.toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    QProcess probe;
    probe.start(QStringLiteral("git"), {QStringLiteral("--version")});
    return probe.waitForFinished() && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

// Runs git in @p dir; fails the test when git does.
inline QString git(const QString &dir, const QStringList &arguments, bool mustWork = true)
{
    QProcess process;
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), dir} + arguments);
    process.waitForFinished(-1);
    QString out = QString::fromUtf8(process.readAllStandardOutput());
    while (out.endsWith(u'\n'))
        out.chop(1);
    if (mustWork && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)) {
        const QString failed = QStringLiteral("git %1 failed: %2")
                                   .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        QTest::qFail(qPrintable(failed), __FILE__, __LINE__);
    }
    return out;
}

/// A blog: a bare repository as its remote, and a clone with a site in it
/// (`url` and `baseurl` set), its first commit pushed to `main`.
struct Blog
{
    QTemporaryDir dir;
    QString remote;
    QString site;

    Blog()
    {
        remote = dir.filePath(QStringLiteral("remote.git"));
        site = dir.filePath(QStringLiteral("site"));
        git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"), QStringLiteral("main"), remote});
        git(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), remote, site}, false);
        git(site, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        QDir(site).mkpath(QStringLiteral("_posts"));
        writeAll(path(QStringLiteral("_config.yml")),
                       "title: 블로그\nurl: \"https://writer.github.io\"\nbaseurl: \"/blog\"\n");
        writeAll(path(QStringLiteral("README.md")), "A blog\n");
        commitAll(QStringLiteral("Start"));
        git(site, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"), QStringLiteral("main")});
    }

    QString path(const QString &relative) const { return QDir(site).filePath(relative); }
    void commitAll(const QString &message) const
    {
        git(site, {QStringLiteral("add"), QStringLiteral("-A")});
        git(site, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    }
    /// Writes a post with images @p images (site paths) that exist, and
    /// @p missing that do not; returns its path.
    QString writePost(const QString &name, const QString &title, const QStringList &images,
                      const QStringList &missing = {}) const
    {
        QByteArray text = "---\nlayout: post\ntitle: \"" + title.toUtf8() + "\"\n---\n\n첫 문단입니다.\n\n";
        for (const QString &image : images) {
            QDir(site).mkpath(QFileInfo(path(image)).path());
            writeAll(path(image), tinyPng());
        }
        for (const QString &image : images + missing)
            text += "<img src=\"/" + image.toUtf8() + "\" style=\"zoom: 50%;\" />\n\n";
        QDir(site).mkpath(QStringLiteral("_posts"));
        const QString post = path(QStringLiteral("_posts/") + name);
        writeAll(post, text);
        return post;
    }
    /// The files on the remote's main branch.
    QStringList remoteFiles() const
    {
        return git(remote, {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"), QStringLiteral("-z"), QStringLiteral("main")})
            .split(QChar(0), Qt::SkipEmptyParts);
    }
    QString remoteHead() const { return git(remote, {QStringLiteral("rev-parse"), QStringLiteral("main")}); }
    QString head() const { return git(site, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}); }
    QString status() const
    {
        return git(site, {QStringLiteral("status"), QStringLiteral("--porcelain=v1"), QStringLiteral("--untracked-files=all")});
    }
};


} // namespace geul::test
