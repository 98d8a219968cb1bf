// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewassets.h"

#include "htmlentities.h"

#include <QCoreApplication>
#include <QUrl>

namespace geul {

QString PreviewAssets::placeholder(const QString &written, const QString &reason)
{
    return QStringLiteral("<span class=\"geul-missing\" title=\"%1\">%2 <code>%3</code> — %4</span>")
        .arg(reason.toHtmlEscaped(),
             QCoreApplication::translate("geul::PreviewAssets", "Image not shown:").toHtmlEscaped(),
             written.toHtmlEscaped(), reason.toHtmlEscaped());
}

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

std::function<void(const MarkdownNode &, Attributes &, QString *)>
PreviewAssets::hook(const AssetContext &context, const LinkOptions &options)
{
    return [context, options](const MarkdownNode &node, Attributes &attributes, QString *replacement) {
        using Type = MarkdownNode::Type;
        const bool image = node.type == Type::Image || (node.type == Type::HtmlElement && node.value == u"img");
        const bool media = node.type == Type::HtmlElement
                           && (node.value == u"video" || node.value == u"audio" || node.value == u"source"
                               || node.value == u"track" || node.value == u"embed");
        if (!image && !media)
            return;
        const QString remoteOff
            = QCoreApplication::translate("geul::PreviewAssets", "remote images are turned off");
        const auto localUrl = [&options](const QString &path) {
            return options.localUrl ? options.localUrl(path) : urlFor(path);
        };
        for (const QString &name : {QStringLiteral("src"), QStringLiteral("poster")}) {
            if (!attributes.contains(name) || (name == u"poster" && node.value != u"video"))
                continue;
            const QString written = HtmlEntities::decode(attributes.value(name));
            const AssetResolution r = AssetRef::resolve(written, context);
            // An image that cannot be shown becomes a note saying why.
            if (image && r.isProblem()) {
                *replacement = placeholder(written, r.reason());
                return;
            }
            if (image && r.status == AssetResolution::Status::Remote && !options.remote) {
                *replacement = placeholder(written, remoteOff);
                return;
            }
            if (r.status == AssetResolution::Status::Local) {
                attributes.set(name, localUrl(r.path));
            } else if (r.status == AssetResolution::Status::Remote && !options.remote) {
                attributes.set(name, QString());
                attributes.set(QStringLiteral("data-geul-remote"), written);
            } else if (r.isProblem()) {
                attributes.set(QStringLiteral("data-geul-missing"), r.reason());
            }
        }
    };
}

} // namespace geul
