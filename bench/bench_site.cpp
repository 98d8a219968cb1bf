// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a whole site, as the Site dock and geul-cli list do: a generated
// Korean blog of 900 posts (and 30 drafts) of real size, each with front
// matter, images and prose, read by SiteIndex::scan(). The goal is under
// 500 ms for 900 posts. Also the Find in Site search over the same posts.
#include "generatedpost.h"
#include "siteindex.h"
#include "sitesearchpanel.h"
#include "textsearch.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QDir root(dir.path());
    geul::bench::writeText(root.filePath(QStringLiteral("_config.yml")), QStringLiteral("title: 벤치\ntimezone: Asia/Seoul\n"));
    // Posts of 2 to 20 KB, as real ones are; the first sections' text varies
    // with the post so that titles, tags and dates differ.
    qint64 bytes = 0;
    for (int i = 0; i < 930; ++i) {
        const bool draft = i >= 900;
        const QDate date = QDate(2015, 1, 1).addDays(i * 3);
        QString text = geul::bench::generatePost(2000 + (i * 7919) % 18000);
        text.replace(QStringLiteral("벤치마크용 글"), QStringLiteral("%1번째 글: 회고와 기록").arg(i));
        text.replace(QStringLiteral("tags: [성능, 측정]"), QStringLiteral("tags: [태그%1, 측정]\ncategories: [분류%2]")
                                                             .arg(i % 40)
                                                             .arg(i % 7));
        const QString name = draft ? QStringLiteral("_drafts/draft-%1.md").arg(i)
                                   : QStringLiteral("_posts/%1/%2-post-%3.md")
                                         .arg(date.year())
                                         .arg(date.toString(QStringLiteral("yyyy-MM-dd")))
                                         .arg(i);
        geul::bench::writeText(root.filePath(name), text);
        bytes += text.toUtf8().size();
    }
    out << "site: 900 posts and 30 drafts, " << bytes / 1024 << " KB\n";

    std::vector<double> scans;
    int posts = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const geul::SiteIndex index = geul::SiteIndex::scan(dir.path());
        scans.push_back(double(timer.nsecsElapsed()) / 1e6);
        posts = int(index.posts().size());
    }
    out << QStringLiteral("SiteIndex::scan (the Site dock, geul-cli list): %1 posts in %2 ms median "
                          "(min %3, max %4; goal < 500 ms)\n")
               .arg(posts)
               .arg(median(scans), 0, 'f', 1)
               .arg(*std::min_element(scans.begin(), scans.end()), 0, 'f', 1)
               .arg(*std::max_element(scans.begin(), scans.end()), 0, 'f', 1);

    const geul::SiteIndex index = geul::SiteIndex::scan(dir.path());
    QList<std::pair<QString, QString>> list;
    for (const geul::SiteIndex::Post &post : index.posts())
        list.append({post.path, post.title});
    std::vector<double> searches;
    qsizetype hits = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        hits = geul::SiteSearchPanel::searchPosts(geul::TextSearch(QStringLiteral("성장했다"), {}), list, {}).size();
        searches.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral("Find in Site (\"성장했다\"): %1 hits in %2 ms median\n")
               .arg(hits)
               .arg(median(searches), 0, 'f', 1);
    return 0;
}
