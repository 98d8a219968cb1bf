// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("geul-cli"));
    geul::Translations::install(app, false);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = geul::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
