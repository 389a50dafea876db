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
}
