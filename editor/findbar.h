// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textsearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QPlainTextEdit;

namespace geul {

class MarkdownEdit;

/// Find and replace in the editor, under it: case, whole words and
/// regular expressions; every match highlighted, the current one selected;
/// Replace All is one undo step. It never changes the text while an input
/// method is composing. GUI thread only.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    /// The editor it searches (the current tab's); nullptr: none.
    void setEditor(MarkdownEdit *editor);
    /// Shows the bar, with the replace row when @p replace, the selection
    /// (one line of it) as what to find, and the find field focused.
    void start(bool replace);
    void findNext();
    void findPrevious();
    /// Replaces the current match (when it is selected) and finds the next.
    void replace();
    /// Replaces every match as one undo step; returns how many.
    int replaceAll();

    TextSearch search() const;
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QToolButton *caseButton() const { return m_case; }
    QToolButton *wordButton() const { return m_word; }
    QToolButton *regexButton() const { return m_regex; }
    /// "3 of 12", "No matches", or the regular expression's problem.
    QString status() const;
    /// A checkable search option button (`Aa`, `"ab"`, `.*`), as the find
    /// bar and Find in Site show them.
    static QToolButton *optionButton(const QString &text, const QString &tip, QWidget *parent);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void find(bool backward);
    void highlight();
    void select(const TextSearch::Match &match);

    MarkdownEdit *m_editor = nullptr;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_case;
    QToolButton *m_word;
    QToolButton *m_regex;
    QWidget *m_replaceRow;
    QLabel *m_status;
    QMetaObject::Connection m_textChanged;
};

} // namespace geul
