// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include "diffview.h"
#include "linediff.h"
#include "postfile.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace geul {

RecoveryDialog::RecoveryDialog(const QList<RecoveryJournal::Entry> &entries, Handler handler, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_handler(std::move(handler))
    , m_list(new QListWidget(this))
    , m_about(new QLabel(this))
    , m_view(new DiffView(this))
    , m_openBoth(nullptr)
{
    setWindowTitle(tr("Recover Unsaved Text"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Geul did not close normally. This text was not saved:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list->setObjectName(QStringLiteral("entries"));
    splitter->addWidget(m_list);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_about);
    m_view->setObjectName(QStringLiteral("recovered"));
    rightLayout->addWidget(m_view, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 600});
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restore"));
    m_openBoth = buttons->addButton(tr("Open Both"), QDialogButtonBox::ActionRole);
    m_openBoth->setObjectName(QStringLiteral("openBoth"));
    QPushButton *discard = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discard"));
    QPushButton *later = buttons->addButton(tr("Decide Later"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(restore, &QPushButton::clicked, this, [this] { act(Action::Restore); });
    connect(m_openBoth, &QPushButton::clicked, this, [this] { act(Action::OpenBoth); });
    connect(discard, &QPushButton::clicked, this, [this] { act(Action::Discard); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    for (const RecoveryJournal::Entry &entry : std::as_const(m_entries)) {
        const QString name = entry.postPath.isEmpty() ? tr("Untitled") : QFileInfo(entry.postPath).fileName();
        m_list->addItem(tr("%1 — %2").arg(name, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)));
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::showEntry);
    m_list->setCurrentRow(0);
    resize(900, 600);
}

QString RecoveryDialog::shownText() const
{
    return m_view->toPlainText();
}

void RecoveryDialog::showEntry(int row)
{
    if (row < 0 || row >= m_entries.size()) {
        m_about->clear();
        m_view->clear();
        return;
    }
    const RecoveryJournal::Entry &entry = m_entries.at(row);
    if (entry.postPath.isEmpty()) {
        m_about->setText(tr("A post that was never saved."));
        m_view->setPlainText(entry.text);
        m_openBoth->setEnabled(false);
        return;
    }
    const QString path = QDir::toNativeSeparators(entry.postPath);
    PostFile::LoadResult disk = PostFile::load(entry.postPath);
    if (!disk.file) {
        m_about->setText(tr("%1 is no longer there. The recovered text:").arg(path));
        m_view->setPlainText(entry.text);
        m_openBoth->setEnabled(false);
        return;
    }
    m_openBoth->setEnabled(true);
    QFile file(entry.postPath);
    const bool changedSince = file.open(QIODevice::ReadOnly) && !entry.baseHash.isEmpty()
                              && QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) != entry.baseHash;
    m_about->setText(changedSince ? tr("%1 was changed after this text was written. Its differences from the file "
                                       "on disk:")
                                        .arg(path)
                                  : tr("%1: the differences of the recovered text from the file on disk:").arg(path));
    const QString name = QFileInfo(entry.postPath).fileName();
    const QString diff = LineDiff::unified(disk.file->text(), entry.text, tr("%1 (on disk)").arg(name),
                                           tr("%1 (recovered)").arg(name));
    m_view->setPlainText(diff.isEmpty() ? tr("The recovered text is the same as the file on disk.") : diff);
}

void RecoveryDialog::act(Action action)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const RecoveryJournal::Entry entry = m_entries.takeAt(row);
    delete m_list->takeItem(row);
    if (m_handler)
        m_handler(entry, action);
    if (m_entries.isEmpty())
        accept();
    else
        showEntry(m_list->currentRow());
}

} // namespace geul
