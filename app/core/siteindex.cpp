// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteindex.h"

#include "assetref.h"
#include "frontmatter.h"
#include "postfile.h"
#include "reading.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace geul {

namespace {

QStringList byUse(const QMap<QString, int> &counts)
{
    QStringList names = counts.keys();
    std::stable_sort(names.begin(), names.end(),
                     [&](const QString &a, const QString &b) { return counts.value(a) > counts.value(b); });
    return names;
}

// Jekyll's reading of tags and categories: the singular key's value as it
// is, else the plural key's list, or its string split at white space.

// Jekyll's title for a post without one: the words of its slug, each with
// a capital first letter.
QString titleFromSlug(const QString &slug)
{
    QStringList words = slug.split(u'-', Qt::SkipEmptyParts);
    for (QString &word : words)
        word = word.left(1).toUpper() + word.sliced(1).toLower();
    return words.join(u' ');
}


// The image folder setting a post's image at @p file (absolute) stands
// for: the folder relative to the site, with the post's own name replaced
// by ${filename}.
QString folderPattern(const QString &root, const QString &postPath, const QString &file)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!folder.startsWith(root + u'/'))
        return {};
    QString relative = folder.sliced(root.size());
    const QString base = QFileInfo(postPath).completeBaseName();
    const QString placeholder = QStringLiteral("${filename}");
    if (relative.endsWith(u'/' + base))
        relative = relative.chopped(base.size()) + placeholder;
    else if (relative.contains(u'/' + base + u'/'))
        relative.replace(u'/' + base + u'/', u'/' + placeholder + u'/');
    return relative;
}

// What the scan learns of one post's front matter, to find what most posts
// carry.
struct KeyHabits
{
    int posts = 0;
    double position = 0; // sum of the key's relative position in each post
    QHash<QString, int> values; // one-line values as written
    int flow = 0, block = 0, words = 0;
    QHash<QString, int> blockIndents;
};

// What the scan needs of one file, read on a worker thread.
struct FileReading
{
    bool loaded = false;
    SiteIndex::Post post;
    FrontMatter frontMatter;
    /// The front matter block's lines (template habits).
    QStringList lines;
    /// The image folder patterns of its images (SiteIndex::imageFolder()).
    QSet<QString> imageFolders;
};

FileReading readFile(const QString &path, const QString &root, const SiteConfig &config, const QDateTime &now)
{
    FileReading file;
    const PostFile::LoadResult loaded = PostFile::load(path);
    if (!loaded.file)
        return file;
    file.loaded = true;
    const QString &text = loaded.file->text();
    file.frontMatter = FrontMatter::read(text);
    const FrontMatter &fm = file.frontMatter;
    file.post = SiteIndex::readPost(path, fm, config, now);
    if (!fm.present() || fm.error())
        return file;
    file.lines = text.first(fm.location().bodyStart).split(u'\n');
    // Where this post keeps its images: each folder pattern counts once.
    if (!text.contains(QStringLiteral("![")) && !text.contains(QStringLiteral("<img")))
        return file;
    const Reading reading = Reading::read(text, fm, config.dialect, config.variables);
    const AssetContext context = config.assetContext(path, fm);
    for (const Reading::Reference &reference : reading.references()) {
        if (reference.kind != Reading::Reference::Kind::Image)
            continue;
        const AssetResolution resolved = AssetRef::resolve(reference.url, context);
        if (resolved.status != AssetResolution::Status::Local)
            continue;
        if (const QString pattern = folderPattern(root, path, resolved.path); !pattern.isEmpty())
            file.imageFolders.insert(pattern);
    }
    return file;
}

} // namespace

QString SiteIndex::Post::problem() const
{
    switch (status) {
    case Status::Published:
        return {};
    case Status::Draft:
        return tr("A draft: Jekyll shows it only with --drafts. Publish it to move it into _posts.");
    case Status::NoDate:
        return tr("Its name does not start with a date (YYYY-MM-DD-), so Jekyll skips it.");
    case Status::Unpublished:
        return tr("Its front matter says published: false, so Jekyll skips it.");
    case Status::Future:
        return tr("Its date is in the future, and the site has no future: true, so Jekyll skips it until then.");
    case Status::NoFrontMatter:
        return tr("It has no front matter (a --- block on its first line), so Jekyll publishes it without a title "
                  "or layout of its own.");
    case Status::BrokenFrontMatter:
        return tr("Jekyll cannot read its front matter and publishes it without it.");
    case Status::PartialFrontMatter:
        return tr("Jekyll reads only part of its front matter and ignores the rest.");
    }
    return {};
}

QString SiteIndex::publishingProblem(const QString &path, const QString &text, const SiteConfig &config,
                                    const QDateTime &now)
{
    if (!QDir::fromNativeSeparators(QFileInfo(path).absolutePath() + u'/').contains(QStringLiteral("/_posts/")))
        return {};
    const Post post = readPost(path, text, config, now);
    switch (post.status) {
    case Post::Status::NoDate:
    case Post::Status::NoFrontMatter:
    case Post::Status::Future:
        return post.problem();
    default:
        // Unpublished and front matter problems are the writer's own
        // choice or shown where they are.
        return {};
    }
}

SiteIndex::Post SiteIndex::readPost(const QString &path, const QString &text, const SiteConfig &config,
                                    const QDateTime &now)
{
    return readPost(path, FrontMatter::read(text), config, now);
}

SiteIndex::Post SiteIndex::readPost(const QString &path, const FrontMatter &fm, const SiteConfig &config,
                                    const QDateTime &now)
{
    Post post;
    post.path = path;
    const QString relative = QDir(config.root).relativeFilePath(path);
    post.draft = relative.startsWith(QStringLiteral("_drafts/"));
    const QTimeZone zone = config.timeZone();
    const QFileInfo info(path);
    const QRegularExpressionMatch dated = Site::postName().match(info.fileName());

    const bool readable = fm.present() && !fm.error();
    // Jekyll fills in a title that is missing or null, not an empty one.
    const auto title = readable ? fm.entry(QStringLiteral("title")) : std::nullopt;
    if (title && title->value.kind != YamlValue::Kind::Null)
        post.title = title->value.isScalar() ? title->value.text : title->value.toDisplay();
    else
        post.title = titleFromSlug(dated.hasMatch() && !post.draft ? dated.captured(4) : info.completeBaseName());
    if (readable) {
        post.categories = SiteConfig::listOf(fm, QStringLiteral("category"), QStringLiteral("categories"));
        post.tags = SiteConfig::listOf(fm, QStringLiteral("tag"), QStringLiteral("tags"));
        if (const std::optional<QDateTime> date = config.dateOf(fm))
            post.date = *date;
    }
    if (!post.date.isValid() && dated.hasMatch())
        post.date = SiteConfig::parseDate(QStringLiteral("%1-%2-%3").arg(dated.captured(1), dated.captured(2), dated.captured(3)), zone)
                        .value_or(QDateTime());
    if (!post.date.isValid() && post.draft)
        post.date = info.lastModified().toTimeZone(zone);

    const bool future = config.variables.value(QStringLiteral("site.future")).trimmed().toLower() == u"true";
    if (post.draft)
        post.status = Post::Status::Draft;
    else if (!dated.hasMatch() || !post.date.isValid())
        post.status = Post::Status::NoDate;
    else if (readable && fm.entry(QStringLiteral("published")) && !fm.isTrue(QStringLiteral("published"))
             && fm.entry(QStringLiteral("published"))->value.kind == YamlValue::Kind::Bool)
        post.status = Post::Status::Unpublished;
    else if (!future && post.date > now)
        post.status = Post::Status::Future;
    else if (!fm.present())
        post.status = Post::Status::NoFrontMatter;
    else if (fm.error())
        post.status = Post::Status::BrokenFrontMatter;
    else if (fm.ignored())
        post.status = Post::Status::PartialFrontMatter;
    return post;
}

SiteIndex SiteIndex::scan(const QString &root, const QDateTime &now)
{
    SiteIndex index;
    index.m_root = root;
    index.m_config = SiteConfig::read(root);
    QHash<QString, KeyHabits> habits;
    QHash<QString, int> imageFolders; // pattern => posts using it
    QStringList paths;
    for (const QString &folder : {QStringLiteral("_posts"), QStringLiteral("_drafts")}) {
        QDirIterator it(QDir(root).filePath(folder), {QStringLiteral("*.md"), QStringLiteral("*.markdown")},
                        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
    }
    // Each file on its own, on every core; then counted in one place.
    const SiteConfig &config = index.m_config;
    const QList<FileReading> files = QtConcurrent::blockingMapped(
        paths, [&config, &now, &root](const QString &path) { return readFile(path, root, config, now); });
    for (const FileReading &file : files) {
        if (!file.loaded)
            continue;
        index.m_posts << file.post;
        const FrontMatter &fm = file.frontMatter;
        if (!fm.present() || fm.error())
            continue;
        ++index.m_postCount;
        const QList<YamlEntry> &entries = fm.entries();
        const QStringList &lines = file.lines;
        for (int i = 0; i < entries.size(); ++i) {
            const YamlEntry &entry = entries[i];
            ++index.m_keys[entry.key];
            KeyHabits &habit = habits[entry.key];
            ++habit.posts;
            habit.position += entries.size() > 1 ? double(i) / (entries.size() - 1) : 0.0;
            if (entry.value.kind == YamlValue::Kind::List) {
                if (entry.value.flow) {
                    ++habit.flow;
                } else {
                    ++habit.block;
                    if (entry.lastLine > entry.firstLine && entry.firstLine + 1 < lines.size()) {
                        const QString &item = lines[entry.firstLine + 1];
                        ++habit.blockIndents[item.left(item.indexOf(u'-')).remove(u'\r')];
                    }
                }
            } else if (entry.value.kind == YamlValue::Kind::String && entry.value.text.contains(u' ')) {
                ++habit.words;
            }
            if (entry.firstLine == entry.lastLine && entry.firstLine < lines.size()) {
                QString line = lines[entry.firstLine];
                if (line.endsWith(u'\r'))
                    line.chop(1);
                const qsizetype colon = line.indexOf(u':');
                if (colon > 0)
                    ++habit.values[line.sliced(colon + 1).trimmed()];
            }
            if (entry.key == u"layout" && entry.value.isScalar() && !entry.value.text.isEmpty())
                ++index.m_layouts[entry.value.text];
        }
        for (const QString &tag : SiteConfig::listOf(fm, QStringLiteral("tag"), QStringLiteral("tags")))
            ++index.m_tags[tag];
        for (const QString &category : SiteConfig::listOf(fm, QStringLiteral("category"), QStringLiteral("categories")))
            ++index.m_categories[category];
        for (const QString &pattern : file.imageFolders)
            ++imageFolders[pattern];
    }
    const QDir layouts(QDir(root).filePath(QStringLiteral("_layouts")));
    for (const QFileInfo &file : layouts.entryInfoList(QDir::Files))
        index.m_layouts[file.completeBaseName()] += 0;

    std::stable_sort(index.m_posts.begin(), index.m_posts.end(), [](const Post &a, const Post &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.path > b.path;
    });

    // The most used image folder; on a tie, the one that names the post's
    // own folder, then by name, so that the choice does not depend on the
    // order files were read in.
    int best = 0;
    for (auto it = imageFolders.cbegin(); it != imageFolders.cend(); ++it) {
        const bool better = it.value() > best
                            || (it.value() == best
                                && (it.key().contains(u"${filename}") > index.m_imageFolder.contains(u"${filename}")
                                    || (it.key().contains(u"${filename}") == index.m_imageFolder.contains(u"${filename}")
                                        && it.key() < index.m_imageFolder)));
        if (better) {
            best = it.value();
            index.m_imageFolder = it.key();
        }
    }

    // The front matter most posts carry, in its usual order.
    QList<std::pair<double, TemplateLine>> lines;
    for (auto it = habits.cbegin(); it != habits.cend(); ++it) {
        const KeyHabits &habit = it.value();
        if (2 * habit.posts <= index.m_postCount)
            continue;
        TemplateLine line;
        line.key = it.key();
        for (auto value = habit.values.cbegin(); value != habit.values.cend(); ++value) {
            if (2 * value.value() > habit.posts && !value.key().isEmpty())
                line.value = value.key();
        }
        if (habit.block > habit.flow && habit.block >= habit.words) {
            line.listStyle = TemplateLine::ListStyle::Block;
            int uses = 0;
            for (auto indent = habit.blockIndents.cbegin(); indent != habit.blockIndents.cend(); ++indent) {
                if (indent.value() > uses) {
                    uses = indent.value();
                    line.blockIndent = indent.key();
                }
            }
        } else if (habit.words > habit.flow && habit.words > habit.block) {
            line.listStyle = TemplateLine::ListStyle::Words;
        }
        lines.append({habit.position / habit.posts, line});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.key < b.second.key;
    });
    for (const auto &[position, line] : std::as_const(lines))
        index.m_template << line;
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
