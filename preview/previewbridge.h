// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace geul {

/// The one object the preview page sees over QWebChannel. It carries
/// rendered HTML to the page and hears back when the page has shown it.
/// It offers the page no way to read or write files or to reach any other
/// object. GUI thread only.
class PreviewBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString html READ html NOTIFY htmlChanged FINAL)
    Q_PROPERTY(int generation READ generation NOTIFY htmlChanged FINAL)
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged FINAL)

public:
    using QObject::QObject;

    QString html() const { return m_html; }
    int generation() const { return m_generation; }

    bool dark() const { return m_dark; }
    void setDark(bool dark);

    /// Sends a newly rendered fragment to the page.
    void setHtml(const QString &html, int generation);

    /// Scrolls the page so that @p line of the file (1-based, fractional
    /// within a block) is at its top.
    void scrollToLine(double line);

    /// Called by the page once the fragment of @p generation is in its DOM;
    /// @p milliseconds is how long patching it in took.
    Q_INVOKABLE void reportShown(int generation, double milliseconds);
    /// Called by the page when the reader scrolled it: @p line of the file
    /// is now at its top.
    Q_INVOKABLE void reportScrolled(double line);
    /// Called by the page when the reader clicked the block that starts on
    /// @p line of the file.
    Q_INVOKABLE void reportClicked(int line);

Q_SIGNALS:
    void htmlChanged(const QString &html, int generation);
    void darkChanged(bool dark);
    /// The page has put the fragment of @p generation into its DOM, in
    /// @p milliseconds.
    void shown(int generation, double milliseconds);
    /// Asks the page to show @p line at its top.
    void scrollRequested(double line);
    /// The reader scrolled the page to @p line.
    void scrolled(double line);
    /// The reader clicked the block that starts on @p line.
    void clicked(int line);

private:
    QString m_html;
    int m_generation = 0;
    bool m_dark = false;
};

} // namespace geul
