// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace geul {

class FrontMatter;
class SiteIndex;

/// One thing `geul-cli check` reports about a post. Value type.
struct PostProblem
{
    enum class Severity { Warning, Error };

    QString file;
    /// 1-based line of the file.
    int line = 1;
    Severity severity = Severity::Warning;
    QString message;

    /// `FILE:LINE: severity: message`
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
    static void checkImages(const QString &path, const QString &text, const FrontMatter &fm,
                            const std::function<void(int, PostProblem::Severity, const QString &)> &report);
};

} // namespace geul
