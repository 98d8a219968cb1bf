// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace geul {

/// HTML's named character references, as kramdown knows them. Reentrant.
namespace HtmlEntities {

/// The code point of the reference `&name;`, or 0 when there is none.
char32_t codePoint(QStringView name);
/// A name of @p codePoint's reference, or an empty string.
QString name(char32_t codePoint);
/// @p text with its character references (`&amp;`, `&#44032;`, `&#xAC00;`)
/// decoded, as a browser reads an attribute's value; unknown ones stay.
QString decode(const QString &text);

} // namespace HtmlEntities

} // namespace geul
