// SPDX-License-Identifier: Apache-2.0

import JSONText
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
    /// Reads a `GetSecretValue` reply body, ignoring every field but the secret and `VersionId`, so
    /// unknown fields and any form of `CreatedDate` are accepted.
    ///
    /// The secret is decoded from the body straight into ``SecretBytes``, JSON escapes and base64
    /// alike, so no copy of it is left in memory that is released without being zeroed.
    /// - Throws: ``SecretsManagerError/malformedResponse`` when the body is not a JSON object with
    ///   exactly one of `SecretString` and `SecretBinary`, or `SecretBinary` is not padded base64.
    package init(replyBody body: [UInt8]) throws(SecretsManagerError) {
        let result = body.withUnsafeBufferPointer { reply in
            Result { () throws(SecretsManagerError) in try Self.decode(reply) }
        }
        self = try result.get()
    }

    private static let notAReply = SecretsManagerError.malformedResponse.with(
        detail: "the reply is not a GetSecretValue JSON object"
    )

    private static func decode(_ reply: UnsafeBufferPointer<UInt8>) throws(SecretsManagerError) -> SecretValue {
        guard let members = try? JSONParser.members(of: reply) else { throw notAReply }
        let secretString = try stringLiteral(named: "SecretString", in: members, of: reply)
        let secretBinary = try stringLiteral(named: "SecretBinary", in: members, of: reply)
        let versionID = try stringLiteral(named: "VersionId", in: members, of: reply).map {
            literal throws(SecretsManagerError) in
            guard case .string(let text) = try? JSONParser.parse(literal) else { throw notAReply }
            return text
        }

        switch (secretString, secretBinary) {
        case (let literal?, nil):
            return SecretValue(bytes: try decodedString(literal), isBinary: false, versionID: versionID)
        case (nil, let literal?):
            let text = try decodedString(literal)
            return SecretValue(bytes: try decodedBase64(text), isBinary: true, versionID: versionID)
        case (nil, nil):
            throw .malformedResponse.with(detail: "the reply has neither SecretString nor SecretBinary")
        case (.some, .some):
            throw .malformedResponse.with(detail: "the reply has both SecretString and SecretBinary")
        }
    }

    /// Returns the literal of the first member named `name`, or `nil` when there is none or it is
    /// `null`, as `JSONDecoder` read an optional property.
    /// - Throws: ``notAReply`` when the value is neither a string nor `null`.
    private static func stringLiteral(
        named name: String,
        in members: [JSONParser.Member],
        of reply: UnsafeBufferPointer<UInt8>
    ) throws(SecretsManagerError) -> UnsafeBufferPointer<UInt8>? {
        guard let member = members.first(where: { $0.name == name }) else { return nil }
        let literal = UnsafeBufferPointer(rebasing: reply[member.value])
        switch literal.first {
        case UInt8(ascii: "\""): return literal
        case UInt8(ascii: "n"): return nil
        default: throw notAReply
        }
    }

    /// Unescapes a string literal that ``JSONParser/members(of:)`` has already checked.
    private static func decodedString(_ literal: UnsafeBufferPointer<UInt8>) throws(SecretsManagerError)
        -> SecretBytes
    {
        do {
            return try SecretBytes(capacity: literal.count - 2) { output throws(JSONParser.Failure) in
                try JSONParser.decodeString(literal, into: output)
            }
        } catch {
            throw notAReply
        }
    }

    private static func decodedBase64(_ text: SecretBytes) throws(SecretsManagerError) -> SecretBytes {
        try text.withUnsafeBytes { encoded throws(SecretsManagerError) in
            try SecretBytes(capacity: encoded.count / 4 * 3) { output throws(SecretsManagerError) in
                guard let count = Base64.decodePadded(encoded, into: output) else {
                    throw .malformedResponse.with(detail: "SecretBinary is not valid base64")
                }
                return count
            }
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
