// SPDX-License-Identifier: Apache-2.0
// The nonce source of the benchmark programs: Nettle's random callback over getrandom, drawn the way
// TokenFunction's CNettle shim draws it, so the programs sign at the cost TokenFunction pays.
#ifndef BENCHMARKS_FILL_RANDOM_H
#define BENCHMARKS_FILL_RANDOM_H

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/random.h>

// Fills `destination` from the kernel's CSPRNG, aborting on any error other than EINTR.
static void fill_random(void *context, size_t length, uint8_t *destination) {
    (void)context;
    size_t filled = 0;
    while (filled < length) {
        ssize_t count = getrandom(destination + filled, length - filled, 0);
        if (count < 0) {
            if (errno == EINTR) continue;
            abort();
        }
        filled += (size_t)count;
    }
}

#endif
