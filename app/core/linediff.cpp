// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace geul::LineDiff {

namespace {

enum class Op : char { Same, Removed, Added };

struct Line
{
    Op op;
    qsizetype before; // index in before (Same, Removed)
    qsizetype after; // index in after (Same, Added)
};

// The longest common subsequence of a[from..] and b[from..] as an edit
// script, by dynamic programming over the lines between the common
// beginning and end.
std::vector<Line> script(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    std::vector<Line> lines;
    for (qsizetype i = 0; i < head; ++i)
        lines.push_back({Op::Same, i, i});
    constexpr qsizetype cells = 4'000'000; // 16 MB of table at most
    if (n > 0 && m > 0 && n * m <= cells) {
        // lcs[i][j]: the longest common subsequence of a[head+i..] and b[head+j..].
        std::vector<quint32> lcs(std::size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return std::size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = a[head + i] == b[head + j] ? lcs[at(i + 1, j + 1)] + 1
                                                           : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                lines.push_back({Op::Same, head + i, head + j});
                ++i, ++j;
            } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                // What goes comes before what comes, as diff writes it.
                lines.push_back({Op::Removed, head + i, -1});
                ++i;
            } else {
                lines.push_back({Op::Added, -1, head + j});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            lines.push_back({Op::Removed, head + i, -1});
        for (qsizetype j = 0; j < m; ++j)
            lines.push_back({Op::Added, -1, head + j});
    }
    for (qsizetype k = 0; k < tail; ++k)
        lines.push_back({Op::Same, a.size() - tail + k, b.size() - tail + k});
    return lines;
}

// The lines of @p text, each with its '\n' (the last may have none).
QStringList linesOf(const QString &text)
{
    QStringList lines;
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype end = text.indexOf(u'\n', from);
        const qsizetype to = end < 0 ? text.size() : end + 1;
        lines.append(text.sliced(from, to - from));
        from = to;
    }
    return lines;
}

// `@@ -start,count +start,count @@` (1-based; an empty side starts before
// its first line).
QString header(qsizetype beforeStart, qsizetype beforeCount, qsizetype afterStart, qsizetype afterCount)
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
        .arg(beforeCount ? beforeStart + 1 : beforeStart)
        .arg(beforeCount)
        .arg(afterCount ? afterStart + 1 : afterStart)
        .arg(afterCount);
}

} // namespace

QString unified(const QString &before, const QString &after, const QString &beforeName, const QString &afterName,
                int context)
{
    if (before == after)
        return {};
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    const std::vector<Line> lines = script(a, b);

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    const auto changed = [&lines](std::size_t k) { return lines[k].op != Op::Same; };
    std::size_t k = 0;
    while (k < lines.size()) {
        // The next change, and the hunk around it: changes closer than
        // twice the context join one hunk.
        while (k < lines.size() && !changed(k))
            ++k;
        if (k == lines.size())
            break;
        std::size_t first = k >= std::size_t(context) ? k - context : 0;
        std::size_t last = k;
        while (true) {
            std::size_t next = last + 1;
            while (next < lines.size() && !changed(next))
                ++next;
            if (next < lines.size() && next - last <= std::size_t(2 * context)) {
                last = next;
                continue;
            }
            break;
        }
        const std::size_t end = std::min(lines.size(), last + 1 + context);
        qsizetype beforeStart = -1, afterStart = -1, beforeCount = 0, afterCount = 0;
        QString body;
        for (std::size_t i = first; i < end; ++i) {
            const Line &l = lines[i];
            if (l.op != Op::Added) {
                if (beforeStart < 0)
                    beforeStart = l.before;
                ++beforeCount;
            }
            if (l.op != Op::Removed) {
                if (afterStart < 0)
                    afterStart = l.after;
                ++afterCount;
            }
            const QChar mark = l.op == Op::Same ? u' ' : l.op == Op::Removed ? u'-' : u'+';
            const QString &line = l.op == Op::Added ? b[l.after] : a[l.before];
            body += mark + line;
            if (!line.endsWith(u'\n'))
                body += QStringLiteral("\n\\ No newline at end of file\n");
        }
        // An empty side is placed after the line before the hunk.
        if (beforeStart < 0) {
            beforeStart = 0;
            for (std::size_t i = first; i-- > 0;) {
                if (lines[i].op != Op::Added) {
                    beforeStart = lines[i].before + 1;
                    break;
                }
            }
        }
        if (afterStart < 0) {
            afterStart = 0;
            for (std::size_t i = first; i-- > 0;) {
                if (lines[i].op != Op::Removed) {
                    afterStart = lines[i].after + 1;
                    break;
                }
            }
        }
        out += header(beforeStart, beforeCount, afterStart, afterCount) + body;
        k = end;
    }
    return out;
}

} // namespace geul::LineDiff
