// SPDX-License-Identifier: Apache-2.0

import FoundationEssentials

/// Reads a key stored as a field of a JSON object, such as `{"privateKey":"-----BEGIN …"}`.
enum JSONKeyField {
    /// Returns the UTF-8 bytes of the first string field whose name matches one of `names`
    /// case-insensitively, or `nil` when `text` is not a JSON object or has no such field.
    static func value(in text: [UInt8], names: [String]) -> [UInt8]? {
        guard text.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{") else {
            return nil
        }
        guard let object = try? JSONDecoder().decode([String: FieldValue].self, from: Data(text)) else {
            return nil
        }
        for name in names {
            if let match = object.first(where: { $0.key.lowercased() == name }), case .string(let value) = match.value {
                return Array(value.utf8)
            }
        }
        return nil
    }

    /// A JSON value that is kept only when it is a string.
    private enum FieldValue: Decodable {
        case string(String)
        case other

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            self = (try? container.decode(String.self)).map(FieldValue.string) ?? .other
        }
    }
}
