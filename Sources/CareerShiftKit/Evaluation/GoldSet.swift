import Foundation

/// A gold set of job titles labelled by hand (`Datasets/gold/titles.csv`): what the classifier's
/// accuracy is measured against.
public struct GoldSet: Sendable {
    /// One labelled title.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var title: String
        public var ai: Bool
        /// The gold layer (`non-ai` when not AI).
        public var layer: Layer
        public var genai: Bool
        /// `tune` (the taxonomy may be tuned on it) or `heldout` (whole sources it never was).
        public var split: String
        public var sourceID: String
        public var language: String
        public var tags: String
    }

    public var entries: [Entry]

    /// Reads the gold CSV; a bad row is an error naming its line and field.
    public init(path: String) throws(InputRejected) {
        let text = try InputText.read(path: path, largest: 16 << 20)
        let rows = try CSV.rows(text, file: path)
        guard let header = rows.first?.fields else {
            throw InputRejected([Diagnostic(file: path, line: nil, field: nil, message: "the gold set is empty")])
        }
        let required = ["id", "title", "ai", "layer", "genai", "split", "source_id", "lang", "tags"]
        var column: [String: Int] = [:]
        for (i, name) in header.enumerated() { column[name] = i }
        let missing = required.filter { column[$0] == nil }
        guard missing.isEmpty else {
            throw InputRejected([Diagnostic(file: path, line: 1, field: nil, message: "missing columns: \(missing.joined(separator: ", "))")])
        }
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        for row in rows.dropFirst() {
            func field(_ name: String) -> String {
                let i = column[name]!
                return i < row.fields.count ? row.fields[i] : ""
            }
            func flag(_ name: String) -> Bool? {
                switch field(name) {
                case "yes": return true
                case "no": return false
                default:
                    problems.append(Diagnostic(file: path, line: row.line, field: name, message: "expected yes or no, found \"\(field(name))\""))
                    return nil
                }
            }
            guard let layer = Layer(text: field("layer")) else {
                problems.append(Diagnostic(file: path, line: row.line, field: "layer", message: "unknown layer \"\(field("layer"))\""))
                continue
            }
            guard let ai = flag("ai"), let genai = flag("genai") else { continue }
            entries.append(Entry(id: field("id"), title: field("title"), ai: ai, layer: layer, genai: genai, split: field("split"),
                                 sourceID: field("source_id"), language: field("lang"), tags: field("tags")))
        }
        if !problems.isEmpty { throw InputRejected(problems) }
        self.entries = entries
    }

    public init(entries: [Entry]) { self.entries = entries }
}

/// Agreement of two labellings of the same items.
public enum Agreement {
    /// Cohen's kappa of paired labels: (observed − expected agreement) ÷ (1 − expected), where
    /// expected agreement is what the two labellers' own label frequencies give by chance.
    /// Nil for no pairs, or when chance agreement is already complete.
    public static func cohensKappa<Label: Hashable>(_ pairs: [(Label, Label)]) -> Double? {
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        let observed = Double(pairs.filter { $0.0 == $0.1 }.count) / n
        var first: [Label: Double] = [:], second: [Label: Double] = [:]
        for (a, b) in pairs {
            first[a, default: 0] += 1
            second[b, default: 0] += 1
        }
        let expected = first.reduce(0.0) { $0 + ($1.value / n) * ((second[$1.key] ?? 0) / n) }
        guard expected < 1 else { return nil }
        return (observed - expected) / (1 - expected)
    }
}
