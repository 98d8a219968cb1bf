// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publisher.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace geul {

/// File ▸ Publish: what publishing the (saved) post would commit and where
/// it would push, the checks that stand in its way, the commit message;
/// then git's progress and what became of it: the commit, the branch, the
/// post's address on the blog. git runs on a worker thread: the window
/// stays responsive while it pushes. GUI thread only.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(const QString &postPath, QWidget *parent = nullptr);
    ~PublishDialog() override;

    /// The plan, once read (see planned()).
    const Publisher::Plan &plan() const { return m_plan; }
    /// The result, once published (see finished()).
    const Publisher::Result &result() const { return m_result; }
    /// Whether a plan is being read or the post published (until what
    /// came of it is shown).
    bool isBusy() const;

    QLineEdit *messageField() const { return m_message; }
    QCheckBox *pushBox() const { return m_push; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *publishButton() const { return m_publishButton; }

    /// Starts publishing, as the Publish button does.
    void publish();

    /// Closes the dialog; while git runs, stops it instead (a commit made
    /// stays, and publishing again pushes it).
    void reject() override;

Q_SIGNALS:
    /// The plan has been read (again).
    void planned();
    /// Publishing ended, well or not.
    void finished();

private:
    void readPlan();
    void showPlan();
    void showProgress(const QString &text, int percent);
    void showResult();
    Publisher::Options options() const;
    void updateButtons();

    QString m_postPath;
    Publisher::Plan m_plan;
    Publisher::Result m_result;
    bool m_published = false;
    /// A plan is being read, or git is publishing: set until the result is
    /// shown (a watcher's future ends before its result is handed over).
    bool m_reading = false;
    bool m_sending = false;
    QFutureWatcher<Publisher::Plan> m_planning;
    QFutureWatcher<Publisher::Result> m_publishing;
    std::shared_ptr<std::atomic<bool>> m_stop;

    QLabel *m_where;
    QLabel *m_problems;
    QCheckBox *m_confirm;
    QTreeWidget *m_files;
    QLabel *m_otherStaged;
    QLabel *m_notes;
    QLineEdit *m_message;
    QCheckBox *m_push;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_publishButton;
};

} // namespace geul
