// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import TokenVendor

@Suite struct RandomUUIDTests {
    @Test(arguments: [
        ([UInt8](repeating: 0x00, count: 16), "00000000-0000-4000-8000-000000000000"),
        ([UInt8](repeating: 0xFF, count: 16), "ffffffff-ffff-4fff-bfff-ffffffffffff"),
        (Array(0..<16), "00010203-0405-4607-8809-0a0b0c0d0e0f"),
        (
            [0xDE, 0xAD, 0xBE, 0xEF, 0, 0, 0x1F, 0, 0x7F, 0, 0, 0, 0, 0, 0, 0xAB],
            "deadbeef-0000-4f00-bf00-0000000000ab"
        ),
    ])
    func setsVersionAndVariantBits(random: [UInt8], expected: String) {
        #expect(RandomUUID(randomBytes: random).lowercaseString == expected)
    }

    @Test func randomUUIDsAreVersion4AndDistinct() {
        let hex = Set("0123456789abcdef")
        var seen: Set<String> = []
        var orBytes = [UInt8](repeating: 0, count: 16)
        var andBytes = [UInt8](repeating: 0xFF, count: 16)
        for _ in 0..<1000 {
            let uuid = RandomUUID()
            let text = Array(uuid.lowercaseString)
            #expect(text.count == 36)
            #expect([text[8], text[13], text[18], text[23]] == ["-", "-", "-", "-"])
            #expect(text.enumerated().allSatisfy { [8, 13, 18, 23].contains($0.offset) || hex.contains($0.element) })
            #expect(text[14] == "4")
            #expect("89ab".contains(text[19]))
            seen.insert(String(text))
            for index in 0..<16 {
                orBytes[index] |= uuid.bytes[index]
                andBytes[index] &= uuid.bytes[index]
            }
        }
        #expect(seen.count == 1000)
        // Over 1,000 draws every random bit is set at least once and clear at least once.
        var expectedOr = [UInt8](repeating: 0xFF, count: 16)
        var expectedAnd = [UInt8](repeating: 0x00, count: 16)
        (expectedOr[6], expectedAnd[6]) = (0x4F, 0x40)
        (expectedOr[8], expectedAnd[8]) = (0xBF, 0x80)
        #expect(orBytes == expectedOr)
        #expect(andBytes == expectedAnd)
    }
}
