// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openpost.h"

#include <QWidget>

#include <optional>

namespace geul {

class FrontMatterForm;
class MarkdownEdit;

/// One open post in the window: its text editor with the front-matter form
/// over it, and its file (OpenPost: saving, the journal, the watcher). The
/// preview is the window's, shared by all tabs. GUI thread only.
class PostTab : public QWidget
{
    Q_OBJECT

public:
    explicit PostTab(QWidget *parent = nullptr);

    MarkdownEdit *editor() const { return m_editor; }
    FrontMatterForm *form() const { return m_form; }
    OpenPost *post() const { return m_post; }

    /// The file's name, or "Untitled".
    QString displayName() const;
    /// Never saved, unchanged and empty: a tab an opened post may take over.
    bool isPristine() const;

    /// A change on disk seen while the tab was in the background; the
    /// window asks about it when the tab is shown.
    std::optional<OpenPost::DiskChange> pendingDiskChange;
    /// Where the preview was, as a source line, while another tab was shown.
    double previewLine = 1;

private:
    MarkdownEdit *m_editor;
    FrontMatterForm *m_form;
    OpenPost *m_post;
};

} // namespace geul
