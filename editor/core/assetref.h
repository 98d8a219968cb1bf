// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace geul {

/// Where a post's references to images and other files resolve, as the blog
/// publishes them. Value type.
struct AssetContext
{
    /// The post's folder (absolute). Outside a site, relative references
    /// resolve here (as Typora resolves them).
    QString postFolder;
    /// The Jekyll site root, or empty outside a site.
    QString siteRoot;
    /// Where site-absolute references (`/assets/...`) resolve: the site root
    /// (Jekyll publishes it as `/`, whatever `typora-root-url` says); outside
    /// a site the post's `typora-root-url`, else the post's folder.
    QString imageRoot;
    /// The folder `typora-root-url` names (absolute), or empty. Typora
    /// looks for `/x` there; Jekyll never does.
    QString typoraRoot;
    /// The site's `baseurl` (`/blog`), or empty. A site-absolute reference
    /// that starts with it, as `{{ site.baseurl }}/assets/a.png` and the
    /// `relative_url` filter write it, names the file without it.
    QString baseUrl;
    /// The folder of the post's address on the blog (`/dev/2022/12/31/`, see
    /// SiteConfig::urlOf()), against which the browser resolves relative
    /// references; empty when not known (then they resolve against the
    /// post's folder).
    QString pageFolder;

    /// The context of the post at @p postPath, whose front matter says
    /// `typora-root-url: @p typoraRootUrl` (or nothing).
    static AssetContext forPost(const QString &postPath, const QString &siteRoot, const QString &typoraRootUrl = {});

    /// The folder whose files may be shown: the site root, or the post's
    /// folder outside a site.
    QString allowedRoot() const { return siteRoot.isEmpty() ? postFolder : siteRoot; }
};

/// What a reference resolves to. Value type.
struct AssetResolution
{
    enum class Status {
        Local, ///< a file under the allowed root: path
        Remote, ///< http(s) or protocol-relative: shown as it is
        Data, ///< a data: URL
        Missing, ///< no such file
        OutsideSite, ///< resolves outside the site (or the post's folder)
        AbsoluteLocalPath, ///< `C:/...`, `file:`, `/Users/...`: a path of the writer's machine
        Unpublished, ///< in a folder Jekyll does not publish (`_posts`, `_drafts`, `.git`, ...)
    };

    Status status = Status::Missing;
    /// Status::Local: the file's absolute path; otherwise where it was looked for.
    QString path;
    /// The file exists only under the other Unicode normalization (NFC/NFD)
    /// of the name written: it works here, but not on every system.
    bool otherNormalization = false;

    bool isProblem() const
    {
        return status == Status::Missing || status == Status::OutsideSite || status == Status::AbsoluteLocalPath
               || status == Status::Unpublished;
    }
    /// Why it does not resolve, for the user (empty when it does).
    QString reason() const;
};

/// Resolves references to files (`![](...)`, `<img src>`, ...) the way the
/// blog will: `%XX` escapes decoded exactly once, raw spaces as they are,
/// the site's `baseurl` taken off, `/x` against the site root, anything else
/// against the post's address on the blog (or, outside a site, the post's
/// folder); the exact name first, then the other Unicode normalization; a
/// file in a folder Jekyll does not publish is not shown. Reentrant; it only
/// asks the file system whether files exist.
class AssetRef
{
    Q_DECLARE_TR_FUNCTIONS(geul::AssetRef)

public:
    static AssetResolution resolve(const QString &written, const AssetContext &context);
    /// Where Typora finds @p written (`typora-root-url` for `/x`, the
    /// post's folder otherwise): a file's path, or an empty string.
    static QString typoraPath(const QString &written, const AssetContext &context);

    /// The name of an existing file that matches @p path only when case is
    /// ignored (works on macOS and Windows, not on GitHub Pages), or empty.
    static QString caseInsensitiveMatch(const QString &path);
    friend struct AssetResolution;
};

} // namespace geul
