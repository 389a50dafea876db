// SPDX-License-Identifier: Apache-2.0

/// A signed playback token, the compact JWS `header.payload.signature`, which prints redacted.
///
/// Anyone with the token can play the channel until it expires, so only the response body carries
/// ``compact``. The `description`, `debugDescription` and mirror give only the length.
package struct PlaybackToken: Sendable {
    /// The compact serialization, for the response body only.
    package let compact: String

    /// Wraps a compact JWS.
    package init(compact: String) {
        self.compact = compact
    }
}

extension PlaybackToken: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A redacted rendering that gives only the length.
    package var description: String { "PlaybackToken(redacted, \(compact.utf8.count) bytes)" }

    /// The same redacted rendering as ``description``.
    package var debugDescription: String { description }

    /// A mirror without children, so `dump` shows nothing of the token.
    package var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
