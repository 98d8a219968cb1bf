// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace geul::Translations {

void install(QCoreApplication &app, bool qt)
{
    if (qt) {
        auto *qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        else
            delete qtTranslator;
    }
    auto *geul = new QTranslator(&app);
    const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/geul/translations"));
    for (const QString &folder : {installed, QStringLiteral(":/geul/i18n")}) {
        if (geul->load(QLocale(), QStringLiteral("geul"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(geul);
            return;
        }
    }
    delete geul;
}

} // namespace geul::Translations
