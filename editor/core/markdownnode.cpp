// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownnode.h"

#include <algorithm>
#include <new>

namespace geul {

namespace {

thread_local NodeArena *currentArena = nullptr;

// Before every element: where its memory came from (an arena, or the heap).
struct alignas(std::max_align_t) Header
{
    NodeArena *arena;
};

// Under malloc's mmap threshold (128 KiB): blocks come from the heap and go back
// to it, instead of being mapped and unmapped, page by page, for every parse.
constexpr std::size_t blockSize = 32 * 1024;

} // namespace

NodeArena::~NodeArena()
{
    for (std::byte *block : m_blocks)
        ::operator delete(block);
}

void *NodeArena::allocate(std::size_t bytes)
{
    bytes = (bytes + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
    if (m_next == nullptr || std::size_t(m_end - m_next) < bytes) {
        const std::size_t size = std::max(bytes, blockSize);
        auto *block = static_cast<std::byte *>(::operator new(size));
        m_blocks.push_back(block);
        m_next = block;
        m_end = block + size;
    }
    void *result = m_next;
    m_next += bytes;
    return result;
}

NodeArena::Scope::Scope(NodeArena *arena) : m_previous(currentArena)
{
    currentArena = arena;
}

NodeArena::Scope::~Scope()
{
    currentArena = m_previous;
}

void MarkdownNode::clampOffsets(qsizetype from, qsizetype to)
{
    const auto clamp = [from, to](qsizetype &offset) {
        if (offset >= 0)
            offset = std::clamp(offset, from, to);
    };
    clamp(start);
    clamp(end);
    clamp(urlStart);
    clamp(urlEnd);
    if (m_details) {
        for (auto &[name, span] : m_details->attributeSpans) {
            clamp(span.first);
            clamp(span.second);
        }
    }
    for (const auto &child : children)
        child->clampOffsets(from, to);
}

const MarkdownNode::Details &MarkdownNode::noDetails()
{
    static const Details none;
    return none;
}

NodeArena *NodeArena::current()
{
    return currentArena;
}

void *NodeArena::allocateHere(std::size_t bytes)
{
    NodeArena *arena = currentArena;
    void *memory = arena ? arena->allocate(sizeof(Header) + bytes) : ::operator new(sizeof(Header) + bytes);
    auto *header = static_cast<Header *>(memory);
    header->arena = arena;
    return header + 1;
}

void NodeArena::release(void *pointer)
{
    if (!pointer)
        return;
    Header *header = static_cast<Header *>(pointer) - 1;
    if (!header->arena)
        ::operator delete(header);
}

void *MarkdownNode::operator new(std::size_t size)
{
    return NodeArena::allocateHere(size);
}

void MarkdownNode::operator delete(void *pointer)
{
    NodeArena::release(pointer);
}

} // namespace geul
