// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"
#include "frontmatterform.h"
#include "markdownedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace geul;

namespace {

const QString post = QStringLiteral("---\nlayout: post\ntitle: \"2022년 회고\"\ntags: [Experience]\n# 댓글 설정\n"
                                    "comments: True\nseries: 회고\n---\n\n## 본문\n");

struct Fixture
{
    QWidget window;
    MarkdownEdit *editor = new MarkdownEdit(&window);
    FrontMatterForm *form = new FrontMatterForm(editor, &window);

    explicit Fixture(const QString &text)
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(form);
        layout->addWidget(editor);
        editor->setPlainText(text);
        window.resize(900, 800);
        window.show();
    }

    QLineEdit *line(const QString &key) const { return qobject_cast<QLineEdit *>(form->field(key)); }
    QComboBox *combo(const QString &key) const { return qobject_cast<QComboBox *>(form->field(key)); }

    // Types into a form field the way a user finishes an entry.
    void enter(const QString &key, const QString &text) const
    {
        QLineEdit *edit = line(key);
        if (!edit)
            edit = combo(key)->lineEdit();
        edit->setFocus();
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
        editor->setFocus();
    }
};

} // namespace

class TestFrontMatterForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsValues();
    void followsTyping();
    void fieldEditIsOneUndoStep();
    void booleanKeepsSpelling();
    void listFieldWritesFlowList();
    void clearingFieldRemovesKey();
    void otherKeysTable();
    void addsFrontMatterToPostWithout();
    void invalidYamlMakesFormReadOnly();
    void frontMatterReadInPartIsReadOnly();
    void waitsForComposition();
    void completions();
    void unconfirmedEntryIsCommitted();
    void newRowNeverReplacesAKey();
    void wheelOverComboChangesNothing();
    void replacedDocumentGetsNoStaleEntry();
    void severalEditsWaitForComposition();
};

void TestFrontMatterForm::showsValues()
{
    Fixture f(post);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("2022년 회고"));
    QCOMPARE(f.combo(QStringLiteral("layout"))->currentText(), QStringLiteral("post"));
    QCOMPARE(f.line(QStringLiteral("tags"))->text(), QStringLiteral("Experience"));
    QCOMPARE(f.combo(QStringLiteral("comments"))->currentData().toInt(), 1);
    QCOMPARE(f.combo(QStringLiteral("use_math"))->currentData().toInt(), -1);
    QCOMPARE(f.form->otherKeys()->item(0, 0)->text(), QStringLiteral("series"));
    QCOMPARE(f.form->otherKeys()->item(0, 1)->text(), QStringLiteral("회고"));
    QVERIFY(f.form->errorText().isEmpty());
}

void TestFrontMatterForm::followsTyping()
{
    Fixture f(post);
    QTextCursor cursor = f.editor->document()->find(QStringLiteral("layout: post"));
    cursor.insertText(QStringLiteral("layout: page"));
    QTRY_COMPARE(f.combo(QStringLiteral("layout"))->currentText(), QStringLiteral("page"));
}

void TestFrontMatterForm::fieldEditIsOneUndoStep()
{
    Fixture f(post);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("2022년 회고"));
    f.enter(QStringLiteral("title"), QStringLiteral("새 제목: 부제"));
    QCOMPARE(f.editor->text(),
             QString(post).replace(QStringLiteral("\"2022년 회고\""), QStringLiteral("\"새 제목: 부제\"")));
    QVERIFY(f.editor->document()->isModified());

    f.editor->setFocus();
    QTest::keySequence(f.editor, QKeySequence::Undo);
    QCOMPARE(f.editor->text(), post);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("2022년 회고"));
}

void TestFrontMatterForm::booleanKeepsSpelling()
{
    Fixture f(post);
    QComboBox *comments = f.combo(QStringLiteral("comments"));
    QTRY_COMPARE(comments->currentData().toInt(), 1);
    comments->setCurrentIndex(comments->findData(0));
    Q_EMIT comments->activated(comments->currentIndex());
    QCOMPARE(f.editor->text(),
             QString(post).replace(QStringLiteral("comments: True"), QStringLiteral("comments: False")));

    QComboBox *math = f.combo(QStringLiteral("use_math"));
    math->setCurrentIndex(math->findData(1));
    Q_EMIT math->activated(math->currentIndex());
    QVERIFY(f.editor->text().contains(QStringLiteral("series: 회고\nuse_math: true\n---\n")));
}

void TestFrontMatterForm::listFieldWritesFlowList()
{
    Fixture f(post);
    QTRY_COMPARE(f.line(QStringLiteral("tags"))->text(), QStringLiteral("Experience"));
    f.enter(QStringLiteral("tags"), QStringLiteral("Experience, 회고,  일상 "));
    QCOMPARE(f.editor->text(),
             QString(post).replace(QStringLiteral("[Experience]"), QStringLiteral("[Experience, 회고, 일상]")));
}

void TestFrontMatterForm::clearingFieldRemovesKey()
{
    Fixture f(post);
    QTRY_COMPARE(f.combo(QStringLiteral("layout"))->currentText(), QStringLiteral("post"));
    f.enter(QStringLiteral("layout"), QString());
    QCOMPARE(f.editor->text(), QString(post).remove(QStringLiteral("layout: post\n")));
}

void TestFrontMatterForm::otherKeysTable()
{
    Fixture f(post);
    QTableWidget *table = f.form->otherKeys();
    QTRY_COMPARE(table->rowCount(), 2);
    table->item(0, 1)->setText(QStringLiteral("[회고, 2022]"));
    QTRY_VERIFY(f.editor->text().contains(QStringLiteral("series: [회고, 2022]\n")));

    // The last row adds a key.
    QTRY_COMPARE(table->rowCount(), 2);
    table->item(1, 0)->setText(QStringLiteral("mood"));
    table->item(1, 1)->setText(QStringLiteral("맑음"));
    QTRY_VERIFY(f.editor->text().contains(QStringLiteral("series: [회고, 2022]\nmood: 맑음\n---\n")));

    // A nested map is shown, not edited, in the table and in a field.
    Fixture nested(QStringLiteral("---\nheader:\n  image: a.png\nauthor:\n  name: 글\n---\n"));
    QTRY_COMPARE(nested.form->otherKeys()->rowCount(), 2);
    QCOMPARE(nested.form->otherKeys()->item(0, 1)->text(), QStringLiteral("{image: a.png}"));
    QVERIFY(!(nested.form->otherKeys()->item(0, 1)->flags() & Qt::ItemIsEditable));
    QCOMPARE(nested.line(QStringLiteral("author"))->text(), QStringLiteral("{name: 글}"));
    QVERIFY(nested.line(QStringLiteral("author"))->isReadOnly());
}

void TestFrontMatterForm::addsFrontMatterToPostWithout()
{
    Fixture f(QStringLiteral("# 제목만 있는 글\n"));
    f.enter(QStringLiteral("title"), QStringLiteral("제목"));
    QCOMPARE(f.editor->text(), QStringLiteral("---\ntitle: 제목\n---\n# 제목만 있는 글\n"));
}

void TestFrontMatterForm::invalidYamlMakesFormReadOnly()
{
    Fixture f(post);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("2022년 회고"));
    QTextCursor cursor = f.editor->document()->find(QStringLiteral("[Experience]"));
    cursor.insertText(QStringLiteral("[Experience"));
    QTRY_VERIFY(!f.form->errorText().isEmpty());
    QVERIFY2(f.form->errorText().startsWith(QStringLiteral("Line ")), qPrintable(f.form->errorText()));
    QVERIFY(!f.line(QStringLiteral("title"))->isEnabled());
    // The text stays editable, and fixing it brings the form back.
    cursor = f.editor->document()->find(QStringLiteral("[Experience"));
    cursor.insertText(QStringLiteral("[Experience, 고침]"));
    QTRY_VERIFY(f.form->errorText().isEmpty());
    QVERIFY(f.line(QStringLiteral("title"))->isEnabled());
    QTRY_COMPARE(f.line(QStringLiteral("tags"))->text(), QStringLiteral("Experience, 고침"));
}

void TestFrontMatterForm::frontMatterReadInPartIsReadOnly()
{
    // Jekyll reads `title` only (the first key is indented by a space). A
    // word added to Title and Ctrl+S once cost the post its other keys.
    const QString text = QStringLiteral("---\n title: \"p_value History\"\nexcerpt: \"p-value의 역사\"\n"
                                        "categories:\n  - Stats\ntoc: true\n---\n\n본문\n");
    Fixture f(text);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("p_value History"));
    QVERIFY2(f.form->errorText().startsWith(QStringLiteral("Line 3, column 1: ")), qPrintable(f.form->errorText()));
    QVERIFY2(f.form->errorText().contains(QStringLiteral("lines 3-6")), qPrintable(f.form->errorText()));
    // What Jekyll does not read is not shown as if it were.
    QVERIFY(f.line(QStringLiteral("excerpt"))->text().isEmpty());
    QVERIFY(!f.line(QStringLiteral("title"))->isEnabled());
    QLineEdit *title = f.line(QStringLiteral("title"));
    title->setText(QStringLiteral("p_value History 2"));
    title->setModified(true);
    f.form->commitPending();
    QCOMPARE(f.editor->text(), text);
    // Fixing the indentation in the text makes the form editable again.
    QTextCursor cursor = f.editor->document()->find(QStringLiteral(" title:"));
    cursor.insertText(QStringLiteral("title:"));
    QTRY_VERIFY(f.form->errorText().isEmpty());
    QVERIFY(f.line(QStringLiteral("title"))->isEnabled());
    QTRY_COMPARE(f.line(QStringLiteral("excerpt"))->text(), QStringLiteral("p-value의 역사"));
}

void TestFrontMatterForm::waitsForComposition()
{
    Fixture f(post);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("2022년 회고"));
    f.editor->setFocus();
    f.editor->moveCursor(QTextCursor::End);
    QInputMethodEvent composing(QStringLiteral("ㅎ"), {});
    QApplication::sendEvent(f.editor, &composing);
    QVERIFY(f.editor->isComposing());

    // A form edit now must wait: the document keeps its text.
    QVERIFY(f.form->writeKey(QStringLiteral("layout"), FrontMatter::valueFromText(QStringLiteral("page"))));
    QCOMPARE(f.editor->text(), post);

    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("한"));
    QApplication::sendEvent(f.editor, &commit);
    QVERIFY(!f.editor->isComposing());
    QCOMPARE(f.editor->text(), QString(post).replace(QStringLiteral("layout: post"), QStringLiteral("layout: page"))
                                   + QStringLiteral("한"));
}

void TestFrontMatterForm::completions()
{
    Fixture f(post);
    f.form->setCompletions({QStringLiteral("post"), QStringLiteral("wide")},
                           {QStringLiteral("여행"), QStringLiteral("회고")}, {QStringLiteral("일상")});
    QCOMPARE(f.combo(QStringLiteral("layout"))->count(), 2);
    QTRY_COMPARE(f.combo(QStringLiteral("layout"))->currentText(), QStringLiteral("post"));
    auto *model = qobject_cast<QStringListModel *>(f.line(QStringLiteral("tags"))->completer()->model());
    QVERIFY(model);
    QCOMPARE(model->stringList(), (QStringList{QStringLiteral("여행"), QStringLiteral("회고")}));
    // The completer completes the last item of the list.
    QCompleter *completer = f.line(QStringLiteral("tags"))->completer();
    QCOMPARE(completer->splitPath(QStringLiteral("Experience, 회")), QStringList{QStringLiteral("회")});
}

void TestFrontMatterForm::unconfirmedEntryIsCommitted()
{
    Fixture f(post);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("2022년 회고"));
    QLineEdit *title = f.line(QStringLiteral("title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("New title")); // no Enter
    QCOMPARE(f.editor->text(), post);
    f.form->commitPending();
    QCOMPARE(f.editor->text(),
             QString(post).replace(QStringLiteral("\"2022년 회고\""), QStringLiteral("\"New title\"")));
}

void TestFrontMatterForm::newRowNeverReplacesAKey()
{
    Fixture f(post);
    QTableWidget *table = f.form->otherKeys();
    QTRY_COMPARE(table->rowCount(), 2);
    table->item(1, 0)->setText(QStringLiteral("title"));
    QCOMPARE(f.editor->text(), post);
    table->item(1, 1)->setText(QStringLiteral("덮어쓰기"));
    QCOMPARE(f.editor->text(), post);
    QVERIFY(f.form->errorText().contains(QStringLiteral("title")));
}

void TestFrontMatterForm::wheelOverComboChangesNothing()
{
    Fixture f(post);
    QComboBox *comments = f.combo(QStringLiteral("comments"));
    QTRY_COMPARE(comments->currentData().toInt(), 1);
    f.editor->setFocus();
    const QPoint centre = comments->rect().center();
    QWheelEvent wheel(centre, comments->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(comments, &wheel);
    QCOMPARE(comments->currentData().toInt(), 1);
    QCOMPARE(f.editor->text(), post);
}

void TestFrontMatterForm::replacedDocumentGetsNoStaleEntry()
{
    Fixture f(post);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("2022년 회고"));
    QLineEdit *title = f.line(QStringLiteral("title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("half typed"));
    // Another post is opened into the editor.
    const QString other = QStringLiteral("---\ntitle: 다른 글\n---\n");
    f.editor->setPlainText(other);
    f.form->documentReplaced();
    QCOMPARE(title->text(), QStringLiteral("다른 글"));
    f.form->commitPending();
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(f.editor->text(), other);
}

void TestFrontMatterForm::severalEditsWaitForComposition()
{
    Fixture f(post);
    QTRY_COMPARE(f.line(QStringLiteral("title"))->text(), QStringLiteral("2022년 회고"));
    f.editor->setFocus();
    f.editor->moveCursor(QTextCursor::End);
    QInputMethodEvent composing(QStringLiteral("ㄱ"), {});
    QApplication::sendEvent(f.editor, &composing);
    QVERIFY(f.form->writeKey(QStringLiteral("layout"), FrontMatter::valueFromText(QStringLiteral("page"))));
    QVERIFY(f.form->writeKey(QStringLiteral("use_math"), FrontMatter::valueFromText(QStringLiteral("true"))));
    QVERIFY(f.form->writeKey(QStringLiteral("layout"), FrontMatter::valueFromText(QStringLiteral("wide"))));
    QCOMPARE(f.editor->text(), post);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("가"));
    QApplication::sendEvent(f.editor, &commit);
    QString expected = QString(post).replace(QStringLiteral("layout: post"), QStringLiteral("layout: wide"));
    expected.replace(QStringLiteral("series: 회고\n"), QStringLiteral("series: 회고\nuse_math: true\n"));
    QCOMPARE(f.editor->text(), expected + QStringLiteral("가"));
}

QTEST_MAIN(TestFrontMatterForm)
#include "tst_frontmatterform.moc"
