// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetref.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace geul {

namespace {

bool isUnder(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

// `/Users/name/...` and the like are the writer's own disk, not the site.
bool looksLikeHomePath(const QString &path)
{
    static const QRegularExpression home(QStringLiteral("^/(Users|home|Volumes|mnt|media|private|var/folders)/"));
    return home.match(path).hasMatch();
}

} // namespace

AssetContext AssetContext::forPost(const QString &postPath, const QString &siteRoot, const QString &typoraRootUrl)
{
    AssetContext context;
    context.postFolder = QFileInfo(postPath).absolutePath();
    context.siteRoot = siteRoot.isEmpty() ? QString() : QDir::cleanPath(siteRoot);
    // Typora writes `typora-root-url: ../`, sometimes with a trailing space,
    // sometimes as an absolute path of the writer's machine.
    const QString root = typoraRootUrl.trimmed();
    if (!root.isEmpty() && !QDir::isAbsolutePath(root)) {
        context.typoraRoot = QDir::cleanPath(context.postFolder + u'/' + root);
        // More `..` than there are folders: the root's parent is the root.
        while (context.typoraRoot.startsWith(QLatin1String("/../")))
            context.typoraRoot.remove(0, 3);
        if (context.typoraRoot == u"/..")
            context.typoraRoot = QStringLiteral("/");
    }
    else if (!root.isEmpty() && QFileInfo(root).isDir())
        context.typoraRoot = QDir::cleanPath(root);
    // Jekyll publishes the site's root as `/`; typora-root-url counts only
    // where there is no site.
    if (!context.siteRoot.isEmpty())
        context.imageRoot = context.siteRoot;
    else
        context.imageRoot = context.typoraRoot.isEmpty() ? context.postFolder : context.typoraRoot;
    return context;
}

QString AssetResolution::reason() const
{
    switch (status) {
    case Status::Missing:
        return AssetRef::tr("missing");
    case Status::OutsideSite:
        return AssetRef::tr("outside the site");
    case Status::AbsoluteLocalPath:
        return AssetRef::tr("a path on the writer's own computer");
    case Status::Unpublished:
        return AssetRef::tr("in a folder Jekyll does not publish");
    default:
        return {};
    }
}

namespace {

// The file @p relative names under @p base when some of its folders or its
// name are on disk in the other Unicode form (NFC or NFD), as files copied
// from macOS are; an empty string when there is none. Each part is matched
// on its own: the folders above @p base are what they are on this disk.
QString otherFormOnDisk(const QString &base, const QString &relative)
{
    QString current = QDir::cleanPath(base);
    const QStringList parts = QDir::cleanPath(relative).split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        QString next;
        for (const QString &part : {parts[i], parts[i].normalized(QString::NormalizationForm_C),
                                    parts[i].normalized(QString::NormalizationForm_D)}) {
            const QFileInfo info(current + u'/' + part);
            if (part == u".." ? !last : (last ? info.isFile() : info.isDir())) {
                next = part == u".." ? QFileInfo(current).absolutePath() : info.absoluteFilePath();
                break;
            }
        }
        if (next.isEmpty())
            return {};
        current = next;
    }
    return current;
}

} // namespace

namespace {

// The path part of a reference, decoded once as the browser does; empty
// for what names no file of the site.
QString decodedPath(const QString &written)
{
    QString path = written.trimmed();
    // The query and fragment name no part of a file. Escapes are decoded
    // once: `%2520` is a file whose name holds `%20`.
    static const QRegularExpression cut(QStringLiteral("[?#]"));
    if (const qsizetype at = path.indexOf(cut); at >= 0)
        path.truncate(at);
    path = QString::fromUtf8(QByteArray::fromPercentEncoding(path.toUtf8()));
    path.replace(u'\\', u'/'); // as browsers read it
    return path;
}

// Whether Jekyll copies @p relative (a path under the site root) into the
// published site: not in a folder (or a file) whose name starts with `_`
// or `.`.
bool published(const QString &relative)
{
    const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    return std::none_of(parts.cbegin(), parts.cend(),
                        [](const QString &part) { return part.startsWith(u'_') || part.startsWith(u'.'); });
}

} // namespace

AssetResolution AssetRef::resolve(const QString &written, const AssetContext &context)
{
    using Status = AssetResolution::Status;
    const QString trimmed = written.trimmed();
    const QString lower = trimmed.left(8).toLower();
    if (lower.startsWith(QLatin1String("data:")))
        return {Status::Data, {}, false};
    if (lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://"))
        || trimmed.startsWith(QLatin1String("//")))
        return {Status::Remote, {}, false};
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (lower.startsWith(QLatin1String("file:")) || drive.match(trimmed).hasMatch() || trimmed.startsWith(u'\\'))
        return {Status::AbsoluteLocalPath, trimmed, false};

    QString path = decodedPath(trimmed);
    // The base the blog's browser resolves against, and the path under it.
    QString base;
    if (path.startsWith(u'/')) {
        QString baseUrl = context.baseUrl;
        while (baseUrl.endsWith(u'/'))
            baseUrl.chop(1);
        if (!baseUrl.isEmpty() && !baseUrl.startsWith(u'/'))
            baseUrl.prepend(u'/');
        if (!baseUrl.isEmpty() && (path == baseUrl || path.startsWith(baseUrl + u'/')))
            path = path.sliced(baseUrl.size());
        base = context.imageRoot;
    } else if (!context.siteRoot.isEmpty() && !context.pageFolder.isEmpty()) {
        // Relative to the post's address on the blog, not to its file.
        path = QDir::cleanPath(context.pageFolder + u'/' + path);
        base = context.siteRoot;
    } else {
        base = context.postFolder;
    }
    const QString candidate = QDir::cleanPath(base + u'/' + path);
    const QString allowed = QDir::cleanPath(context.allowedRoot());

    if (!isUnder(candidate, allowed) || (path.startsWith(u'/') && QDir::cleanPath(path).startsWith(QLatin1String("/..")))) {
        if (written.trimmed().startsWith(u'/') && looksLikeHomePath(path))
            return {Status::AbsoluteLocalPath, path, false};
        return {Status::OutsideSite, candidate, false};
    }
    // The exact name first; then the name in the other Unicode form, as a
    // file copied from macOS (NFD) may be written in NFC, or the reverse.
    // Only the part written is normalized: the folders above it are what
    // they are on this disk.
    const QString relative = QDir(base).relativeFilePath(candidate);
    QString found = QFileInfo(candidate).isFile() ? candidate : otherFormOnDisk(base, relative);
    if (!found.isEmpty()) {
        const QFileInfo info(found);
        // A link inside the site may point out of it.
        if (!isUnder(info.canonicalFilePath(), QFileInfo(allowed).canonicalFilePath()))
            return {Status::OutsideSite, candidate, false};
        if (!context.siteRoot.isEmpty() && !published(QDir(context.siteRoot).relativeFilePath(found)))
            return {Status::Unpublished, info.absoluteFilePath(), found != candidate};
        return {Status::Local, info.absoluteFilePath(), found != candidate};
    }
    if (written.trimmed().startsWith(u'/') && looksLikeHomePath(decodedPath(trimmed)))
        return {Status::AbsoluteLocalPath, decodedPath(trimmed), false};
    return {Status::Missing, candidate, false};
}

QString AssetRef::typoraPath(const QString &written, const AssetContext &context)
{
    const QString path = decodedPath(written);
    if (path.isEmpty() || written.contains(QLatin1String("://")))
        return {};
    const QString base = path.startsWith(u'/') ? (context.typoraRoot.isEmpty() ? context.postFolder : context.typoraRoot)
                                               : context.postFolder;
    const QString candidate = QDir::cleanPath(base + u'/' + path);
    if (QFileInfo(candidate).isFile())
        return candidate;
    return otherFormOnDisk(base, QDir(base).relativeFilePath(candidate));
}

QString AssetRef::caseInsensitiveMatch(const QString &path)
{
    // Walk down from the first folder that exists, matching each missing
    // part without regard to case.
    QString current = QDir::cleanPath(path);
    QStringList rest;
    while (!QFileInfo::exists(current)) {
        const qsizetype slash = current.lastIndexOf(u'/');
        if (slash <= 0)
            return {};
        rest.prepend(current.mid(slash + 1));
        current.truncate(slash);
    }
    if (rest.isEmpty())
        return {};
    for (const QString &part : std::as_const(rest)) {
        const QStringList entries = QDir(current).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const auto it = std::find_if(entries.cbegin(), entries.cend(), [&](const QString &entry) {
            return entry.compare(part, Qt::CaseInsensitive) == 0;
        });
        if (it == entries.cend())
            return {};
        current += u'/' + *it;
    }
    return QFileInfo(current).isFile() ? current : QString();
}

} // namespace geul
