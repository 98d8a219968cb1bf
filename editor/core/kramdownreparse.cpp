// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an edited post again by parsing only the top-level blocks the
// edit touched (KramdownParser::reparse).
//
// kramdown reads a body block by block from the top. Where a blank line
// ends one top-level block and the next line starts a paragraph or a
// heading at the margin, nothing before that line reaches past it: lists,
// quotes, tables, indented code and footnotes end there, and what could
// run on (fences, HTML elements, math, comments, extensions) would have
// run on in the previous reading too, which found a top-level blank there.
// So the edited text between two such places, parsed on its own with the
// link definitions, abbreviations and attribute list definitions of the
// whole body (spans and attribute lists are read once all blocks are),
// gives the elements the whole text would, provided that
// the text between them neither opens nor closes anything that runs on,
// defines nothing, and holds no heading (whose automatic id counts those
// before it).
// What comes before is copied, what comes after is copied and moved by the
// edit's length.
#include "kramdownparser.h"

#include <QStringView>

#include <algorithm>
#include <limits>

namespace geul {

namespace {

using Node = MarkdownNode;
using Type = MarkdownNode::Type;

// How many top-level blocks the search for safe edges of the parsed part
// looks at on each side: beyond that the edit is parsed as a whole.
constexpr int searchLimit = 64;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r';
}

// At @p at stands the start tag of a span element (`<img`, `<span`), which
// starts a paragraph, not an HTML block.
bool spanTagAt(QStringView text, qsizetype at)
{
    if (at + 1 >= text.size() || text[at] != u'<')
        return false;
    qsizetype end = at + 1;
    while (end < text.size() && end - at <= 10 && text[end].unicode() < 0x80 && text[end].isLetterOrNumber())
        ++end;
    return end > at + 1 && end < text.size() && (isSpace(text[end]) || text[end] == u'>' || text[end] == u'/')
           && KramdownParser::isSpanElement(text.sliced(at + 1, end - at - 1).toString().toLower());
}

// The line at @p at starts a block that nothing before a blank line can
// continue and that binds to nothing before it: a line at the margin that
// is not a list item, a definition (`:`), an end of block (`^`), a rule,
// an HTML block or an attribute list. (What it starts runs on no further
// than the text checks of the parsed part allow.)
bool startsFreshBlock(QStringView text, qsizetype at)
{
    if (at < 0 || at >= text.size())
        return false;
    const QChar c = text[at];
    const QChar next = at + 1 < text.size() ? text[at + 1] : QChar(u'\n');
    if (isSpace(c) || c == u'\n' || c == u':' || c == u'^')
        return false;
    if (c == u'<')
        return spanTagAt(text, at);
    if (c == u'{')
        return next != u':';
    if (c == u'*' || c == u'-' || c == u'+' || c == u'_') {
        if (isSpace(next) || next == u'\n')
            return false; // a list item (or a rule)
        // A rule: the marker alone, three times or more, with spaces.
        qsizetype end = at;
        while (end < text.size() && (text[end] == c || isSpace(text[end])))
            ++end;
        return end < text.size() && text[end] != u'\n';
    }
    if (c.isDigit()) {
        qsizetype end = at;
        while (end < text.size() && text[end].isDigit())
            ++end;
        return end >= text.size() || (text[end] != u'.' && text[end] != u')');
    }
    return true;
}

// @p text holds nothing that may open or close a construct that runs past
// a blank line, nor a definition, heading id or footnote that other parts
// of the body see.
bool isSelfContained(QStringView text)
{
    static const QLatin1StringView risky[] = {
        QLatin1StringView("-->"), QLatin1StringView("```"), QLatin1StringView("~~~"),
        QLatin1StringView("$$"),  QLatin1StringView("{:"),  QLatin1StringView("{%"),  QLatin1StringView("{{"),
        QLatin1StringView("]:"),  QLatin1StringView("[^"),  QLatin1StringView("?>"),  QLatin1StringView("*["),
        QLatin1StringView("]]>"),
    };
    for (const QLatin1StringView &s : risky) {
        if (text.contains(s))
            return false;
    }
    // A `\r` alone ends a line for kramdown: the lines below would not be
    // seen as it sees them.
    for (qsizetype cr = text.indexOf(u'\r'); cr >= 0; cr = text.indexOf(u'\r', cr + 1)) {
        if (cr + 1 >= text.size() || text[cr + 1] != u'\n')
            return false;
    }
    // Lines that start HTML blocks (a span element's tag starts a
    // paragraph), definitions or an end of block.
    for (qsizetype at = 0; at < text.size();) {
        qsizetype i = at;
        while (i < text.size() && isSpace(text[i]))
            ++i;
        if (i < text.size() && ((text[i] == u'<' && !spanTagAt(text, i)) || text[i] == u':' || text[i] == u'^'))
            return false;
        const qsizetype newline = text.indexOf(u'\n', i);
        if (newline < 0)
            break;
        at = newline + 1;
    }
    return true;
}

bool isWhiteSpace(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return isSpace(c) || c == u'\n'; });
}

// @p text (a piece that ends where the next block starts) ends with a
// blank line.
bool endsWithBlankLine(QStringView text)
{
    qsizetype i = text.size();
    if (i == 0 || text[i - 1] != u'\n')
        return false;
    --i;
    while (i > 0 && isSpace(text[i - 1]))
        --i;
    return i > 0 && text[i - 1] == u'\n';
}

bool holdsHeading(const Node &node)
{
    if (node.type == Type::Header)
        return true;
    return std::any_of(node.children.begin(), node.children.end(),
                       [](const std::unique_ptr<Node> &child) { return holdsHeading(*child); });
}

} // namespace

std::optional<KramdownParser::Result> KramdownParser::reparse(const Result &previous, const QString &oldText,
                                                             const QString &newText, qsizetype bodyStart,
                                                             const KramdownOptions &options)
{
    if (!previous.root || previous.optionsSet || previous.root->start != bodyStart
        || previous.root->end != oldText.size())
        return std::nullopt;
    const NodeList &blocks = previous.root->children;
    if (blocks.empty())
        return std::nullopt;

    // The edit: where the texts start and stop differing.
    const QStringView before(oldText);
    const QStringView after(newText);
    const qsizetype common = std::min(before.size(), after.size());
    const qsizetype changeStart
        = std::mismatch(before.begin(), before.begin() + common, after.begin(), after.begin() + common).first
          - before.begin();
    if (changeStart == before.size() && changeStart == after.size())
        return std::nullopt; // no edit
    if (changeStart < bodyStart)
        return std::nullopt; // the front matter changed
    // Characters the same at the end, after changeStart.
    const qsizetype sameEnd
        = std::mismatch(before.rbegin(), before.rbegin() + (common - changeStart), after.rbegin()).first - before.rbegin();
    const qsizetype oldChangeEnd = before.size() - sameEnd;
    const qsizetype delta = after.size() - before.size();

    for (const auto &block : blocks) {
        if (block->start < 0 || block->end < block->start)
            return std::nullopt;
    }
    // A top-level block after which, and before which, the reading is the
    // same whatever the edit did between: a blank line before it, and a
    // fresh block at the margin (in the text as it is on that side).
    const auto isEdge = [&](std::size_t index, QStringView text, qsizetype shift) {
        if (index == 0)
            return true;
        const Node &block = *blocks[index];
        const Node &blank = *blocks[index - 1];
        // (An attribute list before a blank line stands in the blank and
        // waits for the next block.)
        return block.type != Type::Blank && blank.type == Type::Blank && blank.end == block.start
               && blank.start >= 0 && isWhiteSpace(text.sliced(blank.start + shift, block.start - blank.start))
               && startsFreshBlock(text, block.start + shift);
    };

    // The first block to parse again: the last edge at or before the edit.
    auto first = std::upper_bound(blocks.begin(), blocks.end(), changeStart,
                                  [](qsizetype offset, const std::unique_ptr<Node> &block) { return offset < block->start; });
    std::size_t from = first == blocks.begin() ? 0 : std::size_t(first - blocks.begin() - 1);
    for (int steps = 0; !isEdge(from, after, 0); ++steps) {
        if (from == 0 || steps == searchLimit)
            return std::nullopt;
        --from;
    }
    // The first block kept after it: the first edge after the edit, or the end.
    std::size_t to = from + 1;
    for (int steps = 0;; ++steps, ++to) {
        if (to == blocks.size())
            break;
        if (steps == searchLimit)
            return std::nullopt;
        if (blocks[to]->start >= oldChangeEnd && blocks[to]->start > changeStart && isEdge(to, before, 0))
            break;
    }
    const qsizetype start = from == 0 ? bodyStart : blocks[from]->start;
    const qsizetype oldEnd = to == blocks.size() ? before.size() : blocks[to]->start;
    const qsizetype newEnd = oldEnd + delta;
    // (An empty old part: an end there could not be told from the start
    // of what follows, which moves.)
    if (start > changeStart || oldEnd < oldChangeEnd || newEnd < start || oldEnd == start)
        return std::nullopt;
    const QStringView oldPart = before.sliced(start, oldEnd - start);
    const QStringView newPart = after.sliced(start, newEnd - start);
    if (!isSelfContained(oldPart) || !isSelfContained(newPart))
        return std::nullopt;
    if (to < blocks.size() && !endsWithBlankLine(newPart))
        return std::nullopt;
    for (std::size_t i = from; i < to; ++i) {
        if (holdsHeading(*blocks[i]))
            return std::nullopt;
    }

    // Its spans see the definitions of the whole body, as they do in a
    // whole reading (the part defines none).
    // (where they stand after the edit).
    QHash<QString, LinkDefinition> links = previous.linkDefinitions;
    for (LinkDefinition &definition : links) {
        if (definition.urlStart >= oldEnd) {
            definition.urlStart += delta;
            definition.urlEnd += delta;
        }
    }
    Result part = parsePart(MappedText(newText, start, newEnd, start), options, links, previous.abbreviations,
                            previous.alds, bodyStart, after.size());
    if (part.optionsSet || !part.footnotes.empty() || part.abbreviations.size() != previous.abbreviations.size()
        || part.linkDefinitions.size() != previous.linkDefinitions.size() || part.alds.size() != previous.alds.size())
        return std::nullopt;
    const NodeList &parsed = part.root->children;
    if (holdsHeading(*part.root))
        return std::nullopt;
    // The part ends as the previous reading's did before the kept blocks,
    // and starts with a block of its own.
    if (to < blocks.size() && (parsed.empty() || parsed.back()->type != Type::Blank))
        return std::nullopt;
    if (from > 0 && (parsed.empty() || parsed.front()->type == Type::Blank))
        return std::nullopt;

    Result result;
    result.arena = std::make_shared<NodeArena>();
    const NodeArena::Scope scope(result.arena.get());
    constexpr qsizetype nowhere = std::numeric_limits<qsizetype>::max();
    result.root = previous.root->cloneAlone(oldEnd, delta);
    result.root->start = bodyStart;
    result.root->end = after.size();
    result.root->children.reserve(blocks.size() - (to - from) + parsed.size());
    for (std::size_t i = 0; i < from; ++i)
        result.root->children.push_back(blocks[i]->clone(oldEnd, delta));
    for (const auto &block : parsed)
        result.root->children.push_back(block->clone(nowhere, 0));
    for (std::size_t i = to; i < blocks.size(); ++i)
        result.root->children.push_back(blocks[i]->clone(oldEnd, delta));
    for (const auto &[name, definition] : previous.footnotes) {
        FootnoteDefinition &copy = result.footnotes[name];
        if (definition.content)
            copy.content = definition.content->clone(oldEnd, delta);
        copy.attributes = definition.attributes;
        copy.referenced = definition.referenced;
    }
    result.abbreviations = previous.abbreviations;
    result.linkDefinitions = std::move(links);
    result.alds = previous.alds;
    for (const ParseWarning &warning : previous.warnings) {
        if (warning.offset < start)
            result.warnings.append(warning);
    }
    result.warnings.append(part.warnings);
    for (ParseWarning warning : previous.warnings) {
        if (warning.offset >= oldEnd) {
            warning.offset += delta;
            result.warnings.append(warning);
        }
    }
    return result;
}

} // namespace geul
