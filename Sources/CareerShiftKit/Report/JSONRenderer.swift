import Foundation

/// `report.json`: the manifest and every table with its column names, types and key columns.
/// Numbers are JSON numbers; lower bounds (`"≥20"`) and suppressed cells (`"<3"`) are strings;
/// missing values are null. Key order is fixed, so equal reports give equal bytes.
public struct JSONRenderer: ReportRenderer {
    public init() {}

    public func files(for report: Report, options: RenderOptions) -> [String: Data] {
        ["report.json": Data((JSON.render(value(report)) + "\n").utf8)]
    }

    func value(_ report: Report) -> JSON {
        let m = report.manifest
        return .object([
            ("manifest", .object([
                ("tool", .string(m.tool)), ("tool_version", .string(m.toolVersion)), ("schema_version", .number(String(m.schemaVersion))),
                ("as_of", .string(m.asOf)), ("clock", .string(m.clock)), ("fingerprint", .string(m.fingerprint)),
                ("parameters", .object(m.parameters.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ])),
            ("title", .string(report.title)),
            ("language", .string(report.language.rawValue)),
            ("tables", .array(report.tables.map(table))),
            ("charts", .array(report.charts.map { .object([("name", .string($0.name)), ("title", .string($0.title)), ("file", .string("\($0.name).svg"))]) })),
            ("suppressed", .array(report.suppressed.map(JSON.string))),
        ])
    }

    func table(_ table: ReportTable) -> JSON {
        .object([
            ("name", .string(table.name)), ("title", .string(table.title)), ("method", .string(table.method)),
            ("n", .number(String(table.n))),
            ("columns", .array(table.columns.map {
                .object([("name", .string($0.name)), ("label", .string($0.label)), ("type", .string($0.kind.rawValue)), ("key", .bool($0.isKey))])
            })),
            ("key", .array(table.columns.filter(\.isKey).map { .string($0.name) })),
            ("rows", .array(table.rows.map { .array($0.map(cell)) })),
            ("notes", .array(table.notes.map(JSON.string))),
        ])
    }

    func cell(_ value: ReportValue) -> JSON {
        switch value {
        case .text(let text): return .string(text)
        case .integer, .decimal: return .number(value.text)
        case .count(let count): return count.atLeast ? .string(value.text) : .number(String(count.value))
        case .missing: return .null
        case .suppressed: return .string(value.text)
        }
    }
}

/// A JSON value with ordered keys, written deterministically with two-space indentation.
public indirect enum JSON: Equatable, Sendable {
    case string(String)
    /// A number written exactly as given.
    case number(String)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    public static func == (lhs: JSON, rhs: JSON) -> Bool { render(lhs) == render(rhs) }

    public static func render(_ value: JSON, indent: String = "") -> String {
        let inner = indent + "  "
        switch value {
        case .string(let text): return quoted(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy({ if case .array = $0 { return false }; if case .object = $0 { return false }; return true }) {
                return "[" + items.map { render($0) }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + render($0, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + quoted($0.0) + ": " + render($0.1, indent: inner) }.joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
