// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace geul {

/// A new post or draft for a Jekyll site, written the way the site's posts
/// are: its front matter has the keys most of them carry, in their order
/// and spelling (SiteIndex::frontMatterTemplate()), with the title, date,
/// layout, categories and tags given. Reentrant.
class NewPost
{
    Q_DECLARE_TR_FUNCTIONS(geul::NewPost)

public:
    struct Request
    {
        QString title;
        /// In the site's time zone (see SiteConfig::timeZone()).
        QDateTime date;
        /// Empty: romanized from the title (Romanization::slug()).
        QString slug;
        QString layout;
        QStringList categories;
        QStringList tags;
        /// `_drafts/<slug>.md` rather than `_posts/YYYY-MM-DD-<slug>.md`.
        bool draft = false;
        /// The writer chose a time of day: it is written as `date:` even
        /// where the site's posts carry no such key (else the name's date
        /// alone would say midnight).
        bool timeGiven = false;
    };

    /// Whether most of @p site's posts carry a `date:` key, so that a new
    /// one carries its time of day too.
    static bool writesTime(const SiteIndex &site);

    struct Plan
    {
        /// Absolute; empty when the post cannot be made.
        QString path;
        QString text;
        /// Why not, for people.
        QString error;
    };

    /// The file @p request makes in @p site. Refuses a slug that cannot
    /// name a file and a file that exists.
    static Plan plan(const SiteIndex &site, const Request &request);
    /// Writes the planned file; never replaces an existing one (another
    /// program may have made it since the plan). False with @p error.
    static bool create(const Plan &plan, QString *error);

    /// The date as a post's `date:` key has it: `2024-01-02 09:30:00 +0900`.
    static QString dateText(const QDateTime &date);
};

} // namespace geul
