// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpostdialog.h"

#include "romanization.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace geul {

namespace {

QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

} // namespace

NewPostDialog::NewPostDialog(const SiteIndex &site, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
    , m_title(new QLineEdit(this))
    , m_slug(new QLineEdit(this))
    , m_date(new QDateTimeEdit(this))
    , m_layout(new QComboBox(this))
    , m_categories(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_draft(new QCheckBox(tr("Draft (in _drafts, without a date)"), this))
    , m_path(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newPostDialog"));
    setWindowTitle(tr("New Post"));
    m_title->setObjectName(QStringLiteral("newPostTitle"));
    m_title->setPlaceholderText(tr("e.g. 2022년 회고"));
    m_slug->setObjectName(QStringLiteral("newPostSlug"));
    m_slug->setPlaceholderText(tr("romanized from the title"));
    m_date->setObjectName(QStringLiteral("newPostDate"));
    const QTimeZone zone = site.config().timeZone();
    m_date->setTimeZone(zone);
    m_date->setDateTime(QDateTime::currentDateTime().toTimeZone(zone));
    // A site whose posts carry no `date:` key is given a day, the name's.
    m_date->setDisplayFormat(NewPost::writesTime(site) ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                       : QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("In the site's time zone: %1").arg(QString::fromUtf8(zone.id())));
    m_layout->setObjectName(QStringLiteral("newPostLayout"));
    m_layout->setEditable(true);
    m_layout->addItems(site.layouts());
    // The layout most posts use (as the template says), else the first.
    for (const SiteIndex::TemplateLine &line : site.frontMatterTemplate()) {
        if (line.key == u"layout" && !line.value.isEmpty())
            m_layout->setCurrentText(line.value);
    }
    m_categories->setObjectName(QStringLiteral("newPostCategories"));
    m_categories->setPlaceholderText(tr("comma-separated"));
    m_categories->setCompleter(new QCompleter(site.categories(), m_categories));
    m_tags->setObjectName(QStringLiteral("newPostTags"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_tags->setCompleter(new QCompleter(site.tags(), m_tags));
    m_draft->setObjectName(QStringLiteral("newPostDraft"));
    m_path->setObjectName(QStringLiteral("newPostPath"));
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("File &name:"), m_slug);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Categories:"), m_categories);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(QString(), m_draft);
    form->addRow(m_path);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_slugEdited)
            m_slug->setText(Romanization::slug(title));
        update();
    });
    // Edited by hand: it stops following the title; emptied, it follows again.
    connect(m_slug, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_slugEdited = !text.isEmpty();
        update();
    });
    connect(m_slug, &QLineEdit::textChanged, this, &NewPostDialog::update);
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &NewPostDialog::update);
    connect(m_draft, &QCheckBox::toggled, this, [this](bool draft) {
        m_date->setEnabled(!draft);
        update();
    });
    update();
    resize(520, sizeHint().height());
}

NewPost::Request NewPostDialog::request() const
{
    NewPost::Request request;
    request.title = m_title->text();
    request.slug = m_slug->text();
    request.date = m_date->dateTime();
    request.layout = m_layout->currentText().trimmed();
    request.categories = commaList(m_categories->text());
    request.tags = commaList(m_tags->text());
    request.draft = m_draft->isChecked();
    return request;
}

NewPost::Plan NewPostDialog::plan() const
{
    return NewPost::plan(m_site, request());
}

void NewPostDialog::update()
{
    const NewPost::Plan planned = plan();
    const bool ok = !planned.path.isEmpty() && !m_title->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (!planned.path.isEmpty())
        m_path->setText(tr("Creates %1").arg(QDir::toNativeSeparators(QDir(m_site.root()).relativeFilePath(planned.path))));
    else
        m_path->setText(m_title->text().trimmed().isEmpty() && m_slug->text().isEmpty()
                            ? tr("Give the post a title.")
                            : planned.error);
}

} // namespace geul
