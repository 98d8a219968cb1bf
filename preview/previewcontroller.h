// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmltext.h"
#include "markdownrenderer.h"
#include "reading.h"
#include "site.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace geul {

/// Turns text changes into rendered HTML without ever blocking typing: a
/// change restarts a short debounce, the text is then snapshotted and
/// rendered on a worker thread, and only the newest generation's result is
/// delivered. While one render runs, further changes coalesce into a single
/// render of the newest text that starts when it ends. GUI thread only;
/// the worker touches nothing but its own copy of the text.
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

    /// The text changed: render it after the debounce.
    void textChanged();
    /// Render now, skipping the debounce (for example after opening a file).
    void renderNow();

    /// The generation of the newest requested render.
    int generation() const { return m_generation; }
    /// The debounce for a text of @p length characters: a few milliseconds,
    /// longer for long texts whose render takes longer anyway.
    static int debounceFor(qsizetype length);

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
    static Result render(const QString &text, const QString &postPath, const SiteConfig &site, bool dark,
                         bool remoteImages);
    void start();
    void finished();

    std::function<QString()> m_source;
    QTimer m_debounce;
    QFutureWatcher<Result> m_watcher;
    int m_generation = 0;
    int m_running = 0;
    bool m_pending = false;
    qsizetype m_lastLength = 0;
    QString m_postPath;
    SiteConfig m_site;
    bool m_dark = false;
    bool m_remoteImages = true;
};

} // namespace geul
