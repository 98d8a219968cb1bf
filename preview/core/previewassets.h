// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetref.h"

#include <QString>

namespace geul {

/// Points the local files an HTML fragment uses at the preview's own URL
/// scheme, and swaps references that do not resolve for a visible note
/// with the path as written and the reason. Reentrant; may run on a worker.
namespace PreviewAssets {

/// The URL scheme the preview serves local files through.
inline constexpr char scheme[] = "geul-asset";

/// The URL under which the preview shows the local file @p path.
QString urlFor(const QString &path);
/// The file a URL made by urlFor() names, or an empty string.
QString pathFor(const QUrl &url);

/// Rewrites `src` (and `poster`) of img, video, audio and source elements.
QString link(const QString &html, const AssetContext &context);

} // namespace PreviewAssets

} // namespace geul
