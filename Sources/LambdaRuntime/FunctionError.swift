// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// An error reported to the Runtime API through `/error` or `/init/error`.
///
/// The body is encoded with `JSONEncoder`, so quotes, backslashes, control characters and non-ASCII text
/// in the message stay valid JSON.
public struct FunctionError: Error, Sendable, Equatable, Codable {
    /// The error type, such as `Runtime.UnmarshalError`; also sent as `Lambda-Runtime-Function-Error-Type`.
    public var errorType: String

    /// A message for the caller; it must not contain secrets.
    public var errorMessage: String

    /// Creates an error report.
    public init(errorType: String, errorMessage: String) {
        self.errorType = errorType
        self.errorMessage = errorMessage
    }

    /// Returns the JSON body.
    public func jsonBody() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map(Array.init) ?? Array(#"{"errorType":"Runtime.Unknown"}"#.utf8)
    }

    /// The error type restricted to printable ASCII, as the header value must be.
    public var headerSafeErrorType: String {
        let ascii = errorType.unicodeScalars.filter { $0.value >= 0x21 && $0.value < 0x7F }
        return ascii.isEmpty ? "Unhandled" : String(String.UnicodeScalarView(ascii.prefix(128)))
    }
}
