// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetref.h"
#include "reading.h"
#include "site.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace geul {

/// Puts images into a post's asset folder the way Typora does, and says
/// how the post links to them. Reentrant; one object per post and moment.
///
/// The folder, first match wins: the post's `typora-copy-images-to`
/// (`${filename}` is the post's file name without `.md`; relative to the
/// post's folder, or to the image root when it starts with `/`); else the
/// image folder setting (default `/assets/img/${filename}`) under the image
/// root when the post is inside a Jekyll site; else `./${filename}.assets`
/// beside the post.
struct ImageSettings
{
    /// Where images go for a post inside a site, relative to the image
    /// root when it starts with `/`, else to the post's folder.
    QString imageFolder = QStringLiteral("/assets/img/${filename}");
    /// Add `typora-root-url` to a post inside a site that lacks it.
    bool addTyporaRootUrl = true;
};

class ImageStore
{
    Q_DECLARE_TR_FUNCTIONS(geul::ImageStore)

public:
    using Settings = ImageSettings;

    struct Stored
    {
        /// The new file (absolute); empty on failure.
        QString path;
        /// Why nothing was stored, for people.
        QString error;
    };

    /// The store of the post at @p postPath (absolute; it need not exist
    /// yet) whose text is @p postText, inside the site @p site (or none:
    /// an empty root).
    static ImageStore forPost(const QString &postPath, const QString &postText, const SiteConfig &site,
                              const Settings &settings = {});
    /// The same, reading the configuration of the site at @p siteRoot.
    static ImageStore forPost(const QString &postPath, const QString &postText, const QString &siteRoot,
                              const Settings &settings = {});

    /// The folder images go to (absolute).
    QString folder() const { return m_folder; }
    const AssetContext &context() const { return m_context; }
    const SiteConfig &site() const { return m_site; }
    /// @p text read as this store's post is (its site's dialect and Liquid).
    Reading read(const QString &text) const;
    /// The file @p reference names, when it is one of the site (or of the
    /// post's folder outside a site); else an empty string.
    QString fileOf(const Reading::Reference &reference) const;

    /// Writes encoded image data (PNG, JPEG, GIF, WebP, BMP or SVG, found
    /// from the bytes) under Typora's name `image-yyyyMMddHHmmsszzz.EXT`
    /// for the local time @p when.
    Stored storeData(const QByteArray &data, const QDateTime &when = QDateTime::currentDateTime()) const;
    /// Copies the image file @p source, keeping its name.
    Stored copyFile(const QString &source) const;

    /// The link to the stored file @p path: site-absolute (`/assets/...`)
    /// when the post has a `typora-root-url` or lives in a site, else
    /// relative to the post's folder; spaces and the characters that would
    /// change the link's meaning are %-escaped, Hangul stays as it is, the
    /// name is as on disk.
    QString linkFor(const QString &path) const;
    /// @p path as a link's URL: spaces and the characters that would change
    /// the link's meaning %-escaped, everything else as it is.
    static QString escapedForLink(const QString &path);
    /// `![name](link)`, or with @p zoom (a percentage) or @p html the
    /// `<img src="link" alt="name" style="zoom: 50%;" />` form.
    QString markdownFor(const QString &path, std::optional<int> zoom = std::nullopt, bool html = false) const;

    /// @p postText with `typora-root-url` added when the settings ask for
    /// it and the post lives in a site but has none (`../`, or deeper for
    /// nested post folders); nothing when no change is needed or possible.
    std::optional<QString> textWithRootUrl(const QString &postText) const;

    /// @p text with the image @p image (of @p text's reading) written as
    /// Typora writes a scaled one, `<img src="..." alt="..." style="zoom:
    /// 50%;" />`; at 100% the zoom goes (an `<img>` keeps its other
    /// attributes).
    static QString withZoom(const QString &text, const Reading::Reference &image, int percent);
    /// @p text without @p reference.
    static QString without(const QString &text, const Reading::Reference &reference);
    /// The text of @p reading with every reference that resolves to @p file
    /// (or did, when the file has just moved) linking to @p link instead.
    QString relinked(const Reading &reading, const QString &file, const QString &link) const;
    /// The text of @p reading with each reference whose URL can be
    /// rewritten in place linking to what @p newLink says for where it
    /// resolves (an empty string: it stays as it is).
    QString relinkedBy(const Reading &reading, const std::function<QString(const AssetResolution &resolved)> &newLink) const;
    /// The files of this post's image folder that no reference of
    /// @p reading uses and whose name its text does not mention anywhere,
    /// sorted by name.
    QStringList unusedFiles(const Reading &reading) const;

    /// The file extension for encoded image data, from its first bytes, or
    /// an empty string when it is not an image Geul knows.
    static QString imageSuffix(const QByteArray &data);
    /// Why @p data, an image by its first bytes, cannot be shown: the
    /// decoder's message, or an empty string when it decodes (or when no
    /// decoder for its format is installed, and only its first bytes
    /// can be judged).
    static QString damage(const QByteArray &data);
    /// Whether @p name can name a file a user means: not empty, not hidden
    /// (a leading dot), no `/`, `\` or control characters.
    static bool isPlainFileName(const QString &name);
    /// A name that no file in @p folder has: @p name, else `stem-1.ext`,
    /// `stem-2.ext`, ...
    static QString uniqueName(const QString &folder, const QString &name);

private:
    Stored write(const QByteArray &data, const QString &name) const;

    QString m_postPath;
    QString m_siteRoot;
    SiteConfig m_site;
    QString m_folder;
    AssetContext m_context;
    bool m_hasRootUrl = false;
    Settings m_settings;
};

} // namespace geul
