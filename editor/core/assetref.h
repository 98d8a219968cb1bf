// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace geul {

/// Where a post's references to images and other files resolve. Value type.
struct AssetContext
{
    /// The post's folder (absolute). Relative references resolve here.
    QString postFolder;
    /// The Jekyll site root, or empty outside a site.
    QString siteRoot;
    /// Where site-absolute references (`/assets/...`) resolve: the post's
    /// `typora-root-url` (relative to the post's folder), else the site
    /// root, else the post's folder.
    QString imageRoot;
    /// The site's `baseurl` (`/blog`), or empty. A site-absolute reference
    /// that starts with it, as `{{ site.baseurl }}/assets/a.png` and the
    /// `relative_url` filter write it, names the file without it.
    QString baseUrl;

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
    };

    Status status = Status::Missing;
    /// Status::Local: the file's absolute path; otherwise where it was looked for.
    QString path;
    /// The file exists only under the other Unicode normalization (NFC/NFD)
    /// of the name written: it works here, but not on every system.
    bool otherNormalization = false;

    bool isProblem() const
    {
        return status == Status::Missing || status == Status::OutsideSite || status == Status::AbsoluteLocalPath;
    }
    /// Why it does not resolve, for the user (empty when it does).
    QString reason() const;
};

/// A reference to a file in a post's body. Value type.
struct AssetReference
{
    /// The URL as written (HTML entities decoded, `%XX` escapes kept).
    QString written;
    /// 1-based line of the file.
    int line = 0;
    /// Where the whole reference stands in the body: `![alt](url)` or the
    /// tag `<img ...>`; offsets in characters.
    qsizetype start = 0;
    qsizetype end = 0;
    /// Where its URL stands, as typed (entities and escapes included).
    qsizetype urlStart = 0;
    qsizetype urlLength = 0;
    /// An HTML tag (`<img>`, `<video>`, ...) rather than `![]()`.
    bool html = false;
    /// The tag's name in lower case (`img`, `video`, ...), or `img` for `![]()`.
    QString element;
    /// The alternative text (`![alt]`, or the tag's `alt`).
    QString alt;
};

/// Resolves references to files (`![](...)`, `<img src>`, ...) the way the
/// blog will: `%XX` escapes decoded exactly once, raw spaces as they are,
/// `/x` against the image root, anything else against the post's folder;
/// the exact name first, then the other Unicode normalization. Reentrant;
/// it only asks the file system whether files exist.
class AssetRef
{
    Q_DECLARE_TR_FUNCTIONS(geul::AssetRef)

public:
    static AssetResolution resolve(const QString &written, const AssetContext &context);

    /// Every image and media reference of a post's @p body (`![](...)`,
    /// `<img src>`, `<video src|poster>`, `<audio src>`, `<source src>`),
    /// outside code; lines count from @p firstLine (0-based) of the file.
    static QList<AssetReference> find(QStringView body, int firstLine = 0);
    /// Every link of @p body (`[text](url)`, `<a href>`), outside code, as
    /// find() gives media references (element `a`).
    static QList<AssetReference> findLinks(QStringView body, int firstLine = 0);

    /// The name of an existing file that matches @p path only when case is
    /// ignored (works on macOS and Windows, not on GitHub Pages), or empty.
    static QString caseInsensitiveMatch(const QString &path);
    friend struct AssetResolution;
};

} // namespace geul
