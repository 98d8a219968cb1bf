// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "markdownedit.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>

namespace geul {

namespace {

// Highlighting stops here: a pattern like `e` in a 1 MB post would
// otherwise cost more than the search.
constexpr qsizetype highlightLimit = 5000;

QToolButton *toggle(const QString &text, const QString &tip, const QString &name, QWidget *parent)
{
    QToolButton *button = FindBar::optionButton(text, tip, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

QToolButton *FindBar::optionButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(toggle(QStringLiteral("Aa"), tr("Match case"), QStringLiteral("findCase"), this))
    , m_word(toggle(QStringLiteral("\"ab\""), tr("Whole words"), QStringLiteral("findWord"), this))
    , m_regex(toggle(QStringLiteral(".*"), tr("Regular expression"), QStringLiteral("findRegex"), this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000")));

    auto *previous = new QToolButton(this);
    previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    previous->setText(QStringLiteral("↑"));
    previous->setToolTip(tr("Find previous (Shift+F3)"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(this);
    next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    next->setText(QStringLiteral("↓"));
    next->setToolTip(tr("Find next (F3)"));
    next->setAutoRaise(true);
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    replaceOne->setObjectName(QStringLiteral("replaceOne"));
    auto *replaceEvery = new QPushButton(tr("Replace All"), m_replaceRow);
    replaceEvery->setObjectName(QStringLiteral("replaceAll"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(m_case, 0, 1);
    layout->addWidget(m_word, 0, 2);
    layout->addWidget(m_regex, 0, 3);
    layout->addWidget(previous, 0, 4);
    layout->addWidget(next, 0, 5);
    layout->addWidget(m_status, 0, 6);
    layout->addWidget(close, 0, 7);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    layout->addWidget(m_replaceRow, 1, 0, 1, 8);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::textChanged, this, &FindBar::highlight);
    // Enter finds the next match, Shift+Enter the one before.
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        find(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replace);
    for (QToolButton *button : {m_case, m_word, m_regex})
        connect(button, &QToolButton::toggled, this, &FindBar::highlight);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replace);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    hide();
}

void FindBar::setEditor(MarkdownEdit *editor)
{
    if (m_editor == editor)
        return;
    if (m_editor)
        m_editor->setMarks(MarkdownEdit::Marks::Search, {});
    disconnect(m_textChanged);
    m_editor = editor;
    if (m_editor)
        m_textChanged = connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
            if (isVisible())
                highlight();
        });
    if (isVisible())
        highlight();
}

TextSearch FindBar::search() const
{
    return TextSearch(m_find->text(), {m_case->isChecked(), m_word->isChecked(), m_regex->isChecked()});
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::start(bool replace)
{
    m_replaceRow->setVisible(replace);
    if (m_editor) {
        const QString selected = m_editor->textCursor().selectedText();
        // One line of it: a paragraph separator means a selection across lines.
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    }
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    highlight();
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::find(bool backward)
{
    if (!m_editor)
        return;
    if (!isVisible())
        start(false);
    const TextSearch searching = search();
    const QTextCursor cursor = m_editor->textCursor();
    const qsizetype from = backward ? cursor.selectionStart() : cursor.selectionEnd();
    const QString text = m_editor->text();
    if (const std::optional<TextSearch::Match> match = searching.next(text, from, backward))
        select(*match);
    highlight();
}

void FindBar::select(const TextSearch::Match &match)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.start + match.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

void FindBar::replace()
{
    if (!m_editor || m_editor->isComposing() || m_editor->isReadOnly())
        return;
    const TextSearch searching = search();
    if (!searching.isValid())
        return;
    QTextCursor cursor = m_editor->textCursor();
    const QString text = m_editor->text();
    // The selection is a match: it is replaced; then on to the next.
    if (cursor.hasSelection()) {
        const QList<TextSearch::Match> matches = searching.matches(text);
        for (const TextSearch::Match &match : matches) {
            if (match.start == cursor.selectionStart() && match.start + match.length == cursor.selectionEnd()) {
                cursor.insertText(searching.replacementFor(text, match, m_replace->text()));
                m_editor->setTextCursor(cursor);
                break;
            }
        }
    }
    findNext();
}

int FindBar::replaceAll()
{
    if (!m_editor || m_editor->isComposing() || m_editor->isReadOnly())
        return 0;
    const TextSearch searching = search();
    if (!searching.isValid())
        return 0;
    int count = 0;
    const QString text = m_editor->text();
    const QString replaced = searching.replaceAll(text, m_replace->text(), &count);
    if (count > 0)
        m_editor->replaceText(replaced); // one undo step
    highlight();
    m_status->setText(tr("Replaced %n", nullptr, count));
    return count;
}

void FindBar::highlight()
{
    if (!m_editor)
        return;
    const TextSearch searching = search();
    if (!searching.error().isEmpty()) {
        m_status->setText(tr("Invalid"));
        m_status->setToolTip(searching.error());
        m_editor->setMarks(MarkdownEdit::Marks::Search, {});
        return;
    }
    m_status->setToolTip({});
    if (searching.isEmpty() || !isVisible()) {
        m_status->clear();
        m_editor->setMarks(MarkdownEdit::Marks::Search, {});
        return;
    }
    const QString text = m_editor->text();
    const QList<TextSearch::Match> matches = searching.matches(text);
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    QColor color = palette().color(QPalette::Highlight);
    color.setAlpha(90);
    format.setBackground(color);
    const QTextCursor cursor = m_editor->textCursor();
    int current = 0;
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const TextSearch::Match &match = matches[i];
        if (match.start == cursor.selectionStart() && match.start + match.length == cursor.selectionEnd())
            current = int(i) + 1;
        if (i >= highlightLimit)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(int(match.start));
        selection.cursor.setPosition(int(match.start + match.length), QTextCursor::KeepAnchor);
        selection.format = format;
        selections << selection;
    }
    m_editor->setMarks(MarkdownEdit::Marks::Search, selections);
    if (matches.isEmpty())
        m_status->setText(tr("No matches"));
    else if (current)
        m_status->setText(tr("%1 of %2").arg(current).arg(matches.size()));
    else
        m_status->setText(tr("%n match(es)", nullptr, int(matches.size())));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    if (m_editor)
        m_editor->setMarks(MarkdownEdit::Marks::Search, {});
    QWidget::hideEvent(event);
}

} // namespace geul
