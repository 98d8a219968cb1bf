// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

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

/// A full disk, while it lives: no file this process writes may grow past
/// @p bytes (RLIMIT_FSIZE, which holds for root too; the signal it sends
/// is ignored, so a write fails with EFBIG instead).
class FullDisk
{
public:
    explicit FullDisk(rlim_t bytes = 4096)
    {
        m_set = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = m_old;
        small.rlim_cur = bytes;
        m_set = m_set && setrlimit(RLIMIT_FSIZE, &small) == 0;
    }
    ~FullDisk()
    {
        if (m_set)
            setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
    /// Whether the limit could be set.
    bool isSet() const { return m_set; }

private:
    rlimit m_old{};
    void (*m_handler)(int) = SIG_DFL;
    bool m_set = false;
};

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
