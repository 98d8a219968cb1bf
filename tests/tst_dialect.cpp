// SPDX-License-Identifier: GPL-3.0-or-later
// Geul reads a post as the blog does: every case here is converted by Jekyll
// itself (kramdown with Jekyll's settings, or a whole `jekyll build` of a
// site) at test time, and Geul's HTML must be the same. The expected output
// is never Geul's own.
//
// - fixtures: tests/data/kramdown/*.md, one small Korean case per construct
//   where kramdown reads differently from CommonMark (and Geul once did),
//   built as posts of a site by Jekyll;
// - options: the same documents under the kramdown settings sites use;
// - random: documents made of Markdown's sharp edges, from a fixed seed;
// - corpus: the real posts of ../shared/corpus, built by Jekyll.
//
// The only differences allowed are listed in normalized() with their reason.
#include "dialect.h"
#include "markdownrenderer.h"
#include "oracle.h"
#include "reading.h"
#include "site.h"
#include "testsupport.h"
#include "yamlreader.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;

namespace {

// What may differ, and why:
// - code: Rouge colours code with <span class="..."> of its own; Geul leaves
//   colours to the page (the preview uses the editor's theme). The text and
//   the markup around it are the same.
// - Liquid: Jekyll runs `{% include %}` and knows every variable; Geul shows
//   what it cannot run as a small note (Liquid::markersAsNotes()). The
//   fixtures' includes are empty and their unknown variables nil, so that
//   without the notes the pages are the same.
QString normalized(QString html)
{
    static const QRegularExpression codeBlock(QStringLiteral("(<pre class=\"highlight\"[^>]*><code[^>]*>|<code class=\"language-[^\"]*\" "
                                                             "data-lang=\"[^\"]*\">)(.*?)(</code>)"),
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression span(QStringLiteral("</?span[^>]*>"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : codeBlock.globalMatch(html)) {
        out += QStringView(html).sliced(last, m.capturedStart(2) - last);
        out += m.captured(2).remove(span);
        last = m.capturedEnd(2);
    }
    out += QStringView(html).sliced(last);
    static const QRegularExpression note(QStringLiteral("<span class=\"geul-liquid\" title=\"[^\"]*\">[^<]*</span>"));
    return out.remove(note);
}

QString fixtures()
{
    return QStringLiteral(GEUL_TEST_DATA "/kramdown");
}

// The fixtures' file names (their README is the table of what each is).
QStringList fixtureNames()
{
    QStringList names = QDir(fixtures()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    names.removeAll(QStringLiteral("README.md"));
    return names;
}

// A site of its own for the oracle and for Geul.
struct TestSite
{
    QTemporaryDir dir;

    explicit TestSite(const QByteArray &config)
    {
        QDir(dir.path()).mkpath(QStringLiteral("_posts"));
        QDir(dir.path()).mkpath(QStringLiteral("_includes"));
        test::writeAll(dir.filePath(QStringLiteral("_config.yml")), config);
        test::writeAll(dir.filePath(QStringLiteral("_includes/ad.html")), QByteArray());
    }
    QString post(const QString &name) const { return dir.filePath(QStringLiteral("_posts/2024-01-01-") + name + u".md"); }
};

// Geul's HTML of the post @p text in the site @p site.
QString geulHtml(const QString &text, const SiteConfig &site)
{
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    options.highlightCode = false;
    return MarkdownRenderer::render(Reading::read(text, site.dialect, site.variables), options).html;
}

// Geul's HTML of @p body through the converter alone, as the converter
// oracle sees it: without Liquid (a random `{{` is Liquid to a site).
QString convertedHtml(const QString &body, const SiteConfig &site)
{
    return geulHtml(QStringLiteral("---\nrender_with_liquid: false\n---\n") + body, site);
}

// @p body without the blank lines it starts with, which Jekyll takes away
// with the front matter.
QString withoutLeadingBlankLines(const QString &body)
{
    qsizetype start = 0;
    for (qsizetype p = 0; p < body.size(); ++p) {
        if (body[p] == u'\n')
            start = p + 1;
        else if (!body[p].isSpace())
            break;
    }
    return body.sliced(start);
}

// Documents made of the pieces Markdown is hardest about: markers,
// brackets, HTML, quotes and fences, at line starts and in between.
QStringList randomDocuments(quint32 seed, int count)
{
    static const QStringList pieces{
        QStringLiteral("가"), QStringLiteral("나다"), QStringLiteral("한글"), QStringLiteral("a"), QStringLiteral("x"),
        QStringLiteral("1"), QStringLiteral("2."), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("  "),
        QStringLiteral("\t"), QStringLiteral("*"), QStringLiteral("**"), QStringLiteral("_"), QStringLiteral("__"),
        QStringLiteral("`"), QStringLiteral("``"), QStringLiteral("["), QStringLiteral("]"), QStringLiteral("("),
        QStringLiteral(")"), QStringLiteral("!"), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("</"),
        QStringLiteral("/>"), QStringLiteral("&"), QStringLiteral(";"), QStringLiteral("#"), QStringLiteral("$"),
        QStringLiteral("$$"), QStringLiteral("|"), QStringLiteral("\\"), QStringLiteral("'"), QStringLiteral("\""),
        QStringLiteral("-"), QStringLiteral("--"), QStringLiteral(":"), QStringLiteral("{:"), QStringLiteral("}"),
        QStringLiteral("{"), QStringLiteral("^"), QStringLiteral("~"), QStringLiteral("~~"), QStringLiteral("."),
        QStringLiteral("..."), QStringLiteral("="), QStringLiteral("http://a.b"), QStringLiteral("<div>"),
        QStringLiteral("</div>"), QStringLiteral("<span>"), QStringLiteral("</span>"),
        QStringLiteral("<img src=\"a b.png\">"), QStringLiteral("<br>"), QStringLiteral("!["), QStringLiteral("]("),
        QStringLiteral("[^"), QStringLiteral("<!--"), QStringLiteral("-->"), QStringLiteral("는"), QStringLiteral("은"),
        QStringLiteral("**\""), QStringLiteral("\"**"), QStringLiteral("`**"), QStringLiteral("**`")};
    static const QStringList starts{
        QString(), QString(), QString(), QString(), QStringLiteral("- "), QStringLiteral("* "), QStringLiteral("1. "),
        QStringLiteral("> "), QStringLiteral("  "), QStringLiteral("    "), QStringLiteral("   - "), QStringLiteral("\t"),
        QStringLiteral("# "), QStringLiteral("## "), QStringLiteral("| "), QStringLiteral("    > "), QStringLiteral(": "),
        QStringLiteral("[^a]: "), QStringLiteral("[r]: "), QStringLiteral("```"), QStringLiteral("~~~"),
        QStringLiteral("$$"), QStringLiteral("{: "), QStringLiteral("<div markdown=\"1\">"), QStringLiteral("</div>"),
        QStringLiteral("---"), QStringLiteral("==="), QStringLiteral("<details>"), QStringLiteral("</details>"),
        QStringLiteral("*[HTML]: Hyper"), QStringLiteral("{::comment}"), QStringLiteral("{:/comment}")};
    QRandomGenerator random(seed);
    QStringList documents;
    for (int n = 0; n < count; ++n) {
        QStringList lines;
        const int lineCount = random.bounded(3, 25);
        for (int l = 0; l < lineCount; ++l) {
            if (random.bounded(5) == 0) {
                lines << QString();
                continue;
            }
            QString line = starts.at(random.bounded(int(starts.size())));
            const int length = random.bounded(13);
            for (int p = 0; p < length; ++p)
                line += pieces.at(random.bounded(int(pieces.size())));
            lines << line;
        }
        documents << withoutLeadingBlankLines(lines.join(u'\n') + u'\n');
    }
    return documents;
}

// Jekyll's kramdown converter on @p documents, with the settings @p config.
QStringList oracleHtml(const QByteArray &config, const QStringList &documents, QString *error)
{
    QJsonArray list;
    for (const QString &d : documents)
        list.append(d);
    const YamlReader::Mapping settings = YamlReader::readMapping(QString::fromUtf8(config));
    QJsonObject object;
    for (const YamlEntry &entry : settings.entries)
        object.insert(entry.key, entry.value.toJson());
    const QJsonDocument answer = test::runJsonOracle(QStringLiteral("markdown-render.rb"),
                                                     QJsonDocument(QJsonObject{{QStringLiteral("config"), object},
                                                                               {QStringLiteral("documents"), list}}),
                                                     error);
    QStringList out;
    for (const QJsonValue &html : answer.array())
        out << html.toString();
    return out;
}

// Geul's and Jekyll's pages agree; says where they do not.
QString difference(const QString &name, const QString &jekyll, const QString &geul)
{
    const QString a = normalized(jekyll);
    const QString b = normalized(geul);
    if (a == b)
        return {};
    return name + QStringLiteral(": Geul's HTML differs from Jekyll's, ") + test::lineDiff(a, b);
}

// Each of @p documents through Geul's converter against Jekyll's HTML of
// it; what differs. A document Jekyll itself fails on (kramdown has bugs
// that stop a build) has no answer to compare with, and is reported.
QStringList compared(const QStringList &documents, const QStringList &jekyll, const SiteConfig &site)
{
    QStringList failures;
    int failedInJekyll = 0;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (jekyll[i].startsWith(QLatin1String("ERROR: "))) {
            ++failedInJekyll;
            qInfo().noquote() << "Jekyll cannot convert document" << i << "(" << jekyll[i] << "): not compared";
            continue;
        }
        if (const QString diff = difference(QStringLiteral("document %1").arg(i), jekyll[i], convertedHtml(documents[i], site));
            !diff.isEmpty())
            failures << diff + QStringLiteral("\ninput:\n") + documents[i];
    }
    if (failedInJekyll > documents.size() / 20)
        failures << QStringLiteral("Jekyll failed on %1 of %2 documents: the oracle is broken").arg(failedInJekyll).arg(documents.size());
    return failures;
}

} // namespace

class TestDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesAsJekyllBuildsThem();
    void options_data();
    void options();
    void randomDocuments();
    void corpusAsJekyllBuildsIt();
    void dialectFromConfig();
};

void TestDialect::fixturesAsJekyllBuildsThem()
{
    TestSite site("title: 글\n");
    const QStringList names = fixtureNames();
    QVERIFY(names.size() >= 20);
    for (const QString &name : names)
        QVERIFY(QFile::copy(fixtures() + u'/' + name, site.post(name.chopped(3))));
    QString error;
    const QJsonDocument built = test::runJsonOracle(QStringLiteral("jekyll-site.rb"), {}, &error, {site.dir.path()});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SiteConfig config = SiteConfig::read(site.dir.path());
    QStringList failures;
    for (const QString &name : names) {
        const QString jekyll = built.object().value(QStringLiteral("_posts/2024-01-01-") + name).toString();
        QVERIFY2(!jekyll.isEmpty() && !jekyll.startsWith(QLatin1String("ERROR")), qPrintable(name + u' ' + jekyll));
        const QString text = QString::fromUtf8(test::readAll(fixtures() + u'/' + name));
        if (const QString diff = difference(name, jekyll, geulHtml(text, config)); !diff.isEmpty())
            failures << diff;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestDialect::options_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::newRow("Jekyll's defaults") << QByteArray("title: x\n");
    QTest::newRow("input: kramdown") << QByteArray("kramdown:\n  input: kramdown\n");
    QTest::newRow("hard_wrap") << QByteArray("kramdown:\n  hard_wrap: true\n");
    QTest::newRow("parse_block_html") << QByteArray("kramdown:\n  parse_block_html: true\n");
    QTest::newRow("parse_span_html off") << QByteArray("kramdown:\n  parse_span_html: false\n");
    QTest::newRow("auto_ids off") << QByteArray("kramdown:\n  auto_ids: false\n");
    QTest::newRow("auto_id_prefix, smart_quotes")
        << QByteArray("kramdown:\n  auto_id_prefix: h-\n  smart_quotes: apos,apos,quot,quot\n");
    QTest::newRow("typographic_symbols") << QByteArray("kramdown:\n  typographic_symbols: {hellip: '...', mdash: '---'}\n");
    QTest::newRow("math_engine off") << QByteArray("kramdown:\n  math_engine: null\n");
    QTest::newRow("no GFM quirks") << QByteArray("kramdown:\n  gfm_quirks: []\n");
    QTest::newRow("toc_levels, footnote_nr, header_offset")
        << QByteArray("kramdown:\n  toc_levels: 2..3\n  footnote_nr: 5\n  header_offset: 1\n");
    QTest::newRow("highlighter none") << QByteArray("highlighter: none\n");
    // CommonMark sites: jekyll-commonmark, with no options (raw HTML is
    // left out) and with every option and extension it has.
    QTest::newRow("CommonMark") << QByteArray("markdown: CommonMark\n");
    QTest::newRow("CommonMark, GFM's extensions")
        << QByteArray("markdown: CommonMark\ncommonmark:\n  options: [UNSAFE, SMART, FOOTNOTES]\n"
                      "  extensions: [table, strikethrough, autolink, tagfilter, tasklist]\n");
    QTest::newRow("CommonMark, line breaks")
        << QByteArray("markdown: CommonMark\ncommonmark:\n  options: [UNSAFE, HARDBREAKS, GITHUB_PRE_LANG]\n"
                      "  extensions: [table]\n");
    QTest::newRow("CommonMark, no breaks") << QByteArray("markdown: CommonMark\ncommonmark:\n  options: [unsafe, nobreaks]\n");
}

void TestDialect::options()
{
    QFETCH(QByteArray, config);
    // The fixtures' bodies and random documents, through the converter alone.
    QStringList documents;
    for (const QString &name : fixtureNames()) {
        const QString text = QString::fromUtf8(test::readAll(fixtures() + u'/' + name));
        if (name == u"liquid.md")
            continue; // Liquid is Jekyll's, not the converter's
        documents << withoutLeadingBlankLines(text.sliced(FrontMatter::split(text).bodyStart));
    }
    documents << ::randomDocuments(quint32(qHash(config)), 60);
    QString error;
    const QStringList jekyll = oracleHtml(config, documents, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(jekyll.size(), documents.size());
    const YamlReader::Mapping settings = YamlReader::readMapping(QString::fromUtf8(config));
    SiteConfig site;
    site.dialect = Dialect::fromConfig(settings.entries);
    const QStringList failures = compared(documents, jekyll, site);
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 differ; the first:\n").arg(failures.size()).arg(documents.size())
                                            + failures.mid(0, 3).join(u'\n')));
}

void TestDialect::randomDocuments()
{
    const QStringList documents = ::randomDocuments(20261130, 400);
    QString error;
    const QStringList jekyll = oracleHtml("title: x\n", documents, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(jekyll.size(), documents.size());
    const QStringList failures = compared(documents, jekyll, SiteConfig());
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 differ; the first:\n").arg(failures.size()).arg(documents.size())
                                            + failures.mid(0, 2).join(u'\n')));
}

void TestDialect::corpusAsJekyllBuildsIt()
{
    const QString corpus = QStringLiteral(GEUL_SHARED_CORPUS);
    if (!QFileInfo(corpus).isDir())
        QSKIP("corpus not available: " GEUL_SHARED_CORPUS " does not exist");
    QStringList sites;
    QDirIterator it(corpus, {QStringLiteral("_config.yml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        sites << QFileInfo(it.next()).absolutePath();
    QVERIFY(!sites.isEmpty());
    int posts = 0;
    QStringList failures;
    for (const QString &root : std::as_const(sites)) {
        QString error;
        const QJsonDocument built = test::runJsonOracle(QStringLiteral("jekyll-site.rb"), {}, &error, {root});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const SiteConfig config = SiteConfig::read(root);
        const QJsonObject pages = built.object();
        for (auto page = pages.begin(); page != pages.end(); ++page) {
            ++posts;
            const QString jekyll = page.value().toString();
            QVERIFY2(!jekyll.startsWith(QLatin1String("ERROR")), qPrintable(page.key() + u' ' + jekyll));
            const QString text = QString::fromUtf8(test::readAll(root + u'/' + page.key()));
            if (const QString diff = difference(page.key(), jekyll, geulHtml(text, config)); !diff.isEmpty())
                failures << diff;
        }
    }
    QVERIFY(posts > 0);
    qDebug() << posts << "posts of" << sites.size() << "sites, as Jekyll builds them";
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestDialect::dialectFromConfig()
{
    const auto dialect = [](const char *yaml) {
        return Dialect::fromConfig(YamlReader::readMapping(QString::fromUtf8(yaml)).entries);
    };
    QCOMPARE(Dialect().name(), QStringLiteral("kramdown (GFM)"));
    QVERIFY(Dialect().kramdown.gfm);
    QVERIFY(!Dialect().kramdown.hardWrap); // Jekyll's default, not the GFM parser's
    QCOMPARE(dialect("markdown: kramdown\nkramdown:\n  input: kramdown\n").name(), QStringLiteral("kramdown"));
    const Dialect commonMark = dialect("markdown: CommonMarkGhPages\ncommonmark:\n  options: [SMART]\n");
    QCOMPARE(commonMark.engine, Dialect::Engine::CommonMark);
    QCOMPARE(commonMark.commonMark.options, QStringList{QStringLiteral("SMART")});
    QVERIFY(commonMark.commonMark.extensions.contains(QStringLiteral("table")));
    const Dialect levels = dialect("kramdown:\n  toc_levels: 2..3\n  smart_quotes: [apos, apos, quot, quot]\n");
    QCOMPARE(levels.kramdown.tocLevels, (QList<int>{2, 3}));
    QCOMPARE(levels.kramdown.smartQuotes.first(), QStringLiteral("apos"));
    QVERIFY(!dialect("markdown: Redcarpet\n").notes.isEmpty());
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
