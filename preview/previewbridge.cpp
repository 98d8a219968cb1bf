// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbridge.h"

#include "htmltext.h"

namespace geul {

void PreviewBridge::setBlocks(const HtmlBlocks &fragment, int generation)
{
    const QStringList &blocks = fragment.blocks;
    const QStringList &keys = fragment.keys;

    // The unchanged blocks at the start and at the end; the rest is new.
    qsizetype start = 0;
    while (start < blocks.size() && start < m_blocks.size() && keys[start] == m_keys[start])
        ++start;
    qsizetype oldEnd = m_blocks.size();
    qsizetype newEnd = blocks.size();
    while (oldEnd > start && newEnd > start && keys[newEnd - 1] == m_keys[oldEnd - 1]) {
        --oldEnd;
        --newEnd;
    }
    QVariantList items;
    items.reserve(blocks.size());
    const auto kept = [&](qsizetype index, qsizetype oldIndex) {
        if (blocks[index] == m_blocks[oldIndex])
            items.append(int(oldIndex));
        else
            items.append(QVariant(QVariantList{int(oldIndex), sourcePositions(blocks[index])}));
    };
    for (qsizetype i = 0; i < start; ++i)
        kept(i, i);
    for (qsizetype i = start; i < newEnd; ++i)
        items.append(blocks[i]);
    for (qsizetype i = newEnd; i < blocks.size(); ++i)
        kept(i, oldEnd + (i - newEnd));

    if (fragment.math != m_math) {
        // The page typesets every block again, or none.
        m_math = fragment.math;
        Q_EMIT mathChanged(m_math);
    }
    if (fragment.header != m_header) {
        m_header = fragment.header;
        Q_EMIT headerChanged(m_header);
    }
    const bool first = m_generation == 0;
    m_blocks = blocks;
    m_keys = keys;
    m_generation = generation;
    if (first)
        Q_EMIT replaced(m_blocks, m_generation);
    else
        Q_EMIT patched(items, m_generation);
}

void PreviewBridge::requestBlocks()
{
    if (m_generation > 0)
        Q_EMIT replaced(m_blocks, m_generation);
}

void PreviewBridge::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged(m_dark);
}

void PreviewBridge::revealLine(int line)
{
    Q_EMIT revealRequested(line);
}

void PreviewBridge::scrollToLine(double line)
{
    Q_EMIT scrollRequested(line);
}

void PreviewBridge::reportUpdated(int generation, double milliseconds)
{
    Q_EMIT updated(generation, milliseconds);
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
