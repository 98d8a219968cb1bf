// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagestore.h"
#include "postfile.h"
#include "reading.h"
#include "recoveryjournal.h"
#include "site.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTemporaryDir;

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
/// It also owns the post's images and the file operations that change both
/// files and text (storing pasted images, renaming and deleting an image,
/// Rename Post, taking a new post's images along on its first save): each
/// is one step that saves the post with it, or undoes what it did and says
/// what it could not undo.
///
/// The text itself lives with the caller (the editor): OpenPost takes it as
/// an argument and hands back the text an operation made, and asks for it
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
    /// Saves @p text to @p path, which becomes the post's file. A post
    /// saved for the first time takes its pasted images along: @p saved
    /// receives the text as saved (their links rewritten), @p notice what
    /// the writer should know (images whose links were edited by hand stay
    /// in the temporary folder).
    SaveResult saveAs(const QString &path, const QString &text, QString *error, QString *saved = nullptr,
                      QString *notice = nullptr);
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

    /// The site the post belongs to (none: an empty SiteConfig) and where
    /// its images go: the post's image operations follow both.
    void setSite(const SiteConfig &site) { m_site = site; }
    const SiteConfig &site() const { return m_site; }
    void setImageSettings(const ImageSettings &settings) { m_imageSettings = settings; }
    /// Where the image settings come from when they may change while the
    /// post is open (the user's preferences, per site); asked at each
    /// operation with the root of the site the images go to (empty: none).
    using ImageSettingsSource = std::function<ImageSettings(const QString &siteRoot)>;
    void setImageSettingsSource(ImageSettingsSource source) { m_imageSettingsSource = std::move(source); }
    /// Where the post's images go and how they are linked, for @p text. For
    /// a post never saved: a temporary folder, emptied into the post's own
    /// folder on its first save.
    ImageStore imageStore(const QString &text);
    /// The temporary folder of a post never saved; empty when it has none.
    QString unsavedImageFolder() const;

    /// The outcome of a file operation: the post's text as it made it (saved
    /// with it when the post has a file), or why nothing changed.
    struct TextChange
    {
        bool ok = false;
        QString text;
        QString error;
        /// The post was saved with @p text (false for a post never saved,
        /// or when nothing had to change).
        bool saved = false;
        /// What the writer should know of how it went.
        QString notice;

        static TextChange failure(const QString &error)
        {
            TextChange change;
            change.error = error;
            return change;
        }
        static TextChange success(const QString &text, bool saved)
        {
            TextChange change;
            change.ok = true;
            change.text = text;
            change.saved = saved;
            return change;
        }
    };
    /// Stores pasted image @p data (may be empty) and copies @p files into the
    /// post's image folder; the text is the Markdown that links them (one
    /// paragraph each), the error lists what was refused.
    TextChange storeImages(const QString &text, const QByteArray &data, const QStringList &files);
    /// Renames the file @p image links to @p newName (without an extension,
    /// the old one is kept) and every link to it, and saves the post.
    TextChange renameImage(const QString &text, const Reading::Reference &image, const QString &newName);
    /// Moves the file @p image links to into the trash (or deletes it,
    /// @p permanently), removes the link, and saves the post. A file that
    /// another link of the post or another post shows stays (notice says so).
    TextChange deleteImage(const QString &text, const Reading::Reference &image, bool permanently);
    /// Files of the post's own image folder that no link of @p text uses.
    QStringList unusedImages(const QString &text);

    /// What renaming the post to @p newName would do.
    struct PostRename
    {
        QString from, to;
        /// The post's own image folder moves along (empty: nothing moves).
        QString folderFrom, folderTo;
        /// Why the image folder stays where it is, for people.
        QString folderStays;
        /// Why the post cannot be renamed so.
        QString error;
        /// The text the post gets (Publish Draft changes its date); empty:
        /// the text given to renamePost().
        QString text;
    };
    /// Plans renaming the post to the file name @p newName (`.md` is added
    /// when it has no extension). Its image folder moves along when it is
    /// named after the post and no other post of the site uses it.
    PostRename planRename(const QString &text, const QString &newName);
    /// Plans moving the post to @p to (absolute, perhaps in another folder
    /// of the site), as planRename().
    PostRename planMove(const QString &text, const QString &to);
    /// Plans publishing the draft (a post in `_drafts/`): it moves to
    /// `_posts/YYYY-MM-DD-<name>` for @p now (in the site's time zone), its
    /// `date` key, when it has one, set to @p now.
    PostRename planPublish(const QString &text, const QDateTime &now);
    /// Carries out @p plan: moves the folder, writes the post under its new
    /// name with its links rewritten, removes the old file. If a step fails,
    /// the steps before are undone.
    TextChange renamePost(const PostRename &plan, const QString &text);

    /// Whether a post of the site at @p siteRoot other than @p post names
    /// the folder @p folder.
    static bool usedByOtherPosts(const QString &siteRoot, const QString &post, const QString &folder);
    /// Why @p name, as the user typed it, cannot name a file.
    static QString badFileName(const QString &name);

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
    static std::optional<PostFile> read(const QString &path, QString *error);
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
    SiteConfig m_site;
    ImageSettings m_imageSettings;
    ImageSettingsSource m_imageSettingsSource;
    ImageSettings imageSettings(const QString &siteRoot) const
    {
        return m_imageSettingsSource ? m_imageSettingsSource(siteRoot) : m_imageSettings;
    }
    /// A post never saved keeps its images here, and the links it wrote.
    std::unique_ptr<QTemporaryDir> m_unsavedImages;
    QList<QPair<QString, QString>> m_unsavedLinks;

    /// Moves the images of a post never saved next to @p path and rewrites
    /// their links in @p text; on failure moves back what it moved.
    bool moveUnsavedImages(const QString &path, QString &text, QList<QPair<QString, QString>> &moved, QString *error);
    /// Saves @p text as the post's after a file operation (a post never
    /// saved: nothing to save).
    bool saveFileOperation(const QString &text, QString *error);
};

} // namespace geul
