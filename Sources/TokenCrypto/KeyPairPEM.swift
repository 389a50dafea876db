// SPDX-License-Identifier: Apache-2.0

/// P-384 key pairs in PEM form, for development keys and for checking tokens with the public half.
public enum KeyPairPEM {
    /// Generates a P-384 key pair: SEC1 `EC PRIVATE KEY` PEM and SubjectPublicKeyInfo `PUBLIC KEY` PEM.
    /// - Returns: `nil` when OpenSSL could not generate or write the key.
    public static func generateP384() -> (privateKey: SecretBytes, publicKey: [UInt8])? {
        OpenSSLKeys.generateP384PEM()
    }

    /// Derives the `PUBLIC KEY` PEM of the private key in PEM `privateKey`, or `nil` when none is found.
    public static func publicKey(fromPrivateKey privateKey: [UInt8]) -> [UInt8]? {
        OpenSSLKeys.publicKeyPEM(fromPrivatePEM: privateKey)
    }

    /// Checks a raw `R‖S` ES384 `signature` over `message` with OpenSSL and the PEM `publicKey`.
    public static func verifyES384(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        OpenSSLKeys.verifyES384(signature: signature, message: message, publicKey: publicKey)
    }
}
