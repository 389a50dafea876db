// SPDX-License-Identifier: Apache-2.0
// The raw ES384 signing rate of Nettle, the limit for JWSSigner: nettle ecdsa_sign on P-384 over
// COUNT fixed SHA-384 digests, with nonces from getrandom, as TokenFunction's shim draws them.
// Build: gcc -O2 raw-sign.c -lhogweed -lnettle -lgmp. Usage: raw-sign [COUNT]; prints one line,
// "<COUNT> signatures in <seconds> s: <rate>/s".
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <nettle/ecc-curve.h>
#include <nettle/ecc.h>
#include <nettle/ecdsa.h>
#include <nettle/sha2.h>
#include "fill-random.h"

static double monotonic_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    long count = argc > 1 ? atol(argv[1]) : 2000;
    if (count <= 0) {
        fprintf(stderr, "usage: raw-sign [COUNT], where COUNT is a positive number of signatures\n");
        return 2;
    }
    struct ecc_point public_key;
    struct ecc_scalar private_key;
    ecc_point_init(&public_key, nettle_get_secp_384r1());
    ecc_scalar_init(&private_key, nettle_get_secp_384r1());
    ecdsa_generate_keypair(&public_key, &private_key, NULL, fill_random);

    uint8_t digest[SHA384_DIGEST_SIZE];
    struct sha384_ctx hash;
    sha384_init(&hash);
    sha384_update(&hash, 5, (const uint8_t *)"token");
    sha384_digest(&hash, sizeof digest, digest);

    struct dsa_signature signature;
    dsa_signature_init(&signature);
    double start = monotonic_seconds();
    for (long i = 0; i < count; i++) {
        ecdsa_sign(&private_key, NULL, fill_random, sizeof digest, digest, &signature);
    }
    double seconds = monotonic_seconds() - start;
    if (!ecdsa_verify(&public_key, sizeof digest, digest, &signature)) {
        fprintf(stderr, "raw-sign: the last signature does not verify\n");
        return 1;
    }
    printf("%ld signatures in %f s: %f/s\n", count, seconds, (double)count / seconds);
    dsa_signature_clear(&signature);
    ecc_scalar_clear(&private_key);
    ecc_point_clear(&public_key);
    return 0;
}
