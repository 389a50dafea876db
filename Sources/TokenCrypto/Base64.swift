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
