// SPDX-License-Identifier: GPL-3.0-or-later
#include "versions.h"

#include "commonmarkparser.h"
#include "htmlpage.h"
#include "spellchecker.h"

#include <QFile>
#include <QRegularExpression>

#include <karchive_version.h>
#include <ksyntaxhighlighting_version.h>

namespace geul {

QString Versions::version()
{
    return QStringLiteral(GEUL_VERSION);
}

QString Versions::commit()
{
    const QString commit = QStringLiteral(GEUL_COMMIT);
    return commit.isEmpty() ? tr("unknown") : commit;
}

QString Versions::katex()
{
    QFile file(HtmlPage::defaultKatexFolder() + QStringLiteral("/katex.min.js"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("not installed");
    static const QRegularExpression version(QStringLiteral("version:\"([0-9.]+)\""));
    const QRegularExpressionMatch match = version.match(QString::fromLatin1(file.read(1 << 20)));
    return match.hasMatch() ? match.captured(1) : tr("unknown");
}

QString Versions::text()
{
    return tr("Geul %1 (commit %2)\nQt %3 (built with %4)\nKDE Frameworks: KSyntaxHighlighting %5, KArchive %6, "
              "Sonnet %7\ncmark-gfm %8\nyaml-cpp %9\nKaTeX %10")
        .arg(version(), commit(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), QStringLiteral(KARCHIVE_VERSION_STRING),
             SpellChecker::sonnetVersion(), CommonMarkParser::version(), QStringLiteral(GEUL_YAML_CPP_VERSION), katex());
}

} // namespace geul
