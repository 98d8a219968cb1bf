// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace geul {

/// Exports a post with exactly the files it uses. Reentrant; it reads only
/// files under the post's site (or the post's folder outside a site).
///
/// - Jekyll bundle (zip): the post at its site-relative path and every
///   local file it references at its site-relative path; unzipped at
///   another site's root, post and images work unchanged.
/// - Portable bundle (zip, or a folder when the output does not end in
///   `.zip`): `NAME/NAME.md` and `NAME/images/...`, every link rewritten to
///   `images/...`, `typora-root-url` removed, `typora-copy-images-to` set to
///   `./images`.
/// - Standalone HTML: HtmlPage, titled from the front matter.
///
/// References are found and resolved by AssetRef, as the preview does, plus
/// links to local files (`[pdf](/assets/x.pdf)`). Each file is included
/// once, byte for byte, under its name on disk. Missing files, files outside
/// the site, paths of the writer's computer and remote images are left out
/// and reported. Bundles hold a `manifest.json` (files with size and
/// SHA-256, reported references with the reason), have sorted entries,
/// fixed times (the post's date) and UTF-8 names flagged as such, so that
/// the same post always gives the same bytes. Output is written to a
/// temporary file and renamed at the end: a failure leaves nothing behind.
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(geul::BundleExporter)

public:
    enum class Format { Jekyll, Portable, Html };

    struct Options
    {
        Format format = Format::Jekyll;
        /// The archive, page or folder to write.
        QString output;
        /// Write nothing when a reference is reported.
        bool strict = false;
        /// Only find the references and report the problems: read no other
        /// file, write nothing (output may be empty).
        bool dryRun = false;
        /// The site root; found upward from the post when empty.
        QString siteRoot;
        /// Called with the files done and the total; returning false
        /// cancels the export (nothing is written).
        std::function<bool(int done, int total)> progress;
    };

    struct File
    {
        /// The file on disk.
        QString source;
        /// Its path in the bundle.
        QString entry;
        qint64 size = 0;
        QByteArray sha256; ///< hexadecimal
    };

    struct Problem
    {
        /// The reference as written.
        QString written;
        /// 1-based line of the post.
        int line = 0;
        QString reason;
    };

    struct Result
    {
        /// Set when nothing was written: why, for people.
        QString error;
        /// The post's entry, then the files, by entry name.
        QList<File> files;
        /// The files the post uses (absolute, without the post), also
        /// after a dry run.
        QStringList sources;
        QList<Problem> problems;
        /// Size of what was written.
        qint64 bytes = 0;
        bool cancelled = false;

        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    static Result exportPost(const QString &postPath, const Options &options);

    /// The standalone HTML page of the post at @p postPath whose text is
    /// @p text: HtmlPage titled, described and tagged from the front matter.
    static QString standalonePage(const QString &postPath, const QString &text, const QString &siteRoot,
                                  QStringList *warnings = nullptr);

    /// The format named @p name (`jekyll`, `portable`, `html`), if any.
    static std::optional<Format> formatNamed(const QString &name);
};

} // namespace geul
