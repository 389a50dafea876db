// SPDX-License-Identifier: Apache-2.0

private import CGlibcExtras
private import Glibc

/// A random UUID (version 4, RFC 9562 section 5.4) drawn from the kernel's CSPRNG, for the
/// single-use claim.
struct RandomUUID {
    /// The 16 bytes, with the version and variant bits set.
    let bytes: [UInt8]

    /// Draws 16 bytes with `getrandom(2)` and sets the version and variant bits, leaving 122 random.
    init() {
        var random = [UInt8](repeating: 0, count: 16)
        random.withUnsafeMutableBytes(Self.fillRandom)
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

    /// Fills `buffer` from the kernel's CSPRNG, retrying reads that a signal interrupted.
    private static func fillRandom(_ buffer: UnsafeMutableRawBufferPointer) {
        var filled = 0
        while filled < buffer.count {
            let count = getrandom(buffer.baseAddress! + filled, buffer.count - filled, 0)
            if count > 0 {
                filled += count
            } else if errno != EINTR {
                // Only kernels older than 3.17 lack getrandom. There the standard library's
                // generator reads /dev/urandom instead.
                var generator = SystemRandomNumberGenerator()
                for index in filled..<buffer.count {
                    buffer[index] = generator.next()
                }
                return
            }
        }
    }
}
