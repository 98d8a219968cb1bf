// SPDX-License-Identifier: GPL-3.0-or-later
#include "site.h"

#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace geul {

QString Site::rootFor(const QString &path)
{
    const QFileInfo info(path);
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    while (true) {
        for (const char *name : {"_config.yml", "_config.yaml", "_config.toml"}) {
            if (QFileInfo(dir.filePath(QLatin1String(name))).isFile())
                return dir.absolutePath();
        }
        if (!dir.cdUp())
            return {};
    }
}

QHash<QString, QString> Site::variables(const QString &root)
{
    QHash<QString, QString> values;
    if (root.isEmpty())
        return values;
    QFile file(QDir(root).filePath(QStringLiteral("_config.yml")));
    // A configuration is small; a huge one is not what we think it is.
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return values;
    const YamlReader::Mapping config = YamlReader::readMapping(QString::fromUtf8(file.readAll()));
    // Jekyll's defaults for what Liquid in posts uses most.
    values.insert(QStringLiteral("site.url"), QString());
    values.insert(QStringLiteral("site.baseurl"), QString());
    for (const YamlEntry &entry : config.entries) {
        if (entry.value.isScalar() && entry.value.kind != YamlValue::Kind::Null)
            values.insert(QStringLiteral("site.") + entry.key, entry.value.text);
    }
    return values;
}

} // namespace geul
