// SPDX-License-Identifier: GPL-3.0-or-later
#include "openpost.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
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
    PostFile::LoadResult loaded = PostFile::load(absolute);
    if (!loaded.file) {
        if (error)
            *error = loaded.error;
        return std::nullopt;
    }
    m_format = loaded.file->format();
    settle(absolute);
    return loaded.file->text();
}

void OpenPost::reset()
{
    m_format = PostFormat();
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

OpenPost::SaveResult OpenPost::saveAs(const QString &path, const QString &text, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const PostFile file(absolute, text, m_format);
    if (!file.save(error))
        return SaveResult::Failed;
    settle(absolute);
    return SaveResult::Saved;
}

void OpenPost::moved(const QString &path)
{
    settle(QFileInfo(path).absoluteFilePath());
}

std::optional<QString> OpenPost::reload(QString *error)
{
    PostFile::LoadResult loaded = PostFile::load(m_path);
    if (!loaded.file) {
        if (error)
            *error = loaded.error;
        return std::nullopt;
    }
    m_format = loaded.file->format();
    settle(m_path);
    return loaded.file->text();
}

std::optional<QString> OpenPost::diskText(QString *error) const
{
    PostFile::LoadResult loaded = PostFile::load(m_path);
    if (!loaded.file) {
        if (error)
            *error = loaded.error;
        return std::nullopt;
    }
    return loaded.file->text();
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
