// SPDX-License-Identifier: GPL-3.0-or-later
// Running the tests' oracles: Ruby's Psych, kramdown and Jekyll, the very
// code a Jekyll blog is built with. ./dev installs them (Debian's ruby,
// ruby-kramdown, ruby-kramdown-parser-gfm, jekyll); a test that needs one
// and does not find it fails and says so, it never passes quietly.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace geul::test {

struct OracleRun
{
    QByteArray output;
    /// Why there is no output, for the test's failure message.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Runs `tests/oracle/@p script` with Ruby, @p input on its standard input
/// and @p arguments after the script's path.
inline OracleRun runOracle(const QString &script, const QByteArray &input, const QStringList &arguments = {},
                           int timeoutMs = 120000)
{
    const QString ruby = QStandardPaths::findExecutable(QStringLiteral("ruby"));
    if (ruby.isEmpty())
        return {{}, QStringLiteral("the oracle cannot run: Ruby is not installed (./dev installs it with kramdown "
                                   "and Jekyll); this test needs it")};
    QProcess process;
    process.start(ruby, QStringList{QStringLiteral(GEUL_TEST_ORACLE) + u'/' + script} + arguments);
    if (!process.waitForStarted())
        return {{}, QStringLiteral("the oracle %1 did not start: %2").arg(script, process.errorString())};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        return {{}, QStringLiteral("the oracle %1 did not finish").arg(script)};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {{},
                QStringLiteral("the oracle %1 failed (exit %2): %3")
                    .arg(script)
                    .arg(process.exitCode())
                    .arg(QString::fromUtf8(process.readAllStandardError()))};
    return {process.readAllStandardOutput(), {}};
}

/// The same, for oracles that read and write JSON.
inline QJsonDocument runJsonOracle(const QString &script, const QJsonDocument &input, QString *error,
                                   const QStringList &arguments = {})
{
    const OracleRun run = runOracle(script, input.toJson(QJsonDocument::Compact), arguments);
    if (!run.ok()) {
        *error = run.error;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.output, &parseError);
    if (doc.isNull())
        *error = QStringLiteral("the oracle %1 wrote no JSON: %2").arg(script, parseError.errorString());
    return doc;
}

} // namespace geul::test
