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
#include "reading.h"

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

// renderAlone() of each renderer in fresh processes of its own, @p pairs
// times: a process of one, then of the other, taking turns at going first.
// Run by run in one process (as in the table), each renderer leaves the
// heap to the other in a state of its own making: cmark-gfm's 1 MB render
// took from 20 to 55 ms there, depending on what ran before it. Alone, each
// is steadier, though how fast memory-bound code runs still changes from
// one process and one minute to the next (where its memory lands, what
// else the machine runs). The median of the pairs' ratios, their spread,
// and each renderer's median.
struct Pairs
{
    double ratio = 0; ///< median over the pairs of blog / bare
    double lowest = 0, highest = 0; ///< of the pairs' ratios
    double blog = 0, bare = 0; ///< median seconds
};

double renderAloneInProcess(qsizetype size, bool blog)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--alone"), blog ? QStringLiteral("blog") : QStringLiteral("bare"), QString::number(size)});
    bool ok = false;
    double seconds = 0;
    if (child.waitForFinished(120000) && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0)
        seconds = child.readAllStandardOutput().trimmed().toDouble(&ok);
    if (!ok || seconds <= 0)
        qFatal("bench_render --alone %s %lld failed", blog ? "blog" : "bare", static_cast<long long>(size));
    return seconds;
}

Pairs renderAloneInPairs(qsizetype size, int pairs)
{
    std::vector<double> blog, bare, ratios;
    for (int i = 0; i < pairs; ++i) {
        const bool blogFirst = i % 2 == 0;
        const double first = renderAloneInProcess(size, blogFirst);
        const double second = renderAloneInProcess(size, !blogFirst);
        blog.push_back(blogFirst ? first : second);
        bare.push_back(blogFirst ? second : first);
        ratios.push_back(blog.back() / bare.back());
    }
    const auto [lowest, highest] = std::minmax_element(ratios.begin(), ratios.end());
    return {median(ratios), *lowest, *highest, median(blog), median(bare)};
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
            = geul::Liquid::process(post, fm.location().bodyStart, fm.pageVariables());
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
        // One process's share of renderAloneInPairs().
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
    constexpr int pairs = 7;
    out << QStringLiteral("\nThe blog's HTML against bare cmark-gfm, each alone in a process of its own, %1 pairs of "
                          "processes\n")
               .arg(pairs);
    for (const auto &[label, size] : sizes) {
        if (size < 100 * 1024)
            continue;
        const Pairs measured = renderAloneInPairs(size, pairs);
        withinGoal = withinGoal && measured.ratio <= 1.5;
        out << QStringLiteral("%1 median %2x (pairs from %3x to %4x): %5 against %6 ms\n")
                   .arg(QLatin1String(label), -8)
                   .arg(measured.ratio, 0, 'f', 2)
                   .arg(measured.lowest, 0, 'f', 2)
                   .arg(measured.highest, 0, 'f', 2)
                   .arg(measured.blog * 1e3, 0, 'f', 2)
                   .arg(measured.bare * 1e3, 0, 'f', 2);
    }
    out << "\nStages of the blog's HTML (medians)\n";
    for (const auto &[label, size] : sizes)
        stages(out, label, geul::bench::generatePost(size));
    // The preview reads the post again after each edit from the reading
    // before it (Reading::reread): the blocks the edit touched are parsed,
    // the rest is copied.
    out << "\nReading again after one typed character (medians)\n";
    for (const auto &[label, size] : sizes) {
        const QString post = geul::bench::generatePost(size);
        const geul::Reading before = geul::Reading::read(post);
        QString atEnd = post;
        atEnd.insert(post.lastIndexOf(u"한 해였다"), u'x');
        QString inMiddle = post;
        inMiddle.insert(post.indexOf(u"한 해였다", post.size() / 2), u'x');
        volatile qsizetype sink = 0;
        bool partial = true;
        const auto again = [&](const QString &text) {
            return medianSeconds(
                       [&] {
                           const geul::Reading r = geul::Reading::reread(before, text);
                           partial = partial && r.isIncremental();
                           sink = sink + r.root().children.size();
                       },
                       [] {})
                .a;
        };
        const double whole
            = medianSeconds([&] { sink = sink + geul::Reading::read(atEnd).root().children.size(); }, [] {}).a;
        const double end = again(atEnd);
        const double middle = again(inMiddle);
        out << QStringLiteral("%1 whole %2 ms, in the last section %3 ms, in the middle %4 ms%5\n")
                   .arg(QLatin1String(label), -8)
                   .arg(whole * 1e3, 0, 'f', 2)
                   .arg(end * 1e3, 0, 'f', 2)
                   .arg(middle * 1e3, 0, 'f', 2)
                   .arg(partial ? QString() : QStringLiteral(" (NOT read in part)"));
    }
    out << (withinGoal ? "overhead goal (blog HTML at most 1.5x bare cmark-gfm at 100 KB and 1 MB) met\n"
                       : "overhead goal (blog HTML at most 1.5x bare cmark-gfm at 100 KB and 1 MB) NOT met\n");
    return 0;
}
