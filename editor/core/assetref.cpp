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
    if (!root.isEmpty() && !QDir::isAbsolutePath(root))
        context.imageRoot = QDir::cleanPath(context.postFolder + u'/' + root);
    else if (!root.isEmpty() && QFileInfo(root).isDir())
        context.imageRoot = QDir::cleanPath(root);
    else
        context.imageRoot = context.siteRoot.isEmpty() ? context.postFolder : context.siteRoot;
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

    // The query and fragment name no part of a file. Escapes are decoded
    // once: `%2520` is a file whose name holds `%20`.
    QString path = trimmed;
    if (const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]"))); cut >= 0)
        path.truncate(cut);
    path = QString::fromUtf8(QByteArray::fromPercentEncoding(path.toUtf8()));
    path.replace(u'\\', u'/'); // as browsers read it

    const QString base = path.startsWith(u'/') ? context.imageRoot : context.postFolder;
    const QString candidate = QDir::cleanPath(base + u'/' + path);
    const QString allowed = QDir::cleanPath(context.allowedRoot());

    if (!isUnder(candidate, allowed)) {
        if (path.startsWith(u'/') && looksLikeHomePath(path))
            return {Status::AbsoluteLocalPath, path, false};
        return {Status::OutsideSite, candidate, false};
    }
    // The exact name first; then the name in the other Unicode form, as a
    // file copied from macOS (NFD) may be written in NFC, or the reverse.
    // Only the part written is normalized: the folders above it are what
    // they are on this disk.
    QStringList paths{path};
    QString baseUrl = context.baseUrl;
    while (baseUrl.endsWith(u'/'))
        baseUrl.chop(1);
    if (!baseUrl.isEmpty() && path.startsWith(u'/') && path.startsWith(baseUrl + u'/'))
        paths << path.sliced(baseUrl.size());
    for (const QString &name : std::as_const(paths)) {
        const QString exact = QDir::cleanPath(base + u'/' + name);
        QString found = QFileInfo(exact).isFile() ? exact : otherFormOnDisk(base, name);
        if (found.isEmpty())
            continue;
        const QFileInfo info(found);
        // A link inside the site may point out of it.
        if (!isUnder(info.canonicalFilePath(), QFileInfo(allowed).canonicalFilePath()))
            return {Status::OutsideSite, candidate, false};
        return {Status::Local, info.absoluteFilePath(), found != exact};
    }
    if (path.startsWith(u'/') && looksLikeHomePath(path))
        return {Status::AbsoluteLocalPath, path, false};
    return {Status::Missing, candidate, false};
}

namespace {

// @p body with code (fenced blocks and inline spans) blanked out, so that
// examples in code are not taken for references; offsets and lines stay.
QString withoutCode(QStringView body)
{
    // Blank out code (fenced blocks and inline spans) so that examples in
    // code are not taken for references; offsets and lines stay the same.
    QString text = body.toString();
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"), QRegularExpression::MultilineOption);
    qsizetype pos = 0;
    while (true) {
        const QRegularExpressionMatch open = fence.match(text, pos);
        if (!open.hasMatch())
            break;
        const QString marker = open.captured(1);
        const QRegularExpression close(QStringLiteral("^ {0,3}") + QRegularExpression::escape(marker.left(1))
                                           + QStringLiteral("{%1,}\\s*$").arg(marker.size()),
                                       QRegularExpression::MultilineOption);
        const qsizetype bodyStart = text.indexOf(u'\n', open.capturedEnd());
        const QRegularExpressionMatch end
            = bodyStart < 0 ? QRegularExpressionMatch() : close.match(text, bodyStart + 1);
        const qsizetype stop = end.hasMatch() ? end.capturedEnd() : text.size();
        for (qsizetype i = open.capturedStart(); i < stop; ++i) {
            if (text[i] != u'\n')
                text[i] = u' ';
        }
        pos = stop;
    }
    static const QRegularExpression inlineCode(QStringLiteral("(`+)[^`]+?\\1"));
    for (const QRegularExpressionMatch &m : inlineCode.globalMatch(QString(text))) {
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            if (text[i] != u'\n')
                text[i] = u' ';
        }
    }

    return text;
}

// Sorts @p references by position and gives each its line of the file.
void numberLines(QList<AssetReference> &references, const QString &text, int firstLine)
{
    std::sort(references.begin(), references.end(),
              [](const AssetReference &a, const AssetReference &b) { return a.urlStart < b.urlStart; });
    qsizetype counted = 0;
    int line = firstLine + 1;
    for (AssetReference &r : references) {
        line += int(QStringView(text).sliced(counted, r.start - counted).count(u'\n'));
        counted = r.start;
        r.line = line;
    }
}

} // namespace

QList<AssetReference> AssetRef::find(QStringView body, int firstLine)
{
    const QString text = withoutCode(body);
    QList<AssetReference> references;
    static const QRegularExpression markdown(
        QStringLiteral("!\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*(?:<([^>\\n]*)>|((?:[^()\\s]|\\((?:[^()\\s])*\\))+))"));
    // What may follow the URL up to the closing parenthesis: a title.
    static const QRegularExpression closing(QStringLiteral("(?:\\s+(?:\"[^\"\\n]*\"|'[^'\\n]*'))?\\s*\\)"));
    for (const QRegularExpressionMatch &m : markdown.globalMatch(text)) {
        AssetReference r;
        const int url = m.hasCaptured(2) ? 2 : 3;
        r.written = m.captured(url);
        r.start = m.capturedStart();
        r.urlStart = m.capturedStart(url);
        r.urlLength = m.capturedLength(url);
        const qsizetype afterUrl = m.capturedEnd(); // past the `>` of `<url>` too
        const QRegularExpressionMatch close = closing.match(text, afterUrl, QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
        r.end = close.hasMatch() ? close.capturedEnd() : m.capturedEnd();
        r.element = QStringLiteral("img");
        r.alt = QStringView(body).sliced(m.capturedStart(1), m.capturedLength(1)).toString();
        references.append(r);
    }
    static const QRegularExpression tag(QStringLiteral("<(img|video|audio|source)\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        QStringLiteral("\\s(src|poster|alt)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &t : tag.globalMatch(text)) {
        QString alt;
        QList<AssetReference> ofTag;
        for (const QRegularExpressionMatch &a : attribute.globalMatch(t.captured())) {
            const int value = a.hasCaptured(2) ? 2 : a.hasCaptured(3) ? 3 : 4;
            QString written = a.captured(value);
            written.replace(QLatin1String("&amp;"), QLatin1String("&"));
            if (a.captured(1).compare(QLatin1String("alt"), Qt::CaseInsensitive) == 0) {
                alt = QStringView(body)
                          .sliced(t.capturedStart() + a.capturedStart(value), a.capturedLength(value))
                          .toString();
                continue;
            }
            AssetReference r;
            r.written = written;
            r.start = t.capturedStart();
            r.end = t.capturedEnd();
            r.urlStart = t.capturedStart() + a.capturedStart(value);
            r.urlLength = a.capturedLength(value);
            r.html = true;
            r.element = t.captured(1).toLower();
            ofTag.append(r);
        }
        for (AssetReference &r : ofTag) {
            r.alt = alt;
            references.append(r);
        }
    }
    numberLines(references, text, firstLine);
    return references;
}

QList<AssetReference> AssetRef::findLinks(QStringView body, int firstLine)
{
    const QString text = withoutCode(body);
    QList<AssetReference> references;
    static const QRegularExpression markdown(QStringLiteral(
        "(?<!!)\\[(?:[^\\]\\\\]|\\\\.)*\\]\\(\\s*(?:<([^>\\n]*)>|((?:[^()\\s]|\\((?:[^()\\s])*\\))+))[^)\\n]*\\)"));
    for (const QRegularExpressionMatch &m : markdown.globalMatch(text)) {
        const int url = m.hasCaptured(1) ? 1 : 2;
        AssetReference r;
        r.written = m.captured(url);
        r.start = m.capturedStart();
        r.end = m.capturedEnd();
        r.urlStart = m.capturedStart(url);
        r.urlLength = m.capturedLength(url);
        r.element = QStringLiteral("a");
        references.append(r);
    }
    static const QRegularExpression anchor(
        QStringLiteral("<a\\s[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &m : anchor.globalMatch(text)) {
        const int url = m.hasCaptured(1) ? 1 : 2;
        AssetReference r;
        r.written = m.captured(url).replace(QLatin1String("&amp;"), QLatin1String("&"));
        r.start = m.capturedStart();
        r.end = m.capturedEnd();
        r.urlStart = m.capturedStart(url);
        r.urlLength = m.capturedLength(url);
        r.html = true;
        r.element = QStringLiteral("a");
        references.append(r);
    }
    numberLines(references, text, firstLine);
    return references;
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
