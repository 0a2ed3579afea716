import Foundation

/// The file formats a report is written in. `md` brings the SVG charts it embeds.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, csv, json
}

/// Options that change how files are written, not what they say.
public struct RenderOptions: Sendable {
    /// Start CSV files with a UTF-8 byte-order mark, so Excel on a Chinese-locale machine reads them.
    public var excel: Bool

    public init(excel: Bool = false) { self.excel = excel }
}

/// Turns a report into named files.
public protocol ReportRenderer {
    func files(for report: Report, options: RenderOptions) -> [String: Data]
}

extension ReportFormat {
    /// The renderers that write this format.
    public var renderers: [any ReportRenderer] {
        switch self {
        case .md: return [MarkdownRenderer(), SVGRenderer()]
        case .csv: return [CSVRenderer()]
        case .json: return [JSONRenderer()]
        }
    }
}

/// One CSV file per table (RFC 4180, CRLF line ends), headed by the column labels.
public struct CSVRenderer: ReportRenderer {
    public init() {}

    public func files(for report: Report, options: RenderOptions) -> [String: Data] {
        var files: [String: Data] = [:]
        for table in report.tables {
            let text = CSV.document(header: table.columns.map(\.label), rows: table.rows.map { $0.map(\.text) })
            files["\(table.name).csv"] = (options.excel ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
        }
        return files
    }
}
