// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
public import TokenCrypto

/// The contents of one secret version.
public struct SecretValue: Sendable {
    /// The UTF-8 bytes of `SecretString`, or the bytes of `SecretBinary` after its one base64
    /// decoding.
    public let bytes: SecretBytes

    /// Whether the secret was stored as `SecretBinary`.
    public let isBinary: Bool

    /// The `VersionId` of the version returned, if the reply named it.
    public let versionID: String?

    /// Creates a value.
    public init(bytes: SecretBytes, isBinary: Bool, versionID: String?) {
        self.bytes = bytes
        self.isBinary = isBinary
        self.versionID = versionID
    }
}

extension SecretValue {
    private struct Reply: Decodable {
        let secretString: String?
        let secretBinary: String?
        let versionID: String?

        enum CodingKeys: String, CodingKey {
            case secretString = "SecretString"
            case secretBinary = "SecretBinary"
            case versionID = "VersionId"
        }
    }

    /// Reads a `GetSecretValue` reply body, ignoring every field but the secret and `VersionId`, so
    /// unknown fields and any form of `CreatedDate` are accepted.
    /// - Throws: ``SecretsManagerError/malformedResponse`` when the body is not a JSON object with
    ///   exactly one of `SecretString` and `SecretBinary`, or `SecretBinary` is not base64.
    package init(replyBody body: [UInt8]) throws(SecretsManagerError) {
        let reply: Reply
        do {
            reply = try body.withUnsafeBytes { bytes in
                // Decode in place, so no second copy of the secret is left in a `Data` buffer.
                let data =
                    bytes.baseAddress.map {
                        Data(
                            bytesNoCopy: UnsafeMutableRawPointer(mutating: $0),
                            count: bytes.count,
                            deallocator: .none
                        )
                    } ?? Data()
                return try JSONDecoder().decode(Reply.self, from: data)
            }
        } catch {
            throw .malformedResponse.with(detail: "the reply is not a GetSecretValue JSON object")
        }

        switch (reply.secretString, reply.secretBinary) {
        case (let text?, nil):
            self.init(bytes: SecretBytes(text.utf8), isBinary: false, versionID: reply.versionID)
        case (nil, let encoded?):
            guard var decoded = Data(base64Encoded: encoded) else {
                throw .malformedResponse.with(detail: "SecretBinary is not valid base64")
            }
            self.init(bytes: SecretBytes(decoded), isBinary: true, versionID: reply.versionID)
            decoded.resetBytes(in: 0..<decoded.count)
        case (nil, nil):
            throw .malformedResponse.with(
                detail: "the reply has neither SecretString nor SecretBinary"
            )
        case (.some, .some):
            throw .malformedResponse.with(
                detail: "the reply has both SecretString and SecretBinary"
            )
        }
    }
}

extension SecretValue: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A redacted rendering with the kind, length and version ID.
    public var description: String {
        "SecretValue(\(isBinary ? "binary" : "string"), redacted, \(bytes.count) bytes, "
            + "version: \(versionID ?? "unknown"))"
    }

    /// The same redacted rendering as ``description``.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` shows nothing of the secret.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
