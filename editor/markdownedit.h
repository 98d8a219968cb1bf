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

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace geul
