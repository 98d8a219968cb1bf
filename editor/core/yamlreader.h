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
};

/// Reads a front matter block: a mapping (or nothing). Reports syntax errors,
/// a document that is not a mapping, duplicated keys and tabs used for
/// indentation, with lines and columns counted in @p yaml.
Mapping readMapping(QStringView yaml);

/// Reads one value written as a YAML scalar or flow collection, such as
/// `false`, `"제목: 부제"` or `[a, 한글]`.
std::optional<YamlValue> readValue(QStringView text, QString *error);

} // namespace YamlReader

} // namespace geul
