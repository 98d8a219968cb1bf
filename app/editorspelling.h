// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading.h"
#include "spellchecker.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTextCursor>

#include <memory>
#include <optional>

class QMenu;

namespace geul {

class MarkdownEdit;

/// Spell checking while writing: marks the misspelled words of the post in
/// the current editor with a wavy underline, and offers suggestions and
/// the word lists in its context menu.
///
/// Each reading of the post (made for the preview) is checked on a worker
/// thread, one at a time, the newest waiting; only the blocks that changed
/// since the last check of that post are read and checked again, so typing
/// never waits on the checker. Results for a text the writer has changed
/// meanwhile are dropped, and the marks already drawn move with the text.
/// Drawing the marks never touches the document, so an input method's
/// composition goes on undisturbed. GUI thread only.
class EditorSpelling : public QObject
{
    Q_OBJECT

public:
    explicit EditorSpelling(QObject *parent = nullptr);
    ~EditorSpelling() override;

    /// The editor whose text is checked and marked (the current tab's).
    void setEditor(MarkdownEdit *editor);
    /// The site of the post (empty: none): its word list is used.
    void setSite(const QString &root);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// Checks @p reading, the editor's text as it is now.
    void check(const Reading &reading);

    /// The misspelled words found in the editor's text (marked when on or
    /// near the screen), where they stand now.
    QList<SpellChecker::Misspelling> misspellings() const;
    /// Adds what can be done about the misspelled word at @p position (the
    /// editor's) to the top of @p menu: its suggestions, Add to Site
    /// Dictionary, Add to Personal Dictionary and Ignore All. Returns
    /// whether there was one.
    bool addActions(QMenu *menu, int position);

    /// Replaces the misspelled word at @p position by @p word, as one undo
    /// step.
    void replace(int position, const QString &word);
    /// Adds @p word to the word list at @p list (the site's or the
    /// personal one) and checks again.
    bool addToList(const QString &list, const QString &word, QString *error = nullptr);
    void ignore(const QString &word);

    SpellChecker &checker() { return *m_checker; }

Q_SIGNALS:
    /// Checked and marked: @p count words are misspelled.
    void checked(int count);
    /// The dictionaries are missing, or a word list cannot be written.
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Job
    {
        QPointer<MarkdownEdit> editor;
        /// The editor's count of edits when the reading was its text.
        quint64 edits = 0;
        Reading reading;
    };
    struct Result
    {
        QList<SpellChecker::Misspelling> found;
        SpellChecker::Memory memory;
    };

    void forget(QObject *editor);
    void start(Job job);
    void finished();
    void show();
    void clear();
    void loadLists();
    void recheck();
    std::optional<SpellChecker::Misspelling> at(int position) const;

    std::shared_ptr<SpellChecker> m_checker;
    QPointer<MarkdownEdit> m_editor;
    QString m_site;
    bool m_enabled = true;
    bool m_problemShown = false;
    QList<QMetaObject::Connection> m_connections;
    // What the last check of each open post remembers, by its editor.
    QHash<const QObject *, SpellChecker::Memory> m_memory;
    QFutureWatcher<Result> m_watcher;
    Job m_running;
    std::optional<Job> m_waiting;
    // The misspelled words of the current editor's text as last checked,
    // in the order of the text; they move with it as it is edited.
    QList<QTextCursor> m_words;
    // Edits of the current editor's text, counted.
    quint64 m_edits = 0;
    // The newest reading of the current editor, to check again when the
    // word lists change.
    std::optional<Job> m_last;
};

} // namespace geul
