import Foundation
import Yams

/// The formats cases can be exported in.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The case-file format; re-imports as exactly the same data.
    case yaml
    /// The same structure as JSON; re-imports as exactly the same data.
    case json
    /// One case per row on `CaseTable.columns`: the main facts only.
    case csv
}

/// Writes sources, cases and observations in the export formats. Output is sorted by id and
/// deterministic.
public enum CaseFileWriter {
    /// `content` as text in `format`.
    public static func text(of content: CaseFile, as format: ExportFormat) throws -> String {
        let sorted = content.sorted
        switch format {
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options = .init(indent: 2, width: -1, allowUnicode: true)
            return "# careershift export: sources, cases and observations. Re-import with `careershift import`.\n"
                + (try encoder.encode(sorted))
        case .json:
            return yamlSafe(try json(sorted)) + "\n"
        case .csv:
            let sources = Dictionary(sorted.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return CSV.document(header: CaseTable.columns, rows: sorted.cases.map { CaseTable.row(for: $0, sources: sources) })
        }
    }

    /// Stable, pretty JSON of any model value (keys sorted, slashes unescaped).
    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// JSON text with the characters YAML readers refuse (DEL, C1 controls, U+FEFF, U+2028/9)
    /// written as `\uXXXX` escapes, so the export reads back through any YAML or JSON reader.
    static func yamlSafe(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x7F...0x9F, 0xFEFF, 0x2028, 0x2029, 0xFFFE, 0xFFFF:
                out.append(contentsOf: String(format: "\\u%04X", scalar.value).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A single case as YAML, for `careershift show`.
    public static func yaml<T: Encodable>(_ value: T) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options = .init(indent: 2, width: -1, allowUnicode: true)
        return try encoder.encode(value)
    }
}
