// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace geul {

class FrontMatter;

/// What the posts of a Jekyll site are and use: each post and draft as
/// Jekyll reads it (title, date, categories, tags, whether it is
/// published), the layouts, tags, categories and front-matter keys with how
/// many posts use each, and the habits a new post should follow (its front
/// matter, its image folder). Value type; scan() reads files and is
/// reentrant, so it may run on a worker thread.
class SiteIndex
{
    Q_DECLARE_TR_FUNCTIONS(geul::SiteIndex)

public:
    /// One post or draft, as `jekyll build` reads it.
    struct Post
    {
        /// Why Jekyll does not publish it, or publishes it otherwise than
        /// meant; Published when all is well.
        enum class Status {
            Published,
            Draft, ///< in `_drafts/`: only `jekyll build --drafts` shows it
            NoDate, ///< its name does not start with YYYY-MM-DD-: skipped
            Unpublished, ///< `published: false`
            Future, ///< dated later than now, and the site has no `future: true`
            NoFrontMatter, ///< published, but without a title or layout of its own
            BrokenFrontMatter, ///< published, but Jekyll cannot read its front matter
            PartialFrontMatter, ///< published, but Jekyll ignores part of its front matter
        };

        /// Absolute.
        QString path;
        /// Jekyll's `page.title`: the front matter's, else the words of the
        /// file name (`my-first-post` → `My First Post`).
        QString title;
        /// Jekyll's `page.date` in the site's time zone: the front matter's
        /// `date`, else the file name's; a draft without either: the file's
        /// modification time. Invalid when there is none.
        QDateTime date;
        QStringList categories;
        QStringList tags;
        bool draft = false;
        Status status = Status::Published;

        /// Whether `jekyll build` writes it as a page.
        bool published() const
        {
            return status == Status::Published || status == Status::NoFrontMatter
                   || status == Status::BrokenFrontMatter || status == Status::PartialFrontMatter;
        }
        /// What is wrong, for people; empty when Status::Published.
        QString problem() const;
    };

    /// Reads the front matter of every Markdown file under `_posts/` and
    /// `_drafts/` of @p root (and their subfolders), and the names in
    /// `_layouts/`. @p now decides which posts are in the future.
    static SiteIndex scan(const QString &root, const QDateTime &now = QDateTime::currentDateTime());

    /// The post at @p path (absolute, inside the site at @p config's root),
    /// whose whole text is @p text, as Jekyll reads it at @p now.
    static Post readPost(const QString &path, const QString &text, const SiteConfig &config, const QDateTime &now);
    /// The same, for a caller that has read the front matter already.
    static Post readPost(const QString &path, const FrontMatter &frontMatter, const SiteConfig &config,
                         const QDateTime &now);
    /// What goes wrong when Jekyll publishes the post saved at @p path (in a
    /// `_posts` folder) with @p text, for people: no date in its name, no
    /// front matter, a date still to come. Empty when nothing does, or when
    /// @p path is not under `_posts` (a page, a draft).
    static QString publishingProblem(const QString &path, const QString &text, const SiteConfig &config,
                                     const QDateTime &now);
    // Dates and the site's time zone: SiteConfig::parseDate(),
    // SiteConfig::dateOf() and SiteConfig::timeZone().

    QString root() const { return m_root; }
    /// The site's configuration (dialect, variables, math), read once.
    const SiteConfig &config() const { return m_config; }
    /// How many posts and drafts have front matter that can be read.
    int postCount() const { return m_postCount; }
    /// Every post and draft, newest first.
    const QList<Post> &posts() const { return m_posts; }
    /// Most used first, then by name.
    QStringList layouts() const;
    QStringList tags() const;
    QStringList categories() const;
    QStringList keys() const;
    /// How many posts use the front-matter key @p key.
    int keyUses(const QString &key) const { return m_keys.value(key); }

    /// Where most of the site's posts keep their images, as an image
    /// folder setting: `/images/${filename}` when they use a folder named
    /// after the post under `/images`, `/assets/img` when they share one;
    /// empty when no post links a local image.
    QString imageFolder() const { return m_imageFolder; }

    /// A line of the front matter most posts carry.
    struct TemplateLine
    {
        QString key;
        /// The value as most posts that carry the key write it (`True`,
        /// `../`), or empty when it differs from post to post.
        QString value;
        /// How the key's list values are written: `[a, b]` (flow), one
        /// `- item` per line (block, with this indentation before `-`), or
        /// words separated by spaces (scalar).
        enum class ListStyle { Flow, Block, Words } listStyle = ListStyle::Flow;
        QString blockIndent = QStringLiteral("  ");
    };
    /// The keys more than half of the posts carry, in the order they
    /// usually come in, each with its usual value.
    const QList<TemplateLine> &frontMatterTemplate() const { return m_template; }

private:
    QString m_root;
    SiteConfig m_config;
    int m_postCount = 0;
    QList<Post> m_posts;
    QMap<QString, int> m_layouts;
    QMap<QString, int> m_tags;
    QMap<QString, int> m_categories;
    QMap<QString, int> m_keys;
    QString m_imageFolder;
    QList<TemplateLine> m_template;
};

} // namespace geul
