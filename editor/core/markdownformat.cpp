// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownformat.h"

#include <QRegularExpression>
#include <QStringList>

namespace geul::MarkdownFormat {

namespace {

QString markerOf(Inline kind)
{
    switch (kind) {
    case Inline::Bold:
        return QStringLiteral("**");
    case Inline::Italic:
        return QStringLiteral("*");
    case Inline::Code:
        return QStringLiteral("`");
    case Inline::Strikethrough:
        return QStringLiteral("~~");
    }
    return {};
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x3000);
}

// The whole lines [start, end) that the selection touches; a selection
// that ends at the start of a line does not touch that line.
std::pair<qsizetype, qsizetype> lineSpan(QStringView text, qsizetype from, qsizetype to)
{
    if (to > from && to > 0 && text[to - 1] == u'\n')
        --to;
    qsizetype start = from;
    while (start > 0 && text[start - 1] != u'\n')
        --start;
    qsizetype end = to;
    while (end < text.size() && text[end] != u'\n')
        ++end;
    return {start, end};
}

// Whether @p marker stands right before @p at and is not part of a longer
// run of the same character (a `*` of `**`).
bool markerBefore(QStringView text, qsizetype at, const QString &marker)
{
    const qsizetype m = marker.size();
    if (at < m || text.sliced(at - m, m) != marker)
        return false;
    return at - m == 0 || text[at - m - 1] != marker.front() || (marker == u"*" && at - m >= 2 && text.sliced(at - m - 2, 2) == u"**");
}

bool markerAfter(QStringView text, qsizetype at, const QString &marker)
{
    const qsizetype m = marker.size();
    if (at + m > text.size() || text.sliced(at, m) != marker)
        return false;
    return at + m == text.size() || text[at + m] != marker.front()
           || (marker == u"*" && at + m + 2 <= text.size() && text.sliced(at + m, 2) == u"**");
}

// Where @p part's content is: without the white space at its edges, which
// stays outside marks.
std::pair<qsizetype, qsizetype> contentSpan(QStringView part)
{
    qsizetype a = 0;
    qsizetype b = part.size();
    while (a < b && isSpace(part[a]))
        ++a;
    while (b > a && isSpace(part[b - 1]))
        --b;
    return {a, b};
}

// One line's part of a selection, marked; white space at its edges stays
// outside the marks.
QString wrapped(QStringView part, const QString &marker, Inline kind)
{
    const auto [a, b] = contentSpan(part);
    if (a == b)
        return part.toString();
    const QStringView content = part.sliced(a, b - a);
    QString open = marker;
    QString close = marker;
    if (kind == Inline::Code && content.contains(u'`')) {
        open = QStringLiteral("`` ");
        close = QStringLiteral(" ``");
    }
    return part.first(a).toString() + open + content.toString() + close + part.sliced(b).toString();
}

// @p part without its marks when it is marked; nothing otherwise.
std::optional<QString> unwrapped(QStringView part, const QString &marker)
{
    const auto [a, b] = contentSpan(part);
    const QStringView content = part.sliced(a, b - a);
    const qsizetype m = marker.size();
    if (content.size() < 2 * m + 1 || !content.startsWith(marker) || !content.endsWith(marker))
        return std::nullopt;
    if (marker == u"*" && content.startsWith(u"**") != content.startsWith(u"***"))
        return std::nullopt; // bold, not italic
    return part.first(a).toString() + content.sliced(m, content.size() - 2 * m).toString() + part.sliced(b).toString();
}

// Lines [start, end) become @p text. One line: the selection moves with the
// text it was in (a prefix added before it); several: all of them selected.
Edit linesReplaced(qsizetype start, qsizetype end, const QString &text, qsizetype selectionStart,
                   qsizetype selectionEnd, bool oneLine)
{
    Edit edit;
    edit.start = start;
    edit.end = end;
    edit.text = text;
    if (oneLine) {
        const qsizetype shift = text.size() - (end - start);
        edit.selectionStart = std::clamp(selectionStart + shift, start, start + text.size());
        edit.selectionEnd = std::clamp(selectionEnd + shift, start, start + text.size());
    } else {
        edit.selectionStart = start;
        edit.selectionEnd = start + text.size();
    }
    return edit;
}

} // namespace

bool isUrl(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("^(?:(?:https?|ftp)://[^\\s]+|mailto:[^\\s]+|/[^\\s]*)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(text.trimmed()).hasMatch();
}

Edit toggleInline(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, Inline kind)
{
    const QString marker = markerOf(kind);
    const qsizetype m = marker.size();
    Edit edit;
    if (selectionStart == selectionEnd) {
        const qsizetype at = selectionStart;
        // Between an empty pair: take it away again.
        if (markerBefore(text, at, marker) && markerAfter(text, at, marker)) {
            edit.start = at - m;
            edit.end = at + m;
            edit.selectionStart = edit.selectionEnd = at - m;
            return edit;
        }
        edit.start = edit.end = at;
        edit.text = marker + marker;
        edit.selectionStart = edit.selectionEnd = at + m;
        return edit;
    }
    const QStringView selected = text.sliced(selectionStart, selectionEnd - selectionStart);
    if (!selected.contains(u'\n')) {
        // The marks just outside the selection: take them away.
        const auto [first, last] = contentSpan(selected);
        const qsizetype a = selectionStart + first;
        const qsizetype b = selectionStart + last;
        if (a < b && markerBefore(text, a, marker) && markerAfter(text, b, marker)) {
            edit.start = a - m;
            edit.end = b + m;
            edit.text = text.sliced(a, b - a).toString();
            edit.selectionStart = a - m;
            edit.selectionEnd = b - m;
            return edit;
        }
    }
    // Each line on its own: emphasis does not cross a paragraph.
    const QList<QStringView> lines = selected.split(u'\n');
    bool allMarked = true;
    for (const QStringView line : lines) {
        if (!line.trimmed().isEmpty() && !unwrapped(line, marker))
            allMarked = false;
    }
    QStringList out;
    for (const QStringView line : lines) {
        if (allMarked)
            out << unwrapped(line, marker).value_or(line.toString());
        else
            out << (unwrapped(line, marker) ? line.toString() : wrapped(line, marker, kind));
    }
    edit.start = selectionStart;
    edit.end = selectionEnd;
    edit.text = out.join(u'\n');
    edit.selectionStart = selectionStart;
    edit.selectionEnd = selectionStart + edit.text.size();
    // One line, marked now: select what is inside the marks, as before.
    if (lines.size() == 1 && !allMarked) {
        const auto [a, b] = contentSpan(edit.text);
        const qsizetype open = kind == Inline::Code && selected.trimmed().contains(u'`') ? 3 : m;
        edit.selectionStart = selectionStart + a + open;
        edit.selectionEnd = selectionStart + b - open;
    }
    return edit;
}

Edit link(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, const QString &url)
{
    const QString label = text.sliced(selectionStart, selectionEnd - selectionStart).toString();
    Edit edit;
    edit.start = selectionStart;
    edit.end = selectionEnd;
    QString target = url.trimmed();
    if (target.isEmpty() && isUrl(label))
        target = label.trimmed();
    // Spaces and parentheses would end or break the target.
    if (target.contains(u' ') || target.contains(u'(') || target.contains(u')'))
        target = u'<' + target + u'>';
    edit.text = u'[' + label + QStringLiteral("](") + target + u')';
    if (target.isEmpty()) {
        // The target is what is left to type.
        edit.selectionStart = edit.selectionEnd = selectionStart + label.size() + 3;
    } else if (label.isEmpty() || isUrl(label)) {
        // The label is.
        edit.selectionStart = selectionStart + 1;
        edit.selectionEnd = selectionStart + 1 + label.size();
    } else {
        edit.selectionStart = edit.selectionEnd = selectionStart + edit.text.size();
    }
    return edit;
}

Edit heading(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, int level)
{
    static const QRegularExpression atx(QStringLiteral("^(#{1,6})(?:[ \\t]+|$)"));
    const auto [start, end] = lineSpan(text, selectionStart, selectionEnd);
    const QList<QStringView> lines = text.sliced(start, end - start).split(u'\n');
    bool allAtLevel = true;
    for (const QStringView line : lines) {
        const QRegularExpressionMatch match = atx.matchView(line);
        if (!line.trimmed().isEmpty() && (!match.hasMatch() || match.capturedLength(1) != level))
            allAtLevel = false;
    }
    QStringList out;
    for (const QStringView line : lines) {
        const QRegularExpressionMatch match = atx.matchView(line);
        const QString content = line.sliced(match.hasMatch() ? match.capturedEnd() : 0).toString();
        if (allAtLevel || (line.trimmed().isEmpty() && lines.size() > 1))
            out << content;
        else
            out << QString(level, u'#') + u' ' + content;
    }
    return linesReplaced(start, end, out.join(u'\n'), selectionStart, selectionEnd, lines.size() == 1);
}

Edit toggleLines(QStringView text, qsizetype selectionStart, qsizetype selectionEnd, Lines kind)
{
    static const QRegularExpression bullet(QStringLiteral("^([ \\t]*)[-*+][ \\t]+"));
    static const QRegularExpression numbered(QStringLiteral("^([ \\t]*)\\d{1,9}[.)][ \\t]+"));
    static const QRegularExpression quote(QStringLiteral("^>[ ]?"));
    const QRegularExpression &own = kind == Lines::Bullet ? bullet : kind == Lines::Numbered ? numbered : quote;
    const auto [start, end] = lineSpan(text, selectionStart, selectionEnd);
    const QList<QStringView> lines = text.sliced(start, end - start).split(u'\n');
    bool all = true;
    for (const QStringView line : lines) {
        if (!line.trimmed().isEmpty() && !own.matchView(line).hasMatch())
            all = false;
    }
    QStringList out;
    int number = 0;
    for (const QStringView line : lines) {
        if (line.trimmed().isEmpty() && lines.size() > 1) {
            out << line.toString();
            continue;
        }
        if (all) {
            const QRegularExpressionMatch match = own.matchView(line);
            out << (kind == Lines::Quote ? QString() : match.captured(1)) + line.sliced(match.capturedEnd()).toString();
            continue;
        }
        if (kind == Lines::Quote) {
            out << QStringLiteral("> ") + line.toString();
            continue;
        }
        // Another kind of list item becomes this kind.
        QString indent;
        QStringView content = line;
        for (const QRegularExpression *other : {&bullet, &numbered}) {
            const QRegularExpressionMatch match = other->matchView(line);
            if (match.hasMatch()) {
                indent = match.captured(1);
                content = line.sliced(match.capturedEnd());
                break;
            }
        }
        const QString mark = kind == Lines::Bullet ? QStringLiteral("- ") : QStringLiteral("%1. ").arg(++number);
        out << indent + mark + content.toString();
    }
    return linesReplaced(start, end, out.join(u'\n'), selectionStart, selectionEnd, lines.size() == 1);
}

Edit codeFence(QStringView text, qsizetype selectionStart, qsizetype selectionEnd)
{
    Edit edit;
    if (selectionStart == selectionEnd) {
        const qsizetype at = selectionStart;
        const bool lineStart = at == 0 || text[at - 1] == u'\n';
        const bool lineEnd = at == text.size() || text[at] == u'\n';
        const QString before = lineStart ? QString() : QStringLiteral("\n");
        edit.start = edit.end = at;
        edit.text = before + QStringLiteral("```\n\n```") + (lineEnd ? QString() : QStringLiteral("\n"));
        edit.selectionStart = edit.selectionEnd = at + before.size() + 4;
        return edit;
    }
    const auto [start, end] = lineSpan(text, selectionStart, selectionEnd);
    const QStringView block = text.sliced(start, end - start);
    QList<QStringView> lines = block.split(u'\n');
    static const QRegularExpression fence(QStringLiteral("^(`{3,}|~{3,})"));
    const QRegularExpressionMatch open = fence.matchView(lines.first());
    edit.start = start;
    edit.end = end;
    if (lines.size() >= 2 && open.hasMatch() && lines.last().trimmed() == open.captured(1)) {
        // Fenced already: the fences go.
        lines = lines.mid(1, lines.size() - 2);
        QStringList out;
        for (const QStringView line : lines)
            out << line.toString();
        edit.text = out.join(u'\n');
    } else {
        qsizetype longest = 0;
        qsizetype run = 0;
        for (const QChar c : block) {
            run = c == u'`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const QString ticks(std::max<qsizetype>(3, longest + 1), u'`');
        edit.text = ticks + u'\n' + block.toString() + u'\n' + ticks;
    }
    edit.selectionStart = start;
    edit.selectionEnd = start + edit.text.size();
    return edit;
}

} // namespace geul::MarkdownFormat
