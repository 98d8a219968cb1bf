// SPDX-License-Identifier: GPL-3.0-or-later
// An edit read in part, from the reading before it, against the edited
// text read whole: the same tree, offsets, footnotes, pitfalls and HTML.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    geul::fuzz::reparse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
