// SPDX-License-Identifier: GPL-3.0-or-later
#include "posttab.h"

#include "frontmatterform.h"
#include "markdownedit.h"

#include <QFileInfo>
#include <QVBoxLayout>

namespace geul {

PostTab::PostTab(QWidget *parent)
    : QWidget(parent)
    , m_editor(new MarkdownEdit(this))
    , m_form(new FrontMatterForm(m_editor, this))
    , m_post(new OpenPost(this))
{
    m_editor->setObjectName(QStringLiteral("editor"));
    // The form sits over the text it edits.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_form);
    layout->addWidget(m_editor, 1);
    // Unsaved text goes to the recovery journal as it is typed.
    m_post->setTextSource([editor = m_editor] { return editor->text(); });
    connect(m_editor->document(), &QTextDocument::contentsChanged, m_post, &OpenPost::noteTextChanged);
    connect(m_editor->document(), &QTextDocument::modificationChanged, m_post, &OpenPost::setModified);
}

QString PostTab::displayName() const
{
    return m_post->isUntitled() ? tr("Untitled") : QFileInfo(m_post->path()).fileName();
}

bool PostTab::isPristine() const
{
    return m_post->isUntitled() && !m_editor->document()->isModified() && m_editor->document()->isEmpty()
           && m_post->unsavedImageFolder().isEmpty();
}

} // namespace geul
