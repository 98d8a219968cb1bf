// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffview.h"

#include "markdownedit.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace geul {

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(MarkdownEdit::editorFont());
    m_highlighter->setDefinition(MarkdownEdit::syntaxRepository().definitionForName(QStringLiteral("Diff")));
    applyTheme();
}

void DiffView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void DiffView::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(MarkdownEdit::syntaxRepository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

} // namespace geul
