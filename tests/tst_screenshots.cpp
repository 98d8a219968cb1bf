// SPDX-License-Identifier: GPL-3.0-or-later
// The README's and the metainfo's screenshots are current: Geul is started
// on the sample post as `./dev screenshots` starts it, in English and in
// Korean, and its picture is compared with the one in the repository.
// Drawing is the same from run to run but for the text cursor's blink; a
// changed window, form, preview or translation differs in far more pixels.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The share of the 4×4-pixel cells of @p a and @p b whose average colours
// differ visibly (a channel by more than 48 of 255); 1 when their sizes
// differ. Averaged cells forgive a glyph's antialiasing moved by a point
// release of a font or of Chromium; a changed label, field or layout still
// changes many cells.
double differingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1;
    const QSize cells = a.size() / 4;
    const QImage x = a.convertToFormat(QImage::Format_RGB32).scaled(cells, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage y = b.convertToFormat(QImage::Format_RGB32).scaled(cells, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int column = 0; column < x.width(); ++column) {
            if (std::abs(qRed(p[column]) - qRed(q[column])) > 48 || std::abs(qGreen(p[column]) - qGreen(q[column])) > 48
                || std::abs(qBlue(p[column]) - qBlue(q[column])) > 48)
                ++differing;
        }
    }
    return double(differing) / (double(x.width()) * x.height());
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotsAreCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en_US.UTF-8");
        QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral("ko_KR.UTF-8");
    }

    void screenshotsAreCurrent()
    {
        QFETCH(QString, language);
        QFETCH(QString, locale);
        const QString committed = QStringLiteral(GEUL_SOURCE_DIR "/docs/screenshots/geul-%1.png").arg(language);
        const QImage expected(committed);
        QVERIFY2(!expected.isNull(), qPrintable(committed + QStringLiteral(" is missing: run ./dev screenshots")));

        // As `./dev screenshots` runs Geul: no settings of this machine.
        QTemporaryDir state;
        const QString shot = state.filePath(QStringLiteral("shot.png"));
        QProcess geul;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), state.filePath(QString::fromLatin1(name)));
        geul.setProcessEnvironment(env);
        geul.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        geul.start(QStringLiteral(GEUL_APP_PATH),
                   {QStringLiteral("--screenshot"), shot,
                    QStringLiteral(GEUL_SOURCE_DIR "/resources/sample-site/_posts/2024-03-10-Hello-Geul.md")});
        QVERIFY(geul.waitForFinished(120000));
        QCOMPARE(geul.exitCode(), 0);
        const QImage actual(shot);
        QVERIFY(!actual.isNull());
        QCOMPARE(actual.size(), expected.size());
        const double share = differingShare(expected, actual);
        qInfo("%s: %.3f %% of the picture differs", qPrintable(language), share * 100);
        if (share > 0.0005) { // about one short word
            const QString fresh = QDir::temp().filePath(QStringLiteral("geul-%1-now.png").arg(language));
            actual.save(fresh);
            QFAIL(qPrintable(QStringLiteral("%1 is out of date (%2 % of it differs from Geul now, in %3): run "
                                            "./dev screenshots")
                                 .arg(committed)
                                 .arg(share * 100, 0, 'f', 2)
                                 .arg(fresh)));
        }
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
