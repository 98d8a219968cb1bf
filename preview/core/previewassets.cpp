// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewassets.h"

#include "htmltext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace geul {

namespace {

// cmark percent-encodes the non-ASCII bytes of a Markdown link; show
// those as the text the user typed. ASCII escapes (`%20`) stay as written.
QString asTyped(const QString &url)
{
    static const QRegularExpression encoded(QStringLiteral("(%[89A-Fa-f][0-9A-Fa-f])+"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : encoded.globalMatch(url)) {
        out += QStringView(url).sliced(last, m.capturedStart() - last);
        const QByteArray bytes = QByteArray::fromPercentEncoding(m.captured().toLatin1());
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        out += decoder.hasError() ? m.captured() : text;
        last = m.capturedEnd();
    }
    return out + QStringView(url).sliced(last);
}

QString placeholder(const QString &written, const QString &reason)
{
    return QStringLiteral("<span class=\"geul-missing\" title=\"%1\">%2 <code>%3</code> — %4</span>")
        .arg(reason.toHtmlEscaped(),
             QCoreApplication::translate("geul::PreviewAssets", "Image not shown:").toHtmlEscaped(),
             asTyped(written).toHtmlEscaped(), reason.toHtmlEscaped());
}

} // namespace

QString PreviewAssets::urlFor(const QString &path)
{
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

QString PreviewAssets::pathFor(const QUrl &url)
{
    if (url.scheme() != QLatin1String(scheme))
        return {};
    return url.path(QUrl::FullyDecoded);
}

QString PreviewAssets::link(const QString &html, const AssetContext &context, const LinkOptions &options)
{
    const QString remoteOff = QCoreApplication::translate("geul::PreviewAssets", "remote images are turned off");
    const auto localUrl = [&options](const QString &path) {
        return options.localUrl ? options.localUrl(path) : urlFor(path);
    };
    static const QRegularExpression tag(QStringLiteral("<(img|video|audio|source)\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        QStringLiteral("(\\s(?:src|poster)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"),
        QRegularExpression::CaseInsensitiveOption);

    auto valueOf = [](const QRegularExpressionMatch &a) {
        return unescapeHtml(a.hasCaptured(2) ? a.captured(2) : a.hasCaptured(3) ? a.captured(3) : a.captured(4));
    };

    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    for (const QRegularExpressionMatch &t : tag.globalMatch(html)) {
        out += QStringView(html).sliced(last, t.capturedStart() - last);
        last = t.capturedEnd();
        const QString element = t.captured();

        // An image that cannot be shown becomes a note saying why.
        if (t.captured(1).compare(QLatin1String("img"), Qt::CaseInsensitive) == 0) {
            const QRegularExpressionMatch src = attribute.match(element);
            if (src.hasMatch()) {
                const AssetResolution r = AssetRef::resolve(valueOf(src), context);
                if (r.isProblem()) {
                    out += placeholder(valueOf(src), r.reason());
                    continue;
                }
                if (r.status == AssetResolution::Status::Remote && !options.remote) {
                    out += placeholder(valueOf(src), remoteOff);
                    continue;
                }
            }
        }
        qsizetype at = 0;
        for (const QRegularExpressionMatch &a : attribute.globalMatch(element)) {
            const AssetResolution r = AssetRef::resolve(valueOf(a), context);
            out += QStringView(element).sliced(at, a.capturedStart() - at);
            at = a.capturedEnd();
            if (r.status == AssetResolution::Status::Local)
                out += a.captured(1) + u'"' + localUrl(r.path).toHtmlEscaped() + u'"';
            else if (r.status == AssetResolution::Status::Remote && !options.remote)
                out += a.captured(1) + QStringLiteral("\"\" data-geul-remote=\"") + valueOf(a).toHtmlEscaped() + u'"';
            else
                out += a.captured();
            if (r.isProblem())
                out += QStringLiteral(" data-geul-missing=\"%1\"").arg(r.reason().toHtmlEscaped());
        }
        out += QStringView(element).sliced(at);
    }
    out += QStringView(html).sliced(last);
    return out;
}

} // namespace geul
