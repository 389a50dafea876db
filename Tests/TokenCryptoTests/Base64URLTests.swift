// SPDX-License-Identifier: Apache-2.0

import Testing
import TokenCrypto

@Suite struct Base64URLTests {
    /// RFC 4648 section 10 test vectors, without padding.
    @Test(arguments: [
        ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ])
    func encodesRFC4648Vectors(input: String, expected: String) {
        #expect(Base64URL.encode(Array(input.utf8)) == expected)
        #expect(Base64URL.decode(expected) == Array(input.utf8))
    }

    @Test func usesURLSafeAlphabet() {
        #expect(Base64URL.encode([0xFB, 0xFF, 0xBF]) == "-_-_")
    }

    @Test(arguments: ["Zg==", "Z", "a+b/", "ab cd"])
    func rejectsNonURLText(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    /// Decodes standard padded base64 for tests, by mapping it onto the URL alphabet.
    static func standardBase64Decode(_ text: String) -> [UInt8]? {
        let urlSafe = text.replacingOccurrences("+", with: "-").replacingOccurrences("/", with: "_")
        return Base64URL.decode(urlSafe.replacingOccurrences("=", with: ""))
    }
}
