// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yamlvalue.h"

#include <optional>

namespace geul {

/// Reads YAML with yaml-cpp, the only part of Geul that sees it. Reentrant.
namespace YamlReader {

struct Mapping
{
    QList<YamlEntry> entries;
    std::optional<YamlError> error;
    /// Set when only part of the text is read: YAML's first document ended
    /// before the text did, and Jekyll (Ruby's Psych) reads the first
    /// document only, silently. The line and column are where the ignored
    /// part starts, lastLine its last line with content; the entries are
    /// those of the part that is read.
    std::optional<YamlError> ignored;
};

/// Reads a front matter block: a mapping (or nothing). Reports syntax errors,
/// a document that is not a mapping, duplicated keys and tabs used for
/// indentation, and the lines that are not read (see Mapping::ignored).
/// Lines are counted in @p yaml, plus @p lineOffset: entries' lines
/// 0-based, errors' lines 1-based (also in the messages' words).
Mapping readMapping(QStringView yaml, int lineOffset = 0);

/// Reads one value written as a YAML scalar or flow collection, such as
/// `false`, `"제목: 부제"` or `[a, 한글]`.
std::optional<YamlValue> readValue(QStringView text, QString *error);

} // namespace YamlReader

} // namespace geul
