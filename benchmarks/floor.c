// SPDX-License-Identifier: Apache-2.0
// The floor of TokenFunction's design: the least CPU and init time any custom runtime can spend
// when it talks to the Runtime API through a reused libcurl easy handle and signs ES384 with Nettle.
// It does less than TokenFunction: it does not parse the event, reads no secret (the key is generated
// on the first invocation) and returns a fixed proxy response around one fresh signature. `make bench`
// runs it as a subject beside ours and the peers, so the targets can be read against what the
// libraries alone cost.
// Build: gcc -O2 floor.c -lcurl -lhogweed -lnettle -lgmp. Run it as a bootstrap under `invoke`.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <curl/curl.h>
#include <nettle/ecc-curve.h>
#include <nettle/ecc.h>
#include <nettle/ecdsa.h>
#include <nettle/sha2.h>
#include "fill-random.h"

struct buffer {
    char *bytes;
    size_t length;
    size_t capacity;
};

static char request_id[128];

static size_t append_body(char *data, size_t size, size_t count, void *context) {
    struct buffer *buffer = context;
    size_t length = size * count;
    if (buffer->length + length > buffer->capacity) {
        buffer->capacity = (buffer->length + length) * 2;
        buffer->bytes = realloc(buffer->bytes, buffer->capacity);
        if (buffer->bytes == NULL) abort();
    }
    memcpy(buffer->bytes + buffer->length, data, length);
    buffer->length += length;
    return length;
}

static size_t read_header(char *data, size_t size, size_t count, void *context) {
    (void)context;
    size_t length = size * count;
    static const char name[] = "lambda-runtime-aws-request-id:";
    size_t name_length = sizeof name - 1;
    if (length > name_length && strncasecmp(data, name, name_length) == 0) {
        size_t start = name_length;
        while (start < length && data[start] == ' ') start++;
        size_t end = length;
        while (end > start && (data[end - 1] == '\r' || data[end - 1] == '\n')) end--;
        size_t id_length = end - start < sizeof request_id - 1 ? end - start : sizeof request_id - 1;
        memcpy(request_id, data + start, id_length);
        request_id[id_length] = '\0';
    }
    return length;
}

static size_t base64url(const uint8_t *input, size_t length, char *output) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    size_t written = 0;
    size_t index = 0;
    for (; index + 2 < length; index += 3) {
        uint32_t group = (uint32_t)input[index] << 16 | (uint32_t)input[index + 1] << 8 | input[index + 2];
        output[written++] = alphabet[group >> 18 & 63];
        output[written++] = alphabet[group >> 12 & 63];
        output[written++] = alphabet[group >> 6 & 63];
        output[written++] = alphabet[group & 63];
    }
    if (index + 1 == length) {
        uint32_t group = (uint32_t)input[index] << 16;
        output[written++] = alphabet[group >> 18 & 63];
        output[written++] = alphabet[group >> 12 & 63];
    } else if (index + 2 == length) {
        uint32_t group = (uint32_t)input[index] << 16 | (uint32_t)input[index + 1] << 8;
        output[written++] = alphabet[group >> 18 & 63];
        output[written++] = alphabet[group >> 12 & 63];
        output[written++] = alphabet[group >> 6 & 63];
    }
    return written;
}

// Writes `value` as `size` big-endian bytes, zero-padded on the left.
static void export_fixed(const mpz_t value, uint8_t *output, size_t size) {
    memset(output, 0, size);
    size_t count = 0;
    uint8_t scratch[64];
    mpz_export(scratch, &count, 1, 1, 1, 0, value);
    memcpy(output + size - count, scratch, count);
}

static const char signing_input[] =
    "eyJhbGciOiJFUzM4NCIsInR5cCI6IkpXVCJ9."
    "eyJhd3M6Y2hhbm5lbC1hcm4iOiJhcm46YXdzOml2czp1cy13ZXN0LTI6MTIzNDU2Nzg5MDEyOmNoYW5uZWwvQWJDZEVm"
    "R2hJaktsIiwiYXdzOmFjY2Vzcy1jb250cm9sLWFsbG93LW9yaWdpbiI6IioiLCJleHAiOjE3NjUwMDAwMDB9";

int main(void) {
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    if (api == NULL) {
        fprintf(stderr, "floor: AWS_LAMBDA_RUNTIME_API is missing; run floor as a bootstrap under invoke\n");
        return 1;
    }
    char next_url[256];
    snprintf(next_url, sizeof next_url, "http://%s/2018-06-01/runtime/invocation/next", api);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *handle = curl_easy_init();
    struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json");
    struct buffer event = {0};
    struct buffer reply = {0};
    int have_key = 0;
    struct ecc_point public_key;
    struct ecc_scalar private_key;
    struct dsa_signature signature;
    dsa_signature_init(&signature);

    for (;;) {
        event.length = 0;
        request_id[0] = '\0';
        curl_easy_reset(handle);
        curl_easy_setopt(handle, CURLOPT_URL, next_url);
        curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, append_body);
        curl_easy_setopt(handle, CURLOPT_WRITEDATA, &event);
        curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, read_header);
        CURLcode result = curl_easy_perform(handle);
        if (result != CURLE_OK) {
            fprintf(stderr, "floor: GET %s failed: %s\n", next_url, curl_easy_strerror(result));
            return 1;
        }
        if (request_id[0] == '\0') {
            fprintf(stderr, "floor: GET %s returned no Lambda-Runtime-Aws-Request-Id header\n", next_url);
            return 1;
        }
        if (!have_key) {
            ecc_point_init(&public_key, nettle_get_secp_384r1());
            ecc_scalar_init(&private_key, nettle_get_secp_384r1());
            ecdsa_generate_keypair(&public_key, &private_key, NULL, fill_random);
            have_key = 1;
        }
        uint8_t digest[SHA384_DIGEST_SIZE];
        struct sha384_ctx hash;
        sha384_init(&hash);
        sha384_update(&hash, sizeof signing_input - 1, (const uint8_t *)signing_input);
        sha384_digest(&hash, sizeof digest, digest);
        ecdsa_sign(&private_key, NULL, fill_random, sizeof digest, digest, &signature);
        uint8_t raw[96];
        export_fixed(signature.r, raw, 48);
        export_fixed(signature.s, raw + 48, 48);
        char encoded[128];
        size_t encoded_length = base64url(raw, sizeof raw, encoded);

        char body[2048];
        int body_length = snprintf(body, sizeof body,
            "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"application/json\",\"Cache-Control\":\"no-store\","
            "\"Access-Control-Allow-Origin\":\"*\"},\"body\":\"{\\\"token\\\":\\\"%s.%.*s\\\","
            "\\\"expiresAt\\\":\\\"2025-12-06T05:46:40Z\\\"}\",\"isBase64Encoded\":false}",
            signing_input, (int)encoded_length, encoded);
        char response_url[384];
        snprintf(response_url, sizeof response_url, "http://%s/2018-06-01/runtime/invocation/%s/response", api,
                 request_id);
        reply.length = 0;
        curl_easy_reset(handle);
        curl_easy_setopt(handle, CURLOPT_URL, response_url);
        curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE, (long)body_length);
        curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, append_body);
        curl_easy_setopt(handle, CURLOPT_WRITEDATA, &reply);
        result = curl_easy_perform(handle);
        if (result != CURLE_OK) {
            fprintf(stderr, "floor: POST %s failed: %s\n", response_url, curl_easy_strerror(result));
            return 1;
        }
    }
}
