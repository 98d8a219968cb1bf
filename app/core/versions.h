// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace geul {

/// What Geul is built from: its version and commit, and the versions of the
/// libraries it runs with. Help ▸ About, `geul --version` and
/// `geul-cli --version` show the same text. Reentrant.
class Versions
{
    Q_DECLARE_TR_FUNCTIONS(geul::Versions)

public:
    /// `0.1.0`.
    static QString version();
    /// The git commit Geul was built from (abbreviated), or "unknown" for
    /// a build outside a git checkout.
    static QString commit();
    /// KaTeX's version, read from the copy the preview uses (Debian's
    /// libjs-katex), or why there is none.
    static QString katex();
    /// Every version, one per line.
    static QString text();
};

} // namespace geul
