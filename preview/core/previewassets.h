// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetref.h"

#include <QString>

#include <functional>

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

struct LinkOptions
{
    /// Remote (http, https) images are shown; when false, each becomes a
    /// note with its address, and nothing is fetched.
    bool remote = true;
    /// The URL under which a local file is shown: urlFor() when empty. A
    /// standalone page passes `data:` URLs.
    std::function<QString(const QString &path)> localUrl;
};

/// Rewrites `src` (and `poster`) of img, video, audio and source elements.
QString link(const QString &html, const AssetContext &context, const LinkOptions &options = {});

} // namespace PreviewAssets

} // namespace geul
