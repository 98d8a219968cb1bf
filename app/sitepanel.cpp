// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepanel.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QTreeView>
#include <QVBoxLayout>

namespace geul {

void SitePostModel::setIndex(const SiteIndex &index)
{
    beginResetModel();
    m_posts = index.posts();
    endResetModel();
}

int SitePostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int SitePostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SitePostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_posts.size())
        return {};
    const SiteIndex::Post &post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return post.draft ? tr("%1 (draft)").arg(post.title) : post.title;
        case Date:
            // As the post's file name and front matter write it, in every
            // language (a short Korean date has a two-digit year).
            return post.date.isValid() ? post.date.date().toString(Qt::ISODate) : QString();
        case Categories:
            return post.categories.join(QStringLiteral(", "));
        case Tags:
            return post.tags.join(QStringLiteral(", "));
        }
        break;
    case SortRole:
        if (index.column() == Date)
            return post.date;
        return data(index, Qt::DisplayRole);
    case PathRole:
        return post.path;
    case SearchRole:
        return QStringList{post.title, QFileInfo(post.path).fileName(), post.categories.join(u' '),
                           post.tags.join(u' ')}
            .join(u'\n');
    case Qt::ToolTipRole: {
        QString tip = QDir::toNativeSeparators(post.path);
        if (!post.categories.isEmpty())
            tip += u'\n' + tr("Categories: %1").arg(post.categories.join(QStringLiteral(", ")));
        if (!post.tags.isEmpty())
            tip += u'\n' + tr("Tags: %1").arg(post.tags.join(QStringLiteral(", ")));
        if (post.date.isValid())
            tip += u'\n' + QLocale().toString(post.date, QLocale::LongFormat);
        if (!post.problem().isEmpty())
            tip += u'\n' + post.problem();
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == Title && post.status != SiteIndex::Post::Status::Published)
            return QIcon::fromTheme(post.published() ? QStringLiteral("dialog-warning")
                                    : post.draft      ? QStringLiteral("document-edit")
                                                      : QStringLiteral("dialog-error"));
        break;
    case Qt::FontRole:
        if (!post.published()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (!post.published())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    }
    return {};
}

QVariant SitePostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Date:
        return tr("Date");
    case Categories:
        return tr("Categories");
    case Tags:
        return tr("Tags");
    }
    return {};
}

SitePostFilter::SitePostFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Korean, QLocale::SouthKorea))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(SitePostModel::SortRole);
}

void SitePostFilter::setFilterWords(const QString &text)
{
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool SitePostFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SitePostModel::SortRole);
    const QVariant b = right.data(SitePostModel::SortRole);
    if (a.typeId() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    return m_collator.compare(a.toString(), b.toString()) < 0;
}

bool SitePostFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()->index(row, 0, parent).data(SitePostModel::SearchRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

SitePanel::SitePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new SitePostModel(this))
    , m_filter(new SitePostFilter(this))
    , m_filterField(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("sitePanel"));
    m_filter->setSourceModel(m_model);
    m_filterField->setObjectName(QStringLiteral("siteFilter"));
    m_filterField->setPlaceholderText(tr("Filter by title, tag or category"));
    m_filterField->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("sitePosts"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->sortByColumn(SitePostModel::Date, Qt::DescendingOrder);
    // A narrow dock shows title and date; categories and tags are in each
    // post's tooltip and the filter, and the header's menu shows them.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SitePostModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(SitePostModel::Date, QHeaderView::ResizeToContents);
    header->setSectionHidden(SitePostModel::Categories, true);
    header->setSectionHidden(SitePostModel::Tags, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &position) {
        QMenu menu;
        for (const int column : {int(SitePostModel::Categories), int(SitePostModel::Tags)}) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header, [header, column](bool on) {
                header->setSectionHidden(column, !on);
            });
        }
        menu.exec(header->mapToGlobal(position));
    });
    m_summary->setObjectName(QStringLiteral("siteSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filterField);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    connect(m_filterField, &QLineEdit::textChanged, m_filter, &SitePostFilter::setFilterWords);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SitePostModel::PathRole).toString());
    });
}

void SitePanel::setIndex(const SiteIndex &index)
{
    m_model->setIndex(index);
    int drafts = 0;
    int unpublished = 0;
    for (const SiteIndex::Post &post : index.posts()) {
        drafts += post.draft;
        unpublished += !post.published() && !post.draft;
    }
    const int posts = int(index.posts().size()) - drafts;
    m_summary->setText(index.root().isEmpty()
                           ? tr("No site is open.")
                           : tr("%n post(s)", nullptr, posts) + QStringLiteral(" · ") + tr("%n draft(s)", nullptr, drafts)
                                 + (unpublished ? QStringLiteral(" · ")
                                                      + tr("%n not published", nullptr, unpublished)
                                                : QString()));
    setCurrentPath(m_current);
}

void SitePanel::setCurrentPath(const QString &path)
{
    m_current = path;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(SitePostModel::PathRole).toString() == path) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
    m_view->clearSelection();
}

} // namespace geul
