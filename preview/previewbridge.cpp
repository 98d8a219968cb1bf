// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbridge.h"

namespace geul {

void PreviewBridge::setHtml(const QString &html, int generation)
{
    m_html = html;
    m_generation = generation;
    Q_EMIT htmlChanged(m_html, m_generation);
}

void PreviewBridge::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged(m_dark);
}

void PreviewBridge::scrollToLine(double line)
{
    Q_EMIT scrollRequested(line);
}

void PreviewBridge::reportShown(int generation, double milliseconds)
{
    Q_EMIT shown(generation, milliseconds);
}

void PreviewBridge::reportScrolled(double line)
{
    Q_EMIT scrolled(line);
}

void PreviewBridge::reportClicked(int line)
{
    Q_EMIT clicked(line);
}

} // namespace geul
