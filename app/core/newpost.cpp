// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpost.h"

#include "frontmatter.h"
#include "imagestore.h"
#include "postfile.h"
#include "romanization.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace geul {

namespace {

YamlValue stringValue(const QString &text)
{
    YamlValue value;
    value.kind = YamlValue::Kind::String;
    value.text = text;
    return value;
}

// `key: value` for a list in the site's usual style.
QString listLine(const QString &key, const QStringList &items, const SiteIndex::TemplateLine &habit)
{
    if (items.isEmpty())
        return key + u':';
    if (habit.listStyle == SiteIndex::TemplateLine::ListStyle::Words && items.size() > 0
        && std::none_of(items.cbegin(), items.cend(), [](const QString &item) { return item.contains(u' '); }))
        return key + QStringLiteral(": ") + FrontMatter::render(stringValue(items.join(u' ')));
    YamlValue list;
    list.kind = YamlValue::Kind::List;
    list.flow = habit.listStyle != SiteIndex::TemplateLine::ListStyle::Block;
    for (const QString &item : items)
        list.items << stringValue(item);
    const QString rendered = FrontMatter::render(list, &list, habit.blockIndent);
    return key + (rendered.startsWith(u'\n') ? QStringLiteral(":") : QStringLiteral(": ")) + rendered;
}

} // namespace

QString NewPost::dateText(const QDateTime &date)
{
    const int offset = date.offsetFromUtc() / 60;
    return date.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + (offset < 0 ? u'-' : u'+')
           + QStringLiteral("%1%2").arg(std::abs(offset) / 60, 2, 10, QChar(u'0')).arg(std::abs(offset) % 60, 2, 10, QChar(u'0'));
}

NewPost::Plan NewPost::plan(const SiteIndex &site, const Request &request)
{
    Plan plan;
    const QString title = request.title.trimmed();
    QString slug = request.slug.trimmed();
    if (slug.isEmpty())
        slug = Romanization::slug(title);
    if (slug.isEmpty()) {
        plan.error = tr("The post needs a title or a file name.");
        return plan;
    }
    if (!ImageStore::isPlainFileName(slug + QStringLiteral(".md")) || slug.startsWith(u'.')) {
        plan.error = tr("“%1” cannot name a file: leave out / \\ : * ? \" < > | and control characters.").arg(slug);
        return plan;
    }
    const QDateTime date = request.date.isValid() ? request.date : QDateTime::currentDateTime().toTimeZone(site.config().timeZone());
    const QDir root(site.root());
    plan.path = request.draft ? root.filePath(QStringLiteral("_drafts/%1.md").arg(slug))
                              : root.filePath(QStringLiteral("_posts/%1-%2.md").arg(date.toString(QStringLiteral("yyyy-MM-dd")), slug));
    if (QFileInfo::exists(plan.path)) {
        plan.error = tr("%1 already exists.").arg(QDir::toNativeSeparators(plan.path));
        plan.path.clear();
        return plan;
    }

    // The keys the site's posts carry, in their order; then what the
    // writer gave that they do not carry.
    QStringList lines;
    QStringList given{QStringLiteral("title")};
    const auto line = [&](const QString &key, const SiteIndex::TemplateLine &habit) -> QString {
        if (key == u"title")
            return key + QStringLiteral(": ") + FrontMatter::render(stringValue(title));
        if (key == u"date")
            return key + QStringLiteral(": ") + dateText(date);
        if (key == u"layout")
            return key + QStringLiteral(": ") + FrontMatter::render(stringValue(request.layout.isEmpty() ? habit.value : request.layout.trimmed()));
        if (key == u"categories" || key == u"category")
            return listLine(key, request.categories, habit);
        if (key == u"tags" || key == u"tag")
            return listLine(key, request.tags, habit);
        if (habit.value.isEmpty())
            return key + u':';
        return key + QStringLiteral(": ") + habit.value;
    };
    QSet<QString> written;
    const QList<SiteIndex::TemplateLine> &habits = site.frontMatterTemplate();
    const auto has = [&habits](const QString &key) {
        return std::any_of(habits.cbegin(), habits.cend(), [&key](const auto &habit) { return habit.key == key; });
    };
    if (!has(QStringLiteral("title")))
        lines << line(QStringLiteral("title"), {});
    for (const SiteIndex::TemplateLine &habit : habits) {
        if (habit.key == u"layout" && request.layout.isEmpty() && habit.value.isEmpty())
            continue;
        lines << line(habit.key, habit);
        written.insert(habit.key);
    }
    if (request.timeGiven && !request.draft && !written.contains(QStringLiteral("date"))) {
        const auto title = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(u"title:"); });
        lines.insert(title == lines.cend() ? lines.size() : title - lines.cbegin() + 1, line(QStringLiteral("date"), {}));
    }
    if (!request.layout.isEmpty() && !written.contains(QStringLiteral("layout")))
        lines.insert(1, line(QStringLiteral("layout"), {}));
    if (!request.categories.isEmpty() && !written.contains(QStringLiteral("categories"))
        && !written.contains(QStringLiteral("category")))
        lines << line(QStringLiteral("categories"), {});
    if (!request.tags.isEmpty() && !written.contains(QStringLiteral("tags")) && !written.contains(QStringLiteral("tag")))
        lines << line(QStringLiteral("tags"), {});
    plan.text = QStringLiteral("---\n") + lines.join(u'\n') + QStringLiteral("\n---\n\n");
    return plan;
}

bool NewPost::writesTime(const SiteIndex &site)
{
    const QList<SiteIndex::TemplateLine> &habits = site.frontMatterTemplate();
    return std::any_of(habits.cbegin(), habits.cend(), [](const auto &habit) { return habit.key == u"date"; });
}

bool NewPost::create(const Plan &plan, QString *error)
{
    if (plan.path.isEmpty()) {
        *error = plan.error;
        return false;
    }
    if (!QDir().mkpath(QFileInfo(plan.path).absolutePath())) {
        *error = tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(QFileInfo(plan.path).absolutePath()));
        return false;
    }
    // NewOnly: another program may have made the file since the plan.
    QFile file(plan.path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = QFileInfo::exists(plan.path)
                     ? tr("%1 already exists.").arg(QDir::toNativeSeparators(plan.path))
                     : tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(plan.path), file.errorString());
        return false;
    }
    const QByteArray bytes = plan.text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(plan.path), file.errorString());
        file.close();
        file.remove();
        return false;
    }
    file.close();
    return true;
}

} // namespace geul
