// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleexporter.h"

#include "assetref.h"
#include "frontmatter.h"
#include "htmlpage.h"
#include "imagestore.h"
#include "liquid.h"
#include "postfile.h"
#include "reading.h"
#include "site.h"

#include <KZip>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

#include <map>

namespace geul {

namespace {

// The time every entry of a bundle carries: the post's date, from its file
// name or front matter, at noon UTC; else the zip format's first day.
QDateTime bundleTime(const QString &postPath, const FrontMatter &frontMatter)
{
    static const QRegularExpression datePrefix(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})"));
    QString date = datePrefix.match(QFileInfo(postPath).fileName()).captured(1);
    if (date.isEmpty())
        date = datePrefix.match(frontMatter.scalar(QStringLiteral("date"))).captured(1);
    const QDate day = QDate::fromString(date, Qt::ISODate);
    return QDateTime(day.isValid() && day.year() >= 1980 ? day : QDate(1980, 1, 1), QTime(12, 0), QTimeZone::UTC);
}

// Media always count; a link counts when it names a file, not a page.
bool isFileLink(const QString &written)
{
    const QString path = written.section(u'#', 0, 0).section(u'?', 0, 0);
    const QString suffix = QFileInfo(path).suffix().toLower();
    return !path.isEmpty() && !suffix.isEmpty() && suffix != u"html" && suffix != u"htm" && suffix != u"md";
}

struct Reference
{
    Reading::Reference ref;
    AssetResolution resolution;
};

// Sets bit 11 (names are UTF-8) of every entry's flags, in the local headers
// and the central directory; sizes and offsets do not change.
bool flagUtf8Names(QByteArray &zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return false;
    const auto u16 = [&zip](qsizetype at) { return quint16(uchar(zip[at])) | quint16(uchar(zip[at + 1])) << 8; };
    const auto u32 = [&](qsizetype at) { return quint32(u16(at)) | quint32(u16(at + 2)) << 16; };
    const auto setFlag = [&zip](qsizetype at) { zip[at + 1] = char(uchar(zip[at + 1]) | 0x08); };
    const int entries = u16(end + 10);
    qsizetype at = u32(end + 16);
    for (int i = 0; i < entries; ++i) {
        if (at + 46 > zip.size() || zip.mid(at, 4) != QByteArrayView("PK\x01\x02", 4))
            return false;
        setFlag(at + 8);
        const qsizetype local = u32(at + 42);
        if (local + 30 > zip.size() || zip.mid(local, 4) != QByteArrayView("PK\x03\x04", 4))
            return false;
        setFlag(local + 6);
        at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    }
    return true;
}

} // namespace

std::optional<BundleExporter::Format> BundleExporter::formatNamed(const QString &name)
{
    if (name == u"jekyll")
        return Format::Jekyll;
    if (name == u"portable")
        return Format::Portable;
    if (name == u"html")
        return Format::Html;
    return std::nullopt;
}

BundleExporter::Result BundleExporter::exportPost(const QString &postPath, const Options &options)
{
    Result result;
    const QFileInfo postInfo(postPath);
    if (!postInfo.isFile()) {
        result.error = tr("%1 is not a post file.").arg(QDir::toNativeSeparators(postPath));
        return result;
    }
    if (options.output.isEmpty() && !options.dryRun) {
        result.error = tr("No output was given.");
        return result;
    }
    const PostFile::LoadResult loaded = PostFile::load(postInfo.absoluteFilePath());
    if (!loaded.file) {
        result.error = loaded.error;
        return result;
    }
    QFile raw(postInfo.absoluteFilePath());
    if (!raw.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(postPath), raw.errorString());
        return result;
    }
    const QByteArray postBytes = raw.readAll();
    const QString loadedText = loaded.file->text();
    const FrontMatter frontMatter = FrontMatter::read(loadedText);
    const QString siteRoot = options.siteRoot.isEmpty() ? Site::rootFor(postInfo.absoluteFilePath())
                                                        : QFileInfo(options.siteRoot).absoluteFilePath();
    const SiteConfig site = SiteConfig::read(siteRoot);
    const AssetContext context = site.assetContext(postInfo.absoluteFilePath(), frontMatter);
    const QString root = QDir::cleanPath(context.allowedRoot());

    // Every reference of the post's reading: media, and links that name
    // files, as Jekyll will see them once Liquid has filled in
    // `{{ site.baseurl }}` and the like (filled in in the text itself, so
    // that a portable bundle can rewrite them).
    QString text = loadedText;
    if (text.contains(QLatin1String("{{"))) {
        QHash<QString, QString> variables = site.variables;
        variables.insert(frontMatter.pageVariables());
        text = Liquid::expandOutputs(text, variables);
    }
    const Reading reading = Reading::read(text, site.dialect, site.variables);
    QList<Reading::Reference> found;
    for (const Reading::Reference &ref : reading.references()) {
        if (ref.kind == Reading::Reference::Kind::Link
            && (!isFileLink(ref.url) || ref.url.startsWith(u'#') || ref.url.contains(u':')))
            continue;
        found.append(ref);
    }
    std::stable_sort(found.begin(), found.end(), [](const Reading::Reference &a, const Reading::Reference &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    QList<Reference> references;
    std::map<QString, QString> sources; // canonical path -> path as found
    for (const Reading::Reference &ref : std::as_const(found)) {
        const AssetResolution r = AssetRef::resolve(ref.url, context);
        using Status = AssetResolution::Status;
        if (r.status == Status::Local) {
            sources.emplace(QFileInfo(r.path).canonicalFilePath(), r.path);
            references.append({ref, r});
        } else if (r.status == Status::Remote) {
            if (ref.kind != Reading::Reference::Kind::Link)
                result.problems.append({ref.url, ref.line, tr("remote, kept as a link")});
        } else if (r.status != Status::Data) {
            result.problems.append({ref.url, ref.line, r.reason()});
        }
    }
    if (options.strict && !result.problems.isEmpty()) {
        result.error
            = tr("%n reference(s) cannot be exported; nothing was written.", nullptr, int(result.problems.size()));
        return result;
    }
    for (const auto &[canonical, path] : sources)
        result.sources.append(path);
    if (options.dryRun)
        return result;

    // Entry names. A portable zip holds one folder named after the post; a
    // portable folder is that folder.
    const QString name = postInfo.completeBaseName();
    const bool folder
        = options.format == Format::Portable && !options.output.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    const QString prefix = options.format == Format::Portable && !folder ? name + u'/' : QString();
    std::map<QString, QString> entryOf; // canonical path -> entry
    if (options.format == Format::Portable) {
        QSet<QString> taken;
        for (const auto &[canonical, path] : sources) {
            QString fileName = QFileInfo(path).fileName();
            for (int n = 1; taken.contains(fileName.toLower()); ++n) {
                const QFileInfo info(QFileInfo(path).fileName());
                fileName = QStringLiteral("%1-%2%3")
                               .arg(info.completeBaseName())
                               .arg(n)
                               .arg(info.suffix().isEmpty() ? QString() : u'.' + info.suffix());
            }
            taken.insert(fileName.toLower());
            entryOf[canonical] = QStringLiteral("images/") + fileName;
        }
    } else {
        for (const auto &[canonical, path] : sources)
            entryOf[canonical] = QDir(root).relativeFilePath(path);
    }

    // The post's own bytes: as they are, or with links rewritten.
    QByteArray postOut = postBytes;
    QString postEntry;
    if (options.format == Format::Jekyll) {
        const QString relative = QDir(root).relativeFilePath(postInfo.absoluteFilePath());
        postEntry = siteRoot.isEmpty() || relative.startsWith(QLatin1String(".."))
                        ? QStringLiteral("_posts/") + postInfo.fileName()
                        : relative;
    } else if (options.format == Format::Portable) {
        QString rewritten = text;
        QList<Reference> byPlace = references;
        std::sort(byPlace.begin(), byPlace.end(),
                  [](const Reference &a, const Reference &b) { return a.ref.urlStart < b.ref.urlStart; });
        qsizetype done = -1;
        for (auto it = byPlace.crbegin(); it != byPlace.crend(); ++it) {
            // Each place once: a reference definition serves many links.
            if (it->ref.urlStart < 0 || it->ref.urlStart == done)
                continue;
            const QString link
                = ImageStore::escapedForLink(entryOf[QFileInfo(it->resolution.path).canonicalFilePath()]);
            rewritten.replace(it->ref.urlStart, it->ref.urlEnd - it->ref.urlStart,
                              it->ref.markdown ? link : link.toHtmlEscaped());
            done = it->ref.urlStart;
        }
        if (FrontMatter::read(rewritten).entry(QStringLiteral("typora-root-url"))) {
            if (const std::optional<QString> without
                = FrontMatter::removeKey(rewritten, QStringLiteral("typora-root-url")).text)
                rewritten = *without;
        }
        if (FrontMatter::read(rewritten).entry(QStringLiteral("typora-copy-images-to"))) {
            YamlValue images;
            images.kind = YamlValue::Kind::String;
            images.text = QStringLiteral("./images");
            if (const std::optional<QString> set
                = FrontMatter::setValue(rewritten, QStringLiteral("typora-copy-images-to"), images).text)
                rewritten = *set;
        }
        postOut = PostFile::encode(rewritten, loaded.file->format());
        postEntry = name + u'.' + postInfo.suffix();
    }

    // Read every file once, hashing it; report what cannot be read.
    struct Content
    {
        QString entry;
        QByteArray bytes;
    };
    QList<Content> contents;
    const int total = int(sources.size()) + 1;
    int done = 0;
    for (const auto &[canonical, path] : sources) {
        if (options.progress && !options.progress(done, total)) {
            result.cancelled = true;
            return result;
        }
        ++done;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
        const QByteArray bytes = file.readAll();
        const QString entry = prefix + entryOf[canonical];
        result.files.append(
            {path, entry, bytes.size(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()});
        contents.append({entry, bytes});
    }

    if (options.format == Format::Html) {
        const QString page = standalonePage(postInfo.absoluteFilePath(), text, siteRoot);
        QSaveFile out(options.output);
        const QByteArray bytes = page.toUtf8();
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            result.error
                = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(options.output), out.errorString());
            return result;
        }
        result.bytes = bytes.size();
        return result;
    }

    result.files.prepend({postInfo.absoluteFilePath(), prefix + postEntry, postOut.size(),
                          QCryptographicHash::hash(postOut, QCryptographicHash::Sha256).toHex()});
    contents.append({prefix + postEntry, postOut});

    // The manifest: what is inside, and what was left out and why.
    QJsonArray files;
    for (const File &f : std::as_const(result.files))
        files.append(QJsonObject{{QStringLiteral("path"), f.entry},
                                 {QStringLiteral("size"), double(f.size)},
                                 {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)}});
    QJsonArray problems;
    for (const Problem &p : std::as_const(result.problems))
        problems.append(QJsonObject{{QStringLiteral("reference"), p.written},
                                    {QStringLiteral("line"), p.line},
                                    {QStringLiteral("reason"), p.reason}});
    const QByteArray manifest = QJsonDocument(QJsonObject{{QStringLiteral("post"), QString(prefix + postEntry)},
                                                          {QStringLiteral("generator"), QStringLiteral("Geul")},
                                                          {QStringLiteral("files"), files},
                                                          {QStringLiteral("problems"), problems}})
                                    .toJson(QJsonDocument::Indented);
    contents.append({prefix + QStringLiteral("manifest.json"), manifest});
    std::sort(contents.begin(), contents.end(), [](const Content &a, const Content &b) { return a.entry < b.entry; });

    const QDateTime time = bundleTime(postPath, frontMatter);
    if (folder) {
        // Built beside the destination, then renamed into place.
        if (QFileInfo::exists(options.output)) {
            result.error = tr("%1 already exists.").arg(QDir::toNativeSeparators(options.output));
            return result;
        }
        const QString parent = QFileInfo(options.output).absolutePath();
        QTemporaryDir staging(parent + QStringLiteral("/.geul-export-XXXXXX"));
        if (!staging.isValid()) {
            result.error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(parent));
            return result;
        }
        for (const Content &c : std::as_const(contents)) {
            const QString path = staging.filePath(c.entry);
            QSaveFile out(path);
            if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !out.open(QIODevice::WriteOnly)
                || out.write(c.bytes) != c.bytes.size() || !out.commit()) {
                result.error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString());
                return result;
            }
            result.bytes += c.bytes.size();
        }
        // QTemporaryDir makes its folder for its owner only; a bundle is not.
        QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        if (!QDir().rename(staging.path(), options.output)) {
            result.error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(options.output));
            return result;
        }
        staging.setAutoRemove(false);
        return result;
    }

    QByteArray zipBytes;
    {
        QBuffer buffer(&zipBytes);
        KZip zip(&buffer);
        zip.setExtraField(KZip::NoExtraField);
        if (!zip.open(QIODevice::WriteOnly)) {
            result.error = tr("The archive cannot be made.");
            return result;
        }
        for (const Content &c : std::as_const(contents)) {
            if (!zip.writeFile(c.entry, c.bytes, 0100644, QString(), QString(), time, time, time)) {
                result.error = tr("The archive cannot be made: %1").arg(zip.errorString());
                return result;
            }
        }
        zip.close();
    }
    if (!flagUtf8Names(zipBytes)) {
        result.error = tr("The archive cannot be made.");
        return result;
    }
    QSaveFile out(options.output);
    if (!out.open(QIODevice::WriteOnly) || out.write(zipBytes) != zipBytes.size() || !out.commit()) {
        result.error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(options.output), out.errorString());
        return result;
    }
    result.bytes = zipBytes.size();
    return result;
}

QString BundleExporter::standalonePage(const QString &postPath, const QString &text, const QString &siteRoot,
                                       QStringList *warnings)
{
    const SiteConfig site = SiteConfig::read(siteRoot);
    const Reading reading = Reading::read(text, site.dialect, site.variables);
    const FrontMatter &frontMatter = reading.frontMatter();
    HtmlPage::Options page;
    page.title = frontMatter.scalar(QStringLiteral("title"));
    if (page.title.isEmpty())
        page.title = QFileInfo(postPath).completeBaseName();
    page.subtitle = frontMatter.scalar(QStringLiteral("subtitle"));
    QString description = frontMatter.scalar(QStringLiteral("description"));
    if (description.isEmpty())
        description = frontMatter.scalar(QStringLiteral("excerpt"));
    if (description.isEmpty())
        description = page.subtitle;
    QStringList keywords;
    if (const std::optional<YamlEntry> tags = frontMatter.entry(QStringLiteral("tags"))) {
        if (tags->value.kind == YamlValue::Kind::List) {
            for (const YamlValue &tag : tags->value.items)
                keywords << tag.text;
        } else {
            keywords << tags->value.text;
        }
    }
    page.meta = {{QStringLiteral("description"), description},
                 {QStringLiteral("author"), frontMatter.scalar(QStringLiteral("author"))},
                 {QStringLiteral("keywords"), keywords.join(QStringLiteral(", "))}};
    page.assets = site.assetContext(postPath, frontMatter);
    QString siteUrl = site.variables.value(QStringLiteral("site.url"));
    while (siteUrl.endsWith(u'/'))
        siteUrl.chop(1);
    if (!siteUrl.isEmpty()) {
        QString base = page.assets.baseUrl;
        while (base.endsWith(u'/'))
            base.chop(1);
        page.siteUrl = siteUrl + (base.isEmpty() || base.startsWith(u'/') ? base : u'/' + base);
    }
    page.katexFolder = HtmlPage::defaultKatexFolder();
    if (reading.usesMath())
        page.mathDelimiters = site.math.toJson();
    return HtmlPage::standalone(reading, page, warnings);
}

} // namespace geul
