// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryschemehandler.h"

#include "htmlpage.h"
#include "siteschemehandler.h"

#include <QFileInfo>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace geul {

void LibrarySchemeHandler::registerScheme()
{
    QWebEngineUrlScheme library(scheme);
    library.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // CORS, so that KaTeX's style sheet may load its fonts into our page.
    library.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(library);
}

QString LibrarySchemeHandler::katexFolder()
{
    static const QString folder = QFileInfo(HtmlPage::defaultKatexFolder()).canonicalFilePath();
    return folder;
}

QString LibrarySchemeHandler::fileFor(const QString &urlPath)
{
    const QLatin1String katex("/katex/");
    if (!urlPath.startsWith(katex) || katexFolder().isEmpty())
        return {};
    const QString path = katexFolder() + u'/' + urlPath.sliced(katex.size());
    // Debian keeps KaTeX's fonts with the other fonts and links them into
    // its folder: that folder is KaTeX's too, and nothing else is.
    static const QString fonts = QFileInfo(katexFolder() + QStringLiteral("/fonts")).canonicalFilePath();
    for (const QString &root : {katexFolder(), fonts}) {
        if (const QString file = SiteSchemeHandler::fileUnder(path, root); !file.isEmpty())
            return file;
    }
    return {};
}

void LibrarySchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QString file = fileFor(job->requestUrl().path(QUrl::FullyDecoded));
    if (file.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    SiteSchemeHandler::serve(job, file, QFileInfo(file).absolutePath());
}

} // namespace geul
