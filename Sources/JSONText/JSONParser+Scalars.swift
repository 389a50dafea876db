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
                UTF8.encode(try decodeEscape()) { decoded.append($0) }
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

    /// Decodes the escape at `offset` (RFC 8259 section 7), a backslash and what follows it, and
    /// moves past it.
    /// - Returns: The scalar that the escape represents. A surrogate pair gives one scalar.
    mutating func decodeEscape() throws(Failure) -> Unicode.Scalar {
        let escapeStart = offset
        offset += 1
        guard offset < bytes.count else { throw .invalid(offset: escapeStart) }
        let letter = bytes[offset]
        offset += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return try parseUnicodeEscape(escapeStart: escapeStart)
        default: throw .invalid(offset: escapeStart)
        }
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

    /// Moves past one UTF-8 sequence of two to four bytes, checking that it is well formed
    /// (RFC 3629 section 4): no overlong form, surrogate or code point past U+10FFFF.
    mutating func skipMultibyteSequence() throws(Failure) {
        let lead = bytes[offset]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: throw .invalid(offset: offset)
        }
        guard offset + length <= bytes.count, second.contains(bytes[offset + 1]) else {
            throw .invalid(offset: offset)
        }
        for index in offset + 2..<offset + length where !(0x80...0xBF).contains(bytes[index]) {
            throw .invalid(offset: offset)
        }
        offset += length
    }

    /// Parses a number (RFC 8259 section 6) into a finite `Double`.
    mutating func parseNumber() throws(Failure) -> Double {
        let start = offset
        try skipNumber()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw .invalid(offset: start) }
        return value
    }

    /// Moves past a number, checking it against the grammar (RFC 8259 section 6) but not its range.
    mutating func skipNumber() throws(Failure) {
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
