// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// The error JSON of Lambda, `{"errorMessage":…,"errorType":…}`, used by the Runtime API and callers.
public struct LambdaErrorPayload: Codable, Sendable, Equatable {
    /// The human-readable message.
    public var errorMessage: String

    /// The error type, such as `Runtime.ExitError`.
    public var errorType: String

    /// Creates a payload from its two fields.
    public init(errorMessage: String, errorType: String) {
        self.errorMessage = errorMessage
        self.errorType = errorType
    }

    /// The JSON bytes, with keys in Lambda's order and control characters escaped.
    public var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding two strings cannot fail, so an empty object is unreachable.
        return (try? Array(encoder.encode(self))) ?? Array("{}".utf8)
    }

    /// Decodes the error JSON in `bytes`, or returns `nil` when it is not an object with both fields.
    public static func decode(_ bytes: [UInt8]) -> LambdaErrorPayload? {
        try? JSONDecoder().decode(LambdaErrorPayload.self, from: Data(bytes))
    }
}
