// SPDX-License-Identifier: GPL-3.0-or-later
// Render throughput of MarkdownRenderer beside bare cmark-gfm on the same
// bytes, for generated Korean posts of 10 KB, 100 KB and 1 MB.
#include "generatedpost.h"
#include "markdownrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

template<typename F> double seconds(F &&run)
{
    QElapsedTimer t;
    t.start();
    run();
    return double(t.nsecsElapsed()) / 1e9;
}

// Medians of runs of @p a and @p b, in seconds. The two alternate, so that
// the machine's changing load weighs on both alike; at least 7 runs each
// and 2 seconds in all.
template<typename A, typename B> std::pair<double, double> medianSeconds(A &&a, B &&b)
{
    a(), b(); // warm caches and allocators
    std::vector<double> sa, sb;
    QElapsedTimer total;
    total.start();
    while (sa.size() < 7 || (total.elapsed() < 2000 && sa.size() < 1000)) {
        sa.push_back(seconds(a));
        sb.push_back(seconds(b));
    }
    return {median(sa), median(sb)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "Render throughput (median of repeated runs, MB/s = 10^6 bytes/s)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("size"), -8)
               .arg(QStringLiteral("MarkdownRenderer"), 18)
               .arg(QStringLiteral("bare cmark-gfm"), 16)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("with code highlighting"), 24);
    bool withinGoal = true;
    const std::pair<const char *, qsizetype> sizes[]
        = {{"10 KB", 10 * 1024}, {"100 KB", 100 * 1024}, {"1 MB", 1024 * 1024}};
    for (const auto &[label, size] : sizes) {
        const QString post = geul::bench::generatePost(size);
        const QByteArray utf8 = post.toUtf8();
        volatile qsizetype sink = 0;
        // The renderer's own overhead over cmark-gfm, then the whole preview
        // render, fenced code highlighted by KSyntaxHighlighting.
        geul::MarkdownRenderer::Options plain;
        plain.highlightCode = false;
        const auto [ours, bare]
            = medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post, plain).size(); },
                            [&] { sink = sink + geul::MarkdownRenderer::renderBareUtf8(utf8).size(); });
        const double highlighted
            = medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post).size(); }, [] {}).first;
        const double mb = double(utf8.size()) / 1e6;
        const double ratio = ours / bare;
        withinGoal = withinGoal && ratio < 1.5;
        out << QStringLiteral("%1 %2 %3 %4x %5\n")
                   .arg(QLatin1String(label), -8)
                   .arg(QStringLiteral("%1 MB/s").arg(mb / ours, 0, 'f', 1), 18)
                   .arg(QStringLiteral("%1 MB/s").arg(mb / bare, 0, 'f', 1), 16)
                   .arg(ratio, 6, 'f', 2)
                   .arg(QStringLiteral("%1 MB/s").arg(mb / highlighted, 0, 'f', 1), 24);
    }
    out << (withinGoal ? "overhead goal (< 1.5x) met\n" : "overhead goal (< 1.5x) NOT met\n");
    return 0;
}
