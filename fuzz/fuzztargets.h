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

inline Dialect commonMark()
{
    Dialect d;
    d.engine = Dialect::Engine::CommonMark;
    return d;
}

} // namespace geul::fuzz
