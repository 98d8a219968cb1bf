// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QTest>

using namespace geul;

class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textRoundTrip_data();
    void textRoundTrip();
    void compositionDoesNotChangeDocument();
    void followsDarkPalette();
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

QTEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
