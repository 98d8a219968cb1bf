// SPDX-License-Identifier: GPL-3.0-or-later
#include "openpost.h"

#include "frontmatter.h"
#include "newpost.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTemporaryDir>
#include <QTimeZone>

namespace geul {

namespace {

// The journal is written this long after the first change not yet in it,
// however fast the writer types: well within 2 s.
constexpr int journalDelay = 1000;
// File events come in bursts (truncate, write, rename): the state is read
// once they settle.
constexpr int settleDelay = 150;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

OpenPost::OpenPost(QObject *parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleDelay);
    connect(&m_settle, &QTimer::timeout, this, &OpenPost::checkDisk);
    m_journalTimer.setSingleShot(true);
    m_journalTimer.setInterval(journalDelay);
    connect(&m_journalTimer, &QTimer::timeout, this, &OpenPost::writeJournal);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &OpenPost::fileEvent);
    // A file replaced by rename (as editors and git do) drops out of the
    // watch; its folder says when it comes back.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &OpenPost::fileEvent);
}

OpenPost::~OpenPost() = default;

QString OpenPost::badFileName(const QString &name)
{
    return tr("“%1” cannot be a file name: it may not be empty, start with a dot or hold / \\ or control characters.")
        .arg(name);
}

ImageStore OpenPost::imageStore(const QString &text)
{
    if (!m_path.isEmpty())
        return ImageStore::forPost(m_path, text, m_site, imageSettings(m_site.root));
    if (!m_unsavedImages)
        m_unsavedImages = std::make_unique<QTemporaryDir>();
    return ImageStore::forPost(m_unsavedImages->filePath(QStringLiteral("untitled.md")), text, QString(),
                               imageSettings(QString()));
}

QString OpenPost::unsavedImageFolder() const
{
    return m_unsavedImages ? m_unsavedImages->path() : QString();
}

OpenPost::TextChange OpenPost::storeImages(const QString &text, const QByteArray &data, const QStringList &files)
{
    const ImageStore store = imageStore(text);
    QStringList links;
    QStringList problems;
    const auto take = [&](const ImageStore::Stored &stored) {
        if (stored.path.isEmpty()) {
            problems << stored.error;
            return;
        }
        links << store.markdownFor(stored.path);
        // Remembered with the link as written, for the first save.
        if (m_path.isEmpty())
            m_unsavedLinks.append({stored.path, store.linkFor(stored.path)});
    };
    // ImageStore refuses what does not decode, and says why.
    if (!data.isEmpty())
        take(store.storeData(data));
    for (const QString &file : files)
        take(store.copyFile(file));
    TextChange change = TextChange::success(links.join(QStringLiteral("\n\n")), false);
    change.ok = !links.isEmpty();
    change.error = problems.join(u'\n');
    return change;
}

bool OpenPost::saveFileOperation(const QString &text, QString *error)
{
    // Nothing on disk links the images of a post never saved.
    return m_path.isEmpty() || save(text, error) == SaveResult::Saved;
}

OpenPost::TextChange OpenPost::renameImage(const QString &text, const Reading::Reference &image, const QString &newName)
{
    const auto fail = [](const QString &message) { return TextChange::failure(message); };
    const ImageStore store = imageStore(text);
    const QString file = store.fileOf(image);
    if (file.isEmpty())
        return fail(tr("The image %1 is not a file of this site.").arg(image.url));
    QString name = newName.trimmed();
    if (!ImageStore::isPlainFileName(name))
        return fail(badFileName(newName));
    if (QFileInfo(name).suffix().isEmpty())
        name += u'.' + QFileInfo(file).suffix();
    const QString target = QFileInfo(file).absoluteDir().filePath(name);
    if (target == file)
        return TextChange::success(text, false);
    if (QFileInfo::exists(target))
        return fail(tr("%1 already exists.").arg(QDir::toNativeSeparators(target)));
    if (!QFile::rename(file, target))
        return fail(tr("%1 cannot be renamed to %2.").arg(QDir::toNativeSeparators(file), name));
    const QString changed = store.relinked(store.read(text), file, store.linkFor(target));
    // The post that links the file is saved with it, or the file goes back.
    QString error;
    if (!saveFileOperation(changed, &error)) {
        if (!QFile::rename(target, file))
            error += u'\n'
                     + tr("The image could not be renamed back: it is now %1.").arg(QDir::toNativeSeparators(target));
        return fail(error);
    }
    return TextChange::success(changed, !m_path.isEmpty());
}

OpenPost::TextChange OpenPost::deleteImage(const QString &text, const Reading::Reference &image, bool permanently)
{
    const auto fail = [](const QString &message) { return TextChange::failure(message); };
    const ImageStore store = imageStore(text);
    const QString file = store.fileOf(image);
    const QString changed = ImageStore::without(text, image);
    QString error;
    // Another link of this post, or another post, still shows the file:
    // only this link goes.
    const Reading rest = store.read(changed);
    const bool linkedHere = std::any_of(rest.references().cbegin(), rest.references().cend(),
                                        [&](const Reading::Reference &r) { return store.fileOf(r) == file; });
    if (!file.isEmpty() && (linkedHere || usedByOtherPosts(m_site.root, m_path, file))) {
        if (!saveFileOperation(changed, &error))
            return fail(error);
        TextChange kept = TextChange::success(changed, !m_path.isEmpty());
        kept.notice = tr("%1 stays: other links still show it.").arg(QFileInfo(file).fileName());
        return kept;
    }
    if (permanently) {
        // The post without the link is saved first: if the file then
        // cannot go, it is only unused, never linked and missing.
        if (!saveFileOperation(changed, &error))
            return fail(error);
        if (!file.isEmpty() && !QFile::remove(file))
            return fail(tr("%1 cannot be deleted.").arg(QDir::toNativeSeparators(file)));
        return TextChange::success(changed, !m_path.isEmpty());
    }
    // The trash, unless the user agreed to more: a file can come back.
    QString inTrash;
    if (!file.isEmpty() && !QFile::moveToTrash(file, &inTrash))
        return fail(tr("%1 cannot be moved to the trash; it was left as it is.").arg(QDir::toNativeSeparators(file)));
    if (!saveFileOperation(changed, &error)) {
        if (!file.isEmpty() && !QFile::rename(inTrash, file))
            error += u'\n' + tr("The image stays in the trash: %1.").arg(QDir::toNativeSeparators(inTrash));
        return fail(error);
    }
    return TextChange::success(changed, !m_path.isEmpty());
}

QStringList OpenPost::unusedImages(const QString &text)
{
    const ImageStore store = imageStore(text);
    return store.unusedFiles(store.read(text));
}

bool OpenPost::usedByOtherPosts(const QString &siteRoot, const QString &post, const QString &folder)
{
    if (siteRoot.isEmpty())
        return false;
    const QString name = QFileInfo(folder).fileName();
    QDirIterator it(siteRoot, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(siteRoot).relativeFilePath(path);
        if (relative.startsWith(QLatin1String("_site/")) || relative.startsWith(u'.')
            || relative.contains(QLatin1String("node_modules/")) || relative.startsWith(QLatin1String("vendor/"))
            || QFileInfo(path).absoluteFilePath() == QFileInfo(post).absoluteFilePath())
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()).contains(name))
            return true;
    }
    return false;
}

OpenPost::PostRename OpenPost::planRename(const QString &text, const QString &newName)
{
    if (m_path.isEmpty())
        return planMove(text, QString()); // says why not
    QString name = newName.trimmed();
    if (!ImageStore::isPlainFileName(name)) {
        PostRename plan;
        plan.from = m_path;
        plan.error = badFileName(newName);
        return plan;
    }
    if (QFileInfo(name).suffix().isEmpty())
        name += QStringLiteral(".md");
    return planMove(text, QFileInfo(m_path).absoluteDir().filePath(name));
}

OpenPost::PostRename OpenPost::planMove(const QString &text, const QString &to)
{
    PostRename plan;
    plan.from = m_path;
    if (plan.from.isEmpty()) {
        plan.error = tr("The post has not been saved yet: save it under the name it should have.");
        return plan;
    }
    plan.to = to;
    if (plan.to == plan.from)
        return plan;
    if (QFileInfo::exists(plan.to)) {
        plan.error = tr("%1 already exists.").arg(QDir::toNativeSeparators(plan.to));
        return plan;
    }
    const QString oldFolder = imageStore(text).folder();
    const QString newFolder = ImageStore::forPost(plan.to, text, m_site, imageSettings(m_site.root)).folder();
    if (oldFolder == newFolder || !QFileInfo(oldFolder).isDir())
        return plan;
    if (usedByOtherPosts(m_site.root, plan.from, oldFolder))
        plan.folderStays = tr("Other posts use %1; it stays, and the links keep pointing to it.")
                               .arg(QDir::toNativeSeparators(oldFolder));
    else if (QFileInfo::exists(newFolder))
        plan.folderStays = tr("%1 already exists; the images stay in %2.")
                               .arg(QDir::toNativeSeparators(newFolder), QDir::toNativeSeparators(oldFolder));
    else {
        plan.folderFrom = oldFolder;
        plan.folderTo = newFolder;
    }
    return plan;
}

OpenPost::PostRename OpenPost::planPublish(const QString &text, const QDateTime &now)
{
    PostRename plan;
    const QFileInfo info(m_path);
    if (m_path.isEmpty() || m_site.root.isEmpty() || info.absoluteDir().dirName() != u"_drafts") {
        plan.from = m_path;
        plan.error = tr("Only a saved draft in the _drafts folder of a Jekyll site can be published.");
        return plan;
    }
    const QString name = now.toString(QStringLiteral("yyyy-MM-dd-")) + info.fileName();
    plan = planMove(text, QDir(m_site.root).filePath(QStringLiteral("_posts/") + name));
    if (!plan.error.isEmpty())
        return plan;
    // Jekyll dates a post by its date key before its name: a draft's old
    // date would publish it in the past.
    plan.text = text;
    if (FrontMatter::read(text).entry(QStringLiteral("date"))) {
        YamlValue date;
        date.kind = YamlValue::Kind::Date; // written plain, as Jekyll's own tools write it
        date.text = NewPost::dateText(now);
        const FrontMatter::Edit edit = FrontMatter::setValue(text, QStringLiteral("date"), date);
        if (!edit.text) {
            plan.error = tr("The date key cannot be updated: %1").arg(edit.refusal);
            return plan;
        }
        plan.text = *edit.text;
    }
    return plan;
}

OpenPost::TextChange OpenPost::renamePost(const PostRename &plan, const QString &original)
{
    const auto fail = [](const QString &message) { return TextChange::failure(message); };
    if (!plan.error.isEmpty())
        return fail(plan.error);
    if (plan.to.isEmpty() || plan.to == plan.from)
        return TextChange::success(original, false);
    QString text = plan.text.isEmpty() ? original : plan.text;
    if (!plan.folderFrom.isEmpty()) {
        // Each link into the old folder, pointed into the new one.
        const ImageStore oldStore = imageStore(text);
        const ImageStore newStore = ImageStore::forPost(plan.to, text, m_site, imageSettings(m_site.root));
        QString rewritten = oldStore.relinkedBy(oldStore.read(text), [&plan, &newStore](const AssetResolution &r) {
            if (r.status != AssetResolution::Status::Local || !r.path.startsWith(plan.folderFrom + u'/'))
                return QString();
            return newStore.linkFor(plan.folderTo + r.path.sliced(plan.folderFrom.size()));
        });
        // What no resolver follows (a theme's `image:` key, Liquid, links)
        // still names the folder by its path: that follows too.
        const QString from = oldStore.linkFor(plan.folderFrom + QStringLiteral("/x")).chopped(1);
        const QString to = newStore.linkFor(plan.folderTo + QStringLiteral("/x")).chopped(1);
        if (from.endsWith(u'/') && from.size() > 2)
            rewritten.replace(from, to);
        text = rewritten;
        if (!QDir().mkpath(QFileInfo(plan.folderTo).absolutePath()) || !QDir().rename(plan.folderFrom, plan.folderTo))
            return fail(tr("The image folder %1 cannot be renamed to %2.")
                            .arg(QDir::toNativeSeparators(plan.folderFrom), QDir::toNativeSeparators(plan.folderTo)));
    }
    // Puts the folder back; says so when even that fails.
    const auto undoFolder = [&plan](const QString &why) -> QString {
        if (plan.folderFrom.isEmpty() || QDir().rename(plan.folderTo, plan.folderFrom))
            return why;
        return why + u'\n'
               + tr("The image folder could not be moved back: it is now %1.")
                     .arg(QDir::toNativeSeparators(plan.folderTo));
    };
    PostFile renamed(plan.to, text, m_format);
    QString saveError;
    if (!renamed.save(&saveError))
        return fail(undoFolder(saveError));
    if (!QFile::remove(plan.from)) {
        QFile::remove(plan.to);
        return fail(
            undoFolder(tr("%1 cannot be removed; nothing was renamed.").arg(QDir::toNativeSeparators(plan.from))));
    }
    settle(renamed.path());
    return TextChange::success(text, true);
}

bool OpenPost::moveUnsavedImages(const QString &path, QString &text, QList<QPair<QString, QString>> &moved,
                                   QString *error)
{
    if (!m_path.isEmpty() || !m_unsavedImages)
        return true;
    const QString root = Site::rootFor(path);
    const ImageStore to = ImageStore::forPost(path, text, root, imageSettings(root));
    for (const auto &[source, oldLink] : std::as_const(m_unsavedLinks)) {
        if (!QFileInfo::exists(source))
            continue;
        if (!text.contains(oldLink)) {
            // Its link was edited by hand: keep the file where it is rather
            // than lose it with the temporary folder.
            if (text.contains(QFileInfo(source).fileName()))
                m_unsavedImages->setAutoRemove(false);
            continue;
        }
        QString target;
        if (QDir().mkpath(to.folder())) {
            const QString name = QFileInfo(source).fileName();
            target = QDir(to.folder()).filePath(ImageStore::uniqueName(to.folder(), name));
            if (!QFile::rename(source, target) && !(QFile::copy(source, target) && QFile::remove(source)))
                target.clear();
        }
        if (target.isEmpty()) {
            if (error)
                *error = tr("The image %1 cannot be moved into %2.")
                             .arg(QFileInfo(source).fileName(), QDir::toNativeSeparators(to.folder()));
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

OpenPost::DiskState OpenPost::stateOf(const QString &path)
{
    DiskState state;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return state;
    state.exists = true;
    state.size = info.size();
    state.modified = info.lastModified(QTimeZone::UTC);
    if (file.open(QIODevice::ReadOnly))
        state.hash = sha256(file.readAll());
    return state;
}

std::optional<QString> OpenPost::load(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const std::optional<PostFile> file = read(absolute, error);
    if (!file)
        return std::nullopt;
    m_format = file->format();
    m_unsavedImages.reset();
    m_unsavedLinks.clear();
    settle(absolute);
    return file->text();
}

void OpenPost::reset()
{
    m_format = PostFormat();
    m_unsavedImages.reset();
    m_unsavedLinks.clear();
    settle(QString());
}

OpenPost::SaveResult OpenPost::save(const QString &text, QString *error, bool overwrite)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The post has no file yet: choose where to save it.");
        return SaveResult::Failed;
    }
    if (!overwrite) {
        const DiskState now = stateOf(m_path);
        const bool acknowledged = m_acknowledged && m_acknowledged->sameContent(now);
        if (!now.sameContent(m_known) && !acknowledged) {
            if (error) {
                *error = now.exists ? tr("%1: another program changed the file since it was opened")
                                          .arg(QDir::toNativeSeparators(m_path))
                                    : tr("%1: the file was deleted or moved since it was opened")
                                          .arg(QDir::toNativeSeparators(m_path));
            }
            return SaveResult::ChangedOnDisk;
        }
    }
    const PostFile file(m_path, text, m_format);
    if (!file.save(error))
        return SaveResult::Failed;
    settle(m_path);
    return SaveResult::Saved;
}

OpenPost::SaveResult OpenPost::saveAs(const QString &path, const QString &text, QString *error, QString *saved,
                                      QString *notice)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A post saved for the first time takes its pasted images along.
    QString written = text;
    QList<QPair<QString, QString>> moved;
    if (!moveUnsavedImages(absolute, written, moved, error))
        return SaveResult::Failed;
    const PostFile file(absolute, written, m_format);
    if (!file.save(error)) {
        for (const auto &[was, now] : std::as_const(moved))
            QFile::rename(now, was);
        return SaveResult::Failed;
    }
    if (m_unsavedImages && !m_unsavedImages->autoRemove() && notice)
        *notice = tr("Some pasted images whose links were edited stay in %1.")
                      .arg(QDir::toNativeSeparators(m_unsavedImages->path()));
    m_unsavedImages.reset();
    m_unsavedLinks.clear();
    if (saved)
        *saved = written;
    settle(absolute);
    return SaveResult::Saved;
}

std::optional<PostFile> OpenPost::read(const QString &path, QString *error)
{
    PostFile::LoadResult loaded = PostFile::load(path);
    if (!loaded.file && error)
        *error = loaded.error;
    return loaded.file;
}

std::optional<QString> OpenPost::reload(QString *error)
{
    const std::optional<PostFile> file = read(m_path, error);
    if (!file)
        return std::nullopt;
    m_format = file->format();
    settle(m_path);
    return file->text();
}

std::optional<QString> OpenPost::diskText(QString *error) const
{
    const std::optional<PostFile> file = read(m_path, error);
    return file ? std::optional<QString>(file->text()) : std::nullopt;
}

OpenPost::DiskChange OpenPost::diskChange() const
{
    if (m_path.isEmpty())
        return DiskChange::None;
    const DiskState now = stateOf(m_path);
    if (now.sameContent(m_known))
        return DiskChange::None;
    return now.exists ? DiskChange::Modified : DiskChange::Removed;
}

void OpenPost::acknowledgeDiskVersion()
{
    m_acknowledged = stateOf(m_path);
    m_reported = m_acknowledged;
}

void OpenPost::settle(const QString &path)
{
    m_path = path;
    m_known = path.isEmpty() ? DiskState() : stateOf(path);
    m_acknowledged.reset();
    m_reported.reset();
    m_modified = false;
    m_journalTimer.stop();
    m_journal.remove();
    watch();
}

void OpenPost::watch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (m_path.isEmpty())
        return;
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(folder))
        m_watcher->addPath(folder);
}

void OpenPost::fileEvent()
{
    // After an atomic replace the watch is on a file that is gone: watch
    // the new one.
    if (!m_path.isEmpty() && !m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    m_settle.start();
}

void OpenPost::checkDisk()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    const DiskState now = stateOf(m_path);
    if (now.sameContent(m_known)) {
        m_known.modified = now.modified; // touched, not changed
        m_reported.reset();
        return;
    }
    if (m_reported && m_reported->sameContent(now))
        return;
    m_reported = now;
    Q_EMIT changedOnDisk(now.exists ? DiskChange::Modified : DiskChange::Removed);
}

void OpenPost::noteTextChanged()
{
    if (!m_journalTimer.isActive())
        m_journalTimer.start();
}

void OpenPost::setModified(bool modified)
{
    m_modified = modified;
    if (!modified) {
        // Back to the file's text (saved, or undone): nothing to recover.
        m_journalTimer.stop();
        m_journal.remove();
    }
}

void OpenPost::writeJournal()
{
    m_journalTimer.stop();
    if (!m_modified || !m_textSource)
        return;
    QString error;
    if (!m_journal.write(m_path, m_known.hash, m_textSource(), &error))
        Q_EMIT journalProblem(error);
}

void OpenPost::discardJournal()
{
    m_journalTimer.stop();
    m_journal.remove();
}

} // namespace geul
