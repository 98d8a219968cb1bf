// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI tests share: reading the preview page's state.
#pragma once

#include <QString>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

namespace geul::test {

/// Evaluates @p script in @p page and returns its value ("<timeout>" when
/// the page does not answer within 10 s).
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return result;
}

} // namespace geul::test
