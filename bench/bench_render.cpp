// SPDX-License-Identifier: GPL-3.0-or-later
// Render throughput of MarkdownRenderer beside bare cmark-gfm on the same
// bytes, for generated Korean posts of 10 KB, 100 KB and 1 MB.
#include "markdownrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

// A post shaped like the real ones: front matter, headings, Korean prose
// with emphasis and links, lists, a table, code and images.
QString generatePost(qsizetype bytes)
{
    QString post = QStringLiteral("---\nlayout: post\ntitle: \"벤치마크용 글\"\ntags: [성능, 측정]\n"
                                  "comments: True\ntypora-root-url: ../\n---\n\n");
    const QString section = QStringLiteral(
        "## %1. 프로젝트를 돌아보며\n\n"
        "2022년은 본격적으로 **딥러닝 엔지니어로**서의 경력을 시작하는 한 해였다. 프로젝트를 마무리할 때마다 "
        "*실무적인 역량*이 쌓이며 한층 더 성장했다. 자세한 내용은 [회사 블로그](https://example.com/%1)에서 "
        "볼 수 있다. `pipeline`을 설계하고 ~~도입~~ 적용해 나갔다.\n\n"
        "- 어느덧 **2년차** 딥러닝 엔지니어\n- 블로그 방문자 수 220% 증가\n  - [x] 24권의 책 완독\n\n"
        "| 항목 | 값 |\n| --- | ---: |\n| 정확도 | 0.%1 |\n| 지연 시간 | %1 ms |\n\n"
        "```python\nfor i in range(%1):\n    print(\"안녕\", i)\n```\n\n"
        "![그림 %1](/assets/img/2022-12-31-Retrospect/image-%1.png)\n\n"
        "<img src=\"/assets/img/2022-12-31-Retrospect/Untitled %1.png\" style=\"zoom: 67%;\" />\n\n"
        "> 천천히 걸어야 보이는 것들이 있다.[^%1]\n\n[^%1]: 각주 %1.\n\n");
    for (int i = 1; post.toUtf8().size() < bytes; ++i)
        post += section.arg(i);
    return post;
}

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
        const QString post = generatePost(size);
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
