// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "pdfinfo.h"

#include "previewview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

#include <cstdio>

namespace geul {

namespace {

// The page to print may load itself and data: URLs; remote images only
// when the user allows remote content. Nothing else, no other local file.
class PrintGuard : public QWebEngineUrlRequestInterceptor
{
public:
    PrintGuard(const QUrl &page, QObject *parent) : QWebEngineUrlRequestInterceptor(parent), m_page(page) { }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        const QString scheme = url.scheme();
        const bool allowed = url == m_page || scheme == u"data"
                             || ((scheme == u"http" || scheme == u"https") && PreviewView::remoteContentAllowed());
        info.block(!allowed);
    }

private:
    const QUrl m_page;
};

} // namespace

PdfExporter::PdfExporter(QObject *parent) : QObject(parent) { }

PdfExporter::~PdfExporter()
{
    // The page before its profile, as WebEngine requires.
    delete m_page;
}

void PdfExporter::start(const QString &html, const QString &output, QPageSize::PageSizeId size)
{
    m_output = QFileInfo(output).absoluteFilePath();
    m_partial = m_output + QStringLiteral(".part");
    m_size = size;
    if (!m_work.isValid()) {
        fail(tr("A temporary folder cannot be made."));
        return;
    }
    const QString page = m_work.filePath(QStringLiteral("page.html"));
    QFile file(page);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0) {
        fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(page), file.errorString()));
        return;
    }
    file.close();
    // Its own off-the-record profile: the page is ours, self-contained,
    // and loads nothing from the network.
    m_profile = new QWebEngineProfile(this);
    m_profile->setUrlRequestInterceptor(new PrintGuard(QUrl::fromLocalFile(page), m_profile));
    m_page = new QWebEnginePage(m_profile, this);
    // The post's own HTML is in this page: it reaches no file of the disk.
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, PreviewView::remoteContentAllowed());
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PdfExporter::loaded);
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, &PdfExporter::printed);
    m_page->load(QUrl::fromLocalFile(page));
}

void PdfExporter::loaded(bool ok)
{
    if (!ok) {
        fail(tr("The page to print could not be loaded."));
        return;
    }
    waitForFonts(50);
}

void PdfExporter::waitForFonts(int attempts)
{
    // Web fonts (KaTeX's) load after the page; print once they are in.
    m_page->runJavaScript(QStringLiteral("document.fonts.status"), [this, attempts](const QVariant &status) {
        if (status.toString() == u"loaded" || attempts <= 0) {
            const QPageLayout layout(QPageSize(m_size), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter);
            QFile::remove(m_partial);
            m_page->printToPdf(m_partial, layout);
            return;
        }
        QTimer::singleShot(100, this, [this, attempts] { waitForFonts(attempts - 1); });
    });
}

void PdfExporter::printed(const QString &path, bool ok)
{
    if (!ok || path != m_partial || QFileInfo(m_partial).size() == 0) {
        QFile::remove(m_partial);
        fail(tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(m_output)));
        return;
    }
    // Chromium writes the file for its owner only; a document is readable.
    QFile::setPermissions(m_partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                         | QFileDevice::ReadOther);
    // Title, author and subject, which Chromium does not write.
    if (!m_info.isEmpty()) {
        QFile file(m_partial);
        QByteArray pdf;
        if (file.open(QIODevice::ReadOnly))
            pdf = file.readAll();
        file.close();
        if (const std::optional<QByteArray> updated = PdfInfo::withInfo(pdf, m_info)) {
            if (!file.open(QIODevice::WriteOnly | QIODevice::Append)
                || file.write(updated->sliced(pdf.size())) != updated->size() - pdf.size() || !file.flush()) {
                file.close();
                QFile::remove(m_partial);
                fail(tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(m_output)));
                return;
            }
        }
    }
    // One rename that replaces the old PDF: it is there, whole, until the
    // new one is.
    if (std::rename(QFile::encodeName(m_partial).constData(), QFile::encodeName(m_output).constData()) != 0) {
        QFile::remove(m_partial);
        fail(tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(m_output)));
        return;
    }
    m_done = true;
    Q_EMIT finished(true, QString());
}

void PdfExporter::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    // Never from inside start(): the caller may not be listening yet.
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT finished(false, error); }, Qt::QueuedConnection);
}

} // namespace geul
