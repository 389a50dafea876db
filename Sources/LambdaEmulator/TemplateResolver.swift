// SPDX-License-Identifier: Apache-2.0

/// Resolves template values to strings: plain scalars as they are, and `!Ref` (or `{Ref: …}`) to a
/// parameter's `Default` or to a pseudo parameter. Other intrinsic functions are not evaluated.
struct TemplateResolver: Sendable {
    /// The template's `Parameters` section, if any.
    let parameters: YAMLNode?

    /// The value of `AWS::Region`.
    let region: String

    /// Returns the string value of `node`, or `nil` when it cannot be resolved locally.
    func resolve(_ node: YAMLNode) -> String? {
        switch node {
        case .scalar(let value, nil):
            return value
        case .scalar(let name, "!Ref"):
            return reference(name)
        case .mapping(let pairs, nil) where pairs.count == 1 && pairs[0].key == "Ref":
            return pairs[0].value.plainString.flatMap(reference)
        default:
            return nil
        }
    }

    private func reference(_ name: String) -> String? {
        switch name {
        case "AWS::Region": region
        case "AWS::AccountId": "123456789012"
        case "AWS::Partition": "aws"
        case "AWS::URLSuffix": "amazonaws.com"
        default: parameters?[name]?["Default"]?.plainString
        }
    }
}
