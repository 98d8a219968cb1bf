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
    m_clock.start();
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &PreviewController::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &PreviewController::finished);
}

PreviewController::~PreviewController()
{
    // The worker owns only its copy of the text; wait so that it does not
    // outlive the watcher it reports to.
    m_watcher.waitForFinished();
}

void PreviewController::setPost(const QString &postPath, const QString &siteRoot)
{
    m_postPath = postPath;
    m_site = SiteConfig::read(siteRoot);
    m_lastReading.reset();
    ++m_post;
}

// Runs on a worker: everything it uses is its own copy.
PreviewController::Result PreviewController::render(const QString &text, const std::optional<Reading> &previous,
                                                    const QString &postPath, const SiteConfig &site, bool dark,
                                                    bool remoteImages)
{
    Result result;
    result.reading = previous ? Reading::reread(*previous, text, site.variables)
                              : Reading::read(text, site.dialect, site.variables);
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
    m_pace.changed(m_clock.elapsed());
    schedule();
}

void PreviewController::renderNow()
{
    ++m_generation;
    m_pace.invalidated();
    m_next.stop();
    start(); // or, while one runs, as soon as it ends
}

void PreviewController::pageShown(int generation)
{
    if (generation != m_delivered)
        return;
    m_pace.shown(m_clock.elapsed());
    schedule(); // a change may have waited for the page
}

void PreviewController::schedule()
{
    const qint64 now = m_clock.elapsed();
    if (const std::optional<qint64> at = m_pace.nextStart(now))
        m_next.start(int(*at - now));
    else
        m_next.stop();
}

void PreviewController::start()
{
    if (m_watcher.isRunning())
        return; // finished() schedules what waits
    m_pace.started(m_clock.elapsed());
    m_running = m_generation;
    m_runningPost = m_post;
    m_watcher.setFuture(
        QtConcurrent::run(&PreviewController::render, m_source(), m_lastReading, m_postPath, m_site, m_dark,
                          m_remoteImages));
}

void PreviewController::finished()
{
    const Result result = m_watcher.result();
    if (m_runningPost == m_post)
        m_lastReading = result.reading;
    const bool show = m_pace.finished(m_clock.elapsed());
    // Newer than anything shown: shown, even when the writer has typed on
    // meanwhile (the next render follows on the pace).
    if (show && m_running > m_delivered) {
        m_delivered = m_running;
        Q_EMIT readingReady(result.reading, m_running);
        Q_EMIT blocksRendered(result.blocks, m_running);
        Q_EMIT rendered(result.html, m_running);
    }
    schedule();
}

} // namespace geul
