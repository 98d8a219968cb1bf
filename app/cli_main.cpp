// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("geul-cli"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("geul"), QStringLiteral("_"), QStringLiteral(":/geul/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = geul::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
