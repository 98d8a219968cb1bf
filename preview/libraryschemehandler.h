// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlSchemeHandler>

namespace geul {

/// Serves the system's copies of the libraries the preview page uses,
/// read-only and from their folders only: `geul-lib:/katex/...` is KaTeX
/// from Debian's libjs-katex. Nothing comes from the network.
class LibrarySchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    static constexpr char scheme[] = "geul-lib";

    /// Registers the scheme with WebEngine; must run before the application
    /// object exists (PreviewView does it).
    static void registerScheme();

    /// KaTeX's folder (katex.min.js, katex.min.css, fonts/), or an empty
    /// string when KaTeX is not installed.
    static QString katexFolder();

    /// The file that the URL path @p urlPath (`/katex/katex.min.js`) names,
    /// or an empty string: only files inside a library's folder are named.
    static QString fileFor(const QString &urlPath);

    void requestStarted(QWebEngineUrlRequestJob *job) override;
};

} // namespace geul
