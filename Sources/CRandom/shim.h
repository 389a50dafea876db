// SPDX-License-Identifier: Apache-2.0
// CRandom declares getrandom(2) from glibc's <sys/random.h>, which Swift's Glibc module leaves out, so
// random IDs come from the kernel's CSPRNG without Foundation. It needs no library beyond glibc.
#ifndef CRANDOM_SHIM_H
#define CRANDOM_SHIM_H

#include <sys/random.h>

#endif
