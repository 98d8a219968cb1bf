// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace geul;

class TestPreviewController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersOnWorkerAfterDebounce();
    void burstOfChangesGivesOneResultOfNewestText();
    void changeDuringRenderDropsStaleResult();
    void debounceGrowsWithSizeAndIsCapped();
};

void TestPreviewController::rendersOnWorkerAfterDebounce()
{
    QString text = QStringLiteral("---\ntitle: 글\n---\n# 첫 제목\n");
    Qt::HANDLE sourceThread = nullptr;
    PreviewController controller([&] {
        sourceThread = QThread::currentThreadId();
        return text;
    });
    QSignalSpy spy(&controller, &PreviewController::rendered);
    QSignalSpy blocks(&controller, &PreviewController::blocksRendered);
    controller.textChanged();
    QVERIFY(spy.isEmpty()); // nothing happens synchronously
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).toString().contains(QStringLiteral("첫 제목")));
    QVERIFY(!spy.at(0).at(0).toString().contains(QStringLiteral("title")));
    QCOMPARE(spy.at(0).at(1).toInt(), controller.generation());
    // The page's blocks come with it, made on the worker too.
    QCOMPARE(blocks.size(), 1);
    const HtmlBlocks pieces = blocks.at(0).at(0).value<HtmlBlocks>();
    QCOMPARE(pieces.blocks.join(QString()), spy.at(0).at(0).toString());
    QCOMPARE(pieces.keys.size(), pieces.blocks.size());
    QVERIFY(!pieces.keys.first().contains(QStringLiteral("data-sourcepos")));
    // The text is taken on the GUI thread, never from the worker.
    QCOMPARE(sourceThread, QThread::currentThreadId());
}

void TestPreviewController::burstOfChangesGivesOneResultOfNewestText()
{
    QString text;
    PreviewController controller([&] { return text; });
    QSignalSpy spy(&controller, &PreviewController::rendered);
    for (int i = 0; i < 50; ++i) {
        text = QStringLiteral("# 제목 %1\n").arg(i);
        controller.textChanged();
    }
    QVERIFY(spy.wait(5000));
    QTest::qWait(PreviewController::debounceFor(0) * 3);
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).toString().contains(QStringLiteral("제목 49")));
}

void TestPreviewController::changeDuringRenderDropsStaleResult()
{
    // A big text keeps the worker busy while the text changes again.
    QString big;
    for (int i = 0; i < 20000; ++i)
        big += QStringLiteral("문단 %1 **굵게** 그리고 `코드`\n\n").arg(i);
    QString text = QStringLiteral("# 옛 글\n") + big;
    PreviewController controller([&] { return text; });
    QSignalSpy spy(&controller, &PreviewController::rendered);
    controller.renderNow();
    text = QStringLiteral("# 새 글\n") + big;
    controller.renderNow(); // coalesces behind the running render
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 20000);
    QTest::qWait(200);
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).toString().contains(QStringLiteral("새 글")));
    QCOMPARE(spy.at(0).at(1).toInt(), controller.generation());
}

void TestPreviewController::debounceGrowsWithSizeAndIsCapped()
{
    QVERIFY(PreviewController::debounceFor(0) >= 10);
    QVERIFY(PreviewController::debounceFor(1'000'000) > PreviewController::debounceFor(10'000));
    QVERIFY(PreviewController::debounceFor(100'000'000) <= 500);
}

QTEST_GUILESS_MAIN(TestPreviewController)
#include "tst_previewcontroller.moc"
