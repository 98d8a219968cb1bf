// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace geul {

PublishDialog::PublishDialog(const QString &postPath, QWidget *parent)
    : QDialog(parent)
    , m_postPath(postPath)
    , m_where(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_confirm(new QCheckBox(tr("Publish it anyway"), this))
    , m_files(new QTreeWidget(this))
    , m_otherStaged(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_message(new QLineEdit(this))
    , m_push(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Publish Post"));
    setMinimumWidth(560);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("publishProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_confirm->hide();
    m_files->setColumnCount(2);
    m_files->setHeaderLabels({tr("Change"), tr("File")});
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_files->setMinimumHeight(120);
    m_otherStaged->setWordWrap(true);
    m_otherStaged->setTextFormat(Qt::PlainText);
    m_otherStaged->hide();
    m_notes->setObjectName(QStringLiteral("publishNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->hide();
    m_push->setChecked(true);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->hide();
    m_publishButton = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publishButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Message:"), m_message);
    form->addRow(QString(), m_push);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_problems);
    layout->addWidget(m_confirm);
    layout->addWidget(new QLabel(tr("The commit holds exactly the post and the files it uses:"), this));
    layout->addWidget(m_files, 1);
    layout->addWidget(m_otherStaged);
    layout->addWidget(m_notes);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addWidget(m_buttons);

    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    connect(m_confirm, &QCheckBox::toggled, this, &PublishDialog::updateButtons);
    connect(m_message, &QLineEdit::textChanged, this, &PublishDialog::updateButtons);
    // Without pushing, no upstream is needed: the checks change.
    connect(m_push, &QCheckBox::toggled, this, &PublishDialog::readPlan);
    connect(&m_planning, &QFutureWatcher<Publisher::Plan>::finished, this, [this] {
        m_reading = false;
        m_plan = m_planning.result();
        showPlan();
        Q_EMIT planned();
    });
    connect(&m_publishing, &QFutureWatcher<Publisher::Result>::finished, this, [this] {
        m_sending = false;
        m_result = m_publishing.result();
        m_published = m_result.ok();
        showResult();
        Q_EMIT finished();
    });
    readPlan();
}

PublishDialog::~PublishDialog()
{
    // git is stopped, and waited for: the worker reports to this dialog.
    if (m_stop)
        m_stop->store(true);
    m_planning.waitForFinished();
    m_publishing.waitForFinished();
}

bool PublishDialog::isBusy() const
{
    return m_reading || m_sending;
}

Publisher::Options PublishDialog::options() const
{
    Publisher::Options options;
    options.message = m_message->text();
    options.push = m_push->isChecked();
    options.confirmedUnlisted = m_confirm->isChecked();
    return options;
}

void PublishDialog::readPlan()
{
    if (m_sending)
        return;
    m_reading = true;
    m_status->setText(tr("Checking the post and its repository…"));
    m_publishButton->setEnabled(false);
    const QString path = m_postPath;
    const Publisher::Options options = this->options();
    m_planning.setFuture(QtConcurrent::run([path, options] { return Publisher::plan(path, options); }));
}

void PublishDialog::showPlan()
{
    const Publisher::Plan &plan = m_plan;
    QString where = tr("<b>%1</b>").arg(plan.title.toHtmlEscaped());
    if (!plan.repository.isEmpty()) {
        where += u"<br>"
                 + tr("Repository %1, branch %2")
                       .arg(QDir::toNativeSeparators(plan.repository).toHtmlEscaped(), plan.branch.toHtmlEscaped());
    }
    if (!plan.url.isEmpty())
        where += u"<br>" + tr("On the blog: %1").arg(plan.url.toHtmlEscaped());
    m_where->setText(where);
    m_push->setText(plan.upstream.isEmpty() ? tr("Push to the branch's upstream")
                                            : tr("Push to %1").arg(plan.upstream));
    if (!m_message->isModified()) // the writer's own message stays
        m_message->setText(plan.message);

    QStringList problems;
    for (const QString &error : plan.errors)
        problems << u"✗ " + error.toHtmlEscaped();
    for (const QString &confirmation : plan.confirmations)
        problems << u"⚠ " + confirmation.toHtmlEscaped();
    m_problems->setText(problems.join(QStringLiteral("<br>")));
    m_problems->setVisible(!problems.isEmpty());
    m_confirm->setVisible(plan.errors.isEmpty() && !plan.confirmations.isEmpty());

    m_files->clear();
    for (const Publisher::Change &change : plan.changes) {
        auto *item = new QTreeWidgetItem(m_files, {Publisher::kindName(change.kind), change.path});
        if (change.kind == Publisher::Change::Kind::Unchanged) {
            item->setForeground(0, palette().placeholderText());
            item->setForeground(1, palette().placeholderText());
        }
    }
    m_otherStaged->setText(tr("Staged for other files, left staged and out of this commit: %1")
                               .arg(plan.otherStaged.join(QStringLiteral(", "))));
    m_otherStaged->setVisible(!plan.otherStaged.isEmpty());
    QStringList notes = plan.notes;
    if (!plan.unpushed.isEmpty() && m_push->isChecked()) {
        notes.prepend(tr("Pushed with it, as they are not on %1 yet: %2")
                          .arg(plan.upstream, plan.unpushed.join(QStringLiteral("; "))));
    }
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());

    if (!plan.errors.isEmpty())
        m_status->setText(tr("Mend what is marked ✗, then open Publish again."));
    else if (!plan.hasChanges() && (plan.ahead == 0 || !m_push->isChecked()))
        m_status->setText(tr("Nothing to publish: the post and its files are committed already."));
    else if (m_result.ok()) // after a failure, what went wrong stays in view
        m_status->clear();
    updateButtons();
}

void PublishDialog::updateButtons()
{
    const bool somethingToDo = m_plan.hasChanges() || (m_push->isChecked() && m_plan.ahead > 0);
    m_publishButton->setEnabled(!isBusy() && !m_published && m_plan.canPublish(options()) && somethingToDo
                                && !m_message->text().trimmed().isEmpty());
}

void PublishDialog::publish()
{
    if (isBusy() || !m_plan.canPublish(options()))
        return;
    m_publishButton->setEnabled(false);
    m_message->setEnabled(false);
    m_push->setEnabled(false);
    m_confirm->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stop"));
    m_details->clear();
    m_details->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Publishing…"));
    const Publisher::Plan plan = m_plan;
    const Publisher::Options options = this->options();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_sending = true;
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    QPointer<PublishDialog> self(this);
    const Publisher::Progress progress = [self](const QString &text, int percent) {
        QMetaObject::invokeMethod(
            self, [self, text, percent] {
                if (self)
                    self->showProgress(text, percent);
            },
            Qt::QueuedConnection);
    };
    m_publishing.setFuture(QtConcurrent::run([plan, options, progress, stop] {
        return Publisher::publish(plan, options, progress, [stop] { return stop->load(); });
    }));
}

void PublishDialog::showProgress(const QString &text, int percent)
{
    if (!m_sending)
        return;
    m_status->setText(text.toHtmlEscaped());
    if (percent >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    } else {
        m_progress->setRange(0, 0);
    }
}

void PublishDialog::showResult()
{
    m_progress->hide();
    auto *close = m_buttons->button(QDialogButtonBox::Cancel);
    close->setEnabled(true);
    close->setText(tr("Close"));
    const Publisher::Result &result = m_result;
    const QString commit = result.commit.left(7);
    if (result.ok()) {
        QString text = result.commit.isEmpty() ? QString() : tr("Committed %1 on %2.").arg(commit, m_plan.branch.toHtmlEscaped());
        if (result.pushed)
            text += u' ' + tr("Pushed to %1.").arg(m_plan.upstream.toHtmlEscaped());
        if (result.pushed && !m_plan.url.isEmpty()) {
            text += u"<br>"
                    + tr("The post will be at <a href=\"%1\">%2</a> once the site is built.")
                          .arg(m_plan.url.toHtmlEscaped(), m_plan.url.toHtmlEscaped());
        }
        m_status->setText(text.trimmed());
        return;
    }
    QString text = u"✗ " + result.error.toHtmlEscaped();
    if (!commit.isEmpty())
        text.prepend(tr("Committed %1 on %2.").arg(commit, m_plan.branch.toHtmlEscaped()) + u"<br>");
    if (!result.retry.isEmpty())
        text += u"<br>" + result.retry.toHtmlEscaped();
    m_status->setText(text);
    if (!result.details.isEmpty()) {
        m_details->setPlainText(result.details);
        m_details->show();
    }
    m_message->setEnabled(true);
    m_push->setEnabled(true);
    m_confirm->setEnabled(true);
    // Publishing again pushes the commit that was made.
    if (!result.commit.isEmpty())
        readPlan();
    else
        updateButtons();
}

void PublishDialog::reject()
{
    if (m_sending) {
        if (m_stop)
            m_stop->store(true);
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        m_status->setText(tr("Stopping git…"));
        return;
    }
    QDialog::reject();
}

} // namespace geul
