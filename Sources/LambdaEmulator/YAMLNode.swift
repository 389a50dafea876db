// SPDX-License-Identifier: Apache-2.0

/// A YAML node with its local tag kept, so CloudFormation's `!Ref` and `!Sub` stay visible.
public indirect enum YAMLNode: Sendable, Equatable {
    /// A scalar and its local tag such as `!Ref`, or `nil` for an untagged or core-schema scalar.
    case scalar(String, tag: String?)
    /// A sequence and its local tag, if any.
    case sequence([YAMLNode], tag: String?)
    /// A mapping with its pairs in document order, and its local tag, if any.
    case mapping([(key: String, value: YAMLNode)], tag: String?)

    /// The value under `key` of a mapping, or `nil` for other nodes and missing keys.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// The text of an untagged scalar, or `nil` for anything else.
    public var plainString: String? {
        if case .scalar(let value, nil) = self { value } else { nil }
    }

    /// The pairs of a mapping, or none for other nodes.
    public var pairs: [(key: String, value: YAMLNode)] {
        if case .mapping(let pairs, _) = self { pairs } else { [] }
    }

    /// Compares nodes structurally, pairs in order.
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let left, let leftTag), .scalar(let right, let rightTag)):
            left == right && leftTag == rightTag
        case (.sequence(let left, let leftTag), .sequence(let right, let rightTag)):
            left == right && leftTag == rightTag
        case (.mapping(let left, let leftTag), .mapping(let right, let rightTag)):
            leftTag == rightTag && left.map(\.key) == right.map(\.key) && left.map(\.value) == right.map(\.value)
        default:
            false
        }
    }
}
