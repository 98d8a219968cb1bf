// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace geul {

/// What Find, Replace and Find in Site look for: a text or a regular
/// expression, with or without case, as a whole word or anywhere. Whole
/// words are Unicode words: `한글` is found in `한글 입력`, not in `한글을`.
/// Value type; reentrant.
class TextSearch
{
    Q_DECLARE_TR_FUNCTIONS(geul::TextSearch)

public:
    struct Options
    {
        bool caseSensitive = false;
        bool wholeWord = false;
        bool regularExpression = false;
    };

    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    TextSearch() = default;
    TextSearch(const QString &pattern, const Options &options);

    /// Whether there is something to look for and, for a regular
    /// expression, whether it is one.
    bool isValid() const;
    /// Why a regular expression is not one, for people; empty otherwise.
    QString error() const;
    bool isEmpty() const { return m_pattern.isEmpty(); }

    /// Every match in @p text, in order, at most @p limit (empty matches
    /// of a regular expression are skipped).
    QList<Match> matches(QStringView text, qsizetype limit = 100'000) const;
    /// The first match at or after @p from, or before @p from when
    /// @p backward; it wraps around the end (or the start). Nothing when
    /// there is none.
    std::optional<Match> next(QStringView text, qsizetype from, bool backward = false) const;
    /// What @p match of @p text is replaced by: @p replacement, where for
    /// a regular expression `\1`..`\9` and `$1`..`$9` are its groups and
    /// `\n`, `\t` a line break and a tab.
    QString replacementFor(QStringView text, const Match &match, const QString &replacement) const;
    /// @p text with every match replaced; @p count gets how many.
    QString replaceAll(const QString &text, const QString &replacement, int *count = nullptr) const;

private:
    QString m_pattern;
    Options m_options;
    QRegularExpression m_expression;
};

} // namespace geul
