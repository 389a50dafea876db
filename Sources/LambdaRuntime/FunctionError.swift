// SPDX-License-Identifier: Apache-2.0

import JSONText

/// An error reported to the Runtime API through `/error` or `/init/error`.
///
/// The body escapes quotes, backslashes and control characters, so any message stays valid JSON.
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

    /// Returns the JSON body, `{"errorMessage":…,"errorType":…}`, with the keys sorted and escapes
    /// written byte for byte as the `JSONEncoder` that earlier versions used wrote them.
    public func jsonBody() -> [UInt8] {
        var body: [UInt8] = []
        body.reserveCapacity(errorMessage.utf8.count + errorType.utf8.count + 32)
        body.append(contentsOf: #"{"errorMessage":"#.utf8)
        JSONString.append(errorMessage, to: &body, escaping: .jsonEncoderStyle)
        body.append(contentsOf: #","errorType":"#.utf8)
        JSONString.append(errorType, to: &body, escaping: .jsonEncoderStyle)
        body.append(UInt8(ascii: "}"))
        return body
    }

    /// The error type restricted to printable ASCII, as the header value must be.
    public var headerSafeErrorType: String {
        let ascii = errorType.unicodeScalars.filter { $0.value >= 0x21 && $0.value < 0x7F }
        return ascii.isEmpty ? "Unhandled" : String(String.UnicodeScalarView(ascii.prefix(128)))
    }
}
