// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatterform.h"

#include "frontmatter.h"
#include "markdownedit.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace geul {

namespace {

// Completes the last item of a comma-separated list.
class ListCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {path.section(u',', -1).trimmed()}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype comma = text.lastIndexOf(u',');
        const QString head = comma < 0 ? QString() : text.left(comma + 1) + u' ';
        return head + index.data().toString();
    }
};

QString listText(const YamlValue &value)
{
    // Jekyll splits a string of tags or categories at white space.
    if (value.kind == YamlValue::Kind::String)
        return value.text.split(u' ', Qt::SkipEmptyParts).join(QStringLiteral(", "));
    if (value.kind == YamlValue::Kind::List) {
        QStringList items;
        for (const YamlValue &item : value.items)
            items << item.toDisplay();
        return items.join(QStringLiteral(", "));
    }
    return value.toDisplay();
}

bool sameValue(const std::optional<YamlValue> &a, const std::optional<YamlEntry> &b)
{
    const bool aEmpty = !a || a->toJson().isNull();
    const bool bEmpty = !b || b->value.toJson().isNull() || b->value.toJson() == QJsonValue(QString());
    if (aEmpty || bEmpty)
        return aEmpty && bEmpty;
    return a->toJson() == b->value.toJson();
}

} // namespace

FrontMatterForm::FrontMatterForm(MarkdownEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_header(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(0, 2, m_body))
{
    m_header->setText(tr("Front matter"));
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    connect(m_header, &QToolButton::toggled, this, &FrontMatterForm::setExpanded);

    m_error->setObjectName(QStringLiteral("frontMatterError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    struct Row
    {
        const char *key;
        const char *label;
        FieldKind kind;
        bool wide;
    };
    const Row rows[] = {
        {"title", QT_TR_NOOP("Title"), FieldKind::Text, true},
        {"subtitle", QT_TR_NOOP("Subtitle"), FieldKind::Text, true},
        {"date", QT_TR_NOOP("Date"), FieldKind::Date, false},
        {"layout", QT_TR_NOOP("Layout"), FieldKind::Choice, false},
        {"categories", QT_TR_NOOP("Categories"), FieldKind::List, false},
        {"tags", QT_TR_NOOP("Tags"), FieldKind::List, false},
        {"author", QT_TR_NOOP("Author"), FieldKind::Text, false},
        {"permalink", QT_TR_NOOP("Permalink"), FieldKind::Text, false},
        {"comments", QT_TR_NOOP("Comments"), FieldKind::Boolean, false},
        {"use_math", QT_TR_NOOP("Math"), FieldKind::Boolean, false},
        {"published", QT_TR_NOOP("Published"), FieldKind::Boolean, false},
        {"excerpt", QT_TR_NOOP("Excerpt"), FieldKind::Text, true},
        {"typora-root-url", QT_TR_NOOP("Image root"), FieldKind::Text, false},
        {"typora-copy-images-to", QT_TR_NOOP("Copy images to"), FieldKind::Text, false},
    };
    int row = 0;
    int column = 0;
    for (const Row &r : rows) {
        const QString key = QLatin1String(r.key);
        addField(key, tr(r.label), r.kind);
        auto *label = new QLabel(tr(r.label), m_body);
        label->setBuddy(m_fields.value(key));
        label->setToolTip(key);
        m_fields.value(key)->setToolTip(key);
        if (r.wide && column != 0) {
            ++row;
            column = 0;
        }
        grid->addWidget(label, row, column);
        grid->addWidget(m_fields.value(key), row, column + 1, 1, r.wide ? 3 : 1);
        column += r.wide ? 4 : 2;
        if (column >= 4) {
            ++row;
            column = 0;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_table->setObjectName(QStringLiteral("otherKeys"));
    m_table->setHorizontalHeaderLabels({tr("Other key"), tr("Value (YAML)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_refreshing)
            commitTableRow(item->row());
    });

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(8, 0, 8, 6);
    bodyLayout->addLayout(grid);
    bodyLayout->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_body);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(80);
    connect(&m_refresh, &QTimer::timeout, this, &FrontMatterForm::refresh);
    connect(m_editor->document(), &QTextDocument::contentsChange, this,
            [this](int position, int, int) { scheduleRefresh(position); });
    connect(m_editor, &MarkdownEdit::compositionEnded, this, [this] {
        for (const auto &[key, value] : std::exchange(m_pending, {}))
            writeKey(key, value);
    });
    refresh();
}

void FrontMatterForm::showTitle(const QString &title)
{
    // && shows one &: a button's text is read for a mnemonic.
    m_header->setText(title.isEmpty() ? tr("Front matter")
                                      : tr("Front matter — %1").arg(QString(title).replace(u'&', QStringLiteral("&&"))));
}

void FrontMatterForm::addField(const QString &key, const QString &label, FieldKind kind)
{
    QWidget *widget = nullptr;
    switch (kind) {
    case FieldKind::Boolean: {
        auto *combo = new QComboBox(m_body);
        combo->addItem(tr("not set"), -1);
        combo->addItem(tr("yes"), 1);
        combo->addItem(tr("no"), 0);
        connect(combo, &QComboBox::activated, this, [this, key] { commitField(key); });
        widget = combo;
        break;
    }
    case FieldKind::Choice: {
        auto *combo = new QComboBox(m_body);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        connect(combo, &QComboBox::activated, this, [this, key] { commitField(key); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, key] { commitField(key); });
        widget = combo;
        break;
    }
    default: {
        auto *edit = new QLineEdit(m_body);
        edit->setClearButtonEnabled(true);
        if (kind == FieldKind::Date)
            edit->setPlaceholderText(tr("YYYY-MM-DD HH:MM:SS +0900"));
        if (kind == FieldKind::List) {
            edit->setPlaceholderText(tr("comma-separated"));
            auto *completer = new ListCompleter(new QStringListModel(edit), edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchStartsWith);
            edit->setCompleter(completer);
        }
        connect(edit, &QLineEdit::editingFinished, this, [this, key] { commitField(key); });
        // The header follows the title as it is typed: each committed
        // syllable, not the one being composed (the text gets it when the
        // field is left or Enter is pressed).
        if (key == u"title")
            connect(edit, &QLineEdit::textEdited, this, &FrontMatterForm::showTitle);
        widget = edit;
    }
    }
    if (qobject_cast<QComboBox *>(widget)) {
        // Scrolling the form must not change the post.
        widget->setFocusPolicy(Qt::StrongFocus);
        widget->installEventFilter(this);
    }
    widget->setObjectName(key);
    widget->setAccessibleName(label);
    m_fields.insert(key, widget);
    m_kinds.insert(key, kind);
    m_order << key;
}

bool FrontMatterForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && !widget->hasFocus()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FrontMatterForm::setCompletions(const QStringList &layouts, const QStringList &tags, const QStringList &categories)
{
    auto *layout = qobject_cast<QComboBox *>(m_fields.value(QStringLiteral("layout")));
    if (!isBeingEdited(layout)) {
        const QString current = layout->currentText();
        const QSignalBlocker blocker(layout);
        layout->clear();
        layout->addItems(layouts);
        layout->setEditText(current);
    }
    for (const auto &[key, words] :
         {std::pair{QStringLiteral("tags"), tags}, {QStringLiteral("categories"), categories}}) {
        auto *edit = qobject_cast<QLineEdit *>(m_fields.value(key));
        if (auto *model = qobject_cast<QStringListModel *>(edit->completer()->model()))
            model->setStringList(words);
    }
}

void FrontMatterForm::setExpanded(bool expanded)
{
    if (m_header->isChecked() != expanded)
        m_header->setChecked(expanded); // comes back here through toggled
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_body->isVisibleTo(this) == expanded)
        return;
    m_body->setVisible(expanded);
    Q_EMIT expandedChanged(expanded);
}

bool FrontMatterForm::isExpanded() const
{
    return m_header->isChecked();
}

QWidget *FrontMatterForm::field(const QString &key) const
{
    return m_fields.value(key);
}

QString FrontMatterForm::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void FrontMatterForm::showMessage(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FrontMatterForm::scheduleRefresh(int position)
{
    // Typing in the body cannot change the front matter: skip the work.
    if (position > m_bodyStart)
        return;
    m_refresh.start();
}

void FrontMatterForm::refresh()
{
    m_refreshing = true;
    const QString text = m_editor->text();
    const FrontMatter fm = FrontMatter::read(text);
    // Without a block, any edit near the top may create one.
    m_bodyStart = fm.present() ? fm.location().bodyStart : text.size();

    QString problem;
    if (fm.location().unterminated)
        problem = tr("Line 1: the front matter has no closing '---' line. Edit the text to fix it.");
    else if (fm.error())
        problem = tr("Line %1, column %2: %3. Edit the text to fix it; until then the form is read-only.")
                      .arg(fm.error()->line)
                      .arg(fm.error()->column)
                      .arg(fm.error()->message);
    else if (fm.ignored())
        problem = tr("Line %1, column %2: %3. Until the text is fixed, the form shows what Jekyll reads, "
                     "read-only.")
                      .arg(fm.ignored()->line)
                      .arg(fm.ignored()->column)
                      .arg(fm.ignored()->message);
    showMessage(problem);
    m_body->setEnabled(problem.isEmpty());
    showTitle(fm.entry(QStringLiteral("title")) ? fm.entry(QStringLiteral("title"))->value.toDisplay() : QString());
    if (!problem.isEmpty() && !fm.ignored()) {
        m_refreshing = false;
        return; // keep showing the last good values, read-only
    }

    for (const QString &key : std::as_const(m_order)) {
        QWidget *widget = m_fields.value(key);
        if (!m_forceRefresh && isBeingEdited(widget))
            continue; // never overwrite what the user is typing
        const std::optional<YamlEntry> entry = fm.entry(key);
        switch (m_kinds.value(key)) {
        case FieldKind::Boolean: {
            auto *combo = static_cast<QComboBox *>(widget);
            const int state = entry && entry->value.kind == YamlValue::Kind::Bool ? int(entry->value.boolean) : -1;
            combo->setCurrentIndex(combo->findData(state));
            break;
        }
        case FieldKind::Choice:
            static_cast<QComboBox *>(widget)->setEditText(entry ? entry->value.toDisplay() : QString());
            break;
        case FieldKind::List:
            static_cast<QLineEdit *>(widget)->setText(entry ? listText(entry->value) : QString());
            break;
        default: {
            // A nested value in a one-line field is shown, not edited.
            auto *edit = static_cast<QLineEdit *>(widget);
            const bool nested = entry && !entry->value.isScalar();
            edit->setReadOnly(nested);
            edit->setToolTip(nested ? tr("%1: nested values are edited in the text").arg(key) : key);
            edit->setText(entry ? entry->value.toDisplay() : QString());
        }
        }
    }

    // While a cell editor is open (it is a child of the table's viewport),
    // rebuilding the table would throw away what is being typed.
    QWidget *focus = QApplication::focusWidget();
    if (m_forceRefresh || !(focus && focus != m_table && m_table->isAncestorOf(focus))) {
        m_table->setRowCount(0);
        for (const YamlEntry &entry : fm.entries()) {
            if (m_fields.contains(entry.key))
                continue;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *key = new QTableWidgetItem(entry.key);
            key->setFlags(key->flags() & ~Qt::ItemIsEditable);
            auto *value = new QTableWidgetItem(FrontMatter::render(entry.value, &entry.value).trimmed());
            if (entry.value.kind == YamlValue::Kind::List && !entry.value.flow) {
                YamlValue flow = entry.value;
                flow.flow = true;
                value->setText(FrontMatter::render(flow));
            }
            if (entry.value.kind == YamlValue::Kind::Map) {
                value->setFlags(value->flags() & ~Qt::ItemIsEditable);
                value->setToolTip(tr("Nested keys are edited in the text."));
            }
            m_table->setItem(row, 0, key);
            m_table->setItem(row, 1, value);
        }
        // The last row adds a key.
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *newKey = new QTableWidgetItem;
        newKey->setToolTip(tr("Type a new key here, then its value."));
        m_table->setItem(row, 0, newKey);
        m_table->setItem(row, 1, new QTableWidgetItem);
        // As tall as its rows, up to four; then it scrolls.
        const int rows = std::min(m_table->rowCount(), 4);
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                                + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    }
    m_refreshing = false;
    m_forceRefresh = false;
}

bool FrontMatterForm::isBeingEdited(QWidget *widget) const
{
    const QLineEdit *edit = qobject_cast<QLineEdit *>(widget);
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        edit = combo->lineEdit();
    // Typed into and not yet committed: committing (Enter, leaving the
    // field, commitPending()) clears the flag.
    return edit && edit->isModified();
}

void FrontMatterForm::documentReplaced()
{
    // A different post: nothing typed into the old one's fields may reach it.
    m_pending.clear();
    // The refresh rebuilds the table: an open cell editor goes with it,
    // uncommitted (commits are ignored while refreshing).
    m_forceRefresh = true;
    showMessage(QString());
    refresh();
}

void FrontMatterForm::commitPending()
{
    // Ends an entry the user has not finished (pressed Enter or left the
    // field): saving, opening or closing must not lose it.
    for (const QString &key : std::as_const(m_order)) {
        if (isBeingEdited(m_fields.value(key)))
            commitField(key);
    }
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != m_table && m_table->isAncestorOf(focus))
        m_table->setFocus(); // closes the cell editor, which commits it
    if (!m_editor->isComposing()) {
        for (const auto &[key, value] : std::exchange(m_pending, {}))
            writeKey(key, value);
    }
}

std::optional<YamlValue> FrontMatterForm::fieldValue(const QString &key) const
{
    QWidget *widget = m_fields.value(key);
    const FieldKind kind = m_kinds.value(key);
    YamlValue value;
    switch (kind) {
    case FieldKind::Boolean: {
        const int state = static_cast<QComboBox *>(widget)->currentData().toInt();
        if (state < 0)
            return std::nullopt;
        value.kind = YamlValue::Kind::Bool;
        value.boolean = state == 1;
        value.text = value.boolean ? QStringLiteral("true") : QStringLiteral("false");
        return value;
    }
    case FieldKind::List: {
        const QStringList items = static_cast<QLineEdit *>(widget)->text().split(u',', Qt::SkipEmptyParts);
        value.kind = YamlValue::Kind::List;
        value.flow = true;
        for (const QString &item : items) {
            if (item.trimmed().isEmpty())
                continue;
            YamlValue word;
            word.text = item.trimmed();
            // Numbers stay numbers (tags: [2022]); everything else is text.
            const YamlValue::Kind kind = YamlValue::plainScalarKind(word.text);
            word.kind
                = kind == YamlValue::Kind::Integer || kind == YamlValue::Kind::Float ? kind : YamlValue::Kind::String;
            value.items << word;
        }
        if (value.items.isEmpty())
            return std::nullopt;
        return value;
    }
    default: {
        const QString text = kind == FieldKind::Choice ? static_cast<QComboBox *>(widget)->currentText()
                                                       : static_cast<QLineEdit *>(widget)->text();
        if (text.trimmed().isEmpty())
            return std::nullopt;
        value.text = text.trimmed();
        // A date field keeps a date a date; everything else is text.
        value.kind = kind == FieldKind::Date && YamlValue::plainScalarKind(value.text) == YamlValue::Kind::Date
                         ? YamlValue::Kind::Date
                         : YamlValue::Kind::String;
        return value;
    }
    }
}

void FrontMatterForm::commitField(const QString &key)
{
    if (m_refreshing || !m_body->isEnabled())
        return;
    if (auto *edit = qobject_cast<QLineEdit *>(m_fields.value(key)); edit && edit->isReadOnly())
        return;
    const std::optional<YamlValue> value = fieldValue(key);
    QWidget *widget = m_fields.value(key);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setModified(false);
    else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        combo->lineEdit()->setModified(false);
    const FrontMatter fm = FrontMatter::read(m_editor->text());
    if (sameValue(value, fm.entry(key)))
        return;
    writeKey(key, value);
}

void FrontMatterForm::commitTableRow(int row)
{
    const QTableWidgetItem *keyItem = m_table->item(row, 0);
    const QTableWidgetItem *valueItem = m_table->item(row, 1);
    if (!keyItem || !valueItem)
        return;
    const QString key = keyItem->text().trimmed();
    if (key.isEmpty())
        return;
    const bool isNew = row == m_table->rowCount() - 1;
    const QString text = valueItem->text();
    const FrontMatter fm = FrontMatter::read(m_editor->text());
    if (isNew) {
        // The new row adds a key once it has a value; it never replaces a
        // key that is already there (that one has its own row or field).
        if (text.trimmed().isEmpty())
            return;
        if (fm.entry(key)) {
            showMessage(tr("%1: the key is there already; change it in its own row or field").arg(key));
            return;
        }
    } else if (text.trimmed().isEmpty()) {
        writeKey(key, std::nullopt);
        return;
    }
    QString why;
    const std::optional<YamlValue> value = FrontMatter::valueFromText(text, &why);
    if (!value) {
        showMessage(tr("%1: the value is not YAML: %2").arg(key, why));
        return;
    }
    if (!sameValue(value, fm.entry(key)))
        writeKey(key, value);
}

bool FrontMatterForm::writeKey(const QString &key, const std::optional<YamlValue> &value)
{
    if (m_editor->isComposing()) {
        // Changing the document now would break the syllable being typed;
        // the edit waits (the newest per key) until the composition ends.
        m_pending.removeIf([&](const auto &edit) { return edit.first == key; });
        m_pending.append({key, value});
        return true;
    }
    const QString old = m_editor->text();
    const FrontMatter::Edit edit = value ? FrontMatter::setValue(old, key, *value) : FrontMatter::removeKey(old, key);
    if (!edit.text) {
        showMessage(tr("%1: %2").arg(key, edit.refusal));
        return false;
    }
    const QString &now = *edit.text;
    if (now == old)
        return true;

    m_editor->replaceText(now);
    showMessage(QString());
    return true;
}

} // namespace geul
