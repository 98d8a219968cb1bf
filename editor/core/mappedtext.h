// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace geul {

/// Text that knows where each of its characters came from in a post.
///
/// Reading a post the way Jekyll does means taking text apart and putting
/// it together again: Liquid fills in values, a block quote loses its `>`,
/// a list item its indentation, a paragraph its leading spaces. Each piece
/// keeps the offset in the post it was taken from, so that whatever is
/// found in the result (an image's URL, a heading, a table) can be named by
/// its line and column and rewritten in place. Characters that no text of
/// the post produced (a value Liquid filled in, a tab expanded into spaces)
/// map to an anchor: the place that made them.
///
/// Value type.
class MappedText
{
public:
    MappedText() = default;
    /// @p text as it stands in the post from offset @p origin on.
    explicit MappedText(QString text, qsizetype origin = 0) : m_buffer(std::move(text)), m_size(m_buffer.size())
    {
        m_runs.push_back({0, origin, false});
    }
    /// The characters of @p buffer from @p from to @p to, which stand in
    /// the post from offset @p origin on; shares @p buffer's memory.
    MappedText(const QString &buffer, qsizetype from, qsizetype to, qsizetype origin)
        : m_buffer(buffer), m_offset(from), m_size(to - from)
    {
        m_runs.push_back({0, origin, false});
    }

    /// The characters. A piece of a larger text shares its memory (most
    /// pieces a post is cut into stand together in it): the view is valid
    /// while this text lives and is not changed.
    QStringView text() const { return QStringView(m_buffer).sliced(m_offset, m_size); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QChar at(qsizetype i) const { return text().at(i); }
    /// The character at @p i, or NUL past either end.
    QChar peek(qsizetype i) const { return i >= 0 && i < m_size ? m_buffer.at(m_offset + i) : QChar(); }

    /// The offset in the post of the character at @p i; for @p i at the
    /// end, just after the last character.
    qsizetype origin(qsizetype i) const
    {
        if (m_runs.empty())
            return 0;
        if (i >= m_size && i > 0) {
            const Run &last = runAt(m_size - 1);
            return last.synthetic ? last.origin : last.origin + (m_size - 1 - last.at) + 1;
        }
        const Run &run = runAt(std::max<qsizetype>(i, 0));
        return run.synthetic ? run.origin : run.origin + (i - run.at);
    }
    /// Whether the character at @p i is the post's own (not synthetic).
    bool isOriginal(qsizetype i) const { return !m_runs.empty() && !runAt(i).synthetic; }
    /// Whether the characters from @p from to @p to are all the post's own
    /// and stand together in it, so that they can be rewritten there.
    bool isContiguous(qsizetype from, qsizetype to) const
    {
        if (from >= to)
            return m_size == 0 || isOriginal(std::min(from, m_size - 1));
        if (m_runs.empty())
            return false;
        // Run by run: each the post's own, each going on where the one
        // before stopped.
        const qsizetype first = origin(from);
        for (const Run *run = &runAt(from); run != m_runs.end() && run->at < to; ++run) {
            const qsizetype at = std::max(run->at, from);
            if (run->synthetic || run->origin + (at - run->at) != first + (at - from))
                return false;
        }
        return true;
    }

    /// Appends @p other's characters from @p from to @p to, with their origins.
    void append(const MappedText &other, qsizetype from, qsizetype to)
    {
        if (to <= from)
            return;
        if (&other == this) {
            const MappedText copy = other; // shares the characters; the runs change below
            append(copy, from, to);
            return;
        }
        // The runs of other that cover [from, to).
        const qsizetype base = m_size;
        auto it = std::upper_bound(other.m_runs.begin(), other.m_runs.end(), from,
                                   [](qsizetype pos, const Run &r) { return pos < r.at; });
        --it;
        for (qsizetype pos = from; pos < to; ++it) {
            const qsizetype runEnd = std::next(it) == other.m_runs.end() ? other.m_size : std::next(it)->at;
            addRun(base + (pos - from), it->synthetic ? it->origin : it->origin + (pos - it->at), it->synthetic);
            pos = std::min(to, runEnd);
        }
        if (m_size == 0) {
            // A piece of other: shared, not copied.
            m_buffer = other.m_buffer;
            m_offset = other.m_offset + from;
            m_size = to - from;
        } else if (m_buffer.constData() == other.m_buffer.constData() && m_offset + m_size == other.m_offset + from) {
            // What follows this text in the memory it shares with other.
            m_size += to - from;
        } else {
            appendCharacters(other.text().sliced(from, to - from));
        }
    }
    void append(const MappedText &other) { append(other, 0, other.size()); }
    /// Appends characters that no text of the post produced, mapped to @p anchor.
    void appendSynthetic(QStringView text, qsizetype anchor)
    {
        if (text.isEmpty())
            return;
        addRun(m_size, anchor, true);
        appendCharacters(text);
    }
    /// Appends characters of the post at @p origin.
    void appendOriginal(QStringView text, qsizetype origin)
    {
        if (text.isEmpty())
            return;
        addRun(m_size, origin, false);
        appendCharacters(text);
    }

    MappedText mid(qsizetype from, qsizetype to) const
    {
        MappedText out;
        out.append(*this, from, std::min(to, m_size));
        if (out.m_runs.empty())
            out.m_runs.push_back({0, origin(from), true});
        return out;
    }
    MappedText mid(qsizetype from) const { return mid(from, m_size); }

    /// Removes @p n characters from the end.
    void chop(qsizetype n)
    {
        m_size -= std::min(n, m_size);
        while (m_runs.size() > 1 && m_runs.back().at >= m_size)
            m_runs.pop_back();
    }

private:
    struct Run
    {
        qsizetype at; // where the run starts in the text
        qsizetype origin; // its first character's offset in the post, or its anchor
        bool synthetic;
    };

    /// The runs of a text: most texts have one, kept in place (a list of
    /// them would cost an allocation for each of the many pieces a post is
    /// cut into).
    class Runs
    {
    public:
        Runs() = default;
        Runs(const Runs &) = default;
        Runs &operator=(const Runs &) = default;
        Runs(Runs &&other) noexcept
            : m_first(other.m_first), m_more(std::move(other.m_more)), m_size(std::exchange(other.m_size, 0))
        {
        }
        Runs &operator=(Runs &&other) noexcept
        {
            m_first = other.m_first;
            m_more = std::move(other.m_more);
            m_size = std::exchange(other.m_size, 0);
            return *this;
        }

        bool empty() const { return m_size == 0; }
        std::size_t size() const { return m_size; }
        const Run *begin() const { return m_size <= 1 ? &m_first : m_more.data(); }
        const Run *end() const { return begin() + m_size; }
        Run &back() { return m_size <= 1 ? m_first : m_more.back(); }
        const Run &operator[](std::size_t i) const { return begin()[i]; }
        void push_back(const Run &run)
        {
            if (m_size == 0) {
                m_first = run;
            } else {
                if (m_size == 1)
                    m_more.push_back(m_first);
                m_more.push_back(run);
            }
            ++m_size;
        }
        void pop_back()
        {
            --m_size;
            if (m_size >= 1)
                m_more.pop_back();
            if (m_size == 1) {
                m_first = m_more.front();
                m_more.clear();
            }
        }

    private:
        Run m_first{0, 0, false};
        std::vector<Run> m_more; // all of them, when there are two or more
        std::size_t m_size = 0;
    };

    const Run &runAt(qsizetype i) const
    {
        auto it = std::upper_bound(m_runs.begin(), m_runs.end(), i, [](qsizetype pos, const Run &r) { return pos < r.at; });
        return *std::prev(it);
    }

    // A run from @p at (where the text appended next will stand) on.
    void addRun(qsizetype at, qsizetype origin, bool synthetic)
    {
        if (!m_runs.empty()) {
            Run &last = m_runs.back();
            if (last.at == at) {
                // An empty run before this one: replace it.
                last = {at, origin, synthetic};
                if (m_runs.size() > 1) {
                    const Run &before = m_runs[m_runs.size() - 2];
                    if (continues(before, at, origin, synthetic))
                        m_runs.pop_back();
                }
                return;
            }
            if (continues(last, at, origin, synthetic))
                return;
        }
        m_runs.push_back({at, origin, synthetic});
    }

    static bool continues(const Run &run, qsizetype at, qsizetype origin, bool synthetic)
    {
        if (run.synthetic != synthetic)
            return false;
        return synthetic ? run.origin == origin : run.origin + (at - run.at) == origin;
    }

    // Appends @p text to the characters, in memory of this text's own
    // (m_buffer is then the text, from its start).
    void appendCharacters(QStringView text)
    {
        if (m_offset != 0 || m_size != m_buffer.size()) {
            // The whole text is made before the old buffer goes: @p text may
            // be a view of it.
            QString own;
            own.reserve(m_size + text.size());
            own += this->text();
            own += text;
            m_buffer = std::move(own);
            m_offset = 0;
        } else {
            m_buffer += text; // QString's append takes a view of itself
        }
        m_size = m_buffer.size();
    }

    QString m_buffer; ///< the characters are m_size of it from m_offset on
    qsizetype m_offset = 0;
    qsizetype m_size = 0;
    Runs m_runs;
};

} // namespace geul
