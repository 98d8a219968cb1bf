// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPageSize>
#include <QTemporaryDir>

#include <memory>

class QWebEnginePage;
class QWebEngineProfile;

namespace geul {

/// Prints a standalone page (HtmlPage) to PDF through WebEngine: Hangul
/// fonts embedded, images and math included. The PDF is written beside the
/// destination and renamed into place when complete, so a failure leaves
/// no partial file. GUI thread only; one export per object.
class PdfExporter : public QObject
{
    Q_OBJECT

public:
    explicit PdfExporter(QObject *parent = nullptr);
    ~PdfExporter() override;

    /// Starts printing @p html (a complete page) to @p output on paper of
    /// @p size; finished() reports the end.
    void start(const QString &html, const QString &output, QPageSize::PageSizeId size = QPageSize::A4);
    /// The PDF's document information (PdfInfo::withInfo()), set before start().
    void setInfo(const QList<std::pair<QByteArray, QString>> &info) { m_info = info; }

Q_SIGNALS:
    /// The export ended; @p error says why when it failed.
    void finished(bool ok, const QString &error);

private:
    void loaded(bool ok);
    void waitForFonts(int attempts);
    void printed(const QString &path, bool ok);
    void fail(const QString &error);

    QTemporaryDir m_work;
    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    QString m_output;
    QString m_partial;
    QPageSize::PageSizeId m_size = QPageSize::A4;
    bool m_done = false;
    QList<std::pair<QByteArray, QString>> m_info;
};

} // namespace geul
