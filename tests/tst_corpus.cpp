// SPDX-License-Identifier: GPL-3.0-or-later
// Every real post under ../shared/corpus: byte-exact round trip and a render
// without front matter in it. Skipped when the corpus is not there.
#include "assetref.h"
#include "frontmatter.h"
#include "markdownrenderer.h"
#include "postfile.h"
#include "reading.h"
#include "site.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace geul;

class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void posts_data();
    void posts();
    void editOneKey_data() { posts_data(); }
    void editOneKey();
    void imagesOnDiskResolve_data() { posts_data(); }
    void imagesOnDiskResolve();
};

void TestCorpus::initTestCase()
{
    if (!QFileInfo(QStringLiteral(GEUL_SHARED_CORPUS)).isDir())
        QSKIP("corpus not available: " GEUL_SHARED_CORPUS " does not exist");
}

void TestCorpus::posts_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(GEUL_SHARED_CORPUS), {QStringLiteral("*.md"), QStringLiteral("*.markdown")},
                    QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QStringLiteral("/_posts/")))
            continue; // READMEs describe the corpus; they are not posts
        QTest::newRow(qPrintable(QDir(QStringLiteral(GEUL_SHARED_CORPUS)).relativeFilePath(path))) << path;
        ++n;
    }
    QVERIFY2(n > 0, "the corpus has no posts");
}

void TestCorpus::posts()
{
    QFETCH(QString, path);
    const QByteArray bytes = test::readAll(path);
    const PostFile::LoadResult loaded = PostFile::load(path);
    QVERIFY2(loaded.file, qPrintable(loaded.error));

    // Byte-exact round trip through a save.
    QTemporaryDir dir;
    PostFile copy = *loaded.file;
    copy.setPath(dir.filePath(QFileInfo(path).fileName()));
    QString error;
    QVERIFY2(copy.save(&error), qPrintable(error));
    if (!loaded.file->format().mixedLineEndings)
        QCOMPARE(test::readAll(copy.path()), bytes);

    const QString text = loaded.file->text();
    const FrontMatterSplit split = FrontMatter::split(text);
    const QString html = MarkdownRenderer::renderPost(text);
    QVERIFY(!html.isEmpty());
    if (split.present) {
        // No line of the front matter shows up in the body's HTML.
        const QStringList lines = text.mid(split.yamlStart, split.yamlLength).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.contains(u':') && !line.startsWith(u' '))
                QVERIFY2(!html.contains(line.toHtmlEscaped()), qPrintable(line));
        }
    }
}

// Setting, adding and removing a key changes only that key's lines of the
// file's bytes, whatever else the real post holds.
void TestCorpus::editOneKey()
{
    QFETCH(QString, path);
    const PostFile::LoadResult loaded = PostFile::load(path);
    QVERIFY2(loaded.file, qPrintable(loaded.error));
    const QString text = loaded.file->text();
    const FrontMatter fm = FrontMatter::read(text);
    YamlValue value;
    value.kind = YamlValue::Kind::String;
    value.text = QStringLiteral("Geul이 바꾼 제목: 시험");
    if (fm.error()) {
        // Broken front matter is reported, never rewritten.
        const FrontMatter::Edit refused = FrontMatter::setValue(text, QStringLiteral("title"), value);
        QVERIFY(!refused.text);
        QVERIFY(refused.yamlError);
        return;
    }
    const QStringList lines = text.split(u'\n');

    const FrontMatter::Edit set = FrontMatter::setValue(text, QStringLiteral("title"), value);
    QVERIFY2(set.text, qPrintable(set.refusal));
    const QStringList after = set.text->split(u'\n');
    if (const auto title = fm.entry(QStringLiteral("title"))) {
        QCOMPARE(after.mid(0, title->firstLine), lines.mid(0, title->firstLine));
        QCOMPARE(after.size(), lines.size() - (title->lastLine - title->firstLine));
        QCOMPARE(after.mid(title->firstLine + 1), lines.mid(title->lastLine + 1));
        QVERIFY(after[title->firstLine].startsWith(QStringLiteral("title: ")));

        const FrontMatter::Edit removed = FrontMatter::removeKey(text, QStringLiteral("title"));
        QVERIFY(removed.text);
        QStringList expected = lines;
        expected.remove(title->firstLine, title->lastLine - title->firstLine + 1);
        QCOMPARE(removed.text->split(u'\n'), expected);
    } else if (fm.present()) {
        // Added as the block's last line.
        QCOMPARE(after.size(), lines.size() + 1);
        QCOMPARE(after.mid(0, fm.location().closingLine), lines.mid(0, fm.location().closingLine));
        QCOMPARE(after.mid(fm.location().closingLine + 1), lines.mid(fm.location().closingLine));
    } else {
        // No front matter (as Jekyll sees it): a block is put on top.
        QCOMPARE(after.mid(3), lines);
    }
    QCOMPARE(FrontMatter::read(*set.text).entry(QStringLiteral("title"))->value.text, value.text);
}

// Every reference whose file is on disk (at the plain decoded path under the
// site) resolves to it.
void TestCorpus::imagesOnDiskResolve()
{
    QFETCH(QString, path);
    const PostFile::LoadResult loaded = PostFile::load(path);
    QVERIFY(loaded.file);
    const QString text = loaded.file->text();
    const FrontMatter fm = FrontMatter::read(text);
    const QString site = Site::rootFor(path);
    QVERIFY(!site.isEmpty());
    const SiteConfig config = SiteConfig::read(site);
    const AssetContext context = config.assetContext(path, fm);
    const Reading reading = Reading::read(text, config.dialect, config.variables);
    int local = 0;
    int references = 0;
    for (const Reading::Reference &ref : reading.references()) {
        if (ref.kind == Reading::Reference::Kind::Link)
            continue;
        ++references;
        const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(ref.url.toUtf8()));
        const QString naive = decoded.startsWith(u'/') ? QString(site + decoded)
                                                       : QString(QFileInfo(path).absolutePath() + u'/' + decoded);
        if (!QFileInfo(naive).isFile())
            continue;
        const AssetResolution r = AssetRef::resolve(ref.url, context);
        QVERIFY2(r.status == AssetResolution::Status::Local, qPrintable(ref.url));
        QCOMPARE(QFileInfo(r.path).canonicalFilePath(), QFileInfo(naive).canonicalFilePath());
        ++local;
    }
    qDebug() << references << "references," << local << "on disk";
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
