// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoveryjournal.h"

#include <QDialog>

#include <functional>

class QListWidget;

class QLabel;
class QPushButton;

namespace geul {

class DiffView;

/// Offers the texts a Geul that is gone left in the recovery journal: for
/// each, what it is (the post, when it was written) and how it differs from
/// the file on disk; the writer restores it, opens both versions, or
/// discards it. Closing the dialog keeps the entries for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Restore, OpenBoth, Discard };
    using Handler = std::function<void(const RecoveryJournal::Entry &, Action)>;

    RecoveryDialog(const QList<RecoveryJournal::Entry> &entries, Handler handler, QWidget *parent = nullptr);

    /// The entries still offered.
    QList<RecoveryJournal::Entry> entries() const { return m_entries; }
    /// What the dialog shows for the entry selected: the differences, or
    /// the text when there is no file to compare with.
    QString shownText() const;

private:
    void showEntry(int row);
    void act(Action action);

    QList<RecoveryJournal::Entry> m_entries;
    Handler m_handler;
    QListWidget *m_list;
    QLabel *m_about;
    DiffView *m_view;
    QPushButton *m_openBoth;
};

} // namespace geul
