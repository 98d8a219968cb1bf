// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderpace.h"

#include <algorithm>
#include <array>

namespace geul {

namespace {

// How far behind the editor the preview may be while the writer types: a
// reader follows changes a few times a second, and no render can show a
// change sooner than it takes.
constexpr qint64 smallestBudget = 250;
constexpr qint64 largestBudget = 1000;
// Starts are never closer than this while typing goes on: more updates are
// more than a reader can follow, and each repaints the page.
constexpr qint64 shortestInterval = 100;
// Between two starts while typing goes on, at least this many times what a
// render costs: the preview keeps to a share of the machine.
constexpr double workShare = 1.75;

} // namespace

void RenderPace::measured(double cost)
{
    m_samples[m_nextSample] = cost;
    m_nextSample = (m_nextSample + 1) % m_samples.size();
    m_sampleCount = std::min(m_sampleCount + 1, m_samples.size());
}

double RenderPace::cost() const
{
    // The median of the last few: a post grows and a machine gets busy, but
    // one slow render (the first patch of a page, a collection of garbage)
    // is not what the next ones will cost.
    if (m_sampleCount == 0)
        return 0;
    std::array<double, 5> sorted = m_samples;
    std::sort(sorted.begin(), sorted.begin() + qsizetype(m_sampleCount));
    return sorted[(m_sampleCount - 1) / 2];
}

void RenderPace::changed(qint64)
{
    m_waiting = true;
}

void RenderPace::invalidated()
{
    m_waiting = true;
    m_invalid = true;
    if (m_running)
        m_invalidWhileRunning = true;
}

void RenderPace::started(qint64 now)
{
    // A render after invalidated() shows a whole new page, which costs more
    // than following an edit does: not what paces typing.
    m_measuring = !m_invalid;
    m_running = true;
    m_waiting = false;
    m_invalid = false;
    m_invalidWhileRunning = false;
    m_lastStart = now;
    m_runningSince = now;
}

bool RenderPace::finished(qint64 now)
{
    m_running = false;
    const double render = double(now - m_runningSince);
    if (m_invalidWhileRunning) {
        m_invalidWhileRunning = false;
        if (m_measuring)
            measured(render);
        return false;
    }
    m_resultAt = now;
    m_resultMeasured = m_measuring;
    m_resultRender = render;
    if (m_measuring && !m_pageReports)
        measured(render); // no page to wait for: the render is the cost
    return true;
}

void RenderPace::shown(qint64 now)
{
    if (!m_pageReports && m_resultMeasured && m_resultAt >= 0 && m_sampleCount > 0) {
        // Counted at its end, without the page: counted again with it.
        m_nextSample = (m_nextSample + m_samples.size() - 1) % m_samples.size();
        --m_sampleCount;
    }
    m_pageReports = true;
    if (m_resultAt < 0)
        return; // a page shows each result once; this one was counted
    if (m_resultMeasured)
        measured(m_resultRender + double(std::max<qint64>(0, now - m_resultAt)));
    m_resultAt = -1;
}

qint64 RenderPace::budget() const
{
    // The smallest while renders are cheap (up to a tenth of a second, a
    // post of a few hundred KB), then growing with the cost: a change waits
    // for at most the interval, then takes one render to show. And never
    // so small that the interval would be shorter than its share of the
    // work (see interval()).
    const double c = cost();
    const double grown = std::max(double(smallestBudget) + (c - 100) * 3.75, (workShare + 1.25) * c + 40);
    return std::clamp(qint64(grown), smallestBudget, largestBudget);
}

qint64 RenderPace::interval() const
{
    // A change made just after a start waits the interval, then one render:
    // the two together stay within the budget, with a quarter of a render
    // and a moment for the event loop to spare, for a machine that is
    // busier than it was.
    // The budget leaves at least workShare times the cost between starts:
    // while the writer types, the preview's work (a render and the page's
    // drawing of it) takes at most about half of the time, however cheap
    // renders become.
    return std::max(shortestInterval, budget() - qint64(1.25 * cost()) - 40);
}

std::optional<qint64> RenderPace::nextStart(qint64 now) const
{
    if (m_running || !m_waiting)
        return std::nullopt;
    if (m_invalid)
        return now;
    // After a pause this is at once; while typing goes on, on the cadence.
    qint64 at = std::max(now, m_lastStart + interval());
    // Not before the page has shown the last result: results sent faster
    // than it shows them would wait in line, each later than the one
    // before. A page that does not answer is waited for a while only.
    if (m_pageReports && m_resultAt >= 0)
        at = std::max(at, m_resultAt + std::max<qint64>(1000, qint64(2 * cost())));
    return at;
}

} // namespace geul
