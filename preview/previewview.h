// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmltext.h"

#include <QWebEngineView>

namespace geul {

class PreviewBridge;
class PreviewPage;

/// The live preview: a web view on our locked-down page, which receives
/// rendered HTML through a PreviewBridge and patches it into place,
/// keeping the scroll position. GUI thread only.
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);

    /// How the preview is drawn; call it before the application object is
    /// made. On a machine without a GPU Geul may use (no DRM render node
    /// it can open), Qt Quick's software renderer: the page's frames go to
    /// the window as they are, where OpenGL emulated on the processor
    /// (llvmpipe) costs several times the CPU for each of them, and Mesa
    /// loaded for nothing costs memory (measured: README, "Drawing without
    /// a GPU"). GEUL_RENDERING=software or gpu
    /// chooses; a QT_QUICK_BACKEND or QSG_RHI_BACKEND already set is kept.
    /// Returns what was chosen: "software", "gpu" or "as set".
    static QString chooseRendering();

    /// The same, split already (PreviewController does it on its worker).
    void showBlocks(const HtmlBlocks &blocks, int generation);
    /// Scrolls so that @p line of the file (1-based, fractional within a
    /// block) is at the top, without reporting it back as scrolled().
    void scrollToLine(double line);
    /// Scrolls as little as it takes to show the source line @p line (the
    /// one just typed at, say).
    void revealLine(int line);
    /// Whether any preview may load anything from the network (remote
    /// images in posts). On by default; off, every request is refused.
    static void setRemoteContentAllowed(bool allowed);
    static bool remoteContentAllowed();
    /// Follows a light or dark palette.
    void setDark(bool dark);

    PreviewBridge *bridge() const { return m_bridge; }
    /// The last generation the page was drawn with (shown()); 0: none yet.
    int shownGeneration() const { return m_shownGeneration; }
    /// Local files under @p root (and nothing else) may be shown.
    void setAssetRoot(const QString &root);

Q_SIGNALS:
    /// The fragment of @p generation is in the page's DOM; patching it in
    /// took the page @p milliseconds.
    void updated(int generation, double milliseconds);
    /// The page has been laid out and drawn with the fragment of
    /// @p generation (what a reader sees; what paces the renders).
    void shown(int generation, double milliseconds);
    /// The reader scrolled the preview: @p line of the file is at its top.
    void scrolled(double line);
    /// The reader clicked the block that starts on @p line of the file.
    void clicked(int line);

private:
    PreviewPage *m_page;
    PreviewBridge *m_bridge;
    int m_shownGeneration = 0;
};

} // namespace geul
