// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery for real: Geul runs as a process, text is typed into its
// editor through XTEST (xdotool), the process is killed with SIGKILL, and
// the recovery offer of the next start holds the typed text.
#include "recoverydialog.h"
#include "recoveryjournal.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace geul;
using geul::test::writeAll;

namespace {

// Runs xdotool; its standard output, or nullopt when it failed.
std::optional<QString> xdotool(const QStringList &arguments, int timeout = 30'000)
{
    QProcess process;
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(timeout) || process.exitCode() != 0) {
        qWarning("xdotool %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Geul's data folder, here and in the Geul started below: its
        // names, and a data home of the test's own.
        QCoreApplication::setApplicationName(QStringLiteral("Geul"));
        QCoreApplication::setOrganizationName(QStringLiteral("Geul"));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        QVERIFY(RecoveryJournal::folder().startsWith(m_home.path()));
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed: ./dev installs it; without it this test cannot type into Geul");
    }

    void killedGeulOffersWhatWasTyped()
    {
        const QString post = m_home.filePath(QStringLiteral("2024-05-01-recovery.md"));
        QVERIFY(writeAll(post, "---\ntitle: recovery\n---\n\nsaved line\n"));

        QProcess geul;
        geul.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        geul.start(QStringLiteral(GEUL_APP_PATH), {post});
        QVERIFY(geul.waitForStarted());
        const QString window = xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                                        QStringLiteral("--pid"), QString::number(geul.processId()),
                                        QStringLiteral("--name"), QStringLiteral("recovery")})
                                   .value_or(QString());
        QVERIFY2(!window.isEmpty(), "Geul's window did not appear");
        const QString id = window.split(u'\n').first();
        // No window manager here: the keyboard goes where the pointer is.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("--window"), id, QStringLiteral("300"),
                          QStringLiteral("500")}).has_value());
        QVERIFY(xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), id}).has_value());
        QTest::qWait(1000); // the editor takes the keyboard once the window is up
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("--window"), id, QStringLiteral("ctrl+End")}).has_value());
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"),
                          QStringLiteral("typed before the crash")}).has_value());

        // Within 2 s it is in the journal; while Geul runs it is Geul's own,
        // not offered to anyone.
        QTest::qWait(2500);
        QCOMPARE(QDir(RecoveryJournal::folder()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
        QCOMPARE(RecoveryJournal::orphaned().size(), 0);

        // kill -9: no chance to save or clean up.
        ::kill(pid_t(geul.processId()), SIGKILL);
        QVERIFY(geul.waitForFinished());
        QCOMPARE(geul.exitStatus(), QProcess::CrashExit);

        // The next start offers it, with its differences from the file.
        const QList<RecoveryJournal::Entry> entries = RecoveryJournal::orphaned();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().postPath, post);
        QVERIFY2(entries.first().text.contains(QStringLiteral("typed before the crash")),
                 qPrintable(entries.first().text));
        QVERIFY(entries.first().text.startsWith(QStringLiteral("---\ntitle: recovery\n---\n\nsaved line\n")));
        QList<std::pair<QString, RecoveryDialog::Action>> done;
        RecoveryDialog dialog(entries, [&done](const RecoveryJournal::Entry &entry, RecoveryDialog::Action action) {
            done.append({entry.id, action});
            RecoveryJournal::discard(entry.id);
        });
        QVERIFY2(dialog.shownText().contains(QStringLiteral("\n+typed before the crash\n")), qPrintable(dialog.shownText()));
        QVERIFY(dialog.shownText().contains(QStringLiteral("\n saved line\n")));
        // Discarded, it is gone for good.
        dialog.findChild<QPushButton *>(QStringLiteral("discard"))->click();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().second, RecoveryDialog::Action::Discard);
        QCOMPARE(RecoveryJournal::orphaned().size(), 0);
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
