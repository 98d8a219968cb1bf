// SPDX-License-Identifier: GPL-3.0-or-later
#include "site.h"

#include <QDir>
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

} // namespace geul
