// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteindex.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QSortFilterProxyModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace geul {

/// The posts and drafts of a SiteIndex as a table: title, date,
/// categories, tags. A post Jekyll will not publish is grey and italic,
/// with a warning icon and why in its tooltip. GUI thread only.
class SitePostModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Date, Categories, Tags, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SortRole, SearchRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setIndex(const SiteIndex &index);
    const SiteIndex::Post &post(int row) const { return m_posts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SiteIndex::Post> m_posts;
};

/// Sorts titles, categories and tags as Korean readers expect (QCollator
/// in the ko locale, numbers by value) and keeps the rows whose title,
/// file name, categories or tags contain every word of the filter.
class SitePostFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SitePostFilter(QObject *parent = nullptr);
    void setFilterWords(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QCollator m_collator;
    QStringList m_words;
};

/// The Site dock: a filter field over the site's posts. Activating a post
/// (double-click or Enter) asks to open it.
class SitePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SitePanel(QWidget *parent = nullptr);

    void setIndex(const SiteIndex &index);
    /// Marks the post at @p path as the one being edited.
    void setCurrentPath(const QString &path);
    SitePostModel *model() const { return m_model; }
    SitePostFilter *filter() const { return m_filter; }
    QLineEdit *filterField() const { return m_filterField; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    SitePostModel *m_model;
    SitePostFilter *m_filter;
    QLineEdit *m_filterField;
    QTreeView *m_view;
    QLabel *m_summary;
    QString m_current;
};

} // namespace geul
