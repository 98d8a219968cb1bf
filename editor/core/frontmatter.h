// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "yamlvalue.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace geul {

/// Where a post's YAML front matter is, found by Jekyll's rule: the very
/// first line is `---` (trailing white space allowed), and the block ends at
/// the next line that is `---` or `...` (again with trailing white space).
/// Anything before the first `---`, even a blank line, means there is no
/// front matter, and the whole text is body, as Jekyll renders it.
///
/// Offsets are in UTF-16 code units of the text that was split; lines count
/// from 0. Value type.
struct FrontMatterSplit
{
    /// The text starts with a complete front matter block.
    bool present = false;
    /// The first line is `---` but no closing line follows. Jekyll then does
    /// not treat the file as having front matter; neither do we.
    bool unterminated = false;

    /// The YAML between the delimiter lines (may be empty).
    qsizetype yamlStart = 0;
    qsizetype yamlLength = 0;
    /// The body: everything after the closing delimiter line.
    qsizetype bodyStart = 0;
    /// The line on which the body starts: the number of line breaks before
    /// bodyStart (0 when there is no front matter).
    int bodyLine = 0;
    /// The line of the closing delimiter, or -1.
    int closingLine = -1;
};

/// A post's front matter. The text stays the source of truth: reading gives
/// typed values, their lines and errors; editing a key replaces only that
/// key's lines and leaves every other byte of the text as it was (order,
/// comments, blank lines, quoting, the spelling of booleans, list styles).
///
/// An edited key keeps its own style where it can: a flow list stays flow,
/// a block list stays block with the same indentation, a quoted string keeps
/// its quote character, a boolean keeps its spelling family (`True`/`False`,
/// `yes`/`no`, ...), a comment after a one-line value stays. A new key is
/// appended at the end of the block; a post without front matter gets a
/// block at the top. Removing a key removes its own lines only: comments
/// above it may describe more than that key, so they stay.
///
/// Every edit is checked twice before it is handed out: the values read
/// back from the new text must be the old ones (but the edited key's), and
/// every byte outside the edited key's lines must be as it was, where a
/// key's lines are found by a plain reading of the lines' indentation,
/// independent of the YAML parser. An edit that fails either check, or any
/// edit of front matter that Jekyll reads only in part, is refused.
///
/// Value type; all functions are reentrant.
class FrontMatter
{
    Q_DECLARE_TR_FUNCTIONS(geul::FrontMatter)

public:
    static FrontMatterSplit split(QStringView text);
    /// A message for the user about a problem split() found, or an empty
    /// string. @p fileName names the file in the message.
    static QString problem(const FrontMatterSplit &split, const QString &fileName);

    /// Reads the front matter of a post's whole text.
    static FrontMatter read(QStringView text);

    const FrontMatterSplit &location() const { return m_split; }
    /// Whether the text has a complete front matter block.
    bool present() const { return m_split.present; }
    /// The YAML problem, with the line and column of the file (1-based).
    const std::optional<YamlError> &error() const { return m_error; }
    /// Lines of the block that Jekyll does not read (see
    /// YamlReader::Mapping::ignored), lines of the file (1-based). The
    /// entries are then only the keys Jekyll reads, and edits are refused:
    /// the text needs a person's eye first.
    const std::optional<YamlError> &ignored() const { return m_ignored; }
    /// The top-level keys in order, their lines counted in the file (0-based).
    const QList<YamlEntry> &entries() const { return m_entries; }
    std::optional<YamlEntry> entry(const QString &key) const;
    /// The value of @p key as written, trimmed, when it is a scalar; else
    /// (a list, a map, null, no such key) an empty string.
    QString scalar(const QString &key) const;
    /// Whether @p key is the boolean true (`true`, `True`, `yes`, ...).
    bool isTrue(const QString &key) const;
    /// Liquid's `page.X` for every scalar key.
    QHash<QString, QString> pageVariables() const;

    /// The outcome of an edit: the new text, or why the text was left alone.
    struct Edit
    {
        std::optional<QString> text;
        /// Set when the front matter is invalid, or read only in part (line
        /// and column of the file).
        std::optional<YamlError> yamlError;
        /// Why the edit was refused, for the user.
        QString refusal;
    };

    /// Sets @p key to @p value in @p text.
    static Edit setValue(QStringView text, const QString &key, const YamlValue &value);
    /// Removes @p key from @p text; the text is unchanged when it has no such key.
    static Edit removeKey(QStringView text, const QString &key);

    /// A value a user typed as YAML: a scalar or a flow collection
    /// (`false`, `"a: b"`, `[a, 한글]`). Text that YAML would read as a block
    /// mapping or list (`제목: 부제`) is meant as a string; empty text is null.
    /// Returns nothing, with @p error set, when the text is not YAML at all.
    static std::optional<YamlValue> valueFromText(const QString &text, QString *error = nullptr);

    /// @p value as YAML text in the style of @p like (the value it
    /// replaces), for a key whose block-list items are indented by
    /// @p blockIndent. Lists in block style start with a line break.
    static QString render(const YamlValue &value, const YamlValue *like = nullptr, const QString &blockIndent = {});

private:
    /// Every key of @p before but @p key reads the same in @p after, and
    /// @p after has no other new key.
    static bool othersIntact(const FrontMatter &before, const FrontMatter &after, const QString &key);

    /// The refusal of any edit of this front matter, or an empty string.
    QString refusal() const;

    FrontMatterSplit m_split;
    std::optional<YamlError> m_error;
    std::optional<YamlError> m_ignored;
    QList<YamlEntry> m_entries;
};

} // namespace geul
