// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include "previewbridge.h"
#include "previewpage.h"

#include <QCoreApplication>
#include <QWebChannel>
#include <QWebEngineProfile>

namespace geul {

namespace {

// One off-the-record profile for all previews: nothing a post loads is
// written to disk (no cache, no cookies, no local storage).
QWebEngineProfile *previewProfile()
{
    static QWebEngineProfile *profile = [] {
        auto *p = new QWebEngineProfile(QCoreApplication::instance());
        p->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        p->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        return p;
    }();
    return profile;
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
    connect(m_bridge, &PreviewBridge::shown, this, &PreviewView::shown);
    // The page is loaded once; every later update is patched in by script.
    m_page->load(PreviewPage::pageUrl());
}

void PreviewView::showFragment(const QString &html, int generation)
{
    m_bridge->setHtml(html, generation);
}

void PreviewView::setDark(bool dark)
{
    m_bridge->setDark(dark);
    // Until the page has drawn, the view shows this colour.
    m_page->setBackgroundColor(dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white));
}

} // namespace geul
