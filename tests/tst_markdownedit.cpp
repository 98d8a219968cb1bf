// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QInputMethodEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QUrl>

using namespace geul;

class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textRoundTrip_data();
    void textRoundTrip();
    void compositionDoesNotChangeDocument();
    void followsDarkPalette();
    void imagesOnTheClipboard_data();
    void imagesOnTheClipboard();
    void imageInsertionIsOneUndoStep();
    void hugeClipboardImageIsRefused();
};

void TestMarkdownEdit::textRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Korean post") << QStringLiteral("---\ntitle: \"회고\"\n---\n\n## 제목\n\n본문이다.\n");
    QTest::newRow("no-break spaces") << QStringLiteral("가\u00A0나&nbsp;다\u00A0\u00A0라\n");
    QTest::newRow("line separator") << QStringLiteral("가\u2028나\n");
    QTest::newRow("hard line break spaces") << QStringLiteral("첫 줄  \n둘째 줄\\\n셋째 줄\n");
    QTest::newRow("tabs and zero-width") << QStringLiteral("\t코드\u200B\uFEFF\u00AD\n");
    QTest::newRow("NFD Hangul") << QStringLiteral("\u1112\u1161\u11AB\u1100\u1173\u11AF\n");
    QTest::newRow("no final newline") << QStringLiteral("# 제목");
    QTest::newRow("several final newlines") << QStringLiteral("a\n\n\n");
    QTest::newRow("empty") << QString();
    QTest::newRow("emoji") << QStringLiteral("😀 👍🏽\n");
}

void TestMarkdownEdit::textRoundTrip()
{
    QFETCH(QString, text);
    MarkdownEdit edit;
    edit.setPlainText(text);
    QCOMPARE(edit.text(), text);
}

void TestMarkdownEdit::compositionDoesNotChangeDocument()
{
    MarkdownEdit edit;
    edit.setPlainText(QStringLiteral("# 제목\n"));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.moveCursor(QTextCursor::End);
    QSignalSpy changes(edit.document(), &QTextDocument::contentsChanged);

    // While a syllable is being composed it is not part of the document.
    QInputMethodEvent composing(QStringLiteral("하"), {});
    QApplication::sendEvent(&edit, &composing);
    QCOMPARE(edit.text(), QStringLiteral("# 제목\n"));

    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("한"));
    QApplication::sendEvent(&edit, &commit);
    QCOMPARE(edit.text(), QStringLiteral("# 제목\n한"));
    QVERIFY(!changes.isEmpty());
}

void TestMarkdownEdit::followsDarkPalette()
{
    MarkdownEdit edit;
    auto *highlighter = edit.document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    QVERIFY(highlighter);
    QVERIFY(highlighter->definition().isValid());
    QCOMPARE(highlighter->definition().name(), QStringLiteral("Markdown"));

    QPalette dark = edit.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    edit.setPalette(dark);
    const QString darkTheme = highlighter->theme().name();
    QPalette light = edit.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    edit.setPalette(light);
    QVERIFY2(highlighter->theme().name() != darkTheme, qPrintable(darkTheme));
    QVERIFY(QColor(highlighter->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() > 128);
}

void TestMarkdownEdit::imagesOnTheClipboard_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("image");
    QTest::addColumn<bool>("files");
    QTest::newRow("screenshot tool: image only") << QStringLiteral("image") << true << false;
    QTest::newRow("browser: image and its URL") << QStringLiteral("image+url") << true << false;
    QTest::newRow("office: text with a picture of it") << QStringLiteral("image+text") << false << false;
    QTest::newRow("file manager: files and their paths") << QStringLiteral("files+text") << false << true;
    QTest::newRow("HTML holding only a data: image") << QStringLiteral("html-data") << true << false;
    QTest::newRow("HTML with text") << QStringLiteral("html-text") << false << false;
    QTest::newRow("text only") << QStringLiteral("text") << false << false;
    QTest::newRow("remote URL list") << QStringLiteral("remote-urls") << false << false;
}

void TestMarkdownEdit::imagesOnTheClipboard()
{
    QFETCH(QString, what);
    QFETCH(bool, image);
    QFETCH(bool, files);
    QImage picture(4, 3, QImage::Format_RGB32);
    picture.fill(Qt::green);
    QMimeData mime;
    if (what.startsWith(u"image"))
        mime.setImageData(picture);
    if (what == u"image+url")
        mime.setText(QStringLiteral("https://example.com/사진.png"));
    if (what == u"image+text")
        mime.setText(QStringLiteral("회의록\n첫째 줄과 둘째 줄"));
    if (what == u"files+text") {
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/스크린샷 1.png")),
                      QUrl::fromLocalFile(QStringLiteral("/tmp/b.jpg"))});
        mime.setText(QStringLiteral("/tmp/스크린샷 1.png\n/tmp/b.jpg"));
    }
    if (what == u"html-data")
        mime.setHtml(QStringLiteral("<meta charset='utf-8'><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">"));
    if (what == u"html-text")
        mime.setHtml(QStringLiteral("<p>글 <img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>"));
    if (what == u"text" || what == u"html-text")
        mime.setText(QStringLiteral("그냥 글"));
    if (what == u"remote-urls")
        mime.setUrls({QUrl(QStringLiteral("https://example.com/a.png"))});

    const std::optional<MarkdownEdit::Images> found = MarkdownEdit::imagesIn(&mime);
    QCOMPARE(found && !found->data.isEmpty(), image);
    QCOMPARE(found && !found->files.isEmpty(), files);
    if (what == u"files+text")
        QCOMPARE(found->files, QStringList({QStringLiteral("/tmp/스크린샷 1.png"), QStringLiteral("/tmp/b.jpg")}));
    if (what == u"html-data")
        QVERIFY(found->data.startsWith("\x89PNG"));
    if (what.startsWith(u"image") && image) {
        QImage decoded;
        QVERIFY(decoded.loadFromData(found->data));
        QCOMPARE(decoded.size(), picture.size());
        QCOMPARE(decoded.pixelColor(1, 1), QColor(Qt::green));
    }
}

void TestMarkdownEdit::imageInsertionIsOneUndoStep()
{
    MarkdownEdit edit;
    edit.setPlainText(QStringLiteral("---\ntitle: a\n---\n본문 "));
    edit.moveCursor(QTextCursor::End);
    edit.setImageHandler([](const MarkdownEdit::Images &images, QString *error) {
        *error = images.files.size() > 1 ? QStringLiteral("둘째는 실패") : QString();
        return QStringLiteral("![a](/a.png)");
    });
    // A receiver's change during the insertion joins the same undo step.
    connect(&edit, &MarkdownEdit::imagesInserted, &edit, [&edit] {
        edit.replaceText(edit.text().replace(QStringLiteral("title: a\n"), QStringLiteral("title: a\nroot: ../\n")));
    });
    QSignalSpy problems(&edit, &MarkdownEdit::imageProblem);
    QVERIFY(edit.insertImages({{}, {QStringLiteral("/x.png"), QStringLiteral("/y.png")}}));
    QCOMPARE(edit.text(), QStringLiteral("---\ntitle: a\nroot: ../\n---\n본문 ![a](/a.png)"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().first().toString(), QStringLiteral("둘째는 실패"));
    edit.undo();
    QCOMPARE(edit.text(), QStringLiteral("---\ntitle: a\n---\n본문 "));
}

void TestMarkdownEdit::hugeClipboardImageIsRefused()
{
    QImage huge(5200, 5200, QImage::Format_RGB32); // 103 MB uncompressed
    QVERIFY(!huge.isNull());
    QMimeData mime;
    mime.setImageData(huge);
    QString error;
    const std::optional<MarkdownEdit::Images> found = MarkdownEdit::imagesIn(&mime, &error);
    QVERIFY(found && found->data.isEmpty() && found->files.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("too large")) && error.contains(QStringLiteral("5200")), qPrintable(error));

    // Pasted: a message, and the document is as it was.
    MarkdownEdit edit;
    edit.setPlainText(QStringLiteral("본문"));
    bool handled = false;
    edit.setImageHandler([&handled](const MarkdownEdit::Images &, QString *) {
        handled = true;
        return QStringLiteral("![x](x.png)");
    });
    QSignalSpy problems(&edit, &MarkdownEdit::imageProblem);
    QGuiApplication::clipboard()->setMimeData(new QMimeData);
    QGuiApplication::clipboard()->setImage(huge);
    edit.paste();
    QCOMPARE(edit.text(), QStringLiteral("본문"));
    QVERIFY(!handled);
    QCOMPARE(problems.size(), 1);
}

QTEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
