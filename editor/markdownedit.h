// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
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

    /// An input method is composing text (a Hangul syllable not yet
    /// committed). Nothing may change the document meanwhile.
    bool isComposing() const { return m_composing; }

Q_SIGNALS:
    /// The input method committed or dropped what it was composing.
    void compositionEnded();

protected:
    void changeEvent(QEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void applyTheme();

    void setComposing(bool composing);

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    bool m_composing = false;
};

} // namespace geul
