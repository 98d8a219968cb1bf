// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace geul {

/// The Outline dock: the body's headings, nested by level, each with the
/// id the blog gives it. Activating one asks to go to its line; the heading
/// the cursor is under is selected. GUI thread only.
class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(QWidget *parent = nullptr);

    void setHeadings(const QList<Reading::Heading> &headings);
    /// Selects the last heading at or before @p line (1-based).
    void setCurrentLine(int line);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void lineRequested(int line);

private:
    QTreeWidget *m_tree;
    QList<std::pair<int, QTreeWidgetItem *>> m_items; // line => item, in order
    bool m_selecting = false;
};

} // namespace geul
