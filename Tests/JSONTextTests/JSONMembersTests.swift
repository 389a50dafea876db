// SPDX-License-Identifier: Apache-2.0

import JSONText
import Testing

@Suite struct JSONMembersTests {
    private static func members(_ input: [UInt8]) throws(JSONParser.Failure) -> [JSONParser.Member] {
        let result = input.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParser.Failure) in try JSONParser.members(of: buffer) }
        }
        return try result.get()
    }

    private static func members(_ text: String) throws(JSONParser.Failure) -> [JSONParser.Member] {
        try members(Array(text.utf8))
    }

    private static func decoded(_ literal: [UInt8]) throws(JSONParser.Failure) -> [UInt8] {
        var output = [UInt8](repeating: 0xAA, count: max(literal.count - 2, 0))
        let result = literal.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { buffer in
                Result { () throws(JSONParser.Failure) in try JSONParser.decodeString(input, into: buffer) }
            }
        }
        return Array(output.prefix(try result.get()))
    }

    private static func decoded(_ literal: String) throws(JSONParser.Failure) -> [UInt8] {
        try decoded(Array(literal.utf8))
    }

    @Test func membersComeInOrderWithValueRanges() throws {
        let input = #" { "a" : "x\"y" , "b":[1,{"c":null}],"a":-2.5e3 } "#
        let members = try Self.members(input)
        #expect(members.map(\.name) == ["a", "b", "a"])
        let bytes = Array(input.utf8)
        #expect(
            members.map { String(decoding: bytes[$0.value], as: UTF8.self) } == [
                #""x\"y""#, #"[1,{"c":null}]"#, "-2.5e3",
            ]
        )
    }

    @Test func emptyObjectHasNoMembers() throws {
        #expect(try Self.members("{}").isEmpty)
        #expect(try Self.members(" {\n} ").isEmpty)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let members = try Self.members([0xEF, 0xBB, 0xBF] + Array(#"{"a":1}"#.utf8))
        #expect(members == [JSONParser.Member(name: "a", value: 8..<9)])
    }

    @Test(arguments: ["1e400", "-1e400", "[1e999,{\"x\":123456789e400}]"])
    func numbersAreCheckedOnlyAgainstTheGrammar(value: String) throws {
        #expect(try Self.members(#"{"CreatedDate":"# + value + "}").map(\.name) == ["CreatedDate"])
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(value.utf8)) }
    }

    @Test(arguments: [
        "", "[]", "\"a\"", "1", "null", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":[1,]}", "{\"a\":01}",
        "{\"a\":1.}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\t\"}", "{} {}", "{}x", "{'a':1}",
        "{\"a\":tru}", "{\"a\":NaN}",
    ])
    func invalidInputIsRejected(input: String) {
        #expect(throws: JSONParser.Failure.self) { try Self.members(input) }
    }

    @Test(arguments: [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]])
    func invalidUTF8InAValueIsRejected(bytes: [UInt8]) {
        let input = Array(#"{"a":"x"#.utf8) + bytes + Array(#""}"#.utf8)
        #expect(throws: JSONParser.Failure.self) { try Self.members(input) }
    }

    @Test func tooDeepValueIsRejected() {
        let deep =
            String(repeating: "[", count: JSONParser.maximumDepth)
            + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: JSONParser.Failure.tooDeep) { try Self.members(#"{"a":"# + deep + "}") }
    }

    @Test(arguments: [
        (#""plain""#, Array("plain".utf8)),
        (#""""#, []),
        (#""\"\\\/\b\f\n\r\t""#, [0x22, 0x5C, 0x2F, 0x08, 0x0C, 0x0A, 0x0D, 0x09]),
        (#""caf\u00e9 \u20AC""#, [0x63, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xE2, 0x82, 0xAC]),
        (#""\ud83d\ude00""#, [0xF0, 0x9F, 0x98, 0x80]),
        (#""\u0000""#, [0x00]),
        ("\"é😀\"", [0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80]),
    ])
    func stringIsDecodedIntoTheBuffer(literal: String, expected: [UInt8]) throws {
        #expect(try Self.decoded(literal) == expected)
    }

    @Test func decodingWritesNothingPastTheCount() throws {
        var output = [UInt8](repeating: 0xAA, count: 10)
        let literal = Array(#""a\nb\u00e9""#.utf8)
        let count = try literal.withUnsafeBufferPointer { input in
            try output.withUnsafeMutableBufferPointer { try JSONParser.decodeString(input, into: $0) }
        }
        #expect(count == 5)
        #expect(output == [0x61, 0x0A, 0x62, 0xC3, 0xA9, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
    }

    @Test(arguments: [
        "", "\"", "abc", "\"abc", "\"a\"b\"", "\"a\" ", "\"\\\"", "\"\\q\"", "\"\\u12\"", "\"\\ud800\"",
        "\"\\udc00\\u0041\"", "\"a\nb\"",
    ])
    func invalidLiteralIsRejected(literal: String) {
        #expect(throws: JSONParser.Failure.self) { try Self.decoded(literal) }
    }

    @Test(arguments: [[0xFF], [0xC3], [0xE0, 0x80, 0x80], [0xED, 0xBF, 0xBF], [0xF8, 0x88, 0x80, 0x80, 0x80]])
    func invalidUTF8LiteralIsRejected(bytes: [UInt8]) {
        #expect(throws: JSONParser.Failure.self) { try Self.decoded([0x22] + bytes + [0x22]) }
    }
}
