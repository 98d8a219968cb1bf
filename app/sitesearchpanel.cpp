// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesearchpanel.h"

#include "findbar.h"
#include "postfile.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace geul {

namespace {

// The results stop here: a search for `a` in 900 posts would flood the
// list, and the writer refines it anyway.
constexpr int hitLimit = 5000;

} // namespace

SiteSearchPanel::SiteSearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_case(FindBar::optionButton(QStringLiteral("Aa"), tr("Match case"), this))
    , m_word(FindBar::optionButton(QStringLiteral("\"ab\""), tr("Whole words"), this))
    , m_regex(FindBar::optionButton(QStringLiteral(".*"), tr("Regular expression"), this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("siteSearchPanel"));
    m_field->setObjectName(QStringLiteral("siteSearchField"));
    m_field->setPlaceholderText(tr("Find in every post of the site"));
    m_field->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("siteSearchResults"));
    m_results->setHeaderHidden(true);
    m_results->setUniformRowHeights(true);
    m_status->setObjectName(QStringLiteral("siteSearchStatus"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_field, 0, 0);
    layout->addWidget(m_case, 0, 1);
    layout->addWidget(m_word, 0, 2);
    layout->addWidget(m_regex, 0, 3);
    layout->addWidget(m_results, 1, 0, 1, 4);
    layout->addWidget(m_status, 2, 0, 1, 4);
    layout->setColumnStretch(0, 1);
    connect(m_field, &QLineEdit::returnPressed, this, &SiteSearchPanel::run);
    for (QToolButton *button : {m_case, m_word, m_regex})
        connect(button, &QToolButton::toggled, this, [this] {
            if (!m_field->text().isEmpty())
                run();
        });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT openRequested(path, item->data(0, Qt::UserRole + 1).toInt(), item->data(0, Qt::UserRole + 2).toInt());
    });
}

SiteSearchPanel::~SiteSearchPanel()
{
    if (m_running)
        m_running->waitForFinished();
}

void SiteSearchPanel::setPosts(const QList<std::pair<QString, QString>> &posts)
{
    m_posts = posts;
}

void SiteSearchPanel::start(const QString &text)
{
    if (!text.isEmpty() && !text.contains(QChar::ParagraphSeparator))
        m_field->setText(text);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QList<SiteSearchPanel::Hit> SiteSearchPanel::searchPosts(const TextSearch &search,
                                                         const QList<std::pair<QString, QString>> &posts,
                                                         const QHash<QString, QString> &openTexts)
{
    QList<Hit> hits;
    for (const auto &[path, title] : posts) {
        QString text = openTexts.value(path);
        if (!openTexts.contains(path)) {
            const PostFile::LoadResult loaded = PostFile::load(path);
            if (!loaded.file)
                continue;
            text = loaded.file->text();
        }
        const QList<TextSearch::Match> matches = search.matches(text, hitLimit);
        qsizetype lineStart = 0;
        int line = 1;
        qsizetype scanned = 0;
        for (const TextSearch::Match &match : matches) {
            for (; scanned < match.start; ++scanned) {
                if (text[scanned] == u'\n') {
                    ++line;
                    lineStart = scanned + 1;
                }
            }
            qsizetype lineEnd = text.indexOf(u'\n', match.start);
            if (lineEnd < 0)
                lineEnd = text.size();
            hits.append({path, title, line, int(match.start - lineStart) + 1,
                         text.sliced(lineStart, lineEnd - lineStart).trimmed()});
            if (hits.size() >= hitLimit)
                return hits;
        }
    }
    return hits;
}

void SiteSearchPanel::run()
{
    const TextSearch search(m_field->text(), {m_case->isChecked(), m_word->isChecked(), m_regex->isChecked()});
    if (!search.isValid()) {
        m_results->clear();
        m_status->setText(search.error());
        return;
    }
    m_status->setText(tr("Searching…"));
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QList<Hit>>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcher<QList<Hit>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (m_running == watcher)
            m_running = nullptr;
        if (generation == m_generation)
            show(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [search, posts = m_posts, texts = m_openTexts] { return searchPosts(search, posts, texts); }));
}

void SiteSearchPanel::show(const QList<Hit> &hits)
{
    m_results->clear();
    QTreeWidgetItem *post = nullptr;
    int posts = 0;
    for (const Hit &hit : hits) {
        if (!post || post->data(0, Qt::UserRole + 3).toString() != hit.path) {
            post = new QTreeWidgetItem(m_results);
            post->setText(0, hit.title);
            post->setToolTip(0, QDir::toNativeSeparators(hit.path));
            post->setData(0, Qt::UserRole + 3, hit.path);
            post->setExpanded(true);
            ++posts;
        }
        auto *item = new QTreeWidgetItem(post);
        item->setText(0, tr("%1: %2").arg(hit.line).arg(hit.lineText.left(200)));
        item->setData(0, Qt::UserRole, hit.path);
        item->setData(0, Qt::UserRole + 1, hit.line);
        item->setData(0, Qt::UserRole + 2, hit.column);
    }
    m_results->expandAll();
    m_status->setText(hits.isEmpty() ? tr("No matches")
                                     : tr("%n match(es)", nullptr, int(hits.size())) + QStringLiteral(" · ")
                                           + tr("%n post(s)", nullptr, posts)
                                           + (hits.size() >= hitLimit ? QStringLiteral(" · ") + tr("only the first shown")
                                                                      : QString()));
    Q_EMIT finished(int(hits.size()));
}

} // namespace geul
