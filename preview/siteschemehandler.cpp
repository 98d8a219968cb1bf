// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteschemehandler.h"

#include "previewassets.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace geul {

void SiteSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(PreviewAssets::scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure, so that our page may load from it. Not "local": Chromium then
    // refuses it to our qrc: page too. Only our page is ever loaded (the
    // page refuses every navigation), and the handler serves the allowed
    // root only, so no remote page can read through it.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void SiteSchemeHandler::setAllowedRoot(const QString &root)
{
    // Compare real paths: a link inside the site may point out of it.
    m_root = root.isEmpty() ? QString() : QFileInfo(root).canonicalFilePath();
}

void SiteSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString path = PreviewAssets::pathFor(job->requestUrl());
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    if (m_root.isEmpty() || real.isEmpty() || !(real.startsWith(m_root + u'/')) || !info.isFile()) {
        job->fail(real.isEmpty() ? QWebEngineUrlRequestJob::UrlNotFound : QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    auto *file = new QFile(real, job);
    if (!file->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    static const QMimeDatabase mimes;
    job->reply(mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension).name().toUtf8(), file);
}

} // namespace geul
