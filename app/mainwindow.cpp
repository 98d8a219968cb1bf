// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "pdfexporter.h"

#include "diffview.h"
#include "editorspelling.h"
#include "findbar.h"
#include "frontmatter.h"
#include "helpdialogs.h"
#include "newpostdialog.h"
#include "publishdialog.h"
#include "outlinepanel.h"
#include "posttab.h"
#include "sitecatalog.h"
#include "sitepanel.h"
#include "sitesearchpanel.h"
#include "sitesettings.h"
#include "frontmatterform.h"
#include "linediff.h"
#include "markdownedit.h"
#include "previewassets.h"
#include "previewcontroller.h"
#include "previewview.h"
#include "romanization.h"
#include "site.h"
#include "siteindex.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QClipboard>
#include <QDockWidget>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace geul {

namespace {

QString markdownFilter()
{
    return MainWindow::tr("Markdown posts (*.md *.markdown *.mkd *.mdown);;All files (*)");
}

// The post to open for a folder: the newest under _posts/ (Jekyll names
// posts by date, so the name sorts them), else the newest Markdown file.
QString postForFolder(const QString &folder)
{
    for (const QString &candidate : QStringList{folder + QStringLiteral("/_posts"), folder}) {
        const QDir dir(candidate);
        const QStringList posts = dir.entryList({QStringLiteral("*.md"), QStringLiteral("*.markdown")},
                                                QDir::Files | QDir::Readable, QDir::Name | QDir::Reversed);
        if (!posts.isEmpty())
            return dir.absoluteFilePath(posts.first());
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabBar(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_findBar(new FindBar(this))
    , m_spelling(new EditorSpelling(this))
    , m_preview(new PreviewView(this))
    , m_controller(new PreviewController([this] { return m_editor ? m_editor->text() : QString(); }, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
    , m_catalog(new SiteCatalog(this))
{
    m_preview->setObjectName(QStringLiteral("preview"));
    m_tabBar->setObjectName(QStringLiteral("postTabs"));
    m_tabBar->setTabsClosable(true);
    m_tabBar->setMovable(true);
    m_tabBar->setDocumentMode(true);
    m_tabBar->setExpanding(false);
    m_tabBar->setElideMode(Qt::ElideMiddle);
    // The editors with the find bar under them, beside the preview.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addWidget(m_findBar);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_tabBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_status->setObjectName(QStringLiteral("frontMatterStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_status, 1);
    // What a reader reads, counted; a click shows the details.
    m_statsButton = new QToolButton(this);
    m_statsButton->setObjectName(QStringLiteral("textStats"));
    m_statsButton->setAutoRaise(true);
    m_statsButton->setToolTip(tr("Characters, eojeol, manuscript sheets and reading time: click for details"));
    statusBar()->addPermanentWidget(m_statsButton);
    connect(m_statsButton, &QToolButton::clicked, this, &MainWindow::showStatsDetails);
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    connect(m_countTimer, &QTimer::timeout, this, &MainWindow::countWaiting);
    m_selectionTimer = new QTimer(this);
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(150);
    connect(m_selectionTimer, &QTimer::timeout, this, &MainWindow::countSelection);

    connect(m_controller, &PreviewController::blocksRendered, m_preview, &PreviewView::showBlocks);
    // What a render costs until the page shows it paces the next ones.
    connect(m_preview, &PreviewView::shown, m_controller, &PreviewController::pageShown);
    connect(m_controller, &PreviewController::rendered, this, &MainWindow::showFrontMatterProblem);
    connect(m_controller, &PreviewController::readingReady, this, [this](const Reading &reading) {
        countText(reading);
        m_spelling->check(reading);
        m_outline->setHeadings(reading.headings());
        if (m_editor)
            m_outline->setCurrentLine(m_editor->textCursor().blockNumber() + 1);
    });
    connect(m_catalog, &SiteCatalog::indexChanged, this, &MainWindow::siteIndexChanged);
    connect(m_spelling, &EditorSpelling::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15'000); });

    // Scroll sync by source line, each way; a scroll one side caused is not
    // sent back (the page ignores the scroll it set itself).
    connect(m_preview, &PreviewView::scrolled, this, [this](double line) {
        const QScopedValueRollback guard(m_syncingScroll, true);
        m_editor->scrollToLine(line);
    });
    // A new render may move blocks: bring the preview back in line.
    connect(m_preview, &PreviewView::shown, this, [this] {
        m_preview->scrollToLine(m_editor->topLine());
        // Typed or pasted since: that part of the page is in view too.
        if (m_editedSinceShown) {
            m_editedSinceShown = false;
            m_preview->revealLine(m_editor->textCursor().blockNumber() + 1);
        }
    });
    connect(m_preview, &PreviewView::clicked, this, [this](int line) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            return;
        const QScopedValueRollback guard(m_syncingScroll, true);
        m_editor->setTextCursor(QTextCursor(block));
        m_editor->setFocus(Qt::MouseFocusReason);
    });

    connect(m_tabBar, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            bindTab(tab(index));
    });
    connect(m_tabBar, &QTabBar::tabCloseRequested, this, [this](int index) { closeTab(index); });
    // The bar's order is the tabs' order; the stack follows by pointer.
    connect(m_tabBar, &QTabBar::tabMoved, this, [] {});

    createDocks();
    createActions();
    bindTab(addTab());
    updateTheme();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({10000, 10000}); // half and half, scaled to the window
    restoreState(settings.value(QStringLiteral("window/docks")).toByteArray());
    m_form->setExpanded(settings.value(QStringLiteral("window/frontMatterExpanded"), true).toBool());
    zoom(settings.value(QStringLiteral("window/zoom"), 0).toInt());
    m_controller->renderNow();
    // Ready to write at once.
    m_editor->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // The tabs' editors, the docks and the preview go after this part of
    // the window: a signal they send while going (a cursor that moves as
    // its text is torn down) must not reach a window that is no more.
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newPostAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Post…"));
    m_newPostAction->setShortcut(QKeySequence::New);
    m_newPostAction->setToolTip(tr("A new post of the open site, written as its posts are"));
    connect(m_newPostAction, &QAction::triggered, this, &MainWindow::newPostInteractively);
    QAction *untitledAction = file->addAction(tr("New &Untitled"));
    untitledAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(untitledAction, &QAction::triggered, this, &MainWindow::newFile);

    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"));
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::open);
    QAction *openSiteAction = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Site…"));
    openSiteAction->setToolTip(tr("List a Jekyll site's posts and drafts in the Site panel"));
    connect(openSiteAction, &QAction::triggered, this, &MainWindow::openSiteInteractively);
    m_recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();

    QAction *saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &MainWindow::save);
    QAction *saveAsAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setToolTip(tr("Export the post with exactly the files it uses"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportInteractively);
    QAction *publishAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-send")), tr("P&ublish…"));
    publishAction->setObjectName(QStringLiteral("publishAction"));
    publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    publishAction->setToolTip(tr("Commit the post with exactly the files it uses to the blog's git repository, and push it"));
    connect(publishAction, &QAction::triggered, this, &MainWindow::publishInteractively);
    QAction *renameAction = file->addAction(tr("&Rename Post…"));
    renameAction->setToolTip(tr("Rename the post's file, and its image folder with it"));
    connect(renameAction, &QAction::triggered, this, &MainWindow::renamePostInteractively);
    m_publishDraftAction = file->addAction(tr("Publish &Draft…"));
    m_publishDraftAction->setToolTip(tr("Move this draft into _posts with today's date"));
    connect(m_publishDraftAction, &QAction::triggered, this, &MainWindow::publishDraftInteractively);
    file->addSeparator();
    QAction *closeAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-close")), tr("&Close Tab"));
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, [this] { closeTab(currentTabIndex()); });
    QAction *quitAction = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this] { m_editor->undo(); });
    QAction *redo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    connect(redo, &QAction::triggered, this, [this] { m_editor->redo(); });
    edit->addSeparator();
    // Cut, copy and paste act on the widget that has the focus (the form's
    // fields too), as the keys do there.
    const auto focused = [](const char *slot) {
        return [slot] {
            if (QWidget *widget = QApplication::focusWidget())
                QMetaObject::invokeMethod(widget, slot);
        };
    };
    QAction *cut = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-cut")), tr("Cu&t"));
    cut->setShortcut(QKeySequence::Cut);
    cut->setShortcutContext(Qt::WidgetShortcut); // the focused widget's own key does it
    connect(cut, &QAction::triggered, this, focused("cut"));
    QAction *copy = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, focused("copy"));
    QAction *paste = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste"));
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    connect(paste, &QAction::triggered, this, focused("paste"));
    QAction *plainPaste = edit->addAction(tr("Paste as Plain &Text"));
    plainPaste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    plainPaste->setToolTip(tr("Paste the clipboard's text only: no images, no links made of HTML"));
    connect(plainPaste, &QAction::triggered, this, [this] {
        if (m_editor->isComposing())
            return;
        m_editor->insertPlainText(QGuiApplication::clipboard()->text());
    });
    QAction *selectAll = edit->addAction(tr("Select &All"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAll, &QAction::triggered, this, focused("selectAll"));
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { m_findBar->start(false); });
    QAction *findNext = edit->addAction(tr("Find &Next"));
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"));
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    QAction *replace = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find-replace")), tr("&Replace…"));
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(replace, &QAction::triggered, this, [this] { m_findBar->start(true); });
    QAction *siteFind = edit->addAction(tr("Find in &Site…"));
    siteFind->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(siteFind, &QAction::triggered, this, &MainWindow::findInSite);
    edit->addSeparator();
    QAction *goTo = edit->addAction(tr("&Go to Line…"));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(goTo, &QAction::triggered, this, &MainWindow::goToLineInteractively);

    createFormatActions(menuBar()->addMenu(tr("F&ormat")));

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    QAction *imageAction = insert->addAction(QIcon::fromTheme(QStringLiteral("insert-image")), tr("&Image…"));
    imageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    imageAction->setToolTip(tr("Copy image files into the post's image folder and link them at the cursor"));
    connect(imageAction, &QAction::triggered, this, &MainWindow::insertImage);
    insert->addSeparator();
    QAction *folderAction = insert->addAction(tr("Image &Folder…"));
    folderAction->setToolTip(tr("Where images of this site's posts go"));
    connect(folderAction, &QAction::triggered, this, [this] {
        const QString root = m_siteRoot;
        const QString current = imageSettingsFor(root).imageFolder;
        bool ok = false;
        const QString learned = m_catalog->root() == root ? m_catalog->waitForIndex().imageFolder() : QString();
        QString label = tr("Folder for the images of a post in this site. ${filename} is the post's file name "
                           "without .md; a folder starting with / is under the site.");
        if (!learned.isEmpty())
            label += u'\n' + tr("Most of the site's posts use %1.").arg(learned);
        if (root.isEmpty()) {
            QMessageBox::information(this, tr("Image Folder"),
                                     tr("Open a post of a Jekyll site (or the site) first: each site keeps its "
                                        "own image folder. Outside a site, images go beside the post."));
            return;
        }
        const QString folder
            = QInputDialog::getText(this, tr("Image Folder"), label, QLineEdit::Normal, current, &ok).trimmed();
        if (ok)
            SiteSettings::setImageFolder(root, folder == learned ? QString() : folder);
    });
    QAction *rootUrlAction = insert->addAction(tr("Add typora-root-url When Linking Images"));
    rootUrlAction->setCheckable(true);
    rootUrlAction->setToolTip(tr("Add typora-root-url to a post of a site that has none, so that Typora shows the "
                                 "same images"));
    rootUrlAction->setChecked(SiteSettings::addTyporaRootUrl());
    connect(rootUrlAction, &QAction::toggled, this, [](bool on) { SiteSettings::setAddTyporaRootUrl(on); });
    insert->addSeparator();
    QAction *cleanAction = insert->addAction(tr("&Clean Unused Images…"));
    cleanAction->setToolTip(tr("Move the files of this post's image folder that no link uses to the trash"));
    connect(cleanAction, &QAction::triggered, this, &MainWindow::cleanUnusedImages);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {m_siteDock, m_outlineDock, m_searchDock})
        view->addAction(dock->toggleViewAction());
    m_siteDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    m_outlineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    view->addSeparator();
    QAction *zoomIn = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, this, [this] { zoom(m_zoom + 1); });
    QAction *zoomOut = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { zoom(m_zoom - 1); });
    QAction *zoomReset = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Normal Size"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, this, [this] { zoom(0); });
    view->addSeparator();
    QAction *nextTab = view->addAction(tr("Next Ta&b"));
    nextTab->setShortcuts({QKeySequence::NextChild, QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(nextTab, &QAction::triggered, this, [this] {
        if (tabCount() > 1)
            setCurrentTab((currentTabIndex() + 1) % tabCount());
    });
    QAction *previousTab = view->addAction(tr("Previous Tab"));
    previousTab->setShortcuts({QKeySequence::PreviousChild, QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previousTab, &QAction::triggered, this, [this] {
        if (tabCount() > 1)
            setCurrentTab((currentTabIndex() + tabCount() - 1) % tabCount());
    });
    view->addSeparator();
    m_spellingAction = view->addAction(QIcon::fromTheme(QStringLiteral("tools-check-spelling")), tr("Check &Spelling"));
    m_spellingAction->setObjectName(QStringLiteral("checkSpelling"));
    m_spellingAction->setCheckable(true);
    m_spellingAction->setChecked(true);
    m_spellingAction->setToolTip(tr("Underline misspelled Korean and English words (remembered for each site)"));
    connect(m_spellingAction, &QAction::triggered, this, [this](bool on) {
        SiteSettings::setSpellCheck(m_siteRoot, on);
        m_spelling->setEnabled(on);
    });
    m_remoteImagesAction = view->addAction(tr("Load &Remote Images"));
    m_remoteImagesAction->setCheckable(true);
    m_remoteImagesAction->setToolTip(tr("Show images that posts load from the internet in the preview"));
    m_remoteImagesAction->setChecked(QSettings().value(QStringLiteral("preview/remoteImages"), true).toBool());
    connect(m_remoteImagesAction, &QAction::toggled, this, &MainWindow::setRemoteImages);
    setRemoteImages(m_remoteImagesAction->isChecked());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(QStringLiteral("configure-shortcuts")),
                                         tr("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, [this] { HelpDialogs::showShortcuts(menuBar(), this); });
    QAction *reference = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")),
                                         tr("&Markdown and kramdown Reference"));
    reference->setShortcut(QKeySequence::HelpContents);
    connect(reference, &QAction::triggered, this, [this] { HelpDialogs::showReference(this); });
    help->addSeparator();
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Geul"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { HelpDialogs::showAbout(this); });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createFormatActions(QMenu *menu)
{
    using namespace MarkdownFormat;
    const auto add = [this, menu](const QString &text, const QKeySequence &key, const Format &format) {
        QAction *action = menu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, format] { applyFormat(format); });
        return action;
    };
    const auto inlineMark = [](Inline kind) {
        return [kind](QStringView text, qsizetype a, qsizetype b) { return toggleInline(text, a, b, kind); };
    };
    add(tr("&Bold"), QKeySequence::Bold, inlineMark(Inline::Bold))
        ->setIcon(QIcon::fromTheme(QStringLiteral("format-text-bold")));
    add(tr("&Italic"), QKeySequence::Italic, inlineMark(Inline::Italic))
        ->setIcon(QIcon::fromTheme(QStringLiteral("format-text-italic")));
    add(tr("Inline &Code"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_QuoteLeft), inlineMark(Inline::Code));
    add(tr("&Strikethrough"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_5), inlineMark(Inline::Strikethrough))
        ->setIcon(QIcon::fromTheme(QStringLiteral("format-text-strikethrough")));
    add(tr("&Link"), QKeySequence(Qt::CTRL | Qt::Key_K), [](QStringView text, qsizetype a, qsizetype b) {
        // A URL on the clipboard becomes the target.
        const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
        return link(text, a, b, isUrl(clipboard) ? clipboard : QString());
    })->setIcon(QIcon::fromTheme(QStringLiteral("insert-link")));
    menu->addSeparator();
    QMenu *headings = menu->addMenu(tr("&Heading"));
    for (int level = 1; level <= 6; ++level) {
        QAction *action = headings->addAction(tr("Heading %1").arg(level));
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + level)));
        connect(action, &QAction::triggered, this, [this, level] {
            applyFormat([level](QStringView text, qsizetype a, qsizetype b) { return heading(text, a, b, level); });
        });
    }
    const auto lines = [](Lines kind) {
        return [kind](QStringView text, qsizetype a, qsizetype b) { return toggleLines(text, a, b, kind); };
    };
    add(tr("B&ullet List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight), lines(Lines::Bullet))
        ->setIcon(QIcon::fromTheme(QStringLiteral("format-list-unordered")));
    add(tr("&Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft), lines(Lines::Numbered))
        ->setIcon(QIcon::fromTheme(QStringLiteral("format-list-ordered")));
    add(tr("&Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), lines(Lines::Quote));
    add(tr("Code &Block"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        [](QStringView text, qsizetype a, qsizetype b) { return codeFence(text, a, b); });
}

void MainWindow::createDocks()
{
    m_sitePanel = new SitePanel(this);
    m_siteDock = new QDockWidget(tr("Site"), this);
    m_siteDock->setObjectName(QStringLiteral("siteDock"));
    m_siteDock->setWidget(m_sitePanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_siteDock);
    connect(m_sitePanel, &SitePanel::openRequested, this, [this](const QString &path) {
        QString error;
        if (!openFile(path, &error))
            QMessageBox::warning(this, tr("Cannot Open Post"), error);
    });

    m_outline = new OutlinePanel(this);
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    resizeDocks({m_siteDock, m_outlineDock}, {300, 300}, Qt::Horizontal);
    connect(m_outline, &OutlinePanel::lineRequested, this, [this](int line) {
        goToLine(line);
        m_editor->setFocus(Qt::OtherFocusReason);
    });

    m_siteSearch = new SiteSearchPanel(this);
    m_searchDock = new QDockWidget(tr("Find in Site"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_siteSearch);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_siteSearch, &SiteSearchPanel::openRequested, this, &MainWindow::openAt);
}

ImageStore MainWindow::imageStore()
{
    return m_post->imageStore(m_editor->text());
}

QString MainWindow::storeImages(const MarkdownEdit::Images &images, QString *error)
{
    const OpenPost::TextChange stored = m_post->storeImages(m_editor->text(), images.data, images.files);
    if (error)
        *error = stored.error;
    if (m_post->isUntitled() && stored.ok) {
        // Show them in the preview before the post has a place.
        m_controller->setPost(QDir(m_post->unsavedImageFolder()).filePath(QStringLiteral("untitled.md")), QString());
        m_preview->setAssetRoot(m_post->unsavedImageFolder());
    }
    return stored.text;
}

void MainWindow::addTyporaRootUrl()
{
    if (m_post->path().isEmpty())
        return; // the first save decides
    if (const std::optional<QString> text = imageStore().textWithRootUrl(m_editor->text()))
        m_editor->replaceText(*text);
}


QString MainWindow::imageFile(const Reading::Reference &image)
{
    return imageStore().fileOf(image);
}

bool MainWindow::renameImage(const Reading::Reference &image, const QString &newName, QString *error)
{
    m_form->commitPending();
    return applyFileOperation(m_post->renameImage(m_editor->text(), image, newName), error);
}

bool MainWindow::applyFileOperation(const OpenPost::TextChange &change, QString *error)
{
    if (!change.ok) {
        if (error)
            *error = change.error;
        return false;
    }
    if (change.text != m_editor->text())
        m_editor->replaceText(change.text);
    // Saved with the operation (the post has a file, and it changed).
    if (change.saved)
        m_editor->document()->setModified(false);
    if (!change.notice.isEmpty())
        statusBar()->showMessage(change.notice, 10'000);
    updateTitle();
    return true;
}

void MainWindow::resizeImage(const Reading::Reference &image, int percent)
{
    m_editor->replaceText(ImageStore::withZoom(m_editor->text(), image, percent));
}

bool MainWindow::deleteImage(const Reading::Reference &image, QString *error, bool permanently)
{
    m_form->commitPending();
    return applyFileOperation(m_post->deleteImage(m_editor->text(), image, permanently), error);
}

QStringList MainWindow::unusedImages()
{
    return m_post->unusedImages(m_editor->text());
}

void MainWindow::showEditorMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu(position));
    const int at = m_editor->cursorForPosition(position).position();
    m_spelling->addActions(menu.get(), at);
    if (const std::optional<Reading::Reference> image = imageStore().read(m_editor->text()).imageAt(at)) {
        const QString file = imageFile(*image);
        menu->addSeparator();
        QAction *open
            = menu->addAction(tr("Open Image"), this, [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
        QAction *show = menu->addAction(tr("Show in Folder"), this, [file] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
        });
        QAction *rename = menu->addAction(tr("Rename Image…"), this, [this, image = *image, file] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Rename Image"), tr("New file name:"),
                                                       QLineEdit::Normal, QFileInfo(file).fileName(), &ok);
            QString error;
            if (ok && !renameImage(image, name, &error))
                QMessageBox::warning(this, tr("Cannot Rename Image"), error);
        });
        QMenu *resize = menu->addMenu(tr("Resize"));
        for (const int percent : {25, 33, 50, 67, 100}) {
            resize->addAction(tr("%1%").arg(percent), this,
                              [this, image = *image, percent] { resizeImage(image, percent); });
        }
        QAction *remove = menu->addAction(tr("Delete Image File…"), this, [this, image = *image, file] {
            const auto answer = QMessageBox::question(
                this, tr("Delete Image"),
                tr("Move %1 to the trash and remove its link?").arg(QDir::toNativeSeparators(file)));
            QString error;
            if (answer != QMessageBox::Yes || deleteImage(image, &error))
                return;
            // No trash here (another drive, say): only with a second yes.
            const auto again
                = QMessageBox::question(this, tr("Delete Image"), error + u'\n' + tr("Delete it permanently?"));
            if (again == QMessageBox::Yes && !deleteImage(image, &error, true))
                QMessageBox::warning(this, tr("Cannot Delete Image"), error);
        });
        for (QAction *action : {open, show, rename, remove})
            action->setEnabled(!file.isEmpty());
    }
    menu->exec(m_editor->viewport()->mapToGlobal(position));
}

void MainWindow::cleanUnusedImages()
{
    const QStringList unused = unusedImages();
    if (unused.isEmpty()) {
        statusBar()->showMessage(
            tr("Every file in %1 is used by this post.").arg(QDir::toNativeSeparators(imageStore().folder())), 5000);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Clean Unused Images"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("No link of this post uses these files. Move the checked ones to the trash?"), &dialog));
    // A folder other posts link into: nothing is checked for the user.
    const bool shared = OpenPost::usedByOtherPosts(m_siteRoot, m_post->path(), imageStore().folder());
    if (shared) {
        auto *warning
            = new QLabel(tr("Other posts use this folder too: check only files you know are unused."), &dialog);
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    auto *list = new QListWidget(&dialog);
    for (const QString &file : unused) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName(), list);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        item->setCheckState(shared ? Qt::Unchecked : Qt::Checked);
    }
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move to Trash"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList failed;
    int moved = 0;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() != Qt::Checked)
            continue;
        const QString file = list->item(i)->data(Qt::UserRole).toString();
        if (QFile::moveToTrash(file))
            ++moved;
        else
            failed << QFileInfo(file).fileName();
    }
    if (!failed.isEmpty())
        QMessageBox::warning(
            this, tr("Clean Unused Images"),
            tr("These files could not be moved to the trash: %1").arg(failed.join(QStringLiteral(", "))));
    else
        statusBar()->showMessage(tr("Moved %n file(s) to the trash.", nullptr, moved), 5000);
}

MainWindow::PostRename MainWindow::planRename(const QString &newName)
{
    return m_post->planRename(m_editor->text(), newName);
}

bool MainWindow::renamePost(const PostRename &plan, QString *error)
{
    m_form->commitPending();
    if (!applyFileOperation(m_post->renamePost(plan, m_editor->text()), error))
        return false;
    if (plan.to.isEmpty() || plan.to == plan.from)
        return true;
    showSite();
    m_controller->renderNow();
    updateTitle();
    statusBar()->showMessage(tr("Renamed to %1").arg(QFileInfo(plan.to).fileName()), 5000);
    return true;
}

namespace {

int charactersPerMinute()
{
    return std::max(1, QSettings().value(QStringLiteral("stats/charactersPerMinute"),
                                         TextStats::defaultCharactersPerMinute).toInt());
}

// Counts on a worker (a 1 MB post takes tens of milliseconds) and hands
// the result to @p take unless a newer count has started since.
void countOffThread(QObject *owner, int *generation, std::function<TextStats()> count,
                    std::function<void(const TextStats &)> take)
{
    const int mine = ++*generation;
    auto *watcher = new QFutureWatcher<TextStats>(owner);
    QObject::connect(watcher, &QFutureWatcher<TextStats>::finished, owner, [watcher, generation, mine, take] {
        watcher->deleteLater();
        if (mine == *generation)
            take(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(count)));
}

} // namespace

void MainWindow::countText(const Reading &reading)
{
    // Counting a long post takes tens of milliseconds. While the writer
    // types, one count runs at a time, and the next waits ten times as
    // long as the last took (at most two seconds), then counts the newest
    // reading: the counts follow within a moment, at a tenth of a core.
    m_countWaiting = reading;
    if (!m_countTimer->isActive())
        countWaiting();
}

void MainWindow::countWaiting()
{
    if (!m_countWaiting)
        return;
    const Reading reading = std::move(*m_countWaiting);
    m_countWaiting.reset();
    QElapsedTimer clock;
    clock.start();
    m_countTimer->start(60'000); // until this count is in
    countOffThread(
        this, &m_statsGeneration, [reading, rate = charactersPerMinute()] { return TextStats::of(reading, rate); },
        [this, clock](const TextStats &stats) {
            m_documentStats = stats;
            showStats();
            m_countTimer->start(int(std::min<qint64>(2000, 10 * clock.elapsed())));
        });
}

void MainWindow::countSelection()
{
    const QString selected = m_editor->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    if (selected.trimmed().isEmpty()) {
        ++m_selectionGeneration; // a count in flight is of a selection gone
        m_selectionStats.reset();
        showStats();
        return;
    }
    // The selection read as Markdown of the same site, as a body. The text
    // is built inside the task: an init-capture of `a + b` would hold a
    // QStringBuilder that refers to this frame's `selected`.
    countOffThread(
        this, &m_selectionGeneration,
        [selected, site = m_controller->site(), rate = charactersPerMinute()] {
            const QString text = QStringLiteral("---\n---\n") + selected;
            return TextStats::of(Reading::read(text, site.dialect, site.variables), rate);
        },
        [this](const TextStats &stats) {
            m_selectionStats = stats;
            showStats();
        });
}

void MainWindow::showStats()
{
    m_statsButton->setText(m_selectionStats ? tr("Selection: %1").arg(m_selectionStats->brief())
                                            : m_documentStats.brief());
}

void MainWindow::showStatsDetails()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("statsDialog"));
    dialog.setWindowTitle(tr("Counts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTreeWidget(&dialog);
    table->setObjectName(QStringLiteral("statsTable"));
    table->setRootIsDecorated(false);
    table->setHeaderLabels({QString(), tr("Post"), tr("Selection")});
    const QLocale locale;
    const auto row = [&](const QString &name, const auto &value) {
        auto *item = new QTreeWidgetItem(table, {name, value(m_documentStats),
                                                 m_selectionStats ? value(*m_selectionStats) : QStringLiteral("–")});
        item->setTextAlignment(1, Qt::AlignRight);
        item->setTextAlignment(2, Qt::AlignRight);
    };
    row(tr("Characters"), [&](const TextStats &s) { return locale.toString(s.characters); });
    row(tr("Characters without spaces"), [&](const TextStats &s) { return locale.toString(s.charactersWithoutSpaces); });
    row(tr("Eojeol"), [&](const TextStats &s) { return locale.toString(s.eojeol); });
    row(tr("Manuscript sheets (200 cells)"), [&](const TextStats &s) {
        return tr("%1 (%2 lines)").arg(locale.toString(s.manuscriptSheets, 'f', 1), locale.toString(s.manuscriptLines));
    });
    row(tr("Reading time"), [&](const TextStats &s) { return tr("%1 min").arg(locale.toString(s.readingMinutes, 'f', 1)); });
    for (int column = 0; column < 3; ++column)
        table->resizeColumnToContents(column);
    layout->addWidget(table);
    auto *note = new QLabel(tr("What a reader reads is counted: the body as the blog shows it, without front matter, "
                               "code, URLs, HTML tags, Liquid and math. Manuscript paper: 20 × 10 cells, each "
                               "paragraph indented by one cell, two Latin letters or digits to a cell, no space and "
                               "no closing punctuation at the start of a line."),
                            &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *pace = new QSpinBox(&dialog);
    pace->setObjectName(QStringLiteral("charactersPerMinute"));
    pace->setRange(50, 5000);
    pace->setSingleStep(50);
    pace->setValue(charactersPerMinute());
    pace->setSuffix(tr(" characters a minute"));
    auto *form = new QFormLayout;
    form->addRow(tr("Reading pace:"), pace);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    dialog.exec();
    if (pace->value() != charactersPerMinute()) {
        QSettings().setValue(QStringLiteral("stats/charactersPerMinute"), pace->value());
        m_controller->renderNow(); // counted again
        countSelection();
    }
}

QString MainWindow::folderMove(const PostRename &plan)
{
    QString what;
    if (!plan.folderFrom.isEmpty())
        what += u'\n'
                + tr("Its image folder %1 becomes %2, and the post's links follow.")
                      .arg(QDir::toNativeSeparators(plan.folderFrom), QDir::toNativeSeparators(plan.folderTo));
    if (!plan.folderStays.isEmpty())
        what += u'\n' + plan.folderStays;
    return what;
}

void MainWindow::renamePostInteractively()
{
    if (m_post->path().isEmpty()) {
        QMessageBox::information(this, tr("Rename Post"), planRename(QString()).error);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Post"), tr("New file name:"), QLineEdit::Normal,
                                               QFileInfo(m_post->path()).fileName(), &ok);
    if (!ok)
        return;
    const PostRename plan = planRename(name);
    if (!plan.error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Rename Post"), plan.error);
        return;
    }
    if (plan.to == plan.from)
        return;
    const QString what = tr("%1 becomes %2.").arg(QFileInfo(plan.from).fileName(), QFileInfo(plan.to).fileName());
    if (QMessageBox::question(this, tr("Rename Post"), what + folderMove(plan)) != QMessageBox::Yes)
        return;
    QString error;
    if (!renamePost(plan, &error))
        QMessageBox::warning(this, tr("Cannot Rename Post"), error);
}

void MainWindow::exportPost(const ExportDialog::Choice &choice,
                            std::function<void(const BundleExporter::Result &)> done)
{
    using Format = ExportDialog::Format;
    BundleExporter::Options options;
    options.output = choice.output;
    options.strict = choice.strict;
    options.siteRoot = m_siteRoot;
    options.format = choice.format == Format::JekyllBundle                           ? BundleExporter::Format::Jekyll
                     : choice.format == Format::Html || choice.format == Format::Pdf ? BundleExporter::Format::Html
                                                                                     : BundleExporter::Format::Portable;
    if (choice.format != Format::Pdf) {
        BundleExporter::Result result;
        {
            // Gone before the outcome is shown: a progress box never
            // outlives its job.
            QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 100, this);
            progress.setObjectName(QStringLiteral("exportProgress"));
            progress.setWindowModality(Qt::WindowModal);
            progress.setMinimumDuration(500);
            options.progress = [&progress](int finished, int total) {
                progress.setMaximum(total);
                progress.setValue(finished);
                QCoreApplication::processEvents();
                return !progress.wasCanceled();
            };
            result = BundleExporter::exportPost(m_post->path(), options);
            options.progress = nullptr;
        }
        done(result);
        return;
    }
    // A PDF of the page as it is now, printed by WebEngine; the problems
    // are those an export of the same post reports.
    options.dryRun = true;
    const BundleExporter::Result check = BundleExporter::exportPost(m_post->path(), options);
    const QString html = BundleExporter::standalonePage(m_post->path(), m_editor->text(), m_siteRoot);
    auto *pdf = new PdfExporter(this);
    // The PDF says what it is: the post's title, author, subtitle, tags.
    const FrontMatter fm = FrontMatter::read(m_editor->text());
    QString author = fm.scalar(QStringLiteral("author"));
    if (author.isEmpty())
        author = m_controller->site().variables.value(QStringLiteral("site.author"));
    QString subject = fm.scalar(QStringLiteral("subtitle"));
    if (subject.isEmpty())
        subject = fm.scalar(QStringLiteral("description"));
    pdf->setInfo({{"Title", fm.scalar(QStringLiteral("title"))},
                  {"Author", author},
                  {"Subject", subject},
                  {"Keywords", m_post->isUntitled()
                                   ? QString()
                                   : SiteIndex::readPost(m_post->path(), m_editor->text(), m_controller->site(),
                                                         QDateTime::currentDateTime())
                                         .tags.join(QStringLiteral(", "))},
                  {"Creator", QStringLiteral("Geul")}});
    connect(pdf, &PdfExporter::finished, this,
            [pdf, done, check, output = choice.output](bool ok, const QString &error) {
                BundleExporter::Result result;
                result.problems = check.problems;
                result.error = ok ? QString() : error;
                result.bytes = ok ? QFileInfo(output).size() : 0;
                pdf->deleteLater();
                done(result);
            });
    pdf->start(html, choice.output, choice.pageSize);
}

bool MainWindow::savedFirst(const QString &title, const QString &untitled, const QString &unsaved)
{
    if (m_post->path().isEmpty()) {
        QMessageBox::information(this, title, untitled);
        return false;
    }
    m_form->commitPending();
    if (!m_editor->document()->isModified())
        return true;
    const auto answer = QMessageBox::question(this, title, unsaved, QMessageBox::Save | QMessageBox::Cancel,
                                              QMessageBox::Save);
    return answer == QMessageBox::Save && save();
}

void MainWindow::exportInteractively()
{
    if (!savedFirst(tr("Export Post"), tr("Save the post first: an export is made from its file."),
                    tr("The post has changes that are not saved. Save them and export?")))
        return;
    // The destination is remembered per site (or folder, outside a site).
    QSettings settings;
    const QString place = m_siteRoot.isEmpty() ? QFileInfo(m_post->path()).absolutePath() : m_siteRoot;
    const QString key = QStringLiteral("export/folder/") + QString::fromLatin1(place.toUtf8().toHex());
    const QString folder
        = settings.value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    ExportDialog dialog(m_post->path(), folder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportDialog::Choice choice = dialog.choice();
    settings.setValue(key, QFileInfo(choice.output).absolutePath());
    exportPost(choice, [this, choice](const BundleExporter::Result &result) { showExportSummary(choice, result); });
}

void MainWindow::publishInteractively()
{
    if (!savedFirst(tr("Publish Post"), tr("Save the post into your blog's folder first: publishing commits its file."),
                    tr("The post has changes that are not saved. Save them and publish?")))
        return;
    PublishDialog dialog(m_post->path(), this);
    dialog.exec();
}

void MainWindow::showExportSummary(const ExportDialog::Choice &choice, const BundleExporter::Result &result)
{
    if (result.cancelled) {
        statusBar()->showMessage(tr("Export cancelled; nothing was written."), 5000);
        return;
    }
    QMessageBox box(this);
    box.setWindowTitle(tr("Export Post"));
    QStringList problems;
    for (const BundleExporter::Problem &p : result.problems)
        problems << tr("Line %1: %2 — %3").arg(p.line).arg(p.written, p.reason);
    if (!result.ok()) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("The post was not exported."));
        box.setInformativeText(result.error);
    } else {
        box.setIcon(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning);
        box.setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(choice.output)));
        box.setInformativeText(
            (result.files.isEmpty()
                 ? tr("%1 KB.").arg((result.bytes + 1023) / 1024)
                 : tr("%n file(s), %1 KB.", nullptr, int(result.files.size())).arg((result.bytes + 1023) / 1024))
            + (problems.isEmpty()
                   ? QString()
                   : u' ' + tr("%n reference(s) were left out; see the details.", nullptr, int(problems.size()))));
        QPushButton *show = box.addButton(tr("Show in Folder"), QMessageBox::ActionRole);
        connect(show, &QPushButton::clicked, this, [output = choice.output] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(output).absolutePath()));
        });
    }
    if (!problems.isEmpty())
        box.setDetailedText(problems.join(u'\n'));
    box.addButton(QMessageBox::Close);
    box.exec();
}

void MainWindow::insertImage()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Insert Image"), dialogFolder(),
                                                            tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)"));
    if (!files.isEmpty())
        m_editor->insertImages({{}, files});
}


void MainWindow::setRemoteImages(bool allowed)
{
    if (m_remoteImagesAction->isChecked() != allowed) {
        m_remoteImagesAction->setChecked(allowed); // toggled() comes back here
        return;
    }
    QSettings().setValue(QStringLiteral("preview/remoteImages"), allowed);
    PreviewView::setRemoteContentAllowed(allowed);
    m_controller->setRemoteImages(allowed);
}

void MainWindow::newFile()
{
    // A new post belongs to the site of the last one: saving proposes it.
    PostTab *created = addTab();
    setCurrentTab(indexOf(created));
    m_editor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::open()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Post"), dialogFolder(), markdownFilter());
    for (const QString &path : paths) {
        QString error;
        if (!openFile(path, &error))
            QMessageBox::warning(this, tr("Cannot Open Post"), error);
    }
}

QString MainWindow::postFor(const QString &path)
{
    return QFileInfo(path).isDir() ? postForFolder(path) : path;
}

bool MainWindow::openPath(const QString &path)
{
    const QString file = postFor(path);
    if (QFileInfo(path).isDir()) {
        if (file.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot Open Post"),
                                 tr("%1: the folder has no Markdown post").arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    QString error;
    if (!openFile(file, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Post"), error);
        return false;
    }
    return true;
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Open already: its tab.
    for (int i = 0; i < tabCount(); ++i) {
        if (!tab(i)->post()->isUntitled() && tab(i)->post()->path() == absolute) {
            setCurrentTab(i);
            return true;
        }
    }
    // A tab of its own, unless the current one is untitled and empty.
    PostTab *target = m_tab && m_tab->isPristine() ? m_tab : nullptr;
    const bool created = !target;
    if (created)
        target = addTab();
    const std::optional<QString> text = target->post()->load(absolute, error);
    if (!text) {
        if (created) {
            m_tabBar->removeTab(indexOf(target));
            m_stack->removeWidget(target);
            target->deleteLater();
        }
        return false;
    }
    target->editor()->setPlainText(*text);
    target->editor()->document()->setModified(false);
    target->form()->documentReplaced();
    updateTabLabel(target);
    SiteSettings::noteRecentFile(absolute);
    updateRecentMenu();
    if (target == m_tab)
        bindTab(target); // the same tab with another post: the preview and the site follow
    else
        setCurrentTab(indexOf(target));
    if (m_post->format().mixedLineEndings) {
        statusBar()->showMessage(tr("This file mixes line endings; saving writes them all as %1.")
                                     .arg(m_post->format().lineEnding == PostFormat::LineEnding::CRLF
                                              ? QStringLiteral("CRLF")
                                              : QStringLiteral("LF")),
                                 10'000);
    }
    return true;
}

bool MainWindow::openSite(const QString &folder, QString *error)
{
    const QString root = Site::rootFor(QFileInfo(folder).absoluteFilePath());
    if (root.isEmpty()) {
        *error = tr("%1 is not in a Jekyll site: there is no _config.yml in it or above it.")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    SiteSettings::noteRecentSite(root);
    updateRecentMenu();
    m_siteRoot = root;
    // An untitled tab joins the site; a post of another site stays as it is.
    if (m_post->isUntitled())
        showSite();
    else
        m_catalog->setRoot(root);
    m_siteDock->show();
    m_siteDock->raise();
    return true;
}

void MainWindow::openSiteInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Site"), dialogFolder());
    if (folder.isEmpty())
        return;
    QString error;
    if (!openSite(folder, &error))
        QMessageBox::warning(this, tr("Cannot Open Site"), error);
}

PostTab *MainWindow::addTab()
{
    auto *created = new PostTab(m_stack);
    m_stack->addWidget(created);
    MarkdownEdit *editor = created->editor();
    OpenPost *post = created->post();
    post->setImageSettingsSource([this](const QString &root) { return imageSettingsFor(root); });
    connect(editor->document(), &QTextDocument::modificationChanged, this, [this, created] {
        updateTabLabel(created);
    });
    connect(post, &OpenPost::changedOnDisk, this,
            [this, created](OpenPost::DiskChange change) { fileChangedOnDisk(created, change); });
    connect(post, &OpenPost::journalProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15'000); });
    editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(editor, &QWidget::customContextMenuRequested, this, &MainWindow::showEditorMenu);
    editor->setImageHandler(
        [this](const MarkdownEdit::Images &images, QString *error) { return storeImages(images, error); });
    connect(editor, &MarkdownEdit::imagesInserted, this, &MainWindow::addTyporaRootUrl);
    connect(editor, &MarkdownEdit::imageProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15'000); });
    if (m_zoom)
        editor->zoomIn(m_zoom);
    if (m_form)
        created->form()->setExpanded(m_form->isExpanded());
    const int index = m_tabBar->addTab(created->displayName());
    m_tabBar->setTabData(index, QVariant::fromValue<QObject *>(created));
    updateTabLabel(created);
    return created;
}

int MainWindow::tabCount() const
{
    return m_tabBar->count();
}

PostTab *MainWindow::tab(int index) const
{
    return qobject_cast<PostTab *>(m_tabBar->tabData(index).value<QObject *>());
}

int MainWindow::indexOf(const PostTab *wanted) const
{
    for (int i = 0; i < tabCount(); ++i) {
        if (tab(i) == wanted)
            return i;
    }
    return -1;
}

int MainWindow::currentTabIndex() const
{
    return indexOf(m_tab);
}

void MainWindow::setCurrentTab(int index)
{
    if (index < 0 || index >= tabCount())
        return;
    if (m_tabBar->currentIndex() != index)
        m_tabBar->setCurrentIndex(index); // currentChanged binds it
    else
        bindTab(tab(index));
}

void MainWindow::bindTab(PostTab *next)
{
    if (!next)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_tabConnections))
        disconnect(connection);
    m_tabConnections.clear();
    if (m_tab && m_tab != next) {
        m_tab->previewLine = m_tab->editor()->topLine();
        m_form->commitPending();
    }
    m_tab = next;
    m_editor = next->editor();
    m_form = next->form();
    m_post = next->post();
    m_stack->setCurrentWidget(next);
    m_findBar->setEditor(m_editor);
    m_spelling->setEditor(m_editor);

    m_tabConnections << connect(m_editor->document(), &QTextDocument::contentsChanged, m_controller,
                                &PreviewController::textChanged);
    m_tabConnections << connect(m_editor->document(), &QTextDocument::contentsChanged, this,
                                [this] { m_editedSinceShown = true; });
    m_tabConnections << connect(m_editor->document(), &QTextDocument::modificationChanged, this,
                                &MainWindow::setWindowModified);
    m_tabConnections << connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_syncingScroll)
            m_preview->scrollToLine(m_editor->topLine());
    });
    m_tabConnections << connect(m_editor, &QPlainTextEdit::selectionChanged, m_selectionTimer,
                                qOverload<>(&QTimer::start));
    m_tabConnections << connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        m_outline->setCurrentLine(m_editor->textCursor().blockNumber() + 1);
    });

    showSite();
    updateTitle();
    updateActions();
    m_sitePanel->setCurrentPath(m_post->path());
    m_controller->renderNow();
    // A change on disk seen while it was in the background.
    if (next->pendingDiskChange) {
        const OpenPost::DiskChange change = *next->pendingDiskChange;
        next->pendingDiskChange.reset();
        QTimer::singleShot(0, this, [this, next, change] {
            if (m_tab == next)
                fileChangedOnDisk(next, change);
        });
    }
}

void MainWindow::updateTabLabel(PostTab *which)
{
    const int index = indexOf(which);
    if (index < 0)
        return;
    // && shows one &: a tab's text is read for a mnemonic.
    QString label = which->displayName().replace(u'&', QStringLiteral("&&"));
    if (which->editor()->document()->isModified())
        label = QStringLiteral("● ") + label;
    m_tabBar->setTabText(index, label);
    m_tabBar->setTabToolTip(index, which->post()->isUntitled() ? which->displayName()
                                                                 : QDir::toNativeSeparators(which->post()->path()));
}

bool MainWindow::closeTab(int index)
{
    PostTab *closing = tab(index);
    if (!closing || !maybeSaveTab(closing))
        return false;
    closing->post()->discardJournal();
    if (tabCount() == 1) {
        // The window always has a post: an untitled one takes its place.
        PostTab *fresh = addTab();
        bindTab(fresh);
    }
    m_tabBar->removeTab(indexOf(closing)); // currentChanged binds the next one
    m_stack->removeWidget(closing);
    if (m_tab == closing)
        setCurrentTab(std::max(0, std::min(index, tabCount() - 1)));
    closing->deleteLater();
    return true;
}

void MainWindow::showSite()
{
    const QString path = m_post->path();
    // An untitled post belongs to the site open before.
    if (!path.isEmpty())
        m_siteRoot = Site::rootFor(path);
    m_controller->setPost(path, m_post->isUntitled() ? QString() : m_siteRoot);
    if (m_post->isUntitled() && !m_post->unsavedImageFolder().isEmpty()) {
        m_controller->setPost(QDir(m_post->unsavedImageFolder()).filePath(QStringLiteral("untitled.md")), QString());
        m_preview->setAssetRoot(m_post->unsavedImageFolder());
    } else {
        m_preview->setAssetRoot(PreviewAssets::servedRoot(path, m_post->isUntitled() ? QString() : m_siteRoot));
    }
    m_post->setSite(path.isEmpty() ? SiteConfig() : m_controller->site());
    m_spelling->setSite(m_siteRoot);
    m_spellingAction->setChecked(SiteSettings::spellCheck(m_siteRoot));
    m_spelling->setEnabled(m_spellingAction->isChecked());
    m_catalog->setRoot(m_siteRoot);
    if (m_catalog->isReady())
        siteIndexChanged();
}

void MainWindow::siteIndexChanged()
{
    const SiteIndex &index = m_catalog->index();
    m_sitePanel->setIndex(index);
    m_sitePanel->setCurrentPath(m_post->path());
    m_siteDock->setWindowTitle(index.root().isEmpty()
                                   ? tr("Site")
                                   : tr("Site: %1").arg(index.config().variables.value(QStringLiteral("site.title"),
                                                                                       QFileInfo(index.root()).fileName())));
    // The View menu's entry for the dock: a & of the site's title is shown,
    // not taken for a mnemonic (the dock sets it from its title first).
    m_siteDock->toggleViewAction()->setText(QString(m_siteDock->windowTitle()).replace(u'&', QStringLiteral("&&")));
    QList<std::pair<QString, QString>> posts;
    for (const SiteIndex::Post &post : index.posts())
        posts.append({post.path, post.title});
    m_siteSearch->setPosts(posts);
    m_form->setCompletions(index.layouts(), index.tags(), index.categories());
    for (int i = 0; i < tabCount(); ++i) {
        if (tab(i) != m_tab)
            tab(i)->form()->setCompletions(index.layouts(), index.tags(), index.categories());
    }
    updateActions();
}

ImageSettings MainWindow::imageSettingsFor(const QString &root)
{
    if (root.isEmpty()) {
        ImageSettings settings;
        settings.addTyporaRootUrl = SiteSettings::addTyporaRootUrl();
        return settings;
    }
    // Learned from the site's posts: wait for the reading if it is still
    // running (a paste right after opening).
    if (m_catalog->root() == root)
        return SiteSettings::imageSettings(m_catalog->waitForIndex());
    return SiteSettings::imageSettings(SiteIndex::scan(root));
}

void MainWindow::updateActions()
{
    if (m_publishDraftAction)
        m_publishDraftAction->setEnabled(!m_post->isUntitled() && !m_siteRoot.isEmpty()
                                         && QFileInfo(m_post->path()).absoluteDir().dirName() == u"_drafts");
    if (m_newPostAction)
        m_newPostAction->setText(m_siteRoot.isEmpty() ? tr("&New Post") : tr("&New Post…"));
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = SiteSettings::recentFiles();
    const QStringList sites = SiteSettings::recentSites();
    const auto entry = [this](const QString &path, const QString &label) {
        // && shows one &: menu entries are read for a mnemonic.
        QAction *action = m_recentMenu->addAction(QString(label).replace(u'&', QStringLiteral("&&")));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    };
    if (!sites.isEmpty())
        m_recentMenu->addSection(tr("Sites"));
    for (const QString &site : sites)
        entry(site, tr("%1 (site)").arg(QFileInfo(site).fileName()));
    if (!files.isEmpty())
        m_recentMenu->addSection(tr("Posts"));
    for (const QString &file : files)
        entry(file, QFileInfo(file).fileName());
    if (files.isEmpty() && sites.isEmpty())
        m_recentMenu->addAction(tr("Nothing yet"))->setEnabled(false);
    m_recentMenu->setEnabled(true);
}

void MainWindow::openRecent(const QString &path)
{
    QString error;
    const bool ok = QFileInfo(path).isDir() ? openSite(path, &error) : openFile(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Cannot Open"), error.isEmpty() ? tr("%1 is gone.").arg(path) : error);
}

void MainWindow::openAt(const QString &path, int line, int column)
{
    QString error;
    if (!openFile(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Post"), error);
        return;
    }
    goToLine(line);
    // The column counts UTF-16 units, as document positions do (not what
    // the cursor steps over: an emoji or an NFD syllable is one step).
    QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::findInSite()
{
    if (m_siteRoot.isEmpty()) {
        QMessageBox::information(this, tr("Find in Site"),
                                 tr("Open a post of a Jekyll site, or the site (File ▸ Open Site), first."));
        return;
    }
    // Unsaved texts are searched as they are in their tabs.
    QHash<QString, QString> texts;
    for (int i = 0; i < tabCount(); ++i) {
        if (!tab(i)->post()->isUntitled() && tab(i)->editor()->document()->isModified())
            texts.insert(tab(i)->post()->path(), tab(i)->editor()->text());
    }
    m_siteSearch->setOpenTexts(texts);
    if (!m_searchDock->isVisible()) {
        m_searchDock->show();
        resizeDocks({m_searchDock}, {height() / 3}, Qt::Vertical);
    }
    m_searchDock->raise();
    m_siteSearch->start(m_editor->textCursor().selectedText());
}

void MainWindow::goToLineInteractively()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"),
                                          tr("Line (1–%1):").arg(m_editor->document()->blockCount()),
                                          m_editor->textCursor().blockNumber() + 1, 1,
                                          m_editor->document()->blockCount(), 1, &ok);
    if (ok)
        goToLine(line);
}

void MainWindow::newPostInteractively()
{
    if (m_siteRoot.isEmpty()) {
        newFile();
        return;
    }
    const SiteIndex &index = m_catalog->waitForIndex();
    NewPostDialog dialog(index, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!createPost(dialog.request(), &error))
        QMessageBox::warning(this, tr("Cannot Create Post"), error);
}

bool MainWindow::createPost(const NewPost::Request &request, QString *error)
{
    if (m_siteRoot.isEmpty()) {
        *error = tr("No Jekyll site is open.");
        return false;
    }
    const NewPost::Plan plan = NewPost::plan(m_catalog->waitForIndex(), request);
    if (!NewPost::create(plan, error))
        return false;
    if (!openFile(plan.path, error))
        return false;
    // The cursor where the writing starts: after the front matter.
    m_editor->moveCursor(QTextCursor::End);
    m_catalog->refresh();
    return true;
}

bool MainWindow::publishDraft(const QDateTime &now, QString *error)
{
    m_form->commitPending();
    const OpenPost::PostRename plan = m_post->planPublish(m_editor->text(), now);
    if (!plan.error.isEmpty()) {
        *error = plan.error;
        return false;
    }
    if (!renamePost(plan, error))
        return false;
    m_catalog->refresh();
    return true;
}

void MainWindow::publishDraftInteractively()
{
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(m_catalog->index().config().timeZone());
    const OpenPost::PostRename plan = m_post->planPublish(m_editor->text(), now);
    if (!plan.error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Publish Draft"), plan.error);
        return;
    }
    const QString what = tr("%1 moves to %2.").arg(QFileInfo(plan.from).fileName(),
                                                   QDir::toNativeSeparators(QDir(m_siteRoot).relativeFilePath(plan.to)));
    if (QMessageBox::question(this, tr("Publish Draft"), what + folderMove(plan)) != QMessageBox::Yes)
        return;
    QString error;
    if (!publishDraft(now, &error))
        QMessageBox::warning(this, tr("Cannot Publish Draft"), error);
}

void MainWindow::applyFormat(const Format &format)
{
    if (m_editor->isReadOnly())
        return;
    // Never in the middle of a syllable: once the input method commits it.
    if (m_editor->isComposing()) {
        auto *once = new QObject(this);
        connect(m_editor, &MarkdownEdit::compositionEnded, once, [this, format, once] {
            once->deleteLater();
            QTimer::singleShot(0, this, [this, format] { applyFormat(format); });
        });
        return;
    }
    QTextCursor cursor = m_editor->textCursor();
    const QString text = m_editor->text();
    const MarkdownFormat::Edit edit = format(text, cursor.selectionStart(), cursor.selectionEnd());
    if (edit.start == edit.end && edit.text.isEmpty() && edit.selectionStart == cursor.selectionStart()
        && edit.selectionEnd == cursor.selectionEnd())
        return;
    cursor.beginEditBlock();
    cursor.setPosition(int(edit.start));
    cursor.setPosition(int(edit.end), QTextCursor::KeepAnchor);
    cursor.insertText(edit.text);
    cursor.endEditBlock();
    cursor.setPosition(int(edit.selectionStart));
    cursor.setPosition(int(edit.selectionEnd), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}

void MainWindow::zoom(int steps)
{
    steps = std::clamp(steps, -8, 20);
    const int change = steps - m_zoom;
    m_zoom = steps;
    for (int i = 0; i < tabCount(); ++i) {
        MarkdownEdit *editor = tab(i)->editor();
        if (change > 0)
            editor->zoomIn(change);
        else if (change < 0)
            editor->zoomOut(-change);
    }
    m_preview->setZoomFactor(std::pow(1.1, m_zoom));
}

void MainWindow::saveWorkspace() const
{
    QJsonArray posts;
    for (int i = 0; i < tabCount(); ++i) {
        const PostTab *open = tab(i);
        if (open->post()->isUntitled())
            continue;
        posts.append(QJsonObject{
            {QStringLiteral("path"), open->post()->path()},
            {QStringLiteral("cursor"), open->editor()->textCursor().position()},
            {QStringLiteral("scroll"), open->editor()->verticalScrollBar()->value()},
            {QStringLiteral("current"), open == m_tab},
        });
    }
    QSettings settings;
    settings.setValue(QStringLiteral("workspace/posts"), QJsonDocument(posts).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("workspace/site"), m_siteRoot);
}

bool MainWindow::restoreWorkspace()
{
    QSettings settings;
    const QJsonArray posts
        = QJsonDocument::fromJson(settings.value(QStringLiteral("workspace/posts")).toByteArray()).array();
    int current = -1;
    bool opened = false;
    for (const QJsonValue &value : posts) {
        const QJsonObject post = value.toObject();
        const QString path = post.value(QStringLiteral("path")).toString();
        QString error;
        if (!QFileInfo::exists(path) || !openFile(path, &error))
            continue;
        opened = true;
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(std::clamp(post.value(QStringLiteral("cursor")).toInt(), 0,
                                      m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(cursor);
        const int scroll = post.value(QStringLiteral("scroll")).toInt();
        // The scroll bar's range is known once the text is laid out.
        QTimer::singleShot(0, m_editor, [editor = m_editor, scroll] { editor->verticalScrollBar()->setValue(scroll); });
        if (post.value(QStringLiteral("current")).toBool())
            current = currentTabIndex();
    }
    if (current >= 0)
        setCurrentTab(current);
    const QString site = settings.value(QStringLiteral("workspace/site")).toString();
    QString error;
    if (!opened && !site.isEmpty() && QFileInfo(site).isDir())
        opened = openSite(site, &error);
    return opened;
}

void MainWindow::restoreText(const QString &text)
{
    // One undoable change: the file's text stays a Ctrl+Z away.
    m_editor->replaceText(text);
    m_editor->document()->setModified(true);
    m_post->writeJournal();
    updateTitle();
}

void MainWindow::fileChangedOnDisk(PostTab *changed, OpenPost::DiskChange change)
{
    // A tab in the background: asked about when it is shown.
    if (changed != m_tab) {
        changed->pendingDiskChange = change;
        return;
    }
    // One question at a time: a change while it is open is seen by the
    // answer (a reload reads the newest file) or by the next save's check.
    if (m_askingAboutDisk)
        return;
    const QScopedValueRollback asking(m_askingAboutDisk, true);
    const QString name = QFileInfo(m_post->path()).fileName();
    if (change == OpenPost::DiskChange::Removed) {
        // Keep the text; the next save asks where.
        m_editor->document()->setModified(true);
        statusBar()->showMessage(
            tr("%1 was deleted or moved by another program. Your text is kept; saving asks where to put it.")
                .arg(name),
            0);
        return;
    }
    if (!m_editor->document()->isModified()) {
        reloadFromDisk();
        statusBar()->showMessage(tr("%1 was changed by another program and has been reloaded.").arg(name), 10'000);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Changed by Another Program"),
                    tr("“%1” was changed by another program, and you have changes that are not saved.").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Reload the file and lose your changes, or keep your text (saving will replace "
                              "the other program's version)?"));
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep Mine"), QMessageBox::AcceptRole);
    QPushButton *differences = box.addButton(tr("Show Differences…"), QMessageBox::ActionRole);
    box.setDefaultButton(keep);
    while (true) {
        box.exec();
        if (box.clickedButton() == differences) {
            showDifferences();
            continue;
        }
        break;
    }
    if (box.clickedButton() == reload)
        reloadFromDisk();
    else
        m_post->acknowledgeDiskVersion();
}

void MainWindow::reloadFromDisk()
{
    // The cursor's line and the scroll stay where they were.
    const int line = m_editor->textCursor().blockNumber();
    const int scroll = m_editor->verticalScrollBar()->value();
    QString error;
    const std::optional<QString> text = m_post->reload(&error);
    if (!text) {
        QMessageBox::warning(this, tr("Cannot Reload Post"), error);
        return;
    }
    m_editor->replaceText(*text);
    m_editor->document()->setModified(false);
    const QTextBlock block = m_editor->document()->findBlockByNumber(
        std::min(line, m_editor->document()->blockCount() - 1));
    m_editor->setTextCursor(QTextCursor(block));
    m_editor->verticalScrollBar()->setValue(scroll);
    // The same post, newer: the form follows the text as after any edit,
    // and a field being typed into (a syllable being composed) keeps what
    // is typed; documentReplaced() is for another post.
    m_controller->renderNow();
}

void MainWindow::showDifferences()
{
    QString error;
    const std::optional<QString> disk = m_post->diskText(&error);
    const QString name = QFileInfo(m_post->path()).fileName();
    const QString diff = disk ? LineDiff::unified(*disk, m_editor->text(), tr("%1 (on disk)").arg(name),
                                                  tr("%1 (your text)").arg(name))
                              : error;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Differences: %1").arg(name));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new DiffView(&dialog);
    view->setPlainText(diff.isEmpty() ? tr("The texts are the same.") : diff);
    view->setObjectName(QStringLiteral("differences"));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(800, 600);
    dialog.exec();
}

void MainWindow::goToLine(int line)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    m_editor->setTextCursor(QTextCursor(block));
    m_editor->scrollToLine(block.blockNumber() + 1);
}

bool MainWindow::save()
{
    // A file that is gone (deleted or moved by another program): where to?
    if (m_post->path().isEmpty() || !QFileInfo::exists(m_post->path()))
        return saveAs();
    QString error;
    if (!saveTo(m_post->path(), &error)) {
        if (error.isEmpty())
            return false;
        // Your text is still here; somewhere else may take it.
        QMessageBox box(QMessageBox::Warning, tr("Cannot Save Post"), error, QMessageBox::Cancel, this);
        box.setInformativeText(tr("Your text is kept in the editor and the file on disk is unchanged."));
        QPushButton *elsewhere = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
        box.setDefaultButton(elsewhere);
        box.exec();
        return box.clickedButton() == elsewhere && saveAs();
    }
    return true;
}

QString MainWindow::proposedPath() const
{
    if (!m_post->path().isEmpty())
        return m_post->path();
    // In a site: a post of today, named after its title as Jekyll would.
    if (!m_siteRoot.isEmpty()) {
        const FrontMatter fm = FrontMatter::read(m_editor->text());
        QString slug = Romanization::slug(fm.scalar(QStringLiteral("title")));
        if (slug.isEmpty())
            slug = QStringLiteral("new-post");
        return QDir(m_siteRoot).filePath(QStringLiteral("_posts/%1-%2.md")
                                             .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), slug));
    }
    return dialogFolder();
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Post As"), proposedPath(), markdownFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    // Said before it is saved, not found out on the blog.
    if (const QString problem = SiteIndex::publishingProblem(path, m_editor->text(), SiteConfig::read(Site::rootFor(path)),
                                                             QDateTime::currentDateTime());
        !problem.isEmpty()) {
        const auto answer = QMessageBox::warning(
            this, tr("Save Post As"), tr("%1: %2 Save it there anyway?").arg(QFileInfo(path).fileName(), problem),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
    }
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save Post"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveTo(const QString &path, QString *error)
{
    m_form->commitPending();
    const QString target = QFileInfo(path).absoluteFilePath();
    QString text = m_editor->text();
    // The same file, still there: save() guards what another program may
    // have written to it. A file that is gone has nothing to lose.
    const bool sameFile = target == m_post->path() && QFileInfo::exists(target);
    const QString previousPath = m_post->path();
    QString notice;
    // A post saved for the first time takes its pasted images along: the
    // text as saved has their new links.
    OpenPost::SaveResult result
        = sameFile ? m_post->save(text, error) : m_post->saveAs(target, text, error, &text, &notice);
    if (result == OpenPost::SaveResult::ChangedOnDisk) {
        if (confirmOverwrite()) {
            result = m_post->save(text, error, true);
        } else if (error) {
            error->clear(); // the writer chose not to: nothing to report
        }
    }
    if (result != OpenPost::SaveResult::Saved)
        return false;
    if (text != m_editor->text())
        m_editor->replaceText(text);
    const bool moved = target != previousPath;
    m_editor->document()->setModified(false);
    if (moved) {
        showSite();
        m_controller->renderNow();
    }
    updateTitle();
    statusBar()->showMessage(notice.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(m_post->path())) : notice,
                             notice.isEmpty() ? 3000 : 15'000);
    return true;
}

bool MainWindow::maybeSave()
{
    return maybeSaveTab(m_tab);
}

bool MainWindow::maybeSaveTab(PostTab *asked)
{
    asked->form()->commitPending();
    if (!asked->editor()->document()->isModified())
        return true;
    // The writer sees what they are asked about.
    setCurrentTab(indexOf(asked));
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("“%1” has changes that are not saved. Save them?").arg(asked->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        asked->post()->discardJournal();
        return true;
    }
    return false;
}

bool MainWindow::confirmOverwrite()
{
    const QString name = QFileInfo(m_post->path()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Changed by Another Program"),
                    tr("“%1” was changed by another program since you opened it.").arg(name), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Saving replaces the other program's version with your text."));
    QPushButton *overwrite = box.addButton(tr("Save Anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    QPushButton *differences = box.addButton(tr("Show Differences…"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Cancel);
    while (true) {
        box.exec();
        if (box.clickedButton() != differences)
            break;
        showDifferences();
    }
    return box.clickedButton() == overwrite;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < tabCount(); ++i) {
        if (!maybeSaveTab(tab(i))) {
            event->ignore();
            return;
        }
    }
    saveWorkspace();
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->post()->discardJournal();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/docks"), saveState());
    settings.setValue(QStringLiteral("window/frontMatterExpanded"), m_form->isExpanded());
    settings.setValue(QStringLiteral("window/zoom"), m_zoom);
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTheme();
}

void MainWindow::updateTitle()
{
    const QString name = m_post->path().isEmpty() ? tr("Untitled") : QFileInfo(m_post->path()).fileName();
    // [*] is where Qt shows the unsaved mark.
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowFilePath(m_post->path());
    setWindowModified(m_editor->document()->isModified());
    updateTabLabel(m_tab);
}

void MainWindow::updateTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_preview->setDark(dark);
    m_controller->setDark(dark);
}

void MainWindow::showFrontMatterProblem()
{
    const QString name = m_post->path().isEmpty() ? tr("Untitled") : QFileInfo(m_post->path()).fileName();
    // Only the block is parsed; the body may be large.
    const QString text = m_editor->text();
    const FrontMatter fm = FrontMatter::read(text);
    if (const auto &error = fm.error()) {
        m_status->setText(
            tr("%1:%2:%3: front matter: %4").arg(name).arg(error->line).arg(error->column).arg(error->message));
        return;
    }
    if (const auto &ignored = fm.ignored()) {
        m_status->setText(tr("%1:%2:%3: front matter: %4")
                              .arg(name)
                              .arg(ignored->line)
                              .arg(ignored->column)
                              .arg(ignored->message));
        return;
    }
    m_status->setText(FrontMatter::problem(fm.location(), name));
}


QString MainWindow::dialogFolder() const
{
    if (!m_post->path().isEmpty())
        return QFileInfo(m_post->path()).absolutePath();
    // The site the writer worked in last, else their home folder.
    if (!m_siteRoot.isEmpty())
        return QDir(m_siteRoot).filePath(QStringLiteral("_posts"));
    return QDir::homePath();
}

} // namespace geul
