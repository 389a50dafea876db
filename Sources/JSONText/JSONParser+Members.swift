// SPDX-License-Identifier: Apache-2.0

extension JSONParser {
    /// A member of a JSON object: its name and where its value lies in the input.
    public struct Member: Equatable, Sendable {
        /// The decoded name.
        public let name: String

        /// The byte range of the value in the input, quotes included for a string.
        public let value: Range<Int>

        /// Creates a member.
        public init(name: String, value: Range<Int>) {
            self.name = name
            self.value = value
        }
    }

    /// Checks that `input` is one JSON object and returns its members, without building any value,
    /// so that a caller can build only what it reads and decode a secret string where it chooses.
    ///
    /// Members come in input order, repeated names included. A leading UTF-8 byte order mark is
    /// skipped, which RFC 8259 section 8.1 allows. Numbers are checked against the grammar only, so
    /// one that overflows a `Double` is accepted.
    /// - Throws: ``Failure`` when the input is not one object, or any part of it is invalid.
    public static func members(of input: UnsafeBufferPointer<UInt8>) throws(Failure) -> [Member] {
        guard input.count <= maximumBytes else { throw .tooLarge }
        var parser = JSONParser(bytes: input, checksSkippedNumberRange: false)
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            parser.offset = 3
        }
        return try parser.parseMembers()
    }

    private mutating func parseMembers() throws(Failure) -> [Member] {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "{") else { throw .invalid(offset: offset) }
        try enterContainer()
        var members: [Member] = []
        skipWhitespace()
        if try !consumeIf(UInt8(ascii: "}")) {
            repeat {
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                    throw .invalid(offset: offset)
                }
                let name = try parseString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                let start = offset
                try skipValue()
                members.append(Member(name: name, value: start..<offset))
                skipWhitespace()
            } while try consumeIf(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"))
        }
        leaveContainer()
        skipWhitespace()
        guard offset == bytes.count else { throw .invalid(offset: offset) }
        return members
    }

    /// Decodes the JSON string `literal`, quotes included, into `output`, so the caller chooses where
    /// the text lands, such as memory that is zeroed when released.
    ///
    /// No escape decodes to more bytes than it takes, so `output` needs `literal.count - 2` bytes.
    /// - Returns: The number of bytes written: the string's UTF-8 form.
    /// - Throws: ``Failure`` when `literal` is not exactly one valid JSON string.
    public static func decodeString(
        _ literal: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutableBufferPointer<UInt8>
    ) throws(Failure) -> Int {
        guard literal.count >= 2, literal[0] == UInt8(ascii: "\"") else { throw .invalid(offset: 0) }
        // With a quote last, only a closing quote or an escape, which shrinks, can consume it, so at
        // most `literal.count - 2` bytes are written.
        guard literal[literal.count - 1] == UInt8(ascii: "\"") else { throw .invalid(offset: literal.count) }
        precondition(output.count >= literal.count - 2, "the output is shorter than the literal's content")
        var parser = JSONParser(bytes: literal)
        parser.offset = 1
        var written = 0
        while parser.offset < literal.count {
            let start = parser.offset
            switch literal[start] {
            case UInt8(ascii: "\""):
                guard start == literal.count - 1 else { throw .invalid(offset: start + 1) }
                return written
            case UInt8(ascii: "\\"):
                UTF8.encode(try parser.decodeEscape()) { byte in
                    output[written] = byte
                    written += 1
                }
                continue
            case ..<0x20:
                throw .invalid(offset: start)
            case ..<0x80:
                parser.offset += 1
            default:
                try parser.skipMultibyteSequence()
            }
            for index in start..<parser.offset {
                output[written] = literal[index]
                written += 1
            }
        }
        throw .invalid(offset: literal.count)
    }
}
