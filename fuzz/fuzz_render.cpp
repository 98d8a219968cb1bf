// SPDX-License-Identifier: GPL-3.0-or-later
// The renderer: the blog's HTML with source positions, for the kramdown and
// the CommonMark dialect (the first byte chooses).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const geul::Dialect dialect = data[0] & 1 ? geul::fuzz::commonMark() : geul::Dialect();
    geul::fuzz::render(QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)), dialect);
    return 0;
}
