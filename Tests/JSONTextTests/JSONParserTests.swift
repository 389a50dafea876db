// SPDX-License-Identifier: Apache-2.0

import JSONText
import Testing

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func parsesEveryValueKind() throws {
        let value = try parse(#" {"s":"a\"b\\c\/d\b\f\n\r\t","n":-12.5e+2,"t":true,"f":false,"z":null,"a":[1,[],{}]} "#)
        #expect(
            value
                == .object([
                    "s": .string("a\"b\\c/d\u{8}\u{C}\n\r\t"),
                    "n": .number(-1250),
                    "t": .bool(true),
                    "f": .bool(false),
                    "z": .null,
                    "a": .array([.number(1), .array([]), .object([:])]),
                ])
        )
    }

    @Test(arguments: [
        (#""\u00e9""#, "é"), (#""\uD83D\uDE00""#, "😀"), (#""\u0000""#, "\u{0}"), ("\"é😀\"", "é😀"),
    ])
    func decodesUnicode(input: String, expected: String) throws {
        #expect(try parse(input) == .string(expected))
    }

    @Test(arguments: ["0", "-0", "1.5", "1e3", "1E-3", "123456789012"])
    func acceptsNumbers(input: String) throws {
        #expect(try parse(input) == .number(try #require(Double(input))))
    }

    @Test(arguments: [
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{a:1}", "{'a':1}", "[01]", "-", "1.", ".5", "1e", "+1", "NaN",
        "nul", "tru", "[1 2]", "{\"a\" 1}", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\uD800\"", "\"\\uDC00\"",
        "\"\\uD800\\u0041\"", "\"a\tb\"", "1e400", "[] []", "{} x", "// c\n1",
    ])
    func rejectsInvalidInput(input: String) {
        #expect(throws: JSONParser.Failure.self) { try parse(input) }
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xC0, 0xAF, 0x22],
    ])
    func rejectsInvalidUTF8(input: [UInt8]) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(input) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("{\"x\":".utf8) + input + [0x7D]) }
        let skipped = Array("{\"skip\":".utf8) + input + [0x7D]
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(skipped, selecting: .members([:])) }
    }

    @Test func reportsOffsetOfFailure() {
        #expect(throws: JSONParser.Failure.invalid(offset: 6)) { try parse(#"[1, 2 3]"#) }
    }

    @Test func limitsDepth() throws {
        let deepest =
            String(repeating: "[", count: JSONParser.maximumDepth)
            + String(repeating: "]", count: JSONParser.maximumDepth)
        _ = try parse(deepest)
        #expect(throws: JSONParser.Failure.tooDeep) { try parse("[" + deepest + "]") }
        let skipped = #"{"skip":"# + "[" + deepest + "]}"
        #expect(throws: JSONParser.Failure.tooDeep) { try parse(skipped) }
        #expect(throws: JSONParser.Failure.tooDeep) {
            try JSONParser.parse(Array(skipped.utf8), selecting: .members([:]))
        }
    }

    @Test func limitsSize() {
        let input = [UInt8](repeating: 0x20, count: JSONParser.maximumBytes + 1)
        #expect(throws: JSONParser.Failure.tooLarge) { try JSONParser.parse(input) }
    }

    @Test func lastDuplicateMemberWins() throws {
        #expect(try parse(#"{"a":1,"a":2}"#) == .object(["a": .number(2)]))
    }

    @Test func selectionBuildsOnlyNamedMembers() throws {
        let input = Array(#"{"keep":{"inner":"x","drop":[1,{"y":"\u00e9"}]},"drop":{"z":[true,null]},"n":5}"#.utf8)
        let selection = JSONParser.Selection.members(["keep": .members(["inner": .all]), "n": .all])
        let value = try JSONParser.parse(input, selecting: selection)
        #expect(value == .object(["keep": .object(["inner": .string("x")]), "n": .number(5)]))
    }

    @Test(arguments: [#"{"skip":[1,]}"#, #"{"skip":{"a"}}"#, #"{"skip":"\q"}"#, #"{"skip":01}"#, #"{"skip":[}"#])
    func selectionStillChecksSkippedMembers(input: String) {
        #expect(throws: JSONParser.Failure.self) {
            try JSONParser.parse(Array(input.utf8), selecting: .members([:]))
        }
    }
}
