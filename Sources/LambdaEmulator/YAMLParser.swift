// SPDX-License-Identifier: Apache-2.0

private import CYAML

/// Loads YAML documents with libyaml, the only file that touches that library.
public enum YAMLParser {
    /// Parses the first document of `text` into a node tree; an empty text gives an empty mapping.
    /// - Throws: ``EmulatorError`` with libyaml's problem and line when the text is not valid YAML;
    ///   `path` names the source in that error.
    public static func parse(_ text: [UInt8], path: String) throws(EmulatorError) -> YAMLNode {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .templateInvalid(path: path, detail: "libyaml could not allocate a parser")
        }
        defer { yaml_parser_delete(&parser) }

        var document = yaml_document_t()
        let loaded = text.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return yaml_parser_load(&parser, &document)
        }
        guard loaded == 1 else {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            throw .templateInvalid(path: path, detail: "\(problem) at line \(parser.problem_mark.line + 1)")
        }
        defer { yaml_document_delete(&document) }

        guard let root = yaml_document_get_root_node(&document) else { return .mapping([], tag: nil) }
        var budget = NodeBudget(remaining: maximumNodes)
        guard let tree = convert(root, in: &document, budget: &budget, depth: 0) else {
            throw .templateInvalid(
                path: path,
                detail:
                    "more than \(maximumNodes) nodes or deeper than \(maximumDepth) levels once aliases are expanded"
            )
        }
        return tree
    }

    /// The maximum number of nodes a template may expand to. A SAM template has a few hundred, and the
    /// limit stops alias bombs ("billion laughs") from exhausting memory.
    static let maximumNodes = 100_000

    /// The deepest nesting accepted, so recursion cannot overflow the stack.
    static let maximumDepth = 256

    private struct NodeBudget {
        var remaining: Int
    }

    /// Converts a node, or returns `nil` once the node budget or the depth limit is exceeded.
    private static func convert(
        _ node: UnsafeMutablePointer<yaml_node_t>,
        in document: inout yaml_document_t,
        budget: inout NodeBudget,
        depth: Int
    ) -> YAMLNode? {
        budget.remaining -= 1
        guard budget.remaining >= 0, depth <= maximumDepth else { return nil }
        let tag = localTag(node.pointee.tag)
        switch node.pointee.type {
        case YAML_SEQUENCE_NODE:
            let items = node.pointee.data.sequence.items
            var children: [YAMLNode] = []
            for offset in 0..<(items.top - items.start) {
                guard let child = yaml_document_get_node(&document, items.start[offset]) else { continue }
                guard let converted = convert(child, in: &document, budget: &budget, depth: depth + 1) else {
                    return nil
                }
                children.append(converted)
            }
            return .sequence(children, tag: tag)
        case YAML_MAPPING_NODE:
            let pairs = node.pointee.data.mapping.pairs
            var children: [(key: String, value: YAMLNode)] = []
            for offset in 0..<(pairs.top - pairs.start) {
                let pair = pairs.start[offset]
                guard let key = yaml_document_get_node(&document, pair.key),
                    let value = yaml_document_get_node(&document, pair.value),
                    case .scalar(let name, _)? = convert(key, in: &document, budget: &budget, depth: depth + 1)
                else { continue }
                guard let converted = convert(value, in: &document, budget: &budget, depth: depth + 1) else {
                    return nil
                }
                children.append((name, converted))
            }
            return .mapping(children, tag: tag)
        default:
            let scalar = node.pointee.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(value, tag: tag)
        }
    }

    /// Keeps application tags such as `!Ref`; the core schema's `tag:yaml.org,2002:` tags become `nil`.
    private static func localTag(_ tag: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag else { return nil }
        let text = String(cString: tag)
        return text.hasPrefix("tag:yaml.org,2002:") ? nil : text
    }
}
