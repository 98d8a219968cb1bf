// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site.h"

#include <QMap>
#include <QStringList>

namespace geul {

/// What the posts of a Jekyll site use: layouts, tags, categories and
/// front-matter keys, each with how many posts use it. Value type; scan()
/// reads files and is reentrant, so it may run on a worker thread.
class SiteIndex
{
public:
    /// Reads the front matter of every Markdown file under `_posts/` and
    /// `_drafts/` of @p root, and the names in `_layouts/`.
    static SiteIndex scan(const QString &root);

    QString root() const { return m_root; }
    /// The site's configuration (dialect, variables, math), read once.
    const SiteConfig &config() const { return m_config; }
    int postCount() const { return m_postCount; }
    /// Most used first, then by name.
    QStringList layouts() const;
    QStringList tags() const;
    QStringList categories() const;
    QStringList keys() const;
    /// How many posts use the front-matter key @p key.
    int keyUses(const QString &key) const { return m_keys.value(key); }

private:
    QString m_root;
    SiteConfig m_config;
    int m_postCount = 0;
    QMap<QString, int> m_layouts;
    QMap<QString, int> m_tags;
    QMap<QString, int> m_categories;
    QMap<QString, int> m_keys;
};

} // namespace geul
