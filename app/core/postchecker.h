// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace geul {

class FrontMatter;
class Reading;
class SiteIndex;
struct SiteConfig;

/// One thing `geul-cli check` reports about a post. Value type.
struct PostProblem
{
    enum class Severity { Warning, Error };

    QString file;
    /// 1-based line of the file.
    int line = 1;
    Severity severity = Severity::Warning;
    QString message;
    /// 1-based column of the line, or 0 when the whole line is meant.
    int column = 0;

    /// `FILE:LINE: severity: message`, or `FILE:LINE:COLUMN: ...`
    QString toString() const;
    QJsonObject toJson() const;
};

/// Checks a post the way Jekyll will read it. Reentrant.
class PostChecker
{
    Q_DECLARE_TR_FUNCTIONS(geul::PostChecker)

public:
    /// The problems of the post at @p path. @p site, when given, is the index
    /// of the post's site: its usual keys tell a typo from a custom key.
    static QList<PostProblem> check(const QString &path, const SiteIndex *site = nullptr);

    /// The front-matter keys Jekyll, its common themes and Typora use.
    static const QStringList &knownKeys();

private:
    static void checkReading(const QString &path, const Reading &reading, const SiteConfig &site,
                             const std::function<void(int, int, PostProblem::Severity, const QString &)> &report);
};

} // namespace geul
