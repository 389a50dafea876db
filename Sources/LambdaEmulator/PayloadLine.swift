// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// Renders a payload as one line of JSON for standard output.
public enum PayloadLine {
    /// Returns `payload` without its line breaks when it is JSON, else the payload as a JSON string.
    ///
    /// Valid JSON cannot hold a raw line break inside a string, so removing CR and LF bytes changes
    /// only whitespace between tokens.
    public static func render(_ payload: [UInt8]) -> (line: [UInt8], isJSON: Bool) {
        if JSONValue.parse(payload) != nil {
            return (payload.filter { $0 != 0x0A && $0 != 0x0D }, true)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let quoted = (try? Array(encoder.encode(String(decoding: payload, as: UTF8.self)))) ?? Array("\"\"".utf8)
        return (quoted, false)
    }
}
