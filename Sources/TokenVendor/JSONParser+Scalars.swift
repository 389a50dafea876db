// SPDX-License-Identifier: Apache-2.0

extension JSONParser {
    /// Parses a string starting at its opening quote; escapes are decoded and UTF-8 is validated.
    mutating func parseString() throws(Failure) -> String {
        offset += 1
        let start = offset
        // Fast path: no escapes, so the string is the bytes between the quotes.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = try Self.validatedString(UnsafeBufferPointer(rebasing: bytes[start..<offset]), at: start)
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw .invalid(offset: offset) }
            offset += 1
        }
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                let text = try decoded.withUnsafeBufferPointer { buffer throws(Failure) in
                    try Self.validatedString(buffer, at: start)
                }
                offset += 1
                return text
            case UInt8(ascii: "\\"):
                try appendEscape(to: &decoded)
            case ..<0x20:
                throw .invalid(offset: offset)
            default:
                decoded.append(byte)
                offset += 1
            }
        }
        throw .invalid(offset: offset)
    }

    private static func validatedString(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) throws(Failure) -> String {
        guard let text = String(validating: buffer, as: UTF8.self) else { throw .invalid(offset: start) }
        return text
    }

    /// Decodes the escape at `offset` (RFC 8259 section 7) and appends its UTF-8 bytes.
    private mutating func appendEscape(to decoded: inout [UInt8]) throws(Failure) {
        let escapeStart = offset
        offset += 1
        guard offset < bytes.count else { throw .invalid(offset: escapeStart) }
        let simple: UInt8?
        switch bytes[offset] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw .invalid(offset: escapeStart)
        }
        if let simple {
            decoded.append(simple)
            offset += 1
            return
        }
        offset += 1
        let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
        decoded.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// Reads the hex digits after `\u`, and a second `\uXXXX` for a surrogate pair.
    private mutating func parseUnicodeEscape(escapeStart: Int) throws(Failure) -> Unicode.Scalar {
        let first = try parseHexQuad()
        if let scalar = Unicode.Scalar(first) { return scalar }
        // `first` is a surrogate: it must be a high one followed by an escaped low one.
        guard first < 0xDC00, offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
            bytes[offset + 1] == UInt8(ascii: "u")
        else { throw .invalid(offset: escapeStart) }
        offset += 2
        let second = try parseHexQuad()
        guard (0xDC00...0xDFFF).contains(second),
            let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        else { throw .invalid(offset: escapeStart) }
        return scalar
    }

    private mutating func parseHexQuad() throws(Failure) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw .invalid(offset: offset) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .invalid(offset: offset)
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    /// Parses a number (RFC 8259 section 6) into a finite `Double`.
    mutating func parseNumber() throws(Failure) -> Double {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count else { throw .invalid(offset: offset) }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
        } else {
            try skipDigits()
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            try skipDigits()
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            try skipDigits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw .invalid(offset: start) }
        return value
    }

    /// Moves past one or more decimal digits.
    private mutating func skipDigits() throws(Failure) {
        let start = offset
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) {
            offset += 1
        }
        guard offset > start else { throw .invalid(offset: offset) }
    }
}
