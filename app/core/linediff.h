// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace geul::LineDiff {

/// The differences between two texts, line by line, as a unified diff
/// (`-` lines of @p before, `+` lines of @p after, @p context unchanged
/// lines around each change, `@@` hunk headers): what a writer reads to
/// decide between two versions of a post. Empty when the texts are equal.
///
/// The smallest set of changed lines is found for the part between the
/// common beginning and end when it is of reasonable size (a few thousand
/// lines each way); past that, that part is shown replaced as a whole.
QString unified(const QString &before, const QString &after, const QString &beforeName, const QString &afterName,
                int context = 3);

} // namespace geul::LineDiff
