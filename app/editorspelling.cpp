// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorspelling.h"

#include "markdownedit.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QtConcurrent/QtConcurrentRun>

namespace geul {

namespace {

ProseWord::Script scriptOf(const QString &word)
{
    const char16_t c = word.isEmpty() ? 0 : word.front().unicode();
    const bool hangul = (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    return hangul ? ProseWord::Script::Hangul : ProseWord::Script::Latin;
}

} // namespace

EditorSpelling::EditorSpelling(QObject *parent) : QObject(parent), m_checker(std::make_shared<SpellChecker>())
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &EditorSpelling::finished);
    loadLists();
}

EditorSpelling::~EditorSpelling()
{
    // The worker holds its own copies and the checker; wait so that it
    // does not report to a watcher that is gone.
    m_watcher.waitForFinished();
}

void EditorSpelling::setEditor(MarkdownEdit *editor)
{
    if (m_editor == editor)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (m_editor) {
        m_editor->viewport()->removeEventFilter(this);
        m_editor->setMarks(MarkdownEdit::Marks::Spelling, {}); // checked again when shown
    }
    m_editor = editor;
    m_words.clear();
    m_last.reset();
    ++m_edits; // a check in flight was of another text
    if (!editor)
        return;
    // The word being typed is marked once the cursor leaves it; the words
    // that come into view (a scroll, a larger window, a smaller font) are
    // marked as they come.
    m_connections << connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &EditorSpelling::show);
    m_connections << connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &EditorSpelling::show);
    m_connections << connect(editor->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
                             this, &EditorSpelling::show);
    editor->viewport()->installEventFilter(this);
    m_connections << connect(editor->document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed || added)
            ++m_edits;
    });
    // What is remembered of a post goes with its editor (once connected).
    connect(editor, &QObject::destroyed, this, &EditorSpelling::forget, Qt::UniqueConnection);
}

bool EditorSpelling::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_editor && watched == m_editor->viewport())
        QMetaObject::invokeMethod(this, &EditorSpelling::show, Qt::QueuedConnection); // once laid out
    return QObject::eventFilter(watched, event);
}

void EditorSpelling::forget(QObject *editor)
{
    m_memory.remove(editor);
}

void EditorSpelling::setSite(const QString &root)
{
    if (m_site == root)
        return;
    m_site = root;
    loadLists();
    recheck();
}

void EditorSpelling::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        m_waiting.reset();
        clear();
        return;
    }
    recheck();
}

void EditorSpelling::check(const Reading &reading)
{
    if (!m_editor)
        return;
    m_last = Job{m_editor, m_edits, reading};
    if (m_enabled)
        start(*m_last);
}

void EditorSpelling::recheck()
{
    if (m_enabled && m_editor && m_last && m_last->editor == m_editor)
        start(*m_last);
}

void EditorSpelling::start(Job job)
{
    if (m_watcher.isRunning()) {
        m_waiting = std::move(job); // only the newest waits
        return;
    }
    m_running = job;
    SpellChecker::Memory memory = m_memory.value(job.editor.data());
    m_watcher.setFuture(QtConcurrent::run([checker = m_checker, reading = job.reading, memory]() mutable {
        Result result;
        result.found = checker->check(reading, memory);
        result.memory = std::move(memory);
        return result;
    }));
}

void EditorSpelling::finished()
{
    const Result result = m_watcher.result();
    const Job done = m_running;
    m_running = {};
    if (done.editor)
        m_memory.insert(done.editor.data(), result.memory);
    if (m_waiting) {
        Job next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
    if (!m_enabled || done.editor != m_editor || !m_editor)
        return;
    if (!m_problemShown) {
        m_problemShown = true;
        if (const QString missing = m_checker->problem(); !missing.isEmpty())
            Q_EMIT problem(missing);
    }
    // A text the writer has changed since: the words found before move
    // with it until the newer text is checked. (The document's revision
    // cannot tell: undo takes it back.)
    if (done.edits != m_edits)
        return;
    m_words.clear();
    m_words.reserve(result.found.size());
    for (const SpellChecker::Misspelling &m : result.found) {
        QTextCursor word(m_editor->document());
        word.setPosition(int(m.start));
        word.setPosition(int(m.end), QTextCursor::KeepAnchor);
        m_words.append(word);
    }
    show();
    Q_EMIT checked(int(m_words.size()));
}

void EditorSpelling::show()
{
    if (!m_editor)
        return;
    // Only the words on and near the screen are drawn: the editor looks
    // at every mark for every line it paints.
    const QRect view = m_editor->viewport()->rect();
    const int top = m_editor->cursorForPosition(view.topLeft()).position();
    const int bottom = m_editor->cursorForPosition(view.bottomRight()).position();
    const int from = top - (bottom - top) - 1;
    const int to = bottom + (bottom - top) + 1;
    const QTextCursor cursor = m_editor->textCursor();
    QList<QTextCursor> shown;
    // The words stay in the order of the text as they move with it.
    auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), from,
                               [](const QTextCursor &word, int at) { return word.selectionEnd() < at; });
    for (; it != m_words.cend() && it->selectionStart() <= to; ++it) {
        if (!it->hasSelection())
            continue; // deleted
        // Not the word being typed (the cursor right after it).
        if (!cursor.hasSelection() && cursor.position() == it->selectionEnd() && m_editor->hasFocus())
            continue;
        shown.append(*it);
    }
    // Marks already drawn there follow the text: nothing to draw again
    // (typing, most of the time).
    const QList<QTextEdit::ExtraSelection> &drawn = m_editor->marks(MarkdownEdit::Marks::Spelling);
    if (drawn.size() == shown.size()
        && std::equal(drawn.cbegin(), drawn.cend(), shown.cbegin(), [](const QTextEdit::ExtraSelection &mark, const QTextCursor &word) {
               return mark.cursor.selectionStart() == word.selectionStart() && mark.cursor.selectionEnd() == word.selectionEnd();
           }))
        return;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xda, 0x44, 0x53));
    QList<QTextEdit::ExtraSelection> marks;
    marks.reserve(shown.size());
    for (const QTextCursor &word : std::as_const(shown)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = word;
        mark.format = format;
        marks << mark;
    }
    m_editor->setMarks(MarkdownEdit::Marks::Spelling, marks);
}

void EditorSpelling::clear()
{
    m_words.clear();
    if (m_editor)
        m_editor->setMarks(MarkdownEdit::Marks::Spelling, {});
}

void EditorSpelling::loadLists()
{
    m_checker->setWordLists(SpellChecker::readList(SpellChecker::personalListPath()),
                            m_site.isEmpty() ? QStringList() : SpellChecker::readList(SpellChecker::siteListPath(m_site)));
}

QList<SpellChecker::Misspelling> EditorSpelling::misspellings() const
{
    QList<SpellChecker::Misspelling> found;
    for (const QTextCursor &word : m_words) {
        if (!word.hasSelection())
            continue;
        const QString text = word.selectedText().normalized(QString::NormalizationForm_C);
        found.append({word.selectionStart(), word.selectionEnd(), text, scriptOf(text)});
    }
    return found;
}

std::optional<SpellChecker::Misspelling> EditorSpelling::at(int position) const
{
    for (const SpellChecker::Misspelling &m : misspellings()) {
        if (m.start <= position && position <= m.end && m.end > m.start)
            return m;
    }
    return std::nullopt;
}

bool EditorSpelling::addActions(QMenu *menu, int position)
{
    const std::optional<SpellChecker::Misspelling> wrong = at(position);
    if (!wrong)
        return false;
    QAction *first = menu->actions().value(0);
    const auto insert = [menu, first](QAction *action) { menu->insertAction(first, action); };
    const QStringList suggested = m_checker->suggestions(wrong->word, wrong->script);
    if (suggested.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        insert(none);
    }
    for (const QString &word : suggested) {
        auto *action = new QAction(word, menu);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [this, position, word] { replace(position, word); });
        insert(action);
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    insert(separator);
    const QString word = m_checker->dictionaryForm(wrong->word, wrong->script);
    const auto addTo = [&](const QString &text, const QString &name, const QString &list) {
        auto *action = new QAction(text, menu);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, word, list] {
            QString error;
            if (!addToList(list, word, &error))
                Q_EMIT problem(error);
        });
        insert(action);
    };
    if (!m_site.isEmpty()) {
        addTo(tr("Add \"%1\" to Site Dictionary").arg(word), QStringLiteral("addToSiteDictionary"),
              SpellChecker::siteListPath(m_site));
    }
    addTo(tr("Add \"%1\" to Personal Dictionary").arg(word), QStringLiteral("addToPersonalDictionary"),
          SpellChecker::personalListPath());
    auto *ignoreAll = new QAction(tr("Ignore \"%1\"").arg(word), menu);
    ignoreAll->setObjectName(QStringLiteral("ignoreWord"));
    connect(ignoreAll, &QAction::triggered, this, [this, word] { ignore(word); });
    insert(ignoreAll);
    auto *after = new QAction(menu);
    after->setSeparator(true);
    insert(after);
    return true;
}

void EditorSpelling::replace(int position, const QString &word)
{
    const std::optional<SpellChecker::Misspelling> wrong = at(position);
    if (!wrong || !m_editor)
        return;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(wrong->start));
    cursor.setPosition(int(wrong->end), QTextCursor::KeepAnchor);
    cursor.insertText(word); // one undo step
    m_editor->setTextCursor(cursor);
}

bool EditorSpelling::addToList(const QString &list, const QString &word, QString *error)
{
    if (!SpellChecker::addToList(list, word, error))
        return false;
    loadLists();
    recheck();
    return true;
}

void EditorSpelling::ignore(const QString &word)
{
    m_checker->ignore(word);
    recheck();
}

} // namespace geul
