// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewassets.h"

#include "htmlentities.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace geul {

QString PreviewAssets::placeholder(const QString &written, const QString &reason)
{
    return QStringLiteral("<span class=\"geul-missing\" title=\"%1\">%2 <code>%3</code> — %4</span>")
        .arg(reason.toHtmlEscaped(),
             QCoreApplication::translate("geul::PreviewAssets", "Image not shown:").toHtmlEscaped(),
             written.toHtmlEscaped(), reason.toHtmlEscaped());
}

QString PreviewAssets::servedRoot(const QString &postPath, const QString &siteRoot)
{
    const QString postFolder = postPath.isEmpty() ? QString() : QFileInfo(postPath).absolutePath();
    if (siteRoot.isEmpty())
        return postFolder;
    const QString root = QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath());
    const QString home = QDir::cleanPath(QDir::homePath());
    const bool tooHigh = root == u"/" || root == home || home.startsWith(root + u'/');
    return tooHigh ? postFolder : root;
}

QString PreviewAssets::urlFor(const QString &path, const QString &root)
{
    const QString clean = QDir::cleanPath(path);
    const QString base = QDir::cleanPath(root);
    if (base.isEmpty() || !clean.startsWith(base + u'/'))
        return {};
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setPath(clean.sliced(base.size()));
    return url.toString(QUrl::FullyEncoded);
}

QString PreviewAssets::pathFor(const QUrl &url, const QString &root)
{
    if (url.scheme() != QLatin1String(scheme) || root.isEmpty())
        return {};
    const QString base = QDir::cleanPath(root);
    const QString path = QDir::cleanPath(base + u'/' + url.path(QUrl::FullyDecoded));
    return path.startsWith(base + u'/') ? path : QString();
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
            return options.localUrl ? options.localUrl(path) : urlFor(path, options.root);
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
                const QString url = localUrl(r.path);
                // Outside what the preview serves: said, never a local path.
                if (image && url.isEmpty()) {
                    AssetResolution outside = r;
                    outside.status = AssetResolution::Status::OutsideSite;
                    *replacement = placeholder(written, outside.reason());
                    return;
                }
                attributes.set(name, url);
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
