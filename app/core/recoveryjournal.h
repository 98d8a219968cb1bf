// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace geul {

/// The text of one open post, kept where a crash cannot take it: a file of
/// its own under the application's data folder (never next to the post),
/// written atomically. Each open post has its own entry, so two windows on
/// one post never overwrite each other's; an entry is locked by the running
/// Geul it belongs to, so only entries of a Geul that is gone (killed,
/// crashed, the power cut) are offered for recovery.
///
/// Not thread-safe; one object per open post.
class RecoveryJournal
{
    Q_DECLARE_TR_FUNCTIONS(geul::RecoveryJournal)

public:
    struct Entry
    {
        QString id;
        /// The post's file; empty for a post never saved.
        QString postPath;
        /// SHA-256 of the file the text was based on (empty: none).
        QByteArray baseHash;
        QDateTime written;
        QString text;
    };

    RecoveryJournal();
    /// Keeps the entry: only remove() takes it away.
    ~RecoveryJournal();
    RecoveryJournal(const RecoveryJournal &) = delete;
    RecoveryJournal &operator=(const RecoveryJournal &) = delete;

    QString id() const { return m_id; }
    /// Writes the entry (atomically: the old one stays until the new one is
    /// complete). False, with @p error, when it cannot be written.
    bool write(const QString &postPath, const QByteArray &baseHash, const QString &text, QString *error = nullptr);
    /// Removes the entry: after a clean save, a close, or Discard.
    void remove();
    /// Whether an entry is on disk.
    bool written() const { return m_written; }

    /// Where entries are kept.
    static QString folder();
    /// The entries that no running Geul holds, newest first.
    static QList<Entry> orphaned();
    /// Reads the entry @p id; nullopt-like empty id when it is not there.
    static Entry read(const QString &id);
    /// Removes the entry @p id (one that orphaned() gave).
    static bool discard(const QString &id);

private:
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    bool m_written = false;
};

} // namespace geul
