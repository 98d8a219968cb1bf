// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpage.h"

#include "markdownrenderer.h"
#include "previewassets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace geul {

namespace {

QByteArray readFile(const QString &path, qint64 limit = 64 * 1024 * 1024)
{
    QFile file(path);
    if (file.size() > limit || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString dataUrl(const QString &path)
{
    static const QMimeDatabase mimes;
    const QByteArray bytes = readFile(path);
    if (bytes.isEmpty())
        return {};
    return QStringLiteral("data:%1;base64,%2")
        .arg(mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name(), QString::fromLatin1(bytes.toBase64()));
}

// KaTeX's style sheet with its fonts inside: the WOFF2 files only, which
// every current browser reads.
QString katexStyle(const QString &folder)
{
    QString css = QString::fromUtf8(readFile(folder + QStringLiteral("/katex.min.css")));
    if (css.isEmpty())
        return {};
    static const QRegularExpression source(QStringLiteral("src:([^;}]*)"));
    static const QRegularExpression woff2(QStringLiteral("url\\((fonts/[^)]+\\.woff2)\\)"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : source.globalMatch(css)) {
        out += QStringView(css).sliced(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QRegularExpressionMatch font = woff2.matchView(m.capturedView(1));
        const QString url = font.hasMatch() ? dataUrl(folder + u'/' + font.captured(1)) : QString();
        out += url.isEmpty() ? m.captured() : QStringLiteral("src:url(%1) format('woff2')").arg(url);
    }
    return out + QStringView(css).sliced(last);
}

// Text for inside a <script> or <style> element.
QString asElementText(QString text, QLatin1String element)
{
    return text.replace(u"</" + element, u"<\\/" + element, Qt::CaseInsensitive);
}

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString HtmlPage::defaultKatexFolder()
{
    return QStringLiteral(GEUL_KATEX_DIR);
}

namespace {

// A link to a local file or a page of the site, made to work in a page
// that stands alone: files inside it, pages at the site's address.
void standaloneLink(Attributes &attributes, const HtmlPage::Options &options)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    QString href = attributes.value(u"href");
    href.replace(QLatin1String("&amp;"), QLatin1String("&"));
    if (href.isEmpty() || href.startsWith(u'#') || scheme.match(href).hasMatch() || href.startsWith(QLatin1String("//")))
        return;
    const AssetResolution r = AssetRef::resolve(href, options.assets);
    QString target;
    if (r.status == AssetResolution::Status::Local)
        target = dataUrl(r.path);
    else if (!options.siteUrl.isEmpty())
        target = options.siteUrl + (href.startsWith(u'/') ? href : u'/' + href);
    if (!target.isEmpty()) {
        attributes.set(QStringLiteral("href"), target);
    } else {
        attributes.remove(u"href");
        attributes.set(QStringLiteral("title"), href);
    }
}

} // namespace

QString HtmlPage::standalone(const Reading &reading, const Options &options, QStringList *warnings)
{
    MarkdownRenderer::Options render;
    render.sourcePositions = false;
    render.assets = options.assets;
    render.links.localUrl = [](const QString &path) { return dataUrl(path); };
    render.link = [&options](const MarkdownNode &, Attributes &attributes) { standaloneLink(attributes, options); };
    const QString body = MarkdownRenderer::render(reading, render).html;

    QString head;
    QString scripts;
    QString scriptHashes; // of our own scripts: no other script may run
    if (!options.mathDelimiters.isEmpty()) {
        const QString style = katexStyle(options.katexFolder);
        const QString script = QString::fromUtf8(readFile(options.katexFolder + QStringLiteral("/katex.min.js")));
        if (style.isEmpty() || script.isEmpty()) {
            if (warnings)
                warnings->append(
                    QCoreApplication::translate("geul::HtmlPage", "KaTeX was not found in %1; math stays as TeX")
                        .arg(QDir::toNativeSeparators(options.katexFolder)));
        } else {
            head += QStringLiteral("<style>\n%1\n</style>\n").arg(asElementText(style, QLatin1String("style")));
            for (const QString &code : {script, resourceText(QStringLiteral(":/geul/page/math.js")),
                                        resourceText(QStringLiteral(":/geul/page/typeset.js"))}) {
                const QString element = u'\n' + asElementText(code, QLatin1String("script")) + u'\n';
                scripts += QStringLiteral("<script>%1</script>\n").arg(element);
                scriptHashes
                    += QStringLiteral(" 'sha256-%1'")
                           .arg(QString::fromLatin1(
                               QCryptographicHash::hash(element.toUtf8(), QCryptographicHash::Sha256).toBase64()));
            }
        }
    }
    head += QStringLiteral("<style>\n%1\n</style>\n")
                .arg(asElementText(resourceText(QStringLiteral(":/geul/preview/preview.css")), QLatin1String("style")));

    QString meta;
    for (const auto &[name, content] : options.meta) {
        if (!content.isEmpty())
            meta += QStringLiteral("<meta name=\"%1\" content=\"%2\">\n")
                        .arg(name.toHtmlEscaped(), content.toHtmlEscaped());
    }
    QString header;
    if (!options.title.isEmpty()) {
        header = QStringLiteral("<header class=\"post-header\">\n<h1 class=\"post-title\">%1</h1>\n")
                     .arg(options.title.toHtmlEscaped());
        if (!options.subtitle.isEmpty())
            header += QStringLiteral("<p class=\"post-subtitle\">%1</p>\n").arg(options.subtitle.toHtmlEscaped());
        header += QStringLiteral("</header>\n");
    }
    // As in the preview, nothing a post carries may run: only the scripts
    // Geul put here, by their hashes.
    const QString policy = QStringLiteral("default-src 'none'; script-src%1; style-src 'unsafe-inline'; "
                                          "img-src data: http: https:; media-src data: http: https:; font-src data:; "
                                          "base-uri 'none'; form-action 'none'")
                               .arg(scriptHashes.isEmpty() ? QStringLiteral(" 'none'") : scriptHashes);
    meta.prepend(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n").arg(policy));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Geul\">\n%1<title>%2</title>\n%3</head>\n<body>\n"
                          "<main id=\"content\" class=\"post\"%7>\n%4%5</main>\n%6</body>\n</html>\n")
        .arg(meta, options.title.toHtmlEscaped(), head, header, body, scripts,
             options.mathDelimiters.isEmpty()
                 ? QString()
                 : QStringLiteral(" data-geul-math=\"%1\"").arg(options.mathDelimiters.toHtmlEscaped()));
}

} // namespace geul
