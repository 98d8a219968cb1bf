// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace geul {

/// How a post's text is stored on disk, so that saving writes it back the
/// same way. Value type.
struct PostFormat
{
    enum class LineEnding { LF, CRLF };

    bool byteOrderMark = false;
    LineEnding lineEnding = LineEnding::LF;
    /// The file mixes LF and CRLF. Saving writes every line with lineEnding
    /// (the one most lines use), so such a file is normalized on save.
    bool mixedLineEndings = false;

    bool operator==(const PostFormat &) const = default;
};

/// A post's text and how it was stored. Loading decodes strict UTF-8 (with
/// or without a byte order mark) and turns every line ending into '\n';
/// saving encodes back with the same byte order mark and line ending. The
/// text is otherwise kept exactly: no Unicode normalization (NFD Hangul
/// stays NFD) and the final newline is present exactly when it was.
///
/// All functions are reentrant; PostFile is a value type.
class PostFile
{
    Q_DECLARE_TR_FUNCTIONS(geul::PostFile)

public:
    struct LoadResult;

    PostFile() = default;
    PostFile(QString path, QString text, PostFormat format);

    static LoadResult load(const QString &path);
    /// Decodes bytes read from @p path (the path is used for messages).
    static LoadResult decode(const QString &path, const QByteArray &bytes);
    /// The bytes that save() writes for @p text.
    static QByteArray encode(QStringView text, const PostFormat &format);

    /// Writes text() to path() atomically (QSaveFile). On failure returns
    /// false, sets @p error to a message naming the file, and leaves any old
    /// file at path() untouched.
    bool save(QString *error = nullptr) const;

    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    QString text() const { return m_text; }
    void setText(const QString &text) { m_text = text; }
    PostFormat format() const { return m_format; }

private:
    QString m_path;
    QString m_text;
    PostFormat m_format;
};

/// The outcome of PostFile::load(): a file, or an error message for the user
/// that names the file and the problem (and the line, where there is one).
struct PostFile::LoadResult
{
    std::optional<PostFile> file;
    /// "FILE[:LINE]: problem", for the user.
    QString error;
    /// The problem alone, and the 1-based line it is on (0: no line).
    QString reason;
    int line = 0;
};

} // namespace geul
