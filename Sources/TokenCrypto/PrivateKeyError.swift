// SPDX-License-Identifier: Apache-2.0

/// A private key that could not be used to sign ES384 tokens.
///
/// Descriptions name the problem and, for a wrong curve, the curve; never any key bytes.
public struct PrivateKeyError: Error, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case noPrivateKey
        case encryptedKey
        case notEllipticCurve
        case unknownCurve(String)
        case invalidScalar
        case unreadable
    }

    private let code: Code

    /// Thrown when the input contains no private key in a form OpenSSL reads, or only an encrypted one.
    public static let noPrivateKey = Self(code: .noPrivateKey)

    /// Thrown when the key is encrypted with a passphrase, which a Lambda function has no way to enter.
    public static let encryptedKey = Self(code: .encryptedKey)

    /// Thrown when the key is not an elliptic-curve key, such as RSA or Ed25519.
    public static let notEllipticCurve = Self(code: .notEllipticCurve)

    /// Thrown when the key is on a curve other than P-384.
    public static func unknownCurve(_ name: String) -> Self { Self(code: .unknownCurve(name)) }

    /// Thrown when the scalar is zero or not below the curve order.
    public static let invalidScalar = Self(code: .invalidScalar)

    /// Thrown when OpenSSL could not extract the key's fields.
    public static let unreadable = Self(code: .unreadable)

    /// A message naming the problem and the key that is expected.
    public var description: String {
        switch code {
        case .noPrivateKey:
            "no unencrypted private key found; expected a PEM 'EC PRIVATE KEY' (SEC1) or 'PRIVATE KEY' (PKCS#8) block"
        case .encryptedKey:
            "the private key is encrypted; store it unencrypted (openssl pkcs8 -topk8 -nocrypt) in Secrets Manager"
        case .notEllipticCurve:
            "the private key is not an elliptic-curve key; IVS playback keys are ECDSA P-384 (secp384r1)"
        case .unknownCurve(let name):
            "the private key is on curve \(name); IVS playback keys must be P-384 (secp384r1)"
        case .invalidScalar:
            "the private key's scalar is out of range for P-384"
        case .unreadable:
            "the private key could not be read"
        }
    }
}
