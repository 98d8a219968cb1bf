// SPDX-License-Identifier: GPL-3.0-or-later
// The site as Jekyll reads it (SiteIndex judged against `jekyll build`),
// the habits a new post learns from it, and NewPost's files (their front
// matter judged by Psych).
#include "newpost.h"
#include "oracle.h"
#include "romanization.h"
#include "siteindex.h"
#include "sitesettings.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace geul;
using geul::test::readAll;

namespace {

// Writes a file, making its folders.
bool writeAll(const QString &path, const QByteArray &bytes)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && test::writeAll(path, bytes);
}

// A site of posts that Jekyll reads each in its own way.
void writeTrickySite(const QString &root)
{
    const QDir dir(root);
    writeAll(dir.filePath(QStringLiteral("_config.yml")), "title: 블로그\ntimezone: Asia/Seoul\n");
    const QList<std::pair<const char *, QByteArray>> posts = {
        {"_posts/2024-01-02-hello.md", "---\ntitle: 안녕 & 반가워\ncategories: [일상, 개발]\ntags: 한글 Qt\n---\n본문\n"},
        {"_posts/2024-01-03-no-front-matter.md", "본문만 있다\n"},
        {"_posts/2024-01-04-broken-yaml.md", "---\ntitle: [깨진\n---\n본문\n"},
        {"_posts/2024-01-05-hidden.md", "---\ntitle: 숨김\npublished: false\n---\n"},
        {"_posts/2099-01-05-future-name.md", "---\ntitle: 미래\n---\n"},
        {"_posts/2020-01-01-future-key.md", "---\ntitle: 날짜 키\ndate: 2099-01-01 10:00\n---\n"},
        {"_posts/nested/2023-05-06-date-Key-slug.md",
         "---\ndate: 2023-05-06 10:11:12 +0100\ncategory: 한 범주\ntag: [a, b]\n---\n"},
        {"_posts/no-date.md", "---\ntitle: 날짜 없음\n---\n"},
        {"_posts/2024-02-01-null-title.md", "---\ntitle:\nlayout: post\n---\n"},
        {"_posts/2024-02-02-empty-title.md", "---\ntitle: \"\"\n---\n"},
        {"_posts/2024-02-03-zulu.md", "---\ntitle: UTC\ndate: 2024-02-03T23:30:00Z\n---\n"},
        {"_posts/2024-02-04-partial.md", "---\n title: 들여쓴 제목\nlayout: post\n---\n"},
        {"_posts/2024-02-05-timestamp.md", "---\ndate: 2024-02-05 23:30:11\n---\n"},
        {"_posts/2024-02-06-string.md", "---\ndate: \"2024-02-06 23:30:11\"\n---\n"},
        {"_posts/2024-02-07-offset.md", "---\ndate: 2024-02-07T23:30:00.5-05:00\n---\n"},
        {"_drafts/초안.md", "---\ntitle: 초안\n---\n"},
    };
    for (const auto &[path, bytes] : posts)
        QVERIFY(writeAll(dir.filePath(QString::fromUtf8(path)), bytes));
    // A name written on macOS: NFD Hangul, and no title of its own.
    QVERIFY(writeAll(dir.filePath(QString::fromUtf8("_posts/2024-03-01-\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab-"
                                                    "\xe1\x84\x80\xe1\x85\xb3\xe1\x86\xaf.md")),
                     "---\nlayout: post\ntags: [\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab]\n---\n"));
}

} // namespace

class TestSiteIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Which posts Jekyll publishes, and the title, date, categories and
    // tags it reads of each: as `jekyll build` says.
    void postsAsJekyllReadsThem()
    {
        QTemporaryDir dir;
        writeTrickySite(dir.path());
        const QDateTime now = QDateTime::currentDateTime();
        const SiteIndex site = SiteIndex::scan(dir.path(), now);

        const test::OracleRun run = test::runOracle(QStringLiteral("jekyll-posts.rb"), {},
                                                    {dir.path(), now.toString(Qt::ISODate)});
        QVERIFY2(run.ok(), qPrintable(run.error));
        const QJsonObject jekyll = QJsonDocument::fromJson(run.output).object();
        QVERIFY(!jekyll.isEmpty());

        QStringList published;
        for (const SiteIndex::Post &post : site.posts()) {
            if (!post.published())
                continue;
            const QString relative = QDir(dir.path()).relativeFilePath(post.path);
            published << relative;
            const QJsonObject expected = jekyll.value(relative).toObject();
            QVERIFY2(!expected.isEmpty(), qPrintable(relative + QStringLiteral(": Jekyll does not publish it")));
            // Jekyll reads nothing of a front matter it cannot parse (its
            // title is empty, its date the build's time); the list shows
            // the file's name and date instead, so that it can be found.
            if (post.status == SiteIndex::Post::Status::BrokenFrontMatter)
                continue;
            QCOMPARE(post.title, expected.value(QStringLiteral("title")).toString());
            const QDateTime date = QDateTime::fromString(expected.value(QStringLiteral("date")).toString(), Qt::ISODate);
            QCOMPARE(post.date.toUTC(), date.toUTC());
            QCOMPARE(post.date.offsetFromUtc(), date.offsetFromUtc()); // the site's time zone
            QCOMPARE(QJsonArray::fromStringList(post.categories), expected.value(QStringLiteral("categories")).toArray());
            QCOMPARE(QJsonArray::fromStringList(post.tags), expected.value(QStringLiteral("tags")).toArray());
            // Its address on the site (the date in the site's time zone);
            // Jekyll's page.url is percent-encoded, urlOf() is not.
            const FrontMatter fm = FrontMatter::read(QString::fromUtf8(readAll(post.path)));
            QCOMPARE(site.config().urlOf(post.path, fm),
                     QUrl::fromPercentEncoding(expected.value(QStringLiteral("url")).toString().toUtf8()));
        }
        published.sort();
        QStringList jekyllPublished = jekyll.keys();
        jekyllPublished.sort();
        QCOMPARE(published, jekyllPublished);

        // Why the others are not, and the draft.
        QHash<QString, SiteIndex::Post::Status> statuses;
        for (const SiteIndex::Post &post : site.posts())
            statuses.insert(QDir(dir.path()).relativeFilePath(post.path), post.status);
        using Status = SiteIndex::Post::Status;
        QCOMPARE(statuses.value(QStringLiteral("_posts/2024-01-05-hidden.md")), Status::Unpublished);
        QCOMPARE(statuses.value(QStringLiteral("_posts/2099-01-05-future-name.md")), Status::Future);
        QCOMPARE(statuses.value(QStringLiteral("_posts/2020-01-01-future-key.md")), Status::Future);
        QCOMPARE(statuses.value(QStringLiteral("_posts/no-date.md")), Status::NoDate);
        QCOMPARE(statuses.value(QStringLiteral("_drafts/초안.md")), Status::Draft);
        QCOMPARE(statuses.value(QStringLiteral("_posts/2024-01-03-no-front-matter.md")), Status::NoFrontMatter);
        QCOMPARE(statuses.value(QStringLiteral("_posts/2024-01-04-broken-yaml.md")), Status::BrokenFrontMatter);
        QCOMPARE(statuses.value(QStringLiteral("_posts/2024-02-04-partial.md")), Status::PartialFrontMatter);
        QVERIFY(!site.posts().isEmpty());
        for (qsizetype i = 1; i < site.posts().size(); ++i)
            QVERIFY(site.posts()[i - 1].date >= site.posts()[i].date); // newest first
    }

    // A site that says `future: true` publishes posts dated later.
    void futureSite()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("_config.yml")), "future: true\n");
        writeAll(dir.filePath(QStringLiteral("_posts/2099-01-05-later.md")), "---\ntitle: 미래\n---\n");
        const SiteIndex site = SiteIndex::scan(dir.path());
        QCOMPARE(site.posts().size(), 1);
        QVERIFY(site.posts().first().published());
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: not a date
        QTest::newRow("day") << "2024-01-02" << "2024-01-01T15:00:00Z";
        QTest::newRow("minutes") << "2024-01-02 10:30" << "2024-01-02T01:30:00Z";
        QTest::newRow("offset") << "2024-01-02 10:30:00 +0100" << "2024-01-02T09:30:00Z";
        QTest::newRow("colon offset") << "2024-01-02T10:30:00+01:00" << "2024-01-02T09:30:00Z";
        QTest::newRow("zulu") << "2024-01-02T10:30:00.5Z" << "2024-01-02T10:30:00Z";
        QTest::newRow("negative") << "2024-01-02 10:30:00 -05:30" << "2024-01-02T16:00:00Z";
        QTest::newRow("single digits") << "2024-1-2" << "2024-01-01T15:00:00Z";
        QTest::newRow("no month 13") << "2024-13-02" << "";
        QTest::newRow("words") << "어제" << "";
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const std::optional<QDateTime> date = SiteConfig::parseDate(text, QTimeZone("Asia/Seoul"));
        QCOMPARE(date.has_value(), !utc.isEmpty());
        if (date)
            QCOMPARE(date->toUTC(), QDateTime::fromString(utc, Qt::ISODate));
    }

    // The folder most posts keep their images in, as a setting: named
    // after each post, with spaces and %20 as Typora writes them.
    void imageFolderLearned()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeAll(root.filePath(QStringLiteral("_config.yml")), "title: x\n");
        const auto post = [&](const QString &name, const QString &link) {
            writeAll(root.filePath(QStringLiteral("_posts/%1.md").arg(name)),
                     QStringLiteral("---\ntitle: t\n---\n![](%1)\n").arg(link).toUtf8());
        };
        post(QStringLiteral("2023-08-29-differential & gradient"),
             QStringLiteral("/images/2023-08-29-differential & gradient/Figure_1.png"));
        writeAll(root.filePath(QStringLiteral("images/2023-08-29-differential & gradient/Figure_1.png")), "png");
        post(QStringLiteral("2023-08-30-둘째 글"), QStringLiteral("/images/2023-08-30-%EB%91%98%EC%A7%B8%20%EA%B8%80/a.png"));
        writeAll(root.filePath(QStringLiteral("images/2023-08-30-둘째 글/a.png")), "png");
        post(QStringLiteral("2023-08-31-third"), QStringLiteral("../images/2023-08-31-third/b.png"));
        writeAll(root.filePath(QStringLiteral("images/2023-08-31-third/b.png")), "png");
        post(QStringLiteral("2023-09-01-shared"), QStringLiteral("/assets/img/c.png"));
        writeAll(root.filePath(QStringLiteral("assets/img/c.png")), "png");
        SiteIndex site = SiteIndex::scan(dir.path());
        QCOMPARE(site.imageFolder(), QStringLiteral("/images/${filename}"));

        // The writer's own choice for the site comes first; another site
        // keeps what it learned.
        QCOMPARE(SiteSettings::imageSettings(site).imageFolder, QStringLiteral("/images/${filename}"));
        SiteSettings::setImageFolder(dir.path(), QStringLiteral("/assets/${filename}"));
        QCOMPARE(SiteSettings::imageSettings(site).imageFolder, QStringLiteral("/assets/${filename}"));
        SiteSettings::setImageFolder(dir.path(), {});
        QCOMPARE(SiteSettings::imageSettings(site).imageFolder, QStringLiteral("/images/${filename}"));

        // A site without images: the default.
        QTemporaryDir empty;
        writeAll(QDir(empty.path()).filePath(QStringLiteral("_config.yml")), "title: x\n");
        const SiteIndex none = SiteIndex::scan(empty.path());
        QCOMPARE(none.imageFolder(), QString());
        QCOMPARE(SiteSettings::imageSettings(none).imageFolder, ImageSettings().imageFolder);
    }

    // A new post carries the keys most posts carry, in their order and
    // spelling; what the writer gave fills title, date, categories, tags.
    void newPostFollowsTheSite()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeAll(root.filePath(QStringLiteral("_config.yml")), "timezone: Asia/Seoul\n");
        const QByteArray usual = "---\nlayout: post\ntitle: \"%1\"\nsubtitle: %1\ncategories:\n  - 일상\ntags: [a]\n"
                                 "comments: True\ntypora-root-url: ../\n---\n";
        for (int i = 1; i <= 3; ++i)
            writeAll(root.filePath(QStringLiteral("_posts/2024-01-0%1-p.md").arg(i)),
                     QByteArray(usual).replace("%1", QByteArray::number(i)));
        writeAll(root.filePath(QStringLiteral("_posts/2024-01-09-odd.md")), "---\ntitle: 다름\nauthor: 누구\n---\n");

        const SiteIndex site = SiteIndex::scan(dir.path());
        NewPost::Request request;
        request.title = QStringLiteral("첫날: 신라의 해돋이");
        request.date = QDateTime(QDate(2024, 3, 1), QTime(9, 30), QTimeZone("Asia/Seoul"));
        request.categories = {QStringLiteral("여행")};
        request.tags = {QStringLiteral("경주"), QStringLiteral("a b")};
        const NewPost::Plan plan = NewPost::plan(site, request);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.path, root.filePath(QStringLiteral("_posts/2024-03-01-cheonnal-sillaui-haedoji.md")));
        QCOMPARE(plan.text, QStringLiteral("---\nlayout: post\ntitle: \"첫날: 신라의 해돋이\"\nsubtitle:\ncategories:\n  - 여행\n"
                                           "tags: [경주, a b]\ncomments: True\ntypora-root-url: ../\n---\n\n"));
        QString error;
        QVERIFY2(NewPost::create(plan, &error), qPrintable(error));
        QCOMPARE(readAll(plan.path), plan.text.toUtf8());

        // Psych reads what was meant.
        const QString block = plan.text.section(QStringLiteral("\n---\n"), 0, 0) + u'\n';
        QString oracleError;
        const QJsonDocument read = test::runJsonOracle(QStringLiteral("psych-read.rb"),
                                                       QJsonDocument(QJsonArray{block}), &oracleError);
        QVERIFY2(oracleError.isEmpty(), qPrintable(oracleError));
        const QJsonObject values = read.array().first().toObject().value(QStringLiteral("values")).toObject();
        QCOMPARE(values.value(QStringLiteral("title")).toString(), request.title);
        QCOMPARE(values.value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("경주"), QStringLiteral("a b")}));
        QCOMPARE(values.value(QStringLiteral("comments")), QJsonValue(true));

        // The same name again is refused, and nothing is replaced.
        QVERIFY(!NewPost::plan(site, request).error.isEmpty());
        QVERIFY(!NewPost::create(plan, &error));
        QVERIFY(error.contains(QStringLiteral("exists")));
        QCOMPARE(readAll(plan.path), plan.text.toUtf8());
    }

    // A site of 900 posts (in year folders) and drafts: every one listed,
    // newest first, each with its own title and date. (How fast: bench_site.)
    void nineHundredPosts()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeAll(root.filePath(QStringLiteral("_config.yml")), "timezone: Asia/Seoul\n");
        for (int i = 0; i < 900; ++i) {
            const QDate date = QDate(2016, 1, 1).addDays(i * 3);
            writeAll(root.filePath(QStringLiteral("_posts/%1/%2-글-%3.md")
                                       .arg(date.year())
                                       .arg(date.toString(QStringLiteral("yyyy-MM-dd")))
                                       .arg(i)),
                     QStringLiteral("---\ntitle: \"%1번째 글\"\ntags: [t%2]\n---\n본문 %1\n").arg(i).arg(i % 9).toUtf8());
        }
        for (int i = 0; i < 12; ++i)
            writeAll(root.filePath(QStringLiteral("_drafts/초안-%1.md").arg(i)), "---\ntitle: 초안\n---\n");
        const SiteIndex site = SiteIndex::scan(dir.path());
        QCOMPARE(site.posts().size(), 912);
        int drafts = 0;
        QSet<QString> titles;
        for (const SiteIndex::Post &post : site.posts()) {
            drafts += post.draft;
            if (!post.draft) {
                QVERIFY(post.published());
                titles.insert(post.title);
            }
        }
        QCOMPARE(drafts, 12);
        QCOMPARE(titles.size(), 900);
        // The drafts are dated now (their files' time): first; then the
        // posts from the newest.
        QCOMPARE(site.posts().at(12).title, QStringLiteral("899번째 글"));
        QCOMPARE(site.posts().at(12).date.date(), QDate(2016, 1, 1).addDays(899 * 3));
        QCOMPARE(site.posts().last().title, QStringLiteral("0번째 글"));
        QCOMPARE(site.tags().size(), 9);
    }

    // What Save As warns of, before the post is found missing on the blog.
    void publishingProblems()
    {
        SiteConfig config;
        config.root = QStringLiteral("/site");
        const QDateTime now = QDateTime::currentDateTime();
        const QString posts = QStringLiteral("/site/_posts/");
        const QString text = QStringLiteral("---\ntitle: 글\n---\n본문\n");
        QCOMPARE(SiteIndex::publishingProblem(posts + QStringLiteral("2024-01-02-글.md"), text, config, now), QString());
        QCOMPARE(SiteIndex::publishingProblem(posts + QStringLiteral("2024/2024-1-2-nested.md"), text, config, now),
                 QString());
        QVERIFY(SiteIndex::publishingProblem(posts + QStringLiteral("글.md"), text, config, now)
                    .contains(QStringLiteral("date")));
        QVERIFY(SiteIndex::publishingProblem(posts + QStringLiteral("2024-01-02-글.md"), QStringLiteral("본문\n"), config,
                                             now)
                    .contains(QStringLiteral("front matter")));
        QVERIFY(SiteIndex::publishingProblem(posts + QStringLiteral("2999-01-02-글.md"), text, config, now)
                    .contains(QStringLiteral("future")));
        // Not a post: a page or a draft has rules of its own.
        QCOMPARE(SiteIndex::publishingProblem(QStringLiteral("/site/about.md"), QStringLiteral("본문\n"), config, now),
                 QString());
        QCOMPARE(SiteIndex::publishingProblem(QStringLiteral("/site/_drafts/글.md"), text, config, now), QString());
    }

    void newDraftAndBadSlugs()
    {
        QTemporaryDir dir;
        writeAll(QDir(dir.path()).filePath(QStringLiteral("_config.yml")), "title: x\n");
        const SiteIndex site = SiteIndex::scan(dir.path());
        NewPost::Request request;
        request.title = QStringLiteral("종로에서");
        request.draft = true;
        request.layout = QStringLiteral("post");
        const NewPost::Plan plan = NewPost::plan(site, request);
        QCOMPARE(plan.path, QDir(dir.path()).filePath(QStringLiteral("_drafts/jongnoeseo.md")));
        QCOMPARE(plan.text, QStringLiteral("---\ntitle: 종로에서\nlayout: post\n---\n\n"));
        request.slug = QStringLiteral("a/b");
        QVERIFY(NewPost::plan(site, request).path.isEmpty());
        request.slug = QStringLiteral("..");
        QVERIFY(NewPost::plan(site, request).path.isEmpty());
        request.title = QStringLiteral("!!!");
        request.slug.clear();
        QVERIFY(!NewPost::plan(site, request).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSiteIndex)
#include "tst_siteindex.moc"
