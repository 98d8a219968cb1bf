// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace geul {

/// A YAML value as Jekyll reads it, typed for the UI. Scalars keep the text
/// as written (dates stay strings, numbers keep their spelling). Value type.
///
/// Types follow Ruby's Psych, the YAML parser Jekyll uses (YAML 1.1 rules
/// for plain scalars): `true`/`yes`/`on` and `false`/`no`/`off` in any case
/// are booleans, `~`, `null` and nothing are null, `2024-01-02` is a date,
/// `2024-01-02 10:00:00 +0900` a time, and only quoting makes them strings.
struct YamlValue
{
    enum class Kind { Null, Bool, Integer, Float, Date, String, List, Map };

    Kind kind = Kind::Null;
    /// The scalar as written, without quotes (for Bool: `True`, `yes`, ...).
    QString text;
    bool boolean = false;
    QList<YamlValue> items;
    QList<QPair<QString, YamlValue>> members;
    /// Written in flow style (`[a, b]`, `{a: 1}`) rather than block style.
    bool flow = false;
    /// The scalar was quoted with this character (`'` or `"`), or is plain.
    QChar quote;

    bool isScalar() const { return kind != Kind::List && kind != Kind::Map; }
    /// The value for JSON: booleans as booleans, numbers as numbers, lists
    /// as arrays, maps as objects, dates as the string written.
    QJsonValue toJson() const;
    /// A one-line rendering for people: scalars as written, lists as
    /// `[a, b]`, maps as `{a: 1}`.
    QString toDisplay() const;

    /// The type of the plain (unquoted) scalar @p text under Psych's rules.
    static Kind plainScalarKind(QStringView text, bool *boolean = nullptr);
};

/// A top-level key of a front matter block, with where it stands.
struct YamlEntry
{
    QString key;
    YamlValue value;
    /// Lines of the key in the text given to the reader (0-based, inclusive):
    /// the key's own line and every line of its value.
    int firstLine = 0;
    int lastLine = 0;
};

/// A YAML problem, with 1-based line and column.
struct YamlError
{
    int line = 0;
    int column = 0;
    QString message;
    /// For a problem that spans lines (lines that are ignored): the last
    /// line of the span (1-based, inclusive); 0 otherwise.
    int lastLine = 0;
};

} // namespace geul
