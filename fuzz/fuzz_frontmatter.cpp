// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    geul::fuzz::frontMatter(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
