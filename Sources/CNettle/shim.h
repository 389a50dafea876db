// SPDX-License-Identifier: Apache-2.0
// CNettle exposes Nettle's P-384 ECDSA signer. Nettle passes scalars as GMP mpz_t values, an array
// typedef that Swift imports poorly, so the conversions between big-endian bytes and mpz_t happen here.
#ifndef CNETTLE_SHIM_H
#define CNETTLE_SHIM_H

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <nettle/bignum.h>
#include <nettle/ecc-curve.h>
#include <nettle/ecc.h>
#include <nettle/ecdsa.h>

// Fills `destination` from the kernel's CSPRNG. Nettle's random callback cannot report failure, and an
// ECDSA nonce from a broken source leaks the key, so a getrandom failure other than EINTR aborts.
static inline void cnettle_random_getrandom(void *_Nullable context, size_t length, uint8_t *_Nonnull destination) {
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

// Sets `key` to the big-endian scalar, returning 1 when 0 < scalar < n. The temporary mpz is zeroed.
static inline int cnettle_scalar_set_bytes(struct ecc_scalar *_Nonnull key, const uint8_t *_Nonnull bytes,
                                           size_t length) {
    mpz_t value;
    mpz_init(value);
    nettle_mpz_set_str_256_u(value, length, bytes);
    int valid = ecc_scalar_set(key, value);
    mp_limb_t *limbs = mpz_limbs_modify(value, mpz_size(value) > 0 ? mpz_size(value) : 1);
    memset(limbs, 0, (mpz_size(value) > 0 ? mpz_size(value) : 1) * sizeof(mp_limb_t));
    mpz_clear(value);
    return valid;
}

// Overwrites the scalar's limbs with zeros before it is released.
static inline void cnettle_scalar_zero(struct ecc_scalar *_Nonnull key) {
    memset(key->p, 0, (size_t)ecc_size(key->ecc) * sizeof(mp_limb_t));
}

// Signs `digest` with a fresh nonce from getrandom and writes r and s, each left-padded to `half_length`
// bytes, to `signature` (JWS form, RFC 7518 section 3.4).
static inline void cnettle_ecdsa_sign_raw(const struct ecc_scalar *_Nonnull key, const uint8_t *_Nonnull digest,
                                          size_t digest_length, uint8_t *_Nonnull signature, size_t half_length) {
    struct dsa_signature result;
    dsa_signature_init(&result);
    ecdsa_sign(key, NULL, cnettle_random_getrandom, digest_length, digest, &result);
    nettle_mpz_get_str_256(half_length, signature, result.r);
    nettle_mpz_get_str_256(half_length, signature + half_length, result.s);
    dsa_signature_clear(&result);
}

#endif
