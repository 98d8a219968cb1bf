// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteschemehandler.h"

#include "previewassets.h"

#include <QDir>
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

QString SiteSchemeHandler::fileUnder(const QString &path, const QString &canonicalRoot)
{
    if (canonicalRoot.isEmpty() || path.isEmpty())
        return {};
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    if (real.isEmpty() || !real.startsWith(canonicalRoot + u'/') || !QFileInfo(real).isFile())
        return {};
    // Never a dotfile or anything in a dot-folder (.git, .env, .ssh), by
    // the name asked for or by where a link leads.
    const auto hidden = [&canonicalRoot](const QString &file) {
        if (!file.startsWith(canonicalRoot + u'/'))
            return false;
        const QString relative = file.sliced(canonicalRoot.size() + 1);
        for (const QStringView part : QStringView(relative).split(u'/')) {
            if (part.startsWith(u'.'))
                return true;
        }
        return false;
    };
    if (hidden(real) || hidden(QDir::cleanPath(info.absoluteFilePath())))
        return {};
    return real;
}

void SiteSchemeHandler::serve(QWebEngineUrlRequestJob *job, const QString &path, const QString &canonicalRoot)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString real = fileUnder(path, canonicalRoot);
    if (real.isEmpty()) {
        job->fail(QFileInfo::exists(path) ? QWebEngineUrlRequestJob::RequestDenied
                                          : QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *file = new QFile(real, job);
    if (!file->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    job->reply(mimeTypeFor(real), file);
}

QByteArray SiteSchemeHandler::mimeTypeFor(const QString &path)
{
    static const QMimeDatabase mimes;
    return mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().toUtf8();
}

void SiteSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    serve(job, PreviewAssets::pathFor(job->requestUrl(), m_root), m_root);
}

} // namespace geul
