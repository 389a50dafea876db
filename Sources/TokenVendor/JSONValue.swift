// SPDX-License-Identifier: Apache-2.0

/// Any JSON value, for the parts of an event whose shape varies, such as authorizer output.
enum JSONValue: Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case object([String: JSONValue])
    case array([JSONValue])
    case null

    /// Returns the member at `key` of an object, or `nil`.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The value as text: a string as is, a whole number without a fraction, `nil` otherwise.
    var text: String? {
        switch self {
        case .string(let value):
            value
        case .number(let value) where value == value.rounded() && abs(value) < 1e15:
            String(Int64(value))
        default:
            nil
        }
    }
}
