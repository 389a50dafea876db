// SPDX-License-Identifier: Apache-2.0

/// Any JSON value, for the parts of an event whose shape varies, such as authorizer output.
public enum JSONValue: Equatable, Sendable {
    /// A string.
    case string(String)

    /// A number, always finite.
    case number(Double)

    /// `true` or `false`.
    case bool(Bool)

    /// An object. Of repeated names, only the last one's value is kept.
    case object([String: JSONValue])

    /// An array.
    case array([JSONValue])

    /// `null`.
    case null

    /// Returns the member at `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The value as text: a string as is, a whole number without a fraction, `nil` otherwise.
    public var text: String? {
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
