// SPDX-License-Identifier: Apache-2.0

/// A strict JSON parser (RFC 8259) for events, request bodies and AWS replies, built for speed on the
/// invocation path, where `JSONDecoder` took about an eighth of the CPU time per invocation (perf,
/// BENCHMARKS.md).
///
/// It accepts exactly the RFC 8259 grammar: no comments, trailing commas, leading zeros, `NaN` or
/// single quotes. It rejects invalid UTF-8, unescaped control characters, lone surrogate escapes,
/// input over ``maximumBytes`` and nesting deeper than ``maximumDepth``. ``parse(_:selecting:)``
/// also rejects numbers that overflow a `Double`, and when an object repeats a name, the last value
/// wins.
public struct JSONParser {
    /// The largest input accepted, in bytes: Lambda's 6 MB limit for a synchronous invocation payload.
    public static let maximumBytes = 6 * 1024 * 1024

    /// The deepest nesting of arrays and objects accepted, far beyond any event's, so recursion stays
    /// well within a thread's stack.
    public static let maximumDepth = 512

    /// A reason the input is rejected.
    public enum Failure: Error, Equatable, Sendable {
        /// Thrown when the input breaks the grammar or is not UTF-8; `offset` is the byte where it fails.
        case invalid(offset: Int)

        /// Thrown when arrays and objects nest deeper than ``JSONParser/maximumDepth``.
        case tooDeep

        /// Thrown when the input is longer than ``JSONParser/maximumBytes``.
        case tooLarge
    }

    /// The input, valid for the parser's lifetime inside ``parse(_:)``.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The position of the next byte to read.
    var offset = 0

    private var depth = 0

    /// Whether a number in a member that a selection leaves out must fit a `Double`, as a built one
    /// must. ``members(of:)`` checks only the grammar, as `JSONDecoder` did for keys it never read.
    let checksSkippedNumberRange: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, checksSkippedNumberRange: Bool = true) {
        self.bytes = bytes
        self.checksSkippedNumberRange = checksSkippedNumberRange
    }

    /// The object members to build: `all`, or only the named members of an object, each with its own
    /// selection. Members left out are still checked against the grammar, but not built.
    public indirect enum Selection: Sendable {
        /// Every member and element.
        case all

        /// Only these members when the value is an object; any other value is built whole.
        case members([String: Selection])
    }

    /// Parses `input`, one JSON value with optional whitespace around it, building only the members
    /// `selection` names.
    /// - Throws: ``Failure`` when the input is not accepted, whether or not the failure lies in a
    ///   selected member.
    public static func parse(_ input: [UInt8], selecting selection: Selection = .all) throws(Failure) -> JSONValue {
        let result: Result<JSONValue, Failure> = input.withUnsafeBufferPointer { buffer in
            do throws(Failure) {
                return .success(try parse(buffer, selecting: selection))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses `input` as the array form does, reading the bytes in place.
    public static func parse(
        _ input: UnsafeBufferPointer<UInt8>,
        selecting selection: Selection = .all
    ) throws(Failure) -> JSONValue {
        guard input.count <= maximumBytes else { throw .tooLarge }
        var parser = JSONParser(bytes: input)
        return try parser.parseDocument(selection)
    }

    private mutating func parseDocument(_ selection: Selection) throws(Failure) -> JSONValue {
        skipWhitespace()
        let value = try parseValue(selection)
        skipWhitespace()
        guard offset == bytes.count else { throw .invalid(offset: offset) }
        return value
    }

    mutating func parseValue(_ selection: Selection = .all) throws(Failure) -> JSONValue {
        guard offset < bytes.count else { throw .invalid(offset: offset) }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject(selection)
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        default: return .number(try parseNumber())
        }
    }

    private mutating func parseObject(_ selection: Selection) throws(Failure) -> JSONValue {
        try enterContainer()
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if try consumeIf(UInt8(ascii: "}")) {
            depth -= 1
            return .object(members)
        }
        repeat {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw .invalid(offset: offset) }
            let name = try parseString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            switch selection {
            case .all:
                members[name] = try parseValue()
            case .members(let wanted):
                if let inner = wanted[name] {
                    members[name] = try parseValue(inner)
                } else {
                    try skipValue()
                }
            }
            skipWhitespace()
        } while try consumeIf(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        try enterContainer()
        var elements: [JSONValue] = []
        skipWhitespace()
        if try consumeIf(UInt8(ascii: "]")) {
            depth -= 1
            return .array(elements)
        }
        repeat {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
        } while try consumeIf(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
        depth -= 1
        return .array(elements)
    }

    /// Moves past an opening bracket or brace, counting the nesting depth.
    mutating func enterContainer() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw .tooDeep }
        offset += 1
    }

    /// Counts the end of a container that ``enterContainer()`` counted.
    mutating func leaveContainer() {
        depth -= 1
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
        let length = word.utf8CodeUnitCount
        guard offset + length <= bytes.count else { throw .invalid(offset: offset) }
        for index in 0..<length where bytes[offset + index] != word.utf8Start[index] {
            throw .invalid(offset: offset + index)
        }
        offset += length
        return value
    }

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8) throws(Failure) {
        guard offset < bytes.count, bytes[offset] == byte else { throw .invalid(offset: offset) }
        offset += 1
    }

    /// Consumes `byte` when it is next; throws at the end of the input, where a value must follow.
    mutating func consumeIf(_ byte: UInt8) throws(Failure) -> Bool {
        guard offset < bytes.count else { throw .invalid(offset: offset) }
        guard bytes[offset] == byte else { return false }
        offset += 1
        return true
    }
}
