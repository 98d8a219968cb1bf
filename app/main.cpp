// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "posttab.h"
#include "previewview.h"
#include "recoverydialog.h"
#include "translations.h"
#include "versions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

namespace {

// Saves a picture of the window once the preview has shown the post, then
// quits: how `./dev run` shows Geul where there is no display.
void screenshotWhenShown(geul::MainWindow &window, const QString &path)
{
    auto take = [&window, path] {
        QPixmap shot;
        if (QScreen *screen = window.screen()) {
            // The screen's pixels include the web view's own surface, which
            // QWidget::grab() may not.
            const QRect r = window.frameGeometry();
            shot = screen->grabWindow(0, r.x(), r.y(), r.width(), r.height());
        }
        if (shot.isNull())
            shot = window.grab();
        const bool ok = shot.save(path, "PNG");
        if (!ok)
            qWarning("geul: could not write the screenshot to %s", qPrintable(path));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    QObject::connect(
        window.preview(), &geul::PreviewView::shown, &window,
        [take] {
            // Give fonts and images a moment to paint.
            QTimer::singleShot(1500, take);
        },
        Qt::SingleShotConnection);
    // Never hang: take whatever is there after a generous wait.
    QTimer::singleShot(60'000, &window, take);
}

} // namespace

int main(int argc, char *argv[])
{
    // The versions, as geul-cli prints them, without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            QCoreApplication app(argc, argv);
            geul::Translations::install(app, false);
            QTextStream(stdout) << geul::Versions::text() << '\n';
            return 0;
        }
    }
    geul::PreviewView::chooseRendering();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Geul"));
    QApplication::setOrganizationName(QStringLiteral("Geul"));
    QApplication::setApplicationDisplayName(QStringLiteral("Geul"));
    QApplication::setDesktopFileName(QStringLiteral("org.geul.Geul"));
    geul::Translations::install(app, true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Editor for Markdown posts of Jekyll blogs"));
    parser.addHelpOption();
    // Handled above; listed for --help.
    parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                        QCoreApplication::translate("main", "Show the versions of Geul and of the libraries it uses.")));
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QCoreApplication::translate("main", "A post to open, or a site folder."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a screenshot to FILE once the preview is shown, then quit."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption line(QStringLiteral("line"),
                                  QCoreApplication::translate("main", "Show the post from line N on."),
                                  QCoreApplication::translate("main", "N"));
    parser.addOption(line);
    const QCommandLineOption pdf(QStringLiteral("export-pdf"),
                                 QCoreApplication::translate("main", "Print the post to the PDF FILE, then quit."),
                                 QCoreApplication::translate("main", "FILE"));
    parser.addOption(pdf);
    parser.process(app);

    geul::MainWindow window;
    window.resize(1400, 900);
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(pdf)) {
        // Unattended, like --screenshot: the window is never shown.
        const QString post = paths.isEmpty() ? QString() : QDir::current().absoluteFilePath(paths.first());
        QString error = QCoreApplication::translate("main", "--export-pdf needs a post");
        if (post.isEmpty() || !window.openFile(geul::MainWindow::postFor(post), &error)) {
            qCritical("geul: %s", qPrintable(error));
            return 1;
        }
        geul::ExportDialog::Choice choice;
        choice.format = geul::ExportDialog::Format::Pdf;
        choice.output = QDir::current().absoluteFilePath(parser.value(pdf));
        window.exportPost(choice, [choice](const geul::BundleExporter::Result &result) {
            if (!result.ok())
                qCritical("geul: %s", qPrintable(result.error));
            else
                QTextStream(stdout) << choice.output << '\n';
            QCoreApplication::exit(result.ok() ? 0 : 1);
        });
        return QApplication::exec();
    }
    if (parser.isSet(screenshot)) {
        // Unattended: a problem is printed, never shown in a dialog no one
        // will close.
        screenshotWhenShown(window, QDir::current().absoluteFilePath(parser.value(screenshot)));
        if (!paths.isEmpty()) {
            const QString path = QDir::current().absoluteFilePath(paths.first());
            const QString post = geul::MainWindow::postFor(path);
            QString error = QCoreApplication::translate("main", "%1: the folder has no Markdown post").arg(path);
            if (post.isEmpty() || !window.openFile(post, &error)) {
                qCritical("geul: %s", qPrintable(error));
                return 1;
            }
        }
        window.show();
    } else {
        window.show();
        // Text a Geul that is gone (killed, crashed, the power cut) left
        // unsaved comes first, each in a tab of its own.
        const QList<geul::RecoveryJournal::Entry> entries = geul::RecoveryJournal::orphaned();
        bool recovered = false;
        if (!entries.isEmpty()) {
            using Action = geul::RecoveryDialog::Action;
            geul::RecoveryDialog dialog(entries, [&window, &recovered](const geul::RecoveryJournal::Entry &entry,
                                                                       Action action) {
                if (action != Action::Discard) {
                    const bool hasFile = !entry.postPath.isEmpty() && QFileInfo::exists(entry.postPath);
                    QString error;
                    if (hasFile)
                        window.openFile(entry.postPath, &error);
                    // Both: the file as it is on disk, and the recovered
                    // text beside it, untitled.
                    if (action == Action::OpenBoth && hasFile)
                        window.newFile();
                    else if (!hasFile && !window.currentTab()->isPristine())
                        window.newFile();
                    window.restoreText(entry.text);
                    recovered = true;
                }
                geul::RecoveryJournal::discard(entry.id);
            });
            dialog.exec();
        }
        // The posts named on the command line; else, unless text was just
        // recovered, the posts open when Geul last closed.
        if (!paths.isEmpty()) {
            for (const QString &path : paths)
                window.openPath(QDir::current().absoluteFilePath(path));
        } else if (!recovered) {
            window.restoreWorkspace();
        }
    }
    if (parser.isSet(line))
        window.goToLine(parser.value(line).toInt());
    return QApplication::exec();
}
