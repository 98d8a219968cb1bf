// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPageSize>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace geul {

/// What File > Export asks: the format, where to, the paper for a PDF and
/// whether problems stop the export. GUI thread only.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { JekyllBundle, PortableZip, PortableFolder, Html, Pdf };

    struct Choice
    {
        Format format = Format::JekyllBundle;
        QString output;
        bool strict = false;
        QPageSize::PageSizeId pageSize = QPageSize::A4;
    };

    /// For the post at @p postPath; @p folder is where the file goes by
    /// default (the last folder used for this site).
    ExportDialog(const QString &postPath, const QString &folder, QWidget *parent = nullptr);

    Choice choice() const;
    /// Chooses @p format (and the matching file name).
    void setFormat(Format format);

private:
    void formatChanged();
    void browse();

    QString m_postName;
    QComboBox *m_format;
    QLineEdit *m_output;
    QComboBox *m_pageSize;
    QCheckBox *m_strict;
};

} // namespace geul
