// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace geul {

/// Sets a PDF's document information (Title, Author, Subject, Keywords)
/// the way PDF allows changing a finished file: an incremental update
/// appended after its end, with a new information dictionary that keeps
/// the old one's other entries (Creator, Producer, dates). The bytes
/// before stay as they were. Reentrant.
namespace PdfInfo {

/// @p pdf with @p entries (name without the slash => text; empty texts
/// are left out) set; nothing when the file's last section has no classic
/// trailer (a cross-reference stream) or cannot be read.
std::optional<QByteArray> withInfo(const QByteArray &pdf, const QList<std::pair<QByteArray, QString>> &entries);

/// @p text as a PDF text string: UTF-16BE with a byte order mark, in hex.
QByteArray textString(const QString &text);

} // namespace PdfInfo

} // namespace geul
