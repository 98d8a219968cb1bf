// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "frontmatter.h"
#include "frontmatterform.h"
#include "markdownedit.h"
#include "previewcontroller.h"
#include "previewview.h"
#include "site.h"
#include "siteindex.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    , m_editor(new MarkdownEdit(this))
    , m_form(new FrontMatterForm(m_editor, this))
    , m_preview(new PreviewView(this))
    , m_controller(new PreviewController([this] { return m_editor->text(); }, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
{
    m_editor->setObjectName(QStringLiteral("editor"));
    m_preview->setObjectName(QStringLiteral("preview"));
    // The form sits over the text it edits.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_form);
    leftLayout->addWidget(m_editor, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    m_status->setObjectName(QStringLiteral("frontMatterStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_status, 1);

    connect(m_editor->document(), &QTextDocument::contentsChanged, m_controller, &PreviewController::textChanged);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::setWindowModified);
    connect(m_controller, &PreviewController::rendered, m_preview, &PreviewView::showFragment);
    connect(m_controller, &PreviewController::rendered, this, &MainWindow::showFrontMatterProblem);

    m_editor->setImageHandler(
        [this](const MarkdownEdit::Images &images, QString *error) { return storeImages(images, error); });
    connect(m_editor, &MarkdownEdit::imagesInserted, this, &MainWindow::addTyporaRootUrl);
    connect(m_editor, &MarkdownEdit::imageProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15'000); });

    // Scroll sync by source line, each way; a scroll one side caused is not
    // sent back (the page ignores the scroll it set itself).
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_syncingScroll)
            m_preview->scrollToLine(m_editor->topLine());
    });
    connect(m_preview, &PreviewView::scrolled, this, [this](double line) {
        const QScopedValueRollback guard(m_syncingScroll, true);
        m_editor->scrollToLine(line);
    });
    // A new render may move blocks: bring the preview back in line.
    connect(m_preview, &PreviewView::shown, this, [this] { m_preview->scrollToLine(m_editor->topLine()); });
    connect(m_preview, &PreviewView::clicked, this, [this](int line) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            return;
        const QScopedValueRollback guard(m_syncingScroll, true);
        m_editor->setTextCursor(QTextCursor(block));
        m_editor->setFocus(Qt::MouseFocusReason);
    });

    createActions();
    updateTheme();
    updateTitle();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({10000, 10000}); // half and half, scaled to the window
    m_form->setExpanded(settings.value(QStringLiteral("window/frontMatterExpanded"), true).toBool());
    m_controller->renderNow();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));

    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newFile);

    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"));
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::open);

    QAction *saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &MainWindow::save);

    QAction *saveAsAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    file->addSeparator();
    QAction *quitAction = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    QAction *imageAction = insert->addAction(QIcon::fromTheme(QStringLiteral("insert-image")), tr("&Image…"));
    imageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    imageAction->setToolTip(tr("Copy image files into the post's image folder and link them at the cursor"));
    connect(imageAction, &QAction::triggered, this, &MainWindow::insertImage);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_remoteImagesAction = view->addAction(tr("Load &Remote Images"));
    m_remoteImagesAction->setCheckable(true);
    m_remoteImagesAction->setToolTip(tr("Show images that posts load from the internet in the preview"));
    m_remoteImagesAction->setChecked(QSettings().value(QStringLiteral("preview/remoteImages"), true).toBool());
    connect(m_remoteImagesAction, &QAction::toggled, this, &MainWindow::setRemoteImages);
    setRemoteImages(m_remoteImagesAction->isChecked());
}

ImageStore MainWindow::imageStore()
{
    ImageSettings settings;
    QSettings stored;
    settings.imageFolder = stored.value(QStringLiteral("images/folder"), settings.imageFolder).toString();
    settings.addTyporaRootUrl = stored.value(QStringLiteral("images/addTyporaRootUrl"), true).toBool();
    if (!m_file.path().isEmpty())
        return ImageStore::forPost(m_file.path(), m_editor->text(), m_siteRoot, settings);
    if (!m_unsavedImages)
        m_unsavedImages = std::make_unique<QTemporaryDir>();
    return ImageStore::forPost(m_unsavedImages->filePath(QStringLiteral("untitled.md")), m_editor->text(), QString(),
                               settings);
}

QString MainWindow::storeImages(const MarkdownEdit::Images &images, QString *error)
{
    const ImageStore store = imageStore();
    QStringList links;
    QStringList problems;
    const auto take = [&](const ImageStore::Stored &stored) {
        if (stored.path.isEmpty())
            problems << stored.error;
        else
            links << store.markdownFor(stored.path);
    };
    if (!images.data.isEmpty())
        take(store.storeData(images.data));
    for (const QString &file : images.files)
        take(store.copyFile(file));
    if (error)
        *error = problems.join(u'\n');
    if (m_file.path().isEmpty() && !links.isEmpty()) {
        // Show them in the preview before the post has a place.
        m_controller->setPost(m_unsavedImages->filePath(QStringLiteral("untitled.md")), QString());
        m_preview->setAssetRoot(m_unsavedImages->path());
    }
    return links.join(QStringLiteral("\n\n"));
}

void MainWindow::addTyporaRootUrl()
{
    if (m_file.path().isEmpty())
        return; // the first save decides
    if (const std::optional<QString> text = imageStore().textWithRootUrl(m_editor->text()))
        m_editor->replaceText(*text);
}

void MainWindow::insertImage()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Insert Image"), dialogFolder(),
                                                            tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)"));
    if (!files.isEmpty())
        m_editor->insertImages({{}, files});
}

bool MainWindow::moveUnsavedImages(const QString &path, QString &text, QList<QPair<QString, QString>> &moved,
                                   QString *error)
{
    if (!m_file.path().isEmpty() || !m_unsavedImages)
        return true;
    const ImageStore from = imageStore();
    const ImageStore to = ImageStore::forPost(path, text, Site::rootFor(path));
    const QStringList names = QDir(from.folder()).entryList(QDir::Files);
    for (const QString &name : names) {
        const QString source = QDir(from.folder()).filePath(name);
        const QString oldLink = from.linkFor(source);
        if (!text.contains(oldLink))
            continue; // no longer used: it goes with the temporary folder
        QString target;
        if (QDir().mkpath(to.folder())) {
            target = QDir(to.folder()).filePath(ImageStore::uniqueName(to.folder(), name));
            if (!QFile::rename(source, target) && !(QFile::copy(source, target) && QFile::remove(source)))
                target.clear();
        }
        if (target.isEmpty()) {
            if (error)
                *error = tr("The image %1 cannot be moved into %2.").arg(name, QDir::toNativeSeparators(to.folder()));
            for (const auto &[was, now] : std::as_const(moved))
                QFile::rename(now, was);
            moved.clear();
            return false;
        }
        moved.append({source, target});
        text.replace(oldLink, to.linkFor(target));
    }
    if (!moved.isEmpty()) {
        if (const std::optional<QString> withRoot = to.textWithRootUrl(text))
            text = *withRoot;
    }
    return true;
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
    if (!maybeSave())
        return;
    m_file = PostFile();
    m_unsavedImages.reset();
    m_editor->setPlainText(QString());
    m_editor->document()->setModified(false);
    m_form->documentReplaced();
    updateTitle();
    indexSite(QString());
    m_controller->renderNow();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Post"), dialogFolder(), markdownFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Cannot Open Post"), error);
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
    PostFile::LoadResult loaded = PostFile::load(path);
    if (!loaded.file) {
        if (error)
            *error = loaded.error;
        return false;
    }
    m_file = std::move(*loaded.file);
    m_file.setPath(QFileInfo(path).absoluteFilePath());
    m_unsavedImages.reset();
    m_editor->setPlainText(m_file.text());
    // The loaded text lives in the editor from now on.
    m_file.setText(QString());
    m_editor->document()->setModified(false);
    m_form->documentReplaced();
    updateTitle();
    indexSite(m_file.path());
    m_controller->renderNow();
    if (m_file.format().mixedLineEndings) {
        statusBar()->showMessage(tr("This file mixes line endings; saving writes them all as %1.")
                                     .arg(m_file.format().lineEnding == PostFormat::LineEnding::CRLF
                                              ? QStringLiteral("CRLF")
                                              : QStringLiteral("LF")),
                                 10'000);
    }
    return true;
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
    if (m_file.path().isEmpty())
        return saveAs();
    QString error;
    if (!saveTo(m_file.path(), &error)) {
        QMessageBox::warning(this, tr("Cannot Save Post"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Post As"), m_file.path().isEmpty() ? dialogFolder() : m_file.path(), markdownFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
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
    // A post saved for the first time takes its pasted images along.
    QList<QPair<QString, QString>> movedImages;
    if (!moveUnsavedImages(target, text, movedImages, error))
        return false;
    PostFile file(target, text, m_file.format());
    if (!file.save(error)) {
        for (const auto &[was, now] : std::as_const(movedImages))
            QFile::rename(now, was);
        return false;
    }
    m_unsavedImages.reset();
    if (text != m_editor->text())
        m_editor->replaceText(text);
    const bool moved = file.path() != m_file.path();
    m_file = PostFile(file.path(), QString(), file.format());
    m_editor->document()->setModified(false);
    if (moved) {
        indexSite(m_file.path());
        m_controller->renderNow();
    }
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file.path())), 3000);
    return true;
}

bool MainWindow::maybeSave()
{
    m_form->commitPending();
    if (!m_editor->document()->isModified())
        return true;
    const QString name = m_file.path().isEmpty() ? tr("Untitled") : QFileInfo(m_file.path()).fileName();
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("“%1” has changes that are not saved. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/frontMatterExpanded"), m_form->isExpanded());
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
    const QString name = m_file.path().isEmpty() ? tr("Untitled") : QFileInfo(m_file.path()).fileName();
    // [*] is where Qt shows the unsaved mark.
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowFilePath(m_file.path());
    setWindowModified(m_editor->document()->isModified());
}

void MainWindow::updateTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_preview->setDark(dark);
    m_controller->setDark(dark);
}

void MainWindow::showFrontMatterProblem()
{
    const QString name = m_file.path().isEmpty() ? tr("Untitled") : QFileInfo(m_file.path()).fileName();
    // Only the block is parsed; the body may be large.
    const QString text = m_editor->text();
    const FrontMatter fm = FrontMatter::read(text);
    if (const auto &error = fm.error()) {
        m_status->setText(
            tr("%1:%2:%3: front matter: %4").arg(name).arg(error->line).arg(error->column).arg(error->message));
        return;
    }
    m_status->setText(FrontMatter::problem(fm.location(), name));
}

void MainWindow::indexSite(const QString &postPath)
{
    // Completions come from every post of the site: read them off the GUI
    // thread, and use them only if the same site is still open.
    m_siteRoot = postPath.isEmpty() ? QString() : Site::rootFor(postPath);
    m_controller->setPost(postPath, m_siteRoot);
    m_preview->setAssetRoot(postPath.isEmpty()     ? QString()
                            : m_siteRoot.isEmpty() ? QFileInfo(postPath).absolutePath()
                                                   : m_siteRoot);
    if (m_siteRoot.isEmpty()) {
        m_form->setCompletions({}, {}, {});
        return;
    }
    auto *watcher = new QFutureWatcher<SiteIndex>(this);
    connect(watcher, &QFutureWatcher<SiteIndex>::finished, this, [this, watcher] {
        const SiteIndex index = watcher->result();
        watcher->deleteLater();
        if (index.root() == m_siteRoot)
            m_form->setCompletions(index.layouts(), index.tags(), index.categories());
    });
    watcher->setFuture(QtConcurrent::run(&SiteIndex::scan, m_siteRoot));
}

QString MainWindow::dialogFolder() const
{
    if (!m_file.path().isEmpty())
        return QFileInfo(m_file.path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace geul
