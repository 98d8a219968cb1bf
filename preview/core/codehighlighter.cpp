// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QCache>

#include <memory>
#include <mutex>

namespace geul {

namespace {

using namespace KSyntaxHighlighting;

// A Repository is not meant to be shared between threads; loading one takes
// a few tens of milliseconds, once per render thread.
Repository &repository()
{
    thread_local std::unique_ptr<Repository> repo = std::make_unique<Repository>();
    return *repo;
}

Definition definitionFor(const QString &language)
{
    Repository &repo = repository();
    if (const Definition d = repo.definitionForName(language); d.isValid())
        return d;
    const QList<Definition> all = repo.definitions();
    for (const Definition &d : all) {
        if (d.name().compare(language, Qt::CaseInsensitive) == 0)
            return d;
    }
    // `py`, `sh`, `js`, `yml`: a file suffix names the language too.
    return repo.definitionForFileName(QStringLiteral("code.") + language);
}

class HtmlHighlighter : public AbstractHighlighter
{
public:
    QString run(const QString &code)
    {
        State state;
        const QStringList lines = code.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines[i];
            m_done = 0;
            state = highlightLine(m_line, state);
            if (m_done < m_line.size())
                m_out += QStringView(m_line).sliced(m_done).toString().toHtmlEscaped();
            if (i + 1 < lines.size())
                m_out += u'\n';
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const Format &format) override
    {
        if (offset > m_done)
            m_out += QStringView(m_line).sliced(m_done, offset - m_done).toString().toHtmlEscaped();
        const QString text = QStringView(m_line).sliced(offset, length).toString().toHtmlEscaped();
        m_done = offset + length;
        if (format.isDefaultTextStyle(theme())) {
            m_out += text;
            return;
        }
        QString style;
        if (format.hasTextColor(theme()))
            style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.hasBackgroundColor(theme()))
            style += QStringLiteral("background-color:%1;").arg(format.backgroundColor(theme()).name());
        if (format.isBold(theme()))
            style += QLatin1String("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QLatin1String("font-style:italic;");
        if (format.isUnderline(theme()))
            style += QLatin1String("text-decoration:underline;");
        m_out += style.isEmpty() ? text : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
    }

private:
    QString m_out;
    QString m_line;
    qsizetype m_done = 0;
};

} // namespace

QString CodeHighlighter::highlight(const QString &code, const QString &language, bool dark)
{
    // A post is rendered again on every pause in typing, and its code
    // rarely changes meanwhile: what was highlighted is kept, for every
    // render thread, up to a few megabytes (least recently used first out).
    static std::mutex lock;
    static QCache<QString, QString> highlighted(2 * 1024 * 1024); // cost: characters
    QString key;
    key.reserve(language.size() + code.size() + 2);
    key += dark ? u'd' : u'l';
    key += language;
    key += QChar(0);
    key += code;
    {
        const std::lock_guard<std::mutex> guard(lock);
        if (const QString *html = highlighted.object(key))
            return *html;
    }
    QString html;
    if (const Definition definition = definitionFor(language); definition.isValid()) {
        HtmlHighlighter highlighter;
        highlighter.setDefinition(definition);
        highlighter.setTheme(repository().defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme));
        html = highlighter.run(code);
    }
    const qsizetype cost = key.size() + html.size();
    const std::lock_guard<std::mutex> guard(lock);
    highlighted.insert(key, new QString(html), cost);
    return html;
}

} // namespace geul
