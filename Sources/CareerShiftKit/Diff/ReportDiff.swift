import Foundation

/// What `diff` ignores and shows.
public struct DiffOptions: Sendable, Equatable {
    /// Numeric changes no larger than this are ignored.
    public enum Tolerance: Sendable, Equatable {
        case absolute(Double)
        /// In percent of the old value.
        case relative(Double)

        /// Reads `0.5` (absolute) or `5%` (relative).
        public init?(text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("%"), let value = Double(trimmed.dropLast()), value >= 0 {
                self = .relative(value)
            } else if let value = Double(trimmed), value >= 0 {
                self = .absolute(value)
            } else {
                return nil
            }
        }
    }

    /// Kinds of row change to show.
    public enum Kind: String, CaseIterable, Sendable {
        case added, removed, changed
    }

    public var tolerance: Tolerance?
    public var kinds: Set<Kind>
    /// Only these tables (by name); empty for all.
    public var tables: Set<String>

    public init(tolerance: Tolerance? = nil, kinds: Set<Kind> = Set(Kind.allCases), tables: Set<String> = []) {
        self.tolerance = tolerance
        self.kinds = kinds
        self.tables = tables
    }
}

/// The differences between two reports, table by table, rows matched by their key columns.
public struct ReportDiff: Sendable, Equatable {
    /// One report's identity, for the heading.
    public struct Side: Sendable, Equatable {
        public var origin: String
        public var asOf: String
        public var schemaVersion: Int?
        public var fingerprint: String?
    }

    /// How one cell changed.
    public struct CellChange: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// Both numbers: new − old, and the change in percent of old (nil when old is 0).
            case numeric(delta: String, percent: String?)
            case becameKnown
            case becameUnknown
            case text
        }

        public var column: String
        public var label: String
        public var old: DiffValue
        public var new: DiffValue
        public var kind: Kind
    }

    /// A row added, removed or changed; `key` names it by its key columns.
    public struct RowChange: Sendable, Equatable {
        public var key: [String]
        /// The row's values (new for added, old for removed), by column name.
        public var values: [(column: String, value: DiffValue)]
        public var cells: [CellChange]

        public static func == (lhs: RowChange, rhs: RowChange) -> Bool {
            lhs.key == rhs.key && lhs.cells == rhs.cells && lhs.values.map(\.column) == rhs.values.map(\.column)
                && lhs.values.map(\.value) == rhs.values.map(\.value)
        }

        public var keyText: String { key.joined(separator: " / ") }
    }

    /// The differences of one table.
    public struct TableDiff: Sendable, Equatable {
        public enum Status: Sendable, Equatable {
            case compared
            /// Only in the new report.
            case added
            /// Only in the old report.
            case removed
            /// In both, but they cannot be matched row by row.
            case incomparable(reason: String)
        }

        public var name: String
        public var title: String
        public var status: Status
        public var keyColumns: [ReportDocument.Column]
        public var columns: [ReportDocument.Column]
        public var addedColumns: [String]
        public var removedColumns: [String]
        public var added: [RowChange]
        public var removed: [RowChange]
        public var changed: [RowChange]

        public var cellsChanged: Int { changed.reduce(0) { $0 + $1.cells.count } }

        public var isEmpty: Bool {
            status == .compared && addedColumns.isEmpty && removedColumns.isEmpty && added.isEmpty && removed.isEmpty && changed.isEmpty
        }
    }

    public var old: Side
    public var new: Side
    public var notes: [String]
    public var tables: [TableDiff]

    /// True when nothing differs (after tolerance and filters).
    public var isEmpty: Bool { tables.allSatisfy(\.isEmpty) }

    /// Compares `old` with `new`.
    public init(old: ReportDocument, new: ReportDocument, options: DiffOptions = DiffOptions()) {
        self.old = Side(origin: old.origin, asOf: old.asOf, schemaVersion: old.schemaVersion, fingerprint: old.fingerprint)
        self.new = Side(origin: new.origin, asOf: new.asOf, schemaVersion: new.schemaVersion, fingerprint: new.fingerprint)
        var notes: [String] = []
        if old.schemaVersion != new.schemaVersion {
            notes.append("The reports were made with different report schemas (old: \(old.schemaVersion.map(String.init) ?? "unknown"), new: \(new.schemaVersion.map(String.init) ?? "unknown")): tables are compared where their key columns match; the others are listed as not comparable.")
        }
        if old.taxonomy != new.taxonomy {
            notes.append("The reports were classified with different taxonomies (old: \(old.taxonomy ?? "not recorded"), new: \(new.taxonomy ?? "not recorded")): a change in role or layer counts may be a change of definition, not of the market. Reclassify the store (careershift postings reclassify) and make both reports again to compare like with like.")
        }
        var names = old.tables.map(\.name)
        for table in new.tables where !names.contains(table.name) { names.append(table.name) }
        if !options.tables.isEmpty {
            let unknown = options.tables.subtracting(names)
            if !unknown.isEmpty { notes.append("No table named \(unknown.sorted().joined(separator: ", ")) in either report.") }
            names = names.filter(options.tables.contains)
        }
        var tables: [TableDiff] = []
        for name in names {
            let before = old.table(name), after = new.table(name)
            switch (before, after) {
            case (let before?, let after?):
                tables.append(Self.compare(before, after, options: options))
            case (let before?, nil):
                tables.append(TableDiff(name: name, title: before.title, status: .removed, keyColumns: [], columns: before.columns,
                                        addedColumns: [], removedColumns: [], added: [], removed: [], changed: []))
            case (nil, let after?):
                tables.append(TableDiff(name: name, title: after.title, status: .added, keyColumns: [], columns: after.columns,
                                        addedColumns: [], removedColumns: [], added: [], removed: [], changed: []))
            default:
                break
            }
        }
        self.notes = notes
        self.tables = tables
    }

    static func compare(_ old: ReportDocument.Table, _ new: ReportDocument.Table, options: DiffOptions) -> TableDiff {
        let oldNames = old.columns.map(\.name), newNames = new.columns.map(\.name)
        var diff = TableDiff(
            name: new.name, title: new.title, status: .compared, keyColumns: new.columns.filter(\.isKey), columns: new.columns,
            addedColumns: newNames.filter { !oldNames.contains($0) }, removedColumns: oldNames.filter { !newNames.contains($0) },
            added: [], removed: [], changed: [])
        guard old.keyColumns == new.keyColumns, !new.keyColumns.isEmpty else {
            diff.status = .incomparable(reason: "key columns differ (old: \(old.keyColumns.joined(separator: ", ")); new: \(new.keyColumns.joined(separator: ", ")))")
            return diff
        }
        func keyed(_ table: ReportDocument.Table) -> (order: [[String]], rows: [[String]: [DiffValue]]) {
            let indexes = table.keyColumns.compactMap { name in table.columns.firstIndex { $0.name == name } }
            var order: [[String]] = []
            var rows: [[String]: [DiffValue]] = [:]
            for row in table.rows {
                var key = indexes.map { $0 < row.count ? row[$0].description : "" }
                var n = 2
                let base = key
                while rows[key] != nil {  // a repeated key: the second is told apart by its place
                    key = base + ["#\(n)"]
                    n += 1
                }
                order.append(key)
                rows[key] = row
            }
            return (order, rows)
        }
        let before = keyed(old), after = keyed(new)
        func values(_ row: [DiffValue], _ columns: [ReportDocument.Column]) -> [(column: String, value: DiffValue)] {
            columns.enumerated().map { ($0.element.name, $0.offset < row.count ? row[$0.offset] : .null) }
        }
        if options.kinds.contains(.removed) {
            diff.removed = before.order.filter { after.rows[$0] == nil }.map { RowChange(key: $0, values: values(before.rows[$0]!, old.columns), cells: []) }
        }
        if options.kinds.contains(.added) {
            diff.added = after.order.filter { before.rows[$0] == nil }.map { RowChange(key: $0, values: values(after.rows[$0]!, new.columns), cells: []) }
        }
        if options.kinds.contains(.changed) {
            for key in after.order {
                guard let oldRow = before.rows[key], let newRow = after.rows[key] else { continue }
                var cells: [CellChange] = []
                for (index, column) in new.columns.enumerated() where !column.isKey {
                    guard let oldIndex = old.columns.firstIndex(where: { $0.name == column.name }) else { continue }
                    let a = oldIndex < oldRow.count ? oldRow[oldIndex] : .null
                    let b = index < newRow.count ? newRow[index] : .null
                    if let change = Self.change(a, b, column: column, tolerance: options.tolerance) { cells.append(change) }
                }
                if !cells.isEmpty { diff.changed.append(RowChange(key: key, values: values(newRow, new.columns), cells: cells)) }
            }
        }
        return diff
    }

    /// How `a` became `b`, or nil when they are the same (or within tolerance).
    static func change(_ a: DiffValue, _ b: DiffValue, column: ReportDocument.Column, tolerance: DiffOptions.Tolerance?) -> CellChange? {
        func cell(_ kind: CellChange.Kind) -> CellChange { CellChange(column: column.name, label: column.label, old: a, new: b, kind: kind) }
        switch (a, b) {
        case (.null, .null): return nil
        case (.null, _): return cell(.becameKnown)
        case (_, .null): return cell(.becameUnknown)
        case (.number(let x, _), .number(let y, _)):
            if x == y { return nil }
            let delta = y - x
            // Compared with a little slack: 42.9 → 43.0 is a change of 0.1 written in decimal, not
            // the 0.10000000000000142 that binary floating point makes of it.
            let slack = 1e-9 * max(1, abs(x), abs(y))
            switch tolerance {
            case .absolute(let limit)? where abs(delta) <= limit + slack: return nil
            case .relative(let percent)? where x != 0 && abs(delta) / abs(x) * 100 <= percent + 1e-9 * max(1, percent): return nil
            default: break
            }
            let scale = max(a.scale, b.scale)
            let deltaText = (delta > 0 ? "+" : "") + String(format: "%.\(scale)f", delta)
            let percentText = x == 0 ? nil : (delta > 0 ? "+" : "") + String(format: "%.1f", delta / abs(x) * 100) + "%"
            return cell(.numeric(delta: deltaText, percent: percentText))
        default:
            return a.description == b.description ? nil : cell(.text)
        }
    }
}
