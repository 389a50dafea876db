// SPDX-License-Identifier: Apache-2.0

/// Random credentials shaped like an execution role's temporary ones; they grant nothing anywhere.
///
/// `description` shows only the access key ID, so printing the value never reveals the secret parts.
public struct TemporaryCredentials: Sendable, CustomStringConvertible {
    /// The access key ID, `ASIA` and 16 characters, as STS issues for temporary credentials.
    public let accessKeyID: String

    /// The secret access key, 40 characters.
    public let secretAccessKey: String

    /// The session token.
    public let sessionToken: String

    /// Creates a fresh random set.
    public init() {
        accessKeyID = "ASIA" + RandomIdentifiers.upperAlphanumeric(count: 16)
        secretAccessKey = RandomIdentifiers.base64Like(count: 40)
        sessionToken = RandomIdentifiers.base64Like(count: 356)
    }

    /// A rendering without the secret access key and the session token.
    public var description: String {
        "TemporaryCredentials(accessKeyID: \(accessKeyID), redacted)"
    }
}
