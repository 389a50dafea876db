// SPDX-License-Identifier: Apache-2.0

import JSONText

/// Reads a key stored as a field of a JSON object, such as `{"privateKey":"-----BEGIN …"}`.
enum JSONKeyField {
    /// Returns the UTF-8 bytes of the first string field whose name matches one of `names`
    /// case-insensitively, or `nil` when `text` is not a JSON object or has no such field.
    ///
    /// Names are tried in order. For each, the first member with that name counts, and a value that
    /// is not a string moves on to the next name. The value is decoded straight into the array
    /// returned, which the caller clears, so no `String` copy of the key is left.
    static func value(in text: [UInt8], names: [String]) -> [UInt8]? {
        guard text.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{") else {
            return nil
        }
        return text.withUnsafeBufferPointer { buffer in
            guard let members = try? JSONParser.members(of: buffer) else { return nil }
            for name in names {
                guard let member = members.first(where: { $0.name.lowercased() == name }) else { continue }
                let literal = UnsafeBufferPointer(rebasing: buffer[member.value])
                if literal.first == UInt8(ascii: "\""), let value = decodedString(literal) {
                    return value
                }
            }
            return nil
        }
    }

    private static func decodedString(_ literal: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var decoded = true
        let value = [UInt8](unsafeUninitializedCapacity: literal.count - 2) { output, count in
            do {
                count = try JSONParser.decodeString(literal, into: output)
            } catch {
                count = 0
                decoded = false
            }
        }
        return decoded ? value : nil
    }
}
