// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace geul {

/// What `geul-cli` does, without a process around it: parses @p arguments
/// (arguments[0] is the program name), writes results to @p out and
/// messages of the form `geul-cli: FILE: problem` to @p err, and returns the
/// exit code: 0 on success, 1 when a file could not be processed, 2 on a
/// usage error. Needs a QCoreApplication; GUI-free.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace geul
