// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlvalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace geul {

YamlValue::Kind YamlValue::plainScalarKind(QStringView text, bool *boolean)
{
    // The plain-scalar rules of Ruby's YAML 1.1 loaders (Psych, and SafeYAML
    // on top of it in Jekyll): booleans in three spellings, sexagesimal
    // numbers (`12:30` is 750), dates and times. Scalars whose reading the
    // two disagree on (`1,000`) are typed as text here; when Geul writes
    // text, it quotes anything either might read otherwise.
    static const QRegularExpression nullPattern(QStringLiteral("^(~|null|Null|NULL)?$"));
    static const QRegularExpression truePattern(QStringLiteral("^(yes|true|on)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression falsePattern(QStringLiteral("^(no|false|off)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integerPattern(
        QStringLiteral("^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0b[01_]+|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)$"));
    static const QRegularExpression floatPattern(
        QStringLiteral("^([-+]?([0-9][0-9_]*)?\\.[0-9]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
                       "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    static const QRegularExpression datePattern(
        QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|\\s+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?(\\s*(Z|[-+]"
                       "[0-9]{1,2}(:?[0-9]{2})?))?)?$"));

    const QString s = text.toString();
    if (nullPattern.match(s).hasMatch())
        return Kind::Null;
    if (truePattern.match(s).hasMatch() || falsePattern.match(s).hasMatch()) {
        if (boolean)
            *boolean = truePattern.match(s).hasMatch();
        return Kind::Bool;
    }
    if (integerPattern.match(s).hasMatch())
        return Kind::Integer;
    if (floatPattern.match(s).hasMatch())
        return Kind::Float;
    if (datePattern.match(s).hasMatch())
        return Kind::Date;
    return Kind::String;
}

QJsonValue YamlValue::toJson() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return boolean;
    case Kind::Integer: {
        QString digits = QString(text).remove(u'_');
        if (digits.contains(u':')) {
            // Sexagesimal: 1:30 is 90.
            const bool negative = digits.startsWith(u'-');
            qlonglong n = 0;
            for (const QString &part : digits.remove(u'-').remove(u'+').split(u':'))
                n = n * 60 + part.toLongLong();
            return double(negative ? -n : n);
        }
        bool ok = false;
        const qlonglong n = digits.startsWith(QLatin1String("0b")) ? digits.mid(2).toLongLong(&ok, 2)
                            : digits.size() > 1 && digits.startsWith(u'0') && !digits.startsWith(QLatin1String("0x"))
                                ? digits.toLongLong(&ok, 8)
                                : digits.toLongLong(&ok, 0);
        return ok ? QJsonValue(double(n)) : QJsonValue(text);
    }
    case Kind::Float: {
        bool ok = false;
        const double d = QString(text).remove(u'_').remove(u',').toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(text);
    }
    case Kind::Date:
    case Kind::String:
        return text;
    case Kind::List: {
        QJsonArray array;
        for (const YamlValue &item : items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Map: {
        QJsonObject object;
        for (const auto &[key, value] : members)
            object.insert(key, value.toJson());
        return object;
    }
    }
    return {};
}

QString YamlValue::toDisplay() const
{
    switch (kind) {
    case Kind::List: {
        QStringList parts;
        for (const YamlValue &item : items)
            parts << item.toDisplay();
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case Kind::Map: {
        QStringList parts;
        for (const auto &[key, value] : members)
            parts << key + QStringLiteral(": ") + value.toDisplay();
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    default:
        return text;
    }
}

} // namespace geul
