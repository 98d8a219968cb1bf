// SPDX-License-Identifier: GPL-3.0-or-later
#include "postchecker.h"
#include "site.h"
#include "siteindex.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;
using geul::test::writeAll;

class TestPostChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void siteRoot();
    void siteIndex();
    void check_data();
    void check();

private:
    // A site whose other posts use `layout`, `title`, `tags` and a custom
    // `series` key.
    void writeSite();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPostChecker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeSite();
}

void TestPostChecker::writeSite()
{
    QDir root(m_dir->path());
    QVERIFY(root.mkpath(QStringLiteral("_posts/2023")));
    QVERIFY(root.mkpath(QStringLiteral("_layouts")));
    QVERIFY(writeAll(root.filePath(QStringLiteral("_config.yml")), "title: 블로그\n"));
    QVERIFY(writeAll(root.filePath(QStringLiteral("_layouts/post.html")), "{{ content }}"));
    QVERIFY(writeAll(root.filePath(QStringLiteral("_layouts/wide.html")), "{{ content }}"));
    QVERIFY(writeAll(root.filePath(QStringLiteral("_posts/2023/2023-01-01-a.md")),
                     "---\nlayout: post\ntitle: 가\ntags: [여행, 제주]\nseries: 제주\n---\n"));
    QVERIFY(writeAll(
        root.filePath(QStringLiteral("_posts/2023-02-01-b.md")),
        "---\nlayout: post\ntitle: 나\ntags:\n  - 여행\n  - 사진\nseries: 제주\ncategories: 일상 기록\n---\n"));
    QVERIFY(writeAll(root.filePath(QStringLiteral("_posts/2023-03-01-broken.md")), "---\ntitle: [\n---\n"));
    QVERIFY(root.mkpath(QStringLiteral("assets/img/p")));
    QVERIFY(writeAll(root.filePath(QStringLiteral("assets/img/p/Photo 1.PNG")), "png"));
    // 한글.png in NFD, as a Mac writes it.
    QVERIFY(writeAll(root.filePath(QStringLiteral("assets/img/p/\u1112\u1161\u11AB\u1100\u1173\u11AF.png")), "png"));
}

void TestPostChecker::siteRoot()
{
    const QString root = QDir(m_dir->path()).absolutePath();
    QCOMPARE(Site::rootFor(root + QStringLiteral("/_posts/2023/2023-01-01-a.md")), root);
    QCOMPARE(Site::rootFor(root + QStringLiteral("/_posts")), root);
    QCOMPARE(Site::rootFor(root), root);
    QTemporaryDir elsewhere;
    QCOMPARE(Site::rootFor(elsewhere.filePath(QStringLiteral("a.md"))), QString());
}

void TestPostChecker::siteIndex()
{
    const SiteIndex index = SiteIndex::scan(m_dir->path());
    QCOMPARE(index.postCount(), 2); // the broken post is skipped
    QCOMPARE(index.tags(), (QStringList{QStringLiteral("여행"), QStringLiteral("사진"), QStringLiteral("제주")}));
    QCOMPARE(index.categories(), (QStringList{QStringLiteral("기록"), QStringLiteral("일상")}));
    QCOMPARE(index.layouts(), (QStringList{QStringLiteral("post"), QStringLiteral("wide")}));
    QCOMPARE(index.keyUses(QStringLiteral("series")), 2);
    QCOMPARE(index.keyUses(QStringLiteral("categories")), 1);
}

void TestPostChecker::check_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // "LINE: severity: message start"

    QTest::newRow("clean")
        << QStringLiteral("2024-01-02-ok.md")
        << QByteArray("---\nlayout: post\ntitle: 좋은 글\nseries: 제주\ndate: 2024-01-02 10:00:00 +0900\n---\n본문\n")
        << QStringList();
    QTest::newRow("invalid YAML") << QStringLiteral("2024-01-02-bad.md") << QByteArray("---\ntitle: a\ntags: [a\n---\n")
                                  << QStringList{QStringLiteral(
                                         "3: error: invalid front matter: the bracket [ is never closed (column 7)")};
    QTest::newRow("duplicated key") << QStringLiteral("2024-01-02-dup.md")
                                    << QByteArray("---\ntitle: a\ntitle: b\n---\n")
                                    << QStringList{QStringLiteral(
                                           "3: error: invalid front matter: the key 'title' appears twice")};
    QTest::newRow("no front matter") << QStringLiteral("2024-01-02-none.md") << QByteArray("# 제목\n")
                                     << QStringList{QStringLiteral("1: error: no front matter")};
    QTest::newRow("blank lines before ---")
        << QStringLiteral("2024-01-02-late.md") << QByteArray("\n\n---\ntitle: a\n---\n")
        << QStringList{QStringLiteral("3: error: the front matter starts on line 3")};
    QTest::newRow("unterminated") << QStringLiteral("2024-01-02-open.md") << QByteArray("---\ntitle: a\n")
                                  << QStringList{QStringLiteral("1: error: front matter starts with '---'")};
    QTest::newRow("date disagrees")
        << QStringLiteral("2024-01-02-date.md") << QByteArray("---\ntitle: a\ndate: 2024-01-03\n---\n")
        << QStringList{QStringLiteral("3: warning: date: 2024-01-03 differs from the file name's date 2024-01-02")};
    QTest::newRow("undated name") << QStringLiteral("no-date.md") << QByteArray("---\ntitle: a\n---\n")
                                  << QStringList{QStringLiteral("1: error: the file name does not start with a date")};
    QTest::newRow("stray jamo")
        << QStringLiteral("2024-01-02-jamo.md") << QByteArray("---\nㅋtitle: a\n---\n")
        << QStringList{
               QStringLiteral("2: warning: the key 'ㅋtitle' has a stray Hangul letter; did you mean 'title'?")};
    QTest::newRow("typo of a Jekyll key")
        << QStringLiteral("2024-01-02-typo.md") << QByteArray("---\ntitel: a\nlayuot: post\n---\n")
        << QStringList{QStringLiteral("2: warning: the key 'titel' is one typo away from the usual key 'title'"),
                       QStringLiteral("3: warning: the key 'layuot' is one typo away from the usual key 'layout'")};
    QTest::newRow("typo of the site's own key")
        << QStringLiteral("2024-01-02-series.md") << QByteArray("---\nseriess: 제주\n---\n")
        << QStringList{QStringLiteral("2: warning: the key 'seriess' is one typo away from the usual key 'series'")};
    QTest::newRow("new custom key is fine")
        << QStringLiteral("2024-01-02-custom.md") << QByteArray("---\nmood: 맑음\n---\n") << QStringList();
    QTest::newRow("images")
        << QStringLiteral("2024-01-02-images.md")
        << QByteArray("---\ntitle: a\ntypora-root-url: ../\n---\n"
                      "![ok](/assets/img/p/Photo%201.PNG)\n"
                      "![case](/assets/img/p/photo%201.png)\n"
                      "<img src=\"/assets/img/p/한글.png\" style=\"zoom: 50%;\">\n"
                      "![gone](/assets/img/p/없음.png)\n"
                      "![out](../../x.png)\n"
                      "<img src='C:\\Users\\me\\a.png'>\n"
                      "![typora](/assets/img/p/%uD55C.png)\n"
                      "```\n![code](/not/checked.png)\n```\n"
                      "`![inline](/nor/this.png)` ![remote](https://example.com/a.png)\n")
        << QStringList{
               QStringLiteral("6:9: error: image '/assets/img/p/photo%201.png' matches 'assets/img/p/Photo 1.PNG' only "
                              "when case is ignored"),
               QStringLiteral("7:11: warning: image '/assets/img/p/한글.png' exists only under the other Unicode form"),
               QStringLiteral("8:9: error: image '/assets/img/p/없음.png' is missing"),
               // Relative to the post's address on the blog, /2024/01/02/images.html.
               QStringLiteral("9:8: error: image '../../x.png' is missing on the blog: the browser looks for it "
                              "relative to the post's address, at /2024/x.png"),
               QStringLiteral("10:11: error: image 'C:\\Users\\me\\a.png' is a path on the writer's own computer"),
               QStringLiteral("11:11: error: image '/assets/img/p/%uD55C.png' uses Typora's %uXXXX escapes")};
    QTest::newRow("not UTF-8") << QStringLiteral("2024-01-02-euckr.md") << QByteArray("---\ntitle: a\n---\n\xC7\xD1\n")
                               << QStringList{QStringLiteral("4: error: not valid UTF-8")};
}

void TestPostChecker::check()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("_posts/") + name);
    QVERIFY(writeAll(path, bytes));
    const SiteIndex index = SiteIndex::scan(m_dir->path());
    const QList<PostProblem> problems = PostChecker::check(path, &index);

    QStringList actual;
    for (const PostProblem &p : problems) {
        QVERIFY(p.toString().startsWith(path + u':'));
        actual << p.toString().mid(path.size() + 1);
    }
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(actual[i].startsWith(expected[i]), qPrintable(actual.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPostChecker)
#include "tst_postchecker.moc"
