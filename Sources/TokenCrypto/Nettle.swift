// SPDX-License-Identifier: Apache-2.0

private import CNettle

/// An ECDSA P-384 private key that signs with Nettle, using nonces from the kernel's CSPRNG.
///
/// The scalar is zeroed when the key is released. `description` and the mirror are redacted.
public final class ES384PrivateKey: @unchecked Sendable {
    // Sendable because Nettle only reads the scalar while signing, and it is written once in `init`.
    private let scalar: UnsafeMutablePointer<ecc_scalar>

    /// Creates a key from its 48-byte big-endian scalar.
    /// - Throws: ``PrivateKeyError/invalidScalar`` when the scalar is 0 or not below the group order.
    public init(scalar bytes: SecretBytes) throws(PrivateKeyError) {
        scalar = .allocate(capacity: 1)
        nettle_ecc_scalar_init(scalar, nettle_get_secp_384r1())
        let valid = bytes.withUnsafeBytes { buffer in
            cnettle_scalar_set_bytes(scalar, buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), buffer.count)
        }
        guard bytes.count == P384.scalarLength, valid == 1 else {
            Self.release(scalar)
            throw .invalidScalar
        }
    }

    deinit {
        Self.release(scalar)
    }

    /// Signs a SHA-384 `digest` and returns the raw `R‖S` signature, 96 bytes.
    public func signature(forDigest digest: [UInt8]) -> [UInt8] {
        var signature = [UInt8](repeating: 0, count: P384.signatureLength)
        signature.withUnsafeMutableBufferPointer { output in
            cnettle_ecdsa_sign_raw(scalar, digest, digest.count, output.baseAddress!, P384.scalarLength)
        }
        return signature
    }

    private static func release(_ scalar: UnsafeMutablePointer<ecc_scalar>) {
        cnettle_scalar_zero(scalar)
        nettle_ecc_scalar_clear(scalar)
        scalar.deallocate()
    }
}

extension ES384PrivateKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A redacted rendering.
    public var description: String { "ES384PrivateKey(redacted)" }

    /// The same redacted rendering as ``description``.
    public var debugDescription: String { description }

    /// A mirror without children.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .class) }
}
