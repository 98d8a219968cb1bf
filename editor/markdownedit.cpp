// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QUrl>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QInputMethodEvent>

namespace geul {

// Loading the definitions reads hundreds of files: share one repository for
// the whole process (GUI thread only, like the editors that use it).
KSyntaxHighlighting::Repository &MarkdownEdit::syntaxRepository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

QFont MarkdownEdit::editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Monospaced Latin with Hangul glyphs of the same family, so that tables
    // and front matter line up; later entries are fallbacks.
    font.setFamilies({QStringLiteral("Noto Sans Mono CJK KR"), QStringLiteral("D2Coding"),
                      QStringLiteral("Nanum Gothic Coding"), QStringLiteral("Noto Sans CJK KR"), font.family()});
    font.setPointSizeF(std::max(font.pointSizeF(), 11.0));
    return font;
}

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setFont(editorFont());
    document()->setDocumentMargin(12);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    // The Markdown definition highlights a leading `---` block as YAML.
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();
    // Setting the margin is a change of the document's frame: an empty
    // editor must not start out "modified", nor with it to undo.
    document()->clearUndoRedoStacks();
    document()->setModified(false);
}

QString MarkdownEdit::text() const
{
    // In the raw text every block ends in U+2029, and no other U+2029 can
    // occur: setting text splits blocks there.
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void MarkdownEdit::setMarks(Marks kind, const QList<QTextEdit::ExtraSelection> &marks)
{
    if (marks.isEmpty() && m_marks[int(kind)].isEmpty())
        return;
    m_marks[int(kind)] = marks;
    setExtraSelections(m_marks[int(Marks::Spelling)] + m_marks[int(Marks::Search)]);
}

const QList<QTextEdit::ExtraSelection> &MarkdownEdit::marks(Marks kind) const
{
    return m_marks[int(kind)];
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
    const auto theme = syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
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

namespace {

bool isImageFileName(const QString &name)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                      QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("bmp"),
                                      QStringLiteral("svg")};
    return suffixes.contains(QFileInfo(name).suffix(), Qt::CaseInsensitive);
}

// Text that only names the image (its URL, its file name), as browsers and
// screenshot tools put beside image data.
bool onlyNamesAnImage(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.contains(u'\n'))
        return false;
    const QUrl url(trimmed);
    return (url.isValid() && !url.scheme().isEmpty() && !trimmed.contains(u' ')) || isImageFileName(trimmed);
}

// A clipboard image of 100 MB or more (uncompressed) is refused rather
// than encoded: far beyond any screenshot, more likely a mistake.
constexpr qsizetype maxImageBytes = 100 * 1024 * 1024;

} // namespace

std::optional<MarkdownEdit::Images> MarkdownEdit::imagesIn(const QMimeData *mime, QString *error)
{
    if (!mime)
        return std::nullopt;
    // Files first: a copy or drag from a file manager.
    if (mime->hasUrls()) {
        Images images;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                images.files.append(url.toLocalFile());
        }
        if (!images.files.isEmpty() && images.files.size() == mime->urls().size())
            return images;
    }
    // HTML whose only content is a data: image.
    if (mime->hasHtml()) {
        static const QRegularExpression dataImage(
            QStringLiteral("^\\s*(?:<meta[^>]*>\\s*)?<img\\s[^>]*src=[\"']data:image/[\\w.+-]+;base64,([A-Za-z0-9+/"
                           "=\\s]+)[\"'][^>]*>\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = dataImage.match(mime->html());
        if (m.hasMatch())
            return Images{QByteArray::fromBase64(m.captured(1).toLatin1()), {}};
    }
    const bool hasOwnText = mime->hasText() && !onlyNamesAnImage(mime->text());
    if (hasOwnText)
        return std::nullopt;
    // Encoded data as the source gave it, or else the decoded image.
    for (const QString &format : mime->formats()) {
        if (format == u"image/png" || format == u"image/jpeg" || format == u"image/gif" || format == u"image/webp") {
            const QByteArray data = mime->data(format);
            if (!data.isEmpty())
                return Images{data, {}};
        }
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (image.isNull()) {
            // Said, not silently ignored: the writer pasted something.
            if (error)
                *error = tr("The image on the clipboard is damaged and cannot be shown.");
            return Images{};
        }
        if (image.sizeInBytes() >= maxImageBytes) {
            if (error)
                *error = tr("The image on the clipboard is too large (%1 × %2 pixels, %3 MB).")
                             .arg(image.width())
                             .arg(image.height())
                             .arg(image.sizeInBytes() / (1024 * 1024));
            return Images{};
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return Images{png, {}};
    }
    return std::nullopt;
}

bool MarkdownEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return (m_imageHandler && (source->hasUrls() || source->hasImage() || source->hasHtml()))
           || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_imageHandler) {
        QString error;
        const std::optional<Images> images = imagesIn(source, &error);
        if (images) {
            if (!error.isEmpty())
                Q_EMIT imageProblem(error);
            else
                insertImages(*images);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

bool MarkdownEdit::insertImages(const Images &images)
{
    if (!m_imageHandler)
        return false;
    QString error;
    const QString markdown = m_imageHandler(images, &error);
    if (!markdown.isEmpty()) {
        QTextCursor cursor = textCursor();
        cursor.beginEditBlock();
        cursor.insertText(markdown);
        setTextCursor(cursor);
        Q_EMIT imagesInserted();
        cursor.endEditBlock();
    }
    if (!error.isEmpty())
        Q_EMIT imageProblem(error);
    return !markdown.isEmpty();
}

void MarkdownEdit::replaceText(const QString &now)
{
    const QString old = text();
    if (now == old)
        return;
    qsizetype head = 0;
    while (head < old.size() && head < now.size() && old[head] == now[head])
        ++head;
    qsizetype tail = 0;
    while (tail < old.size() - head && tail < now.size() - head
           && old[old.size() - 1 - tail] == now[now.size() - 1 - tail])
        ++tail;
    // Never cut a surrogate pair in two.
    if (head > 0 && old[head - 1].isHighSurrogate())
        --head;
    if (tail > 0 && old[old.size() - tail].isLowSurrogate())
        --tail;

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(int(head));
    cursor.setPosition(int(old.size() - tail), QTextCursor::KeepAnchor);
    cursor.insertText(now.mid(head, now.size() - tail - head));
    cursor.endEditBlock();
}

} // namespace geul
