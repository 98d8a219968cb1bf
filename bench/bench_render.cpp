// SPDX-License-Identifier: GPL-3.0-or-later
// Render throughput of a post read as the blog reads it (front matter,
// Liquid, kramdown) beside bare cmark-gfm's parse and render of the same
// bytes, for generated Korean posts of 10 KB, 100 KB and 1 MB: the blog's
// HTML (as geul-cli render writes it) and the preview's (with the source
// positions of every block).
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
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("size"), -8)
               .arg(QStringLiteral("blog HTML"), 12)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("preview HTML"), 13)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("bare cmark-gfm"), 15)
               .arg(QStringLiteral("preview, code coloured"), 23);
    bool withinGoal = true;
    const std::pair<const char *, qsizetype> sizes[]
        = {{"10 KB", 10 * 1024}, {"100 KB", 100 * 1024}, {"1 MB", 1024 * 1024}};
    for (const auto &[label, size] : sizes) {
        const QString post = geul::bench::generatePost(size);
        const QByteArray utf8 = post.toUtf8();
        volatile qsizetype sink = 0;
        geul::MarkdownRenderer::Options blog;
        blog.highlightCode = false;
        blog.sourcePositions = false;
        geul::MarkdownRenderer::Options preview;
        preview.highlightCode = false;
        const auto [ours, bare]
            = medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post, blog).size(); },
                            [&] { sink = sink + geul::MarkdownRenderer::renderBareUtf8(utf8).size(); });
        const auto [positioned, bareAgain]
            = medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post, preview).size(); },
                            [&] { sink = sink + geul::MarkdownRenderer::renderBareUtf8(utf8).size(); });
        const double highlighted
            = medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post).size(); }, [] {}).first;
        const double mb = double(utf8.size()) / 1e6;
        const double ratio = ours / bare;
        const double previewRatio = positioned / bareAgain;
        withinGoal = withinGoal && ratio <= 1.5;
        const auto rate = [mb](double seconds) { return QStringLiteral("%1 MB/s").arg(mb / seconds, 0, 'f', 1); };
        out << QStringLiteral("%1 %2 %3x %4 %5x %6 %7\n")
                   .arg(QLatin1String(label), -8)
                   .arg(rate(ours), 12)
                   .arg(ratio, 6, 'f', 2)
                   .arg(rate(positioned), 13)
                   .arg(previewRatio, 6, 'f', 2)
                   .arg(rate(bare), 15)
                   .arg(rate(highlighted), 23);
    }
    out << (withinGoal ? "overhead goal (blog HTML at most 1.5x bare cmark-gfm) met\n"
                       : "overhead goal (blog HTML at most 1.5x bare cmark-gfm) NOT met\n");
    return 0;
}
