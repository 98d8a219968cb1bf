// SPDX-License-Identifier: GPL-3.0-or-later
#include "site.h"

#include "frontmatter.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace geul {

const QRegularExpression &Site::postName()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.*)(\\.[^.]+)$"));
    return pattern;
}

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

namespace {

// The JavaScript string literals of @p text from @p at, in order, decoded.
QStringList stringLiterals(QStringView text)
{
    QStringList out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar quote = text[i];
        if (quote != u'\'' && quote != u'"')
            continue;
        QString value;
        qsizetype j = i + 1;
        for (; j < text.size() && text[j] != quote; ++j) {
            if (text[j] == u'\\' && j + 1 < text.size())
                ++j;
            value += text[j];
        }
        out << value;
        i = j;
    }
    return out;
}

// The bracketed array after @p key (`key: [...]` or `key = [...]`), or empty.
QStringView arrayAfter(QStringView text, QLatin1String key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return {};
    qsizetype open = at + key.size();
    while (open < text.size() && (text[open].isSpace() || text[open] == u':' || text[open] == u'=' || text[open] == u'"'
                                  || text[open] == u'\''))
        ++open;
    if (open >= text.size() || text[open] != u'[')
        return {};
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']' && --depth == 0) {
            return text.sliced(open, i + 1 - open);
        }
    }
    return {};
}

QList<QPair<QString, QString>> pairs(QStringView array)
{
    QList<QPair<QString, QString>> out;
    const QStringList strings = stringLiterals(array);
    for (qsizetype i = 0; i + 1 < strings.size(); i += 2)
        out.append({strings[i], strings[i + 1]});
    return out;
}

} // namespace

MathDelimiters MathDelimiters::forSite(const QString &root, bool themed)
{
    MathDelimiters result;
    enum class Library { None, MathJax, KaTeX } library = Library::None;
    bool ownLayouts = false;
    if (!root.isEmpty()) {
        for (const char *folder : {"_includes", "_layouts"}) {
            QDirIterator it(QDir(root).filePath(QLatin1String(folder)),
                            {QStringLiteral("*.html"), QStringLiteral("*.js"), QStringLiteral("*.liquid")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext() && !result.fromSite) {
                QFile file(it.next());
                if (qstrcmp(folder, "_layouts") == 0)
                    ownLayouts = true;
                if (file.size() > 512 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                const QString text = QString::fromUtf8(file.readAll());
                if (text.contains(QLatin1String("mathjax"), Qt::CaseInsensitive))
                    library = Library::MathJax;
                else if (library == Library::None && text.contains(QLatin1String("katex"), Qt::CaseInsensitive))
                    library = Library::KaTeX;
                if (const QStringView inlines = arrayAfter(text, QLatin1String("inlineMath")); !inlines.isEmpty()) {
                    result.inlineMath = pairs(inlines);
                    result.displayMath = pairs(arrayAfter(text, QLatin1String("displayMath")));
                    if (result.displayMath.isEmpty())
                        result.displayMath = {{QStringLiteral("$$"), QStringLiteral("$$")},
                                              {QStringLiteral("\\["), QStringLiteral("\\]")}};
                    result.fromSite = true;
                } else if (text.contains(QLatin1String("renderMathInElement"))) {
                    // KaTeX's auto-render: {left: "$$", right: "$$", display: true}, ...
                    const QStringView list = arrayAfter(text, QLatin1String("delimiters"));
                    qsizetype at = 0;
                    while ((at = list.indexOf(u'{', at)) >= 0) {
                        const qsizetype close = list.indexOf(u'}', at);
                        if (close < 0)
                            break;
                        const QStringView object = list.sliced(at, close - at);
                        const QStringList strings = stringLiterals(object);
                        if (strings.size() >= 2) {
                            const bool display = object.contains(QLatin1String("true"));
                            (display ? result.displayMath : result.inlineMath).append({strings[0], strings[1]});
                        }
                        at = close + 1;
                    }
                    result.fromSite = !list.isEmpty();
                }
            }
        }
    }
    if (result.fromSite)
        return result;
    const QPair<QString, QString> parentheses{QStringLiteral("\\("), QStringLiteral("\\)")};
    const QPair<QString, QString> dollars{QStringLiteral("$$"), QStringLiteral("$$")};
    const QPair<QString, QString> brackets{QStringLiteral("\\["), QStringLiteral("\\]")};
    if (library != Library::None) {
        // Loaded without delimiters of the site's own: the library's
        // defaults, in which one `$` is text.
        result.inlineMath = {parentheses};
        result.displayMath = {dollars, brackets};
        result.fromSite = true;
    } else if (ownLayouts && !themed) {
        // The site's own layouts load no typesetter: its math is TeX text.
        result.none = true;
    } else {
        result.inlineMath = {parentheses, {QStringLiteral("$"), QStringLiteral("$")}};
        result.displayMath = {dollars, brackets};
    }
    return result;
}

SiteConfig SiteConfig::read(const QString &root)
{
    SiteConfig config;
    config.root = root.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    config.variables = Site::variables(config.root);
    config.dialect = Dialect::forSite(config.root);
    // A theme's layouts are not in the site (a gem, or remote_theme).
    const bool themed = !config.variables.value(QStringLiteral("site.theme")).trimmed().isEmpty()
                        || !config.variables.value(QStringLiteral("site.remote_theme")).trimmed().isEmpty();
    config.math = MathDelimiters::forSite(config.root, themed);
    const QString permalink = config.variables.value(QStringLiteral("site.permalink")).trimmed();
    if (!permalink.isEmpty())
        config.permalink = permalink;
    return config;
}

namespace {

// Jekyll's slugify: runs of what is not a letter, mark or digit become `-`.
// Its `pretty` mode keeps case and `._~!$&'()+,;=@`; its default lowers.
enum class SlugMode { Default, Pretty };
QString slugify(const QString &text, SlugMode mode)
{
    const bool pretty = mode == SlugMode::Pretty;
    QString out;
    bool dash = false;
    for (const QChar c : pretty ? text : text.toLower()) {
        if (c.isLetter() || c.isMark() || c.category() == QChar::Number_DecimalDigit
            || (pretty && QStringView(u"._~!$&'()+,;=@").contains(c))) {
            out += c;
            dash = false;
        } else if (!dash) {
            out += u'-';
            dash = true;
        }
    }
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}


} // namespace

QStringList SiteConfig::listOf(const FrontMatter &fm, const QString &singular, const QString &plural)
{
    const auto item = [](const YamlValue &value) { return value.isScalar() ? value.text : QString(); };
    if (const auto entry = fm.entry(singular); entry && entry->value.kind != YamlValue::Kind::Null) {
        if (entry->value.kind != YamlValue::Kind::List)
            return {item(entry->value)};
        QStringList out;
        for (const YamlValue &value : entry->value.items)
            if (value.kind != YamlValue::Kind::Null)
                out << item(value);
        return out;
    }
    const auto entry = fm.entry(plural);
    if (!entry)
        return {};
    if (entry->value.kind == YamlValue::Kind::List) {
        QStringList out;
        for (const YamlValue &value : entry->value.items)
            if (value.kind != YamlValue::Kind::Null)
                out << item(value);
        return out;
    }
    if (entry->value.kind == YamlValue::Kind::String)
        return entry->value.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return {};
}

QTimeZone SiteConfig::timeZone() const
{
    const QString name = variables.value(QStringLiteral("site.timezone")).trimmed();
    if (!name.isEmpty()) {
        const QTimeZone zone(name.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

std::optional<QDateTime> SiteConfig::parseDate(QStringView text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{2,4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d*)?)?)?"
                       "[ \\t]*(Z|[+-]\\d{1,2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = pattern.matchView(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(), match.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QStringView offset = match.capturedView(7);
    if (offset.isEmpty())
        return QDateTime(date, time, zone);
    if (offset == u"Z")
        return QDateTime(date, time, QTimeZone::UTC).toTimeZone(zone);
    QString digits = offset.sliced(1).toString().remove(u':');
    if (digits.size() <= 2)
        digits += QStringLiteral("00");
    const int hours = digits.chopped(2).toInt();
    const int minutes = digits.right(2).toInt();
    const int seconds = (offset.front() == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(seconds)).toTimeZone(zone);
}

std::optional<QDateTime> SiteConfig::dateOf(const FrontMatter &frontMatter) const
{
    const std::optional<YamlEntry> entry = frontMatter.entry(QStringLiteral("date"));
    if (!entry)
        return std::nullopt;
    const bool utc = entry->value.kind == YamlValue::Kind::Date && entry->value.quote.isNull() && entry->value.text.contains(u':');
    const QTimeZone zone = timeZone();
    if (const std::optional<QDateTime> date = parseDate(frontMatter.scalar(QStringLiteral("date")), utc ? QTimeZone::UTC : zone))
        return date->toTimeZone(zone);
    return std::nullopt;
}

QString SiteConfig::urlOf(const QString &path, const FrontMatter &frontMatter) const
{
    if (root.isEmpty())
        return {};
    const QString relative = QDir(root).relativeFilePath(QFileInfo(path).absoluteFilePath());
    if (relative.startsWith(QLatin1String("..")))
        return {};
    QStringList parts = relative.split(u'/');
    const QString fileName = parts.takeLast();
    const qsizetype postsAt = std::max(parts.indexOf(QStringLiteral("_posts")), parts.indexOf(QStringLiteral("_drafts")));
    QString permalinkOfPage = frontMatter.scalar(QStringLiteral("permalink"));
    if (postsAt < 0) {
        // A page: its path, or its own permalink.
        if (!permalinkOfPage.isEmpty())
            return permalinkOfPage.startsWith(u'/') ? permalinkOfPage : u'/' + permalinkOfPage;
        QString name = QFileInfo(fileName).completeBaseName();
        QString folder = parts.join(u'/');
        if (!folder.isEmpty())
            folder = u'/' + folder;
        return name == u"index" ? QString(folder + u'/') : QString(folder + u'/' + name + QStringLiteral(".html"));
    }
    // A post: the site's permalink, its date, title and categories.
    const QRegularExpressionMatch m = Site::postName().match(fileName);
    // The date's day in the site's time zone, as Jekyll formats it.
    QDate date = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                              : QFileInfo(path).lastModified().toTimeZone(timeZone()).date();
    if (const std::optional<QDateTime> keyed = dateOf(frontMatter))
        date = keyed->date();
    const QString title = m.hasMatch() ? m.captured(4) : QFileInfo(fileName).completeBaseName();
    // Folders above _posts are categories too, before the post's own.
    QStringList categories = parts.mid(0, postsAt);
    categories << listOf(frontMatter, QStringLiteral("category"), QStringLiteral("categories"));
    QStringList unique;
    for (const QString &c : std::as_const(categories)) {
        if (!unique.contains(c.toLower()))
            unique << c.toLower();
    }
    QString slug = frontMatter.scalar(QStringLiteral("slug"));
    QString pattern = permalinkOfPage.isEmpty() ? permalink : permalinkOfPage;
    if (pattern == u"date")
        pattern = QStringLiteral("/:categories/:year/:month/:day/:title:output_ext");
    else if (pattern == u"pretty")
        pattern = QStringLiteral("/:categories/:year/:month/:day/:title/");
    else if (pattern == u"ordinal")
        pattern = QStringLiteral("/:categories/:year/:y_day/:title:output_ext");
    else if (pattern == u"weekdate")
        pattern = QStringLiteral("/:categories/:year/W:week/:short_day/:title:output_ext");
    else if (pattern == u"none")
        pattern = QStringLiteral("/:categories/:title:output_ext");
    const QHash<QString, QString> values{
        {QStringLiteral("categories"), unique.join(u'/')},
        {QStringLiteral("year"), date.toString(QStringLiteral("yyyy"))},
        {QStringLiteral("short_year"), date.toString(QStringLiteral("yy"))},
        {QStringLiteral("month"), date.toString(QStringLiteral("MM"))},
        {QStringLiteral("i_month"), QString::number(date.month())},
        {QStringLiteral("day"), date.toString(QStringLiteral("dd"))},
        {QStringLiteral("i_day"), QString::number(date.day())},
        {QStringLiteral("y_day"), QStringLiteral("%1").arg(date.dayOfYear(), 3, 10, QLatin1Char('0'))},
        {QStringLiteral("title"), slugify(slug.isEmpty() ? title : slug, SlugMode::Pretty)},
        {QStringLiteral("slug"), slugify(slug.isEmpty() ? title : slug, SlugMode::Default)},
        {QStringLiteral("name"), slugify(QFileInfo(fileName).completeBaseName(), SlugMode::Default)},
        {QStringLiteral("output_ext"), QStringLiteral(".html")},
        {QStringLiteral("collection"), QStringLiteral("posts")},
    };
    static const QRegularExpression placeholder(QStringLiteral(":([a-z_]+)"));
    QString url;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &p : placeholder.globalMatch(pattern)) {
        url += QStringView(pattern).sliced(last, p.capturedStart() - last);
        // The longest known name (`:title:output_ext` holds two).
        QString name = p.captured(1);
        qsizetype used = name.size();
        while (!values.contains(name.first(used)) && used > 1)
            --used;
        url += values.value(name.first(used), u':' + name.first(used)) + name.sliced(used);
        last = p.capturedEnd();
    }
    url += QStringView(pattern).sliced(last);
    static const QRegularExpression slashes(QStringLiteral("/+"));
    url.replace(slashes, QStringLiteral("/"));
    if (!url.startsWith(u'/'))
        url.prepend(u'/');
    return url;
}

AssetContext SiteConfig::assetContext(const QString &path, const FrontMatter &frontMatter) const
{
    AssetContext context = AssetContext::forPost(path, root, frontMatter.scalar(QStringLiteral("typora-root-url")));
    context.baseUrl = variables.value(QStringLiteral("site.baseurl"));
    const QString url = urlOf(path, frontMatter);
    if (!url.isEmpty())
        context.pageFolder = url.first(url.lastIndexOf(u'/') + 1);
    return context;
}

QString MathDelimiters::toJson() const
{
    const auto array = [](const QList<QPair<QString, QString>> &list) {
        QJsonArray out;
        for (const auto &[open, close] : list)
            out.append(QJsonArray{open, close});
        return out;
    };
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("inline"), array(inlineMath)}, {QStringLiteral("display"), array(displayMath)}})
            .toJson(QJsonDocument::Compact));
}

} // namespace geul
