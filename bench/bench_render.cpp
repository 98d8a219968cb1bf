// SPDX-License-Identifier: GPL-3.0-or-later
// Render throughput of a post read as the blog reads it (front matter,
// Liquid, kramdown) beside bare cmark-gfm's parse and render of the same
// bytes, for generated Korean posts of 10 KB, 100 KB and 1 MB: the blog's
// HTML (as geul-cli render writes it) and the preview's (with the source
// positions of every block).
#include "frontmatter.h"
#include "generatedpost.h"
#include "htmlwriter.h"
#include "kramdownparser.h"
#include "liquid.h"
#include "markdownrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
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

// Medians of runs of @p a and @p b, in seconds, and of their ratio run by
// run. The two alternate, so that the machine's changing load weighs on
// both alike (the paired ratio is the steadiest measure on a shared
// machine); at least 7 runs each and 2 seconds in all.
struct Timing
{
    double a; ///< median seconds of a
    double b; ///< median seconds of b
    double ratio; ///< median of a/b, run by run
};

template<typename A, typename B> Timing medianSeconds(A &&a, B &&b)
{
    a(), b(); // warm caches and allocators
    std::vector<double> sa, sb, ratios;
    QElapsedTimer total;
    total.start();
    while (sa.size() < 7 || (total.elapsed() < 2000 && sa.size() < 1000)) {
        sa.push_back(seconds(a));
        sb.push_back(seconds(b));
        ratios.push_back(sa.back() / sb.back());
    }
    return {median(sa), median(sb), median(ratios)};
}

// The blog's HTML, as geul-cli render writes it.
geul::MarkdownRenderer::Options blogOptions()
{
    geul::MarkdownRenderer::Options options;
    options.highlightCode = false;
    options.sourcePositions = false;
    return options;
}

// The median seconds of rendering a post of @p size, again and again, as
// the blog's HTML (@p blog) or by bare cmark-gfm.
double renderAlone(qsizetype size, bool blog)
{
    const QString post = geul::bench::generatePost(size);
    const QByteArray utf8 = post.toUtf8();
    volatile qsizetype sink = 0;
    const geul::MarkdownRenderer::Options options = blogOptions();
    if (blog)
        return medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post, options).size(); }, [] {}).a;
    return medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderBareUtf8(utf8).size(); }, [] {}).a;
}

// renderAlone() for each renderer in @p processes fresh processes of its
// own, taking turns. Run by run in one process (as in the table), each
// renderer leaves the heap to the other in a state of its own making, and
// how fast memory-bound code runs also changes from one process to the
// next (where its memory lands): cmark-gfm's 1 MB render took from 20 to
// 55 ms in one process and another. Alone, each is steadier, though
// cmark-gfm's 1 MB render still ranges from 18 to 31 ms over processes.
// The medians over the processes, and the spread of each.
struct Alone
{
    double blog = 0; ///< median seconds
    double bare = 0;
    double blogLowest = 0, blogHighest = 0;
    double bareLowest = 0, bareHighest = 0;
};

Alone renderAloneInProcesses(qsizetype size, int processes)
{
    std::vector<double> seconds[2];
    for (int i = 0; i < processes; ++i) {
        for (const bool blog : {true, false}) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--alone"), blog ? QStringLiteral("blog") : QStringLiteral("bare"),
                         QString::number(size)});
            bool ok = false;
            const double s = child.waitForFinished(120000) && child.exitCode() == 0
                ? child.readAllStandardOutput().trimmed().toDouble(&ok)
                : 0;
            if (!ok)
                qFatal("bench_render --alone did not give a time");
            seconds[blog ? 0 : 1].push_back(s);
        }
    }
    Alone result;
    result.blog = median(seconds[0]);
    result.bare = median(seconds[1]);
    std::tie(result.blogLowest, result.blogHighest) = std::pair(*std::min_element(seconds[0].begin(), seconds[0].end()),
                                                                *std::max_element(seconds[0].begin(), seconds[0].end()));
    std::tie(result.bareLowest, result.bareHighest) = std::pair(*std::min_element(seconds[1].begin(), seconds[1].end()),
                                                                *std::max_element(seconds[1].begin(), seconds[1].end()));
    return result;
}

// Where a render's time goes, stage by stage (medians, ms): the front
// matter, Liquid, kramdown's parse, the HTML, freeing the tree.
// With @p runs, exactly that many runs (for a profiler).
void stages(QTextStream &out, const char *label, const QString &post, int runs = 0)
{
    std::vector<double> frontMatter, liquid, parse, html, free;
    QElapsedTimer total;
    total.start();
    while (runs > 0 ? int(parse.size()) < runs : (parse.size() < 7 || (total.elapsed() < 2000 && parse.size() < 1000))) {
        QElapsedTimer t;
        t.start();
        const geul::FrontMatter fm = geul::FrontMatter::read(post);
        frontMatter.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        const geul::Liquid::Output processed
            = geul::Liquid::process(QStringView(post).sliced(fm.location().bodyStart), fm.pageVariables(),
                                    fm.location().bodyStart);
        liquid.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        auto result = std::make_unique<geul::KramdownParser::Result>(
            geul::KramdownParser::parse(processed.text, geul::KramdownOptions()));
        parse.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        geul::HtmlWriter::Options options;
        options.liquidMarkers = processed.markers;
        geul::HtmlWriter writer(*result->root, result->footnotes, result->abbreviations, options);
        volatile qsizetype sink = writer.write().html.size();
        (void)sink;
        html.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        result.reset();
        free.push_back(t.nsecsElapsed() / 1e6);
    }
    out << QStringLiteral("%1 front matter %2 ms, Liquid %3 ms, parse %4 ms, HTML %5 ms, free %6 ms\n")
               .arg(QLatin1String(label), -8)
               .arg(median(frontMatter), 0, 'f', 2)
               .arg(median(liquid), 0, 'f', 2)
               .arg(median(parse), 0, 'f', 2)
               .arg(median(html), 0, 'f', 2)
               .arg(median(free), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (const qsizetype alone = app.arguments().indexOf(QStringLiteral("--alone")); alone > 0) {
        // One process's share of renderAloneInProcesses().
        out << renderAlone(app.arguments().value(alone + 2).toLongLong(), app.arguments().value(alone + 1) == u"blog")
            << '\n';
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("--profile"))) {
        // Three renders of the 1 MB post as the blog's HTML is measured below,
        // then three by bare cmark-gfm, and nothing else: for running under a
        // profiler (valgrind --tool=callgrind, perf). With --stages, three
        // renders stage by stage instead.
        const QString post = geul::bench::generatePost(1024 * 1024);
        if (app.arguments().contains(QStringLiteral("--stages"))) {
            stages(out, "1 MB", post, 3);
        } else {
            for (int i = 0; i < 3; ++i)
                out << "blog HTML: " << geul::MarkdownRenderer::renderPost(post, blogOptions()).size()
                    << " characters\n";
        }
        const QByteArray utf8 = post.toUtf8();
        for (int i = 0; i < 3; ++i)
            out << "bare cmark-gfm: " << geul::MarkdownRenderer::renderBareUtf8(utf8).size() << " bytes\n";
        return 0;
    }
    out << "Render throughput in this process (median of repeated runs, MB/s = 10^6 bytes/s)\n";
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
        const geul::MarkdownRenderer::Options blog = blogOptions();
        geul::MarkdownRenderer::Options preview;
        preview.highlightCode = false;
        const Timing blogTiming
            = medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post, blog).size(); },
                            [&] { sink = sink + geul::MarkdownRenderer::renderBareUtf8(utf8).size(); });
        const Timing previewTiming
            = medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post, preview).size(); },
                            [&] { sink = sink + geul::MarkdownRenderer::renderBareUtf8(utf8).size(); });
        const double highlighted
            = medianSeconds([&] { sink = sink + geul::MarkdownRenderer::renderPost(post).size(); }, [] {}).a;
        const double ours = blogTiming.a;
        const double bare = blogTiming.b;
        const double positioned = previewTiming.a;
        const double mb = double(utf8.size()) / 1e6;
        const double ratio = blogTiming.ratio;
        const double previewRatio = previewTiming.ratio;
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
    // The goal is set for the sizes where a render's cost is felt, and
    // judged with each renderer in processes of its own.
    constexpr int processes = 5;
    out << QStringLiteral("\nThe blog's HTML against bare cmark-gfm, each alone in %1 processes of its own (medians)\n")
               .arg(processes);
    for (const auto &[label, size] : sizes) {
        if (size < 100 * 1024)
            continue;
        const Alone alone = renderAloneInProcesses(size, processes);
        const double ratio = alone.blog / alone.bare;
        withinGoal = withinGoal && ratio <= 1.5;
        out << QStringLiteral("%1 %2x: %3 ms (%4 to %5) against %6 ms (%7 to %8)\n")
                   .arg(QLatin1String(label), -8)
                   .arg(ratio, 0, 'f', 2)
                   .arg(alone.blog * 1e3, 0, 'f', 2)
                   .arg(alone.blogLowest * 1e3, 0, 'f', 2)
                   .arg(alone.blogHighest * 1e3, 0, 'f', 2)
                   .arg(alone.bare * 1e3, 0, 'f', 2)
                   .arg(alone.bareLowest * 1e3, 0, 'f', 2)
                   .arg(alone.bareHighest * 1e3, 0, 'f', 2);
    }
    out << "\nStages of the blog's HTML (medians)\n";
    for (const auto &[label, size] : sizes)
        stages(out, label, geul::bench::generatePost(size));
    out << (withinGoal ? "overhead goal (blog HTML at most 1.5x bare cmark-gfm at 100 KB and 1 MB) met\n"
                       : "overhead goal (blog HTML at most 1.5x bare cmark-gfm at 100 KB and 1 MB) NOT met\n");
    return 0;
}
