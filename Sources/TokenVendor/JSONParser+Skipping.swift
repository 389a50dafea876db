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

    /// Skips a string; one with escapes or non-ASCII bytes is decoded, so it is checked in full.
    private mutating func skipString() throws(Failure) {
        let start = offset
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return
            }
            guard byte >= 0x20 else { throw .invalid(offset: offset) }
            if byte == UInt8(ascii: "\\") || byte >= 0x80 {
                offset = start
                _ = try parseString()
                return
            }
            offset += 1
        }
        throw .invalid(offset: offset)
    }
}
