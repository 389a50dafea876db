// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials
import LambdaRuntime
import Testing

@Suite struct FunctionErrorTests {
    @Test(arguments: [
        "plain", "quote \" here", "back\\slash", "new\nline\r\ttab", "non-ASCII é ✓ 🎥",
        "nul \u{0} and \u{1F} control",
    ])
    func bodyIsValidJSONThatRoundTrips(message: String) throws {
        let error = FunctionError(errorType: "Runtime.Test", errorMessage: message)

        let decoded = try JSONDecoder().decode(FunctionError.self, from: Data(error.jsonBody()))

        #expect(decoded == error)
    }

    @Test func bodyHasExactShape() {
        let body = FunctionError(errorType: "Runtime.UnmarshalError", errorMessage: "a \"b\"\n").jsonBody()

        #expect(
            String(decoding: body, as: UTF8.self)
                == #"{"errorMessage":"a \"b\"\n","errorType":"Runtime.UnmarshalError"}"#
        )
    }

    @Test(arguments: [
        ("\u{0}\u{1}\u{1F}", #"\u0000\u0001\u001f"#), ("\u{8}\u{C}\u{B}", #"\b\f\u000b"#),
        ("\n\r\t", #"\n\r\t"#), ("\u{7F}", "\u{7F}"), ("a/b", "a/b"), ("é ✓ 🎥", "é ✓ 🎥"),
        ("\u{2028}", "\u{2028}"), (#""\"#, #"\"\\"#),
    ])
    func bodyEscapesExactly(message: String, escaped: String) {
        let body = FunctionError(errorType: "T/é", errorMessage: message).jsonBody()

        #expect(String(decoding: body, as: UTF8.self) == #"{"errorMessage":""# + escaped + #"","errorType":"T/é"}"#)
    }

    /// Compares every ASCII character and some wider ones with the `JSONEncoder` output that earlier
    /// versions sent, so the Runtime API receives the same bytes as before.
    @Test func bodyMatchesJSONEncoderByteForByte() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let wide: [Unicode.Scalar] = ["\u{80}", "\u{A0}", "\u{FEFF}", "\u{FFFD}", "\u{1F3A5}", "\u{10FFFF}"]
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + wide
        for scalar in scalars {
            let error = FunctionError(errorType: "Type \(scalar)", errorMessage: "a\(scalar)b")

            let expected = String(decoding: try encoder.encode(error), as: UTF8.self)

            #expect(String(decoding: error.jsonBody(), as: UTF8.self) == expected)
        }
    }

    @Test(arguments: [
        ("Runtime.UnmarshalError", "Runtime.UnmarshalError"), ("Fehler ä", "Fehler"), ("é", "Unhandled"),
        ("a b\nc", "abc"),
    ])
    func headerTypeIsPrintableASCII(type: String, expected: String) {
        #expect(FunctionError(errorType: type, errorMessage: "").headerSafeErrorType == expected)
    }
}
