// SPDX-License-Identifier: GPL-3.0-or-later
// Every input a fuzzer (./dev fuzz) ever crashed on, kept in
// tests/data/fuzz/<target>/, run again through the same code with the same
// checks, together with the kramdown fixtures as a baseline.
#include "fuzztargets.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace geul;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        int found = 0;
        for (const QString &target :
             {QStringLiteral("frontmatter"), QStringLiteral("liquid"), QStringLiteral("reading"), QStringLiteral("render"),
              QStringLiteral("reparse")}) {
            const QDir crashes(QStringLiteral(GEUL_TEST_DATA "/fuzz/") + target);
            for (const QFileInfo &info : crashes.entryInfoList(QDir::Files | QDir::Hidden)) {
                QTest::addRow("%s %s", qPrintable(target), qPrintable(info.fileName())) << target << info.filePath();
                ++found;
            }
            const QDir fixtures(QStringLiteral(GEUL_TEST_DATA "/kramdown"));
            for (const QFileInfo &info : fixtures.entryInfoList({QStringLiteral("*.md")}, QDir::Files))
                QTest::addRow("%s fixture %s", qPrintable(target), qPrintable(info.fileName())) << target << info.filePath();
        }
        qInfo("%d inputs that crashed a fuzzer", found);
    }
    void inputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const QByteArray bytes = test::readAll(file);
        if (target == u"frontmatter") {
            fuzz::frontMatter(bytes);
        } else if (target == u"liquid") {
            fuzz::liquid(bytes);
        } else if (target == u"reparse") {
            fuzz::reparse(bytes);
        } else {
            // As the fuzzer reads it: the first byte picks the dialect.
            const Dialect dialect = !bytes.isEmpty() && (bytes[0] & 1) ? fuzz::commonMark() : Dialect();
            const QByteArray rest = bytes.isEmpty() ? bytes : bytes.sliced(1);
            if (target == u"reading")
                fuzz::reading(rest, dialect);
            else
                fuzz::render(rest, dialect);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
