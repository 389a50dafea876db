// SPDX-License-Identifier: Apache-2.0

/// Header fields in arrival order, looked up by name case-insensitively (RFC 9110 section 5.1).
public struct HTTPHeaders: Sendable {
    /// The fields as received, names in their original case.
    public private(set) var fields: [(name: String, value: String)]

    /// Creates a header list.
    public init(_ fields: [(name: String, value: String)] = []) {
        self.fields = fields
    }

    /// Returns the value of the first field named `name`, compared case-insensitively.
    ///
    /// Field names are ASCII tokens (RFC 9110 section 5.1), so only ASCII letters fold; this allocates
    /// nothing, unlike `lowercased()`, and never matches a non-ASCII name to an ASCII one.
    public subscript(name: String) -> String? {
        fields.first { Self.namesMatch($0.name, name) }?.value
    }

    private static func namesMatch(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        return zip(left.utf8, right.utf8).allSatisfy { pair in
            pair.0 == pair.1 || (pair.0 | 0x20 == pair.1 | 0x20 && (pair.0 | 0x20) >= 0x61 && (pair.0 | 0x20) <= 0x7A)
        }
    }

    /// Appends a field.
    public mutating func append(name: String, value: String) {
        fields.append((name, value))
    }
}
