// SPDX-License-Identifier: Apache-2.0

import JSONText
import Testing

@Suite struct JSONStringTests {
    @Test(arguments: [
        ("abc", #""abc""#), ("\"", #""\"""#), ("\\", #""\\""#), ("\n\r\t", #""\n\r\t""#),
        ("\u{1}", #""\u0001""#), ("\u{7F}", #""\u007f""#), ("é", "\"é\""),
        ("\u{8}\u{C}", #""\u0008\u000c""#), ("a/b", #""a/b""#),
    ])
    func escapesAllControlCharacters(input: String, expected: String) {
        #expect(JSONString.quoted(input) == expected)
    }

    @Test(arguments: [
        ("abc", #""abc""#), ("\"\\", #""\"\\""#), ("\u{8}", #""\b""#), ("\u{C}", #""\f""#),
        ("\n\r\t", #""\n\r\t""#), ("\u{0}", #""\u0000""#), ("\u{B}", #""\u000b""#), ("\u{1F}", #""\u001f""#),
        ("\u{7F}", "\"\u{7F}\""), ("a/b", #""a/b""#), ("é ✓ 🎥", "\"é ✓ 🎥\""),
        ("\u{2028}\u{2029}", "\"\u{2028}\u{2029}\""), ("\u{85}", "\"\u{85}\""),
    ])
    func writesJSONEncoderStyle(input: String, expected: String) {
        #expect(JSONString.quoted(input, escaping: .jsonEncoderStyle) == expected)
    }

    @Test func appendKeepsWhatPrecedes() {
        var output = Array("[".utf8)
        JSONString.append("a\u{1}b", to: &output, escaping: .jsonEncoderStyle)
        #expect(output == Array(#"["a\u0001b""#.utf8))
    }
}
