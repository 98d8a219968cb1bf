// SPDX-License-Identifier: GPL-3.0-or-later
// What each fuzzer does with one input, shared by the libFuzzer programs
// (./dev fuzz) and tst_fuzzregressions, which runs every input a fuzzer
// ever crashed on (tests/data/fuzz/<target>/) in the normal suite.
//
// Each checks, besides "does not crash", what must hold for any input:
// the reading and its offsets stay inside the text; an edit changes only
// what it is asked to, or refuses.
#pragma once

#include "dialect.h"
#include "frontmatter.h"
#include "liquid.h"
#include "reading.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

namespace geul::fuzz {

// A failed invariant is a crash libFuzzer records (and a test failure).
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

inline void frontMatter(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    const FrontMatter fm = FrontMatter::read(text);
    const qsizetype bodyStart = fm.location().bodyStart;
    require(bodyStart >= 0 && bodyStart <= text.size());
    // An edit either refuses or changes the key's lines only: the body
    // after the block is the same text.
    YamlValue title;
    title.kind = YamlValue::Kind::String;
    title.text = QStringLiteral("퍼징 \"제목\": 값");
    const FrontMatter::Edit edit = FrontMatter::setValue(text, QStringLiteral("title"), title);
    if (edit.text) {
        const FrontMatter after = FrontMatter::read(*edit.text);
        require(after.scalar(QStringLiteral("title")) == QStringLiteral("퍼징 \"제목\": 값")
                || after.error().has_value() || !after.present());
        require(edit.text->endsWith(QStringView(text).sliced(bodyStart)));
    }
    const FrontMatter::Edit removal = FrontMatter::removeKey(text, QStringLiteral("tags"));
    if (removal.text)
        require(removal.text->endsWith(QStringView(text).sliced(bodyStart)));
}

inline void liquid(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    const QHash<QString, QString> variables{{QStringLiteral("site.baseurl"), QStringLiteral("/블로그")},
                                            {QStringLiteral("page.title"), QStringLiteral("제목")}};
    const Liquid::Output out = Liquid::process(text, variables, 7);
    // Every character maps back into the text (or to its end).
    for (qsizetype i = 0; i < out.text.size(); i += 1 + out.text.size() / 64) {
        const qsizetype origin = out.text.origin(i);
        require(origin >= 7 && origin <= 7 + text.size());
    }
    Liquid::expandOutputs(text, variables);
}

inline void reading(const QByteArray &input, const Dialect &dialect)
{
    const QString text = QString::fromUtf8(input);
    const Reading r = Reading::read(text, dialect);
    for (const Reading::Reference &ref : r.references()) {
        require(ref.start <= text.size() && ref.end <= text.size());
        require(ref.urlStart < 0 || (ref.urlStart <= ref.urlEnd && ref.urlEnd <= text.size()));
    }
    const qsizetype lines = text.count(u'\n') + 1;
    for (const Reading::Pitfall &p : r.pitfalls())
        require(p.line >= 0 && p.line <= lines);
    r.headings();
    r.blocks();
}

inline void render(const QByteArray &input, const Dialect &dialect)
{
    const Reading r = Reading::read(QString::fromUtf8(input), dialect);
    HtmlWriter::Options options;
    options.sourcePositions = true;
    const HtmlWriter::Output out = r.html(options);
    require(out.blockEnds.size() == out.blockRanges.size());
    require(out.blockEnds.isEmpty() || out.blockEnds.back() == out.html.size());
}

// Everything an element holds, and everything under it, one line each.
// (Joined, not QString::arg(): the text may hold `%1`.)
inline void describe(const MarkdownNode &node, int depth, QString &out)
{
    const auto n = [](qsizetype value) { return QString::number(value); };
    QStringList f{QString(depth * 2, u' ') + n(int(node.type)),
                  n(node.start),
                  n(node.end),
                  u'\'' + node.value + u'\'',
                  n(int(node.symbol)),
                  n(int(node.category)),
                  n(int(node.contentModel)),
                  n(node.closed) + n(node.transparent) + n(node.fenced) + n(node.firstAsParagraph)
                      + n(node.markdownImage),
                  n(node.level)};
    if (node.hasDetails()) {
        const MarkdownNode::Details &d = node.details();
        f << QStringLiteral("name'") + d.name + u'\'' << n(d.urlStart) << n(d.urlEnd) << n(qsizetype(d.codePoint));
        for (const auto &[name, value] : d.attributes.items())
            f << name + u'=' + value;
        for (const auto &[name, span] : d.attributeSpans)
            f << u'@' + name + u'[' + n(span.first) + u',' + n(span.second) + u')';
        for (const qsizetype at : d.escapedAt)
            f << QStringLiteral("esc") + n(at);
        for (const MarkdownNode::Alignment a : d.alignment)
            f << QStringLiteral("al") + n(int(a));
        if (d.attributeList)
            f << QStringLiteral("ial");
    }
    out += f.join(u' ') + u'\n';
    for (const auto &child : node.children)
        describe(*child, depth + 1, out);
}

// A reading as text: its tree, footnotes, pitfalls, references, headings,
// blocks and HTML (with source positions).
inline QString describe(const Reading &reading)
{
    const auto n = [](qsizetype value) { return QString::number(value); };
    QString out;
    describe(reading.root(), 0, out);
    for (const MarkdownNode *note : reading.footnotes()) {
        out += QStringLiteral("footnote\n");
        describe(*note, 1, out);
    }
    QStringList pitfalls;
    for (const Reading::Pitfall &p : reading.pitfalls())
        pitfalls << n(p.line) + u':' + n(p.column) + u' ' + p.message;
    pitfalls.sort(); // the order of pitfalls on one spot is not kept
    out += pitfalls.join(u'\n') + u'\n';
    for (const Reading::Reference &r : reading.references())
        out += QStringList{QStringLiteral("ref"), n(int(r.kind)), r.element, r.attribute, r.url, r.alt, n(r.line), n(r.column),
                           n(r.start), n(r.end), n(r.urlStart), n(r.urlEnd), n(r.markdown)}
                   .join(u' ')
               + u'\n';
    for (const Reading::Heading &h : reading.headings())
        out += QStringList{QStringLiteral("h") + n(h.level), h.text, h.id, n(h.line)}.join(u' ') + u'\n';
    for (const Reading::Block &b : reading.blocks())
        out += QStringList{QStringLiteral("block"), n(b.firstLine), n(b.lastLine), n(b.start), n(b.end)}.join(u' ') + u'\n';
    HtmlWriter::Options options;
    options.sourcePositions = true;
    out += reading.html(options).html;
    return out;
}

// An edit read in part (Reading::reread) is the same as read whole. The
// input: a byte for where the edit is, one for how many characters it
// removes, then the text, a NUL, and what the edit types.
inline void reparse(const QByteArray &input)
{
    if (input.size() < 2)
        return;
    const QByteArray rest = input.sliced(2);
    const qsizetype nul = rest.indexOf('\0');
    const QString before = QString::fromUtf8(nul < 0 ? rest : rest.first(nul));
    const QString typed = nul < 0 ? QString() : QString::fromUtf8(rest.sliced(nul + 1));
    const qsizetype at = before.size() * quint8(input[0]) / 255;
    const qsizetype removed = std::min<qsizetype>(quint8(input[1]) % 16, before.size() - at);
    const QString after = QString(before).replace(at, removed, typed);
    require(describe(Reading::reread(Reading::read(before), after)) == describe(Reading::read(after)));
}

inline Dialect commonMark()
{
    Dialect d;
    d.engine = Dialect::Engine::CommonMark;
    return d;
}

} // namespace geul::fuzz
