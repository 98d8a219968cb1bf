// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmltext.h"
#include "markdownrenderer.h"
#include "reading.h"
#include "renderpace.h"
#include "site.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace geul {

/// Turns text changes into rendered HTML without ever blocking typing. The
/// text is snapshotted and rendered on a worker thread, one render at a
/// time, paced by RenderPace: the first change after a pause at once, then
/// a steady cadence while the writer keeps typing, adapted to what a render
/// costs until the page shows it (pageShown()). A result is delivered when
/// it is newer than every one delivered before (while typing goes on, the
/// preview is a little behind, never stuck); after renderNow() a running
/// render's result is dropped. GUI thread only; the worker touches nothing
/// but its own copy of the text.
class PreviewController : public QObject
{
    Q_OBJECT

public:
    /// @p source returns the current post text; it is called on the GUI
    /// thread when a render starts.
    explicit PreviewController(std::function<QString()> source, QObject *parent = nullptr);
    ~PreviewController() override;

    /// The open post's file and site root: the post is read in the site's
    /// dialect, and its images resolve as the site publishes them. Empty
    /// for an unsaved post.
    void setPost(const QString &postPath, const QString &siteRoot);
    /// The configuration of the open post's site.
    const SiteConfig &site() const { return m_site; }

    /// Code is highlighted in dark colours; renders again when it changes.
    void setDark(bool dark);
    /// Remote images are shown, or replaced by a note; renders again when
    /// it changes.
    void setRemoteImages(bool allowed);

    /// The text changed: render it when the pace allows.
    void textChanged();
    /// Render now, whatever the pace (for example after opening a file);
    /// what a running render gives is out of date and not delivered.
    void renderNow();
    /// The page showed the result of @p generation (PreviewView::shown).
    void pageShown(int generation);

    /// The generation of the newest requested render.
    int generation() const { return m_generation; }
    /// The pacing of renders, for a look at its measures.
    const RenderPace &pace() const { return m_pace; }

Q_SIGNALS:
    /// The newest text has been rendered to @p html...
    void rendered(const QString &html, int generation);
    /// ...which is @p blocks for the preview page (emitted just before)...
    void blocksRendered(const HtmlBlocks &blocks, int generation);
    /// ...from @p reading of the text (emitted first).
    void readingReady(const Reading &reading, int generation);

private:
    struct Result
    {
        Reading reading;
        QString html;
        HtmlBlocks blocks;
    };
    static Result render(const QString &text, const std::optional<Reading> &previous, const QString &postPath,
                         const SiteConfig &site, bool dark, bool remoteImages);
    void start();
    void finished();

    void schedule();

    std::function<QString()> m_source;
    QElapsedTimer m_clock;
    RenderPace m_pace;
    QTimer m_next; ///< the next start, when the pace allows it
    QFutureWatcher<Result> m_watcher;
    int m_generation = 0;
    int m_running = 0;
    int m_delivered = 0;
    QString m_postPath;
    SiteConfig m_site;
    /// The reading of the last render, of this post and site: the next
    /// render parses again only what changed since.
    std::optional<Reading> m_lastReading;
    int m_post = 0; ///< counts setPost(): a reading of another post is not built on
    int m_runningPost = 0;
    bool m_dark = false;
    bool m_remoteImages = true;
};

} // namespace geul
