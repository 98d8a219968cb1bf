// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewcontroller.h"

#include "frontmatter.h"
#include "markdownrenderer.h"
#include "previewassets.h"
#include "site.h"

#include <QtConcurrent/QtConcurrentRun>

namespace geul {

PreviewController::PreviewController(std::function<QString()> source, QObject *parent)
    : QObject(parent), m_source(std::move(source))
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewController::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &PreviewController::finished);
}

PreviewController::~PreviewController()
{
    // The worker owns only its copy of the text; wait so that it does not
    // outlive the watcher it reports to.
    m_watcher.waitForFinished();
}

int PreviewController::debounceFor(qsizetype length)
{
    // About 1 ms per 10 KB on top of a base that swallows key repeat, capped
    // so that even a huge post follows within a fraction of a second.
    return int(std::clamp<qsizetype>(30 + length / 10'000, 30, 300));
}

void PreviewController::setPost(const QString &postPath, const QString &siteRoot)
{
    m_postPath = postPath;
    m_site = SiteConfig::read(siteRoot);
}

// Runs on a worker: everything it uses is its own copy.
PreviewController::Result PreviewController::render(const QString &text, const QString &postPath,
                                                    const SiteConfig &site, bool dark, bool remoteImages)
{
    Result result;
    result.reading = Reading::read(text, site.dialect, site.variables);
    MarkdownRenderer::Options options;
    options.dark = dark;
    if (!postPath.isEmpty()) {
        options.assets = site.assetContext(postPath, result.reading.frontMatter());
        options.links.remote = remoteImages;
        options.links.root = PreviewAssets::servedRoot(postPath, site.root);
    }
    const HtmlWriter::Output output = MarkdownRenderer::render(result.reading, options);
    result.html = output.html;
    result.blocks = HtmlBlocks::of(output.blocks());
    // The title and subtitle above the body, as the theme shows them
    // (escaped, as `{{ page.title | escape }}`); not part of the body.
    const FrontMatter &fm = result.reading.frontMatter();
    if (const QString title = fm.scalar(QStringLiteral("title")); !title.isEmpty()) {
        result.blocks.header = QStringLiteral("<h1 class=\"post-title\">%1</h1>\n").arg(title.toHtmlEscaped());
        if (const QString subtitle = fm.scalar(QStringLiteral("subtitle")); !subtitle.isEmpty())
            result.blocks.header += QStringLiteral("<p class=\"post-subtitle\">%1</p>\n").arg(subtitle.toHtmlEscaped());
    }
    if (result.reading.usesMath())
        result.blocks.math = site.math.toJson();
    return result;
}

void PreviewController::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    renderNow();
}

void PreviewController::setRemoteImages(bool allowed)
{
    if (m_remoteImages == allowed)
        return;
    m_remoteImages = allowed;
    renderNow();
}

void PreviewController::textChanged()
{
    ++m_generation;
    m_debounce.start(debounceFor(m_lastLength));
}

void PreviewController::renderNow()
{
    ++m_generation;
    m_debounce.stop();
    start();
}

void PreviewController::start()
{
    if (m_watcher.isRunning()) {
        // Coalesce: one more render of the newest text once this one ends.
        m_pending = true;
        return;
    }
    m_pending = false;
    m_running = m_generation;
    const QString text = m_source();
    m_lastLength = text.size();
    m_watcher.setFuture(QtConcurrent::run(&PreviewController::render, text, m_postPath, m_site, m_dark, m_remoteImages));
}

void PreviewController::finished()
{
    const Result result = m_watcher.result();
    if (m_pending) {
        // A newer text is waiting; this result is stale, drop it.
        start();
        return;
    }
    if (m_running == m_generation && !m_debounce.isActive()) {
        Q_EMIT readingReady(result.reading, m_running);
        Q_EMIT blocksRendered(result.blocks, m_running);
        Q_EMIT rendered(result.html, m_running);
    }
}

} // namespace geul
