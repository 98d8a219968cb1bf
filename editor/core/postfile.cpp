// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace geul {

namespace {

constexpr char utf8Bom[] = "\xEF\xBB\xBF";

// Returns the byte offset of the first invalid UTF-8 sequence, or -1.
// QStringDecoder only says that an error happened, not where, and the user
// needs a line number to find the damage.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

} // namespace

PostFile::PostFile(QString path, QString text, PostFormat format)
    : m_path(std::move(path)), m_text(std::move(text)), m_format(format)
{
}

PostFile::LoadResult PostFile::load(const QString &path)
{
    const QFileInfo info(path);
    auto failure = [&path](const QString &reason) {
        return LoadResult{std::nullopt, path + QLatin1String(": ") + reason, reason, 0};
    };
    if (info.isDir())
        return failure(tr("is a folder, not a post"));
    if (info.exists() && !info.isFile())
        return failure(tr("is not a regular file")); // a pipe or a device would block
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!info.exists())
            return failure(tr("no such file"));
        return failure(tr("cannot be read: %1").arg(file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(tr("cannot be read: %1").arg(file.errorString()));
    return decode(path, bytes);
}

PostFile::LoadResult PostFile::decode(const QString &path, const QByteArray &bytes)
{
    PostFormat format;
    QByteArrayView content(bytes);
    if (content.startsWith(utf8Bom)) {
        format.byteOrderMark = true;
        content = content.sliced(3);
    }

    if (const qsizetype bad = firstInvalidUtf8(content); bad >= 0) {
        const int line = int(content.first(bad).count('\n') + 1);
        const QString reason = tr("not valid UTF-8 (byte 0x%1 at offset %2); Geul opens UTF-8 posts only, "
                                  "as Jekyll reads them")
                                   .arg(static_cast<unsigned char>(content[bad]), 2, 16, QLatin1Char('0'))
                                   .arg(bad + (format.byteOrderMark ? 3 : 0));
        return {std::nullopt, QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(reason), reason, line};
    }

    // Count line endings in the bytes: cheaper than in UTF-16, and '\r' and
    // '\n' never occur inside a multi-byte UTF-8 sequence.
    qsizetype crlf = 0;
    qsizetype lf = 0;
    qsizetype loneCr = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content[i] == '\n') {
            if (i > 0 && content[i - 1] == '\r')
                ++crlf;
            else
                ++lf;
        } else if (content[i] == '\r' && (i + 1 == content.size() || content[i + 1] != '\n')) {
            ++loneCr;
        }
    }
    format.lineEnding = crlf > lf ? PostFormat::LineEnding::CRLF : PostFormat::LineEnding::LF;
    format.mixedLineEndings = (crlf > 0 && lf > 0) || loneCr > 0;

    QString text = QString::fromUtf8(content);
    if (crlf > 0)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (loneCr > 0)
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return {PostFile(path, std::move(text), format), QString(), QString(), 0};
}

QByteArray PostFile::encode(QStringView text, const PostFormat &format)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 3 + 3);
    if (format.byteOrderMark)
        bytes.append(utf8Bom);
    QByteArray utf8 = text.toUtf8();
    if (format.lineEnding == PostFormat::LineEnding::CRLF)
        utf8.replace("\n", "\r\n");
    bytes.append(utf8);
    return bytes;
}

bool PostFile::save(QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1: could not be saved: %2").arg(m_path, why);
        return false;
    };
    if (m_path.isEmpty())
        return fail(tr("the post has no file name yet"));

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = encode(m_text, m_format);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    // commit() flushes, fsyncs and renames; only then is the old file gone.
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace geul
