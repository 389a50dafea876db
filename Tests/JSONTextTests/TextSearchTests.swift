// SPDX-License-Identifier: Apache-2.0

import JSONText
import Testing

@Suite struct TextSearchTests {
    private static func offsets(_ text: String, _ pattern: String) -> Range<Int>? {
        text.firstRange(ofText: pattern).map {
            text.distance(
                from: text.startIndex,
                to: $0.lowerBound
            )..<text.distance(from: text.startIndex, to: $0.upperBound)
        }
    }

    @Test(
        arguments: [
            ("https://a.example", "://", 5..<8), ("://x", "://", 0..<3), ("x://", "://", 1..<4), ("aaab", "aab", 1..<4),
            ("<Code>X</Code>", "</Code>", 7..<14), ("é://", "://", 1..<4), ("abc", "", 0..<0),
        ] as [(String, String, Range<Int>)]
    )
    func findsTheFirstOccurrence(text: String, pattern: String, expected: Range<Int>) {
        #expect(Self.offsets(text, pattern) == expected)
    }

    @Test(arguments: [("abc", "abd"), ("ab", "abc"), ("", "a"), ("e\u{301}", "e"), (":/\u{301}/", "://")])
    func missingPatternGivesNil(text: String, pattern: String) {
        #expect(text.firstRange(ofText: pattern) == nil)
    }

    @Test func searchesWithinASubstring() throws {
        let text = "://a://b"
        let tail = text.dropFirst(3)
        let range = try #require(tail.firstRange(ofText: "://"))
        #expect(tail[range.upperBound...] == "b")
    }
}
