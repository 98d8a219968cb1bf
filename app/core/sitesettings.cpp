// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesettings.h"

#include "siteindex.h"

#include <QSettings>

namespace geul::SiteSettings {

namespace {

constexpr int recentLimit = 10;

// The editor's settings, also when geul-cli reads them.
const QString organization = QStringLiteral("Geul");
const QString application = QStringLiteral("Geul");

QStringList noted(const QString &key, const QString &entry)
{
    QSettings stored(organization, application);
    QStringList list = stored.value(key).toStringList();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > recentLimit)
        list.removeLast();
    stored.setValue(key, list);
    return list;
}

} // namespace

QString imageFolder(const QString &root)
{
    return QSettings(organization, application).value(QStringLiteral("sites/imageFolders")).toMap().value(root).toString();
}

void setImageFolder(const QString &root, const QString &folder)
{
    QSettings stored(organization, application);
    QVariantMap folders = stored.value(QStringLiteral("sites/imageFolders")).toMap();
    if (folder.trimmed().isEmpty())
        folders.remove(root);
    else
        folders.insert(root, folder.trimmed());
    stored.setValue(QStringLiteral("sites/imageFolders"), folders);
}

bool spellCheck(const QString &root)
{
    return QSettings(organization, application).value(QStringLiteral("sites/spellCheck")).toMap().value(root, true).toBool();
}

void setSpellCheck(const QString &root, bool on)
{
    QSettings stored(organization, application);
    QVariantMap sites = stored.value(QStringLiteral("sites/spellCheck")).toMap();
    sites.insert(root, on);
    stored.setValue(QStringLiteral("sites/spellCheck"), sites);
}

ImageSettings imageSettings(const SiteIndex &site)
{
    ImageSettings result;
    result.addTyporaRootUrl = addTyporaRootUrl();
    if (const QString chosen = imageFolder(site.root()); !chosen.isEmpty())
        result.imageFolder = chosen;
    else if (!site.imageFolder().isEmpty())
        result.imageFolder = site.imageFolder();
    return result;
}

bool addTyporaRootUrl()
{
    return QSettings(organization, application).value(QStringLiteral("images/addTyporaRootUrl"), true).toBool();
}

void setAddTyporaRootUrl(bool add)
{
    QSettings(organization, application).setValue(QStringLiteral("images/addTyporaRootUrl"), add);
}

QStringList recentSites()
{
    return QSettings(organization, application).value(QStringLiteral("recent/sites")).toStringList();
}

QStringList recentFiles()
{
    return QSettings(organization, application).value(QStringLiteral("recent/files")).toStringList();
}

void noteRecentSite(const QString &root)
{
    if (!root.isEmpty())
        noted(QStringLiteral("recent/sites"), root);
}

void noteRecentFile(const QString &path)
{
    if (!path.isEmpty())
        noted(QStringLiteral("recent/files"), path);
}

} // namespace geul::SiteSettings
