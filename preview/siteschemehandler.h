// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlSchemeHandler>

namespace geul {

/// Serves the preview's local files (URLs made by PreviewAssets::urlFor),
/// read-only, and only files under the allowed root: the site of the open
/// post, or its folder outside a site. Anything else fails. GUI thread.
class SiteSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    /// Registers the scheme with WebEngine; must run before the application
    /// object exists (PreviewView does it).
    static void registerScheme();

    void setAllowedRoot(const QString &root);
    QString allowedRoot() const { return m_root; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    /// The real path of @p path when it is a regular file under
    /// @p canonicalRoot (a canonical folder path), else an empty string:
    /// links and `..` that lead out of the root are refused.
    static QString fileUnder(const QString &path, const QString &canonicalRoot);
    /// The MIME type the preview serves the file @p path as, from its name.
    static QByteArray mimeTypeFor(const QString &path);
    /// Answers @p job with the file @p path if it is under @p canonicalRoot,
    /// read-only and with the MIME type its name says; fails it otherwise.
    static void serve(QWebEngineUrlRequestJob *job, const QString &path, const QString &canonicalRoot);

private:
    QString m_root;
};

} // namespace geul
