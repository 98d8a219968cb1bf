// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace geul {

struct YamlEntry;

/// kramdown's options, as Jekyll sets them (Jekyll's defaults, then the
/// site's `kramdown:` settings). Names follow kramdown's.
struct KramdownOptions
{
    /// `input: GFM` (Jekyll's default) rather than plain `kramdown`.
    bool gfm = true;
    bool hardWrap = false;
    bool autoIds = true;
    QString autoIdPrefix;
    bool autoIdStripping = false;
    bool transliteratedHeaderIds = false;
    /// The entities for ‘ ’ “ ”, in that order.
    QStringList smartQuotes{QStringLiteral("lsquo"), QStringLiteral("rsquo"), QStringLiteral("ldquo"),
                            QStringLiteral("rdquo")};
    /// What typographic symbols become, by kramdown's names (`hellip`,
    /// `mdash`, `ndash`, `laquo`, `raquo`, `laquo_space`, `raquo_space`),
    /// when not the usual characters.
    QHash<QString, QString> typographicSymbols;
    bool parseBlockHtml = false;
    bool parseSpanHtml = true;
    /// `mathjax` (kramdown's default), or empty for none.
    QString mathEngine = QStringLiteral("mathjax");
    QList<int> tocLevels{1, 2, 3, 4, 5, 6};
    int footnoteNumber = 1;
    QString footnotePrefix;
    QString footnoteBacklink = QStringLiteral("&#8617;");
    bool footnoteBacklinkInline = false;
    int headerOffset = 0;
    /// GFM quirks: `paragraph_end` (the default) and `no_auto_typographic`.
    bool paragraphEndQuirk = true;
    bool noAutoTypographic = false;
    bool removeLineBreaksForCjk = false;
    /// Code is highlighted (Jekyll's Rouge), which also shapes its HTML.
    bool syntaxHighlighter = true;
    /// Rouge guesses a language for code that names none (Jekyll's `guess_lang`).
    bool guessLanguage = true;
    /// `as_char` (Jekyll's default), `as_input`, `numeric` or `symbolic`.
    QString entityOutput = QStringLiteral("as_char");
};

/// cmark-gfm's settings for a site whose `markdown:` is `CommonMark` or
/// `CommonMarkGhPages` (jekyll-commonmark).
struct CommonMarkOptions
{
    /// cmark-gfm extensions by name (`table`, `strikethrough`, `autolink`,
    /// `tagfilter`, `tasklist`).
    QStringList extensions;
    /// cmark options by name (`SMART`, `FOOTNOTES`, `HARDBREAKS`, `UNSAFE`, ...).
    QStringList options;
};

/// The Markdown a site is written in: the converter Jekyll runs on its
/// posts and that converter's settings, from the site's `_config.yml`.
/// A post outside any site gets Jekyll's defaults (kramdown, GFM input).
/// Value type.
struct Dialect
{
    Q_DECLARE_TR_FUNCTIONS(geul::Dialect)

public:
    enum class Engine { Kramdown, CommonMark };

    Engine engine = Engine::Kramdown;
    KramdownOptions kramdown;
    CommonMarkOptions commonMark;
    /// Settings that Geul reads differently from Jekyll or not at all, for people.
    QStringList notes;

    /// The dialect of the site at @p siteRoot (its `_config.yml`), or
    /// Jekyll's default when @p siteRoot is empty or has no readable
    /// configuration.
    static Dialect forSite(const QString &siteRoot);
    /// The dialect that the top-level keys @p config of a `_config.yml` set.
    static Dialect fromConfig(const QList<YamlEntry> &config);

    /// A short name for people: `kramdown (GFM)`, `CommonMark`, ...
    QString name() const;
};

} // namespace geul
