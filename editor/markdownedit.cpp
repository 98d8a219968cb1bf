// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"

#include <QScrollBar>
#include <QTextBlock>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QInputMethodEvent>

namespace geul {

namespace {

// Loading the definitions reads hundreds of files: share one repository for
// the whole process (GUI thread only, like the editors that use it).
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

QFont editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Monospaced Latin with Hangul glyphs of the same family, so that tables
    // and front matter line up; later entries are fallbacks.
    font.setFamilies({QStringLiteral("Noto Sans Mono CJK KR"), QStringLiteral("D2Coding"),
                      QStringLiteral("Nanum Gothic Coding"), QStringLiteral("Noto Sans CJK KR"), font.family()});
    font.setPointSizeF(std::max(font.pointSizeF(), 11.0));
    return font;
}

} // namespace

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setFont(editorFont());
    document()->setDocumentMargin(12);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    // The Markdown definition highlights a leading `---` block as YAML.
    m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();
}

QString MarkdownEdit::text() const
{
    // In the raw text every block ends in U+2029, and no other U+2029 can
    // occur: setting text splits blocks there.
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void MarkdownEdit::inputMethodEvent(QInputMethodEvent *event)
{
    QPlainTextEdit::inputMethodEvent(event);
    setComposing(!event->preeditString().isEmpty());
}

void MarkdownEdit::focusOutEvent(QFocusEvent *event)
{
    // Losing focus to another widget commits or drops the pre-edit text; a
    // popup (a context menu, the input method's own window) leaves it be.
    QPlainTextEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        setComposing(false);
}

void MarkdownEdit::setComposing(bool composing)
{
    if (m_composing == composing)
        return;
    m_composing = composing;
    if (!composing)
        Q_EMIT compositionEnded();
}

void MarkdownEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void MarkdownEdit::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const auto theme = repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                      : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

double MarkdownEdit::topLine() const
{
    // The scroll bar counts laid-out lines, wrapped ones included.
    const int visualLine = verticalScrollBar()->value();
    const QTextBlock block = document()->findBlockByLineNumber(visualLine);
    if (!block.isValid())
        return 1;
    const int lines = std::max(1, block.lineCount());
    return block.blockNumber() + 1 + double(visualLine - block.firstLineNumber()) / lines;
}

void MarkdownEdit::scrollToLine(double line)
{
    const int index = std::clamp(int(line) - 1, 0, std::max(0, document()->blockCount() - 1));
    const QTextBlock block = document()->findBlockByNumber(index);
    if (!block.isValid())
        return;
    const double fraction = std::clamp(line - (index + 1), 0.0, 1.0);
    verticalScrollBar()->setValue(block.firstLineNumber() + int(fraction * std::max(1, block.lineCount())));
}

} // namespace geul
