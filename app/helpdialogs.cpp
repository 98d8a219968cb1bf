// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include "versions.h"


#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>


namespace geul::HelpDialogs {

namespace {

// A home for tr(), so that lupdate finds the strings.
struct Help
{
    Q_DECLARE_TR_FUNCTIONS(geul::HelpDialogs)
};

// A menu entry's text for reading: without the & of its mnemonic, nor the
// "(&N)" that languages not written in Latin letters add for it.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    static const QRegularExpression added(QStringLiteral("\\(&[^)]\\)"));
    text.remove(added);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

void addMenu(QTreeWidget *tree, QMenu *menu, const QString &path)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(tree, action->menu(), path + QStringLiteral(" ▸ ") + plain(action->text()));
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(tree, {path});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(group, {plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}

QDialog *dialog(QWidget *parent, const QString &title, QWidget *content)
{
    auto *box = new QDialog(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(title);
    auto *layout = new QVBoxLayout(box);
    content->setParent(box);
    layout->addWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, box);
    QObject::connect(buttons, &QDialogButtonBox::rejected, box, &QDialog::reject);
    layout->addWidget(buttons);
    box->resize(640, 640);
    return box;
}

} // namespace

QString versions()
{
    return Versions::text();
}

void showShortcuts(QMenuBar *menus, QWidget *parent)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("shortcutList"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({Help::tr("Command"), Help::tr("Shortcut")});
    tree->setRootIsDecorated(false);
    for (QAction *action : menus->actions()) {
        if (action->menu())
            addMenu(tree, action->menu(), plain(action->text()));
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QDialog *box = dialog(parent, Help::tr("Keyboard Shortcuts"), tree);
    box->setObjectName(QStringLiteral("shortcutsDialog"));
    box->show();
}

void showReference(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("referenceText"));
    browser->setOpenExternalLinks(true);
    const QString rows[][2] = {
        {Help::tr("# Title, ## Section … ###### Least"), Help::tr("Headings. kramdown gives each an id made of its words (Hangul "
                                                       "kept); {#my-id} after the text sets one.")},
        {Help::tr("**bold**, *italic*, ~~struck~~"), Help::tr("Emphasis. Inside a Korean word, * works and _ does not.")},
        {Help::tr("`code`"), Help::tr("Code in a line. One that holds a backtick goes between two backticks and spaces: `` a`b ``.")},
        {Help::tr("[text](https://…) and [text][name]"), Help::tr("Links; [name]: https://… defines a name anywhere in the post. "
                                                      "A target with spaces needs <…>.")},
        {Help::tr("![alt](/assets/img/post/a.png)"), Help::tr("Images, from the site's root. Typora's <img src=\"…\" style=\"zoom: "
                                                  "50%;\" /> works too.")},
        {Help::tr("- item, 1. item"), Help::tr("Lists. A list right after a paragraph needs a blank line before it in kramdown.")},
        {Help::tr("> quoted"), Help::tr("Quotes.")},
        {Help::tr("```lang … ```"), Help::tr("Code blocks, coloured by Rouge on the blog.")},
        {Help::tr("| a | b |\n|---|---|"), Help::tr("Tables. A | inside $…$ math still splits cells: write \\vert.")},
        {Help::tr("{: .class #id style=\"…\"}"), Help::tr("kramdown attribute list: after a block (on the next line) or a span "
                                            "(right after it) it adds classes, an id or attributes.")},
        {Help::tr("Text[^1] and [^1]: the note"), Help::tr("Footnotes. Names must be ASCII: kramdown reads [^각주]: as a link "
                                               "definition.")},
        {Help::tr("$$ x^2 $$"), Help::tr("Math. kramdown passes $$…$$ to MathJax or KaTeX; a single $ works only when the site "
                             "configures it.")},
        {Help::tr("*[HTML]: Hyper Text Markup Language"), Help::tr("Abbreviations: every HTML in the post gets the title.")},
        {Help::tr("{% raw %}…{% endraw %}"), Help::tr("Jekyll's Liquid runs before Markdown: {{ and {% in a post are Liquid "
                                          "unless inside raw.")},
    };
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">")
                       .arg(Help::tr("Markdown as the blog reads it"),
                            Help::tr("Jekyll turns posts into pages with kramdown (GFM input). Geul's preview and "
                               "check read them the same way."));
    for (const auto &row : rows) {
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>")
                    .arg(row[0].toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")), row[1].toHtmlEscaped());
    }
    html += QStringLiteral("</table><p><a href=\"https://kramdown.gettalong.org/syntax.html\">%1</a></p>")
                .arg(Help::tr("kramdown's full syntax"));
    browser->setHtml(html);
    QDialog *box = dialog(parent, Help::tr("Markdown and kramdown Reference"), browser);
    box->setObjectName(QStringLiteral("referenceDialog"));
    box->show();
}

void showAbout(QWidget *parent)
{
    QMessageBox::about(parent, Help::tr("About Geul"),
                       QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                           .arg(Help::tr("Geul (글)"), Help::tr("A writer's editor for Jekyll blogs: Markdown read as the blog "
                                                   "reads it, Korean first."),
                                versions().toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"))));
}

} // namespace geul::HelpDialogs
