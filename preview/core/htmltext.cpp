// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QRegularExpression>

namespace geul {

QString unescapeHtml(const QString &value)
{
    if (!value.contains(u'&'))
        return value;
    // Numeric references first; `&amp;` last, so that `&amp;lt;` stays `&lt;`.
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : numeric.globalMatch(value)) {
        out += QStringView(value).sliced(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        out += ok ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : m.captured();
        last = m.capturedEnd();
    }
    out += QStringView(value).sliced(last);
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&#39;"), QLatin1String("'"));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

} // namespace geul
