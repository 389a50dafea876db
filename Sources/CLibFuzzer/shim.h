// SPDX-License-Identifier: Apache-2.0
// CLibFuzzer declares libFuzzer's driver entry point, which `-sanitize=fuzzer` links in. SwiftPM renames
// an executable's `main` to `<module>_main`, so the fuzz targets define that symbol and start the driver
// themselves instead of relying on libFuzzer's own `main`. Nothing here is linked by a normal build.
#ifndef CLIBFUZZER_SHIM_H
#define CLIBFUZZER_SHIM_H

#include <stddef.h>
#include <stdint.h>

// Runs libFuzzer with the command line and the per-input callback; returns the process exit status.
int LLVMFuzzerRunDriver(int *_Nonnull argc, char *_Nullable *_Nullable *_Nonnull argv,
                        int (*_Nonnull callback)(const uint8_t *_Nullable data, size_t size));

#endif
