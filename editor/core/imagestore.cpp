// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagestore.h"

#include "frontmatter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace geul {

namespace {

// Larger than any screenshot or photo a blog post needs; beyond it a paste
// is more likely a mistake than an image.
constexpr qint64 maxImageBytes = 64 * 1024 * 1024;

bool isUnder(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && (path.startsWith(folder + u'/') || (folder == u"/" && path.startsWith(u'/')));
}

// A folder setting such as `/assets/img/${filename}`, made absolute.
QString resolveFolder(QString setting, const QString &fileName, const AssetContext &context)
{
    setting.replace(QLatin1String("${filename}"), fileName);
    if (setting.startsWith(u'/'))
        return QDir::cleanPath(context.imageRoot + setting);
    return QDir::cleanPath(context.postFolder + u'/' + setting);
}

// A character no file name should carry: a separator or a control.
bool isForbiddenInName(QChar c)
{
    return c == u'/' || c == u'\\' || c.category() == QChar::Other_Control;
}

// A file name without the characters no file name should carry.
QString cleanName(QString name)
{
    for (QChar &c : name) {
        if (isForbiddenInName(c))
            c = u'-';
    }
    return name;
}

} // namespace

ImageStore ImageStore::forPost(const QString &postPath, const QString &postText, const QString &siteRoot,
                               const Settings &settings)
{
    return forPost(postPath, postText, SiteConfig::read(siteRoot), settings);
}

ImageStore ImageStore::forPost(const QString &postPath, const QString &postText, const SiteConfig &site,
                               const Settings &settings)
{
    ImageStore store;
    const FrontMatter frontMatter = FrontMatter::read(postText);
    const QString rootUrl = frontMatter.scalar(QStringLiteral("typora-root-url"));
    store.m_postPath = QFileInfo(postPath).absoluteFilePath();
    store.m_site = site;
    store.m_siteRoot = site.root;
    store.m_settings = settings;
    store.m_hasRootUrl = !rootUrl.isEmpty();
    store.m_context = site.assetContext(store.m_postPath, frontMatter);
    const QString fileName = QFileInfo(postPath).completeBaseName();
    if (const QString copyTo = frontMatter.scalar(QStringLiteral("typora-copy-images-to")); !copyTo.isEmpty())
        store.m_folder = resolveFolder(copyTo, fileName, store.m_context);
    else if (!store.m_siteRoot.isEmpty())
        store.m_folder = resolveFolder(settings.imageFolder, fileName, store.m_context);
    else
        store.m_folder = QDir::cleanPath(store.m_context.postFolder + u'/' + fileName + QStringLiteral(".assets"));
    return store;
}

QString ImageStore::imageSuffix(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpg");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (data.startsWith("BM") && data.size() > 26)
        return QStringLiteral("bmp");
    const QByteArray head = data.left(512).trimmed();
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg")))
        return QStringLiteral("svg");
    return {};
}

bool ImageStore::isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.startsWith(u'.') && std::none_of(name.cbegin(), name.cend(), isForbiddenInName);
}

namespace {

// Whether a name in a folder is taken: by a file, a folder, or a link, even
// one that leads nowhere.
bool taken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

QString ImageStore::uniqueName(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    if (!taken(dir.filePath(name)))
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.sliced(dot) : QString();
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
        if (!taken(dir.filePath(candidate)))
            return candidate;
    }
}

QString ImageStore::damage(const QByteArray &data)
{
    QByteArray format = imageSuffix(data).toLatin1();
    if (format == "jpg")
        format = "jpeg";
    if (format.isEmpty() || !QImageReader::supportedImageFormats().contains(format))
        return {};
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    if (!reader.read().isNull())
        return {};
    return reader.errorString();
}

ImageStore::Stored ImageStore::write(const QByteArray &data, const QString &name) const
{
    if (!QDir().mkpath(m_folder))
        return {{}, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder))};
    // Created only if no file has the name, even one made a moment ago by
    // another program: an existing file is never overwritten.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = QDir(m_folder).filePath(uniqueName(m_folder, name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (taken(path))
                continue; // taken between the look and the open
            return {{}, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        }
        if (file.write(data) != data.size() || !file.flush()) {
            // Ours, and incomplete: no partial image stays behind.
            const QString why = file.errorString();
            file.close();
            file.remove();
            return {{}, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why)};
        }
        return {path, {}};
    }
    return {{}, tr("No free name for %1 in %2.").arg(name, QDir::toNativeSeparators(m_folder))};
}

ImageStore::Stored ImageStore::storeData(const QByteArray &data, const QDateTime &when) const
{
    if (data.size() > maxImageBytes)
        return {{},
                tr("The image is too large (%1 MB; at most %2 MB).")
                    .arg(data.size() / (1024 * 1024))
                    .arg(maxImageBytes / (1024 * 1024))};
    const QString suffix = imageSuffix(data);
    if (suffix.isEmpty())
        return {{}, tr("The data is not an image Geul knows (PNG, JPEG, GIF, WebP, BMP or SVG).")};
    if (const QString why = damage(data); !why.isEmpty())
        return {{}, tr("The image is damaged and cannot be shown: %1").arg(why)};
    // Typora's name: local time to the millisecond, 17 digits.
    return write(data, QStringLiteral("image-%1.%2").arg(when.toString(QStringLiteral("yyyyMMddHHmmsszzz")), suffix));
}

ImageStore::Stored ImageStore::copyFile(const QString &source) const
{
    const QFileInfo info(source);
    const QString shown = QDir::toNativeSeparators(source);
    if (info.isDir())
        return {{}, tr("%1 is a folder, not an image.").arg(shown)};
    if (!info.exists())
        return {{}, tr("%1 does not exist.").arg(shown)};
    if (info.size() > maxImageBytes)
        return {{},
                tr("%1 is too large (%2 MB; at most %3 MB).")
                    .arg(shown)
                    .arg(info.size() / (1024 * 1024))
                    .arg(maxImageBytes / (1024 * 1024))};
    // Already in the folder: link to it as it is.
    if (info.absolutePath() == QFileInfo(m_folder).absoluteFilePath())
        return {info.absoluteFilePath(), {}};
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1 cannot be read: %2").arg(shown, file.errorString())};
    const QByteArray data = file.readAll();
    if (imageSuffix(data).isEmpty())
        return {{}, tr("%1 is not an image Geul knows (PNG, JPEG, GIF, WebP, BMP or SVG).").arg(shown)};
    if (const QString why = damage(data); !why.isEmpty())
        return {{}, tr("%1 is damaged and cannot be shown: %2").arg(shown, why)};
    return write(data, cleanName(info.fileName()));
}

QString ImageStore::linkFor(const QString &path) const
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString link;
    if ((m_hasRootUrl || !m_siteRoot.isEmpty()) && isUnder(clean, m_context.imageRoot))
        link = clean.sliced(m_context.imageRoot.size());
    else
        link = QDir(m_context.postFolder).relativeFilePath(clean);
    return escapedForLink(link);
}

QString ImageStore::escapedForLink(const QString &path)
{
    // What would change the link's meaning is escaped; AssetRef and
    // browsers decode it once. Everything else, Hangul included, stays.
    QString out;
    for (const QChar c : path) {
        if (c == u' ' || c == u'%' || c == u'(' || c == u')' || c == u'<' || c == u'>' || c == u'#' || c == u'?'
            || c == u'[' || c == u']' || c == u'"' || c == u'\'' || c == u'\\' || c == u'&'
            || c.category() == QChar::Other_Control)
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString ImageStore::markdownFor(const QString &path, std::optional<int> zoom, bool html) const
{
    const QString name = QFileInfo(path).completeBaseName();
    if (!html && !zoom) {
        // The name as the alternative text (kramdown takes it from the
        // source, escapes removed): escaped where it could end the brackets
        // or open code.
        QString alt;
        for (const QChar c : name) {
            if (c == u'[' || c == u']' || c == u'\\' || c == u'`')
                alt += u'\\';
            alt += c;
        }
        return QStringLiteral("![%1](%2)").arg(alt, linkFor(path));
    }
    QString tag
        = QStringLiteral("<img src=\"%1\" alt=\"%2\"").arg(linkFor(path).toHtmlEscaped(), name.toHtmlEscaped());
    if (zoom)
        tag += QStringLiteral(" style=\"zoom: %1%;\"").arg(*zoom);
    return tag + QStringLiteral(" />");
}

std::optional<QString> ImageStore::textWithRootUrl(const QString &postText) const
{
    if (!m_settings.addTyporaRootUrl || m_siteRoot.isEmpty() || m_hasRootUrl)
        return std::nullopt;
    const FrontMatter frontMatter = FrontMatter::read(postText);
    if (!frontMatter.present() || frontMatter.error())
        return std::nullopt;
    QString relative = QDir(m_context.postFolder).relativeFilePath(m_siteRoot);
    while (relative.endsWith(u'/'))
        relative.chop(1);
    relative = relative.isEmpty() || relative == u"." ? QStringLiteral("./") : relative + u'/';
    YamlValue value;
    value.kind = YamlValue::Kind::String;
    value.text = relative;
    return FrontMatter::setValue(postText, QStringLiteral("typora-root-url"), value).text;
}

Reading ImageStore::read(const QString &text) const
{
    return Reading::read(text, m_site.dialect, m_site.variables);
}

QString ImageStore::fileOf(const Reading::Reference &reference) const
{
    const AssetResolution r = AssetRef::resolve(reference.url, m_context);
    return r.status == AssetResolution::Status::Local ? r.path : QString();
}

QString ImageStore::withZoom(const QString &text, const Reading::Reference &image, int percent)
{
    if (image.start < 0 || image.urlStart < 0)
        return text;
    // The style of the one tag the reading found there.
    static const QRegularExpression style(QStringLiteral("\\s+style\\s*=\\s*(?:\"[^\"]*\"|'[^']*')"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString url = text.sliced(image.urlStart, image.urlEnd - image.urlStart);
    QString tag;
    if (!image.markdown) {
        tag = text.sliced(image.start, image.end - image.start);
        tag.remove(style);
        const bool selfClosing = tag.endsWith(QLatin1String("/>"));
        QStringView head = QStringView(tag).first(tag.size() - (selfClosing ? 2 : 1));
        while (head.endsWith(u' '))
            head.chop(1);
        const QString zoom = percent == 100 ? QString() : QStringLiteral(" style=\"zoom: %1%;\"").arg(percent);
        tag = head + zoom + (selfClosing ? QStringLiteral(" />") : QStringLiteral(">"));
    } else if (percent == 100) {
        return text;
    } else {
        tag = QStringLiteral("<img src=\"%1\" alt=\"%2\" style=\"zoom: %3%;\" />")
                  .arg(url.toHtmlEscaped(), image.alt.toHtmlEscaped())
                  .arg(percent);
    }
    return text.left(image.start) + tag + text.sliced(image.end);
}

QString ImageStore::without(const QString &text, const Reading::Reference &reference)
{
    if (reference.start < 0)
        return text;
    return text.left(reference.start) + text.sliced(reference.end);
}

QString ImageStore::relinked(const Reading &reading, const QString &file, const QString &link) const
{
    // Compared in NFC: a link typed in NFC names a file macOS wrote in NFD
    // (and the other way round), as the resolver finds it.
    const QString target = QFileInfo(file).absoluteFilePath().normalized(QString::NormalizationForm_C);
    return relinkedBy(reading, [&target, &link](const AssetResolution &r) {
        // The file may have moved already: a missing one names where it was.
        const bool named = r.status == AssetResolution::Status::Local || r.status == AssetResolution::Status::Missing;
        return named && QFileInfo(r.path).absoluteFilePath().normalized(QString::NormalizationForm_C) == target
                   ? link
                   : QString();
    });
}

QString ImageStore::relinkedBy(const Reading &reading,
                               const std::function<QString(const AssetResolution &resolved)> &newLink) const
{
    QString out = reading.text();
    QList<Reading::Reference> found = reading.references();
    std::sort(found.begin(), found.end(),
              [](const Reading::Reference &a, const Reading::Reference &b) { return a.urlStart < b.urlStart; });
    // From the end, so that earlier offsets stay right; each place once (a
    // reference definition serves every link that names it).
    qsizetype done = -1;
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        if (it->urlStart < 0 || it->urlStart == done)
            continue;
        const QString link = newLink(AssetRef::resolve(it->url, m_context));
        if (!link.isEmpty()) {
            out.replace(it->urlStart, it->urlEnd - it->urlStart, it->markdown ? link : QString(link).toHtmlEscaped());
            done = it->urlStart;
        }
    }
    return out;
}

QStringList ImageStore::unusedFiles(const Reading &reading) const
{
    const QString &text = reading.text();
    QSet<QString> used;
    for (const Reading::Reference &r : reading.references()) {
        const AssetResolution resolved = AssetRef::resolve(r.url, m_context);
        if (resolved.status == AssetResolution::Status::Local)
            used.insert(QFileInfo(resolved.path).canonicalFilePath());
    }
    QStringList unused;
    const QDir folder(m_folder);
    // A name the text mentions anywhere (front matter, Liquid, a link the
    // resolver cannot follow) counts as used: when in doubt, keep.
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    const auto mentioned = [&nfc](const QString &name) {
        const QString n = name.normalized(QString::NormalizationForm_C);
        return nfc.contains(n) || nfc.contains(escapedForLink(n))
               || nfc.contains(QString::fromUtf8(QUrl::toPercentEncoding(n, "/")));
    };
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        if (!used.contains(QFileInfo(folder.filePath(name)).canonicalFilePath()) && !mentioned(name))
            unused.append(folder.filePath(name));
    }
    return unused;
}

} // namespace geul
