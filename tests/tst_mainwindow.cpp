// SPDX-License-Identifier: GPL-3.0-or-later
// The whole thin path under a real display (Xvfb) and a real WebEngine:
// open a Korean post, see it in the preview's DOM, edit, see the preview
// follow, save, and compare bytes.
#include "frontmatterform.h"
#include "mainwindow.h"
#include "recoveryjournal.h"
#include "reading.h"
#include "markdownedit.h"
#include "previewcontroller.h"
#include "previewview.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QImage>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <cmath>
#include <optional>

using namespace geul;
using geul::test::evaluate;
using geul::test::readAll;
using geul::test::writeAll;

namespace {

// Evaluates @p script in the preview page and returns its value.
// Types @p text as a user would: Latin letters and line breaks as key
// presses, Hangul syllables through the input method, each one first as a
// pre-edit (composing) string and then committed, as a Korean IME does.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (c.unicode() < 0x80) {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        } else {
            QInputMethodEvent composing(QString(c), {});
            QApplication::sendEvent(widget, &composing);
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

QString contentText(PreviewView *view)
{
    return evaluate(view->page(), QStringLiteral("document.getElementById('content').innerText")).toString();
}

// The text of every node of the page's body, drawn or not (innerText leaves
// out the groups far from the view).
QString contentNodesText(PreviewView *view)
{
    return evaluate(view->page(), QStringLiteral("document.getElementById('content').textContent")).toString();
}

// A post of @p count paragraphs (@p paragraph, `%1` its number) after
// @p frontMatter.
bool writeLongPost(const QString &path, const QByteArray &frontMatter, const QString &paragraph, int count)
{
    QByteArray text = frontMatter;
    for (int i = 0; i < count; ++i)
        text += paragraph.arg(i).toUtf8() + "\n\n";
    return writeAll(path, text);
}

// Whether two lists of page positions (JSON arrays of numbers and of
// [top, bottom] pairs) are the same within a pixel (boxes have fractional
// heights, rounded on their own).
bool sameGeometry(const QString &actual, const QString &expected)
{
    const auto flat = [](const QString &json) {
        QList<double> numbers;
        for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
            if (value.isArray()) {
                for (const QJsonValue &inner : value.toArray())
                    numbers << inner.toDouble();
            } else {
                numbers << value.toDouble();
            }
        }
        return numbers;
    };
    const QList<double> a = flat(actual);
    const QList<double> b = flat(expected);
    bool same = a.size() == b.size() && a.size() > 2;
    for (qsizetype i = 0; same && i < a.size(); ++i)
        same = std::abs(a[i] - b[i]) <= 1;
    if (!same)
        qWarning("page geometry differs:\n  %s\n  %s", qPrintable(actual.left(600)), qPrintable(expected.left(600)));
    return same;
}

// Waits until the preview of @p window has been drawn with its last render
// (after which the window brings the lines it follows into view).
bool waitUntilDrawn(MainWindow &window)
{
    return QTest::qWaitFor(
        [&] { return window.preview()->shownGeneration() >= window.previewController()->generation(); }, 30000);
}

// Opens @p path in @p window, shown at 1200×800, and waits until the
// preview holds @p last and has been drawn with it (the window then brings
// the cursor's line into view once; a scroll before that would be undone).
bool openAndWaitFor(MainWindow &window, const QString &path, const QString &last)
{
    window.resize(1200, 800);
    QString error;
    if (!window.openFile(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    window.show();
    return QTest::qWaitForWindowExposed(&window)
           && QTest::qWaitFor([&] { return contentNodesText(window.preview()).contains(last); }, 30000)
           && waitUntilDrawn(window);
}

// A script: the first line of the first @p selector element of the page
// whose bottom is below the top of the view.
QString topLineScript(const QString &selector)
{
    return QStringLiteral("(() => { for (const e of document.querySelectorAll('#content %1')) {"
                          " if (e.getBoundingClientRect().bottom > 1) return "
                          "parseInt(e.getAttribute('data-sourcepos')); } return -1; })()")
        .arg(selector);
}

// Opens @p path in @p window, shown at 1400×900.
bool openLarge(MainWindow &window, const QString &path)
{
    window.resize(1400, 900);
    QString error;
    if (!window.openFile(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    window.show();
    return true;
}

// BOM and CRLF, so that saving after an edit must keep both.
const QByteArray post
    = QByteArrayLiteral("\xEF\xBB\xBF---\r\nlayout: post\r\ntitle: \"2024년 제주 여행\"\r\n"
                        "comments: True\r\n---\r\n\r\n# 바다와 오름\r\n\r\n제주에 도착한\xC2\xA0첫날.\r\n");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openEditPreviewSave();
    void scriptsInPostNeverRun();
    void closingWithUnsavedChangesAsks();
    void startsUntitledAndUnmodified();
    void newPostIsProposedInTheSite();
    void journalFollowsTypingAndGoesOnDiscard();
    void externalChangeReloadsAnUnmodifiedPost();
    void externalChangeToAModifiedPostAsks();
    void deletedFileKeepsTheText();
    void failedSaveKeepsTextAndOldFile();
    void fullDiskOffersSaveAs();
    void openRefusesBadFileAndKeepsDocument();
    void brokenFrontMatterStillPreviewsBody();
    void formEditUndoneGivesOriginalBytes();
    void siteImagesShowAndNothingElseIsServed();
    void mathIsTypesetAndBadFormulasStayLocal();
    void mathFarBelowIsTypesetToo();
    void unchangedBlocksAreKeptAcrossEdits();
    void longPostPatchedInOrder();
    void farGroupsKeepTheirPlace();
    void scrollFollowsBothWays();
    void scrollFollowsIntoALongList();
    void remoteImagesCanBeTurnedOff();
    void standalonePageOpensAlone();
    void pastedScreenshotGoesToTheAssetFolder();
    void droppedFilesAreCopiedAtTheDropPosition();
    void imagesOfAnUnsavedPostMoveOnFirstSave();
    void screenshotPastedIntoTheSampleSite();
    void imageLinkActions();
    void renamePostTakesItsOwnImageFolder();
    void editorMenuOffersImageActions();
    void exportsFromTheWindowIncludingPdf();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::openEditPreviewSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-03-02-제주.md"));
    QVERIFY(writeAll(path, post));

    MainWindow window;
    window.resize(1200, 800);
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("2024-03-02-제주.md[*]"));
    QVERIFY(!window.isWindowModified());

    // The preview shows the body, never the front matter.
    QTRY_VERIFY_WITH_TIMEOUT(contentText(window.preview()).contains(QStringLiteral("바다와 오름")), 30000);
    QVERIFY(!contentText(window.preview()).contains(QStringLiteral("layout")));
    QCOMPARE(evaluate(window.preview()->page(), QStringLiteral("document.querySelector('#content h1').textContent"))
                 .toString(),
             QStringLiteral("바다와 오름"));

    // Type at the end, as a user would.
    MarkdownEdit *editor = window.editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("\n## 둘째 날"));
    QVERIFY(window.isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(contentText(window.preview()).contains(QStringLiteral("둘째 날")), 30000);
    QCOMPARE(evaluate(window.preview()->page(), QStringLiteral("document.querySelector('#content h2').textContent"))
                 .toString(),
             QStringLiteral("둘째 날"));

    QVERIFY2(window.saveTo(path, &error), qPrintable(error));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(readAll(path), post + QByteArrayLiteral("\r\n## 둘째 날"));
}

void TestMainWindow::scriptsInPostNeverRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("악성.md"));
    QVERIFY(writeAll(path,
                     QByteArrayLiteral("# 안전\n\n<script>document.title = 'ran';</script>\n\n"
                                       "<img src=\"data:image/png;base64,AAAA\" onerror=\"document.title = 'ran'\">\n\n"
                                       "<a href=\"#\" id=\"a\" onclick=\"document.title = 'ran'\">링크</a>\n")));
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(contentText(window.preview()).contains(QStringLiteral("안전")), 30000);
    // A broken image (kept: data: URLs are shown as they are) fails to
    // decode; its onerror handler must not run.
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(window.preview()->page(), QStringLiteral("document.querySelector('#content img').complete")).toBool(),
        10000);
    evaluate(window.preview()->page(), QStringLiteral("document.getElementById('a').click()"));
    QTest::qWait(300);
    QVERIFY(evaluate(window.preview()->page(), QStringLiteral("document.title")).toString() != u"ran");
    // The <script> element is in the DOM (innerHTML keeps it) but never ran.
    QCOMPARE(evaluate(window.preview()->page(), QStringLiteral("document.querySelectorAll('#content script').length"))
                 .toInt(),
             1);
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 제목\n")));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->moveCursor(QTextCursor::End);
    type(window.editor(), QStringLiteral("추가"));

    bool asked = false;
    QTimer::singleShot(200, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.close());
    QVERIFY(asked);
    QVERIFY(window.isVisible());
    QCOMPARE(readAll(path), QByteArrayLiteral("# 제목\n"));

    // Discard closes without writing.
    QTimer::singleShot(200, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.close());
    QCOMPARE(readAll(path), QByteArrayLiteral("# 제목\n"));
}

void TestMainWindow::startsUntitledAndUnmodified()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isWindowModified());
    QVERIFY(!window.editor()->document()->isModified());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled")));
    // Nothing to save: closing does not ask.
    bool asked = false;
    QTimer::singleShot(300, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Discard)->click();
        }
    });
    QVERIFY(window.close());
    QVERIFY(!asked);
}

void TestMainWindow::newPostIsProposedInTheSite()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("_posts")));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("_config.yml")), "title: 블로그\n"));
    const QString post = dir.filePath(QStringLiteral("_posts/2024-01-01-old.md"));
    QVERIFY(writeAll(post, "---\ntitle: old\n---\n"));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(post, &error));
    QCOMPARE(window.proposedPath(), post);
    window.newFile();
    QVERIFY(!window.isWindowModified());
    window.editor()->setPlainText(QStringLiteral("---\ntitle: 제주 여행 Day 1\n---\n\n본문\n"));
    QCOMPARE(window.proposedPath(),
             dir.filePath(QStringLiteral("_posts/%1-jeju-yeohaeng-day-1.md")
                              .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))));
    // Saving where Jekyll skips the post (no date in its name) is warned
    // of first; declined, nothing is written.
    const QString undated = dir.filePath(QStringLiteral("_posts/제주.md"));
    QString warning;
    auto *answer = new QTimer(&window);
    connect(answer, &QTimer::timeout, &window, [&, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            // Typed into the name field, as a writer would.
            if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))) {
                if (name->text() != undated) {
                    name->setText(undated);
                    QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
                }
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            answer->stop();
            warning = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    answer->start(100);
    QVERIFY(!window.saveAs());
    answer->stop();
    QVERIFY2(warning.contains(QStringLiteral("date")), qPrintable(warning));
    QVERIFY(!QFile::exists(undated));
    window.editor()->document()->setModified(false);
    // Outside any site: the home folder, not "Documents".
    MainWindow fresh;
    QCOMPARE(fresh.proposedPath(), QDir::homePath());
}

void TestMainWindow::journalFollowsTypingAndGoesOnDiscard()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 제목\n")));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->moveCursor(QTextCursor::End);
    type(window.editor(), QStringLiteral("잃지 않을 글"));
    const QString id = window.openPost()->journal().id();
    QTRY_COMPARE_WITH_TIMEOUT(RecoveryJournal::read(id).text, QStringLiteral("# 제목\n잃지 않을 글"), 2000);
    QCOMPARE(RecoveryJournal::read(id).postPath, path);
    // Undone back to the file's text: nothing to recover.
    window.editor()->document()->setModified(false);
    QTRY_COMPARE(RecoveryJournal::read(id).id, QString());
    type(window.editor(), QStringLiteral("더"));
    QTRY_VERIFY_WITH_TIMEOUT(!RecoveryJournal::read(id).id.isEmpty(), 2000);
    QTimer::singleShot(200, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.close());
    QCOMPARE(RecoveryJournal::read(id).id, QString());
    QCOMPARE(readAll(path), QByteArrayLiteral("# 제목\n"));
}

void TestMainWindow::externalChangeReloadsAnUnmodifiedPost()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 제목\n\n첫째 줄\n둘째 줄\n셋째 줄\n")));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.goToLine(4);
    QCOMPARE(window.editor()->textCursor().blockNumber(), 3);
    // git pull, Typora, a sync client: the file changes behind Geul's back.
    QVERIFY(writeAll(path, QByteArrayLiteral("# 새 제목\n\n첫째 줄\n바뀐 둘째 줄\n셋째 줄\n")));
    QTRY_COMPARE(window.editor()->toPlainText(), QStringLiteral("# 새 제목\n\n첫째 줄\n바뀐 둘째 줄\n셋째 줄\n"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.editor()->textCursor().blockNumber(), 3);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("reloaded")));
    // Saving now writes over nothing unseen.
    window.editor()->moveCursor(QTextCursor::End);
    type(window.editor(), QStringLiteral("넷째"));
    QVERIFY(window.save());
    QCOMPARE(readAll(path), QByteArrayLiteral("# 새 제목\n\n첫째 줄\n바뀐 둘째 줄\n셋째 줄\n넷째"));
}

void TestMainWindow::externalChangeToAModifiedPostAsks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 제목\n")));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->moveCursor(QTextCursor::End);
    type(window.editor(), QStringLiteral("내 글"));

    // Theirs arrives: Geul asks; the writer first looks at the differences,
    // then keeps their own text.
    QString shownDiff;
    QStringList buttons;
    // Clicks @p choice in the question once it is shown.
    const auto answer = [&](const QString &choice) {
        auto *poll = new QTimer(&window);
        connect(poll, &QTimer::timeout, &window, [&, poll, choice] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->deleteLater();
            poll->stop();
            buttons.clear();
            for (QAbstractButton *b : box->buttons())
                buttons << b->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == choice)
                    b->click();
            }
        });
        poll->start(50);
    };
    // Reads and closes the differences, then keeps the writer's text.
    auto *differences = new QTimer(&window);
    connect(differences, &QTimer::timeout, &window, [&, differences] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *view = modal ? modal->findChild<QPlainTextEdit *>(QStringLiteral("differences")) : nullptr;
        if (!view)
            return;
        differences->stop();
        shownDiff = view->toPlainText();
        modal->close();
        answer(QStringLiteral("Keep Mine"));
    });
    differences->start(50);
    answer(QStringLiteral("Show Differences…"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 제목\n그들의 글\n")));
    QTRY_VERIFY_WITH_TIMEOUT(!shownDiff.isEmpty(), 10000);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY2(buttons.contains(QStringLiteral("Reload")), qPrintable(buttons.join(u',')));
    QVERIFY2(shownDiff.contains(QStringLiteral("-그들의 글")) && shownDiff.contains(QStringLiteral("+내 글")),
             qPrintable(shownDiff));
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("# 제목\n내 글"));
    QCOMPARE(readAll(path), QByteArrayLiteral("# 제목\n그들의 글\n"));
    // Kept on purpose: saving writes the writer's text.
    QVERIFY(window.save());
    QCOMPARE(readAll(path), QByteArrayLiteral("# 제목\n내 글"));

    // Another change by them; this time the writer reloads.
    type(window.editor(), QStringLiteral("!"));
    answer(QStringLiteral("Reload"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 그들이 다시\n")));
    QTRY_COMPARE(window.editor()->toPlainText(), QStringLiteral("# 그들이 다시\n"));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::deletedFileKeepsTheText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 제목\n")));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("deleted or moved")));
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("# 제목\n"));
    // Closing now asks: the text exists nowhere else.
    QVERIFY(window.isWindowModified());
    // Saving to where it was is the writer's choice (Save As); it never
    // happens behind their back.
    QVERIFY(!QFile::exists(path));
    QVERIFY(window.saveTo(path, &error));
    QCOMPARE(readAll(path), QByteArrayLiteral("# 제목\n"));
    QVERIFY(!window.isWindowModified());

    // The whole folder deleted while the post is open: the text stays,
    // saving there says why it cannot.
    window.editor()->moveCursor(QTextCursor::End);
    type(window.editor(), QStringLiteral("남을 글"));
    QVERIFY(QDir(dir.path()).removeRecursively());
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("deleted or moved")));
    QVERIFY(!window.saveTo(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("# 제목\n남을 글"));
    QVERIFY(window.isWindowModified());
    window.editor()->document()->setModified(false);
}

void TestMainWindow::failedSaveKeepsTextAndOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 제목\n")));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(QStringLiteral("새 문단\n"));

    const QString nowhere = dir.filePath(QStringLiteral("없는 폴더/글.md"));
    QVERIFY(!window.saveTo(nowhere, &error));
    QVERIFY2(error.startsWith(nowhere + QStringLiteral(": ")), qPrintable(error));
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.filePath(), path);
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("# 제목\n새 문단\n"));
    QCOMPARE(readAll(path), QByteArrayLiteral("# 제목\n"));
    window.editor()->document()->setModified(false);
}

void TestMainWindow::fullDiskOffersSaveAs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("글.md"));
    QVERIFY(writeAll(path, QByteArrayLiteral("# 제목\n")));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(QString(8000, QChar(u'글')));
    // The disk is full: files may grow no larger than 4 KiB.
    std::optional<test::FullDisk> full;
    full.emplace();
    QVERIFY(full->isSet());
    QString message;
    QStringList buttons;
    QTimer::singleShot(300, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            for (QAbstractButton *b : box->buttons())
                buttons << b->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    const bool saved = window.save();
    full.reset();
    QVERIFY(!saved);
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(buttons.contains(QStringLiteral("Save As…")), qPrintable(buttons.join(u',')));
    QCOMPARE(readAll(path), QByteArrayLiteral("# 제목\n"));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.editor()->toPlainText().endsWith(QString(8000, QChar(u'글'))));

    // A name longer than the file system allows: said, nothing lost.
    const QString tooLong = dir.filePath(QString(200, QChar(u'가')) + QStringLiteral(".md"));
    QVERIFY(!window.saveTo(tooLong, &error));
    QVERIFY2(error.contains(QString(200, QChar(u'가'))), qPrintable(error));
    QCOMPARE(window.filePath(), path);
    QVERIFY(window.isWindowModified());
    window.editor()->document()->setModified(false);
}

void TestMainWindow::openRefusesBadFileAndKeepsDocument()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("글.md"));
    const QString bad = dir.filePath(QStringLiteral("euc-kr.md"));
    QVERIFY(writeAll(good, QByteArrayLiteral("# 제목\n")));
    QVERIFY(writeAll(bad, QByteArray("\xC7\xD1\xB1\xDB\n")));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(good, &error));
    QVERIFY(!window.openFile(bad, &error));
    QVERIFY2(error.startsWith(bad + QStringLiteral(":1:")), qPrintable(error));
    QCOMPARE(window.filePath(), good);
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("# 제목\n"));
}

void TestMainWindow::brokenFrontMatterStillPreviewsBody()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("깨진.md"));
    const QByteArray bytes = QByteArrayLiteral("---\ntitle: a\ntags: [하나, 둘\n---\n\n# 본문은 보인다\n");
    QVERIFY(writeAll(path, bytes));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(contentText(window.preview()).contains(QStringLiteral("본문은 보인다")), 30000);
    QVERIFY(!contentText(window.preview()).contains(QStringLiteral("title")));
    auto *status = window.findChild<QLabel *>(QStringLiteral("frontMatterStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("깨진.md:3:7: ")), qPrintable(status->text()));

    // The body stays editable, and fixing the YAML clears the message.
    QTextCursor cursor = window.editor()->document()->find(QStringLiteral("[하나, 둘"));
    QVERIFY(!cursor.isNull());
    cursor.insertText(QStringLiteral("[하나, 둘]"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().isEmpty(), 10000);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::formEditUndoneGivesOriginalBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-03-02-제주.md"));
    QVERIFY(writeAll(path, post));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *title = qobject_cast<QLineEdit *>(window.frontMatterForm()->field(QStringLiteral("title")));
    QVERIFY(title);
    QTRY_COMPARE(title->text(), QStringLiteral("2024년 제주 여행"));
    title->setFocus();
    title->setText(QStringLiteral("제주, 두 번째"));
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(window.isWindowModified());
    QVERIFY2(window.saveTo(path, &error), qPrintable(error));
    QByteArray edited = post;
    edited.replace("\"2024년 제주 여행\"", "\"제주, 두 번째\"");
    QCOMPARE(readAll(path), edited);

    window.editor()->setFocus();
    QTest::keySequence(window.editor(), QKeySequence::Undo);
    QVERIFY2(window.saveTo(path, &error), qPrintable(error));
    QCOMPARE(readAll(path), post);
}

void TestMainWindow::siteImagesShowAndNothingElseIsServed()
{
    QTemporaryDir dir;
    QDir site(dir.filePath(QStringLiteral("site")));
    QVERIFY(site.mkpath(QStringLiteral("_posts")));
    QVERIFY(site.mkpath(QStringLiteral("assets/img/2024-03-02-jeju")));
    QVERIFY(writeAll(site.filePath(QStringLiteral("_config.yml")), "title: x\n"));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    // A name with a space, written in NFD as macOS does.
    const QString nfdName = QStringLiteral("\u1112\u1161\u11AB\u1105\u1161\u1109\u1161\u11AB 1.png"); // 한라산 1.png
    QVERIFY(image.save(site.filePath(QStringLiteral("assets/img/2024-03-02-jeju/") + nfdName)));
    QVERIFY(image.save(site.filePath(QStringLiteral("assets/img/2024-03-02-jeju/image-20240302101530123.png"))));
    QVERIFY(image.save(dir.filePath(QStringLiteral("outside.png"))));
    const QString path = site.filePath(QStringLiteral("_posts/2024-03-02-jeju.md"));
    QVERIFY(writeAll(path, "---\ntitle: 제주\ntypora-root-url: ../\n---\n\n# 사진\n\n"
                           "![a](/assets/img/2024-03-02-jeju/image-20240302101530123.png)\n\n"
                           "<img src=\"/assets/img/2024-03-02-jeju/한라산 1.png\" style=\"zoom: 50%;\" />\n\n"
                           "![없음](/assets/img/2024-03-02-jeju/없음.png)\n"));
    MainWindow window;
    QString error;
    QVERIFY(window.openFile(path, &error));
    window.show();
    QWebEnginePage *page = window.preview()->page();
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.querySelectorAll('#content img').length")).toInt(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("Array.from(document.querySelectorAll('#content img'))"
                                                           ".every(i => i.complete && i.naturalWidth === 40)"))
                                 .toBool(),
                             10000);
    // Zoomed as Typora shows it.
    QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelectorAll('#content img')[1]).zoom"))
                 .toString(),
             QStringLiteral("0.5"));
    // The missing one says so, with the path as written.
    QVERIFY(evaluate(page, QStringLiteral("document.querySelector('#content .geul-missing').textContent"))
                .toString()
                .contains(QStringLiteral("/assets/img/2024-03-02-jeju/없음.png")));

    // The scheme serves the site, and nothing outside it.
    auto probe = [&](const QString &file) {
        const QString url = QString::fromUtf8(QUrl(QStringLiteral("geul-asset:") + file).toEncoded());
        evaluate(page, QStringLiteral("(() => { const i = new Image(); i.id = 'probe'; i.src = '%1';"
                                      " document.getElementById('probe')?.remove(); document.body.append(i); })()")
                           .arg(url));
        if (!QTest::qWaitFor(
                [&] { return evaluate(page, QStringLiteral("document.getElementById('probe').complete")).toBool(); },
                10000))
            return -1;
        return evaluate(page, QStringLiteral("document.getElementById('probe').naturalWidth")).toInt();
    };
    // URLs are the site's own: the page carries no path of this computer.
    const QString pageHtml = evaluate(page, QStringLiteral("document.documentElement.outerHTML")).toString();
    QVERIFY2(!pageHtml.contains(dir.path()) && !pageHtml.contains(QString::fromUtf8(QUrl::toPercentEncoding(dir.path(), "/"))),
             qPrintable(pageHtml.left(2000)));
    QCOMPARE(probe(QStringLiteral("/assets/img/2024-03-02-jeju/image-20240302101530123.png")), 40);
    QCOMPARE(probe(QStringLiteral("/../outside.png")), 0);
    QCOMPARE(probe(QStringLiteral("/assets/img/2024-03-02-jeju/../../../outside.png")), 0);
    QCOMPARE(probe(site.filePath(QStringLiteral("assets/img/2024-03-02-jeju/image-20240302101530123.png"))), 0);
    // Nothing hidden: not a repository's files, not a dotfile.
    QVERIFY(writeAll(site.filePath(QStringLiteral(".hidden.png")), readAll(dir.filePath(QStringLiteral("outside.png")))));
    QCOMPARE(probe(QStringLiteral("/.hidden.png")), 0);
}

// Math is typeset on the screen first, the rest while the page is idle:
// in the end every formula of a long post is, and those in view at once.
void TestMainWindow::mathFarBelowIsTypesetToo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-05-02-긴-수식.md"));
    QVERIFY(writeLongPost(path, "---\ntitle: 긴 수식\nuse_math: true\n---\n\n",
                          QStringLiteral("문단 %1: $x_{%1}^2 + y^2$ 그리고 평범한 글."), 600));
    MainWindow window;
    QVERIFY(openLarge(window, path));
    QWebEnginePage *page = window.preview()->page();
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("!!window.geulPreview && window.geulPreview.pageTimes().shown !== undefined")).toBool(), 30000);
    // In view: typeset by the time the page is drawn, or right after.
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("window.geulPreview.mathWaitingInView()")).toInt(), 0, 5000);
    QVERIFY(evaluate(page, QStringLiteral("document.querySelectorAll('#content .katex').length")).toInt() > 0);
    // Everything, in the end.
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelectorAll('#content .katex').length")).toInt(),
                              600, 30000);
    QCOMPARE(evaluate(page, QStringLiteral("window.geulPreview.mathWaiting()")).toInt(), 0);
    // The last formula, far below, as KaTeX writes it (the page's blocks
    // stand in groups: the last paragraph of all).
    QVERIFY(evaluate(page, QStringLiteral("Array.from(document.querySelectorAll('#content p')).pop()"
                                          ".querySelector('.katex annotation').textContent"))
                .toString()
                .contains(QStringLiteral("x_{599}")));
}

void TestMainWindow::mathIsTypesetAndBadFormulasStayLocal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-05-01-수식.md"));
    QVERIFY(writeAll(path, "---\ntitle: 수식\nuse_math: true\n---\n\n인라인 $a_1 * b_1$ 수식.\n\n"
                           "$$\n\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\n$$\n\n"
                           "틀린 수식 $\\frac{1}$ 은 여기서만 틀린다.\n\n뒤 문단은 *멀쩡하다*.\n"));
    MainWindow window;
    window.resize(1400, 900); // as geul opens (at its hint, the preview has no width to draw math in)
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.show();
    QWebEnginePage *page = window.preview()->page();
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.querySelectorAll('#content .katex').length")).toInt(), 2, 30000);
    // Display math as a display, inline as inline, `_` and `*` untouched:
    // kramdown made `\[...\]` of the `$$` block, and left `$...$` to the
    // page, where it is found in the text as the blog's MathJax finds it.
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('#content .geul-math.display .katex-display').length"))
                 .toInt(),
             1);
    QVERIFY(evaluate(page, QStringLiteral("document.querySelector('#content p .katex annotation').textContent"))
                .toString()
                .contains(QStringLiteral("a_1 * b_1")));
    // KaTeX's own fonts, from the system, through our scheme.
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, QStringLiteral(
                           "document.fonts.check('16px KaTeX_Main') && "
                           "Array.from(document.fonts).some(f => f.family === 'KaTeX_Main' && f.status === 'loaded')"))
            .toBool(),
        10000);
    // The bad formula shows its error in place; the rest is rendered.
    const QString errorText
        = evaluate(page, QStringLiteral("document.querySelector('#content .geul-math-error').textContent")).toString();
    QVERIFY2(errorText.contains(QStringLiteral("\\frac{1}")), qPrintable(errorText));
    QVERIFY2(errorText.contains(QStringLiteral("KaTeX parse error")), qPrintable(errorText));
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('#content em').textContent")).toString(),
             QStringLiteral("멀쩡하다"));
}

void TestMainWindow::unchangedBlocksAreKeptAcrossEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-05-02-편집.md"));
    QVERIFY(writeAll(path, "---\ntitle: 편집\nuse_math: true\n---\n\n# 처음\n\n둘째 문단 $x^2$.\n\n"
                           "![그림](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                           "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==)\n\n끝 문단.\n"));
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.show();
    QWebEnginePage *page = window.preview()->page();
    QTRY_VERIFY_WITH_TIMEOUT(contentText(window.preview()).contains(QStringLiteral("끝 문단")), 30000);
    // Math is typeset once its block is near the view, or when the page is idle.
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelectorAll('#content .katex').length")).toInt(),
                              1, 30000);
    // Mark the nodes, then edit the first heading (which shifts nothing)
    // and add a line above the rest (which shifts every line below).
    evaluate(page, QStringLiteral("document.querySelector('#content img').marked = 'kept';"
                                  "document.querySelector('#content .katex').marked = 'kept';"));
    QTextCursor cursor(window.editor()->document()->findBlockByNumber(5));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" 바뀜\n\n새 문단"));
    QTRY_VERIFY_WITH_TIMEOUT(contentText(window.preview()).contains(QStringLiteral("새 문단")), 30000);
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('#content img').marked")).toString(),
             QStringLiteral("kept"));
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('#content .katex').marked")).toString(),
             QStringLiteral("kept"));
    // The kept blocks carry their new lines.
    QCOMPARE(
        evaluate(page, QStringLiteral("document.querySelector('#content p:last-child').getAttribute('data-sourcepos')"))
            .toString()
            .section(u':', 0, 0),
        QStringLiteral("14"));
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('#content h1').textContent")).toString(),
             QStringLiteral("처음 바뀜"));
}

// A long post's blocks stand in groups on the page: edits that empty
// groups, grow one past its size and touch several keep every paragraph,
// in order, on the lines it stands on.
void TestMainWindow::longPostPatchedInOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-05-03-긴글.md"));
    QVERIFY(writeLongPost(path, "---\ntitle: 긴 글\n---\n\n", QStringLiteral("문단 %1."), 500));
    MainWindow window;
    QVERIFY(openLarge(window, path));
    QWebEnginePage *page = window.preview()->page();
    QTRY_VERIFY_WITH_TIMEOUT(contentNodesText(window.preview()).contains(QStringLiteral("문단 499.")), 30000);
    QVERIFY(evaluate(page, QStringLiteral("document.querySelectorAll('#content > .geul-group').length")).toInt() > 5);

    // What the page shows: each paragraph's text and first line.
    const auto shown = [page] {
        return evaluate(page, QStringLiteral("Array.from(document.querySelectorAll('#content p'))"
                                             ".map(p => p.getAttribute('data-sourcepos').split(':')[0] + ' ' + p.textContent)"
                                             ".join('\\n')"))
            .toString();
    };
    // What it should show: the editor's paragraphs on their lines.
    const auto expected = [&window] {
        QStringList lines;
        const QTextDocument *document = window.editor()->document();
        for (QTextBlock block = document->findBlockByNumber(4); block.isValid(); block = block.next()) {
            if (!block.text().isEmpty())
                lines << QStringLiteral("%1 %2").arg(block.blockNumber() + 1).arg(block.text());
        }
        return lines.join(u'\n');
    };
    QCOMPARE(shown(), expected());

    QTextCursor cursor(window.editor()->document());
    // Paragraphs 100 to 399 go: whole groups empty.
    cursor.setPosition(window.editor()->document()->findBlockByNumber(4 + 2 * 100).position());
    cursor.setPosition(window.editor()->document()->findBlockByNumber(4 + 2 * 400).position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QTRY_COMPARE_WITH_TIMEOUT(shown(), expected(), 30000);
    // 300 new ones in the middle: one group grows past its size.
    QString inserted;
    for (int i = 0; i < 300; ++i)
        inserted += QStringLiteral("새 문단 %1.\n\n").arg(i);
    cursor.setPosition(window.editor()->document()->findBlockByNumber(4 + 2 * 50).position());
    cursor.insertText(inserted);
    QTRY_COMPARE_WITH_TIMEOUT(shown(), expected(), 30000);
    // Small edits here and there.
    for (const int paragraph : {0, 120, 333, 499}) {
        QTextBlock block = window.editor()->document()->findBlockByNumber(4 + 2 * paragraph);
        if (!block.isValid())
            continue;
        QTextCursor at(block);
        at.movePosition(QTextCursor::EndOfBlock);
        at.insertText(QStringLiteral(" 고침"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(shown(), expected(), 30000);
    // No group is left empty or grown past twice its size.
    QVERIFY(evaluate(page, QStringLiteral("Array.from(document.querySelectorAll('#content > .geul-group'))"
                                          ".every(g => g.childNodes.length > 0 && g.childNodes.length <= 192)"))
                .toBool());
}

// Groups far from the view are left out of drawing, in their place: the
// page's geometry is the same as with every group drawn, at the top and at
// the end, and an edit far away reaches the page without drawing it.
void TestMainWindow::farGroupsKeepTheirPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-05-03-섞인글.md"));
    // Blocks whose margins collapse with their neighbours' in many ways:
    // headings, tight and loose lists, quotes, code, tables, rules.
    QVERIFY(writeLongPost(path, "---\ntitle: 섞인 글\n---\n\n",
                          QStringLiteral("## 제목 %1\n\n문단 %1 입니다.\n\n- 항목\n- 둘\n\n1. 느슨한 목록\n\n2. 둘째\n\n"
                                         "> 인용 %1\n>\n> 둘째 줄\n\n```\ncode %1\n```\n\n| 가 | 나 |\n|---|---|\n| 1 | 2 |\n\n"
                                         "<div markdown=\"1\">\n\n*안쪽* %1\n\n</div>\n\n---"),
                          150));
    MainWindow window;
    QVERIFY(openLarge(window, path));
    QWebEnginePage *page = window.preview()->page();
    QTRY_VERIFY_WITH_TIMEOUT(contentNodesText(window.preview()).contains(QStringLiteral("안쪽 149")), 30000);
    const QString farCount = QStringLiteral("document.querySelectorAll('#content > .geul-far').length");
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, farCount).toInt() > 3, 10000);

    // Where each group stands, and how tall the page is.
    const QString geometry = QStringLiteral(
        "JSON.stringify([document.documentElement.scrollHeight].concat("
        "Array.from(document.querySelectorAll('#content > .geul-group')).map(g => {"
        " const r = g.getBoundingClientRect(); return [Math.round(r.top + scrollY), Math.round(r.bottom + scrollY)]; })))");
    // The same with every group drawn (nothing left out), then as before.
    const auto drawnWhole = [&] {
        evaluate(page, QStringLiteral("(() => { const s = document.createElement('style'); s.id = 'whole';"
                                      " s.textContent = '.geul-far { content-visibility: visible !important;"
                                      " margin: 0 !important; }'; document.head.append(s); })()"));
        const QString whole = evaluate(page, geometry).toString();
        evaluate(page, QStringLiteral("document.getElementById('whole').remove()"));
        return whole;
    };
    QVERIFY(sameGeometry(evaluate(page, geometry).toString(), drawnWhole()));

    // At the end: the groups there are drawn, those at the top are not.
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->ensureCursorVisible();
    evaluate(page, QStringLiteral("window.scrollTo(0, document.documentElement.scrollHeight)"));
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("!document.querySelector('#content > .geul-group:last-child').classList.contains('geul-far')"
                                      " && document.querySelector('#content > .geul-group').classList.contains('geul-far')"))
            .toBool(),
        10000);
    QVERIFY(sameGeometry(evaluate(page, geometry).toString(), drawnWhole()));

    // Paragraphs added at the top, far from the view: on the page, in a
    // group still left out, which takes its new size.
    QTextCursor cursor(window.editor()->document()->findBlockByNumber(6));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" 멀리서 고침\n\n더한 문단.\n\n또 더한 문단.\n\n> 더한 인용"));
    QTRY_VERIFY_WITH_TIMEOUT(contentNodesText(window.preview()).contains(QStringLiteral("더한 인용")), 30000);
    const QString firstFar
        = QStringLiteral("document.querySelector('#content > .geul-group').classList.contains('geul-far')");
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, firstFar).toBool() && sameGeometry(evaluate(page, geometry).toString(), drawnWhole()),
                             10000);

    // The editor asks for a heading in a far group: it stands at the top of
    // the view (measured drawn, not in the group's containment, where its
    // margin would count twice).
    const int heading = window.editor()->document()->find(QStringLiteral("## 제목 40")).blockNumber() + 1;
    QVERIFY(heading > 1);
    QVERIFY(evaluate(page, QStringLiteral("Array.from(document.querySelectorAll('#content h2')).find(h => h.textContent === '제목 40')"
                                          ".closest('.geul-group').classList.contains('geul-far')"))
                .toBool());
    QVERIFY(waitUntilDrawn(window));
    window.editor()->scrollToLine(heading);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("Math.abs(Array.from(document.querySelectorAll('#content h2')).find(h => h.textContent === '제목 40')"
                                      ".getBoundingClientRect().top) <= 2"))
            .toBool(),
        10000);

    // Back at the top: the first group drawn again, where it was.
    evaluate(page, QStringLiteral("window.scrollTo(0, 0)"));
    QTRY_VERIFY_WITH_TIMEOUT(!evaluate(page, firstFar).toBool(), 10000);
    QVERIFY(sameGeometry(evaluate(page, geometry).toString(), drawnWhole()));
}

void TestMainWindow::scrollFollowsBothWays()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-05-03-긴글.md"));
    QByteArray text = "---\ntitle: 긴 글\n---\n";
    for (int i = 0; i < 300; ++i)
        text += "\n문단 " + QByteArray::number(i) + " 입니다.\n";
    QVERIFY(writeAll(path, text));
    MainWindow window;
    QVERIFY(openAndWaitFor(window, path, QStringLiteral("문단 299")));
    QWebEnginePage *page = window.preview()->page();
    const QString topBlockLine = topLineScript(QStringLiteral("p"));

    // Editor to preview. Paragraph i stands on line 5 + 2i.
    window.editor()->scrollToLine(205);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(evaluate(page, topBlockLine).toInt() - 205) <= 2, 10000);

    // Preview to editor, with no echo back to the preview.
    const int y
        = evaluate(page,
                   QStringLiteral("Math.round(document.querySelectorAll('#content p')[50].getBoundingClientRect().top"
                                  " + window.scrollY)"))
              .toInt();
    evaluate(page, QStringLiteral("window.scrollTo(0, %1)").arg(y));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(window.editor()->topLine() - 105) < 2, 10000);
    QTest::qWait(500);
    QCOMPARE(evaluate(page, QStringLiteral("Math.round(window.scrollY)")).toInt(), y);

    // A click on a block puts the cursor on its first line.
    evaluate(page, QStringLiteral("document.querySelectorAll('#content p')[52].click()"));
    QTRY_COMPARE_WITH_TIMEOUT(window.editor()->textCursor().blockNumber() + 1, 109, 10000);
}

// A list of hundreds of items is one block: the preview still finds the
// item of the editor's line, and shows the line being typed.
void TestMainWindow::scrollFollowsIntoALongList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-05-03-목록.md"));
    QByteArray text = "---\ntitle: 긴 목록\n---\n\n";
    // Items of unequal height: the list's box says little of where one is.
    for (int i = 0; i < 400; ++i)
        text += "- 항목 " + QByteArray::number(i) + (i < 200 ? QByteArray(" 길게 이어지는 글").repeated(30) : QByteArray()) + "\n";
    text += "\n끝 문단.\n";
    QVERIFY(writeAll(path, text));
    MainWindow window;
    QVERIFY(openAndWaitFor(window, path, QStringLiteral("끝 문단")));
    QWebEnginePage *page = window.preview()->page();
    const QString topItemLine = topLineScript(QStringLiteral("li"));
    // Item i stands on line 5 + i.
    window.editor()->scrollToLine(305);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(evaluate(page, topItemLine).toInt() - 305) <= 2, 10000);

    // Typing in item 350: the preview shows it.
    QTextCursor cursor(window.editor()->document()->findBlockByNumber(4 + 350));
    cursor.movePosition(QTextCursor::EndOfBlock);
    window.editor()->setTextCursor(cursor);
    window.editor()->insertPlainText(QStringLiteral(" 고침"));
    const QString typedShown = QStringLiteral(
        "(() => { const li = Array.from(document.querySelectorAll('#content li')).find(li => li.textContent.endsWith('고침'));"
        " if (!li) return false; const r = li.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()");
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, typedShown).toBool(), 10000);
}

void TestMainWindow::remoteImagesCanBeTurnedOff()
{
    // A real HTTP server on this machine stands for the internet.
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: no-store\r\nContent-Length: "
                    + QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" + png);
                socket->disconnectFromHost();
            });
        }
    });
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("원격.md"));
    QVERIFY(writeAll(path, ("# 원격 그림\n\n![원격](" + base + "a.png)\n").toUtf8()));
    MainWindow window;
    window.setRemoteImages(true);
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.show();
    QWebEnginePage *page = window.preview()->page();
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("(() => { const i = document.querySelector('#content img');"
                                                           " return !!i && i.complete && i.naturalWidth === 3; })()"))
                                 .toBool(),
                             30000);
    QVERIFY(requests >= 1);

    window.setRemoteImages(false);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.querySelector('#content .geul-missing')?.textContent || ''"))
            .toString()
            .contains(base + QStringLiteral("a.png")),
        30000);
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('#content img').length")).toInt(), 0);
    // Whatever else asks the network is refused, and the server hears nothing.
    const int before = requests;
    evaluate(page, QStringLiteral("(() => { const i = new Image(); i.id = 'probe'; i.src = '%1b.png?' + Date.now();"
                                  " document.body.append(i); })()")
                       .arg(base));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.getElementById('probe').complete")).toBool(),
                             10000);
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('probe').naturalWidth")).toInt(), 0);
    QTest::qWait(200);
    QCOMPARE(requests, before);
    window.setRemoteImages(true);
}

void TestMainWindow::standalonePageOpensAlone()
{
    // geul-cli writes the page; a plain browser page opens it with no other
    // file around and shows the image and the typeset math.
    QTemporaryDir dir;
    QDir site(dir.filePath(QStringLiteral("site")));
    QVERIFY(site.mkpath(QStringLiteral("_posts")) && site.mkpath(QStringLiteral("assets")));
    QVERIFY(writeAll(site.filePath(QStringLiteral("_config.yml")), "title: x\n"));
    QImage image(5, 4, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(site.filePath(QStringLiteral("assets/사진.png"))));
    const QString post = site.filePath(QStringLiteral("_posts/2024-01-01-p.md"));
    QVERIFY(writeAll(
        post, "---\ntitle: 독립\nuse_math: true\n---\n$$\n\\int_0^1 x\\,dx\n$$\n\n![사진](/assets/사진.png)\n\n"
              "<script>document.title = 'ran';</script>\n\n<img src=\"x\" onerror=\"document.title = 'ran'\">\n"));
    QTemporaryDir alone;
    const QString page = alone.filePath(QStringLiteral("page.html"));
    QProcess cli;
    cli.start(QStringLiteral(GEUL_CLI_PATH),
              {QStringLiteral("render"), QStringLiteral("--standalone"), post, QStringLiteral("-o"), page});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(QDir(alone.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1);

    QWebEngineProfile profile;
    QWebEnginePage browser(&profile);
    QSignalSpy loaded(&browser, &QWebEnginePage::loadFinished);
    browser.load(QUrl::fromLocalFile(page));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
    QVERIFY(loaded.first().first().toBool());
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(&browser, QStringLiteral("document.querySelectorAll('.katex-display').length")).toInt(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(&browser, QStringLiteral("document.querySelector('img').naturalWidth")).toInt(),
                              5, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(
            &browser,
            QStringLiteral("Array.from(document.fonts).some(f => f.family === 'KaTeX_Main' && f.status === 'loaded')"))
            .toBool(),
        10000);
    // Geul's scripts ran (the math above); the post's never do.
    QTest::qWait(300);
    QCOMPARE(evaluate(&browser, QStringLiteral("document.title")).toString(), QStringLiteral("독립"));
}

namespace {

// A Jekyll site in @p dir with one post; returns the post's path.
QString makeSite(const QTemporaryDir &dir, const QString &postName, const QByteArray &text)
{
    QDir site(dir.filePath(QStringLiteral("site")));
    if (!site.mkpath(QStringLiteral("_posts")) || !writeAll(site.filePath(QStringLiteral("_config.yml")), "title: x\n"))
        return {};
    const QString post = site.filePath(QStringLiteral("_posts/") + postName);
    return writeAll(post, text) ? post : QString();
}

// Saves an image of @p size in @p color as @p file, making its folder.
bool saveImage(const QString &file, QSize size, Qt::GlobalColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return QDir().mkpath(QFileInfo(file).absolutePath()) && image.save(file);
}

} // namespace

void TestMainWindow::pastedScreenshotGoesToTheAssetFolder()
{
    QTemporaryDir dir;
    const QByteArray original = "---\ntitle: 붙여넣기\n---\n\n본문 ";
    const QString post = makeSite(dir, QStringLiteral("2024-06-01-붙여넣기.md"), original);
    QVERIFY(!post.isEmpty());
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(post, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(contentText(window.preview()).contains(QStringLiteral("본문")), 30000);

    // A screenshot on the real clipboard, pasted with Ctrl+V.
    QImage screenshot(30, 20, QImage::Format_RGB32);
    screenshot.fill(Qt::darkGreen);
    screenshot.setPixelColor(3, 4, Qt::red);
    QGuiApplication::clipboard()->setImage(screenshot);
    MarkdownEdit *editor = window.editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);

    static const QRegularExpression link(
        QStringLiteral("!\\[(image-\\d{17})\\]\\(/assets/img/2024-06-01-붙여넣기/(image-\\d{17})\\.png\\)$"));
    const QRegularExpressionMatch m = link.match(editor->text());
    QVERIFY2(m.hasMatch(), qPrintable(editor->text()));
    QCOMPARE(m.captured(1), m.captured(2));
    const QString file = QFileInfo(post).absolutePath() + QStringLiteral("/../assets/img/2024-06-01-붙여넣기/")
                         + m.captured(2) + QStringLiteral(".png");
    QImage stored;
    QVERIFY(stored.load(file));
    QCOMPARE(stored.size(), screenshot.size());
    QCOMPARE(stored.pixelColor(3, 4), QColor(Qt::red));
    QCOMPARE(stored.pixelColor(10, 10), QColor(Qt::darkGreen));
    // Typora sees the same image: the post now says where the root is.
    QVERIFY2(editor->text().startsWith(QStringLiteral("---\ntitle: 붙여넣기\ntypora-root-url: ../\n---\n")),
             qPrintable(editor->text()));
    QWebEnginePage *page = window.preview()->page();
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.querySelector('#content img')?.naturalWidth ?? 0")).toInt(), 30, 30000);

    // One undo step takes the link and the key away; the file stays.
    editor->undo();
    QCOMPARE(editor->text(), QString::fromUtf8(original));
    QVERIFY(QFile::exists(file));
}

void TestMainWindow::droppedFilesAreCopiedAtTheDropPosition()
{
    QTemporaryDir dir;
    const QString post = makeSite(dir, QStringLiteral("2024-06-03-drop.md"),
                                  "---\ntitle: 끌어놓기\ntypora-root-url: ../\n---\n첫 줄\n둘째 줄\n");
    QVERIFY(!post.isEmpty());
    QImage image(7, 5, QImage::Format_RGB32);
    image.fill(Qt::yellow);
    const QString nfd = dir.filePath(QStringLiteral("\u1112\u1161\u11AB\u1105\u1161\u1109\u1161\u11AB 1.png"));
    const QString plain = dir.filePath(QStringLiteral("b c.png"));
    QVERIFY(image.save(nfd) && image.save(plain));
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(post, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MarkdownEdit *editor = window.editor();

    const auto drop = [&](const QList<QUrl> &urls) {
        auto *mime = new QMimeData;
        mime->setUrls(urls);
        // The start of the line "둘째 줄".
        const QPoint at
            = editor->cursorRect(QTextCursor(editor->document()->findBlockByNumber(5))).center()
              - QPoint(editor->cursorRect(QTextCursor(editor->document()->findBlockByNumber(5))).width(), 0);
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor->viewport(), &move);
        QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor->viewport(), &dropEvent);
        delete mime;
    };
    drop({QUrl::fromLocalFile(nfd), QUrl::fromLocalFile(plain)});
    const QString nfdName = QFileInfo(nfd).fileName();
    const QString expected
        = QStringLiteral("---\ntitle: 끌어놓기\ntypora-root-url: ../\n---\n첫 줄\n"
                         "![%1](/assets/img/2024-06-03-drop/%2)\n\n"
                         "![b c](/assets/img/2024-06-03-drop/b%20c.png)둘째 줄\n")
              .arg(QFileInfo(nfd).completeBaseName(), QString(nfdName).replace(u' ', QLatin1String("%20")));
    QCOMPARE(editor->text(), expected);
    const QString folder = QFileInfo(post).absolutePath() + QStringLiteral("/../assets/img/2024-06-03-drop/");
    QVERIFY(QFile::exists(folder + nfdName));
    QVERIFY(QFile::exists(folder + QStringLiteral("b c.png")));

    // A dropped folder: a clear message, and nothing changes.
    const QString before = editor->text();
    drop({QUrl::fromLocalFile(dir.filePath(QStringLiteral("site")))});
    QCOMPARE(editor->text(), before);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("is a folder")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);

    // A damaged image: refused with a message, nothing stored.
    const QString broken = dir.filePath(QStringLiteral("깨짐.png"));
    QVERIFY(writeAll(broken, QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(100, 'x')));
    drop({QUrl::fromLocalFile(broken)});
    QCOMPARE(editor->text(), before);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("damaged")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
}

void TestMainWindow::imagesOfAnUnsavedPostMoveOnFirstSave()
{
    QTemporaryDir dir;
    const QString existing = makeSite(dir, QStringLiteral("2024-01-01-old.md"), "---\ntitle: old\n---\n");
    QVERIFY(!existing.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MarkdownEdit *editor = window.editor();
    editor->setPlainText(QStringLiteral("---\ntitle: 새 글\n---\n\n"));
    editor->moveCursor(QTextCursor::End);
    QImage image(9, 6, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QGuiApplication::clipboard()->setImage(image);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(editor->text().contains(QStringLiteral("](untitled.assets/image-")), qPrintable(editor->text()));

    // Shown before the post has a place.
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window.preview()->page(), QStringLiteral("document.querySelector('#content img')?.naturalWidth ?? 0"))
            .toInt(),
        9, 30000);

    // The folder is chosen after the paste: the image follows the setting
    // the post has when it is first saved.
    editor->replaceText(editor->text().replace(QStringLiteral("title: 새 글\n"),
                                               QStringLiteral("title: 새 글\ntypora-copy-images-to: ../images\n")));
    const QString post = QFileInfo(existing).absolutePath() + QStringLiteral("/2024-06-02-새글.md");
    QString error;
    QVERIFY2(window.saveTo(post, &error), qPrintable(error));
    const QString saved = QString::fromUtf8(readAll(post));
    static const QRegularExpression link(QStringLiteral("\\]\\(/images/(image-\\d{17}\\.png)\\)"));
    const QRegularExpressionMatch m = link.match(saved);
    QVERIFY2(m.hasMatch(), qPrintable(saved));
    QVERIFY(saved.contains(QStringLiteral("typora-root-url: ../\n")));
    QCOMPARE(editor->text(), saved);
    QVERIFY(!window.isWindowModified());
    QImage moved;
    QVERIFY(moved.load(QFileInfo(existing).absolutePath() + QStringLiteral("/../images/") + m.captured(1)));
    QCOMPARE(moved.pixelColor(2, 2), QColor(Qt::magenta));
    // The preview follows the image to its new place.
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(window.preview()->page(), QStringLiteral("(() => { const i = document.querySelector('#content img');"
                                                          " return !!i && i.src.startsWith('geul-asset:/images/')"
                                                          " && i.complete && i.naturalWidth === 9; })()"))
            .toBool(),
        30000);
}

void TestMainWindow::screenshotPastedIntoTheSampleSite()
{
    // A copy of the sample site; a screenshot of Geul itself is pasted into
    // one of its posts. With GEUL_TEST_SCREENSHOTS set to a folder, the
    // window is saved there for people to look at.
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("sample-site"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), QStringLiteral(GEUL_SAMPLE_SITE), site})
            == 0);
    const QString post = site + QStringLiteral("/_posts/2024-03-10-Hello-Geul.md");
    MainWindow window;
    window.resize(1400, 900);
    QString error;
    QVERIFY2(window.openFile(post, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!contentText(window.preview()).isEmpty(), 30000);
    QTest::qWait(500);
    QGuiApplication::clipboard()->setImage(window.grab().toImage().scaledToWidth(640, Qt::SmoothTransformation));

    MarkdownEdit *editor = window.editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("\n\n붙여넣은 화면:\n\n"));
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    // The post has an image of that kind already: the pasted one is last.
    static const QRegularExpression pasted(QStringLiteral("/(image-\\d{17}\\.png)\\)"));
    QString name;
    for (const QRegularExpressionMatch &m : pasted.globalMatch(editor->text()))
        name = m.captured(1);
    QVERIFY2(!name.isEmpty(), qPrintable(editor->text()));
    window.goToLine(editor->document()->blockCount() - 6);
    QWebEnginePage *page = window.preview()->page();
    const QString probe = QStringLiteral("(() => { const i = Array.from(document.querySelectorAll('#content img'))"
                                         ".find(i => i.src.endsWith('/%1')); return i ? i.naturalWidth : -1; })()")
                              .arg(name);
    // Shown; its CSS width follows the resolution the grab recorded.
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, probe).toInt() > 0, 30000);
    QImage stored;
    QVERIFY(stored.load(site + QStringLiteral("/assets/img/2024-03-10-Hello-Geul/") + name));
    QCOMPARE(stored.width(), 640);
    if (const QString folder = qEnvironmentVariable("GEUL_TEST_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(1000);
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("pasted-screenshot.png"))));
    }
}

void TestMainWindow::imageLinkActions()
{
    QTemporaryDir dir;
    const QString post
        = makeSite(dir, QStringLiteral("2024-06-04-p.md"),
                   "---\ntitle: p\ntypora-root-url: ../\n---\n"
                   "앞 ![그림](/assets/img/2024-06-04-p/a.png) 뒤\n\n![또](/assets/img/2024-06-04-p/a.png)\n");
    QVERIFY(!post.isEmpty());
    const QString folder = QFileInfo(post).absolutePath() + QStringLiteral("/../assets/img/2024-06-04-p/");
    QVERIFY(QDir().mkpath(folder));
    QImage image(6, 6, QImage::Format_RGB32);
    image.fill(Qt::cyan);
    QVERIFY(image.save(folder + QStringLiteral("a.png")) && image.save(folder + QStringLiteral("unused.png")));
    QVERIFY(image.save(folder + QStringLiteral("taken.png")));
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(post, &error), qPrintable(error));
    MarkdownEdit *editor = window.editor();
    const auto imageAt
        = [&](const QString &near) { return Reading::read(editor->text()).imageAt(editor->text().indexOf(near)); };

    QCOMPARE(window.unusedImages(), QStringList({QFileInfo(folder + QStringLiteral("taken.png")).absoluteFilePath(),
                                                 QFileInfo(folder + QStringLiteral("unused.png")).absoluteFilePath()}));

    // Renaming to the name it has changes nothing, and saves nothing:
    // unsaved text stays marked unsaved.
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(QStringLiteral("저장 안 한 줄\n"));
    QVERIFY(window.renameImage(*imageAt(QStringLiteral("그림")), QStringLiteral("a"), &error));
    QVERIFY(window.isWindowModified());
    editor->document()->undo();
    editor->document()->setModified(false);

    // Names that cannot be, and a name that is taken: nothing changes.
    const QString before = editor->text();
    for (const QString &bad :
         {QStringLiteral("a/b"), QStringLiteral("a\u0001b"), QStringLiteral(" "), QStringLiteral("taken")}) {
        QVERIFY(!window.renameImage(*imageAt(QStringLiteral("그림")), bad, &error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(editor->text(), before);
    QVERIFY(QFile::exists(folder + QStringLiteral("a.png")));

    // Renamed: the file, and both links to it, in one undo step.
    QVERIFY2(window.renameImage(*imageAt(QStringLiteral("그림")), QStringLiteral("새 이름"), &error),
             qPrintable(error));
    QVERIFY(QFile::exists(folder + QStringLiteral("새 이름.png")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("a.png")));
    QCOMPARE(editor->text(), QString(before).replace(QStringLiteral("/a.png"), QStringLiteral("/새%20이름.png")));
    // Saved with it: discarding later cannot leave a link to a file that
    // is gone.
    QVERIFY(!window.isWindowModified());
    QCOMPARE(QString::fromUtf8(readAll(post)), editor->text());

    // When another program changed the post, the rename is refused and
    // the file stays as it was.
    const QByteArray theirs = readAll(post) + "그들의 줄\n";
    QVERIFY(writeAll(post, theirs));
    QVERIFY(!window.renameImage(*imageAt(QStringLiteral("그림")), QStringLiteral("또 다른 이름"), &error));
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    QVERIFY(QFile::exists(folder + QStringLiteral("새 이름.png")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("또 다른 이름.png")));
    QCOMPARE(readAll(post), theirs);
    QTRY_COMPARE(editor->text(), QString::fromUtf8(theirs)); // reloaded: it was not modified

    // Typora's zoom.
    window.resizeImage(*imageAt(QStringLiteral("그림")), 50);
    QVERIFY2(editor->text().contains(QStringLiteral(
                 "앞 <img src=\"/assets/img/2024-06-04-p/새%20이름.png\" alt=\"그림\" style=\"zoom: 50%;\" /> 뒤")),
             qPrintable(editor->text()));

    // Deleting a link whose file another link still shows takes the link
    // only.
    QVERIFY2(window.deleteImage(*imageAt(QStringLiteral("또")), &error, true), qPrintable(error));
    QVERIFY(!editor->text().contains(QStringLiteral("![또]")));
    QVERIFY(QFile::exists(folder + QStringLiteral("새 이름.png")));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("stays")));
    QVERIFY(!readAll(post).contains("![또]"));

    // Deleted: to the trash where there is one, else only when asked to.
    const std::optional<Reading::Reference> last = imageAt(QStringLiteral("그림"));
    if (!window.deleteImage(*last, &error)) {
        QVERIFY2(error.contains(QStringLiteral("trash")), qPrintable(error));
        QVERIFY(QFile::exists(folder + QStringLiteral("새 이름.png")));
        QVERIFY(window.editor()->text().contains(QStringLiteral("새%20이름.png")));
        QVERIFY2(window.deleteImage(*last, &error, true), qPrintable(error));
    }
    QVERIFY(!editor->text().contains(QStringLiteral("새%20이름.png")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("새 이름.png")));
    QVERIFY(!readAll(post).contains("새%20이름.png"));
    QVERIFY(!window.isWindowModified());

    // The writer types on and then discards: the post on disk links only
    // files that are there.
    editor->moveCursor(QTextCursor::End);
    type(editor, QStringLiteral("버릴 글"));
    QTimer::singleShot(200, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.close());
    const Reading saved = Reading::read(QString::fromUtf8(readAll(post)));
    for (const Reading::Reference &reference : saved.references())
        QVERIFY2(QFile::exists(QFileInfo(post).absolutePath() + QStringLiteral("/..") + QUrl::fromPercentEncoding(reference.url.toUtf8())),
                 qPrintable(reference.url));
}

void TestMainWindow::renamePostTakesItsOwnImageFolder()
{
    QTemporaryDir dir;
    const QByteArray text = "---\ntitle: 이름\ntypora-root-url: ../\nimage: /assets/img/2024-06-05-old/a.png\n---\n"
                            "![a](/assets/img/2024-06-05-old/a.png)\n"
                            "<img src=\"/assets/img/2024-06-05-old/b c.png\" style=\"zoom: 50%;\" />\n"
                            "![shared](/assets/img/shared/s.png)\n";
    const QString post = makeSite(dir, QStringLiteral("2024-06-05-old.md"), text);
    QVERIFY(!post.isEmpty());
    const QString assets = QFileInfo(post).absolutePath() + QStringLiteral("/../assets/img/");
    QVERIFY(QDir().mkpath(assets + QStringLiteral("2024-06-05-old"))
            && QDir().mkpath(assets + QStringLiteral("shared")));
    for (const QString &file : {QStringLiteral("2024-06-05-old/a.png"), QStringLiteral("2024-06-05-old/b c.png"),
                                QStringLiteral("shared/s.png")})
        QVERIFY(writeAll(assets + file, "png"));
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(post, &error), qPrintable(error));

    // A step that fails half-way (the new file name is too long for the
    // file system, while the folder's name is not): everything goes back.
    const QString tooLong = QStringLiteral("2024-06-05-") + QString(81, QChar(0xAC00));
    MainWindow::PostRename plan = window.planRename(tooLong);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QVERIFY(!plan.folderFrom.isEmpty());
    QVERIFY(!window.renamePost(plan, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(post), text);
    QVERIFY(QFile::exists(assets + QStringLiteral("2024-06-05-old/a.png")));
    QVERIFY(!QFileInfo::exists(assets + tooLong));
    QCOMPARE(window.filePath(), QFileInfo(post).absoluteFilePath());

    // The post's own folder moves along; the shared one stays.
    plan = window.planRename(QStringLiteral("2024-06-05-new"));
    QCOMPARE(QFileInfo(plan.to).fileName(), QStringLiteral("2024-06-05-new.md"));
    QVERIFY2(window.renamePost(plan, &error), qPrintable(error));
    const QString renamed = QFileInfo(post).absolutePath() + QStringLiteral("/2024-06-05-new.md");
    QVERIFY(!QFile::exists(post));
    QCOMPARE(window.filePath(), renamed);
    QCOMPARE(QString::fromUtf8(readAll(renamed)),
             QString::fromUtf8(text)
                 .replace(QStringLiteral("/2024-06-05-old/a.png"), QStringLiteral("/2024-06-05-new/a.png"))
                 .replace(QStringLiteral("/2024-06-05-old/b c.png"), QStringLiteral("/2024-06-05-new/b%20c.png")));
    QVERIFY(QFile::exists(assets + QStringLiteral("2024-06-05-new/a.png")));
    QVERIFY(QFile::exists(assets + QStringLiteral("shared/s.png")));
    QCOMPARE(window.editor()->text(), QString::fromUtf8(readAll(renamed)));
    QVERIFY(!window.isWindowModified());

    // A folder another post links to stays where it is.
    QVERIFY(writeAll(QFileInfo(post).absolutePath() + QStringLiteral("/2024-06-06-other.md"),
                     "---\ntitle: 남\n---\n![x](/assets/img/2024-06-05-new/a.png)\n"));
    plan = window.planRename(QStringLiteral("2024-06-05-third.md"));
    QVERIFY(plan.folderFrom.isEmpty());
    QVERIFY(!plan.folderStays.isEmpty());
    QVERIFY2(window.renamePost(plan, &error), qPrintable(error));
    QVERIFY(QFile::exists(assets + QStringLiteral("2024-06-05-new/a.png")));
    QVERIFY(window.editor()->text().contains(QStringLiteral("/assets/img/2024-06-05-new/a.png")));

    // Names that cannot be.
    QVERIFY(!window.planRename(QStringLiteral("a/b")).error.isEmpty());
    QVERIFY(!window.planRename(QStringLiteral("2024-06-06-other.md")).error.isEmpty());
}

void TestMainWindow::editorMenuOffersImageActions()
{
    QTemporaryDir dir;
    const QString post
        = makeSite(dir, QStringLiteral("2024-06-07-menu.md"),
                   "---\ntitle: 메뉴\ntypora-root-url: ../\n---\n\n![그림](/assets/img/m/a.png)\n\n글\n");
    QVERIFY(!post.isEmpty());
    QVERIFY(
        saveImage(QFileInfo(post).absolutePath() + QStringLiteral("/../assets/img/m/a.png"), {120, 80}, Qt::darkCyan));
    MainWindow window;
    window.resize(1200, 800);
    QString error;
    QVERIFY2(window.openFile(post, &error), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window.preview()->page(), QStringLiteral("document.querySelector('#content img')?.naturalWidth ?? 0"))
            .toInt(),
        120, 30000);
    MarkdownEdit *editor = window.editor();
    const QPoint at
        = editor->cursorRect(QTextCursor(editor->document()->findBlockByNumber(5))).center() + QPoint(30, 0);

    QStringList texts;
    QTimer::singleShot(300, &window, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            texts << action->text();
        if (const QString shots = qEnvironmentVariable("GEUL_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            if (QAction *resize = menu->actions().value(texts.indexOf(QStringLiteral("Resize"))))
                menu->setActiveAction(resize);
            QTest::qWait(300);
            window.screen()->grabWindow(0).save(QDir(shots).filePath(QStringLiteral("image-menu.png")));
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, editor->viewport()->mapToGlobal(at));
    QApplication::sendEvent(editor->viewport(), &event);
    QTRY_VERIFY_WITH_TIMEOUT(!texts.isEmpty(), 5000);
    for (const QString &expected :
         {QStringLiteral("Open Image"), QStringLiteral("Show in Folder"), QStringLiteral("Rename Image…"),
          QStringLiteral("Resize"), QStringLiteral("Delete Image File…")})
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(u'|')));
}

void TestMainWindow::exportsFromTheWindowIncludingPdf()
{
    QTemporaryDir dir;
    const QString post = makeSite(dir, QStringLiteral("2024-06-08-pdf.md"),
                                  "---\ntitle: 제주 여행 회고 & 사진\nsubtitle: 한라산 🏔\nauthor: 글쓴이\n"
                                  "tags: [여행, 제주]\nuse_math: true\ntypora-root-url: ../\n---\n\n"
                                  "한라산에 올랐다. $E = mc^2$\n\n![사진](/assets/img/2024-06-08-pdf/a.png)\n\n"
                                  "<script>document.body.append('SCRIPT RAN');</script>\n");
    QVERIFY(!post.isEmpty());
    QVERIFY(saveImage(QFileInfo(post).absolutePath() + QStringLiteral("/../assets/img/2024-06-08-pdf/a.png"), {60, 40},
                      Qt::darkBlue));
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(post, &error), qPrintable(error));
    window.show();

    BundleExporter::Result result;
    bool done = false;
    bool progressGone = true;
    const auto collect = [&](const BundleExporter::Result &r) {
        result = r;
        done = true;
        // The outcome is shown over nothing: the progress box is gone.
        progressGone = progressGone && !window.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    };
    window.exportPost({ExportDialog::Format::JekyllBundle, dir.filePath(QStringLiteral("번들.zip"))}, collect);
    QVERIFY(done);
    QVERIFY(progressGone);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files.size(), 2);

    done = false;
    const QString pdf = dir.filePath(QStringLiteral("회고.pdf"));
    // An earlier export is replaced in one step.
    QVERIFY(writeAll(pdf, "an older PDF"));
    window.exportPost({ExportDialog::Format::Pdf, pdf, false, QPageSize::A4}, collect);
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("제주 여행 회고")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("한라산에 올랐다")), qPrintable(content));
    QVERIFY2(!content.contains(QStringLiteral("SCRIPT RAN")), qPrintable(content));
    // Its document information, as poppler reads it.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(QStringLiteral("Title:           제주 여행 회고 & 사진\n")), qPrintable(infoText));
    QVERIFY2(infoText.contains(QStringLiteral("Subject:         한라산 🏔\n")), qPrintable(infoText));
    QVERIFY2(infoText.contains(QStringLiteral("Author:          글쓴이\n")), qPrintable(infoText));
    QVERIFY2(infoText.contains(QStringLiteral("Keywords:        여행, 제주\n")), qPrintable(infoText));
    QVERIFY2(infoText.contains(QStringLiteral("Producer:        Skia")), qPrintable(infoText)); // kept
    // Fonts are embedded (Hangul and KaTeX's).
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
    QVERIFY2(fontList.contains(QStringLiteral("CJK")) && fontList.contains(QStringLiteral("KaTeX")),
             qPrintable(fontList));

    // The dialog, for people to look at.
    ExportDialog dialog(post, dir.path(), &window);
    dialog.setFormat(ExportDialog::Format::PortableZip);
    QCOMPARE(dialog.choice().output, QDir(dir.path()).filePath(QStringLiteral("2024-06-08-pdf.zip")));
    if (const QString shots = qEnvironmentVariable("GEUL_TEST_SCREENSHOTS"); !shots.isEmpty()) {
        QFile::remove(QDir(shots).filePath(QStringLiteral("export.pdf")));
        QVERIFY(QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("export.pdf"))));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("export-dialog.png"))));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
