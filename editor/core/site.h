// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace geul {

/// Where a post stands in a Jekyll site. Reentrant.
namespace Site {

/// The Jekyll site root of the file or folder @p path: the nearest folder,
/// from the path's own folder upward, that holds a `_config.yml` (or
/// `_config.yaml`, or `_config.toml`). Empty when there is none.
QString rootFor(const QString &path);

} // namespace Site

} // namespace geul
