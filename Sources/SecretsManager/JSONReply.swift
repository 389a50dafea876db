// SPDX-License-Identifier: Apache-2.0

import JSONText

/// Reads the string members of an AWS JSON reply as the `JSONDecoder` that earlier versions used read
/// optional `String` properties, so replies are accepted and rejected as before.
enum JSONReply {
    /// Returns the values of the members named in `names` of the JSON object `body`, or `nil` when
    /// `body` is not one valid JSON object or one of those members is neither a string nor `null`.
    ///
    /// The first of repeated names counts, `null` counts as absent, and the other members are checked
    /// against the grammar but not built.
    static func strings(in body: [UInt8], named names: Set<String>) -> [String: String]? {
        body.withUnsafeBufferPointer { buffer in
            guard let members = try? JSONParser.members(of: buffer) else { return nil }
            var strings: [String: String] = [:]
            var seen: Set<String> = []
            for member in members where names.contains(member.name) && seen.insert(member.name).inserted {
                switch try? JSONParser.parse(UnsafeBufferPointer(rebasing: buffer[member.value])) {
                case .string(let text): strings[member.name] = text
                case .null: continue
                default: return nil
                }
            }
            return strings
        }
    }
}
