// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFileSystemWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace geul {

SiteCatalog::SiteCatalog(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &SiteCatalog::scan);
    const auto changed = [this] {
        if (!m_root.isEmpty())
            m_settle.start();
    };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

SiteCatalog::~SiteCatalog()
{
    // A scan still running finishes on its worker; its result is dropped.
    if (m_running)
        m_running->waitForFinished();
}

void SiteCatalog::setRoot(const QString &root)
{
    if (root == m_root)
        return;
    m_root = root;
    m_index = SiteIndex();
    m_ready = false;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (root.isEmpty()) {
        ++m_generation;
        m_ready = true;
        Q_EMIT indexChanged();
        return;
    }
    scan();
}

void SiteCatalog::refresh()
{
    if (!m_root.isEmpty())
        scan();
}

const SiteIndex &SiteCatalog::waitForIndex()
{
    if (!m_ready && !m_root.isEmpty()) {
        m_index = SiteIndex::scan(m_root);
        m_ready = true;
    }
    return m_index;
}

void SiteCatalog::scan()
{
    m_settle.stop();
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<SiteIndex>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcher<SiteIndex>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (m_running == watcher)
            m_running = nullptr;
        if (generation != m_generation)
            return; // another site, or a newer change, since
        m_index = watcher->result();
        m_ready = true;
        watch();
        Q_EMIT indexChanged();
    });
    watcher->setFuture(QtConcurrent::run([root = m_root] { return SiteIndex::scan(root); }));
}

void SiteCatalog::watch()
{
    // The folders (new, removed and renamed posts), each post (a changed
    // title or date) and the configuration (time zone, future).
    QStringList wanted;
    const QDir root(m_root);
    for (const QString &name : {QStringLiteral("_config.yml"), QStringLiteral("_config.yaml")}) {
        if (QFileInfo::exists(root.filePath(name)))
            wanted << root.filePath(name);
    }
    for (const QString &folder : {QStringLiteral("_posts"), QStringLiteral("_drafts")}) {
        const QString path = root.filePath(folder);
        if (!QFileInfo(path).isDir()) {
            // Only to see it made: the root also changes when the site is
            // built (_site), which is no reason to read it again.
            wanted << m_root;
            continue;
        }
        wanted << path;
        QDirIterator it(path, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            wanted << it.next();
    }
    for (const SiteIndex::Post &post : m_index.posts())
        wanted << post.path;
    wanted.removeDuplicates();
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    const QStringList watchedList = m_watcher->files() + m_watcher->directories();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    QStringList gone;
    for (const QString &path : watchedList) {
        if (!wantedSet.contains(path))
            gone << path;
    }
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    QStringList added;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            added << path;
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

} // namespace geul
