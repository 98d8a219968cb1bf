// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleexporter.h"
#include "exportdialog.h"
#include "imagestore.h"
#include "markdownedit.h"
#include "markdownformat.h"
#include "newpost.h"
#include "openpost.h"
#include "postfile.h"
#include "reading.h"
#include "textstats.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTimer;
class QToolButton;

namespace geul {

class EditorSpelling;
class FindBar;
class FrontMatterForm;
class MarkdownEdit;
class OutlinePanel;
class PostTab;
class PreviewController;
class PreviewView;
class SiteCatalog;
class SitePanel;
class SiteSearchPanel;

/// The editor window: open posts in tabs (each its text, its front-matter
/// form and its file) beside one live preview of the current one, and the
/// site's docks (its posts, the outline, find in site). It wires the units
/// together; loading, saving, reading the site and rendering belong to the
/// core units. editor(), frontMatterForm() and openPost() are the current
/// tab's. GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a post, or for a folder its newest post (from `_posts/` when
    /// there is one). Problems are reported in a dialog; returns success.
    bool openPath(const QString &path);
    /// The post to open for @p path: itself, or a folder's newest post
    /// (from `_posts/` when there is one; empty when it has none).
    static QString postFor(const QString &path);
    /// Opens the post at @p path in a tab: the tab that has it already, else
    /// the current tab when it is untitled and empty, else a new one. On
    /// failure returns false, sets @p error and leaves the window as it was.
    bool openFile(const QString &path, QString *error);
    /// What renders the current post for the preview (for benchmarks).
    PreviewController *previewController() const { return m_controller; }
    /// Opens the Jekyll site at (or above) @p folder in the Site dock,
    /// without opening a post. False, with @p error, when it is not in one.
    bool openSite(const QString &folder, QString *error);
    /// Puts the cursor at the start of @p line (1-based) and shows that
    /// line at the top of the editor; the preview follows.
    void goToLine(int line);
    /// Starts a new untitled post in a new tab; it belongs to the site of
    /// the post open before.
    void newFile();
    /// New Post: in a site, the dialog (NewPostDialog), else newFile().
    void newPostInteractively();
    /// Makes the post @p request asks for in the open site and opens it.
    bool createPost(const NewPost::Request &request, QString *error);
    /// Moves the open draft into `_posts/` dated @p now (its image folder
    /// and date key along), saving it. False, with @p error, when it is not
    /// a draft of a site or a step fails (the steps before are undone).
    bool publishDraft(const QDateTime &now, QString *error);

    int tabCount() const;
    PostTab *tab(int index) const;
    PostTab *currentTab() const { return m_tab; }
    int currentTabIndex() const;
    void setCurrentTab(int index);
    /// Closes the tab at @p index, asking first about unsaved changes;
    /// false when the writer cancels. The last tab is replaced by an
    /// untitled one.
    bool closeTab(int index);

    /// Applies a writing shortcut's edit (MarkdownFormat) to the current
    /// editor as one undo step; while an input method composes a syllable,
    /// once it is committed.
    using Format = std::function<MarkdownFormat::Edit(QStringView text, qsizetype start, qsizetype end)>;
    void applyFormat(const Format &format);
    /// Zooms the editor and the preview by @p steps (0: back to normal).
    void zoom(int steps);
    int zoomSteps() const { return m_zoom; }

    /// The open posts, each one's cursor and scroll, the current tab and
    /// the site, into the settings; restoreWorkspace() opens them again.
    void saveWorkspace() const;
    /// Opens what saveWorkspace() kept; posts that are gone are skipped.
    /// Returns whether anything was opened.
    bool restoreWorkspace();
    /// Where Save As proposes to save: the post's file, or in a site a new
    /// post of today named after its title, romanized
    /// (`_posts/YYYY-MM-DD-<slug>.md`).
    QString proposedPath() const;
    /// Saves to the current file (asks for a name when there is none).
    bool save();
    bool saveAs();
    /// Saves to @p path without any dialog. On failure returns false, sets
    /// @p error and keeps the document unsaved; the old file stays intact.
    bool saveTo(const QString &path, QString *error);
    /// Whether the preview loads images from the internet (View menu; kept
    /// in the settings).
    void setRemoteImages(bool allowed);
    /// Where images of the open post go, and how they are linked. For a
    /// post never saved: a temporary folder, emptied into the post's own
    /// folder on its first save.
    ImageStore imageStore();

    /// Renames the image file @p image links to, and every link to it in
    /// this post (one undo step). @p newName is a file name; without an
    /// extension, the old one is kept. The post is saved with the new
    /// links at once (a file operation and the text that depends on it are
    /// one step: discarding later cannot leave a link to a missing file).
    /// False, with @p error, when the name is not allowed, the file cannot
    /// be renamed or the post cannot be saved; nothing changes then.
    bool renameImage(const Reading::Reference &image, const QString &newName, QString *error);
    /// Scales @p image to @p percent as Typora does (one undo step).
    void resizeImage(const Reading::Reference &image, int percent);
    /// Moves the file @p image links to into the trash (or, when
    /// @p permanently, deletes it) and removes the link (one undo step).
    /// The caller asks the user first, and again before deleting for good.
    /// Like renameImage(), the post is saved with the change.
    bool deleteImage(const Reading::Reference &image, QString *error, bool permanently = false);
    /// Files of the post's own image folder that no link uses.
    QStringList unusedImages();

    /// What renaming the post would do (OpenPost::planRename()).
    using PostRename = OpenPost::PostRename;
    /// Plans renaming the open post to the file name @p newName (`.md` is
    /// added when it has no extension). Its image folder moves along when
    /// it is named after the post and no other post of the site uses it.
    PostRename planRename(const QString &newName);
    /// Carries out @p plan: moves the folder, writes the post under its new
    /// name with its links rewritten, removes the old file. If any step
    /// fails, the steps before are undone and @p error says why.
    bool renamePost(const PostRename &plan, QString *error);

    /// Exports the post as saved (a PDF: as shown now) as @p choice says;
    /// @p done receives the outcome, at once or, for a PDF, when printed.
    void exportPost(const ExportDialog::Choice &choice, std::function<void(const BundleExporter::Result &)> done);

    /// Puts @p text (recovered from the journal) in place of the post's,
    /// as one undoable change, unsaved.
    void restoreText(const QString &text);
    /// Re-reads the file from disk, keeping the cursor's line and the scroll.
    void reloadFromDisk();

    QString filePath() const { return m_post->path(); }
    OpenPost *openPost() const { return m_post; }
    MarkdownEdit *editor() const { return m_editor; }
    FrontMatterForm *frontMatterForm() const { return m_form; }
    PreviewView *preview() const { return m_preview; }
    SiteCatalog *siteCatalog() const { return m_catalog; }
    SitePanel *sitePanel() const { return m_sitePanel; }
    OutlinePanel *outline() const { return m_outline; }
    SiteSearchPanel *siteSearch() const { return m_siteSearch; }
    FindBar *findBar() const { return m_findBar; }
    EditorSpelling *spelling() const { return m_spelling; }
    QTabBar *tabBar() const { return m_tabBar; }
    /// The image settings for posts of the site at @p root (SiteSettings);
    /// for none, the defaults.
    ImageSettings imageSettingsFor(const QString &root);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createFormatActions(QMenu *menu);
    void createDocks();
    /// A new tab, not yet shown; its own signals are wired.
    PostTab *addTab();
    /// Makes @p tab the one the preview, the docks and the menus follow.
    void bindTab(PostTab *tab);
    int indexOf(const PostTab *tab) const;
    void updateTabLabel(PostTab *tab);
    /// Asks to save @p tab's unsaved changes; false when the user cancels.
    bool maybeSaveTab(PostTab *tab);
    void updateRecentMenu();
    void updateActions();
    void openRecent(const QString &path);
    /// Opens @p path at @p line (1-based) and @p column.
    void openAt(const QString &path, int line, int column);
    void findInSite();
    void goToLineInteractively();
    void publishDraftInteractively();
    /// File ▸ Publish: saves the post (when the writer agrees), then shows
    /// PublishDialog.
    void publishInteractively();
    /// Whether the post is saved, asking the writer to save it first (a
    /// command made from the file, titled @p title): @p untitled says why
    /// a post never saved cannot go on, @p unsaved asks to save changes.
    bool savedFirst(const QString &title, const QString &untitled, const QString &unsaved);
    void openSiteInteractively();
    QString storeImages(const MarkdownEdit::Images &images, QString *error);
    void addTyporaRootUrl();
    void insertImage();
    void showEditorMenu(const QPoint &position);
    void cleanUnusedImages();
    void renamePostInteractively();
    /// What happens to the image folder when the post moves as @p plan says
    /// (each sentence after a line break), for the question before.
    static QString folderMove(const PostRename &plan);
    void exportInteractively();
    void showExportSummary(const ExportDialog::Choice &choice, const BundleExporter::Result &result);
    /// The file @p image links to, or an empty string when it is not a
    /// file of the site.
    QString imageFile(const Reading::Reference &image);
    /// Puts the text a file operation made in the editor (it is saved
    /// already when the post has a file); false, with @p error, when the
    /// operation failed.
    bool applyFileOperation(const OpenPost::TextChange &change, QString *error);
    /// Another program changed or removed the file.
    void fileChangedOnDisk(PostTab *tab, OpenPost::DiskChange change);
    /// Shows how the text differs from the file on disk.
    void showDifferences();
    /// Asks before replacing a version another program saved; true: save.
    bool confirmOverwrite();
    void open();
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    /// Shows the site of the current post (or, untitled, the site open
    /// before) in the preview, the docks and the form's completions.
    void showSite();
    void updateTitle();
    void updateTheme();
    void showFrontMatterProblem();
    /// Counts the post (of @p reading) off the GUI thread, and the selection.
    void countText(const Reading &reading);
    void countWaiting();
    void countSelection();
    void showStats();
    void showStatsDetails();
    void siteIndexChanged();
    QString dialogFolder() const;

    QTabBar *m_tabBar;
    QStackedWidget *m_stack;
    FindBar *m_findBar;
    EditorSpelling *m_spelling;
    // The current tab's parts.
    PostTab *m_tab = nullptr;
    MarkdownEdit *m_editor = nullptr;
    FrontMatterForm *m_form = nullptr;
    OpenPost *m_post = nullptr;
    QList<QMetaObject::Connection> m_tabConnections;

    QString m_siteRoot;
    PreviewView *m_preview;
    PreviewController *m_controller;
    QSplitter *m_splitter;
    QLabel *m_status;
    SiteCatalog *m_catalog;
    SitePanel *m_sitePanel = nullptr;
    OutlinePanel *m_outline = nullptr;
    SiteSearchPanel *m_siteSearch = nullptr;
    QDockWidget *m_siteDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_publishDraftAction = nullptr;
    QAction *m_newPostAction = nullptr;
    bool m_askingAboutDisk = false;
    bool m_syncingScroll = false;
    bool m_editedSinceShown = false;
    int m_zoom = 0;
    QAction *m_remoteImagesAction = nullptr;
    QAction *m_spellingAction = nullptr;
    QToolButton *m_statsButton = nullptr;
    TextStats m_documentStats;
    std::optional<TextStats> m_selectionStats;
    int m_statsGeneration = 0;
    /// The newest reading not yet counted, and no count until it fires
    /// (a count runs, or one ran a moment ago).
    std::optional<Reading> m_countWaiting;
    QTimer *m_countTimer = nullptr;
    int m_selectionGeneration = 0;
    QTimer *m_selectionTimer = nullptr;
};

} // namespace geul
