// SPDX-License-Identifier: GPL-3.0-or-later
// The blog as a workspace, under a real display and WebEngine: the Site
// dock over a real site folder (kept current as files change), tabs and
// the workspace kept across starts, find and replace with Hangul, the
// writing shortcuts (never in the middle of a syllable), the outline, New
// Post and Publish Draft, Find in Site, the Help menu and zoom. With
// GEUL_TEST_SCREENSHOTS set to a folder, every dock and dialog is saved
// there, in English and in Korean, for people to look at.
#include "editorspelling.h"
#include "exportdialog.h"
#include "findbar.h"
#include "frontmatterform.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "newpostdialog.h"
#include "outlinepanel.h"
#include "posttab.h"
#include "publishdialog.h"
#include "recoverydialog.h"
#include "previewview.h"
#include "sitecatalog.h"
#include "sitepanel.h"
#include "sitesearchpanel.h"
#include "gitsupport.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTreeWidgetItemIterator>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QComboBox>
#include <QAbstractButton>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QWebEnginePage>

using namespace geul;
using geul::test::evaluate;
using geul::test::readAll;

namespace {

bool writeAll(const QString &path, const QByteArray &bytes)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && test::writeAll(path, bytes);
}

// A small Korean blog: posts in the site's habits, a draft, an unpublished
// post, images under /images/<post>/.
QString makeBlog(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("blog"));
    const QDir site(root);
    writeAll(site.filePath(QStringLiteral("_config.yml")), "title: 한글 블로그\ntimezone: Asia/Seoul\n");
    const auto post = [&](const QString &name, const QString &title, const QString &tags, const QString &body) {
        writeAll(site.filePath(name),
                 QStringLiteral("---\nlayout: post\ntitle: \"%1\"\ncategories: [일상]\ntags: [%2]\ncomments: True\n"
                                "typora-root-url: ../\n---\n\n%3\n")
                     .arg(title, tags, body)
                     .toUtf8());
    };
    post(QStringLiteral("_posts/2024-01-10-jeju.md"), QStringLiteral("제주 여행"), QStringLiteral("여행"),
         QStringLiteral("## 첫날\n\n한라산에 올랐다. 한글 입력\n\n### 오름\n\n바람.\n\n## 둘째 날\n\n"
                        "![바다](/images/2024-01-10-jeju/sea.png)\n"));
    writeAll(site.filePath(QStringLiteral("images/2024-01-10-jeju/sea.png")), test::tinyPng());
    post(QStringLiteral("_posts/2024-02-01-9월.md"), QStringLiteral("9월의 기록"), QStringLiteral("기록"),
         QStringLiteral("한글을 쓴다.\n"));
    post(QStringLiteral("_posts/2024-03-01-10월.md"), QStringLiteral("10월의 기록"), QStringLiteral("기록, Qt"),
         QStringLiteral("가을. 한글 문서.\n"));
    writeAll(site.filePath(QStringLiteral("_posts/2024-03-05-hidden.md")),
             "---\ntitle: 숨긴 글\npublished: false\n---\n숨김\n");
    writeAll(site.filePath(QStringLiteral("_drafts/chogo.md")), "---\ntitle: 초고\ndate: 2020-01-01\n---\n\n초고 본문\n");
    return root;
}

QModelIndex rowWithTitle(SitePanel *panel, const QString &title)
{
    QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SitePostModel::Title).data().toString() == title)
            return model->index(row, SitePostModel::Title);
    }
    return {};
}

QStringList titlesShown(SitePanel *panel)
{
    QStringList titles;
    QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, SitePostModel::Title).data().toString();
    return titles;
}

// Clicks @p button of the message box that comes up within @p ms;
// remembers its text.
void answerNextBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(200, qApp, [button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (text)
                *text = box->text() + u'\n' + box->informativeText();
            box->button(button)->click();
        }
    });
}

// Shortcuts reach only the active window; without a window manager it
// has to be asked for.
bool activate(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Every string @p root shows a reader, in a fixed order: texts, titles,
// placeholders, tooltips, items and headers of its widgets, and its menus.
QStringList shownStrings(QWidget *root)
{
    QStringList out;
    const auto menu = [&out](const auto &self, const QList<QAction *> &actions) -> void {
        for (QAction *action : actions) {
            out << action->text() << action->toolTip() << action->statusTip();
            if (action->menu())
                self(self, action->menu()->actions());
        }
    };
    out << root->windowTitle();
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        out << widget->toolTip() << widget->windowTitle();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            out << button->text();
        if (auto *label = qobject_cast<QLabel *>(widget))
            out << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            out << edit->placeholderText();
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        }
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (int i = 0; i < tree->columnCount(); ++i)
                out << tree->headerItem()->text(i);
        }
        if (auto *view = qobject_cast<QTreeView *>(widget); view && view->model()) {
            for (int i = 0; i < view->model()->columnCount(); ++i)
                out << view->model()->headerData(i, Qt::Horizontal).toString();
        }
        if (auto *browser = qobject_cast<QTextBrowser *>(widget))
            out << browser->toPlainText().split(u'\n');
        if (auto *bar = qobject_cast<QMenuBar *>(widget))
            menu(menu, bar->actions());
    }
    return out;
}

// The strings of @p korean still as in @p english: English left over.
// Names and code stay as they are (Qt, KaTeX, file names, YAML keys, the
// search options' symbols).
QStringList englishLeft(const QStringList &english, const QStringList &korean)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
    static const QRegularExpression keyName(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    // A program and its version; Markdown, Liquid and date formats as
    // written (the reference's examples, a field's format).
    static const QRegularExpression code(QStringLiteral("^(?:[A-Za-z-]+ \\d+\\.\\d|[{*]|YYYY)"));
    static const QStringList names{QStringLiteral("Geul"), QStringLiteral("Qt"), QStringLiteral("KaTeX"),
                                   QStringLiteral("post"), QStringLiteral("\"ab\"")};
    QStringList left;
    for (qsizetype i = 0; i < std::min(english.size(), korean.size()); ++i) {
        const QString &text = korean[i];
        if (text != english[i] || !words.match(text).hasMatch() || names.contains(text) || keyName.match(text).hasMatch() || code.match(text).hasMatch()
            || text.contains(QStringLiteral(".md")) || text.startsWith(u'/') || text.startsWith(QStringLiteral("---")))
            continue;
        left << text;
    }
    if (english.size() != korean.size())
        left << QStringLiteral("(%1 strings in English, %2 in Korean)").arg(english.size()).arg(korean.size());
    left.removeDuplicates();
    return left;
}

void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("GEUL_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(300);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}


// Every modal dialog and message box that comes up while it lives: their
// strings are kept (a screenshot taken, named by @p prefix and a count),
// and each is closed the way a careful user would, with Cancel, Close or
// Keep Mine.
class ModalWalker : public QObject
{
public:
    explicit ModalWalker(const QString &prefix) : m_prefix(prefix)
    {
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this, &ModalWalker::look);
        m_timer.start();
    }
    QStringList strings;
    int seen = 0;

private:
    void look()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == m_last)
            return;
        m_last = dialog;
        ++seen;
        strings << shownStrings(dialog);
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            strings << box->text() << box->informativeText();
        // Drawn at once (no waiting here: another dialog could come up in
        // the wait, inside this look).
        if (const QString folder = qEnvironmentVariable("GEUL_TEST_SCREENSHOTS"); !folder.isEmpty())
            dialog->grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(m_prefix).arg(seen)));
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QAbstractButton *way = box ? box->escapeButton() : nullptr;
        for (const auto role : {QMessageBox::RejectRole, QMessageBox::NoRole, QMessageBox::AcceptRole}) {
            if (box && !way) {
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == role) {
                        way = button;
                        break;
                    }
                }
            }
        }
        if (way)
            way->click();
        else
            dialog->reject();
    }

    QString m_prefix;
    QTimer m_timer;
    QPointer<QDialog> m_last;
};

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        // Each case starts with no workspace, recent list or site setting.
        QSettings().clear();
        QSettings(QStringLiteral("Geul"), QStringLiteral("Geul")).clear();
    }

    void sitePanelListsFiltersAndFollowsTheFolder()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        MainWindow window;
        window.show();
        QString error;
        QVERIFY2(window.openSite(root, &error), qPrintable(error));
        SitePanel *panel = window.sitePanel();
        QTRY_COMPARE(panel->model()->rowCount(), 5);
        // Newest first; the draft is dated 2020 by its date key.
        QCOMPARE(titlesShown(panel),
                 (QStringList{QStringLiteral("숨긴 글"), QStringLiteral("10월의 기록"), QStringLiteral("9월의 기록"),
                              QStringLiteral("제주 여행"), QStringLiteral("초고 (draft)")}));
        // Not published: said in its tooltip and shown in italics.
        const QModelIndex hidden = rowWithTitle(panel, QStringLiteral("숨긴 글"));
        QVERIFY(hidden.data(Qt::ToolTipRole).toString().contains(QStringLiteral("published: false")));
        QVERIFY(hidden.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!rowWithTitle(panel, QStringLiteral("제주 여행")).data(Qt::FontRole).isValid());

        // Titles sort as Korean readers expect: 9월 before 10월.
        panel->view()->sortByColumn(SitePostModel::Title, Qt::AscendingOrder);
        const QStringList byTitle = titlesShown(panel);
        QVERIFY2(byTitle.indexOf(QStringLiteral("9월의 기록")) < byTitle.indexOf(QStringLiteral("10월의 기록")),
                 qPrintable(byTitle.join(u',')));
        QVERIFY(byTitle.indexOf(QStringLiteral("10월의 기록")) < byTitle.indexOf(QStringLiteral("제주 여행")));

        // The filter matches text, tags and categories.
        panel->filterField()->setText(QStringLiteral("기록"));
        QCOMPARE(panel->view()->model()->rowCount(), 2);
        panel->filterField()->setText(QStringLiteral("qt"));
        QCOMPARE(titlesShown(panel), QStringList{QStringLiteral("10월의 기록")});
        panel->filterField()->setText(QStringLiteral("일상 여행"));
        QCOMPARE(titlesShown(panel), QStringList{QStringLiteral("제주 여행")});
        shoot(window.findChild<QDockWidget *>(QStringLiteral("siteDock")), QStringLiteral("site-dock-filtered"));
        panel->filterField()->clear();

        // A new file, and a changed title, show up by themselves.
        QVERIFY(writeAll(root + QStringLiteral("/_posts/2024-04-01-new.md"), "---\ntitle: 새 글\n---\n"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithTitle(panel, QStringLiteral("새 글")).isValid(), 10000);
        QVERIFY(writeAll(root + QStringLiteral("/_posts/2024-04-01-new.md"), "---\ntitle: 고친 제목\n---\n"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithTitle(panel, QStringLiteral("고친 제목")).isValid(), 10000);
        QVERIFY(QFile::remove(root + QStringLiteral("/_posts/2024-04-01-new.md")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 5, 10000);

        // Activating a post opens it in a tab.
        const QModelIndex jeju = rowWithTitle(panel, QStringLiteral("제주 여행"));
        Q_EMIT panel->view()->activated(jeju);
        QCOMPARE(window.filePath(), root + QStringLiteral("/_posts/2024-01-10-jeju.md"));
        QCOMPARE(window.tabCount(), 1); // the empty untitled tab took it
    }

    void tabsAndTheWorkspace()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        const QString jeju = root + QStringLiteral("/_posts/2024-01-10-jeju.md");
        const QString september = root + QStringLiteral("/_posts/2024-02-01-9월.md");
        {
            MainWindow window;
            window.show();
            QString error;
            QVERIFY2(window.openFile(jeju, &error), qPrintable(error));
            QVERIFY2(window.openFile(september, &error), qPrintable(error));
            QCOMPARE(window.tabCount(), 2);
            // Open already: its tab, not a third.
            QVERIFY(window.openFile(jeju, &error));
            QCOMPARE(window.tabCount(), 2);
            QCOMPARE(window.currentTabIndex(), 0);
            QCOMPARE(window.tabBar()->tabText(0), QStringLiteral("2024-01-10-jeju.md"));
            // Each tab keeps its own text and undo.
            window.editor()->moveCursor(QTextCursor::End);
            window.editor()->insertPlainText(QStringLiteral("제주 끝"));
            QVERIFY(window.tabBar()->tabText(0).startsWith(QStringLiteral("● ")));
            window.setCurrentTab(1);
            QCOMPARE(window.filePath(), september);
            QVERIFY(!window.editor()->document()->isModified());
            window.goToLine(9);
            // Closing a changed tab asks; Cancel keeps it.
            answerNextBox(QMessageBox::Cancel);
            QVERIFY(!window.closeTab(0));
            QCOMPARE(window.tabCount(), 2);
            answerNextBox(QMessageBox::Discard);
            QVERIFY(window.closeTab(0));
            QCOMPARE(window.tabCount(), 1);
            QCOMPARE(readAll(jeju).contains("제주 끝"), false);
            QVERIFY(window.openFile(jeju, &error));
            window.goToLine(12);
            QCOMPARE(window.currentTabIndex(), 1);
            window.setCurrentTab(0);
            QVERIFY(window.close()); // the workspace is kept
        }
        MainWindow again;
        again.show();
        QVERIFY(again.restoreWorkspace());
        QCOMPARE(again.tabCount(), 2);
        QCOMPARE(again.currentTabIndex(), 0);
        QCOMPARE(again.filePath(), september);
        QCOMPARE(again.editor()->textCursor().blockNumber() + 1, 9);
        QCOMPARE(again.tab(1)->post()->path(), jeju);
        QCOMPARE(again.tab(1)->editor()->textCursor().blockNumber() + 1, 12);
        QCOMPARE(again.siteCatalog()->root(), root);
        QVERIFY(again.close());
    }

    void findAndReplaceHangul()
    {
        MainWindow window;
        window.show();
        QVERIFY(activate(&window));
        const QString original = QStringLiteral("한글 입력기와 한글을 쓴다.\n한글 문서\n");
        window.editor()->setPlainText(original);
        window.editor()->moveCursor(QTextCursor::Start);
        QTest::keyClick(window.editor(), Qt::Key_H, Qt::ControlModifier);
        FindBar *bar = window.findBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findField()->hasFocus());
        bar->findField()->insert(QStringLiteral("한글"));
        QCOMPARE(bar->status(), QStringLiteral("3 match(es)"));
        QCOMPARE(window.editor()->marks(MarkdownEdit::Marks::Search).size(), 3); // highlighted
        QTest::keyClick(bar->findField(), Qt::Key_Return);
        QCOMPARE(window.editor()->textCursor().selectedText(), QStringLiteral("한글"));
        QCOMPARE(bar->status(), QStringLiteral("1 of 3"));
        // Whole words: 한글을 is another word.
        bar->wordButton()->click();
        QCOMPARE(bar->status(), QStringLiteral("1 of 2"));
        bar->replaceField()->setText(QStringLiteral("우리말"));
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(window.editor()->text(), QStringLiteral("우리말 입력기와 한글을 쓴다.\n우리말 문서\n"));
        shoot(&window, QStringLiteral("find-replace"));
        // One undo step takes it all back.
        window.editor()->undo();
        QCOMPARE(window.editor()->text(), original);
        // A regular expression with groups.
        bar->wordButton()->click();
        bar->regexButton()->click();
        bar->findField()->setText(QStringLiteral("(한)(글)"));
        bar->replaceField()->setText(QStringLiteral("\\2\\1"));
        QCOMPARE(bar->replaceAll(), 3);
        QCOMPARE(window.editor()->text(), QStringLiteral("글한 입력기와 글한을 쓴다.\n글한 문서\n"));
        bar->findField()->setText(QStringLiteral("(한"));
        QCOMPARE(bar->status(), QStringLiteral("Invalid"));
        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(window.editor()->marks(MarkdownEdit::Marks::Search).isEmpty());
    }

    void writingShortcutsWaitForTheSyllable()
    {
        MainWindow window;
        window.show();
        QVERIFY(activate(&window));
        MarkdownEdit *editor = window.editor();
        editor->setFocus();
        editor->setPlainText(QStringLiteral("굵게 쓸 말"));
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(0);
        cursor.setPosition(2, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("**굵게** 쓸 말"));
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("굵게"));
        QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("굵게 쓸 말"));
        editor->undo();
        QCOMPARE(editor->text(), QStringLiteral("**굵게** 쓸 말"));

        // Ctrl+2: a heading; Ctrl+K with a URL on the clipboard: a link.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("## **굵게** 쓸 말"));
        QGuiApplication::clipboard()->setText(QStringLiteral("https://example.com/글"));
        cursor = editor->textCursor();
        cursor.setPosition(editor->text().size() - 1);
        cursor.setPosition(editor->text().size(), QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("## **굵게** 쓸 [말](https://example.com/글)"));

        // In the middle of a syllable nothing happens until it is
        // committed: then the committed text is marked too.
        editor->setPlainText(QStringLiteral("가"));
        editor->moveCursor(QTextCursor::End);
        editor->moveCursor(QTextCursor::Start, QTextCursor::KeepAnchor);
        QInputMethodEvent composing(QStringLiteral("ㄴ"), {});
        QApplication::sendEvent(editor, &composing);
        QVERIFY(editor->isComposing());
        QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("")); // the selection was replaced by the pre-edit; nothing else
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("나"));
        QApplication::sendEvent(editor, &commit);
        QTRY_COMPARE(editor->text(), QStringLiteral("나**"));
        QCOMPARE(editor->textCursor().position(), 2);
    }

    void outlineFollowsAndMoves()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.openFile(root + QStringLiteral("/_posts/2024-01-10-jeju.md"), &error));
        QTreeWidget *tree = window.outline()->tree();
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("첫날"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("오름"));
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("둘째 날"));
        QVERIFY(tree->topLevelItem(0)->toolTip(0).contains(QStringLiteral("#첫날")));
        // A heading clicked: the editor goes there.
        Q_EMIT tree->itemClicked(tree->topLevelItem(1), 0);
        QCOMPARE(window.editor()->textCursor().block().text(), QStringLiteral("## 둘째 날"));
        // The cursor moved: the outline follows.
        window.goToLine(15);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("오름"));
        // A new heading shows up after the render.
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("\n## 셋째 날\n"));
        QTRY_COMPARE(tree->topLevelItemCount(), 3);
        shoot(window.findChild<QDockWidget *>(QStringLiteral("outlineDock")), QStringLiteral("outline-dock"));
    }

    void newPostAndPublishDraft()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.openSite(root, &error));
        QTRY_VERIFY(window.siteCatalog()->isReady());

        // Ctrl+N in a site opens New Post, dated today in the site's zone
        // (Asia/Seoul, whatever the machine's).
        bool opened = false;
        QTimer::singleShot(300, &window, [&opened] {
            auto *shown = qobject_cast<NewPostDialog *>(QApplication::activeModalWidget());
            if (!shown)
                return;
            // This site's posts carry no `date:`: the day is asked, the
            // name's, in the site's zone (which may be tomorrow in UTC).
            const QDateTime date = shown->dateField()->dateTime();
            const QTimeZone seoul("Asia/Seoul");
            opened = date.timeZone() == seoul
                && date.date() == QDateTime::currentDateTime().toTimeZone(seoul).date()
                && shown->dateField()->displayFormat() == u"yyyy-MM-dd";
            shown->reject();
        });
        QVERIFY(activate(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(opened);

        NewPostDialog dialog(window.siteCatalog()->index(), &window);
        dialog.titleField()->setText(QStringLiteral("신라의 첫날"));
        QCOMPARE(dialog.slugField()->text(), QStringLiteral("sillaui-cheonnal"));
        dialog.dateField()->setDateTime(QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone("Asia/Seoul")));
        QCOMPARE(dialog.plan().path, root + QStringLiteral("/_posts/2024-05-01-sillaui-cheonnal.md"));
        dialog.show();
        shoot(&dialog, QStringLiteral("new-post-dialog"));
        // An existing name: refused before Create.
        dialog.slugField()->setText(QStringLiteral("jeju"));
        dialog.dateField()->setDateTime(QDateTime(QDate(2024, 1, 10), QTime(9, 0), QTimeZone("Asia/Seoul")));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("newPostPath"))->text().contains(QStringLiteral("exists")));
        // Emptied, the slug follows the title again.
        dialog.slugField()->clear();
        Q_EMIT dialog.slugField()->textEdited(QString());
        dialog.titleField()->setText(QStringLiteral("종로 산책"));
        QCOMPARE(dialog.slugField()->text(), QStringLiteral("jongno-sanchaek"));
        dialog.draftBox()->setChecked(true);
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(window.createPost(dialog.request(), &error));
        const QString draft = root + QStringLiteral("/_drafts/jongno-sanchaek.md");
        QCOMPARE(window.filePath(), draft);
        // The site's habits: layout, categories, tags, comments, typora-root-url.
        QCOMPARE(QString::fromUtf8(readAll(draft)),
                 QStringLiteral("---\nlayout: post\ntitle: 종로 산책\ncategories:\ntags:\ncomments: True\n"
                                "typora-root-url: ../\n---\n\n"));
        QTRY_VERIFY(rowWithTitle(window.sitePanel(), QStringLiteral("종로 산책 (draft)")).isValid());

        // Pasted images go where this site's posts keep theirs.
        QCOMPARE(window.imageStore().folder(), root + QStringLiteral("/images/jongno-sanchaek"));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("종로를 걸었다.\n"));
        QVERIFY(window.save());

        // Publish Draft: into _posts with the date, saved.
        const QDateTime now(QDate(2024, 6, 2), QTime(10, 30), QTimeZone("Asia/Seoul"));
        QVERIFY2(window.publishDraft(now, &error), qPrintable(error));
        const QString published = root + QStringLiteral("/_posts/2024-06-02-jongno-sanchaek.md");
        QCOMPARE(window.filePath(), published);
        QVERIFY(!QFile::exists(draft));
        QVERIFY(readAll(published).endsWith("종로를 걸었다.\n"));
        QTRY_VERIFY(rowWithTitle(window.sitePanel(), QStringLiteral("종로 산책")).isValid());
        // A post is not a draft.
        QVERIFY(!window.publishDraft(now, &error));
    }

    // An untitled post with a pasted image, saved into a site whose posts
    // keep their images in /images/<post>/: the image goes there.
    void firstSaveFollowsTheTargetSitesHabit()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.editor()->insertImages({test::tinyPng(), {}}));
        QVERIFY(window.editor()->text().contains(QStringLiteral("![")));
        const QString path = root + QStringLiteral("/_posts/2024-07-01-first.md");
        QVERIFY2(window.saveTo(path, &error), qPrintable(error));
        const QStringList stored = QDir(root + QStringLiteral("/images/2024-07-01-first"))
                                       .entryList({QStringLiteral("image-*.png")}, QDir::Files);
        QCOMPARE(stored.size(), 1);
        QVERIFY2(window.editor()->text().contains(QStringLiteral("](/images/2024-07-01-first/") + stored.first()),
                 qPrintable(window.editor()->text()));
        QCOMPARE(QString::fromUtf8(readAll(path)), window.editor()->text());
    }

    void findInSiteOpensAtTheLine()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        MainWindow window;
        QVERIFY(activate(&window));
        QString error;
        QVERIFY(window.openFile(root + QStringLiteral("/_posts/2024-02-01-9월.md"), &error));
        QTRY_VERIFY(window.siteCatalog()->isReady());
        // Unsaved text counts as it is in its tab.
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("저장 안 한 한글\n"));
        QTest::keyClick(window.editor(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        SiteSearchPanel *search = window.siteSearch();
        QVERIFY(search->isVisible());
        search->field()->setText(QStringLiteral("한글"));
        QSignalSpy finished(search, &SiteSearchPanel::finished);
        search->run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), 4);
        QTreeWidget *results = search->results();
        QCOMPARE(results->topLevelItemCount(), 3);
        shoot(window.findChild<QDockWidget *>(QStringLiteral("searchDock")), QStringLiteral("find-in-site"));
        // The result in 제주 여행: opens that post at its line and column.
        QTreeWidgetItem *jeju = nullptr;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            if (results->topLevelItem(i)->text(0) == u"제주 여행")
                jeju = results->topLevelItem(i)->child(0);
        }
        QVERIFY(jeju);
        QCOMPARE(jeju->text(0), QStringLiteral("12: 한라산에 올랐다. 한글 입력"));
        Q_EMIT results->itemActivated(jeju, 0);
        QCOMPARE(window.filePath(), root + QStringLiteral("/_posts/2024-01-10-jeju.md"));
        QCOMPARE(window.editor()->textCursor().blockNumber() + 1, 12);
        QCOMPARE(window.editor()->textCursor().positionInBlock(), 10); // before the match
        QCOMPARE(window.tabCount(), 2);
    }

    // Columns count UTF-16 units: an emoji (two units) and an NFD syllable
    // (two or three) before the match must not push the cursor past it.
    void findInSiteOpensAtTheColumnAfterEmojiAndNfd()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        const QString nfd = QStringLiteral("가을").normalized(QString::NormalizationForm_D);
        writeAll(root + QStringLiteral("/_posts/2024-04-01-emoji.md"),
                 (QStringLiteral("---\ntitle: 이모지\n---\n\n🙂 ") + nfd + QStringLiteral(" 찾을말 끝\n")).toUtf8());
        MainWindow window;
        QVERIFY(activate(&window));
        QString error;
        QVERIFY(window.openFile(root + QStringLiteral("/_posts/2024-01-10-jeju.md"), &error));
        QTRY_VERIFY(window.siteCatalog()->isReady());
        QTest::keyClick(window.editor(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        SiteSearchPanel *search = window.siteSearch();
        search->field()->setText(QStringLiteral("찾을말"));
        QSignalSpy finished(search, &SiteSearchPanel::finished);
        search->run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), 1);
        QTreeWidgetItem *hit = search->results()->topLevelItem(0)->child(0);
        Q_EMIT search->results()->itemActivated(hit, 0);
        QCOMPARE(window.filePath(), root + QStringLiteral("/_posts/2024-04-01-emoji.md"));
        QTextCursor cursor = window.editor()->textCursor();
        QCOMPARE(cursor.blockNumber() + 1, 5);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), QStringLiteral("찾을말 끝"));
    }

    void previewShowsTheTitleAndAmpersands()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        const QString path = root + QStringLiteral("/_posts/2024-05-05-amp.md");
        QVERIFY(writeAll(path, "---\ntitle: \"R&D & 글\"\nsubtitle: 부제 <b>\n---\n\n본문\n"));
        QVERIFY(writeAll(root + QStringLiteral("/_config.yml"), "title: R&D 블로그\ntimezone: Asia/Seoul\n"));
        MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.openFile(path, &error));
        QWebEnginePage *page = window.preview()->page();
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(page, QStringLiteral("(() => { const t = document.querySelector('#post-header .post-title');"
                                          " return t ? t.textContent : ''; })()"))
                .toString(),
            QStringLiteral("R&D & 글"), 30000);
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('#post-header .post-subtitle').textContent"))
                     .toString(),
                 QStringLiteral("부제 <b>"));
        // The tab and the form's header show & as written.
        QCOMPARE(window.tabBar()->tabText(window.currentTabIndex()), QStringLiteral("2024-05-05-amp.md"));
        auto *header = window.frontMatterForm()->findChild<QToolButton *>();
        QVERIFY(header);
        QCOMPARE(header->text(), QStringLiteral("Front matter — R&&D && 글"));
        // The site's title in the Site dock's entry of the View menu.
        QTRY_VERIFY(window.siteCatalog()->isReady());
        auto *siteDock = window.findChild<QDockWidget *>(QStringLiteral("siteDock"));
        QVERIFY(siteDock);
        QTRY_COMPARE(siteDock->windowTitle(), QStringLiteral("Site: R&D 블로그"));
        QCOMPARE(siteDock->toggleViewAction()->text(), QStringLiteral("Site: R&&D 블로그"));
        QVERIFY(QFile::rename(path, root + QStringLiteral("/_posts/2024-05-05-R&D.md")));
        QVERIFY(window.openFile(root + QStringLiteral("/_posts/2024-05-05-R&D.md"), &error));
        QCOMPARE(window.tabBar()->tabText(window.currentTabIndex()), QStringLiteral("2024-05-05-R&&D.md"));
        QMenu *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        bool found = false;
        for (QAction *action : recent->actions())
            found = found || action->text() == u"2024-05-05-R&&D.md";
        QVERIFY(found);
    }

    void typingAtTheEndShowsIt()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        QString text = QStringLiteral("---\ntitle: 긴 글\n---\n\n");
        for (int i = 1; i <= 300; ++i)
            text += QStringLiteral("문단 %1: 긴 글의 한 줄.\n\n").arg(i);
        const QString path = root + QStringLiteral("/_posts/2024-05-06-long.md");
        QVERIFY(writeAll(path, text.toUtf8()));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QString error;
        QVERIFY(window.openFile(path, &error));
        QWebEnginePage *page = window.preview()->page();
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelectorAll('#content p').length"))
                                         .toInt() >= 300,
                                 30000);
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("the end"));
        // The new text is in the preview's view.
        const QString visible = QStringLiteral(
            "(() => { const p = Array.from(document.querySelectorAll('#content p')).find(p => "
            "p.textContent.includes('the end')); if (!p) return false; const r = p.getBoundingClientRect();"
            " return r.top >= 0 && r.bottom <= window.innerHeight; })()");
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, visible).toBool(), 15000);
    }

    // The status bar counts the post and, while there is one, the selection.
    void countsInTheStatusBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *counts = window.findChild<QToolButton *>(QStringLiteral("textStats"));
        QVERIFY(counts);
        window.editor()->setPlainText(QStringLiteral("---\ntitle: 세지 않음\n---\n\n안녕하세요 반갑습니다.\n\n둘째 문단\n"));
        QTRY_COMPARE(counts->text(), QStringLiteral("17 chars · 4 eojeol · 0.2 sheets · <1 min"));
        QTextCursor cursor = window.editor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::PreviousBlock, QTextCursor::KeepAnchor);
        window.editor()->setTextCursor(cursor);
        QTRY_COMPARE(counts->text(), QStringLiteral("Selection: 5 chars · 2 eojeol · 0.1 sheets · <1 min"));
        window.editor()->moveCursor(QTextCursor::End);
        QTRY_COMPARE(counts->text(), QStringLiteral("17 chars · 4 eojeol · 0.2 sheets · <1 min"));
        // Typing on: counts wait for the one running, and end with the
        // newest text.
        for (int i = 0; i < 8; ++i) {
            window.editor()->insertPlainText(QStringLiteral("셋 "));
            QTest::qWait(40);
        }
        QTRY_COMPARE_WITH_TIMEOUT(counts->text(), QStringLiteral("32 chars · 12 eojeol · 0.3 sheets · <1 min"), 10000);
        // The details, with the reading pace.
        QTimer::singleShot(300, &window, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                shoot(dialog, QStringLiteral("counts-dialog"));
                dialog->reject();
            }
        });
        counts->click();
    }

    // Misspelled words are underlined (prose only), the context menu
    // offers the dictionary's words and the word lists, and the toggle is
    // remembered for the site.
    void spellCheckWhileWriting()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        const QString path = QDir(root).filePath(QStringLiteral("_posts/2024-04-01-spell.md"));
        QVERIFY(writeAll(path, "---\ntitle: 몇일\n---\n\n몇일 뒤 `몇일` 옵시디언을 깃허브에서 teh 만나요.\n"));
        const QString text = QString::fromUtf8(readAll(path));
        const qsizetype wrong = text.indexOf(QStringLiteral("몇일 뒤"));
        const qsizetype loan = text.indexOf(QStringLiteral("옵시디언"));
        const qsizetype teh = text.indexOf(QStringLiteral("teh"));
        {
            MainWindow window;
            window.show();
            QVERIFY(activate(&window));
            QVERIFY(window.openPath(path));
            EditorSpelling *spelling = window.spelling();
            const auto marked = [spelling] {
                QStringList words;
                for (const SpellChecker::Misspelling &m : spelling->misspellings())
                    words << QStringLiteral("%1@%2").arg(m.word).arg(m.start);
                return words.join(u' ');
            };
            QTRY_COMPARE_WITH_TIMEOUT(marked(), QStringLiteral("몇일@%1 옵시디언을@%2 teh@%3").arg(wrong).arg(loan).arg(teh), 10'000);
            const QTextEdit::ExtraSelection mark = window.editor()->marks(MarkdownEdit::Marks::Spelling).first();
            QCOMPARE(mark.format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
            shoot(&window, QStringLiteral("spelling"));

            // The menu: the dictionary's word first, replacing as one step.
            QMenu menu;
            menu.addAction(QStringLiteral("Copy"));
            QVERIFY(spelling->addActions(&menu, int(wrong) + 1));
            QCOMPARE(menu.actions().first()->text(), QStringLiteral("며칠"));
            QVERIFY(menu.findChild<QAction *>(QStringLiteral("addToSiteDictionary")));
            QVERIFY(!spelling->addActions(&menu, int(text.indexOf(QStringLiteral("뒤")))));
            menu.actions().first()->trigger();
            QCOMPARE(window.editor()->text(), QString(text).replace(wrong, 2, QStringLiteral("며칠")));
            window.editor()->undo();
            QCOMPARE(window.editor()->text(), text);
            // (The word the cursor ends is marked once the cursor leaves it.)
            window.editor()->moveCursor(QTextCursor::Start);

            // Add to Site Dictionary: the word without its particle, written
            // to the site's list; unmarked.
            QMenu loanMenu;
            QVERIFY(spelling->addActions(&loanMenu, int(loan)));
            loanMenu.findChild<QAction *>(QStringLiteral("addToSiteDictionary"))->trigger();
            QCOMPARE(readAll(QDir(root).filePath(QStringLiteral(".geul/dictionary.txt"))), QByteArray("옵시디언\n"));
            QTRY_COMPARE(marked(), QStringLiteral("몇일@%1 teh@%2").arg(wrong).arg(teh));

            // Turned off for this site: nothing marked, and remembered.
            auto *toggle = window.findChild<QAction *>(QStringLiteral("checkSpelling"));
            QVERIFY(toggle && toggle->isChecked());
            toggle->trigger();
            QVERIFY(window.editor()->marks(MarkdownEdit::Marks::Spelling).isEmpty());
            // A new reading while off marks nothing either.
            window.editor()->moveCursor(QTextCursor::End);
            window.editor()->insertPlainText(QStringLiteral("\n할께요\n"));
            QTest::qWait(500);
            QVERIFY(window.editor()->marks(MarkdownEdit::Marks::Spelling).isEmpty());
            window.editor()->document()->setModified(false);
        }
        MainWindow again;
        again.show();
        QVERIFY(again.openPath(path));
        auto *toggle = again.findChild<QAction *>(QStringLiteral("checkSpelling"));
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(again.spelling()->misspellings().size(), 2, 10'000);
    }

    // In a long post only the misspelled words on and near the screen are
    // drawn (the editor looks at every mark for every line it paints);
    // those scrolled to are drawn as they come, and all are known.
    void spellingMarksFollowTheView()
    {
        MainWindow window;
        window.resize(1000, 500);
        window.show();
        QVERIFY(activate(&window));
        QString text = QStringLiteral("---\ntitle: 길다\n---\n\n");
        for (int i = 0; i < 400; ++i)
            text += QStringLiteral("%1번째 문단에서 몇일 뒤에 만나요.\n\n").arg(i);
        window.editor()->setPlainText(text);
        window.editor()->moveCursor(QTextCursor::Start);
        QTRY_COMPARE_WITH_TIMEOUT(window.spelling()->misspellings().size(), 400, 10'000);
        const auto drawn = [&window] { return window.editor()->marks(MarkdownEdit::Marks::Spelling); };
        QVERIFY2(!drawn().isEmpty() && drawn().size() < 200, qPrintable(QString::number(drawn().size())));
        const qsizetype last = text.lastIndexOf(QStringLiteral("몇일"));
        QVERIFY(drawn().last().cursor.selectionStart() < last);
        // A larger window shows more: those are drawn too.
        const int before = drawn().last().cursor.selectionStart();
        window.resize(1000, 990);
        QTRY_VERIFY(drawn().last().cursor.selectionStart() > before);
        window.editor()->verticalScrollBar()->setValue(window.editor()->verticalScrollBar()->maximum());
        QTRY_COMPARE(drawn().last().cursor.selectionStart(), int(last));
        QVERIFY(drawn().first().cursor.selectionStart() > int(text.indexOf(QStringLiteral("몇일"))));
    }

    void helpAndZoom()
    {
        MainWindow window;
        window.show();
        QVERIFY(activate(&window));
        const QString versions = HelpDialogs::versions();
        QVERIFY2(versions.contains(QStringLiteral("cmark-gfm 0.")), qPrintable(versions));
        QVERIFY2(versions.contains(QStringLiteral("Qt 6.")), qPrintable(versions));
        QVERIFY2(versions.contains(QStringLiteral("KSyntaxHighlighting 6.")), qPrintable(versions));
        QVERIFY2(QRegularExpression(QStringLiteral("KaTeX \\d+\\.\\d+")).match(versions).hasMatch(), qPrintable(versions));
        HelpDialogs::showShortcuts(window.menuBar(), &window);
        auto *shortcuts = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(shortcuts);
        auto *list = shortcuts->findChild<QTreeWidget *>();
        const QList<QTreeWidgetItem *> bold = list->findItems(QStringLiteral("Bold"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(bold.size(), 1);
        QCOMPARE(bold.first()->text(1), QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText));
        QVERIFY(!list->findItems(QStringLiteral("Find in Site…"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
        shoot(shortcuts, QStringLiteral("shortcuts-dialog"));
        shortcuts->close();
        HelpDialogs::showReference(&window);
        auto *reference = window.findChild<QDialog *>(QStringLiteral("referenceDialog"));
        QVERIFY(reference);
        shoot(reference, QStringLiteral("reference-dialog"));
        reference->close();

        const int size = window.editor()->font().pointSize();
        QTest::keyClick(window.editor(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(window.editor(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.zoomSteps(), 2);
        QVERIFY(window.editor()->font().pointSize() > size);
        QCOMPARE(window.preview()->zoomFactor(), 1.1 * 1.1);
        QTest::keyClick(window.editor(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.zoomSteps(), 1);
        QCOMPARE(window.preview()->zoomFactor(), 1.1);
        QTest::keyClick(window.editor(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.editor()->font().pointSize(), size);
        QCOMPARE(window.preview()->zoomFactor(), 1.0);
    }

    // The Korean UI leaves nothing in English: the window with its docks,
    // menus and form, New Post, Shortcuts, the reference, Export, compared
    // string by string with the same windows built in English.
    void noEnglishLeftInKorean()
    {
        QHash<QString, QString> actionPaths;
        int round = 0;
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        const QString post = root + QStringLiteral("/_posts/2024-01-10-jeju.md");
        const auto collect = [&]() {
            QStringList strings;
            QSettings(QStringLiteral("Geul"), QStringLiteral("Geul")).clear();
            QSettings().clear();
            MainWindow window;
            window.show();
            QString error;
            if (!window.openFile(post, &error))
                return QStringList{error};
            if (!QTest::qWaitFor([&window] { return window.siteCatalog()->isReady(); }, 10000))
                return QStringList{QStringLiteral("the site was not read")};
            window.findBar()->start(true);
            strings << shownStrings(&window);
            NewPostDialog newPost(window.siteCatalog()->index(), &window);
            strings << shownStrings(&newPost);
            HelpDialogs::showShortcuts(window.menuBar(), &window);
            strings << shownStrings(window.findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
            HelpDialogs::showReference(&window);
            strings << shownStrings(window.findChild<QDialog *>(QStringLiteral("referenceDialog")));
            ExportDialog exportDialog(post, dir.path(), &window);
            strings << shownStrings(&exportDialog);
            PublishDialog publish(post, &window); // not in a repository: says so
            QSignalSpy planned(&publish, &PublishDialog::planned);
            if (!planned.wait(10000))
                return QStringList{QStringLiteral("the publishing plan was not read")};
            strings << shownStrings(&publish);
            strings << HelpDialogs::versions().split(u'\n');

            // The editor's menu (Qt's own words) with a misspelled word's.
            window.findBar()->hide();
            window.editor()->moveCursor(QTextCursor::End);
            window.editor()->insertPlainText(QStringLiteral("\n몇일 뒤\n"));
            window.editor()->moveCursor(QTextCursor::Start);
            if (!QTest::qWaitFor([&window] { return !window.spelling()->misspellings().isEmpty(); }, 10000))
                return QStringList{QStringLiteral("nothing was marked misspelled")};
            std::unique_ptr<QMenu> menu(window.editor()->createStandardContextMenu());
            window.spelling()->addActions(menu.get(), int(window.spelling()->misspellings().first().start));
            for (QAction *action : menu->actions())
                strings << action->text();

            // Dialogs and message boxes, each closed as it comes.
            ModalWalker walker(++round == 1 ? QStringLiteral("dialog-en") : QStringLiteral("dialog-ko"));
            const auto trigger = [&window, &actionPaths](const QString &english) {
                const QString path = actionPaths.value(english);
                const qsizetype slash = path.indexOf(u'/');
                QMenu *menu = window.menuBar()->actions().value(path.left(slash).toInt())->menu();
                menu->actions().value(path.sliced(slash + 1).toInt())->trigger();
            };
            const auto waitForBoxes = [&walker](int count) { return QTest::qWaitFor([&] { return walker.seen >= count; }, 10000); };
            window.findChild<QToolButton *>(QStringLiteral("textStats"))->click(); // Counts
            writeAll(root + QStringLiteral("/images/2024-01-10-jeju/unused.png"), test::tinyPng());
            trigger(QStringLiteral("Clean Unused Images…"));
            trigger(QStringLiteral("Image Folder…"));
            trigger(QStringLiteral("Go to Line…"));
            trigger(QStringLiteral("Rename Post…"));
            // Changed on disk while changed here.
            writeAll(post, readAll(post) + "\n다른 프로그램이 쓴 줄\n");
            if (!waitForBoxes(5))
                return QStringList{QStringLiteral("the change on disk was not asked about")};
            trigger(QStringLiteral("About Geul"));
            trigger(QStringLiteral("New Untitled"));
            trigger(QStringLiteral("Export…"));
            trigger(QStringLiteral("Rename Post…"));
            trigger(QStringLiteral("Close Tab"));
            trigger(QStringLiteral("Close Tab")); // the changed post: save?
            if (!waitForBoxes(10))
                return QStringList{QStringLiteral("%1 dialogs came, not 10").arg(walker.seen)};
            strings << walker.strings;
            RecoveryJournal::Entry entry;
            entry.postPath = post;
            entry.written = QDateTime(QDate(2024, 1, 10), QTime(9, 30));
            entry.text = QStringLiteral("---\ntitle: 복구\n---\n복구할 글\n");
            RecoveryDialog recovery({entry}, [](const RecoveryJournal::Entry &, RecoveryDialog::Action) {}, &window);
            strings << shownStrings(&recovery);
            window.editor()->document()->setModified(false);
            return strings;
        };
        // Where each action stands in the menus, found by its English name.
        {
            MainWindow window;
            const QList<QAction *> menus = window.menuBar()->actions();
            for (qsizetype m = 0; m < menus.size(); ++m) {
                const QList<QAction *> actions = menus[m]->menu()->actions();
                for (qsizetype a = 0; a < actions.size(); ++a)
                    actionPaths.insert(QString(actions[a]->text()).remove(u'&'), QStringLiteral("%1/%2").arg(m).arg(a));
            }
        }
        const QStringList english = collect();
        QTranslator translator;
        QTranslator qtTranslator;
        QVERIFY2(translator.load(QStringLiteral(GEUL_QM_FILE)), GEUL_QM_FILE);
        QVERIFY(qtTranslator.load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::installTranslator(&qtTranslator);
        const QStringList korean = collect();
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtTranslator);
        QVERIFY(english.size() > 300);
        const QStringList left = englishLeft(english, korean);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English left in the Korean UI:\n") + left.join(u'\n')));
    }

    // File ▸ Publish with the post changed: saved first, then the dialog
    // lists what the commit holds; Publish commits and pushes to a real
    // (bare) remote, and the dialog tells the commit and the address.
    void publishFromTheWindow()
    {
        QTemporaryDir home;
        QVERIFY(test::useOwnGitConfiguration(home.path()));
        test::Blog blog;
        const QString post = blog.writePost(QStringLiteral("2024-05-01-first-post.md"), QStringLiteral("첫 글"),
                                            {QStringLiteral("assets/img/2024-05-01-first-post/그림 1.png")});
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QString error;
        QVERIFY2(window.openFile(post, &error), qPrintable(error));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(QStringLiteral("창에서 고친 줄\n"));
        QVERIFY(window.editor()->document()->isModified());

        // The dialog is modal: it is walked through from a timer.
        bool askedToSave = false;
        QStringList listed;
        QString before;
        QString after;
        bool pushed = false;
        QPointer<PublishDialog> shown;
        bool publishing = false;
        QTimer walk;
        walk.setInterval(50);
        connect(&walk, &QTimer::timeout, &window, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                askedToSave = true;
                box->button(QMessageBox::Save)->click();
                return;
            }
            auto *dialog = qobject_cast<PublishDialog *>(modal);
            if (!dialog || dialog->isBusy())
                return;
            if (!publishing) {
                if (dialog->plan().repository.isEmpty())
                    return;
                shown = dialog;
                for (QTreeWidgetItemIterator it(dialog->findChild<QTreeWidget *>()); *it; ++it)
                    listed << (*it)->text(0) + u' ' + (*it)->text(1);
                before = dialog->findChild<QLabel *>(QStringLiteral("publishStatus"))->text();
                publishing = true;
                walk.stop(); // the screenshot waits for the drawing
                // The writer's own message.
                dialog->messageField()->selectAll();
                QTest::keyClicks(dialog->messageField(), QStringLiteral("My first post"));
                shoot(dialog, QStringLiteral("publish-dialog"));
                dialog->publishButton()->click();
                walk.start();
                return;
            }
            after = dialog->findChild<QLabel *>(QStringLiteral("publishStatus"))->text();
            pushed = dialog->result().pushed;
            walk.stop();
            shoot(dialog, QStringLiteral("publish-dialog-done"));
            dialog->reject();
        });
        walk.start();
        window.findChild<QAction *>(QStringLiteral("publishAction"))->trigger();
        walk.stop();

        QVERIFY(askedToSave);
        QVERIFY(!window.editor()->document()->isModified());
        QVERIFY(shown.isNull()); // closed, and gone with exec()
        QCOMPARE(listed, (QStringList{QStringLiteral("new _posts/2024-05-01-first-post.md"),
                                      QStringLiteral("new assets/img/2024-05-01-first-post/그림 1.png")}));
        QVERIFY2(before.isEmpty(), qPrintable(before));
        QVERIFY2(pushed, qPrintable(after));
        QVERIFY2(after.contains(QLatin1String("Pushed to origin/main")), qPrintable(after));
        QVERIFY2(after.contains(QLatin1String("https://writer.github.io/blog/2024/05/01/first-post.html")), qPrintable(after));
        QCOMPARE(blog.remoteHead(), blog.head());
        QCOMPARE(test::git(blog.remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"), QStringLiteral("main")}),
                 QStringLiteral("My first post"));
        QVERIFY(test::git(blog.remote, {QStringLiteral("show"), QStringLiteral("main:_posts/2024-05-01-first-post.md")})
                    .endsWith(QStringLiteral("창에서 고친 줄")));
    }

    // The main window with its docks, and the new post dialog, in English
    // and in Korean; no English is left in the Korean ones.
    void screenshotsInBothLanguages()
    {
        QTemporaryDir dir;
        const QString root = makeBlog(dir);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
            QTranslator translator;
            QTranslator qtTranslator; // Qt's own buttons, as geul loads them
            const QLocale systemLocale;
            if (language == u"ko") {
                // As a Korean desktop starts geul: its locale too (dates).
                QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
                QVERIFY2(translator.load(QStringLiteral(GEUL_QM_FILE)), GEUL_QM_FILE);
                QCoreApplication::installTranslator(&translator);
                if (qtTranslator.load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                    QCoreApplication::installTranslator(&qtTranslator);
            }
            const auto restoreLocale = qScopeGuard([&systemLocale] { QLocale::setDefault(systemLocale); });
            {
                MainWindow window;
                window.resize(1400, 900);
                window.show();
                QString error;
                QVERIFY(window.openFile(root + QStringLiteral("/_posts/2024-01-10-jeju.md"), &error));
                QTRY_VERIFY(window.siteCatalog()->isReady());
                QTRY_COMPARE(window.outline()->tree()->topLevelItemCount(), 2);
                window.findBar()->start(true);
                const QStringList menus = [&window] {
                    QStringList titles;
                    for (QAction *action : window.menuBar()->actions())
                        titles << action->text();
                    return titles;
                }();
                const QModelIndex jeju = rowWithTitle(window.sitePanel(), QStringLiteral("제주 여행"));
                QVERIFY(jeju.isValid());
                const QString dateShown = jeju.siblingAtColumn(SitePostModel::Date).data().toString();
                QCOMPARE(dateShown, QStringLiteral("2024-01-10")); // as file names write it, in both
                if (language == u"ko") {
                    QCOMPARE(menus.first(), QStringLiteral("파일(&F)"));
                    QVERIFY(!window.sitePanel()->filterField()->placeholderText().contains(QStringLiteral("Filter")));
                } else {
                    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("F&ormat"),
                                                 QStringLiteral("&Insert"), QStringLiteral("&View"),
                                                 QStringLiteral("&Help")}));
                }
                QTest::qWait(1500); // the preview draws
                shoot(&window, QStringLiteral("workspace-%1").arg(language));
                NewPostDialog dialog(window.siteCatalog()->index(), &window);
                dialog.titleField()->setText(QStringLiteral("첫눈 오는 날"));
                dialog.show();
                shoot(&dialog, QStringLiteral("new-post-%1").arg(language));
                QCOMPARE(dialog.slugField()->text(), QStringLiteral("cheonnun-oneun-nal"));
                dialog.close();
                // Find in Site with its results, the help dialogs.
                QVERIFY(activate(&window));
                QTest::keyClick(window.editor(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
                window.siteSearch()->field()->setText(QStringLiteral("한글"));
                QSignalSpy found(window.siteSearch(), &SiteSearchPanel::finished);
                window.siteSearch()->run();
                QVERIFY(found.wait(10000));
                shoot(&window, QStringLiteral("find-in-site-%1").arg(language));
                HelpDialogs::showShortcuts(window.menuBar(), &window);
                auto *shortcuts = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
                QVERIFY(shortcuts);
                shoot(shortcuts, QStringLiteral("shortcuts-%1").arg(language));
                // Entries read without their mnemonics, also the "(&N)" that
                // Korean adds for them.
                static const QRegularExpression mnemonic(QStringLiteral("\\([A-Z]\\)|&"));
                for (QTreeWidgetItemIterator it(shortcuts->findChild<QTreeWidget *>()); *it; ++it)
                    QVERIFY2(!(*it)->text(0).contains(mnemonic), qPrintable((*it)->text(0)));
                shortcuts->close();
                HelpDialogs::showReference(&window);
                auto *reference = window.findChild<QDialog *>(QStringLiteral("referenceDialog"));
                QVERIFY(reference);
                shoot(reference, QStringLiteral("reference-%1").arg(language));
                reference->close();
                // About: modal; looked at, then closed.
                QString aboutText;
                QTimer::singleShot(300, &window, [&aboutText, &language] {
                    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                        aboutText = box->text();
                        shoot(box, QStringLiteral("about-%1").arg(language));
                        box->accept();
                    }
                });
                HelpDialogs::showAbout(&window);
                QVERIFY2(aboutText.contains(QStringLiteral("cmark-gfm")), qPrintable(aboutText));
                // Publish, on a blog under git, ready to go.
                QTemporaryDir home;
                QVERIFY(test::useOwnGitConfiguration(home.path()));
                test::Blog blog;
                PublishDialog publish(blog.writePost(QStringLiteral("2024-05-01-first-post.md"), QStringLiteral("첫 글"),
                                                     {QStringLiteral("assets/img/2024-05-01-first-post/그림 1.png")}),
                                      &window);
                QSignalSpy planned(&publish, &PublishDialog::planned);
                QVERIFY(planned.wait(10000));
                QVERIFY(publish.publishButton()->isEnabled());
                publish.show();
                shoot(&publish, QStringLiteral("publish-%1").arg(language));
                if (language == u"ko")
                    QCOMPARE(publish.publishButton()->text(), QStringLiteral("발행(&P)"));
            }
            QCoreApplication::removeTranslator(&translator);
            QCoreApplication::removeTranslator(&qtTranslator);
        }
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
