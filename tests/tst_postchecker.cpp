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
                                     << QStringList{QStringLiteral("1: warning: no front matter: Jekyll publishes")};
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
    // What kramdown reads differently from what the writer meant; each
    // checked against Jekyll's own HTML of it in tst_dialect's fixtures.
    QTest::newRow("kramdown pitfalls")
        << QStringLiteral("2024-01-02-pitfalls.md")
        << QByteArray("---\ntitle: a\nuse_math: true\n---\n"
                      "A | B 는 표다.\n\n"
                      "수식 $a^{2}_{1} + b^{2}_{1}$ 이다.\n\n"
                      "중괄호 $\\{a, b\\}$ 다.\n\n"
                      "따옴표 $f'(x) = 2x$ 다.\n\n"
                      "[없는 참조][nothing] 와 각주[^없음]\n\n"
                      "[^없음]: 사라지는 각주\n\n"
                      "글 {: .red}\n\n"
                      "</span> 닫는 태그\n\n"
                      "<div>\n열린 div\n")
        << QStringList{
               // The test site's layouts load no MathJax (and it has no theme).
               QStringLiteral("3: warning: this post asks for math, but the site loads no MathJax or KaTeX"),
               QStringLiteral("5:3: warning: this line holds a '|', so the blog shows it as a table"),
               QStringLiteral("7:4: warning: kramdown reads the _ pair in $a^{2}_{1} + b^{2}_{1}$ as emphasis"),
               QStringLiteral("9:5: warning: kramdown reads \\{ in $\\{a, b\\}$ as an escaped {"),
               QStringLiteral("11:5: warning: kramdown turns a quote or dash in $f'(x) = 2x$ into a typographic"),
               QStringLiteral("13:8: warning: the link [nothing] has no definition"),
               QStringLiteral("15:1: warning: [^없음] is not a footnote on the blog"),
               QStringLiteral("17:3: warning: an attribute list {: ...} after text applies to nothing"),
               QStringLiteral("19:1: warning: </span> closes no element"),
               QStringLiteral("21:1: warning: the HTML element <div> is never closed")};
    QTest::newRow("math pitfalls only where the post asks for math")
        << QStringLiteral("2024-01-02-nomath.md") << QByteArray("---\ntitle: a\n---\n값 $a^{2}_{1} + b^{2}_{1}$\n")
        << QStringList();
    QTest::newRow("front matter read only in part")
        << QStringLiteral("2024-01-02-partial.md")
        << QByteArray("---\n title: \"p_value History\"\nexcerpt: 요약\ncategories: 통계\n---\n본문\n")
        << QStringList{QStringLiteral("3: error: front matter read only in part: ")};
    QTest::newRow("typora-root-url elsewhere")
        << QStringLiteral("2024-01-02-root.md") << QByteArray("---\ntitle: a\ntypora-root-url: ../assets\n---\n본문\n")
        << QStringList{QStringLiteral("3: warning: typora-root-url points to ")};
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
