import Foundation

/// A value in a report as the diff sees it: null, a number (with the text it was written as), or text.
public enum DiffValue: Hashable, Sendable, CustomStringConvertible {
    case null
    case number(Double, text: String)
    case text(String)

    public var description: String {
        switch self {
        case .null: return ""
        case .number(_, let text): return text
        case .text(let text): return text
        }
    }

    var number: Double? {
        if case .number(let value, _) = self { return value }
        return nil
    }

    /// Digits after the decimal point, for printing differences at the same precision.
    var scale: Int {
        guard case .number(_, let text) = self, let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }
}

/// A report as `diff` and `trend` read it: from `report.json` or straight from a built report.
public struct ReportDocument: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public var label: String
        public var type: String
        public var isKey: Bool
    }

    public struct Table: Sendable, Equatable {
        public var name: String
        public var title: String
        public var columns: [Column]
        public var rows: [[DiffValue]]

        public var keyColumns: [String] { columns.filter(\.isKey).map(\.name) }

        /// The values of column `name` in every row.
        public func values(_ name: String) -> [DiffValue] {
            guard let index = columns.firstIndex(where: { $0.name == name }) else { return [] }
            return rows.map { index < $0.count ? $0[index] : .null }
        }
    }

    /// Where the report came from, for messages (a folder, a file, or `--as-of DATE`).
    public var origin: String
    public var asOf: String
    public var schemaVersion: Int?
    public var toolVersion: String?
    public var fingerprint: String?
    /// The taxonomy that classified the report (`v2@fingerprint`), nil for reports made before
    /// the manifest named it.
    public var taxonomy: String?
    public var tables: [Table]

    public func table(_ name: String) -> Table? { tables.first { $0.name == name } }

    /// Why a report could not be read.
    public struct Unreadable: Error, Equatable, LocalizedError {
        public var path: String
        public var reason: String
        public var errorDescription: String? { "cannot read the report \(path): \(reason)" }
    }

    /// The document of a report built in memory.
    public init(report: Report, origin: String) {
        self.origin = origin
        asOf = report.manifest.asOf
        schemaVersion = report.manifest.schemaVersion
        toolVersion = report.manifest.toolVersion
        fingerprint = report.manifest.fingerprint
        taxonomy = report.manifest.parameters["taxonomy"]
        tables = report.tables.map { table in
            Table(
                name: table.name, title: table.title,
                columns: table.columns.map { Column(name: $0.name, label: $0.label, type: $0.kind.rawValue, isKey: $0.isKey) },
                rows: table.rows.map { row in
                    row.map { value in
                        switch value {
                        case .missing: return .null
                        case .integer(let n): return .number(Double(n), text: value.text)
                        case .decimal: return .number(Double(value.text) ?? 0, text: value.text)
                        case .count(let count) where !count.atLeast: return .number(Double(count.value), text: value.text)
                        default: return .text(value.text)
                        }
                    }
                })
        }
    }

    /// Reads `report.json` from a report folder, or the JSON file itself.
    public init(path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Unreadable(path: path, reason: "no such file or folder")
        }
        let file = isFolder.boolValue ? (path as NSString).appendingPathComponent("report.json") : path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Unreadable(path: path, reason: isFolder.boolValue ? "the folder holds no report.json (is it a careershift report?)" : "cannot read the file")
        }
        try self.init(json: data, origin: path)
    }

    /// Parses report JSON. Reports of other schema versions are read as far as their tables go.
    public init(json data: Data, origin: String) throws {
        let root: JSON
        do {
            root = try JSONReader.parse([UInt8](data))
        } catch let failure as JSONReader.Failure {
            throw Unreadable(path: origin, reason: "not valid JSON (\(failure.reason) at byte \(failure.offset))")
        }
        guard root["manifest"]?["tool"]?.stringValue == "careershift", let tables = root["tables"]?.arrayValue else {
            throw Unreadable(path: origin, reason: "not a careershift report (no manifest with tool \"careershift\" and tables)")
        }
        let manifest = root["manifest"]
        self.origin = origin
        asOf = manifest?["as_of"]?.stringValue ?? "?"
        if case .number(let text)? = manifest?["schema_version"] { schemaVersion = Int(text) }
        toolVersion = manifest?["tool_version"]?.stringValue
        fingerprint = manifest?["fingerprint"]?.stringValue
        taxonomy = manifest?["parameters"]?["taxonomy"]?.stringValue
        self.tables = tables.compactMap { table in
            guard let name = table["name"]?.stringValue, let columns = table["columns"]?.arrayValue else { return nil }
            let keys = Set((table["key"]?.arrayValue ?? []).compactMap(\.stringValue))
            return Table(
                name: name, title: table["title"]?.stringValue ?? name,
                columns: columns.map { column in
                    let columnName = column["name"]?.stringValue ?? "?"
                    var isKey = keys.contains(columnName)
                    if case .bool(let flag)? = column["key"] { isKey = flag }
                    return Column(name: columnName, label: column["label"]?.stringValue ?? columnName,
                                  type: column["type"]?.stringValue ?? "text", isKey: isKey)
                },
                rows: (table["rows"]?.arrayValue ?? []).map { ($0.arrayValue ?? []).map(Self.value) })
        }
    }

    static func value(_ json: JSON) -> DiffValue {
        switch json {
        case .null: return .null
        case .string(let text): return .text(text)
        case .number(let text): return .number(Double(text) ?? 0, text: text)
        case .bool(let flag): return .text(flag ? "true" : "false")
        default: return .text(JSON.render(json))
        }
    }
}

extension ReportDocument {
    /// The reports in `paths`: report folders, report.json files, or folders of report folders
    /// (such as `Reports/`), each expanded to the reports directly inside it, in name order.
    public static func documents(in paths: [String]) throws -> [ReportDocument] {
        var documents: [ReportDocument] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            let isReport = manager.fileExists(atPath: (path as NSString).appendingPathComponent("report.json"))
            if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue, !isReport {
                let inside = try manager.contentsOfDirectory(atPath: path).sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                    .filter { manager.fileExists(atPath: ($0 as NSString).appendingPathComponent("report.json")) }
                guard !inside.isEmpty else { throw Unreadable(path: path, reason: "no report.json in it or in the folders inside it") }
                documents += try inside.map { try ReportDocument(path: $0) }
            } else {
                documents.append(try ReportDocument(path: path))
            }
        }
        return documents
    }
}
