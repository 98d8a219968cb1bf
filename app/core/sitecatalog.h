// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteindex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace geul {

/// The open site's SiteIndex, kept current: it is read off the GUI thread
/// when the site is opened and again, debounced, whenever a post, a draft,
/// a folder of them or the site's configuration changes on disk. A result
/// read for another site, or overtaken by a newer change, is dropped. GUI
/// thread only.
class SiteCatalog : public QObject
{
    Q_OBJECT

public:
    explicit SiteCatalog(QObject *parent = nullptr);
    ~SiteCatalog() override;

    /// Opens the site at @p root (empty: none). The same root again
    /// changes nothing.
    void setRoot(const QString &root);
    QString root() const { return m_root; }
    /// The newest index read; empty until the first one is ready.
    const SiteIndex &index() const { return m_index; }
    bool isReady() const { return m_ready; }
    /// The index, read now if it is not ready yet (blocks while it is).
    const SiteIndex &waitForIndex();
    /// Reads the site again now (after Geul itself changed it).
    void refresh();

    /// How long changes settle before the site is read again.
    static constexpr int settleMs = 300;

Q_SIGNALS:
    /// A new index of the open site is ready (also when none is open).
    void indexChanged();

private:
    void scan();
    void watch();

    QString m_root;
    SiteIndex m_index;
    bool m_ready = false;
    int m_generation = 0;
    QFileSystemWatcher *m_watcher;
    QTimer m_settle;
    QFutureWatcher<SiteIndex> *m_running = nullptr;
};

} // namespace geul
