// SPDX-License-Identifier: Apache-2.0

import Glibc

/// Finds the private key in a secret as people store it: PEM (SEC1 or PKCS#8, any line endings or
/// wrapping, with or without an `EC PARAMETERS` block, even collapsed to one line or with literal `\n`
/// escapes), a JSON object holding the PEM, base64 of PEM or DER, or raw DER.
enum PrivateKeyDecoder {
    /// JSON field names, compared case-insensitively, under which a PEM is looked for.
    static let jsonFieldNames = ["privatekey", "private_key", "privatekeypem", "key", "pem", "signingkey"]

    /// The deepest nesting of encodings tried, such as base64 of a JSON object holding PEM.
    private static let maximumDepth = 3

    /// Returns the 48-byte scalar of the P-384 key in `secret`.
    static func p384Scalar(from secret: [UInt8], depth: Int = 0) throws(PrivateKeyError) -> SecretBytes {
        guard depth <= maximumDepth, !secret.isEmpty else { throw .noPrivateKey }
        if let block = PEMBlock.firstPrivateKey(in: secret) {
            var der = try block.derBytes()
            defer { clear(&der) }
            return try OpenSSLKeys.p384Scalar(fromDER: der)
        }
        if var field = JSONKeyField.value(in: secret, names: jsonFieldNames) {
            defer { clear(&field) }
            return try p384Scalar(from: field, depth: depth + 1)
        }
        if var decoded = Base64.decodeLeniently(secret) {
            defer { clear(&decoded) }
            return try p384Scalar(from: decoded, depth: depth + 1)
        }
        if secret.first == 0x30 {
            return try OpenSSLKeys.p384Scalar(fromDER: secret)
        }
        throw .noPrivateKey
    }

    /// Overwrites an intermediate copy of key material.
    static func clear(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { explicit_bzero(base, buffer.count) }
        }
    }
}
