// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace geul {

/// The writing shortcuts' Markdown: each takes the text and the selection
/// and says which span to replace with what, and what to select after.
/// Inline marks toggle (a second Ctrl+B takes the `**` away again), keep
/// white space at the selection's edges outside the marks (kramdown does
/// not read `** 굵게**` as strong) and mark each line of a selection that
/// spans lines on its own. Line formats apply to every line the selection
/// touches. Reentrant; offsets are UTF-16 code units.
namespace MarkdownFormat {

struct Edit
{
    /// Replace [start, end) with text...
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    /// ...then select [selectionStart, selectionEnd) of the new text.
    qsizetype selectionStart = 0;
    qsizetype selectionEnd = 0;
};

enum class Inline { Bold, Italic, Code, Strikethrough };
enum class Lines { Bullet, Numbered, Quote };

Edit toggleInline(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, Inline kind);
/// `[selection](url)`: @p url (a URL on the clipboard, or empty) becomes
/// the target; without one the target is left to type, and selected.
Edit link(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, const QString &url);
/// Makes the lines ATX headings of @p level (1–6); lines that are of that
/// level already become paragraphs again.
Edit heading(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, int level);
/// Adds `- `, `1. `, `2. `, ... or `> ` before each line, or takes it away
/// when every non-empty line has it.
Edit toggleLines(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, Lines kind);
/// Puts the lines in a fenced code block (longer fences than any inside),
/// or inserts an empty one at the cursor.
Edit codeFence(QStringView text, qsizetype selectionStart, qsizetype selectionEnd);

/// Whether @p text is a link target as written on a clipboard: an
/// http(s), mailto or ftp URL, or a site path (`/x`); no white space.
bool isUrl(const QString &text);

} // namespace MarkdownFormat

} // namespace geul
