// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yamlvalue.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QToolButton;

namespace geul {

class MarkdownEdit;

/// A collapsible form over the front matter of the post in a MarkdownEdit:
/// fields for the keys Jekyll bloggers use and a table of the other keys.
///
/// The form and the text are one document. A field edit is one undoable
/// edit of the front-matter lines (FrontMatter::setValue), typing in the
/// front matter updates the fields, and while the YAML is invalid the form
/// shows the error and is read-only. The form never writes while the editor
/// has an input-method composition; it waits for the composition to end.
/// GUI thread only.
class FrontMatterForm : public QWidget
{
    Q_OBJECT

public:
    explicit FrontMatterForm(MarkdownEdit *editor, QWidget *parent = nullptr);

    /// Choices offered by the layout field and completions for the list
    /// fields, from the other posts of the site.
    void setCompletions(const QStringList &layouts, const QStringList &tags, const QStringList &categories);

    void setExpanded(bool expanded);
    bool isExpanded() const;

    /// The field widget of @p key (QLineEdit or QComboBox), or null.
    QWidget *field(const QString &key) const;
    /// The table of the keys that have no field of their own.
    QTableWidget *otherKeys() const { return m_table; }
    /// What is wrong with the front matter, or empty.
    QString errorText() const;

    /// Writes @p value (or removes the key, when there is none) as one
    /// undoable edit. Returns false, and shows why, when it is refused.
    /// While the editor is composing, the edit waits for the composition to
    /// end (and true is returned).
    bool writeKey(const QString &key, const std::optional<YamlValue> &value);

    /// Writes what the user typed but has not confirmed yet (no Enter, still
    /// in the field). Call before saving, opening or closing.
    void commitPending();
    /// The editor holds a different post now: drop pending edits and show
    /// the new post's values in every field.
    void documentReplaced();

Q_SIGNALS:
    void expandedChanged(bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class FieldKind { Text, Date, List, Choice, Boolean };

    void addField(const QString &key, const QString &label, FieldKind kind);
    void refresh();
    void scheduleRefresh(int position);
    void commitField(const QString &key);
    void commitTableRow(int row);
    std::optional<YamlValue> fieldValue(const QString &key) const;
    void showMessage(const QString &message);
    /// The header: "Front matter — TITLE".
    void showTitle(const QString &title);
    bool isBeingEdited(QWidget *widget) const;

    MarkdownEdit *m_editor;
    QToolButton *m_header;
    QWidget *m_body;
    QLabel *m_error;
    QTableWidget *m_table;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, FieldKind> m_kinds;
    QStringList m_order;
    QTimer m_refresh;
    /// Where the body starts in the text, as of the last refresh: changes
    /// after it cannot touch the front matter.
    qsizetype m_bodyStart = 0;
    bool m_writing = false;
    bool m_refreshing = false;
    bool m_forceRefresh = false;
    /// Edits waiting for the input method to finish composing, in order.
    QList<QPair<QString, std::optional<YamlValue>>> m_pending;
};

} // namespace geul
