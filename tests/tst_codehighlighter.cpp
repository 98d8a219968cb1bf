// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace geul;

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages_data();
    void languages();
    void keepsTextExactly();
    void unknownStaysPlain();
    void themes();
    void threads();
    void keptByLanguageAndTheme();
};

void TestCodeHighlighter::languages_data()
{
    QTest::addColumn<QString>("language");
    for (const char *name : {"python", "Python", "py", "bash", "sh", "r", "R", "sql", "SQL", "yaml", "yml", "cpp",
                             "c++", "javascript", "js", "json", "html", "dockerfile"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCodeHighlighter::languages()
{
    QFETCH(QString, language);
    const QString html = CodeHighlighter::highlight(QStringLiteral("x = \"a\" # 1\n"), language, false);
    QVERIFY2(!html.isEmpty(), qPrintable(language));
}

void TestCodeHighlighter::keepsTextExactly()
{
    const QString code = QStringLiteral("if a < b and c > d:\n\tprint(\"안녕 & 잘 가\")  # 주석\n\n");
    const QString html = CodeHighlighter::highlight(code, QStringLiteral("python"), false);
    QVERIFY(html.contains(QLatin1String("<span style=")));
    // Without the markup, the text is the code, escaped once.
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]+>")));
    QCOMPARE(text, code.toHtmlEscaped());
}

void TestCodeHighlighter::unknownStaysPlain()
{
    QVERIFY(CodeHighlighter::highlight(QStringLiteral("x"), QStringLiteral("없는언어"), false).isEmpty());
}

void TestCodeHighlighter::themes()
{
    const QString code = QStringLiteral("# comment\n");
    QVERIFY(CodeHighlighter::highlight(code, QStringLiteral("python"), false)
            != CodeHighlighter::highlight(code, QStringLiteral("python"), true));
}

void TestCodeHighlighter::threads()
{
    QStringList codes;
    for (int i = 0; i < 40; ++i)
        codes << QStringLiteral("def f%1(x):\n    return x * %1  # %1\n").arg(i);
    // Highlighted on many threads at once first (each a new entry of the
    // shared store), then again on this one.
    const QStringList parallel = QtConcurrent::blockingMapped(
        codes, [](const QString &code) { return CodeHighlighter::highlight(code, QStringLiteral("python"), false); });
    QStringList again;
    for (const QString &code : codes)
        again << CodeHighlighter::highlight(code, QStringLiteral("python"), false);
    QCOMPARE(parallel, again);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QString text = parallel[i];
        text.remove(QRegularExpression(QStringLiteral("<[^>]+>")));
        QCOMPARE(text, codes[i].toHtmlEscaped());
    }
}

// What was highlighted is kept by code, language and theme: the same code
// asked again in another language or theme is highlighted for that one.
void TestCodeHighlighter::keptByLanguageAndTheme()
{
    const QString code = QStringLiteral("# 주석 1\nkey: \"값\"\n");
    const QString python = CodeHighlighter::highlight(code, QStringLiteral("python"), false);
    QVERIFY(!python.isEmpty());
    QVERIFY(CodeHighlighter::highlight(code, QStringLiteral("없는언어"), false).isEmpty());
    QVERIFY(CodeHighlighter::highlight(code, QStringLiteral("yaml"), false) != python);
    QVERIFY(CodeHighlighter::highlight(code, QStringLiteral("python"), true) != python);
    QCOMPARE(CodeHighlighter::highlight(code, QStringLiteral("python"), false), python);
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
