// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

#include <functional>
#include <optional>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace geul {

/// The text editor for a post: Markdown with YAML front matter, highlighted
/// by KSyntaxHighlighting with a theme that follows the palette (light or
/// dark), in a font that shows Hangul well.
///
/// It never changes the document by itself, so Korean input-method
/// composition is never interrupted. GUI thread only.
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// The syntax definitions and themes, loaded once for the process (GUI
    /// thread only).
    static KSyntaxHighlighting::Repository &syntaxRepository();
    /// Monospaced, with Hangul of the same family where there is one.
    static QFont editorFont();

    /// Images that a paste or a drop brings: encoded image data, or files.
    struct Images
    {
        QByteArray data;
        QStringList files;
    };

    /// Stores @p images and returns the Markdown that links them (empty
    /// when none could be stored), setting @p error to what went wrong.
    using ImageHandler = std::function<QString(const Images &images, QString *error)>;

    explicit MarkdownEdit(QWidget *parent = nullptr);

    /// The document's text exactly: lines joined by '\n', every other
    /// character as typed or loaded. Unlike toPlainText(), which turns
    /// no-break spaces (U+00A0) into spaces and U+2028 into line breaks.
    /// (A U+2029 paragraph separator cannot be kept: QTextDocument makes it a
    /// line break when the text is set.)
    QString text() const;

    /// The line of the text at the top of the view: 1-based, plus the part
    /// of that line's paragraph scrolled past (2.5 is half-way into line 2).
    double topLine() const;
    /// Scrolls so that @p line, as topLine() counts it, is at the top.
    void scrollToLine(double line);

    /// Where pasted, dropped and inserted images go. Without a handler,
    /// pasting and dropping insert text only.
    void setImageHandler(ImageHandler handler) { m_imageHandler = std::move(handler); }

    /// The images in @p mime, by this rule: local files (a copy in a file
    /// manager, a drop) always; image data (a screenshot tool, "Copy Image"
    /// in a browser, HTML holding only a `data:` image) unless the
    /// clipboard also has text of its own, as office programs add a picture
    /// of copied text: that text is what the user meant. Text that is just
    /// a URL or a file name, as browsers add, does not count.
    static std::optional<Images> imagesIn(const QMimeData *mime, QString *error = nullptr);

    /// Inserts @p images at the cursor through the image handler, as one
    /// undo step; returns false and emits imageProblem() when nothing was
    /// inserted.
    bool insertImages(const Images &images);

    /// Makes the document's text @p text by replacing only the span that
    /// differs, as one undo step (joined to the open one, if any), so that
    /// the cursor, the scroll position and the undo history stay.
    void replaceText(const QString &text);

    /// Kinds of marks drawn over the text, each set on its own: misspelled
    /// words, and the matches of a search (drawn above them).
    enum class Marks { Spelling, Search };
    /// Sets the marks of @p kind, leaving the others.
    void setMarks(Marks kind, const QList<QTextEdit::ExtraSelection> &marks);
    const QList<QTextEdit::ExtraSelection> &marks(Marks kind) const;

    /// An input method is composing text (a Hangul syllable not yet
    /// committed). Nothing may change the document meanwhile.
    bool isComposing() const { return m_composing; }

Q_SIGNALS:
    /// The input method committed or dropped what it was composing.
    void compositionEnded();
    /// Images were linked at the cursor. Emitted inside the edit, so that
    /// changes made by receivers (a front matter key) are in the same undo
    /// step.
    void imagesInserted();
    /// Images could not be stored or read: @p message says why.
    void imageProblem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void applyTheme();

    void setComposing(bool composing);

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QList<QTextEdit::ExtraSelection> m_marks[2];
    bool m_composing = false;
    ImageHandler m_imageHandler;
};

} // namespace geul
