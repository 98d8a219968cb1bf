// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include "yamlline.h"
#include "yamlreader.h"

#include <QRegularExpression>

namespace geul {

namespace {

// Jekyll matches `\A---\s*\n` and `^(---|\.\.\.)\s*$`: a delimiter followed by
// nothing but white space on its line.
bool isDelimiterLine(QStringView line, bool allowDots)
{
    const bool dashes = line.startsWith(u"---");
    if (!dashes && !(allowDots && line.startsWith(u"...")))
        return false;
    // Ruby's \s is ASCII only: a full-width space (easy to type with a
    // Korean input method) after `---` makes it no delimiter for Jekyll.
    for (const QChar c : line.sliced(3)) {
        if (!QStringView(u" \t\r\f\v").contains(c))
            return false;
    }
    return true;
}

// The offset at which each line of @p text starts, for lines 0..count-1
// (or fewer when the text ends first).
QList<qsizetype> lineStarts(QStringView text, int count)
{
    QList<qsizetype> starts{0};
    qsizetype pos = 0;
    while (starts.size() < count) {
        pos = text.indexOf(u'\n', pos);
        if (pos < 0)
            break;
        starts.append(++pos);
    }
    return starts;
}

// The end of line @p line (before its '\n'), given the line's start.
qsizetype lineEnd(QStringView text, qsizetype start)
{
    const qsizetype end = text.indexOf(u'\n', start);
    return end < 0 ? text.size() : end;
}

bool isIndicator(QChar c)
{
    return QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(c);
}

// Whether @p s must be quoted to be read back as this very string.
bool needsQuoting(const QString &s, bool inFlow)
{
    if (s.isEmpty() || YamlValue::plainScalarKind(s) != YamlValue::Kind::String)
        return true;
    // Numbers with thousands commas: one YAML 1.1 loader reads 1000.
    static const QRegularExpression commaNumber(QStringLiteral("^[-+]?[0-9][0-9,_]*(\\.[0-9_]*)?$"));
    if (commaNumber.match(s).hasMatch())
        return true;
    if (isIndicator(s.front()) || s.front().isSpace() || s.back().isSpace() || s.endsWith(u':'))
        return true;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")))
        return true;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
            || c.unicode() == 0xFEFF)
            return true;
        if (inFlow && QStringView(u",[]{}").contains(c))
            return true;
    }
    return false;
}

QString doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else if (c == QChar::LineSeparator)
                out += QLatin1String("\\L");
            else if (c == QChar::ParagraphSeparator)
                out += QLatin1String("\\P");
            else
                out += c; // Korean stays Korean, never \uXXXX
        }
    }
    return out + u'"';
}

QString singleQuoted(const QString &s)
{
    return u'\'' + QString(s).replace(u'\'', QLatin1String("''")) + u'\'';
}

bool hasControl(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; });
}

// A boolean in the spelling family and case of @p like (`True` -> `False`,
// `yes` -> `no`, `ON` -> `OFF`).
QString booleanLike(bool value, const QString &like)
{
    const QString lower = like.toLower();
    QString word;
    if (lower == u"yes" || lower == u"no")
        word = value ? QStringLiteral("yes") : QStringLiteral("no");
    else if (lower == u"on" || lower == u"off")
        word = value ? QStringLiteral("on") : QStringLiteral("off");
    else
        word = value ? QStringLiteral("true") : QStringLiteral("false");
    if (like.size() > 1 && like == like.toUpper())
        return word.toUpper();
    if (!like.isEmpty() && like.front().isUpper())
        word[0] = word[0].toUpper();
    return word;
}

QString renderScalar(const YamlValue &value, const YamlValue *like, bool inFlow)
{
    const QChar likeQuote = like && like->isScalar() ? like->quote : QChar();
    switch (value.kind) {
    case YamlValue::Kind::Null:
        return value.text;
    case YamlValue::Kind::Bool:
        return booleanLike(value.boolean, like && like->kind == YamlValue::Kind::Bool ? like->text : value.text);
    case YamlValue::Kind::Integer:
    case YamlValue::Kind::Float:
    case YamlValue::Kind::Date:
        // Quoted before: the user's file keeps it a string; keep that.
        if (likeQuote == u'"')
            return doubleQuoted(value.text);
        if (likeQuote == u'\'')
            return singleQuoted(value.text);
        return value.text;
    default:
        break;
    }
    QChar quote = likeQuote.isNull() ? value.quote : likeQuote;
    if (quote == u'|' || quote == u'>')
        quote = u'"'; // a block scalar becomes a one-line quoted string
    if (quote.isNull() && needsQuoting(value.text, inFlow))
        quote = u'"';
    if (quote == u'\'' && hasControl(value.text))
        quote = u'"';
    if (quote == u'"')
        return doubleQuoted(value.text);
    if (quote == u'\'')
        return singleQuoted(value.text);
    return value.text;
}

QString renderValue(const YamlValue &value, const YamlValue *like, const QString &blockIndent, bool inFlow)
{
    if (value.isScalar())
        return renderScalar(value, like, inFlow);
    if (value.kind == YamlValue::Kind::Map) {
        QStringList parts;
        for (const auto &[key, member] : value.members) {
            const QString k = needsQuoting(key, true) ? doubleQuoted(key) : key;
            parts << k + QStringLiteral(": ") + renderValue(member, nullptr, {}, true);
        }
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    // Items take the style of the list's first old item (quoted or not).
    const YamlValue *likeItem
        = like && like->kind == YamlValue::Kind::List && !like->items.isEmpty() ? &like->items.first() : nullptr;
    const bool block = !inFlow && like && like->kind == YamlValue::Kind::List && !like->flow && !value.items.isEmpty();
    QStringList parts;
    for (const YamlValue &item : value.items)
        parts << renderValue(item, likeItem, {}, !block);
    if (block)
        return u'\n' + blockIndent + QStringLiteral("- ") + parts.join(u'\n' + blockIndent + QStringLiteral("- "));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

// The position of the ':' that ends the key on a key's first line.
qsizetype keyColon(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    if (i < line.size() && (line[i] == u'"' || line[i] == u'\'')) {
        const QChar q = line[i];
        for (++i; i < line.size(); ++i) {
            if (line[i] == u'\\' && q == u'"')
                ++i;
            else if (line[i] == q && !(q == u'\'' && i + 1 < line.size() && line[i + 1] == u'\''))
                break;
            else if (line[i] == q)
                ++i; // '' inside single quotes
        }
    }
    for (; i < line.size(); ++i) {
        if (line[i] == u':' && (i + 1 == line.size() || line[i + 1] == u' ' || line[i + 1] == u'\t'))
            return i;
    }
    return -1;
}

QString keyText(const QString &key)
{
    return needsQuoting(key, false) ? doubleQuoted(key) : key;
}

// Whether @p after is @p before with lines @p first to @p last (0-based,
// inclusive; last = first - 1 for an insertion before line @p first)
// replaced, every other byte as it was.
bool changesOnlyLines(QStringView before, QStringView after, int first, int last)
{
    const QList<qsizetype> starts = lineStarts(before, last + 2);
    if (first >= starts.size() + (first == last + 1 ? 1 : 0))
        return false;
    const qsizetype prefix = first < starts.size() ? starts[first] : before.size();
    const qsizetype suffix = last + 1 < starts.size() ? starts[last + 1] : before.size();
    const QStringView head = before.first(prefix);
    const QStringView tail = before.sliced(suffix);
    return after.size() >= head.size() + tail.size() && after.startsWith(head) && after.endsWith(tail);
}

} // namespace

FrontMatterSplit FrontMatter::split(QStringView text)
{
    FrontMatterSplit result;
    qsizetype lineEnd = text.indexOf(u'\n');
    // Jekyll requires the newline after the opening `---`.
    if (lineEnd < 0 || !isDelimiterLine(text.first(lineEnd), false))
        return result;

    const qsizetype yamlStart = lineEnd + 1;
    qsizetype pos = yamlStart;
    int line = 1;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        if (isDelimiterLine(text.sliced(pos, end - pos), true)) {
            result.present = true;
            result.yamlStart = yamlStart;
            result.yamlLength = pos - yamlStart;
            result.bodyStart = last ? text.size() : end + 1;
            result.closingLine = line;
            // The count of line breaks before the body, also when the
            // closing line ends the text and the body is empty.
            result.bodyLine = last ? line : line + 1;
            return result;
        }
        if (last)
            break;
        pos = end + 1;
        ++line;
    }
    result.unterminated = true;
    return result;
}

QString FrontMatter::problem(const FrontMatterSplit &split, const QString &fileName)
{
    if (split.unterminated) {
        return tr("%1:1: front matter starts with '---' but no closing '---' line follows; "
                  "the whole file is shown as body")
            .arg(fileName);
    }
    return {};
}

FrontMatter FrontMatter::read(QStringView text)
{
    FrontMatter fm;
    fm.m_split = split(text);
    if (!fm.m_split.present)
        return fm;
    // The block starts on the file's second line.
    YamlReader::Mapping mapping
        = YamlReader::readMapping(text.sliced(fm.m_split.yamlStart, fm.m_split.yamlLength), 1);
    fm.m_error = mapping.error;
    fm.m_ignored = mapping.ignored;
    fm.m_entries = std::move(mapping.entries);
    return fm;
}

std::optional<YamlEntry> FrontMatter::entry(const QString &key) const
{
    for (const YamlEntry &e : m_entries) {
        if (e.key == key)
            return e;
    }
    return std::nullopt;
}

QString FrontMatter::scalar(const QString &key) const
{
    const std::optional<YamlEntry> e = entry(key);
    return e && e->value.isScalar() && e->value.kind != YamlValue::Kind::Null ? e->value.text.trimmed() : QString();
}

bool FrontMatter::isTrue(const QString &key) const
{
    const std::optional<YamlEntry> e = entry(key);
    return e && e->value.kind == YamlValue::Kind::Bool && e->value.boolean;
}

QHash<QString, QString> FrontMatter::pageVariables() const
{
    QHash<QString, QString> variables;
    for (const YamlEntry &e : m_entries) {
        if (e.value.isScalar() && e.value.kind != YamlValue::Kind::Null)
            variables.insert(QStringLiteral("page.") + e.key, e.value.text);
    }
    return variables;
}

std::optional<YamlValue> FrontMatter::valueFromText(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return YamlValue{};
    std::optional<YamlValue> value = YamlReader::readValue(text, error);
    if (value && !value->isScalar() && !value->flow) {
        YamlValue string;
        string.kind = YamlValue::Kind::String;
        string.text = text;
        return string;
    }
    return value;
}

QString FrontMatter::render(const YamlValue &value, const YamlValue *like, const QString &blockIndent)
{
    return renderValue(value, like, blockIndent, false);
}

bool FrontMatter::othersIntact(const FrontMatter &before, const FrontMatter &after, const QString &key)
{
    qsizetype others = 0;
    for (const YamlEntry &entry : before.m_entries) {
        if (entry.key == key)
            continue;
        ++others;
        const std::optional<YamlEntry> now = after.entry(entry.key);
        if (!now || now->value.toJson() != entry.value.toJson())
            return false;
    }
    return after.m_entries.size() - (after.entry(key) ? 1 : 0) == others;
}

QString FrontMatter::refusal() const
{
    if (m_split.unterminated)
        return tr("the front matter has no closing '---' line");
    if (m_error)
        return m_error->message;
    if (m_ignored) {
        return tr("line %1, column %2: %3. Geul edits no front matter that Jekyll reads only in part; "
                  "fix it as text first")
            .arg(m_ignored->line)
            .arg(m_ignored->column)
            .arg(m_ignored->message);
    }
    return {};
}

namespace {

// The refusal of an edit of @p entry whose lines the parser and a plain
// reading of the indentation do not agree on, or an empty string.
QString unclearLines(QStringView text, const YamlEntry &entry)
{
    const QStringList lines = text.toString().split(u'\n');
    if (entry.lastLine < lines.size() && yamlKeyLastLine(lines, entry.firstLine) >= entry.lastLine)
        return {};
    return FrontMatter::tr("Geul cannot tell which lines hold '%1' (line %2); edit it as text")
        .arg(entry.key)
        .arg(entry.firstLine + 1);
}

} // namespace

FrontMatter::Edit FrontMatter::setValue(QStringView text, const QString &key, const YamlValue &value)
{
    const FrontMatter fm = read(text);
    if (const QString refused = fm.refusal(); !refused.isEmpty())
        return {std::nullopt, fm.m_error ? fm.m_error : fm.m_ignored, refused};
    if (key.isEmpty() || key.contains(u'\n'))
        return {std::nullopt, std::nullopt, tr("'%1' cannot be a key").arg(key)};

    QString result;
    const std::optional<YamlEntry> old = fm.entry(key);
    // The lines this edit may change: the key's own, or none (an insertion).
    int first = 0;
    int last = -1;
    if (!fm.present()) {
        // Jekyll reads front matter only on the very first line.
        const QString rendered = render(value);
        result = QStringLiteral("---\n") + keyText(key) + u':' + (rendered.isEmpty() ? QString() : u' ' + rendered)
                 + QStringLiteral("\n---\n") + text;
    } else if (!old) {
        const QString rendered = render(value);
        const qsizetype at = fm.m_split.yamlStart + fm.m_split.yamlLength;
        // The block ends with a line break (the closing line follows it), so
        // the new key goes right before the closing line.
        const QString line = keyText(key) + u':' + (rendered.isEmpty() ? QString() : u' ' + rendered) + u'\n';
        result = text.first(at) + line + text.sliced(at);
        first = fm.m_split.closingLine;
        last = first - 1;
    } else {
        if (const QString unclear = unclearLines(text, *old); !unclear.isEmpty())
            return {std::nullopt, std::nullopt, unclear};
        first = old->firstLine;
        last = old->lastLine;
        const QList<qsizetype> starts = lineStarts(text, old->lastLine + 2);
        const qsizetype start = starts[old->firstLine];
        const qsizetype end = lineEnd(text, starts[old->lastLine]);
        const QStringView first = text.sliced(start, lineEnd(text, start) - start);
        const qsizetype colon = keyColon(first);
        if (colon < 0)
            return {std::nullopt, std::nullopt, tr("the key '%1' is not on a line of its own").arg(key)};
        const QStringView rest = first.sliced(colon + 1);
        qsizetype gap = 0;
        while (gap < rest.size() && rest[gap] == u' ')
            ++gap;
        if (rest.sliced(gap).startsWith(u'&'))
            return {std::nullopt, std::nullopt,
                    tr("the value of '%1' defines an anchor (&) that other keys may use; edit it as text").arg(key)};

        // A comment on the key's line stays (`title: 글  # 임시`, `tags: # 분류`).
        QString comment;
        if (const qsizetype c = scanYamlLine(rest, [](qsizetype) {}); c >= 0)
            comment = rest.sliced(c).toString();
        QString indent;
        if (old->value.kind == YamlValue::Kind::List && !old->value.flow && old->lastLine > old->firstLine) {
            const QStringView second = text.sliced(starts[old->firstLine + 1]);
            qsizetype n = 0;
            while (n < second.size() && second[n] == u' ')
                ++n;
            indent = second.first(n).toString();
        }
        const QString rendered = render(value, &old->value, indent);
        QString replacement = first.first(colon + 1).toString();
        if (rendered.startsWith(u'\n'))
            replacement += comment + rendered;
        else if (!rendered.isEmpty())
            replacement += QString(std::max<qsizetype>(gap, 1), u' ') + rendered + comment;
        else
            replacement += comment;
        result = text.first(start) + replacement + text.sliced(end);
    }

    // Never write what would not read back as asked (a safety net under the
    // quoting rules above), nor touch a byte outside the key's lines.
    const FrontMatter check = read(result);
    const std::optional<YamlEntry> written = check.entry(key);
    if (check.m_error || check.m_ignored || !written || written->value.toJson() != value.toJson()
        || !othersIntact(fm, check, key) || !changesOnlyLines(text, result, first, last)) {
        return {std::nullopt, std::nullopt,
                tr("Geul cannot write this value for '%1' without changing its meaning; edit it as text").arg(key)};
    }
    return {result, std::nullopt, {}};
}

FrontMatter::Edit FrontMatter::removeKey(QStringView text, const QString &key)
{
    const FrontMatter fm = read(text);
    if (const QString refused = fm.refusal(); !refused.isEmpty())
        return {std::nullopt, fm.m_error ? fm.m_error : fm.m_ignored, refused};
    const std::optional<YamlEntry> old = fm.entry(key);
    if (!old)
        return {text.toString(), std::nullopt, {}};
    if (const QString unclear = unclearLines(text, *old); !unclear.isEmpty())
        return {std::nullopt, std::nullopt, unclear};
    const QList<qsizetype> starts = lineStarts(text, old->lastLine + 2);
    const qsizetype start = starts[old->firstLine];
    const qsizetype end = old->lastLine + 1 < starts.size() ? starts[old->lastLine + 1] : text.size();
    QString result = text.first(start) + text.sliced(end);

    // The same safety net as for setValue: the key is gone, every other key
    // reads as before (an alias of an anchor defined here would not).
    const FrontMatter check = read(result);
    if (check.m_error || check.m_ignored || check.entry(key) || !othersIntact(fm, check, key)
        || !changesOnlyLines(text, result, old->firstLine, old->lastLine))
        return {std::nullopt, std::nullopt,
                tr("Geul cannot remove '%1' without changing other keys; edit it as text").arg(key)};
    return {result, std::nullopt, {}};
}

} // namespace geul
