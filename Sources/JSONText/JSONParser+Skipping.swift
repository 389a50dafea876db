// SPDX-License-Identifier: Apache-2.0

extension JSONParser {
    /// Checks one value against the grammar without building it, for members a selection leaves out.
    mutating func skipValue() throws(Failure) {
        guard offset < bytes.count else { throw .invalid(offset: offset) }
        switch bytes[offset] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipContainer()
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if checksSkippedNumberRange {
                _ = try parseNumber()
            } else {
                try skipNumber()
            }
        default:
            _ = try parseValue()
        }
    }

    /// Skips an array or object, checking separators and nesting as ``parseValue(_:)`` would.
    private mutating func skipContainer() throws(Failure) {
        let isObject = bytes[offset] == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        try enterContainer()
        defer { leaveContainer() }
        skipWhitespace()
        if try consumeIf(close) { return }
        repeat {
            skipWhitespace()
            if isObject {
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw .invalid(offset: offset) }
                try skipString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
            }
            try skipValue()
            skipWhitespace()
        } while try consumeIf(UInt8(ascii: ","))
        try expect(close)
    }

    /// Skips a string, checking its escapes and UTF-8 as ``parseString()`` would but building nothing,
    /// so a skipped secret leaves no copy behind.
    mutating func skipString() throws(Failure) {
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return
            case UInt8(ascii: "\\"):
                _ = try decodeEscape()
            case ..<0x20:
                throw .invalid(offset: offset)
            case ..<0x80:
                offset += 1
            default:
                try skipMultibyteSequence()
            }
        }
        throw .invalid(offset: offset)
    }
}
