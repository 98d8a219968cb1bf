// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteindex.h"

#include "frontmatter.h"
#include "postfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace geul {

namespace {

QStringList byUse(const QMap<QString, int> &counts)
{
    QStringList names = counts.keys();
    std::stable_sort(names.begin(), names.end(),
                     [&](const QString &a, const QString &b) { return counts.value(a) > counts.value(b); });
    return names;
}

// Jekyll takes tags and categories as a list, or as one string of words
// separated by spaces.
QStringList words(const YamlValue &value)
{
    if (value.kind == YamlValue::Kind::List) {
        QStringList out;
        for (const YamlValue &item : value.items) {
            if (item.isScalar() && !item.text.isEmpty())
                out << item.text;
        }
        return out;
    }
    if (value.isScalar())
        return value.text.split(u' ', Qt::SkipEmptyParts);
    return {};
}

} // namespace

SiteIndex SiteIndex::scan(const QString &root)
{
    SiteIndex index;
    index.m_root = root;
    index.m_config = SiteConfig::read(root);
    for (const QString &folder : {QStringLiteral("_posts"), QStringLiteral("_drafts")}) {
        QDirIterator it(QDir(root).filePath(folder), {QStringLiteral("*.md"), QStringLiteral("*.markdown")},
                        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const PostFile::LoadResult loaded = PostFile::load(it.next());
            if (!loaded.file)
                continue;
            const FrontMatter fm = FrontMatter::read(loaded.file->text());
            if (!fm.present() || fm.error())
                continue;
            ++index.m_postCount;
            for (const YamlEntry &entry : fm.entries()) {
                ++index.m_keys[entry.key];
                if (entry.key == u"layout" && entry.value.isScalar() && !entry.value.text.isEmpty())
                    ++index.m_layouts[entry.value.text];
                else if (entry.key == u"tags" || entry.key == u"tag")
                    for (const QString &tag : words(entry.value))
                        ++index.m_tags[tag];
                else if (entry.key == u"categories" || entry.key == u"category")
                    for (const QString &category : words(entry.value))
                        ++index.m_categories[category];
            }
        }
    }
    const QDir layouts(QDir(root).filePath(QStringLiteral("_layouts")));
    for (const QFileInfo &file : layouts.entryInfoList(QDir::Files))
        index.m_layouts[file.completeBaseName()] += 0;
    return index;
}

QStringList SiteIndex::layouts() const
{
    return byUse(m_layouts);
}

QStringList SiteIndex::tags() const
{
    return byUse(m_tags);
}

QStringList SiteIndex::categories() const
{
    return byUse(m_categories);
}

QStringList SiteIndex::keys() const
{
    return byUse(m_keys);
}

} // namespace geul
