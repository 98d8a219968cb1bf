// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmltext.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace geul {

/// The one object the preview page sees over QWebChannel. It carries
/// rendered HTML to the page and hears back when the page has shown it.
/// It offers the page no way to read or write files or to reach any other
/// object. GUI thread only.
class PreviewBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged FINAL)
    /// The delimiters of the math the page typesets (JSON), or empty.
    Q_PROPERTY(QString math READ math NOTIFY mathChanged FINAL)
    /// The title and subtitle above the body (HTML), or empty.
    Q_PROPERTY(QString header READ header NOTIFY headerChanged FINAL)

public:
    using QObject::QObject;

    QStringList blocks() const { return m_blocks; }
    int generation() const { return m_generation; }

    bool dark() const { return m_dark; }
    void setDark(bool dark);
    QString math() const { return m_math; }
    QString header() const { return m_header; }

    /// Sends a newly rendered fragment to the page, as its top-level blocks.
    /// Only what changed travels: blocks the page has (the same but for
    /// their lines) are named by their index, with their new source
    /// positions when those moved.
    void setBlocks(const HtmlBlocks &blocks, int generation);

    /// Scrolls the page so that @p line of the file (1-based, fractional
    /// within a block) is at its top.
    void scrollToLine(double line);
    /// Scrolls the page as little as it takes to show source line @p line.
    void revealLine(int line);

    /// Called by the page when it is ready: sends the current fragment, if
    /// there is one, whole.
    Q_INVOKABLE void requestBlocks();
    /// Called by the page once the fragment of @p generation is in its DOM;
    /// @p milliseconds is how long patching it in took.
    Q_INVOKABLE void reportUpdated(int generation, double milliseconds);
    /// Called by the page once it has been laid out and drawn with the
    /// fragment of @p generation.
    Q_INVOKABLE void reportShown(int generation, double milliseconds);
    /// Called by the page when the reader scrolled it: @p line of the file
    /// is now at its top.
    Q_INVOKABLE void reportScrolled(double line);
    /// Called by the page when the reader clicked the block that starts on
    /// @p line of the file.
    Q_INVOKABLE void reportClicked(int line);

Q_SIGNALS:
    // Not properties' notify signals: QWebChannel would hold those back to
    // batch property updates, and send the blocks twice.
    /// The whole fragment, as its blocks: the page starts again from it.
    void replaced(const QStringList &blocks, int generation);
    /// The new fragment as a change to the last one: each item is the HTML
    /// of a new block, the index of an unchanged block, or [index, [source
    /// positions]] for an unchanged block whose lines moved.
    void patched(const QVariantList &items, int generation);
    void darkChanged(bool dark);
    void mathChanged(const QString &math);
    void headerChanged(const QString &header);
    /// The page has put the fragment of @p generation into its DOM, in
    /// @p milliseconds...
    void updated(int generation, double milliseconds);
    /// ...and has drawn it (@p milliseconds: the same time to patch it in).
    void shown(int generation, double milliseconds);
    /// Asks the page to show @p line at its top.
    void scrollRequested(double line);
    void revealRequested(int line);
    /// The reader scrolled the page to @p line.
    void scrolled(double line);
    /// The reader clicked the block that starts on @p line.
    void clicked(int line);

private:
    QStringList m_blocks;
    QStringList m_keys; // m_blocks without their source positions
    int m_generation = 0;
    bool m_dark = false;
    QString m_math;
    QString m_header;
};

} // namespace geul
