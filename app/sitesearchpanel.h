// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textsearch.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeWidget;

namespace geul {

/// Find in Site: every post and draft of the open site searched off the
/// GUI thread (an open post's text as it is in its tab, saved or not),
/// results by post, each line with its match. Activating a result asks to
/// open the post at that line. GUI thread only.
class SiteSearchPanel : public QWidget
{
    Q_OBJECT

public:
    struct Hit
    {
        QString path;
        QString title;
        int line = 0; ///< 1-based
        int column = 0; ///< 1-based
        QString lineText;
    };

    explicit SiteSearchPanel(QWidget *parent = nullptr);
    ~SiteSearchPanel() override;

    /// The posts to search: path => title.
    void setPosts(const QList<std::pair<QString, QString>> &posts);
    /// Texts of open posts that differ from their files: path => text.
    void setOpenTexts(const QHash<QString, QString> &texts) { m_openTexts = texts; }
    /// Focuses the field, with @p text (the editor's selection) when given.
    void start(const QString &text);
    /// Searches now.
    void run();

    QLineEdit *field() const { return m_field; }
    QTreeWidget *results() const { return m_results; }
    /// Every match of @p search in the files @p posts (path, title).
    static QList<Hit> searchPosts(const TextSearch &search, const QList<std::pair<QString, QString>> &posts,
                                  const QHash<QString, QString> &openTexts);

Q_SIGNALS:
    void openRequested(const QString &path, int line, int column);
    /// A search finished.
    void finished(int hits);

private:
    void show(const QList<Hit> &hits);

    QLineEdit *m_field;
    QToolButton *m_case;
    QToolButton *m_word;
    QToolButton *m_regex;
    QTreeWidget *m_results;
    QLabel *m_status;
    QList<std::pair<QString, QString>> m_posts;
    QHash<QString, QString> m_openTexts;
    QFutureWatcher<QList<Hit>> *m_running = nullptr;
    int m_generation = 0;
};

} // namespace geul
