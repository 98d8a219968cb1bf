// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleexporter.h"
#include "exportdialog.h"
#include "imagestore.h"
#include "reading.h"
#include "markdownedit.h"
#include "openpost.h"
#include "postfile.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace geul {

class FrontMatterForm;
class MarkdownEdit;
class PreviewController;
class PreviewView;

/// The editor window: the post's text beside its live preview. It wires the
/// units together and keeps the file's state (path, format, unsaved mark);
/// loading, saving and rendering belong to the core units. GUI thread only.
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
    /// Opens the post at @p path. On failure returns false, sets @p error and
    /// leaves the window as it was.
    bool openFile(const QString &path, QString *error);
    /// Puts the cursor at the start of @p line (1-based) and shows that
    /// line at the top of the editor; the preview follows.
    void goToLine(int line);
    /// Starts a new post (asking first to save unsaved changes); it belongs
    /// to the site of the post open before.
    void newFile();
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
    /// The image settings the user chose (Insert menu).
    static ImageSettings imageSettings();

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

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    QString storeImages(const MarkdownEdit::Images &images, QString *error);
    void addTyporaRootUrl();
    void insertImage();
    void showEditorMenu(const QPoint &position);
    void cleanUnusedImages();
    void renamePostInteractively();
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
    void fileChangedOnDisk(geul::OpenPost::DiskChange change);
    /// Shows how the text differs from the file on disk.
    void showDifferences();
    /// Asks before replacing a version another program saved; true: save.
    bool confirmOverwrite();
    void open();
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void updateTitle();
    void updateTheme();
    void showFrontMatterProblem();
    void indexSite(const QString &postPath);
    QString dialogFolder() const;


    MarkdownEdit *m_editor;
    FrontMatterForm *m_form;
    QString m_siteRoot;
    PreviewView *m_preview;
    PreviewController *m_controller;
    QSplitter *m_splitter;
    QLabel *m_status;
    OpenPost *m_post;
    bool m_askingAboutDisk = false;
    bool m_syncingScroll = false;
    QAction *m_remoteImagesAction = nullptr;
};

} // namespace geul
