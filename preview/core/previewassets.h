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

/// The folder the preview serves for the post at @p postPath: the site's
/// root, else the post's own folder. Never the home folder or `/` (nor a
/// folder above the home folder): a stray `_config.yml` there must not
/// open the writer's files to the page; the post's folder is served then.
QString servedRoot(const QString &postPath, const QString &siteRoot);
/// The URL under which the preview shows the local file @p path, relative
/// to @p root (servedRoot()): the page never carries a local path. Empty
/// when @p path is not under @p root.
QString urlFor(const QString &path, const QString &root);
/// The file under @p root a URL made by urlFor() names, or an empty string
/// (for a URL that is not one, or that leads out of @p root).
QString pathFor(const QUrl &url, const QString &root);

struct LinkOptions
{
    /// Remote (http, https) images are shown; when false, each becomes a
    /// note with its address, and nothing is fetched.
    bool remote = true;
    /// The URL under which a local file is shown: urlFor() with root when
    /// empty. A standalone page passes `data:` URLs.
    std::function<QString(const QString &path)> localUrl;
    /// The folder the preview serves (servedRoot()).
    QString root;
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
