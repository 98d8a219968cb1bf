// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newpost.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace geul {

/// New Post: title, file name (romanized from the title until the writer
/// edits it), date and time in the site's time zone, layout, categories,
/// tags, post or draft; the file it makes is shown, and one that exists is
/// refused before OK can be pressed. GUI thread only.
class NewPostDialog : public QDialog
{
    Q_OBJECT

public:
    NewPostDialog(const SiteIndex &site, QWidget *parent = nullptr);

    NewPost::Request request() const;
    /// The plan for what the fields say now.
    NewPost::Plan plan() const;

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *slugField() const { return m_slug; }
    QCheckBox *draftBox() const { return m_draft; }
    QDateTimeEdit *dateField() const { return m_date; }

private:
    void update();

    const SiteIndex &m_site;
    QLineEdit *m_title;
    QLineEdit *m_slug;
    QDateTimeEdit *m_date;
    QComboBox *m_layout;
    QLineEdit *m_categories;
    QLineEdit *m_tags;
    QCheckBox *m_draft;
    QLabel *m_path;
    QDialogButtonBox *m_buttons;
    bool m_slugEdited = false;
};

} // namespace geul
