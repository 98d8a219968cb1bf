// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <optional>

namespace geul {

/// When the preview renders next. The first change after a pause is
/// rendered at once. While the text keeps changing, renders follow at a
/// steady cadence that adapts to what one costs (from its start to the page
/// showing it): never more than budget() behind the editor, and no more
/// often than that allows, so that a small post does not repaint the page
/// on every key and a big one never stops following the writer.
///
/// Pure bookkeeping over times the caller gives (milliseconds of one steady
/// clock), so that it can be driven by timers and tested without them. One
/// render runs at a time.
class RenderPace
{
public:
    /// The text changed at @p now.
    void changed(qint64 now);
    /// Everything shown is out of date (another post, another theme): the
    /// next render starts as soon as none runs, and a render that is
    /// running ends unseen.
    void invalidated();
    /// A render of the newest text started at @p now.
    void started(qint64 now);
    /// The render ended at @p now. Whether to show its result: not after
    /// invalidated(), since it was started.
    bool finished(qint64 now);
    /// The page showed the last result to be shown, at @p now. From the
    /// first time on, a render starts only once the page has shown the
    /// one before (or has kept it waiting too long).
    void shown(qint64 now);

    /// When the next render should start (on the same clock): now or
    /// later; none while one runs or when nothing waits.
    std::optional<qint64> nextStart(qint64 now) const;

    /// What a render costs, start to shown, as lately measured (ms): the
    /// median of the last five renders that followed an edit.
    double cost() const;
    /// The longest the preview should be behind the editor while the writer
    /// types: 250 ms while a render costs up to 70 ms, growing with the
    /// cost up to 1 s (from 300 ms on).
    qint64 budget() const;
    /// The least time between two starts while the text keeps changing: at
    /// least 1.75 times what a render costs, so that the preview's work
    /// takes no more than about half of the time however often it could
    /// render.
    qint64 interval() const;

    bool isRunning() const { return m_running; }

private:
    void measured(double cost);

    bool m_running = false;
    bool m_waiting = false; ///< a change not yet in a started render
    bool m_invalid = false; ///< invalidated(): start at once, drop the running result
    bool m_invalidWhileRunning = false;
    qint64 m_lastStart = -1'000'000;
    qint64 m_runningSince = 0;
    qint64 m_resultAt = -1; ///< when the last shown result was handed over, or -1 once the page showed it
    double m_resultRender = 0; ///< what the render of the last result took
    std::array<double, 5> m_samples{};
    std::size_t m_nextSample = 0;
    std::size_t m_sampleCount = 0;
    bool m_measuring = false; ///< the running render paces typing (not after invalidated())
    bool m_resultMeasured = false;
    bool m_pageReports = false; ///< shown() was called: a page takes the results
};

} // namespace geul
