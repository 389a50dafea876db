// SPDX-License-Identifier: Apache-2.0
// COpenSSL exposes the parts of libcrypto the package uses: PEM and DER key parsing, SHA-2 digests and
// HMAC. Only libcrypto is linked, never libssl, so the binary does not need libssl.so at run time.
#ifndef COPENSSL_SHIM_H
#define COPENSSL_SHIM_H

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

// A passphrase callback that declines. Without one, OpenSSL prompts on the terminal for an encrypted key.
static inline int copenssl_decline_passphrase(char *_Nullable buffer, int size, int flag, void *_Nullable u) {
    return -1;
}

static inline EVP_PKEY *_Nullable copenssl_read_private_key_pem(BIO *_Nonnull bio) {
    return PEM_read_bio_PrivateKey(bio, NULL, copenssl_decline_passphrase, NULL);
}

// Generates a P-384 key; EVP_PKEY_Q_keygen is variadic.
static inline EVP_PKEY *_Nullable copenssl_generate_p384_key(void) {
    return EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-384");
}

static inline const char *_Nonnull copenssl_param_private_key(void) { return OSSL_PKEY_PARAM_PRIV_KEY; }

static inline const char *_Nonnull copenssl_param_group_name(void) { return OSSL_PKEY_PARAM_GROUP_NAME; }

#endif
