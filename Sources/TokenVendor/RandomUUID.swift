// SPDX-License-Identifier: Apache-2.0

/// A random UUID (version 4, RFC 9562 section 5.4) for the single-use claim, drawn from the standard
/// library's `SystemRandomNumberGenerator`, which on Linux reads the kernel's CSPRNG (`getrandom`).
struct RandomUUID {
    /// The 16 bytes, with the version and variant bits set.
    let bytes: [UInt8]

    /// Draws 16 random bytes and sets the version and variant bits, leaving 122 random.
    init() {
        var generator = SystemRandomNumberGenerator()
        var random: [UInt8] = []
        random.reserveCapacity(16)
        for _ in 0..<2 {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) {
                random.append(UInt8(truncatingIfNeeded: word >> shift))
            }
        }
        self.init(randomBytes: random)
    }

    /// Sets the version bits of `randomBytes` (16 bytes) to 4 and the variant bits to `10`.
    init(randomBytes: [UInt8]) {
        precondition(randomBytes.count == 16, "a UUID has 16 bytes")
        var bytes = randomBytes
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        self.bytes = bytes
    }

    /// The hyphenated form in lowercase hex, such as `1f0e9a2c-5b7d-4e21-9c3a-0d4b6e8f7a15`.
    var lowercaseString: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 {
                text.append(UInt8(ascii: "-"))
            }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
