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

private:
    QString m_root;
};

} // namespace geul
