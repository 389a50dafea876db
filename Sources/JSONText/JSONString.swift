// SPDX-License-Identifier: Apache-2.0

/// Writes JSON string literals (RFC 8259 section 7) for hand-assembled JSON on the hot path.
public enum JSONString {
    /// How to write the characters that RFC 8259 lets a writer escape in more than one way.
    public enum Escaping: Sendable {
        /// `\n`, `\r` and `\t` as two-character escapes; every other C0 control character and DEL
        /// as `\u00XX`.
        case allControlCharacters

        /// All five two-character escapes (`\b`, `\f`, `\n`, `\r`, `\t`), the other C0 control
        /// characters as `\u00XX`, and DEL as is: byte for byte what Foundation's `JSONEncoder` writes.
        case jsonEncoderStyle
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `value` as a quoted JSON string to `output`, escaping `"`, `\` and control characters.
    ///
    /// Non-ASCII text is copied as UTF-8, which JSON allows; invalid UTF-8 cannot occur in a `String`.
    public static func append(
        _ value: String,
        to output: inout [UInt8],
        escaping: Escaping = .allControlCharacters
    ) {
        output.append(UInt8(ascii: "\""))
        let appended: Void? = value.utf8.withContiguousStorageIfAvailable {
            appendEscaped($0, to: &output, escaping: escaping)
        }
        if appended == nil {
            Array(value.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &output, escaping: escaping) }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `bytes` with escapes, copying each run of bytes that need none in one call.
    private static func appendEscaped(
        _ bytes: UnsafeBufferPointer<UInt8>,
        to output: inout [UInt8],
        escaping: Escaping
    ) {
        let escapesDelete = escaping == .allControlCharacters
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard
                byte < 0x20 || (byte == 0x7F && escapesDelete) || byte == UInt8(ascii: "\"")
                    || byte == UInt8(ascii: "\\")
            else {
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            appendEscape(for: byte, to: &output, escaping: escaping)
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static func appendEscape(for byte: UInt8, to output: inout [UInt8], escaping: Escaping) {
        let letter: UInt8? =
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
            case UInt8(ascii: "\n"): UInt8(ascii: "n")
            case UInt8(ascii: "\r"): UInt8(ascii: "r")
            case UInt8(ascii: "\t"): UInt8(ascii: "t")
            case 0x08 where escaping == .jsonEncoderStyle: UInt8(ascii: "b")
            case 0x0C where escaping == .jsonEncoderStyle: UInt8(ascii: "f")
            default: nil
            }
        if let letter {
            output.append(UInt8(ascii: "\\"))
            output.append(letter)
        } else {
            output.append(contentsOf: "\\u00".utf8)
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    /// Returns `value` as a quoted JSON string.
    public static func quoted(_ value: String, escaping: Escaping = .allControlCharacters) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(value.utf8.count + 2)
        append(value, to: &output, escaping: escaping)
        return String(decoding: output, as: UTF8.self)
    }
}
