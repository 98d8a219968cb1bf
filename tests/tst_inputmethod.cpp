// SPDX-License-Identifier: GPL-3.0-or-later
// Hangul typed through a real input method: fcitx5 with fcitx5-hangul,
// started on a D-Bus session of the test's own, Geul's window in this
// process with QT_IM_MODULE=fcitx, and Dubeolsik keys sent through XTEST
// (xdotool) as a keyboard would. Each case asserts the text, the cursor
// and the undo history after the composition meets something that could
// break it: a save, a click, a shortcut, the form, a lost focus, a render,
// the journal, a reload. Without fcitx5, dbus or xdotool the test fails
// and says what is missing.
#include "editorspelling.h"
#include "frontmatterform.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "testsupport.h"

#include <QApplication>
#include <QInputMethod>
#include <functional>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <unistd.h>

using namespace geul;
using geul::test::readAll;

namespace {

// Keys between which fcitx5 gets its time; a plain QPlainTextEdit also
// misplaces spaces with none. Results are awaited (QTRY_*), not timed: the
// input method answers over D-Bus, later on a loaded machine.
constexpr int keyDelayMs = 25;

// Runs xdotool with the event loop turning, so that the input method's
// answers (over D-Bus) reach the editor as the keys arrive.
bool xdotool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForStarted())
        return false;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000)) {
        process.kill();
        return false;
    }
    if (process.exitCode() != 0)
        qWarning("xdotool %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Types Latin keys (Dubeolsik positions), one by one.
bool keys(const QString &text)
{
    const bool ok = xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QString::number(keyDelayMs), text});
    QTest::qWait(150); // the last answer of the input method
    return ok;
}

bool key(const QString &combination)
{
    const bool ok = xdotool({QStringLiteral("key"), QStringLiteral("--delay"), QString::number(keyDelayMs), combination});
    QTest::qWait(150);
    return ok;
}

// Clicks at @p position of @p widget with the real pointer.
bool click(QWidget *widget, QPoint position)
{
    const QPoint global = widget->mapToGlobal(position);
    const bool ok = xdotool({QStringLiteral("mousemove"), QString::number(global.x()), QString::number(global.y()),
                             QStringLiteral("click"), QStringLiteral("1")});
    QTest::qWait(150);
    return ok;
}

bool focusWindow(QWidget *window)
{
    window->activateWindow();
    return xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(window->winId())})
           && QTest::qWaitForWindowActive(window);
}

// Waits until fcitx5 composes for @p widget: its input context is made
// over D-Bus after the window gets the focus, and keys before that pass
// through as Latin letters. A probe key (ㄱ) is typed and taken back.
bool waitForInputMethod(QWidget *widget, const std::function<bool()> &composing)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (!keys(QStringLiteral("r")))
            return false;
        const bool ready = composing();
        if (!key(QStringLiteral("BackSpace")))
            return false;
        if (ready)
            return true;
        QTest::qWait(100);
    }
    qWarning("fcitx5 never composed in %s", widget->metaObject()->className());
    return false;
}

// What the writer sees: the text with the syllable being composed (the
// input method's pre-edit, not yet in the document) where it stands.
QString visible(const QPlainTextEdit *editor)
{
    QString text = editor->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
    for (QTextBlock block = editor->document()->lastBlock(); block.isValid(); block = block.previous()) {
        const QString preedit = block.layout()->preeditAreaText();
        if (!preedit.isEmpty())
            text.insert(block.position() + block.layout()->preeditAreaPosition(), preedit);
    }
    return text;
}

// The body of the text the writer sees (after the front matter).
QString bodyOf(const QPlainTextEdit *editor)
{
    return visible(editor).section(QStringLiteral("---\n"), 2);
}

// Undoes every step and redoes them; true when both ends are what they
// should be (the undo history holds the typing whole).
bool undoRedoRoundTrip(MarkdownEdit *editor, const QString &before, const QString &after)
{
    while (editor->document()->isUndoAvailable())
        editor->undo();
    if (editor->text() != before) {
        qWarning("undone: %s", qPrintable(editor->text()));
        return false;
    }
    while (editor->document()->isRedoAvailable())
        editor->redo();
    if (editor->text() != after) {
        qWarning("redone: %s", qPrintable(editor->text()));
        return false;
    }
    return true;
}

const QByteArray original = "---\ntitle: 제목\n---\n\n";

} // namespace

class TestInputMethod : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_post;
    std::unique_ptr<MainWindow> m_window;

    MarkdownEdit *editor() const { return m_window->editor(); }

    // Clicks the end of the form's Title field with the real pointer and
    // waits until the input method composes there.
    bool clickTitle(QLineEdit **field)
    {
        auto *title = qobject_cast<QLineEdit *>(m_window->frontMatterForm()->field(QStringLiteral("title")));
        if (!title)
            return false;
        // On a loaded machine a click may come before the window takes it.
        bool focused = false;
        for (int attempt = 0; attempt < 3 && !focused; ++attempt) {
            if (!click(title, QPoint(title->width() - 40, title->height() / 2)))
                return false;
            focused = QTest::qWaitFor([title] { return title->hasFocus(); }, 5000);
        }
        if (!focused) {
            qWarning("the Title field did not take the focus");
            return false;
        }
        title->end(false);
        *field = title;
        // Ready when a probe ㄱ is composed rather than typed as `r`.
        return waitForInputMethod(title, [title] { return !title->text().endsWith(u'r'); });
    }

    // A fresh window on a fresh post, the editor focused, the cursor at
    // the end of @p body.
    // Commits what the input method is composing, as a click elsewhere
    // would, and waits until it is in the text.
    bool commitComposition()
    {
        QGuiApplication::inputMethod()->commit();
        return QTest::qWaitFor([this] { return !editor()->isComposing(); }, 5000);
    }

    void start(const QByteArray &body = {})
    {
        m_window.reset();
        QVERIFY(test::writeAll(m_post, original + body));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->move(0, 0);
        QString error;
        QVERIFY2(m_window->openFile(m_post, &error), qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(focusWindow(m_window.get()));
        editor()->setFocus(Qt::OtherFocusReason);
        editor()->moveCursor(QTextCursor::End);
        QTRY_VERIFY(editor()->hasFocus());
        const QString before = editor()->text();
        QVERIFY(waitForInputMethod(editor(), [this] { return editor()->isComposing(); }));
        QCOMPARE(editor()->text(), before);
        // The probe leaves nothing behind: no undo step, no unsaved mark
        // (the text is the file's).
        editor()->document()->clearUndoRedoStacks();
        editor()->document()->setModified(false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(test::writeAll(m_dir.filePath(QStringLiteral("_config.yml")), "title: x\n"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("_posts")));
        m_post = m_dir.filePath(QStringLiteral("_posts/2024-01-01-ime.md"));
        QVERIFY2(qgetenv("QT_IM_MODULE") == "fcitx", "main() starts fcitx5 and sets QT_IM_MODULE=fcitx first");
    }

    void cleanup() { m_window.reset(); }

    void plainTyping()
    {
        start();
        QVERIFY(keys(QStringLiteral("gksrmf")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n한글"), 5000);
        QVERIFY(keys(QStringLiteral(" dkssudgktpdy")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n한글 안녕하세요"), 5000);
        // A space commits the last syllable; the cursor is after it, and the
        // undo history holds the typing whole.
        QVERIFY(keys(QStringLiteral(" ")));
        QTRY_COMPARE_WITH_TIMEOUT(editor()->text(), QString::fromUtf8(original) + QStringLiteral("한글 안녕하세요 "), 5000);
        QCOMPARE(editor()->textCursor().position(), editor()->text().size());
        QVERIFY(undoRedoRoundTrip(editor(), QString::fromUtf8(original),
                                  QString::fromUtf8(original) + QStringLiteral("한글 안녕하세요 ")));
    }

    // `한글 입력`: the space stays between the words, typed at once.
    void spaceBetweenWords()
    {
        start();
        QVERIFY(keys(QStringLiteral("gksrmf dlqfur")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n한글 입력"), 5000);
        QVERIFY(keys(QStringLiteral(" ")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n한글 입력 "), 5000);
        QCOMPARE(editor()->textCursor().position(), editor()->text().size());
        QVERIFY(undoRedoRoundTrip(editor(), QString::fromUtf8(original), QString::fromUtf8(original) + QStringLiteral("한글 입력 ")));
    }

    // Ctrl+S with 글 still being composed: it is in the saved file.
    void saveWhileComposing()
    {
        start();
        QVERIFY(keys(QStringLiteral("gksrmf")));
        QVERIFY(key(QStringLiteral("ctrl+s")));
        QTRY_COMPARE(QString::fromUtf8(readAll(m_post)), QString::fromUtf8(original) + QStringLiteral("한글"));
        QVERIFY(!editor()->document()->isModified());
        QCOMPARE(editor()->text(), QString::fromUtf8(readAll(m_post)));
        // Saving changes neither the cursor nor the undo history.
        QCOMPARE(editor()->textCursor().position(), editor()->text().size());
        QVERIFY(undoRedoRoundTrip(editor(), QString::fromUtf8(original), QString::fromUtf8(original) + QStringLiteral("한글")));
    }

    // A click elsewhere in the middle of a syllable: it stays where it was
    // typed, and the cursor goes where the click was.
    void clickWhileComposing()
    {
        start("가나다\n\n라마\n");
        editor()->moveCursor(QTextCursor::End);
        QVERIFY(keys(QStringLiteral("gks")));
        const QTextBlock first = editor()->document()->findBlockByNumber(4); // 가나다
        QCOMPARE(first.text(), QStringLiteral("가나다"));
        QTextCursor at(first);
        at.setPosition(first.position() + 1);
        QVERIFY(click(editor()->viewport(), editor()->cursorRect(at).center() + QPoint(1, 0)));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n가나다\n\n라마\n한"), 5000);
        // On a loaded machine the press may reach the editor after the
        // input method's commit: awaited, not assumed.
        QTRY_COMPARE_WITH_TIMEOUT(editor()->textCursor().position(), first.position() + 1, 5000);
        // Typing goes on at the click.
        QVERIFY(keys(QStringLiteral("ek")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n가다나다\n\n라마\n한"), 5000);
        QVERIFY(commitComposition());
        const QString start = QString::fromUtf8(original) + QStringLiteral("가나다\n\n라마\n");
        QVERIFY(undoRedoRoundTrip(editor(), start, QString::fromUtf8(original) + QStringLiteral("가다나다\n\n라마\n한")));
    }

    // Ctrl+B in the middle of a syllable: the syllable first, then the marks.
    void shortcutWhileComposing()
    {
        start();
        QVERIFY(keys(QStringLiteral("rnfrrp ")));
        QVERIFY(key(QStringLiteral("BackSpace")));
        QVERIFY(key(QStringLiteral("shift+Home")));
        QTRY_COMPARE_WITH_TIMEOUT(editor()->textCursor().selectedText(), QStringLiteral("굵게"), 5000);
        QVERIFY(key(QStringLiteral("End")));
        QVERIFY(keys(QStringLiteral("gks")));
        QVERIFY(key(QStringLiteral("ctrl+b")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n굵게한****"), 5000);
        QCOMPARE(editor()->textCursor().position(), editor()->text().size() - 2);
        QVERIFY(keys(QStringLiteral("rmf")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n굵게한**글**"), 5000);
        QVERIFY(commitComposition());
        QCOMPARE(editor()->textCursor().position(), editor()->text().size() - 2);
        QVERIFY(undoRedoRoundTrip(editor(), QString::fromUtf8(original), QString::fromUtf8(original) + QStringLiteral("굵게한**글**")));
    }

    // Typing in the body, then clicking the form's Title field and typing
    // there: each text gets its own syllables, and the header follows the
    // title as soon as a syllable is committed.
    void bodyThenTitleField()
    {
        start();
        QVERIFY(keys(QStringLiteral("qhsans")));
        QLineEdit *title = nullptr;
        QVERIFY(clickTitle(&title));
        // 색, then ㅇ: 색 is committed, ㅇ is being composed.
        QVERIFY(keys(QStringLiteral(" tord")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n본문"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("제목 색"), 5000);
        // The header follows each committed syllable; the text waits for
        // the field to be finished.
        auto *header = m_window->frontMatterForm()->findChild<QToolButton *>();
        QVERIFY2(header->text().endsWith(QStringLiteral("제목 색")), qPrintable(header->text()));
        QVERIFY(editor()->text().startsWith(QStringLiteral("---\ntitle: 제목\n---\n")));
        QVERIFY(key(QStringLiteral("BackSpace")));
        // Enter writes the key.
        QVERIFY(key(QStringLiteral("Return")));
        QTRY_VERIFY(editor()->text().startsWith(QStringLiteral("---\ntitle: 제목 색\n---\n")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n본문"), 5000);
    }

    // Another program changes the post while a title is being typed in the
    // form: the text is reloaded, and the field keeps what is being typed.
    void reloadWhileTypingTheTitle()
    {
        start();
        QLineEdit *title = nullptr;
        QVERIFY(clickTitle(&title));
        QVERIFY(keys(QStringLiteral(" tor")));
        QVERIFY(test::writeAll(m_post, original + "다른 프로그램이 쓴 줄\n"));
        QTRY_VERIFY_WITH_TIMEOUT(editor()->text().contains(QStringLiteral("다른 프로그램이 쓴 줄")), 5000);
        // ㅏ after 색: 새 is committed, 가 composed; Enter commits it.
        QVERIFY(keys(QStringLiteral("k")));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("제목 새"), 5000);
        QVERIFY(key(QStringLiteral("Return")));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("제목 새가"), 5000);
        QTRY_COMPARE(editor()->text(), QStringLiteral("---\ntitle: 제목 새가\n---\n\n다른 프로그램이 쓴 줄\n"));
    }

    // The window losing the focus in the middle of a syllable keeps it.
    void focusLostWhileComposing()
    {
        start();
        QVERIFY(keys(QStringLiteral("gksrm")));
        QWidget other;
        other.resize(200, 100);
        other.move(1300, 0);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QVERIFY(focusWindow(&other));
        QTRY_COMPARE(bodyOf(editor()), QStringLiteral("\n한그"));
        QVERIFY(focusWindow(m_window.get()));
        editor()->setFocus(Qt::OtherFocusReason);
        QVERIFY(keys(QStringLiteral("f")));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(editor()), QStringLiteral("\n한그ㄹ"), 5000);
        QVERIFY(commitComposition());
        QCOMPARE(editor()->textCursor().position(), editor()->text().size());
        QVERIFY(undoRedoRoundTrip(editor(), QString::fromUtf8(original), QString::fromUtf8(original) + QStringLiteral("한그ㄹ")));
    }

    // The preview rendering again, and the journal being written, while a
    // syllable is composed change nothing of it.
    void renderAndJournalWhileComposing()
    {
        start();
        QVERIFY(keys(QStringLiteral("gksr")));
        QTRY_VERIFY_WITH_TIMEOUT(editor()->isComposing(), 5000);
        m_window->setRemoteImages(false); // renders again now
        m_window->openPost()->writeJournal();
        QTest::qWait(300);
        m_window->setRemoteImages(true);
        QVERIFY(keys(QStringLiteral("mf dlqfur ")));
        QTRY_COMPARE_WITH_TIMEOUT(editor()->text(), QString::fromUtf8(original) + QStringLiteral("한글 입력 "), 5000);
        QVERIFY(undoRedoRoundTrip(editor(), QString::fromUtf8(original),
                                  QString::fromUtf8(original) + QStringLiteral("한글 입력 ")));
    }

    // The spell checker marks words while a syllable is composed: the
    // marks are drawn again mid-syllable, and the syllable and the text are
    // untouched.
    void spellingMarksWhileComposing()
    {
        start("몇일 뒤\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->spelling()->misspellings().size(), 1, 10'000);
        QVERIFY(keys(QStringLiteral("gksr")));
        QTRY_VERIFY_WITH_TIMEOUT(editor()->isComposing(), 5000);
        m_window->spelling()->setEnabled(false);
        QVERIFY(editor()->marks(MarkdownEdit::Marks::Spelling).isEmpty());
        m_window->spelling()->setEnabled(true); // checks again now
        QTRY_COMPARE_WITH_TIMEOUT(m_window->spelling()->misspellings().size(), 1, 5000);
        QVERIFY(editor()->isComposing());
        QVERIFY(keys(QStringLiteral("mf ")));
        const QString expected = QString::fromUtf8(original) + QStringLiteral("몇일 뒤\n한글 ");
        QTRY_COMPARE_WITH_TIMEOUT(editor()->text(), expected, 5000);
        QCOMPARE(editor()->textCursor().position(), editor()->document()->characterCount() - 1);
        QVERIFY(undoRedoRoundTrip(editor(), QString::fromUtf8(original) + QStringLiteral("몇일 뒤\n"), expected));
        QCOMPARE(m_window->spelling()->misspellings().value(0).word, QStringLiteral("몇일"));
    }

    // Another program changes the file while a syllable is composed in an
    // unchanged post: the post is reloaded (it was not modified), and the
    // syllable lands in the new text where the cursor was.
    void reloadWhileComposing()
    {
        start("첫 줄\n");
        QVERIFY(keys(QStringLiteral("gk")));
        QTRY_VERIFY_WITH_TIMEOUT(editor()->isComposing(), 5000);
        QVERIFY(!editor()->document()->isModified());
        QVERIFY(test::writeAll(m_post, original + "첫 줄\n둘째 줄\n"));
        QTRY_VERIFY_WITH_TIMEOUT(editor()->text().contains(QStringLiteral("둘째 줄")), 5000);
        QVERIFY(keys(QStringLiteral("s ")));
        QVERIFY2(editor()->text().contains(QStringLiteral("둘째 줄")), qPrintable(editor()->text()));
        QVERIFY2(editor()->text().contains(QStringLiteral("한 ")), qPrintable(editor()->text()));
        QCOMPARE(editor()->text().count(QStringLiteral("첫 줄")), 1);
    }
};

// The test runs on a D-Bus session of its own with fcitx5 on it: the first
// run of main() starts itself again under dbus-run-session.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("GEUL_IME_SESSION")) {
        const QByteArray runner = QFile::encodeName(QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")));
        if (runner.isEmpty()) {
            fprintf(stderr, "FAIL: dbus-run-session is not installed (./dev installs dbus); this test needs it\n");
            return 1;
        }
        qputenv("GEUL_IME_SESSION", "1");
        std::vector<char *> arguments{const_cast<char *>("dbus-run-session"), const_cast<char *>("--")};
        for (int i = 0; i < argc; ++i)
            arguments.push_back(argv[i]);
        arguments.push_back(nullptr);
        execv(runner.constData(), arguments.data());
        perror("dbus-run-session");
        return 1;
    }
    // fcitx5 with one group, keyboard-us and hangul, Hangul active.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    const QDir config(home.filePath(QStringLiteral(".config")));
    config.mkpath(QStringLiteral("fcitx5"));
    test::writeAll(config.filePath(QStringLiteral("fcitx5/profile")),
                   "[Groups/0]\nName=Default\nDefault Layout=us\nDefaultIM=hangul\n\n"
                   "[Groups/0/Items/0]\nName=keyboard-us\nLayout=\n\n[Groups/0/Items/1]\nName=hangul\nLayout=\n\n"
                   "[GroupOrder]\n0=Default\n");
    test::writeAll(config.filePath(QStringLiteral("fcitx5/config")), "[Behavior]\nActiveByDefault=True\n");
    for (const char *tool : {"fcitx5", "xdotool", "dbus-send"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            fprintf(stderr, "FAIL: %s is not installed (./dev installs fcitx5, fcitx5-hangul, xdotool and dbus); "
                            "this test needs it\n", tool);
            return 1;
        }
    }
    QProcess::execute(QStringLiteral("fcitx5"), {QStringLiteral("--replace"), QStringLiteral("-d")});
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
                   QStringLiteral("/"), QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.fcitx.Fcitx5")});
        ask.waitForFinished();
        up = ask.readAllStandardOutput().contains("true");
        if (!up)
            usleep(50'000);
    }
    if (!up) {
        fprintf(stderr, "FAIL: fcitx5 did not come up on the session bus\n");
        return 1;
    }
    qputenv("QT_IM_MODULE", "fcitx");
    QApplication app(argc, argv);
    TestInputMethod test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_inputmethod.moc"
