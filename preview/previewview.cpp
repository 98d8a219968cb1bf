// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include "libraryschemehandler.h"
#include "previewassets.h"
#include "previewbridge.h"
#include "previewpage.h"
#include "siteschemehandler.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>

#include <algorithm>
#include <atomic>

namespace geul {

namespace {

// WebEngine wants custom schemes before the application object exists;
// this runs when the program starts, as this file is linked into it.
const bool schemeRegistered = [] {
    SiteSchemeHandler::registerScheme();
    LibrarySchemeHandler::registerScheme();
    return true;
}();

SiteSchemeHandler *schemeHandler();

std::atomic<bool> remoteAllowed = true;

// Refuses every request to the network while remote content is off: the
// renderer already leaves remote images out, this stops the rest (video
// posters, styles in raw HTML, images added by a later edit).
class RemoteContentBlocker : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (!remoteAllowed && scheme != u"qrc" && scheme != QLatin1String(PreviewAssets::scheme)
            && scheme != QLatin1String(LibrarySchemeHandler::scheme) && scheme != u"data")
            info.block(true);
    }
};

// One off-the-record profile for all previews: nothing a post loads is
// written to disk (no cache, no cookies, no local storage).
QWebEngineProfile *previewProfile()
{
    static QWebEngineProfile *profile = [] {
        Q_ASSERT(schemeRegistered);
        auto *p = new QWebEngineProfile(QCoreApplication::instance());
        p->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        p->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        p->installUrlSchemeHandler(PreviewAssets::scheme, schemeHandler());
        p->installUrlSchemeHandler(LibrarySchemeHandler::scheme, new LibrarySchemeHandler(p));
        p->setUrlRequestInterceptor(new RemoteContentBlocker(p));
        return p;
    }();
    return profile;
}

SiteSchemeHandler *schemeHandler()
{
    static auto *handler = new SiteSchemeHandler(QCoreApplication::instance());
    return handler;
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent), m_page(new PreviewPage(previewProfile(), this)), m_bridge(new PreviewBridge(this))
{
    auto *channel = new QWebChannel(m_page);
    channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(channel);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_bridge, &PreviewBridge::updated, this, &PreviewView::updated);
    connect(m_bridge, &PreviewBridge::shown, this, [this](int generation, double milliseconds) {
        m_shownGeneration = generation;
        Q_EMIT shown(generation, milliseconds);
    });
    connect(m_bridge, &PreviewBridge::scrolled, this, &PreviewView::scrolled);
    connect(m_bridge, &PreviewBridge::clicked, this, &PreviewView::clicked);
    // The page is loaded once; every later update is patched in by script.
    m_page->load(PreviewPage::pageUrl());
}

void PreviewView::showBlocks(const HtmlBlocks &blocks, int generation)
{
    m_bridge->setBlocks(blocks, generation);
}

void PreviewView::revealLine(int line)
{
    m_bridge->revealLine(line);
}

void PreviewView::scrollToLine(double line)
{
    m_bridge->scrollToLine(line);
}

void PreviewView::setRemoteContentAllowed(bool allowed)
{
    remoteAllowed = allowed;
}

bool PreviewView::remoteContentAllowed()
{
    return remoteAllowed;
}

void PreviewView::setAssetRoot(const QString &root)
{
    schemeHandler()->setAllowedRoot(root);
}

void PreviewView::setDark(bool dark)
{
    m_bridge->setDark(dark);
    // Until the page has drawn, the view shows this colour.
    m_page->setBackgroundColor(dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white));
}

QString PreviewView::chooseRendering()
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return QStringLiteral("as set");
    const QByteArray asked = qgetenv("GEUL_RENDERING");
    bool gpu = asked == "gpu";
    if (asked != "gpu" && asked != "software") {
        // A render node this user may open: Mesa drives a GPU through it.
        const QDir dri(QStringLiteral("/dev/dri"));
        const QStringList nodes = dri.entryList({QStringLiteral("renderD*")}, QDir::System);
        gpu = std::any_of(nodes.cbegin(), nodes.cend(), [&dri](const QString &node) {
            const QFileInfo info(dri.filePath(node));
            return info.isReadable() && info.isWritable();
        });
    }
    if (!gpu) {
        qputenv("QT_QUICK_BACKEND", "software");
        // Nor is OpenGL loaded at all on X11: Qt would otherwise load Mesa
        // (llvmpipe, about 65 MB) for a context it never draws with.
        if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION")) {
            qputenv("QT_XCB_GL_INTEGRATION", "none");
            // WebEngine still probes for OpenGL and Vulkan and says, in
            // Qt's default category, that there is none: expected here,
            // and not worth a writer's attention. Everything else passes.
            static const QtMessageHandler previous = qInstallMessageHandler(
                [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                    static const QStringList expected{
                        QStringLiteral("QXcbIntegration: Cannot create platform OpenGL context"),
                        QStringLiteral("QXcbIntegration: Cannot create platform offscreen surface"),
                        QStringLiteral("QRhiGles2: Failed to create"),
                        QStringLiteral("Failed to create Vulkan instance"),
                        QStringLiteral("Failed to create platform Vulkan instance"),
                        QStringLiteral("Unable to detect GPU vendor"),
                    };
                    for (const QString &start : expected) {
                        if (message.startsWith(start))
                            return;
                    }
                    if (previous)
                        previous(type, context, message);
                });
        }
    }
    return gpu ? QStringLiteral("gpu") : QStringLiteral("software");
}

} // namespace geul
