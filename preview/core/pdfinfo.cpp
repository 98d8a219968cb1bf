// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinfo.h"

#include <QRegularExpression>

namespace geul::PdfInfo {

namespace {

// The value after /@p key in a dictionary's text: an indirect reference
// (`12 0 R`), a number, or an array (`[...]`).
QByteArray entry(const QByteArray &dictionary, const char *key)
{
    const QRegularExpression pattern(QStringLiteral("/%1(?![A-Za-z])\\s*(\\d+\\s+\\d+\\s+R|\\d+|\\[[^\\]]*\\])")
                                         .arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

} // namespace

QByteArray textString(const QString &text)
{
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

std::optional<QByteArray> withInfo(const QByteArray &pdf, const QList<std::pair<QByteArray, QString>> &entries)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return std::nullopt;
    bool ok = false;
    const qlonglong previous = pdf.mid(startxref + 9, 24).trimmed().split('\n').first().trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qsizetype trailer = pdf.lastIndexOf("trailer", startxref);
    if (trailer < 0 || trailer < previous)
        return std::nullopt; // a cross-reference stream: not written here
    const qsizetype open = pdf.indexOf("<<", trailer);
    const qsizetype close = pdf.lastIndexOf(">>", startxref);
    if (open < 0 || close < open)
        return std::nullopt;
    const QByteArray dictionary = pdf.mid(open + 2, close - open - 2);
    const qlonglong size = entry(dictionary, "Size").toLongLong(&ok);
    const QByteArray root = entry(dictionary, "Root");
    if (!ok || size <= 0 || root.isEmpty())
        return std::nullopt;

    // The old information's other entries stay.
    QByteArray kept;
    const QByteArray oldInfo = entry(dictionary, "Info");
    if (!oldInfo.isEmpty()) {
        const QList<QByteArray> reference = oldInfo.simplified().split(' ');
        const QByteArray header = reference.value(0) + ' ' + reference.value(1) + " obj";
        qsizetype at = pdf.lastIndexOf(QByteArray('\n' + header));
        if (at < 0)
            at = pdf.lastIndexOf(QByteArray('\r' + header));
        const qsizetype begin = at < 0 ? -1 : pdf.indexOf("<<", at);
        const qsizetype end = begin < 0 ? -1 : pdf.indexOf(">>", begin);
        if (begin >= 0 && end > begin) {
            static const QRegularExpression item(QStringLiteral("/([A-Za-z]+)\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>|/[^\\s/<>\\[\\]()]+|[^/]+)"));
            QRegularExpressionMatchIterator it = item.globalMatch(QString::fromLatin1(pdf.mid(begin + 2, end - begin - 2)));
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                const QByteArray name = match.captured(1).toLatin1();
                const bool replaced = std::any_of(entries.cbegin(), entries.cend(),
                                                  [&name](const auto &pair) { return pair.first == name; });
                if (!replaced)
                    kept += '/' + name + ' ' + match.captured(2).trimmed().toLatin1() + '\n';
            }
        }
    }
    QByteArray info = kept;
    for (const auto &[name, text] : entries) {
        if (!text.isEmpty())
            info += '/' + name + ' ' + textString(text) + '\n';
    }

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    const qsizetype objectAt = pdf.size() + update.size();
    update += QByteArray::number(size) + " 0 obj\n<<\n" + info + ">>\nendobj\n";
    const qsizetype xrefAt = pdf.size() + update.size();
    update += "xref\n" + QByteArray::number(size) + " 1\n"
              + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + QByteArray::number(size + 1) + " /Root " + root + " /Info "
              + QByteArray::number(size) + " 0 R /Prev " + QByteArray::number(previous);
    if (const QByteArray id = entry(dictionary, "ID"); !id.isEmpty())
        update += " /ID " + id;
    update += " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf + update;
}

} // namespace geul::PdfInfo
