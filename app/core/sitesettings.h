// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagestore.h"

#include <QString>
#include <QStringList>

namespace geul {

class SiteIndex;

/// What the writer chose for one site, kept in Geul's settings (shared by
/// the editor and geul-cli). Reentrant; GUI and worker threads alike.
namespace SiteSettings {

/// The image folder the writer set for the site at @p root; empty when
/// they set none.
QString imageFolder(const QString &root);
/// Sets it; an empty @p folder forgets it.
void setImageFolder(const QString &root, const QString &folder);

/// Where pasted images go in the site @p site: the writer's folder for
/// the site, else the folder most of its posts use
/// (SiteIndex::imageFolder()), else the default; a post's own
/// `typora-copy-images-to` comes before all three (ImageStore).
ImageSettings imageSettings(const SiteIndex &site);
/// Whether links to images add `typora-root-url` (one setting for all sites).
bool addTyporaRootUrl();
void setAddTyporaRootUrl(bool add);

/// Whether misspelled words are marked while writing in the site at
/// @p root (on unless the writer turned it off there); @p root empty is a
/// post outside any site.
bool spellCheck(const QString &root);
void setSpellCheck(const QString &root, bool on);

/// The sites and posts opened last, newest first (at most 10 each).
QStringList recentSites();
QStringList recentFiles();
void noteRecentSite(const QString &root);
void noteRecentFile(const QString &path);

} // namespace SiteSettings

} // namespace geul
