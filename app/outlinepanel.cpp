// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinepanel.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace geul {

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("outlinePanel"));
    m_tree->setObjectName(QStringLiteral("outline"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree);
    const auto go = [this](QTreeWidgetItem *item) {
        if (item && !m_selecting)
            Q_EMIT lineRequested(item->data(0, Qt::UserRole).toInt());
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, go);
    connect(m_tree, &QTreeWidget::itemClicked, this, go);
}

void OutlinePanel::setHeadings(const QList<Reading::Heading> &headings)
{
    // Unchanged headings (most keystrokes): nothing to redo, and the
    // writer's expanded and collapsed branches stay.
    bool same = headings.size() == m_items.size();
    for (qsizetype i = 0; same && i < headings.size(); ++i) {
        same = m_items[i].first == headings[i].line
               && m_items[i].second->text(0) == headings[i].text
               && m_items[i].second->data(0, Qt::UserRole + 1).toInt() == headings[i].level;
    }
    if (same)
        return;
    const QScopedValueRollback guard(m_selecting, true);
    m_tree->clear();
    m_items.clear();
    QList<std::pair<int, QTreeWidgetItem *>> parents; // level => item
    for (const Reading::Heading &heading : headings) {
        while (!parents.isEmpty() && parents.last().first >= heading.level)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(parents.last().second);
        item->setText(0, heading.text);
        item->setToolTip(0, tr("Line %1 · #%2").arg(heading.line).arg(heading.id));
        item->setData(0, Qt::UserRole, heading.line);
        item->setData(0, Qt::UserRole + 1, heading.level);
        parents.append({heading.level, item});
        m_items.append({heading.line, item});
    }
    m_tree->expandAll();
}

void OutlinePanel::setCurrentLine(int line)
{
    QTreeWidgetItem *current = nullptr;
    for (const auto &[start, item] : std::as_const(m_items)) {
        if (start > line)
            break;
        current = item;
    }
    const QScopedValueRollback guard(m_selecting, true);
    if (current)
        m_tree->setCurrentItem(current);
    else
        m_tree->clearSelection();
}

} // namespace geul
