// SPDX-License-Identifier: GPL-3.0-or-later
// MappedText: pieces of a post that share its memory keep their
// characters and their offsets in the post through every way the parser
// cuts and joins them, also when a text is joined with a piece of itself.
#include "mappedtext.h"

#include <QTest>

using namespace geul;

namespace {

// Each character's offset in the post, as origin() gives them.
QList<qsizetype> origins(const MappedText &text)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < text.size(); ++i)
        out.append(text.origin(i));
    return out;
}

QList<qsizetype> range(qsizetype from, qsizetype to)
{
    QList<qsizetype> out;
    for (qsizetype i = from; i < to; ++i)
        out.append(i);
    return out;
}

} // namespace

class TestMappedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pieceOfAPost()
    {
        const QString post = QStringLiteral("---\ntitle: 글\n---\n첫 줄\n둘째 줄\n");
        const qsizetype body = post.indexOf(u'첫');
        const MappedText text(post, body, post.size(), body);
        QCOMPARE(text.text().toString(), post.sliced(body));
        QCOMPARE(text.text().constData(), post.constData() + body); // shared, not copied
        QCOMPARE(origins(text), range(body, post.size()));
        QCOMPARE(text.origin(text.size()), post.size());

        const MappedText second = text.mid(4, 9);
        QCOMPARE(second.text().toString(), QStringLiteral("둘째 줄\n"));
        QCOMPARE(second.text().constData(), post.constData() + body + 4);
        QCOMPARE(origins(second), range(body + 4, body + 9));
        QVERIFY(second.isContiguous(0, second.size()));
    }

    void joinedLines()
    {
        const QString post = QStringLiteral("> 가나\n> 다라\n");
        const MappedText whole(post);
        // A block quote's lines without their `> `: the second does not
        // continue the first in memory, so the text gets its own.
        MappedText quote;
        quote.append(whole, 2, 5);
        QCOMPARE(quote.text().constData(), post.constData() + 2);
        quote.append(whole, 7, 10);
        QCOMPARE(quote.text().toString(), QStringLiteral("가나\n다라\n"));
        QCOMPARE(origins(quote), QList<qsizetype>({2, 3, 4, 7, 8, 9}));
        QVERIFY(!quote.isContiguous(0, quote.size()));
        QVERIFY(quote.isContiguous(3, 6));

        // Lines that do continue each other stay one piece of the post.
        MappedText lines;
        lines.append(whole, 0, 5);
        lines.append(whole, 5, 10);
        QCOMPARE(lines.text().constData(), post.constData());
        QCOMPARE(lines.text().toString(), post.first(10));
        QCOMPARE(origins(lines), range(0, 10));
        QVERIFY(lines.isContiguous(0, 10));
    }

    void syntheticCharacters()
    {
        const QString post = QStringLiteral("ab{{ x }}cd");
        const MappedText whole(post);
        MappedText text;
        text.append(whole, 0, 2);
        text.appendSynthetic(u"값", 2);
        text.append(whole, 9, 11);
        QCOMPARE(text.text().toString(), QStringLiteral("ab값cd"));
        QCOMPARE(origins(text), QList<qsizetype>({0, 1, 2, 9, 10}));
        QVERIFY(text.isOriginal(1));
        QVERIFY(!text.isOriginal(2));
        QVERIFY(!text.isContiguous(1, 4));
        // The post is untouched by what was appended to a piece of it.
        QCOMPARE(post, QStringLiteral("ab{{ x }}cd"));
    }

    void chop()
    {
        const QString post = QStringLiteral("한 줄 \n");
        MappedText text = MappedText(post).mid(0, post.size());
        text.chop(2);
        QCOMPARE(text.text().toString(), QStringLiteral("한 줄"));
        QCOMPARE(origins(text), range(0, 3));
        // What follows the chopped text in memory is not taken back.
        text.appendOriginal(u"!", 10);
        QCOMPARE(text.text().toString(), QStringLiteral("한 줄!"));
        QCOMPARE(post, QStringLiteral("한 줄 \n"));
        QCOMPARE(text.origin(3), 10);
    }

    void joinedWithItself()
    {
        // A piece of a buffer no one else holds, then its own characters
        // appended: the old memory must not go before they are copied.
        // (Built at run time: a literal's memory is never freed.)
        MappedText text = MappedText(QString::fromLatin1("0123456789")).mid(2, 8);
        QCOMPARE(text.text().toString(), QStringLiteral("234567"));
        text.append(text, 0, 3);
        QCOMPARE(text.text().toString(), QStringLiteral("234567234"));
        QCOMPARE(origins(text), QList<qsizetype>({2, 3, 4, 5, 6, 7, 2, 3, 4}));

        MappedText other = MappedText(QString::fromLatin1("abcdefgh")).mid(1, 5);
        other.appendOriginal(other.text().sliced(1, 2), 1);
        QCOMPARE(other.text().toString(), QStringLiteral("bcdecd"));
        other.appendSynthetic(other.text().first(2), 0);
        QCOMPARE(other.text().toString(), QStringLiteral("bcdecdbc"));
    }

    void empty()
    {
        const MappedText none;
        QVERIFY(none.isEmpty());
        QVERIFY(none.isContiguous(0, 0));
        QCOMPARE(none.origin(0), 0);
        const MappedText nothing = MappedText(QStringLiteral("abc"), 5).mid(3, 3);
        QVERIFY(nothing.isEmpty());
        QVERIFY(nothing.isContiguous(0, 0));
        QCOMPARE(nothing.origin(0), 8);
    }
};

QTEST_GUILESS_MAIN(TestMappedText)
#include "tst_mappedtext.moc"
