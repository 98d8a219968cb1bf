// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace geul {

/// A unified diff (LineDiff::unified()) to read: monospaced, unwrapped,
/// read-only, removed and added lines coloured as the editor's theme
/// colours a diff.
class DiffView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace geul
