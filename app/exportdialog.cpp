// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace geul {

namespace {

QString suffixFor(ExportDialog::Format format)
{
    switch (format) {
    case ExportDialog::Format::JekyllBundle:
        return QStringLiteral("-jekyll.zip");
    case ExportDialog::Format::PortableZip:
        return QStringLiteral(".zip");
    case ExportDialog::Format::PortableFolder:
        return QString();
    case ExportDialog::Format::Html:
        return QStringLiteral(".html");
    case ExportDialog::Format::Pdf:
        return QStringLiteral(".pdf");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const QString &postPath, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_postName(QFileInfo(postPath).completeBaseName())
    , m_format(new QComboBox(this))
    , m_output(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_strict(new QCheckBox(tr("Stop if a referenced file cannot be included"), this))
{
    setWindowTitle(tr("Export Post"));
    m_format->addItem(tr("Jekyll bundle (.zip): the post and its files at their site paths"),
                      int(Format::JekyllBundle));
    m_format->addItem(tr("Portable bundle (.zip): the post with an images folder, for any editor"),
                      int(Format::PortableZip));
    m_format->addItem(tr("Portable bundle (folder)"), int(Format::PortableFolder));
    m_format->addItem(tr("Standalone HTML page (.html)"), int(Format::Html));
    m_format->addItem(tr("PDF (.pdf)"), int(Format::Pdf));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_output->setText(QDir(folder).filePath(m_postName + suffixFor(Format::JekyllBundle)));
    m_output->setMinimumWidth(420);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Save to:"), outputRow);
    form->addRow(tr("Paper:"), m_pageSize);
    form->addRow(QString(), m_strict);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_output, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_output->text().trimmed().isEmpty());
    });
    formatChanged();
}

ExportDialog::Choice ExportDialog::choice() const
{
    return {Format(m_format->currentData().toInt()), m_output->text().trimmed(), m_strict->isChecked(),
            QPageSize::PageSizeId(m_pageSize->currentData().toInt())};
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::formatChanged()
{
    const Format format = Format(m_format->currentData().toInt());
    m_pageSize->setEnabled(format == Format::Pdf);
    m_strict->setEnabled(format != Format::Pdf);
    // Keep the folder, follow the format in the name.
    const QString folder = QFileInfo(m_output->text()).absolutePath();
    m_output->setText(QDir(folder).filePath(m_postName + suffixFor(format)));
}

void ExportDialog::browse()
{
    const Format format = Format(m_format->currentData().toInt());
    const QString current = m_output->text();
    const QString chosen = format == Format::PortableFolder
                               ? QFileDialog::getSaveFileName(this, tr("Export to Folder"), current, QString(), nullptr,
                                                              QFileDialog::ShowDirsOnly)
                               : QFileDialog::getSaveFileName(this, tr("Export To"), current);
    if (!chosen.isEmpty())
        m_output->setText(chosen);
}

} // namespace geul
