// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking while writing, at 10 KB, 100 KB and 1 MB: what the worker
// spends on a whole post (words new to the checker, and words it has seen),
// what it spends after one typed character (only the changed block is read
// and checked again), and what the GUI thread spends drawing the marks,
// which is all that typing ever waits for.
#include "generatedpost.h"
#include "markdownedit.h"
#include "reading.h"
#include "spellchecker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

template<typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f(i);
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    using geul::SpellChecker;

    QElapsedTimer timer;
    timer.start();
    SpellChecker loaded;
    if (!loaded.load()) {
        out << "bench_spelling: " << loaded.problem() << '\n';
        return 1;
    }
    out << QStringLiteral("Spell checking (medians, ms): dictionaries loaded in %1 ms\n").arg(timer.elapsed());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("post"), -8)
               .arg(QStringLiteral("words"), 7)
               .arg(QStringLiteral("new words"), 10)
               .arg(QStringLiteral("seen words"), 11)
               .arg(QStringLiteral("one key"), 8)
               .arg(QStringLiteral("GUI marks"), 10);
    for (const qsizetype size : {10'000, 100'000, 1'000'000}) {
        // A post with real misspellings in its prose, one a section.
        QString post = geul::bench::generatePost(size);
        post.replace(QStringLiteral("한 해였다"), QStringLiteral("몇일이였다"));
        const geul::Reading reading = geul::Reading::read(post);
        const qsizetype words = geul::ProseWords(reading).all().size();
        const int runs = size >= 1'000'000 ? 3 : 7;

        // Words new to the checker: a new checker (its dictionaries are
        // the process's, loaded once).
        QList<SpellChecker::Misspelling> found;
        const double cold = medianMs(runs, [&](int) {
            SpellChecker fresh;
            found = fresh.check(reading);
        });
        // Words seen before, blocks not: a post opened again.
        const double warm = medianMs(runs, [&](int) { found = loaded.check(reading); });
        // One key typed in the middle of the post, then checked with what
        // the last check remembers (the check alone: the reading is the
        // preview's, made anyway).
        SpellChecker::Memory memory;
        loaded.check(reading, memory);
        const qsizetype middle = post.indexOf(QStringLiteral("프로젝트를 마무리"), post.size() / 2);
        std::vector<double> checks;
        for (int i = 0; i < runs; ++i) {
            QString edited = post;
            edited.insert(middle, QChar(u'나' + i));
            const geul::Reading again = geul::Reading::read(edited);
            timer.restart();
            loaded.check(again, memory);
            checks.push_back(timer.nsecsElapsed() / 1e6);
        }
        // Drawing the marks in the editor: the GUI thread's share.
        geul::MarkdownEdit editor;
        editor.setPlainText(post);
        const double marks = medianMs(runs, [&](int) {
            QList<QTextEdit::ExtraSelection> selections;
            QTextCharFormat format;
            format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            for (const SpellChecker::Misspelling &m : std::as_const(found)) {
                QTextEdit::ExtraSelection mark;
                mark.cursor = QTextCursor(editor.document());
                mark.cursor.setPosition(int(m.start));
                mark.cursor.setPosition(int(m.end), QTextCursor::KeepAnchor);
                mark.format = format;
                selections << mark;
            }
            editor.setMarks(geul::MarkdownEdit::Marks::Spelling, selections);
        });
        out << QStringLiteral("%1 %2 %3 %4 %5 %6   (%7 misspelled)\n")
                   .arg(size >= 1'000'000 ? QStringLiteral("1 MB") : QStringLiteral("%1 KB").arg(size / 1000), -8)
                   .arg(words, 7)
                   .arg(cold, 10, 'f', 1)
                   .arg(warm, 11, 'f', 1)
                   .arg(median(checks), 8, 'f', 2)
                   .arg(marks, 10, 'f', 2)
                   .arg(found.size());
    }
    return 0;
}
