// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include "yamlreader.h"

#include <QDir>
#include <QFile>

namespace geul {

namespace {

const YamlValue *member(const YamlValue &map, QStringView key)
{
    for (const auto &[name, value] : map.members) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

bool truthy(const YamlValue &value, bool fallback)
{
    if (value.kind == YamlValue::Kind::Bool)
        return value.boolean;
    if (value.kind == YamlValue::Kind::Null)
        return false;
    const QString text = value.text.trimmed().toLower();
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    return fallback;
}

QStringList listOf(const YamlValue &value)
{
    QStringList out;
    if (value.kind == YamlValue::Kind::List) {
        for (const YamlValue &item : value.items)
            out << item.text.trimmed();
    } else if (value.isScalar() && value.kind != YamlValue::Kind::Null) {
        for (const QString &part : value.text.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

} // namespace

Dialect Dialect::fromConfig(const QList<YamlEntry> &config)
{
    Dialect dialect;
    const auto entry = [&config](QStringView key) -> const YamlValue * {
        for (const YamlEntry &e : config) {
            if (e.key == key)
                return &e.value;
        }
        return nullptr;
    };
    if (const YamlValue *markdown = entry(u"markdown"); markdown && markdown->isScalar()) {
        const QString name = markdown->text.trimmed().toLower();
        if (name == u"commonmark" || name == u"commonmarkghpages") {
            dialect.engine = Engine::CommonMark;
            // jekyll-commonmark has no options and no extensions unless the
            // site lists them; GitHub Pages' variant starts with GFM's.
            if (name == u"commonmarkghpages") {
                dialect.commonMark.extensions = {QStringLiteral("strikethrough"), QStringLiteral("autolink"),
                                                 QStringLiteral("table"), QStringLiteral("tagfilter")};
                dialect.commonMark.options = {QStringLiteral("FOOTNOTES")};
            }
        } else if (!name.isEmpty() && name != u"kramdown") {
            dialect.notes << tr("The site's markdown: %1 is not a converter Geul knows; Geul reads its posts with "
                                "kramdown")
                                 .arg(markdown->text.trimmed());
        }
    }
    if (const YamlValue *commonmark = entry(u"commonmark"); commonmark && commonmark->kind == YamlValue::Kind::Map) {
        if (const YamlValue *options = member(*commonmark, u"options"))
            dialect.commonMark.options = listOf(*options);
        if (const YamlValue *extensions = member(*commonmark, u"extensions"))
            dialect.commonMark.extensions = listOf(*extensions);
    }
    if (const YamlValue *highlighter = entry(u"highlighter")) {
        const QString name = highlighter->text.trimmed().toLower();
        if (highlighter->kind == YamlValue::Kind::Null || (name != u"rouge" && name != u"coderay"))
            dialect.kramdown.syntaxHighlighter = false;
    }
    const YamlValue *kramdown = entry(u"kramdown");
    if (!kramdown || kramdown->kind != YamlValue::Kind::Map)
        return dialect;
    KramdownOptions &k = dialect.kramdown;
    for (const auto &[key, value] : kramdown->members) {
        const QString text = value.text.trimmed();
        if (key == u"input") {
            k.gfm = text.compare(QLatin1String("GFM"), Qt::CaseInsensitive) == 0;
            if (!k.gfm && text.compare(QLatin1String("kramdown"), Qt::CaseInsensitive) != 0)
                dialect.notes << tr("kramdown's input %1 is not one Geul knows; Geul reads posts as kramdown").arg(text);
        } else if (key == u"hard_wrap") {
            k.hardWrap = truthy(value, k.hardWrap);
        } else if (key == u"auto_ids") {
            k.autoIds = truthy(value, k.autoIds);
        } else if (key == u"auto_id_prefix") {
            k.autoIdPrefix = text;
        } else if (key == u"auto_id_stripping") {
            k.autoIdStripping = truthy(value, k.autoIdStripping);
        } else if (key == u"transliterated_header_ids") {
            k.transliteratedHeaderIds = truthy(value, false);
            if (k.transliteratedHeaderIds)
                dialect.notes << tr("transliterated_header_ids is not followed: heading ids keep their letters");
        } else if (key == u"smart_quotes") {
            const QStringList quotes = listOf(value);
            if (quotes.size() == 4)
                k.smartQuotes = quotes;
        } else if (key == u"typographic_symbols") {
            for (const auto &[name, symbol] : value.members)
                k.typographicSymbols.insert(name, symbol.text);
        } else if (key == u"parse_block_html") {
            k.parseBlockHtml = truthy(value, k.parseBlockHtml);
        } else if (key == u"parse_span_html") {
            k.parseSpanHtml = truthy(value, k.parseSpanHtml);
        } else if (key == u"math_engine") {
            k.mathEngine = value.kind == YamlValue::Kind::Null ? QString() : text.toLower();
            if (!k.mathEngine.isEmpty() && k.mathEngine != u"mathjax")
                dialect.notes << tr("kramdown's math_engine %1 is shown as MathJax would show it").arg(text);
        } else if (key == u"toc_levels") {
            QList<int> levels;
            if (value.kind == YamlValue::Kind::List) {
                for (const YamlValue &item : value.items)
                    levels << item.text.toInt();
            } else if (text.contains(QLatin1String(".."))) {
                const int from = text.section(QLatin1String(".."), 0, 0).toInt();
                const int to = text.section(QLatin1String(".."), 1).remove(u'.').toInt();
                for (int i = from; i <= to; ++i)
                    levels << i;
            } else {
                for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
                    levels << part.trimmed().toInt();
            }
            if (!levels.isEmpty())
                k.tocLevels = levels;
        } else if (key == u"footnote_nr") {
            k.footnoteNumber = std::max(1, text.toInt());
        } else if (key == u"footnote_prefix") {
            k.footnotePrefix = text;
        } else if (key == u"footnote_backlink") {
            k.footnoteBacklink = value.text;
        } else if (key == u"footnote_backlink_inline") {
            k.footnoteBacklinkInline = truthy(value, false);
        } else if (key == u"header_offset") {
            k.headerOffset = text.toInt();
        } else if (key == u"gfm_quirks") {
            const QStringList quirks = listOf(value);
            k.paragraphEndQuirk = quirks.contains(QStringLiteral("paragraph_end"));
            k.noAutoTypographic = quirks.contains(QStringLiteral("no_auto_typographic"));
        } else if (key == u"entity_output") {
            k.entityOutput = text.startsWith(u':') ? text.sliced(1) : text;
        } else if (key == u"syntax_highlighter") {
            k.syntaxHighlighter = value.kind != YamlValue::Kind::Null && text.toLower() == u"rouge";
        } else if (key == u"remove_line_breaks_for_cjk") {
            k.removeLineBreaksForCjk = truthy(value, false);
        } else if (key == u"guess_lang") {
            k.guessLanguage = truthy(value, true);
        }
    }
    return dialect;
}

Dialect Dialect::forSite(const QString &siteRoot)
{
    if (siteRoot.isEmpty())
        return {};
    QFile file(QDir(siteRoot).filePath(QStringLiteral("_config.yml")));
    // A configuration is small; a huge one is not what we think it is.
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return {};
    const YamlReader::Mapping config = YamlReader::readMapping(QString::fromUtf8(file.readAll()));
    return fromConfig(config.entries);
}

QString Dialect::name() const
{
    if (engine == Engine::CommonMark)
        return QStringLiteral("CommonMark");
    return kramdown.gfm ? QStringLiteral("kramdown (GFM)") : QStringLiteral("kramdown");
}

} // namespace geul
