// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>
#include <new>
#include <optional>
#include <vector>

namespace geul {

/// An element's attributes in the order they were given, as HTML writes
/// them. Setting one that is there already changes it in its place.
class Attributes
{
public:
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    bool contains(QStringView name) const { return indexOf(name) >= 0; }
    QString value(QStringView name) const
    {
        const qsizetype i = indexOf(name);
        return i < 0 ? QString() : m_items.at(i).second;
    }
    void set(const QString &name, const QString &value)
    {
        const qsizetype i = indexOf(name);
        if (i < 0)
            m_items.append({name, value});
        else
            m_items[i].second = value;
    }
    /// Adds @p classes to the `class` attribute, after the ones it has.
    void addClasses(const QString &classes)
    {
        const QString old = value(u"class");
        QString joined = old.isEmpty() ? classes : old + u' ' + classes;
        while (joined.startsWith(u' '))
            joined.remove(0, 1);
        set(QStringLiteral("class"), joined);
    }
    void remove(QStringView name)
    {
        if (const qsizetype i = indexOf(name); i >= 0)
            m_items.removeAt(i);
    }
    const QList<QPair<QString, QString>> &items() const { return m_items; }

private:
    qsizetype indexOf(QStringView name) const
    {
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).first == name)
                return i;
        }
        return -1;
    }

    QList<QPair<QString, QString>> m_items;
};

/// A kramdown inline attribute list (`{: .class #id key="value" ref}`):
/// attributes to set, and references to attribute list definitions.
struct AttributeList
{
    Attributes attributes;
    QStringList references;
};

/// Memory for the elements of one tree, given out in order and freed all at
/// once: a post is read into thousands of small elements, and allocating
/// and freeing each on its own is a good part of reading it. While a Scope
/// lives, elements made on its thread come from its arena; the arena must
/// outlive them (KramdownParser::Result holds its tree's arena).
class NodeArena
{
public:
    NodeArena() = default;
    NodeArena(const NodeArena &) = delete;
    NodeArena &operator=(const NodeArena &) = delete;
    ~NodeArena();

    /// @p bytes aligned to @p alignment (a power of two, at most
    /// alignof(std::max_align_t)).
    void *allocate(std::size_t bytes, std::size_t alignment);

    /// @p bytes from the current Scope's arena when there is one, else
    /// from the heap; give them back with release().
    static void *allocateHere(std::size_t bytes);
    /// Gives back what allocateHere() gave: to the heap, or, for an
    /// arena's, to nothing (it goes with the arena).
    static void release(void *pointer);

    class Scope
    {
    public:
        explicit Scope(NodeArena *arena);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        NodeArena *m_previous;
    };
    /// The arena of this thread's innermost Scope, or none.
    static NodeArena *current();

private:
    std::vector<std::byte *> m_blocks; ///< of blockSize each
    std::vector<std::byte *> m_largeBlocks;
    std::byte *m_next = nullptr;
    std::byte *m_end = nullptr;
};

/// A standard allocator on NodeArena::allocateHere(): the lists of a
/// tree's children live in its arena with the elements.
template<typename T> class ArenaAllocator
{
public:
    using value_type = T;
    ArenaAllocator() = default;
    template<typename U> ArenaAllocator(const ArenaAllocator<U> &) { }
    T *allocate(std::size_t n) { return static_cast<T *>(NodeArena::allocateHere(n * sizeof(T))); }
    void deallocate(T *pointer, std::size_t) { NodeArena::release(pointer); }
    friend bool operator==(const ArenaAllocator &, const ArenaAllocator &) { return true; }
};

struct MarkdownNode;
using NodeList = std::vector<std::unique_ptr<MarkdownNode>, ArenaAllocator<std::unique_ptr<MarkdownNode>>>;

/// One element of a post as Jekyll's Markdown converter sees it: the tree
/// kramdown builds (and, for CommonMark sites, the tree cmark-gfm builds,
/// in the same terms). Every element knows where it stands in the post's
/// text, so that what a reader finds in the tree can be named and edited.
///
/// Owned by its parent; the tree is not copied, only read, once built.
struct MarkdownNode
{
    enum class Type : quint8 {
        Root,
        Blank,
        Paragraph,
        Header,
        Blockquote,
        CodeBlock,
        UnorderedList,
        OrderedList,
        ListItem,
        DefinitionList,
        DefinitionTerm,
        Definition,
        Table,
        TableHead,
        TableBody,
        TableFoot,
        TableRow,
        TableCell,
        HorizontalRule,
        HtmlElement,
        XmlComment,
        XmlProcessingInstruction,
        Text,
        RawText, ///< text not yet parsed for span elements (while parsing only)
        Link,
        LineBreak,
        Image,
        CodeSpan,
        Footnote, ///< a footnote marker; the note is Root's footnote of the same name
        Emphasis,
        Strong,
        Entity,
        TypographicSymbol,
        SmartQuote,
        Abbreviation,
        Math,
        Comment, ///< `{::comment}`: not written
        Raw, ///< `{::nomarkdown}` and script content: written as it is
        EndOfBlock, ///< a definition or an attribute list: not written
        Temporary,
    };
    enum class Category : quint8 { None, Block, Span };
    enum class ContentModel : quint8 { Raw, Span, Block };
    enum class Alignment : quint8 { Default, Left, Center, Right };
    enum class Symbol : quint8 {
        // typographic symbols
        Mdash,
        Ndash,
        Hellip,
        LaquoSpace,
        RaquoSpace,
        Laquo,
        Raquo,
        // smart quotes
        Lsquo,
        Rsquo,
        Ldquo,
        Rdquo,
    };

    explicit MarkdownNode(Type t, QString v = {})
        : type(t), m_inArena(NodeArena::current() != nullptr), value(std::move(v))
    {
    }
    MarkdownNode(const MarkdownNode &) = delete;
    MarkdownNode &operator=(const MarkdownNode &) = delete;

    /// From the current NodeArena when there is one, else from the heap.
    static void *operator new(std::size_t size);
    /// Destroys @p node, and gives its memory back to the heap unless it
    /// came from an arena (which frees it all at once). An element knows
    /// where it came from, so that it needs no header before it.
    static void operator delete(MarkdownNode *node, std::destroying_delete_t);

    // The fields are ordered for size: a post of 1 MB is read into about
    // 75,000 elements, and the memory they fill, written once and read
    // twice, is much of the time a render takes.
    Type type;
    Symbol symbol = Symbol::Mdash; ///< TypographicSymbol, SmartQuote
    Category category = Category::None;
    ContentModel contentModel = ContentModel::Raw;
    bool closed = false; ///< HtmlElement written as `<x/>` (or without a body)
    bool transparent = false; ///< a Paragraph written without `<p>`
    bool fenced = false; ///< a fenced CodeBlock
    bool firstAsParagraph = false; ///< a Definition after a blank line
    bool markdownImage = false; ///< Image/Link written in Markdown (not HTML)

private:
    bool m_inArena; ///< made while a NodeArena::Scope was open, in its arena

public:
    quint8 level = 0; ///< Header level
    /// Text, code, TeX, raw HTML, or the tag name of an HtmlElement.
    QString value;
    NodeList children;

    /// Where the element stands in the post's text: offsets of the whole
    /// text (front matter included), end exclusive; -1 when not known.
    qsizetype start = -1;
    qsizetype end = -1;

    /// What few elements carry, kept apart so that the many small elements
    /// (text, emphasis, blanks) stay small. Made, like the element, in the
    /// arena of the current NodeArena::Scope when there is one.
    struct Details
    {
        static void *operator new(std::size_t size) { return NodeArena::allocateHere(size); }
        static void operator delete(void *pointer) { NodeArena::release(pointer); }

        /// Header: the text its automatic id is made from; Entity: the
        /// reference as written; CodeBlock: the language; Footnote: its
        /// name; EndOfBlock: what it ends (`link_def`, `ial`, ...).
        QString name;
        /// The element's attributes (an HTML element's, a link's href,
        /// those an attribute list gives).
        Attributes attributes;
        /// For Link and Image: where the URL stands in the text, when it
        /// can be rewritten there (a Markdown destination, an attribute's
        /// value, a reference definition's URL); -1 otherwise.
        qsizetype urlStart = -1;
        qsizetype urlEnd = -1;
        char32_t codePoint = 0; ///< Entity
        /// For HtmlElement: where the values of its attributes stand, by name.
        std::vector<std::pair<QString, std::pair<qsizetype, qsizetype>>> attributeSpans;
        /// For Text: the indexes in value of characters that stood escaped in
        /// the source (`\_` is `_` here), for telling what Markdown did to math.
        QList<qsizetype> escapedAt;
        /// For Table: the alignment of each column.
        QList<Alignment> alignment;
        /// An attribute list to apply once the tree is complete.
        std::optional<AttributeList> attributeList;
    };
    /// This element's details; empty ones when it has none.
    const Details &details() const { return m_details ? *m_details : noDetails(); }
    /// This element's details to change, made on first use.
    Details &editDetails()
    {
        if (!m_details)
            m_details.reset(new Details);
        return *m_details;
    }
    bool hasDetails() const { return m_details != nullptr; }

    /// See Details::attributes.
    const Attributes &attributes() const { return details().attributes; }
    Attributes &editAttributes() { return editDetails().attributes; }
    /// See Details::name.
    const QString &name() const { return details().name; }
    void setName(QString name) { editDetails().name = std::move(name); }
    /// See Details::urlStart.
    qsizetype urlStart() const { return details().urlStart; }
    qsizetype urlEnd() const { return details().urlEnd; }
    void setUrlSpan(qsizetype from, qsizetype to)
    {
        Details &d = editDetails();
        d.urlStart = from;
        d.urlEnd = to;
    }
    /// The character an Entity stands for.
    char32_t codePoint() const { return details().codePoint; }
    void setCodePoint(char32_t c) { editDetails().codePoint = c; }

    MarkdownNode *append(std::unique_ptr<MarkdownNode> child)
    {
        if (children.capacity() == 0)
            children.reserve(4); // fewer reallocations for the many small elements
        children.push_back(std::move(child));
        return children.back().get();
    }
    MarkdownNode *lastChild() const { return children.empty() ? nullptr : children.back().get(); }

    /// A copy of this element and those under it, made where new elements
    /// are (the current NodeArena::Scope), with every offset at or after
    /// @p from moved by @p delta: the part of an edited post that the edit
    /// only moved. Keep it in step with the fields.
    std::unique_ptr<MarkdownNode> clone(qsizetype from, qsizetype delta) const;
    /// The same, without the elements under it.
    std::unique_ptr<MarkdownNode> cloneAlone(qsizetype from, qsizetype delta) const;

    /// Keeps every offset of this element and those under it within
    /// [@p from, @p to], the text they were read from: an element that ends
    /// at a character the reading added (the final line break) ends at the
    /// text's end.
    void clampOffsets(qsizetype from, qsizetype to);

    bool isBlock() const
    {
        switch (type) {
        case Type::Blank:
        case Type::Paragraph:
        case Type::Header:
        case Type::Blockquote:
        case Type::CodeBlock:
        case Type::UnorderedList:
        case Type::OrderedList:
        case Type::ListItem:
        case Type::DefinitionList:
        case Type::DefinitionTerm:
        case Type::Definition:
        case Type::Table:
        case Type::TableCell:
        case Type::HorizontalRule:
            return true;
        case Type::Text:
        case Type::Link:
        case Type::LineBreak:
        case Type::Image:
        case Type::CodeSpan:
        case Type::Footnote:
        case Type::Emphasis:
        case Type::Strong:
        case Type::Entity:
        case Type::TypographicSymbol:
        case Type::SmartQuote:
        case Type::Abbreviation:
            return false;
        default:
            return category == Category::Block;
        }
    }

private:
    static const Details &noDetails();

    std::unique_ptr<Details> m_details;
};
static_assert(sizeof(void *) != 8 || sizeof(MarkdownNode) <= 88, "MarkdownNode grew: see the note on its fields");

} // namespace geul
