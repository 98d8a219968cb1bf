// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace geul::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The bytes of a valid 1×1 PNG image.
inline QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

/// A readable account of where two texts differ: the first differing line
/// with a few lines of context from both sides, or an empty string.
inline QString lineDiff(const QString &expected, const QString &actual)
{
    if (expected == actual)
        return {};
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    qsizetype first = 0;
    while (first < e.size() && first < a.size() && e[first] == a[first])
        ++first;
    QString out = QStringLiteral("first difference at line %1\n").arg(first + 1);
    const qsizetype from = std::max<qsizetype>(0, first - 2);
    for (qsizetype i = from; i < first; ++i)
        out += QStringLiteral("  %1\n").arg(e[i]);
    for (qsizetype i = first; i < std::min(e.size(), first + 4); ++i)
        out += QStringLiteral("- %1\n").arg(e[i]);
    for (qsizetype i = first; i < std::min(a.size(), first + 4); ++i)
        out += QStringLiteral("+ %1\n").arg(a[i]);
    return out;
}

} // namespace geul::test
