import Yams

/// A YAML or JSON document as a tree that remembers lines, so that errors can point at them.
final class DocumentNode {
    enum Content {
        case null
        case scalar(String)
        case mapping([(key: String, value: DocumentNode)])
        case sequence([DocumentNode])
    }

    let content: Content
    let line: Int
    /// Keys that decoding asked for; the others are unknown fields.
    var requestedKeys: Set<String> = []
    /// True once a value was decoded from this node without error.
    var decoded = false

    init(content: Content, line: Int) {
        self.content = content
        self.line = line
    }

    /// The most nodes one document may expand to (guards against alias bombs).
    static let maximumNodes = 2_000_000

    /// Parses YAML (and so JSON, a subset of it) into a tree; errors carry the line.
    static func parse(_ text: String, file: String) throws(InputRejected) -> DocumentNode? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputRejected([diagnostic(for: error, file: file)])
        } catch {
            throw InputRejected([Diagnostic(file: file, line: nil, field: nil, message: "cannot read: \(error)")])
        }
        guard let node else { return nil }
        var budget = maximumNodes
        do {
            return try convert(node, budget: &budget)
        } catch {
            throw InputRejected([Diagnostic(
                file: file, line: nil, field: nil,
                message: "document expands to more than \(maximumNodes) values (nested aliases?)")])
        }
    }

    struct TooLarge: Error {}

    private static func convert(_ node: Node, budget: inout Int) throws -> DocumentNode {
        budget -= 1
        if budget < 0 { throw TooLarge() }
        let line = node.mark?.line ?? 0
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return DocumentNode(content: .null, line: line)
            }
            return DocumentNode(content: .scalar(scalar.string), line: line)
        case .mapping(let mapping):
            var pairs: [(key: String, value: DocumentNode)] = []
            for (key, value) in mapping {
                pairs.append((key.string ?? "\(key)", try convert(value, budget: &budget)))
            }
            return DocumentNode(content: .mapping(pairs), line: line)
        case .sequence(let sequence):
            var items: [DocumentNode] = []
            for item in sequence { items.append(try convert(item, budget: &budget)) }
            return DocumentNode(content: .sequence(items), line: line)
        case .alias:
            return DocumentNode(content: .null, line: line)
        }
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) that starts on line \($0.mark.line))" } ?? problem
            return Diagnostic(file: file, line: mark.line, field: nil, message: "malformed YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line, field: nil,
                message: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in one mapping")
        case .reader(let problem, _, _, _):
            return Diagnostic(file: file, line: nil, field: nil, message: "cannot read text: \(problem)")
        default:
            return Diagnostic(file: file, line: nil, field: nil, message: "malformed YAML: \(error)")
        }
    }

    /// A short description of the node's kind, for type-mismatch messages.
    var kindDescription: String {
        switch content {
        case .null: return "nothing"
        case .scalar(let text): return "\"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    /// Every mapping key that was never asked for, in nodes that decoded cleanly.
    func unknownKeys(path: String) -> [(line: Int, field: String, key: String, known: Set<String>)] {
        var found: [(line: Int, field: String, key: String, known: Set<String>)] = []
        switch content {
        case .mapping(let pairs):
            for (key, value) in pairs {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                if decoded && !requestedKeys.contains(key) {
                    found.append((value.line, childPath, key, requestedKeys))
                } else {
                    found += value.unknownKeys(path: childPath)
                }
            }
        case .sequence(let items):
            for (i, item) in items.enumerated() { found += item.unknownKeys(path: "\(path)[\(i)]") }
        default:
            break
        }
        return found
    }
}
