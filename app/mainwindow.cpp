// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "pdfexporter.h"

#include "frontmatter.h"
#include "diffview.h"
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
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
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
    , m_post(new OpenPost(this))
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
    // Unsaved text goes to the recovery journal as it is typed.
    m_post->setTextSource([this] { return m_editor->text(); });
    m_post->setImageSettingsSource(&MainWindow::imageSettings);
    connect(m_editor->document(), &QTextDocument::contentsChanged, m_post, &OpenPost::noteTextChanged);
    connect(m_editor->document(), &QTextDocument::modificationChanged, m_post, &OpenPost::setModified);
    connect(m_post, &OpenPost::changedOnDisk, this, &MainWindow::fileChangedOnDisk);
    connect(m_post, &OpenPost::journalProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15'000); });
    connect(m_controller, &PreviewController::blocksRendered, m_preview, &PreviewView::showBlocks);
    connect(m_controller, &PreviewController::rendered, this, &MainWindow::showFrontMatterProblem);

    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QWidget::customContextMenuRequested, this, &MainWindow::showEditorMenu);
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
    // Ready to write at once.
    m_editor->setFocus(Qt::OtherFocusReason);
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

    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setToolTip(tr("Export the post with exactly the files it uses: a bundle, a page or a PDF"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportInteractively);

    QAction *renameAction = file->addAction(tr("&Rename Post…"));
    renameAction->setToolTip(tr("Rename the post's file, and its image folder with it"));
    connect(renameAction, &QAction::triggered, this, &MainWindow::renamePostInteractively);

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
    insert->addSeparator();
    QAction *folderAction = insert->addAction(tr("Image &Folder…"));
    folderAction->setToolTip(tr("Where images of posts in a Jekyll site go"));
    connect(folderAction, &QAction::triggered, this, [this] {
        QSettings settings;
        bool ok = false;
        const QString folder = QInputDialog::getText(
            this, tr("Image Folder"),
            tr("Folder for the images of a post in a Jekyll site. ${filename} is the post's file name without .md; "
               "a folder starting with / is under the site (or the post's typora-root-url)."),
            QLineEdit::Normal, settings.value(QStringLiteral("images/folder"), ImageSettings().imageFolder).toString(),
            &ok);
        if (ok && !folder.trimmed().isEmpty())
            settings.setValue(QStringLiteral("images/folder"), folder.trimmed());
    });
    QAction *rootUrlAction = insert->addAction(tr("Add typora-root-url When Linking Images"));
    rootUrlAction->setCheckable(true);
    rootUrlAction->setToolTip(tr("Add typora-root-url to a post of a site that has none, so that Typora shows the "
                                 "same images"));
    rootUrlAction->setChecked(QSettings().value(QStringLiteral("images/addTyporaRootUrl"), true).toBool());
    connect(rootUrlAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("images/addTyporaRootUrl"), on); });
    insert->addSeparator();
    QAction *cleanAction = insert->addAction(tr("&Clean Unused Images…"));
    cleanAction->setToolTip(tr("Move the files of this post's image folder that no link uses to the trash"));
    connect(cleanAction, &QAction::triggered, this, &MainWindow::cleanUnusedImages);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_remoteImagesAction = view->addAction(tr("Load &Remote Images"));
    m_remoteImagesAction->setCheckable(true);
    m_remoteImagesAction->setToolTip(tr("Show images that posts load from the internet in the preview"));
    m_remoteImagesAction->setChecked(QSettings().value(QStringLiteral("preview/remoteImages"), true).toBool());
    connect(m_remoteImagesAction, &QAction::toggled, this, &MainWindow::setRemoteImages);
    setRemoteImages(m_remoteImagesAction->isChecked());
}

ImageSettings MainWindow::imageSettings()
{
    ImageSettings settings;
    QSettings stored;
    settings.imageFolder = stored.value(QStringLiteral("images/folder"), settings.imageFolder).toString();
    settings.addTyporaRootUrl = stored.value(QStringLiteral("images/addTyporaRootUrl"), true).toBool();
    return settings;
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

namespace {

// Whether a post of the site other than @p post mentions @p folder's name
// in a link: then the folder is shared and stays.

} // namespace

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
    indexSite(m_post->path());
    m_controller->renderNow();
    updateTitle();
    statusBar()->showMessage(tr("Renamed to %1").arg(QFileInfo(plan.to).fileName()), 5000);
    return true;
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
    QString what = tr("%1 becomes %2.").arg(QFileInfo(plan.from).fileName(), QFileInfo(plan.to).fileName());
    if (!plan.folderFrom.isEmpty())
        what += u'\n'
                + tr("Its image folder %1 becomes %2, and the post's links follow.")
                      .arg(QDir::toNativeSeparators(plan.folderFrom), QDir::toNativeSeparators(plan.folderTo));
    if (!plan.folderStays.isEmpty())
        what += u'\n' + plan.folderStays;
    if (QMessageBox::question(this, tr("Rename Post"), what) != QMessageBox::Yes)
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

void MainWindow::exportInteractively()
{
    if (m_post->path().isEmpty()) {
        QMessageBox::information(this, tr("Export Post"), tr("Save the post first: an export is made from its file."));
        return;
    }
    m_form->commitPending();
    if (m_editor->document()->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Export Post"),
                                                  tr("The post has changes that are not saved. Save them and export?"),
                                                  QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return;
    }
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
    if (!maybeSave())
        return;
    m_post->reset();
    m_editor->setPlainText(QString());
    m_editor->document()->setModified(false);
    m_form->documentReplaced();
    updateTitle();
    // A new post belongs to the site of the last one: saving proposes it.
    const QString site = m_siteRoot;
    indexSite(QString());
    m_siteRoot = site;
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
    const std::optional<QString> text = m_post->load(path, error);
    if (!text)
        return false;
    m_editor->setPlainText(*text);
    m_editor->document()->setModified(false);
    m_form->documentReplaced();
    updateTitle();
    indexSite(m_post->path());
    m_controller->renderNow();
    if (m_post->format().mixedLineEndings) {
        statusBar()->showMessage(tr("This file mixes line endings; saving writes them all as %1.")
                                     .arg(m_post->format().lineEnding == PostFormat::LineEnding::CRLF
                                              ? QStringLiteral("CRLF")
                                              : QStringLiteral("LF")),
                                 10'000);
    }
    return true;
}

void MainWindow::restoreText(const QString &text)
{
    // One undoable change: the file's text stays a Ctrl+Z away.
    m_editor->replaceText(text);
    m_editor->document()->setModified(true);
    m_post->writeJournal();
    updateTitle();
}

void MainWindow::fileChangedOnDisk(OpenPost::DiskChange change)
{
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
    m_form->documentReplaced();
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
    if (const QString problem = Site::publishingProblem(path, m_editor->text()); !problem.isEmpty()) {
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
        indexSite(m_post->path());
        m_controller->renderNow();
    }
    updateTitle();
    statusBar()->showMessage(notice.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(m_post->path())) : notice,
                             notice.isEmpty() ? 3000 : 15'000);
    return true;
}

bool MainWindow::maybeSave()
{
    m_form->commitPending();
    if (!m_editor->document()->isModified())
        return true;
    const QString name = m_post->path().isEmpty() ? tr("Untitled") : QFileInfo(m_post->path()).fileName();
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("“%1” has changes that are not saved. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_post->discardJournal();
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
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_post->discardJournal();
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
    const QString name = m_post->path().isEmpty() ? tr("Untitled") : QFileInfo(m_post->path()).fileName();
    // [*] is where Qt shows the unsaved mark.
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowFilePath(m_post->path());
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

void MainWindow::indexSite(const QString &postPath)
{
    // Completions come from every post of the site: read them off the GUI
    // thread, and use them only if the same site is still open.
    m_siteRoot = postPath.isEmpty() ? QString() : Site::rootFor(postPath);
    m_controller->setPost(postPath, m_siteRoot);
    m_post->setSite(m_controller->site());
    m_preview->setAssetRoot(PreviewAssets::servedRoot(postPath, m_siteRoot));
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
    watcher->setFuture(QtConcurrent::run([root = m_siteRoot] { return SiteIndex::scan(root); }));
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
