// SPDX-License-Identifier: Apache-2.0

extension ES384PrivateKey {
    /// Creates a key from PEM text holding a SEC1 (`EC PRIVATE KEY`) or PKCS#8 (`PRIVATE KEY`) block.
    ///
    /// Blocks before the key, such as `EC PARAMETERS`, are skipped, and CRLF line endings are accepted.
    /// - Throws: ``PrivateKeyError`` naming what is wrong, never the key.
    public convenience init(pem: some Collection<UInt8>) throws(PrivateKeyError) {
        try self.init(scalar: OpenSSLKeys.p384Scalar(fromPEM: Array(pem)))
    }

    /// Creates a key from DER bytes of a PKCS#8 or SEC1 private key.
    /// - Throws: ``PrivateKeyError`` naming what is wrong, never the key.
    public convenience init(der: [UInt8]) throws(PrivateKeyError) {
        try self.init(scalar: OpenSSLKeys.p384Scalar(fromDER: der))
    }

    /// Creates a key from a secret's bytes in any form people commonly store: PEM (SEC1 or PKCS#8, any
    /// wrapping or line endings, with or without `EC PARAMETERS`), a JSON object with a `privateKey`,
    /// `private_key`, `key` or `pem` field, base64 of PEM or DER, or raw DER.
    /// - Throws: ``PrivateKeyError`` naming what is wrong, never the key.
    public convenience init(secret: SecretBytes) throws(PrivateKeyError) {
        var copy = secret.withUnsafeBytes { Array($0) }
        defer { PrivateKeyDecoder.clear(&copy) }
        try self.init(scalar: PrivateKeyDecoder.p384Scalar(from: copy))
    }
}
