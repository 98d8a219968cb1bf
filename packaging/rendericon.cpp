// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the SVG icon as a square PNG of each size asked for, at build time,
// for the hicolor theme's fixed-size folders:
//   geul-rendericon ICON.svg OUTDIR SIZE...  ->  OUTDIR/SIZExSIZE/apps/NAME.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: geul-rendericon ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(arguments[1]);
    if (!svg.isValid()) {
        err << "geul-rendericon: " << arguments[1] << ": not a valid SVG file\n";
        return 1;
    }
    const QString name = QFileInfo(arguments[1]).completeBaseName() + QStringLiteral(".png");
    for (const QString &size : arguments.mid(3)) {
        const int pixels = size.toInt();
        if (pixels <= 0) {
            err << "geul-rendericon: " << size << ": not a size\n";
            return 2;
        }
        QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, pixels, pixels));
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments[2]).arg(pixels);
        if (!QDir().mkpath(folder) || !image.save(folder + u'/' + name, "PNG")) {
            err << "geul-rendericon: cannot write " << folder << '/' << name << '\n';
            return 1;
        }
    }
    return 0;
}
