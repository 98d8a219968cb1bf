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

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace geul
