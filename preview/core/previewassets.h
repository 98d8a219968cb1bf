// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetref.h"
#include "markdownnode.h"

#include <QString>

#include <functional>

namespace geul {

/// Points the local files a post's HTML uses at URLs its page can load (the
/// preview's own scheme, or `data:` URLs for a page of its own), and
/// swaps images that do not resolve for a visible note with the path as
/// written and the reason. Reentrant; may run on a worker.
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

/// The HtmlWriter hook for images and media (`![]()`, `<img>`, `<video>`,
/// `<audio>`, `<source>`, `<track>`, `<embed>`, a video's poster): their
/// URLs resolved with @p context as the blog publishes them.
std::function<void(const MarkdownNode &node, Attributes &attributes, QString *replacement)>
hook(const AssetContext &context, const LinkOptions &options = {});

/// The note shown in place of an image that cannot be shown.
QString placeholder(const QString &written, const QString &reason);

} // namespace PreviewAssets

} // namespace geul
