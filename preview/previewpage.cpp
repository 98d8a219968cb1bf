// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QWebEngineSettings>

namespace geul {

Q_LOGGING_CATEGORY(lcPreviewPage, "geul.preview.page", QtWarningMsg)

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
}

QUrl PreviewPage::pageUrl()
{
    return QUrl(QStringLiteral("qrc:/geul/preview/index.html"));
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && url == pageUrl() && type != NavigationTypeLinkClicked)
        return true;
    // In-page anchors (footnotes, a table of contents) scroll, they do not
    // leave the page.
    if (url.matches(pageUrl(), QUrl::RemoveFragment) && url.hasFragment())
        return true;
    if (type == NavigationTypeLinkClicked
        && (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto"))
        QDesktopServices::openUrl(url);
    return false;
}

namespace {

// Receives what a post would open in a new window (`target="_blank"`): the
// first navigation goes to the system browser by the same rule as a click,
// and the page deletes itself.
class ExternalLinkPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
        deleteLater();
        return false;
    }
};

} // namespace

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return new ExternalLinkPage(profile(), this);
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                           const QString &sourceID)
{
    // Messages from a post (blocked scripts, CSP reports) are not ours to
    // print by default; QT_LOGGING_RULES=geul.preview.page.debug=true shows them.
    if (level == ErrorMessageLevel)
        qCInfo(lcPreviewPage) << sourceID << lineNumber << message;
    else
        qCDebug(lcPreviewPage) << sourceID << lineNumber << message;
}

} // namespace geul
