// SPDX-License-Identifier: Apache-2.0

/// Produces ES384 JWS compact serialisations (RFC 7515 section 7.1) for JSON payloads.
public struct JWSSigner: Sendable {
    /// The protected header `{"alg":"ES384","typ":"JWT"}`, base64url-encoded once.
    private static let encodedHeader = Array(Base64URL.encode(Array(#"{"alg":"ES384","typ":"JWT"}"#.utf8)).utf8)

    private let key: ES384PrivateKey

    /// Creates a signer that signs with `key`.
    public init(key: ES384PrivateKey) {
        self.key = key
    }

    /// Returns `header.payload.signature` for the JSON `payload`, with a 96-byte raw `R‖S` signature
    /// over SHA-384 of the first two parts (RFC 7518 section 3.4).
    public func sign(payload: [UInt8]) -> String {
        var token = Self.encodedHeader
        token.reserveCapacity(token.count + payload.count * 4 / 3 + 132)
        token.append(UInt8(ascii: "."))
        Base64URL.encode(payload, into: &token)
        let signature = key.signature(forDigest: Digest.sha384(token))
        token.append(UInt8(ascii: "."))
        Base64URL.encode(signature, into: &token)
        return String(decoding: token, as: UTF8.self)
    }
}
