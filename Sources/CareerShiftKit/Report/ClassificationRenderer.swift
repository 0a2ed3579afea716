import Foundation

/// Text of `postings classify` (one row per input row) and `postings review` (the review queue).
public enum ClassificationRenderer {
    public enum Format: String, CaseIterable, Sendable { case md, csv, json }

    /// The columns the issue names, then the occupation head, so that a user can check which
    /// postings the AI pay premium compares.
    public static let columns = ["title", "role", "layer", "ai", "genai", "confidence", "evidence", "head"]

    static func cells(_ r: TitleReading) -> [String] {
        [r.title, r.role?.id.rawValue ?? "", r.layer?.rawValue ?? (r.classification.ai ? "unknown" : ""),
         r.classification.ai ? "yes" : "no", r.classification.genai ? "yes" : "no",
         r.classification.confidence.rawValue, r.classification.evidence.joined(separator: "; "), r.head?.id.rawValue ?? ""]
    }

    /// What comes before the first row.
    public static func header(_ format: Format) -> String {
        switch format {
        case .md: return "| " + columns.joined(separator: " | ") + " |\n|" + columns.map { _ in "---" }.joined(separator: "|") + "|\n"
        case .csv: return CSV.document(header: columns, rows: [])
        case .json: return "["
        }
    }

    /// One row; `first` tells JSON whether a comma goes before it.
    public static func row(_ reading: TitleReading, format: Format, first: Bool) -> String {
        let values = cells(reading)
        switch format {
        case .md:
            return "| " + values.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |\n"
        case .csv:
            return CSV.document(header: values, rows: [])
        case .json:
            var object: [String: Any] = [:]
            for (name, value) in zip(columns, values) { object[name] = value }
            object["ai"] = reading.classification.ai
            object["genai"] = reading.classification.genai
            object["evidence"] = reading.classification.evidence
            if reading.role == nil { object["role"] = NSNull() }
            if reading.layer == nil { object["layer"] = NSNull() }
            if reading.head == nil { object["head"] = NSNull() }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return (first ? "\n  " : ",\n  ") + String(decoding: data, as: UTF8.self)
        }
    }

    /// What comes after the last row.
    public static func footer(_ format: Format, rows: Int) -> String {
        format == .json ? (rows == 0 ? "]\n" : "\n]\n") : ""
    }

    /// One title of the review queue: how often it occurs and how it was read.
    public struct QueueItem: Sendable {
        public var count: Int
        public var reading: TitleReading
        public init(count: Int, reading: TitleReading) {
            self.count = count
            self.reading = reading
        }
    }

    /// The review queue as a terminal table: unclassified titles and low-confidence readings,
    /// most frequent first.
    public static func queue(_ items: [QueueItem], total: Int, titles: Int) -> String {
        let rows = items.map { item -> [String] in
            let c = cells(item.reading)
            return [String(item.count), item.reading.role == nil ? (item.reading.classification.ai ? "AI, no role" : "unclassified") : c[5],
                    c[0], c[1], c[2], c[6]]
        }
        let shown = items.reduce(0) { $0 + $1.count }
        var text = TextTable(header: ["COUNT", "STATE", "TITLE", "ROLE", "LAYER", "EVIDENCE"], rows: rows).rendered
        text += "\n\(items.count) titles to review (\(shown) of \(total) postings, \(titles) distinct titles): unclassified titles "
        text += "matched no role; low-confidence ones were read by an AI term that no rule used, or by a qualifier alone.\n"
        return text
    }
}
