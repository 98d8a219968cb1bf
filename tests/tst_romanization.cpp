// SPDX-License-Identifier: GPL-3.0-or-later
// The Revised Romanization of Korean against the examples of its own rules
// (Ministry of Culture and Tourism notice 2000-8, as published by the
// National Institute of Korean Language), and the slugs made from it.
#include "romanization.h"

#include <QTest>

using namespace geul;

class TestRomanization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialExamples_data()
    {
        QTest::addColumn<QString>("hangul");
        QTest::addColumn<QString>("expected");
        const char *const examples[][2] = {
            // Vowels and consonants (section 2, articles 1 and 2).
            {"구미", "gumi"}, {"영동", "yeongdong"}, {"백암", "baegam"}, {"옥천", "okcheon"}, {"합덕", "hapdeok"},
            {"호법", "hobeop"}, {"월곶", "wolgot"}, {"벚꽃", "beotkkot"}, {"한밭", "hanbat"}, {"구리", "guri"},
            {"설악", "seorak"}, {"칠곡", "chilgok"}, {"임실", "imsil"}, {"울릉", "ulleung"}, {"대관령", "daegwallyeong"},
            // Sound changes (section 3, article 1).
            {"백마", "baengma"}, {"종로", "jongno"}, {"왕십리", "wangsimni"}, {"별내", "byeollae"}, {"신라", "silla"},
            {"해돋이", "haedoji"}, {"같이", "gachi"}, {"굳히다", "guchida"}, {"좋고", "joko"}, {"놓다", "nota"}, {"낳지", "nachi"},
            {"묵호", "mukho"}, {"집현전", "jiphyeonjeon"}, {"압구정", "apgujeong"}, {"낙동강", "nakdonggang"},
            {"죽변", "jukbyeon"}, {"낙성대", "nakseongdae"}, {"합정", "hapjeong"}, {"팔당", "paldang"},
            {"샛별", "saetbyeol"}, {"울산", "ulsan"}, {"잡혀", "japyeo"},
            // The issue's own (#12).
            {"첫날", "cheonnal"}};
        for (const auto &[hangul, expected] : examples)
            QTest::newRow(expected) << QString::fromUtf8(hangul) << QString::fromLatin1(expected);
    }
    void officialExamples()
    {
        QFETCH(QString, hangul);
        QFETCH(QString, expected);
        QCOMPARE(Romanization::romanize(hangul), expected);
    }

    // The rules' examples that need to know the word, not only its letters,
    // and what Geul gives for them instead: kept here so that the list of
    // differences is exact.
    void officialExamplesThatNeedADictionary_data()
    {
        QTest::addColumn<QString>("hangul");
        QTest::addColumn<QString>("official");
        QTest::addColumn<QString>("given");
        // An inserted ㄴ, made only in certain compounds.
        QTest::newRow("hangnyeoul") << QStringLiteral("학여울") << QStringLiteral("hangnyeoul") << QStringLiteral("hagyeoul");
        QTest::newRow("allyak") << QStringLiteral("알약") << QStringLiteral("allyak") << QStringLiteral("aryak");
        // ㄴ before ㄹ that sounds ㄴ rather than ㄹ in this word (신라 → silla).
        QTest::newRow("sinmunno") << QStringLiteral("신문로") << QStringLiteral("sinmunno") << QStringLiteral("sinmullo");
    }
    void officialExamplesThatNeedADictionary()
    {
        QFETCH(QString, hangul);
        QFETCH(QString, official);
        QFETCH(QString, given);
        QVERIFY(official != given);
        QCOMPARE(Romanization::romanize(hangul), given);
    }

    // ㅎ after a plain consonant: verbs' 히 (and its forms) merge with it,
    // nouns keep it.
    void aspirationInVerbsAndNouns()
    {
        QCOMPARE(Romanization::romanize(u"막혔다"), QStringLiteral("makyeotda"));
        QCOMPARE(Romanization::romanize(u"밝히다"), QStringLiteral("balkida"));
        QCOMPARE(Romanization::romanize(u"넓혀"), QStringLiteral("neolpyeo"));
        QCOMPARE(Romanization::romanize(u"묻혀"), QStringLiteral("muchyeo"));
        QCOMPARE(Romanization::romanize(u"백호"), QStringLiteral("baekho"));
        QCOMPARE(Romanization::romanize(u"집현전"), QStringLiteral("jiphyeonjeon"));
    }

    void slugs()
    {
        QCOMPARE(Romanization::slug(u"제주 여행 Day 1!"), QStringLiteral("jeju-yeohaeng-day-1"));
        // 딥러닝 as it is said, [딤너닝], by the rule of 왕십리 → wangsimni.
        QCOMPARE(Romanization::slug(u"2022년 회고: 딥러닝 엔지니어로서"),
                 QStringLiteral("2022nyeon-hoego-dimneoning-enjinieoroseo"));
        QCOMPARE(Romanization::slug(u"  --- "), QString());
        // Words are romanized apart: no sound change across a space.
        QCOMPARE(Romanization::slug(u"신 라"), QStringLiteral("sin-ra"));
        // Accents dropped from Latin letters, NFD Hangul composed first.
        QCOMPARE(Romanization::slug(u"Café 여행 à Paris"), QStringLiteral("cafe-yeohaeng-a-paris"));
        QCOMPARE(Romanization::slug(QStringLiteral("첫날").normalized(QString::NormalizationForm_D)),
                 QStringLiteral("cheonnal"));
    }
};

QTEST_GUILESS_MAIN(TestRomanization)
#include "tst_romanization.moc"
