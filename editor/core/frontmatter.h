// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace geul {

/// Where a post's YAML front matter is, found by Jekyll's rule: the very
/// first line is `---` (trailing white space allowed), and the block ends at
/// the next line that is `---` or `...` (again with trailing white space).
/// Anything before the first `---`, even a blank line, means there is no
/// front matter, and the whole text is body, as Jekyll renders it.
///
/// Offsets are in UTF-16 code units of the text that was split; lines count
/// from 0. Value type; split() is reentrant.
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

namespace FrontMatter {

FrontMatterSplit split(QStringView text);

/// A message for the user about a problem split() found, or an empty string.
/// @p fileName names the file in the message.
QString problem(const FrontMatterSplit &split, const QString &fileName);

} // namespace FrontMatter

} // namespace geul
