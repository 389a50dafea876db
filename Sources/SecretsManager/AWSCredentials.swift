// SPDX-License-Identifier: Apache-2.0

/// An AWS access key pair, plus the session token that temporary credentials carry.
///
/// `description`, `debugDescription` and the mirror show only whether a session token is present,
/// so the value can be logged or dumped without exposing any part of the keys.
struct AWSCredentials: Sendable, Equatable {
    /// The access key ID, such as `AKIDEXAMPLE`; sent in the `Authorization` header's scope.
    let accessKeyID: String

    /// The secret access key, used only to derive the signing key.
    let secretAccessKey: String

    /// The session token sent as `X-Amz-Security-Token`, or `nil` for long-term keys.
    let sessionToken: String?
}

extension AWSCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A redacted rendering that says only whether a session token is present.
    var description: String {
        sessionToken == nil
            ? "AWSCredentials(redacted)" : "AWSCredentials(redacted, with session token)"
    }

    /// The same redacted rendering as ``description``.
    var debugDescription: String { description }

    /// A mirror without children, so `dump` shows nothing of the keys.
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
