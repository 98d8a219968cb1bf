// SPDX-License-Identifier: GPL-3.0-or-later
#include "postchecker.h"

#include "assetref.h"
#include "frontmatter.h"
#include "postfile.h"
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
    return QStringLiteral("%1:%2: %3: %4")
        .arg(file)
        .arg(line)
        .arg(severity == Severity::Error ? PostChecker::tr("error") : PostChecker::tr("warning"), message);
}

QJsonObject PostProblem::toJson() const
{
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("line"), line},
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
        problems.append({path, line, severity, message});
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
                report(1, Error, tr("no front matter: Jekyll does not publish a post without one"));
            }
        }
        if (!nameDate.hasMatch())
            report(1, Error, tr("the file name does not start with a date (YYYY-MM-DD-); Jekyll skips the post"));
    }

    if (!fm.present() || fm.error()) {
        if (!fm.error() && !fm.location().unterminated)
            checkImages(path, text, fm, report);
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
    checkImages(path, text, fm, report);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const PostProblem &a, const PostProblem &b) { return a.line < b.line; });
    return problems;
}

void PostChecker::checkImages(const QString &path, const QString &text, const FrontMatter &fm,
                              const std::function<void(int, PostProblem::Severity, const QString &)> &report)
{
    using enum PostProblem::Severity;
    using Status = AssetResolution::Status;
    const std::optional<YamlEntry> root = fm.entry(QStringLiteral("typora-root-url"));
    const AssetContext context = AssetContext::forPost(QFileInfo(path).absoluteFilePath(), Site::rootFor(path),
                                                       root ? root->value.text : QString());
    static const QRegularExpression typoraEscape(QStringLiteral("%u[0-9A-Fa-f]{4}"));
    const FrontMatterSplit &split = fm.location();
    for (const AssetReference &ref : AssetRef::find(QStringView(text).sliced(split.bodyStart), split.bodyLine)) {
        if (typoraEscape.match(ref.written).hasMatch()) {
            report(ref.line, Error,
                   tr("image '%1' uses Typora's %uXXXX escapes, which browsers do not decode; write the name as it is")
                       .arg(ref.written));
            continue;
        }
        const AssetResolution r = AssetRef::resolve(ref.written, context);
        switch (r.status) {
        case Status::Local:
            if (r.otherNormalization) {
                report(ref.line, Warning,
                       tr("image '%1' exists only under the other Unicode form (NFC/NFD) of its name; "
                          "it may not show on GitHub Pages")
                           .arg(ref.written));
            }
            break;
        case Status::Missing:
            if (const QString match = AssetRef::caseInsensitiveMatch(r.path); !match.isEmpty()) {
                report(ref.line, Error,
                       tr("image '%1' matches '%2' only when case is ignored: it shows on macOS and Windows, "
                          "not on GitHub Pages")
                           .arg(ref.written, QDir(context.allowedRoot()).relativeFilePath(match)));
            } else {
                report(ref.line, Error, tr("image '%1' is missing").arg(ref.written));
            }
            break;
        case Status::OutsideSite:
            report(ref.line, Error, tr("image '%1' is outside the site; it will not be published").arg(ref.written));
            break;
        case Status::AbsoluteLocalPath:
            report(ref.line, Error, tr("image '%1' is a path on the writer's own computer").arg(ref.written));
            break;
        default:
            break;
        }
    }
}

} // namespace geul
