/// The language of a report's headings, labels and taxonomy names.
public enum Language: String, TextEnum {
    case en, zh
}

/// One value in a report table. Numbers stay numbers (for JSON and diffs); lower bounds, missing
/// and suppressed values say so.
public enum ReportValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    /// A fixed-point number: `units / 10^scale`, e.g. (429, 1) is 42.9.
    case decimal(Int, scale: Int)
    /// A count that may be a lower bound (≥20).
    case count(Count)
    case missing
    /// Hidden by small-cell suppression: fewer than `minimum` people.
    case suppressed(minimum: Int)

    /// A decimal rounded half away from zero to `scale` digits.
    public static func rounded(_ value: Double, scale: Int = 1) -> ReportValue {
        var factor = 1.0
        for _ in 0..<scale { factor *= 10 }
        return .decimal(Int((value * factor).rounded(.toNearestOrAwayFromZero)), scale: scale)
    }

    /// The value as plain text: `12`, `42.9`, `≥20`, `<3`; missing is empty.
    public var text: String {
        switch self {
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .decimal(let units, let scale):
            guard scale > 0 else { return String(units) }
            var divisor = 1
            for _ in 0..<scale { divisor *= 10 }
            let sign = units < 0 ? "-" : ""
            let magnitude = abs(units)
            let fraction = String(magnitude % divisor)
            return "\(sign)\(magnitude / divisor).\(String(repeating: "0", count: scale - fraction.count))\(fraction)"
        case .count(let count): return count.atLeast ? "≥\(count.value)" : String(count.value)
        case .missing: return ""
        case .suppressed(let minimum): return "<\(minimum)"
        }
    }
}

/// A column of a report table.
public struct ReportColumn: Hashable, Sendable {
    /// What the values are, for readers of `report.json`.
    public enum Kind: String, Sendable {
        case text, integer, decimal, percent, count, money
        /// Numbers or text, per cell.
        case mixed
    }

    /// The stable name (snake_case, English) used in JSON and for diffs.
    public var name: String
    /// The heading in the report's language.
    public var label: String
    public var kind: Kind
    /// Key columns identify a row across reports.
    public var isKey: Bool

    public init(_ name: String, _ label: String, _ kind: Kind, key: Bool = false) {
        self.name = name
        self.label = label
        self.kind = kind
        self.isKey = key
    }
}

/// One table of a report: what it shows, how it was computed, its n, columns and rows.
public struct ReportTable: Hashable, Sendable {
    /// Stable file-name stem, e.g. `transition_paths`.
    public var name: String
    public var title: String
    /// How the numbers were computed, in a sentence or two.
    public var method: String
    /// How many cases (or observations) the table is computed from.
    public var n: Int
    public var columns: [ReportColumn]
    public var rows: [[ReportValue]]
    /// Remarks shown under the table.
    public var notes: [String]

    public init(name: String, title: String, method: String, n: Int, columns: [ReportColumn], rows: [[ReportValue]], notes: [String] = []) {
        self.name = name
        self.title = title
        self.method = method
        self.n = n
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}

/// A chart: labelled bars, optionally in several series (grouped bars).
public struct Chart: Hashable, Sendable {
    /// One named row of values, one per category.
    public struct Series: Hashable, Sendable {
        public var name: String
        public var values: [Int]

        public init(_ name: String, _ values: [Int]) {
            self.name = name
            self.values = values
        }
    }

    /// Stable file-name stem, e.g. `outcomes`.
    public var name: String
    public var title: String
    /// One label per group of bars.
    public var categories: [String]
    public var series: [Series]
    /// The unit of the values, shown on the axis (e.g. "cases").
    public var unit: String

    public init(name: String, title: String, categories: [String], series: [Series], unit: String) {
        self.name = name
        self.title = title
        self.categories = categories
        self.series = series
        self.unit = unit
    }
}

/// What a report was made from and with: enough to tell two reports apart and to reproduce one.
public struct ReportManifest: Codable, Hashable, Sendable {
    public var tool = "careershift"
    public var toolVersion: String
    /// The version of the report format (tables, columns, file layout).
    public var schemaVersion: Int
    public var asOf: String
    /// Which dates place data in time for `asOf`.
    public var clock: String
    /// FNV-1a 64 of the canonical JSON of the input data, without the figures the report hides
    /// (and, in a redacted report, of the redacted data).
    public var fingerprint: String
    public var parameters: [String: String]
}

/// A whole report: tables, charts, the transition-path flowchart, and what was suppressed.
public struct Report: Hashable, Sendable {
    public var manifest: ReportManifest
    public var language: Language
    public var title: String
    public var tables: [ReportTable]
    public var charts: [Chart]
    /// Transition paths as a Mermaid flowchart.
    public var mermaid: String
    /// Cells hidden by small-cell suppression, with the reason.
    public var suppressed: [String]

    /// The table called `name`.
    public func table(_ name: String) -> ReportTable? { tables.first { $0.name == name } }
}

