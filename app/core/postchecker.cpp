// SPDX-License-Identifier: GPL-3.0-or-later
#include "postchecker.h"

#include "assetref.h"
#include "frontmatter.h"
#include "postfile.h"
#include "reading.h"
#include "site.h"
#include "siteindex.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace geul {

namespace {

bool isJamo(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F) || (u >= 0xA960 && u <= 0xA97F)
           || (u >= 0xD7B0 && u <= 0xD7FF);
}

bool isHangul(QChar c)
{
    return isJamo(c) || (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3);
}

// Whether @p a becomes @p b by one slip of the keyboard: one character
// inserted, deleted or replaced, or two neighbours swapped.
bool oneSlipApart(const QString &a, const QString &b)
{
    if (a == b || std::abs(a.size() - b.size()) > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    if (a.size() == b.size()) {
        if (QStringView(a).sliced(i + 1) == QStringView(b).sliced(i + 1))
            return true;
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i]
               && QStringView(a).sliced(i + 2) == QStringView(b).sliced(i + 2);
    }
    const QString &longer = a.size() > b.size() ? a : b;
    const QString &shorter = a.size() > b.size() ? b : a;
    return QStringView(longer).sliced(i + 1) == QStringView(shorter).sliced(i);
}

bool underPosts(const QString &path)
{
    return QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath()).contains(QLatin1String("/_posts/"));
}

} // namespace

QString PostProblem::toString() const
{
    const QString where = column > 0 ? QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column)
                                     : QStringLiteral("%1:%2").arg(file).arg(line);
    return QStringLiteral("%1: %2: %3")
        .arg(where, severity == Severity::Error ? PostChecker::tr("error") : PostChecker::tr("warning"), message);
}

QJsonObject PostProblem::toJson() const
{
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("line"), line},
        {QStringLiteral("column"), column},
        {QStringLiteral("severity"), severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
        {QStringLiteral("message"), message}};
}

const QStringList &PostChecker::knownKeys()
{
    static const QStringList keys = {
        // Jekyll
        QStringLiteral("layout"),
        QStringLiteral("title"),
        QStringLiteral("date"),
        QStringLiteral("categories"),
        QStringLiteral("category"),
        QStringLiteral("tags"),
        QStringLiteral("tag"),
        QStringLiteral("permalink"),
        QStringLiteral("published"),
        QStringLiteral("excerpt"),
        QStringLiteral("excerpt_separator"),
        QStringLiteral("slug"),
        QStringLiteral("author"),
        QStringLiteral("description"),
        QStringLiteral("image"),
        QStringLiteral("last_modified_at"),
        QStringLiteral("sitemap"),
        QStringLiteral("lang"),
        // common themes (Minimal Mistakes, Chirpy, Jasper, ...)
        QStringLiteral("subtitle"),
        QStringLiteral("comments"),
        QStringLiteral("toc"),
        QStringLiteral("toc_sticky"),
        QStringLiteral("toc_label"),
        QStringLiteral("header"),
        QStringLiteral("pin"),
        QStringLiteral("math"),
        QStringLiteral("use_math"),
        QStringLiteral("math_use"),
        QStringLiteral("mermaid"),
        QStringLiteral("share"),
        QStringLiteral("related"),
        QStringLiteral("read_time"),
        QStringLiteral("search"),
        QStringLiteral("sidebar"),
        QStringLiteral("classes"),
        QStringLiteral("cover"),
        QStringLiteral("thumbnail"),
        QStringLiteral("featured"),
        QStringLiteral("hidden"),
        QStringLiteral("redirect_from"),
        QStringLiteral("redirect_to"),
        // Typora
        QStringLiteral("typora-root-url"),
        QStringLiteral("typora-copy-images-to"),
    };
    return keys;
}

QList<PostProblem> PostChecker::check(const QString &path, const SiteIndex *site)
{
    QList<PostProblem> problems;
    auto report = [&](int line, PostProblem::Severity severity, const QString &message) {
        problems.append({path, line, severity, message, 0});
    };
    auto reportAt = [&](int line, int column, PostProblem::Severity severity, const QString &message) {
        problems.append({path, line, severity, message, column});
    };
    using enum PostProblem::Severity;

    const PostFile::LoadResult loaded = PostFile::load(path);
    if (!loaded.file) {
        report(std::max(loaded.line, 1), Error, loaded.reason);
        return problems;
    }
    const QString text = loaded.file->text();
    const FrontMatter fm = FrontMatter::read(text);

    if (fm.location().unterminated)
        report(1, Error, tr("front matter starts with '---' but no closing '---' line follows"));
    if (fm.error())
        report(fm.error()->line, Error,
               tr("invalid front matter: %1 (column %2)").arg(fm.error()->message).arg(fm.error()->column));
    if (const std::optional<YamlError> &ignored = fm.ignored())
        report(ignored->line, Error,
               tr("front matter read only in part: %1 (column %2)").arg(ignored->message).arg(ignored->column));

    const QString fileName = QFileInfo(path).fileName();
    static const QRegularExpression datedName(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})-"));
    const QRegularExpressionMatch nameDate = datedName.match(fileName);

    if (underPosts(path)) {
        if (!fm.present() && !fm.location().unterminated) {
            // Jekyll reads front matter on the very first line only.
            int first = 0;
            const QStringList lines = text.split(u'\n');
            while (first < lines.size() && lines[first].trimmed().isEmpty())
                ++first;
            if (first > 0 && first < lines.size() && lines[first].trimmed() == u"---") {
                report(first + 1, Error,
                       tr("the front matter starts on line %1, after blank lines; Jekyll reads it only on line 1 "
                          "and shows it as text")
                           .arg(first + 1));
            } else {
                report(1, Warning,
                       tr("no front matter: Jekyll publishes the post without a title or layout of its own (only "
                          "the site's defaults apply); start the file with a --- block"));
            }
        }
        if (!nameDate.hasMatch())
            report(1, Error, tr("the file name does not start with a date (YYYY-MM-DD-); Jekyll skips the post"));
    }

    // The index has the site's configuration read once for all its posts.
    const QString root = Site::rootFor(path);
    const SiteConfig config = site && QFileInfo(site->root()).canonicalFilePath() == QFileInfo(root).canonicalFilePath()
                                  ? site->config()
                                  : SiteConfig::read(root);
    if (!fm.present() || fm.error()) {
        if (!fm.error() && !fm.location().unterminated)
            checkReading(path, Reading::read(text, fm, config.dialect, config.variables), config, reportAt);
        std::stable_sort(problems.begin(), problems.end(),
                         [](const PostProblem &a, const PostProblem &b) { return a.line < b.line; });
        return problems;
    }

    if (const auto date = fm.entry(QStringLiteral("date")); date && nameDate.hasMatch()) {
        static const QRegularExpression ymd(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})"));
        const QRegularExpressionMatch m = ymd.match(date->value.text);
        if (m.hasMatch()) {
            const QDate fromKey(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            const QDate fromName(nameDate.captured(1).toInt(), nameDate.captured(2).toInt(),
                                 nameDate.captured(3).toInt());
            if (fromKey != fromName) {
                report(
                    date->firstLine + 1, Warning,
                    tr("date: %1 differs from the file name's date %2; Jekyll uses date: for the post's URL and order")
                        .arg(fromKey.toString(Qt::ISODate), fromName.toString(Qt::ISODate)));
            }
        }
    }

    // A key that no other post of the site uses and that is one slip away
    // from a usual key is a typo.
    QStringList usual = knownKeys();
    if (site) {
        for (const QString &key : site->keys()) {
            if (site->keyUses(key) >= 2)
                usual << key;
        }
    }
    for (const YamlEntry &entry : fm.entries()) {
        const QString &key = entry.key;
        if (usual.contains(key))
            continue;
        QString withoutHangul = key;
        withoutHangul.removeIf(isHangul);
        if (withoutHangul != key && usual.contains(withoutHangul)) {
            report(entry.firstLine + 1, Warning,
                   tr("the key '%1' has a stray Hangul letter; did you mean '%2'?").arg(key, withoutHangul));
            continue;
        }
        for (const QString &candidate : std::as_const(usual)) {
            if (oneSlipApart(key, candidate)) {
                report(entry.firstLine + 1, Warning,
                       tr("the key '%1' is one typo away from the usual key '%2'").arg(key, candidate));
                break;
            }
        }
    }
    if (const std::optional<YamlEntry> rootUrl = fm.entry(QStringLiteral("typora-root-url"));
        rootUrl && !config.root.isEmpty()) {
        // Typora looks for `/x` there; the blog publishes the site's root.
        const AssetContext context = config.assetContext(path, fm);
        if (!context.typoraRoot.isEmpty()
            && QFileInfo(context.typoraRoot).canonicalFilePath() != QFileInfo(config.root).canonicalFilePath()) {
            QString fix = QDir(context.postFolder).relativeFilePath(config.root);
            while (fix.endsWith(u'/'))
                fix.chop(1);
            const QString where = QFileInfo(context.typoraRoot).isDir()
                                      ? QDir::toNativeSeparators(context.typoraRoot)
                                      : tr("%1, a folder that does not exist here").arg(QDir::toNativeSeparators(context.typoraRoot));
            report(rootUrl->firstLine + 1, Warning,
                   tr("typora-root-url points to %1, not to the site's root %2: Typora looks for /images there, "
                      "the blog always in the site's root; write typora-root-url: %3")
                       .arg(where, QDir::toNativeSeparators(config.root), fix + u'/'));
        }
    }
    const Reading reading = Reading::read(text, fm, config.dialect, config.variables);
    if (reading.usesMath() && config.math.none) {
        // What the blog does wrong is shown, not mended: the preview leaves
        // the TeX as text too.
        int line = 1;
        for (const char *key : {"use_math", "math_use", "math"}) {
            if (const std::optional<YamlEntry> entry = fm.entry(QString::fromLatin1(key)); entry && fm.isTrue(QString::fromLatin1(key))) {
                line = entry->firstLine + 1;
                break;
            }
        }
        report(line, Warning,
               tr("this post asks for math, but the site loads no MathJax or KaTeX (none of its _layouts and "
                  "_includes does, and it uses no theme): the blog shows the TeX as text; load MathJax in the "
                  "post's layout"));
    }
    checkReading(path, reading, config, reportAt);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const PostProblem &a, const PostProblem &b) { return a.line < b.line; });
    return problems;
}

void PostChecker::checkReading(const QString &path, const Reading &reading, const SiteConfig &site,
                               const std::function<void(int, int, PostProblem::Severity, const QString &)> &report)
{
    using enum PostProblem::Severity;
    using Status = AssetResolution::Status;
    const AssetContext context = site.assetContext(QFileInfo(path).absoluteFilePath(), reading.frontMatter());
    static const QRegularExpression typoraEscape(QStringLiteral("%u[0-9A-Fa-f]{4}"));
    for (const Reading::Reference &ref : reading.references()) {
        if (ref.kind == Reading::Reference::Kind::Link)
            continue;
        const QString &url = ref.url;
        if (typoraEscape.match(url).hasMatch()) {
            report(ref.line, ref.column, Error,
                   tr("image '%1' uses Typora's %uXXXX escapes, which browsers do not decode; write the name as it is")
                       .arg(url));
            continue;
        }
        const AssetResolution r = AssetRef::resolve(url, context);
        // Where Typora finds what the blog does not: the fix is a path from
        // the site's root.
        const auto typoraHint = [&]() -> QString {
            const QString typora = AssetRef::typoraPath(url, context);
            if (typora.isEmpty() || site.root.isEmpty())
                return {};
            const QString relative = QDir(site.root).relativeFilePath(typora);
            if (relative.startsWith(QLatin1String("..")))
                return {};
            return tr("; Typora finds it at %1, so write /%2").arg(QDir::toNativeSeparators(typora), relative);
        };
        switch (r.status) {
        case Status::Local:
            if (r.otherNormalization) {
                report(ref.line, ref.column, Warning,
                       tr("image '%1' exists only under the other Unicode form (NFC/NFD) of its name; "
                          "it may not show on GitHub Pages")
                           .arg(url));
            }
            break;
        case Status::Missing:
            if (const QString match = AssetRef::caseInsensitiveMatch(r.path); !match.isEmpty()) {
                report(ref.line, ref.column, Error,
                       tr("image '%1' matches '%2' only when case is ignored: it shows on macOS and Windows, "
                          "not on GitHub Pages")
                           .arg(url, QDir(context.allowedRoot()).relativeFilePath(match)));
            } else if (!url.startsWith(u'/') && !context.pageFolder.isEmpty()) {
                report(ref.line, ref.column, Error,
                       tr("image '%1' is missing on the blog: the browser looks for it relative to the post's "
                          "address, at %2%3")
                           .arg(url, QDir::cleanPath(context.pageFolder + u'/' + url), typoraHint()));
            } else {
                report(ref.line, ref.column, Error, tr("image '%1' is missing%2").arg(url, typoraHint()));
            }
            break;
        case Status::OutsideSite:
            report(ref.line, ref.column, Error,
                   tr("image '%1' is outside the site; it will not be published").arg(url));
            break;
        case Status::AbsoluteLocalPath:
            report(ref.line, ref.column, Error, tr("image '%1' is a path on the writer's own computer").arg(url));
            break;
        case Status::Unpublished:
            report(ref.line, ref.column, Error,
                   tr("image '%1' is in a folder Jekyll does not publish (a name starting with _ or .); move it "
                      "to a folder such as /assets/img")
                       .arg(url));
            break;
        default:
            break;
        }
    }
    for (const Reading::Pitfall &pitfall : reading.pitfalls())
        report(pitfall.line, pitfall.column, Warning, pitfall.message);
}

} // namespace geul
