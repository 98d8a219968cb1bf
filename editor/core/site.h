// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace geul {

/// Where a post stands in a Jekyll site. Reentrant.
namespace Site {

/// The Jekyll site root of the file or folder @p path: the nearest folder,
/// from the path's own folder upward, that holds a `_config.yml` (or
/// `_config.yaml`, or `_config.toml`). Empty when there is none.
QString rootFor(const QString &path);

/// The top-level scalar settings of the site's `_config.yml` under their
/// Liquid names (`site.url`, `site.baseurl`, `site.title`, ...), with
/// Jekyll's empty defaults for `url` and `baseurl`. Empty when @p root is
/// empty or its configuration cannot be read.
QHash<QString, QString> variables(const QString &root);

} // namespace Site

} // namespace geul
