// SPDX-License-Identifier: Apache-2.0

/// A lenient base64 decoder for key material pasted by people: standard or URL-safe alphabet
/// (RFC 4648 sections 4 and 5), padding optional, whitespace and literal `\n` escapes ignored.
public enum Base64 {
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    /// Decodes `text`, or returns `nil` when it contains anything but base64 characters and whitespace, or
    /// when its length cannot be base64.
    public static func decodeLeniently(_ text: some Collection<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.count * 3 / 4)
        var group: UInt32 = 0
        var count = 0
        var padding = 0
        var previousWasBackslash = false
        for byte in text {
            if previousWasBackslash {
                previousWasBackslash = false
                guard byte == UInt8(ascii: "n") || byte == UInt8(ascii: "r") else { return nil }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "\\"):
                previousWasBackslash = true
                continue
            case UInt8(ascii: "="):
                padding += 1
                continue
            default:
                let value = values[Int(byte)]
                guard value != 0xFF, padding == 0 else { return nil }
                group = group << 6 | UInt32(value)
                count += 1
            }
            if count == 4 {
                output += [UInt8(group >> 16 & 0xFF), UInt8(group >> 8 & 0xFF), UInt8(group & 0xFF)]
                group = 0
                count = 0
            }
        }
        switch count {
        case 0: break
        case 2: output.append(UInt8(group >> 4 & 0xFF))
        case 3: output += [UInt8(group >> 10 & 0xFF), UInt8(group >> 2 & 0xFF)]
        default: return nil
        }
        return output.isEmpty ? nil : output
    }
}

extension Base64 {
    /// Decodes `text` as standard base64 with padding (RFC 4648 section 4) into `output`, which needs
    /// `text.count / 4 * 3` bytes, so the result can land in memory the caller zeroes.
    ///
    /// The length must be a multiple of 4, and `=` may only end the last group as `xx==` or `xxx=`.
    /// Whitespace, the URL-safe alphabet and anything else are rejected. Non-zero bits left over
    /// before the padding are ignored.
    /// - Returns: The number of bytes written, or `nil` when `text` is not padded base64.
    public static func decodePadded(_ text: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt8>)
        -> Int?
    {
        guard text.count % 4 == 0 else { return nil }
        precondition(output.count >= text.count / 4 * 3, "the output is shorter than the decoded bytes")
        var written = 0
        var groupStart = 0
        while groupStart < text.count {
            let isLast = groupStart + 4 == text.count
            var group: UInt32 = 0
            var digits = 0
            for index in groupStart..<groupStart + 4 {
                let byte = text[index]
                if byte == UInt8(ascii: "=") {
                    guard isLast, index >= groupStart + 2 else { return nil }
                    continue
                }
                let value = values[Int(byte)]
                guard value != 0xFF, byte != UInt8(ascii: "-"), byte != UInt8(ascii: "_"), digits == index - groupStart
                else { return nil }
                group = group << 6 | UInt32(value)
                digits += 1
            }
            group <<= 6 * UInt32(4 - digits)
            // 4 digits give 3 bytes, 3 give 2 and 2 give 1.
            for shift in stride(from: 16, to: 24 - 8 * digits, by: -8) {
                output[written] = UInt8(truncatingIfNeeded: group >> UInt32(shift))
                written += 1
            }
            groupStart += 4
        }
        return written
    }
}
