// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownnode.h"

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <new>

namespace geul {

namespace {

thread_local NodeArena *currentArena = nullptr;

// Before every allocateHere() allocation (details, lists of children):
// where its memory came from (an arena, or the heap).
struct alignas(std::max_align_t) Header
{
    NodeArena *arena;
};

// Under malloc's mmap threshold (128 KiB): blocks come from the heap and go back
// to it, instead of being mapped and unmapped, page by page, for every parse.
constexpr std::size_t blockSize = 32 * 1024;

// The blocks of arenas gone, for the next tree: an editor reads its post
// again and again, and memory just used is memory in the cache, already
// mapped. Shared by all threads (a tree read on a worker is often freed on
// the GUI thread); at most maxSpareBlocks (16 MiB) are kept. Not under
// AddressSanitizer: an element used after its tree is gone must be found
// there, not read quietly from the next tree.
#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t maxSpareBlocks = 0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr std::size_t maxSpareBlocks = 0;
#else
constexpr std::size_t maxSpareBlocks = 512;
#endif
#else
constexpr std::size_t maxSpareBlocks = 512;
#endif
struct SpareBlocks
{
    std::mutex mutex;
    std::vector<std::byte *> blocks;
};
SpareBlocks &spare()
{
    // Never destroyed: a tree may outlive the statics (kept by another).
    static auto *blocks = new SpareBlocks;
    return *blocks;
}

} // namespace

NodeArena::~NodeArena()
{
    if constexpr (maxSpareBlocks > 0) {
        SpareBlocks &pool = spare();
        const std::lock_guard lock(pool.mutex);
        while (!m_blocks.empty() && pool.blocks.size() < maxSpareBlocks) {
            pool.blocks.push_back(m_blocks.back());
            m_blocks.pop_back();
        }
    }
    for (std::byte *block : m_blocks)
        ::operator delete(block);
    for (std::byte *block : m_largeBlocks)
        ::operator delete(block);
}

void *NodeArena::allocate(std::size_t bytes, std::size_t alignment)
{
    const auto alignedUp = [alignment](std::byte *p) {
        return reinterpret_cast<std::byte *>((reinterpret_cast<std::uintptr_t>(p) + alignment - 1) & ~(alignment - 1));
    };
    std::byte *at = m_next ? alignedUp(m_next) : nullptr;
    if (at == nullptr || at > m_end || std::size_t(m_end - at) < bytes) {
        if (bytes > blockSize) {
            // One allocation larger than a block: a block of its own.
            auto *block = static_cast<std::byte *>(::operator new(bytes));
            m_largeBlocks.push_back(block);
            return block;
        }
        std::byte *block = nullptr;
        if constexpr (maxSpareBlocks > 0) {
            SpareBlocks &pool = spare();
            const std::lock_guard lock(pool.mutex);
            if (!pool.blocks.empty()) {
                block = pool.blocks.back();
                pool.blocks.pop_back();
            }
        }
        if (!block)
            block = static_cast<std::byte *>(::operator new(blockSize));
        m_blocks.push_back(block);
        at = block; // operator new's memory is aligned for any type
        m_end = block + blockSize;
    }
    m_next = at + bytes;
    return at;
}

NodeArena::Scope::Scope(NodeArena *arena) : m_previous(currentArena)
{
    currentArena = arena;
}

NodeArena::Scope::~Scope()
{
    currentArena = m_previous;
}

std::unique_ptr<MarkdownNode> MarkdownNode::cloneAlone(qsizetype from, qsizetype delta) const
{
    const auto moved = [from, delta](qsizetype offset) { return offset >= from ? offset + delta : offset; };
    auto copy = std::make_unique<MarkdownNode>(type, value);
    copy->symbol = symbol;
    copy->category = category;
    copy->contentModel = contentModel;
    copy->closed = closed;
    copy->transparent = transparent;
    copy->fenced = fenced;
    copy->firstAsParagraph = firstAsParagraph;
    copy->markdownImage = markdownImage;
    copy->level = level;
    copy->start = moved(start);
    copy->end = moved(end);
    if (m_details) {
        copy->m_details.reset(new Details(*m_details));
        Details &d = *copy->m_details;
        d.urlStart = moved(d.urlStart);
        d.urlEnd = moved(d.urlEnd);
        for (auto &[name, span] : d.attributeSpans) {
            span.first = moved(span.first);
            span.second = moved(span.second);
        }
    }
    return copy;
}

std::unique_ptr<MarkdownNode> MarkdownNode::clone(qsizetype from, qsizetype delta) const
{
    std::unique_ptr<MarkdownNode> copy = cloneAlone(from, delta);
    copy->children.reserve(children.size());
    for (const auto &child : children)
        copy->children.push_back(child->clone(from, delta));
    return copy;
}

void MarkdownNode::clampOffsets(qsizetype from, qsizetype to)
{
    const auto clamp = [from, to](qsizetype &offset) {
        if (offset >= 0)
            offset = std::clamp(offset, from, to);
    };
    clamp(start);
    clamp(end);
    if (m_details) {
        clamp(m_details->urlStart);
        clamp(m_details->urlEnd);
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
    void *memory
        = arena ? arena->allocate(sizeof(Header) + bytes, alignof(Header)) : ::operator new(sizeof(Header) + bytes);
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
    // Made by the constructor that follows, on this thread: m_inArena
    // tells the same as currentArena does here.
    return currentArena ? currentArena->allocate(size, alignof(MarkdownNode)) : ::operator new(size);
}

void MarkdownNode::operator delete(MarkdownNode *node, std::destroying_delete_t)
{
    const bool inArena = node->m_inArena;
    node->~MarkdownNode();
    if (!inArena)
        ::operator delete(node);
}

} // namespace geul
