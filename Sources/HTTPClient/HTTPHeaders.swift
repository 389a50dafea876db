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
    public subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// Appends a field.
    public mutating func append(name: String, value: String) {
        fields.append((name, value))
    }
}
