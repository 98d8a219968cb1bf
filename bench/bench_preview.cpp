// SPDX-License-Identifier: GPL-3.0-or-later
// Time from a text change to the preview's DOM updated, in a real
// WebEngine page, for generated Korean posts of 10 KB, 100 KB and 1 MB.
// The pace is skipped (PreviewController::renderNow()); what is timed is
// the render on the worker, the trip to the page and the page patching its
// DOM, until the page reports the new generation in it (PreviewView::
// updated; drawing it follows, see bench_typing). Beside it: when
// the render was done (on the GUI thread), and the page's own share
// (measured in the page, reported back).
#include "generatedpost.h"
#include "previewcontroller.h"
#include "previewview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace {

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto index = std::min(samples.size() - 1, size_t(p * double(samples.size() - 1) + 0.5));
    return samples[index];
}

// Waits until @p view shows @p generation; returns the page's own time.
std::optional<double> waitShown(geul::PreviewView &view, int generation)
{
    QEventLoop loop;
    std::optional<double> pageMs;
    const auto connection = QObject::connect(&view, &geul::PreviewView::updated, &loop, [&](int shown, double ms) {
        if (shown >= generation) {
            pageMs = ms;
            loop.quit();
        }
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return pageMs;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);

    geul::PreviewView view;
    view.resize(900, 1000);
    view.show();
    QString text;
    geul::PreviewController controller([&text] { return text; });
    // A saved post in an empty site: its images resolve (to notes saying
    // they are missing) as in real use.
    QTemporaryDir site;
    QFile config(site.filePath(QStringLiteral("_config.yml")));
    if (!config.open(QIODevice::WriteOnly) || config.write("title: bench\n") < 0)
        return 1;
    config.close();
    controller.setPost(site.filePath(QStringLiteral("_posts/2024-01-01-bench.md")), site.path());
    QObject::connect(&controller, &geul::PreviewController::blocksRendered, &view, &geul::PreviewView::showBlocks);

    out << "Text change to preview DOM updated (pace skipped; median and 95th percentile, ms)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("size"), -8)
               .arg(QStringLiteral("median"), 8)
               .arg(QStringLiteral("p95"), 8)
               .arg(QStringLiteral("render median"), 14)
               .arg(QStringLiteral("page median"), 12)
               .arg(QStringLiteral("page p95"), 9)
               .arg(QStringLiteral("goal"), 8);
    out.flush();
    bool withinGoal = true;
    const struct
    {
        const char *label;
        qsizetype bytes;
        int runs;
        double goalMs;
    } sizes[] = {{"10 KB", 10 * 1024, 40, 50}, {"100 KB", 100 * 1024, 30, 50}, {"1 MB", 1024 * 1024, 15, 250}};
    for (const auto &size : sizes) {
        text = geul::bench::generatePost(size.bytes);
        controller.renderNow();
        if (!waitShown(view, controller.generation())) {
            out << "the preview did not show the post\n";
            return 1;
        }
        // Typing in the middle of the post: one character each time.
        const qsizetype middle = text.indexOf(QStringLiteral("프로젝트를 마무리할"), text.size() / 2);
        std::vector<double> total, page, rendered;
        QElapsedTimer timer;
        const auto renderedConnection = QObject::connect(&controller, &geul::PreviewController::rendered, &view, [&] {
            rendered.push_back(double(timer.nsecsElapsed()) / 1e6);
        });
        for (int run = 0; run < size.runs; ++run) {
            text.insert(middle, run % 2 ? u'다' : u'가');
            timer.start();
            controller.renderNow();
            const std::optional<double> pageMs = waitShown(view, controller.generation());
            if (!pageMs) {
                out << "the preview did not follow an edit\n";
                return 1;
            }
            total.push_back(double(timer.nsecsElapsed()) / 1e6);
            page.push_back(*pageMs);
        }
        QObject::disconnect(renderedConnection);
        const double median = percentile(total, 0.5);
        const double p95 = percentile(total, 0.95);
        withinGoal = withinGoal && median < size.goalMs;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(QLatin1String(size.label), -8)
                   .arg(median, 8, 'f', 1)
                   .arg(p95, 8, 'f', 1)
                   .arg(percentile(rendered, 0.5), 14, 'f', 1)
                   .arg(percentile(page, 0.5), 12, 'f', 1)
                   .arg(percentile(page, 0.95), 9, 'f', 1)
                   .arg(QStringLiteral("< %1").arg(size.goalMs), 8);
        out.flush();
    }
    out << (withinGoal ? "preview latency goals met\n" : "preview latency goals NOT met\n");
    return 0;
}
