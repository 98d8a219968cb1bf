// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postfile.h"
#include "recoveryjournal.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QFileSystemWatcher;

namespace geul {

/// One open post and its file: what the file was on disk when it was loaded
/// or saved (size, time, SHA-256 of its bytes), saving and reloading, the
/// recovery journal of its unsaved text, and noticing when another program
/// (git, Typora, a sync client) changes, replaces or removes the file.
///
/// It never overwrites a change it did not make: save() refuses while the
/// file on disk differs from what was loaded or saved, until the caller
/// says to overwrite (or has acknowledged that version).
///
/// The text itself lives with the caller (the editor); OpenPost asks for it
/// through textSource when it writes the journal. No widgets; GUI thread.
class OpenPost : public QObject
{
    Q_OBJECT

public:
    /// What a file is on disk.
    struct DiskState
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        QByteArray hash;

        /// Same bytes (the time alone does not make a change).
        bool sameContent(const DiskState &other) const
        {
            return exists == other.exists && (!exists || (size == other.size && hash == other.hash));
        }
    };
    enum class DiskChange {
        None,
        Modified, ///< another program changed (or replaced) the file
        Removed, ///< the file is gone (deleted or moved)
    };
    enum class SaveResult { Saved, Failed, ChangedOnDisk };

    explicit OpenPost(QObject *parent = nullptr);
    ~OpenPost() override;

    QString path() const { return m_path; }
    PostFormat format() const { return m_format; }
    bool isUntitled() const { return m_path.isEmpty(); }

    /// Gives the current text, for the journal.
    void setTextSource(std::function<QString()> source) { m_textSource = std::move(source); }

    /// Opens @p path; returns its text, or nullopt with @p error.
    std::optional<QString> load(const QString &path, QString *error);
    /// Forgets the file: a new post never saved.
    void reset();
    /// Saves @p text to path(). Refuses with ChangedOnDisk when the file on
    /// disk is not what was loaded or saved (nor a version acknowledged
    /// with acknowledgeDiskVersion()), unless @p overwrite.
    SaveResult save(const QString &text, QString *error, bool overwrite = false);
    /// Saves @p text to @p path, which becomes the post's file.
    SaveResult saveAs(const QString &path, const QString &text, QString *error);
    /// The post's file is now @p path, written by the caller (Rename Post).
    void moved(const QString &path);
    /// Re-reads the file; its text becomes the saved state.
    std::optional<QString> reload(QString *error);
    /// The text of the file on disk now (for showing differences).
    std::optional<QString> diskText(QString *error) const;

    /// How the file on disk differs from what was loaded or saved.
    DiskChange diskChange() const;
    /// Accepts the version now on disk as seen: save() overwrites it
    /// without asking again, and it is not reported again.
    void acknowledgeDiskVersion();
    DiskState knownState() const { return m_known; }
    static DiskState stateOf(const QString &path);

    /// The text changed; within 2 s it is in the recovery journal.
    void noteTextChanged();
    /// The text is (or is no longer) different from the file.
    void setModified(bool modified);
    bool isModified() const { return m_modified; }
    /// Writes the journal now (tests, and before risky steps).
    void writeJournal();
    /// Forgets the journal entry: after a close or Discard.
    void discardJournal();
    const RecoveryJournal &journal() const { return m_journal; }

Q_SIGNALS:
    /// Another program changed or removed the file (reported once for
    /// each new version on disk).
    void changedOnDisk(geul::OpenPost::DiskChange change);
    /// The journal could not be written: the unsaved text is at risk.
    void journalProblem(const QString &message);

private:
    /// The text and the file at @p path (none: untitled) agree now.
    void settle(const QString &path);
    void watch();
    void fileEvent();
    /// Compares the file with what it was, once its events settled.
    void checkDisk();

    QString m_path;
    PostFormat m_format;
    DiskState m_known;
    /// A version on disk the user has seen and chosen to keep their text over.
    std::optional<DiskState> m_acknowledged;
    /// The version last reported by changedOnDisk().
    std::optional<DiskState> m_reported;
    QFileSystemWatcher *m_watcher;
    QTimer m_settle;
    QTimer m_journalTimer;
    RecoveryJournal m_journal;
    std::function<QString()> m_textSource;
    bool m_modified = false;
};

} // namespace geul
