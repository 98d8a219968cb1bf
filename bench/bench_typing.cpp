// SPDX-License-Identifier: GPL-3.0-or-later
// Typing into the real window: the editor with its highlighting, spell
// check, outline and counts, and the real WebEngine preview. A stream of
// 300 keys at 20 a second is typed at the end of generated Korean posts of
// 10 KB, 100 KB and 1 MB. For each size, one line:
//
//   typing-stream 10KB: updates=N max_behind_ms=M cpu_ms_per_char=C
//
// updates: how many new texts the preview's DOM showed while the keys came
// and until it caught up. max_behind_ms: the longest a typed key waited
// until the DOM showed a text that holds it (the preview showed older text
// for that long). cpu_ms_per_char: the CPU of Geul's whole process tree
// (QtWebEngineProcess included) from the first key until the preview has
// caught up and a further second has passed, divided by the keys.
//
// For the 1 MB post, also: what the page's processes spend on an update
// that changes text out of view, against one in view:
//
//   edits-out-of-view 1MB: page_cpu_ms_per_update out_of_view=A in_view=B
//
// Then a 5 MB post with 2,000 formulas is opened: when the page shows it,
// when the math of its first screen is typeset, and when all of it is.
//
// Options: --verbose (where the CPU went), --size 10KB|100KB|1MB (that post
// alone), --math (the math post alone).
#include "generatedpost.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "previewcontroller.h"
#include "previewview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace {

// One line of /proc/.../stat: the name between the parentheses, the parent
// (for a process) and the CPU time in ms (utime + stime, the 12th and 13th
// fields after the name's closing parenthesis).
struct Stat
{
    QString name;
    int parent = 0;
    double cpuMs = 0;
};

std::optional<Stat> readStat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = file.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (open < 0 || close < open || fields.size() < 13)
        return std::nullopt;
    return Stat{QString::fromUtf8(line.mid(open + 1, close - open - 1)), fields[1].toInt(),
                double(fields[11].toLongLong() + fields[12].toLongLong()) * 1000.0 / double(sysconf(_SC_CLK_TCK))};
}

// The processes under this one (QtWebEngineProcess and its helpers).
std::vector<int> descendants()
{
    std::map<int, std::vector<int>> children;
    for (const QString &name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const int pid = name.toInt(&number);
        if (!number)
            continue;
        if (const std::optional<Stat> stat = readStat(QStringLiteral("/proc/%1/stat").arg(pid)))
            children[stat->parent].push_back(pid);
    }
    std::vector<int> found;
    std::vector<int> queue = children[int(getpid())];
    while (!queue.empty()) {
        const int pid = queue.back();
        queue.pop_back();
        found.push_back(pid);
        for (int child : children[pid])
            queue.push_back(child);
    }
    return found;
}

// CPU time (ms) of this process and every process under it.
double treeCpuMs()
{
    double total = readStat(QStringLiteral("/proc/self/stat")).value_or(Stat()).cpuMs;
    for (int pid : descendants())
        total += readStat(QStringLiteral("/proc/%1/stat").arg(pid)).value_or(Stat()).cpuMs;
    return total;
}

// Adds the CPU time (ms) of each thread of @p tasks (a /proc/.../task
// folder) to @p byName, under @p prefix and the thread's name.
void addThreadCpuMs(const QString &tasks, const QString &prefix, std::map<QString, double> &byName)
{
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (const std::optional<Stat> stat = readStat(tasks + u'/' + task + QStringLiteral("/stat")))
            byName[prefix + stat->name] += stat->cpuMs;
    }
}

// CPU time (ms) of the threads of the processes under this one, by
// process and thread name ("process/thread").
std::map<QString, double> pageThreadCpuMs()
{
    std::map<QString, double> byName;
    for (int pid : descendants()) {
        const QString process = readStat(QStringLiteral("/proc/%1/stat").arg(pid)).value_or(Stat()).name;
        addThreadCpuMs(QStringLiteral("/proc/%1/task").arg(pid), process + u'/', byName);
    }
    return byName;
}

// CPU time (ms) of this process's GUI thread.
double guiThreadCpuMs()
{
    return readStat(QStringLiteral("/proc/self/task/%1/stat").arg(getpid())).value_or(Stat()).cpuMs;
}

// CPU time (ms) of each of this process's threads, by name.
std::map<QString, double> threadCpuMs()
{
    std::map<QString, double> byName;
    addThreadCpuMs(QStringLiteral("/proc/self/task"), QString(), byName);
    return byName;
}

// What @p script gives in the preview's page of @p window (invalid after 5 s).
QVariant ask(geul::MainWindow &window, const QString &script)
{
    // Shared with the callback, which may come after a timeout.
    auto answer = std::make_shared<std::optional<QVariant>>();
    window.preview()->page()->runJavaScript(script, [answer](const QVariant &value) { *answer = value; });
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 5000))
        return QVariant();
    return answer->value_or(QVariant());
}

// CPU time (ms) of this process alone, all its threads.
double processCpuMs()
{
    return readStat(QStringLiteral("/proc/self/stat")).value_or(Stat()).cpuMs;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the writer's own settings untouched
    const QString rendering = geul::PreviewView::chooseRendering(); // as geul draws
    QApplication app(argc, argv);
    QTextStream out(stdout);
    // --verbose: where the CPU went, and how far behind most keys were.
    const bool verbose = app.arguments().contains(QStringLiteral("--verbose"));
    if (verbose)
        out << "drawing: " << rendering << '\n';
    QTemporaryDir site;
    geul::bench::writeText(QDir(site.path()).filePath(QStringLiteral("_config.yml")), QStringLiteral("title: 벤치\ntimezone: Asia/Seoul\n"));
    const QString typed = QStringLiteral("the quick brown fox jumps over the lazy dog. ");
    constexpr int keys = 300;
    constexpr int gapMs = 50; // 20 keys a second

    const std::pair<const char *, qsizetype> sizes[]
        = {{"10KB", 10 * 1024}, {"100KB", 100 * 1024}, {"1MB", 1024 * 1024}};
    // --math: the 5 MB math post alone.
    const bool mathOnly = app.arguments().contains(QStringLiteral("--math"));
    // --size LABEL (10KB, 100KB or 1MB): that post alone, then the math post.
    const qsizetype sizeAt = app.arguments().indexOf(QStringLiteral("--size"));
    const QString onlySize = sizeAt > 0 ? app.arguments().value(sizeAt + 1) : QString();
    for (const auto &[label, bytes] : sizes) {
        if (mathOnly)
            break;
        if (!onlySize.isEmpty() && onlySize != QLatin1String(label))
            continue;
        const QString path = QDir(site.path()).filePath(QStringLiteral("_posts/2024-01-01-typing-%1.md").arg(QLatin1String(label)));
        geul::bench::writeText(path, geul::bench::generatePost(bytes));
        geul::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QString error;
        if (!window.openFile(path, &error)) {
            out << "cannot open the post: " << error << '\n';
            return 1;
        }
        geul::PreviewController *controller = window.previewController();
        int shownGeneration = 0;
        QElapsedTimer clock;
        clock.start();
        std::vector<std::pair<qint64, int>> pressed; // when, and the generation that holds the key
        std::size_t waiting = 0; // the first key not yet shown
        qint64 maxBehind = 0;
        int worstKey = -1;
        std::vector<qint64> behindAll;
        int updates = 0;
        std::vector<double> patching; // the page's own time to patch its DOM
        QObject::connect(window.preview(), &geul::PreviewView::shown, &window, [&](int generation, double ms) {
            if (!pressed.empty()) {
                patching.push_back(ms);
                if (verbose && patching.size() <= 4)
                    out << "  shown " << generation << " at " << clock.elapsed() - pressed.front().first << " ms (keys from "
                        << pressed.front().second << ")\n";
            }
            shownGeneration = std::max(shownGeneration, generation);
            if (pressed.empty())
                return;
            ++updates;
            const qint64 now = clock.elapsed();
            for (; waiting < pressed.size() && pressed[waiting].second <= generation; ++waiting) {
                if (now - pressed[waiting].first > maxBehind)
                    worstKey = int(waiting);
                maxBehind = std::max(maxBehind, now - pressed[waiting].first);
                behindAll.push_back(now - pressed[waiting].first);
            }
        });
        if (!QTest::qWaitFor([&] { return shownGeneration >= controller->generation() && shownGeneration > 0; }, 60'000)) {
            out << "typing-stream " << label << ": the preview did not show the post\n";
            return 1;
        }
        window.activateWindow();
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        // As a writer starts typing: once opening the post has settled (the
        // tree below a tenth of a core for a second, or 30 s at most).
        for (int second = 0; second < 30; ++second) {
            const double before = treeCpuMs();
            QTest::qWait(1000);
            if (treeCpuMs() - before < 100)
                break;
        }
        const double cpuBefore = treeCpuMs();
        const double guiBefore = guiThreadCpuMs();
        const double processBefore = processCpuMs();
        const std::map<QString, double> threadsBefore = threadCpuMs();
        const qint64 began = clock.elapsed();
        for (int i = 0; i < keys; ++i) {
            const qint64 due = began + qint64(i) * gapMs;
            if (const qint64 wait = due - clock.elapsed(); wait > 0)
                QTest::qWait(int(wait));
            const QChar c = typed.at(i % typed.size());
            QTest::keyClick(window.editor(), c.toLatin1());
            pressed.emplace_back(clock.elapsed(), controller->generation());
        }
        const int last = controller->generation();
        if (!QTest::qWaitFor([&] { return shownGeneration >= last; }, 60'000)) {
            out << "typing-stream " << label << ": the preview never caught up\n";
            return 1;
        }
        QTest::qWait(1000);
        const double cpu = treeCpuMs() - cpuBefore;
        if (!window.editor()->text().endsWith(typed.left(keys % typed.size()))) {
            out << "typing-stream " << label << ": the keys did not all reach the editor\n";
            return 1;
        }
        out << "typing-stream " << label << ": updates=" << updates << " max_behind_ms=" << maxBehind
            << " cpu_ms_per_char=" << QString::number(cpu / keys, 'f', 1) << '\n';
        out.flush();
        if (verbose) {
            std::sort(behindAll.begin(), behindAll.end());
            const auto at = [&behindAll](double p) { return behindAll[std::size_t(p * double(behindAll.size() - 1))]; };
            std::sort(patching.begin(), patching.end());
            out << "  page patching median " << QString::number(patching.empty() ? 0.0 : patching[patching.size() / 2], 'f', 1)
                << " ms\n";
            out << "  the longest wait: key " << worstKey << " of " << keys << '\n';
            out << "  behind median " << at(0.5) << " ms, p95 " << at(0.95) << " ms; render cost "
                << QString::number(controller->pace().cost(), 'f', 0) << " ms, interval " << controller->pace().interval()
                << " ms; CPU ms per key: GUI thread " << QString::number((guiThreadCpuMs() - guiBefore) / keys, 'f', 1)
                << ", Geul's other threads "
                << QString::number((processCpuMs() - processBefore - (guiThreadCpuMs() - guiBefore)) / keys, 'f', 1)
                << ", WebEngine processes " << QString::number((cpu - (processCpuMs() - processBefore)) / keys, 'f', 1)
                << '\n';
            std::vector<std::pair<double, QString>> threads;
            for (const auto &[name, ms] : threadCpuMs())
                threads.emplace_back(ms - (threadsBefore.count(name) ? threadsBefore.at(name) : 0.0), name);
            std::sort(threads.rbegin(), threads.rend());
            out << "  busiest threads (ms per key):";
            for (std::size_t i = 0; i < std::min<std::size_t>(6, threads.size()); ++i)
                out << ' ' << threads[i].second << ' ' << QString::number(threads[i].first / keys, 'f', 1) << ';';
            out << '\n';
        }
        if (bytes >= 1024 * 1024) {
            // Edits the reader cannot see: the editor and the preview at the
            // top, the text changed at the end (as a replace or a form edit
            // does), against the same edits in view. What the page's
            // processes spend on each update shows whether a change out of
            // view is drawn.
            const auto editsAtTheEnd = [&](bool inView) {
                window.editor()->moveCursor(inView ? QTextCursor::End : QTextCursor::Start);
                window.editor()->ensureCursorVisible();
                QTest::qWait(1500); // the preview follows, the page settles
                constexpr int edits = 20;
                const double processBefore = processCpuMs();
                const double treeBefore = treeCpuMs();
                const std::map<QString, double> pageBefore = pageThreadCpuMs();
                double furthestDown = 0;
                for (int i = 0; i < edits; ++i) {
                    QTextCursor end(window.editor()->document());
                    end.movePosition(QTextCursor::End);
                    end.insertText(QStringLiteral("x"));
                    const int generation = controller->generation();
                    if (!QTest::qWaitFor([&] { return shownGeneration >= generation; }, 10'000))
                        out << "edits-out-of-view " << label << ": an edit was not shown within 10 s\n";
                    QTest::qWait(150);
                    furthestDown = std::max(furthestDown, ask(window, QStringLiteral("window.scrollY")).toDouble());
                }
                const double page = (treeCpuMs() - treeBefore) - (processCpuMs() - processBefore);
                if (verbose) {
                    std::vector<std::pair<double, QString>> threads;
                    for (const auto &[name, ms] : pageThreadCpuMs())
                        threads.emplace_back(ms - (pageBefore.count(name) ? pageBefore.at(name) : 0.0), name);
                    std::sort(threads.rbegin(), threads.rend());
                    out << "  " << (inView ? "in view" : "out of view") << ", the page's busiest threads (ms per update):";
                    for (std::size_t i = 0; i < std::min<std::size_t>(6, threads.size()); ++i)
                        out << ' ' << threads[i].second << ' ' << QString::number(threads[i].first / edits, 'f', 1) << ';';
                    out << '\n';
                    out.flush();
                }
                return std::pair{page / edits, furthestDown};
            };
            const auto [outOfView, scrolledOut] = editsAtTheEnd(false);
            const auto [inView, scrolledIn] = editsAtTheEnd(true);
            out << "edits-out-of-view " << label << ": page_cpu_ms_per_update out_of_view="
                << QString::number(outOfView, 'f', 1) << " in_view=" << QString::number(inView, 'f', 1)
                << " (page scrolled to " << scrolledOut << " and " << scrolledIn << " px)\n";
        }
        out.flush();
        window.editor()->document()->setModified(false); // closes without asking
    }

    // A 5 MB post with 2,000 formulas: when the page shows it, when the
    // math on its first screen is typeset, and when all of it is.
    {
        QString post = geul::bench::generatePost(5 * 1024 * 1024);
        // The generator writes one formula a section; 2,000 of them kept.
        static const QRegularExpression formula(QStringLiteral(" 손실은 \\$[^$]*\\$ 이다\\."));
        const qsizetype sections = post.count(formula);
        qsizetype seen = 0;
        int kept = 0;
        QString thinned;
        thinned.reserve(post.size());
        qsizetype from = 0;
        for (QRegularExpressionMatchIterator it = formula.globalMatch(post); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            thinned += QStringView(post).sliced(from, m.capturedStart() - from);
            if (kept < 2000 && seen * 2000 / sections >= kept) {
                thinned += m.captured();
                ++kept;
            }
            ++seen;
            from = m.capturedEnd();
        }
        thinned += QStringView(post).sliced(from);
        const QString path = QDir(site.path()).filePath(QStringLiteral("_posts/2024-01-01-math-5MB.md"));
        geul::bench::writeText(path, thinned);
        geul::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QElapsedTimer clock;
        qint64 shownAt = -1;
        QObject::connect(window.preview(), &geul::PreviewView::shown, &window, [&] {
            if (shownAt < 0)
                shownAt = clock.elapsed();
        });
        clock.start();
        QString error;
        if (!window.openFile(path, &error)) {
            out << "cannot open the post: " << error << '\n';
            return 1;
        }
        if (!QTest::qWaitFor([&] { return shownAt >= 0; }, 120'000)) {
            out << "math-5MB: the preview did not show the post\n";
            return 1;
        }
        // The page's own times, read without asking it for any layout.
        QVariantMap times;
        while (clock.elapsed() < 300'000) {
            times = ask(window, QStringLiteral("window.geulPreview ? window.geulPreview.pageTimes() : null")).toMap();
            if (times.contains(QStringLiteral("allMath")))
                break;
            QTest::qWait(500);
        }
        const auto since = [&times](const char *from, const char *to) {
            const QString a = QString::fromLatin1(from), b = QString::fromLatin1(to);
            return times.contains(a) && times.contains(b)
                       ? QString::number((times[b].toDouble() - times[a].toDouble()) / 1000.0, 'f', 2)
                       : QStringLiteral("never");
        };
        out << "math-5MB (" << kept << " formulas): page_shown_s=" << QString::number(shownAt / 1000.0, 'f', 2)
            << " first_screen_math_after_shown_s=" << since("shown", "firstScreenMath")
            << " all_math_after_shown_s=" << since("shown", "allMath") << '\n';
        if (verbose)
            out << "  the page: whole page in " << since("replaced", "shown") << " s after it came\n";
        window.editor()->document()->setModified(false);
    }
    return 0;
}
