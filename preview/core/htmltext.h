// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to preview/core: the preview's blocks and their source positions.
#pragma once

#include <QString>
#include <QStringList>

namespace geul {

/// A post's HTML as the preview page takes it: its top-level blocks (see
/// HtmlWriter::Output) and each without its source positions, the key by
/// which the page knows a block that only moved. Made on the worker that
/// rendered the post, not on the GUI thread.
struct HtmlBlocks
{
    QStringList blocks;
    QStringList keys;
    /// The math the page typesets (MathDelimiters::toJson()), or empty.
    QString math;
    /// The post's title and subtitle as the theme shows them above the
    /// body (HTML), or empty.
    QString header;

    static HtmlBlocks of(const QStringList &blocks);
};

/// @p html without its `data-sourcepos` attributes: what a block is,
/// whatever lines it stands on.
QString withoutSourcePositions(const QString &html);

/// The values of the `data-sourcepos` attributes of @p html, in order.
QStringList sourcePositions(const QString &html);

} // namespace geul
