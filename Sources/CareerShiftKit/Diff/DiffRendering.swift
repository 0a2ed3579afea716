/// The formats a diff is printed in.
public enum DiffFormat: String, CaseIterable, Sendable {
    case md, csv, json
}

extension ReportDiff {
    /// The diff as text in `format`.
    public func text(_ format: DiffFormat) -> String {
        switch format {
        case .md: return markdown
        case .csv: return csv
        case .json: return JSON.render(json) + "\n"
        }
    }

    static func describe(_ change: CellChange) -> String {
        switch change.kind {
        case .numeric(let delta, let percent): return percent.map { "\(delta) (\($0))" } ?? delta
        case .becameKnown: return "unknown → known"
        case .becameUnknown: return "known → unknown"
        case .text: return "changed"
        }
    }

    static func status(_ table: TableDiff) -> String {
        switch table.status {
        case .compared: return "compared"
        case .added: return "table added"
        case .removed: return "table removed"
        case .incomparable(let reason): return "not comparable: \(reason)"
        }
    }

    static func cell(_ text: String) -> String {
        text.isEmpty ? "–" : text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    /// Markdown ready to paste into a newsletter: a summary table, then each table's changes.
    public var markdown: String {
        var out = "# Report diff: \(old.asOf) → \(new.asOf)\n\n"
        out += "- Old: `\(old.origin)` (as of \(old.asOf), report schema \(old.schemaVersion.map(String.init) ?? "?"), data `\(old.fingerprint ?? "?")`)\n"
        out += "- New: `\(new.origin)` (as of \(new.asOf), report schema \(new.schemaVersion.map(String.init) ?? "?"), data `\(new.fingerprint ?? "?")`)\n\n"
        for note in notes { out += "> \(note)\n\n" }
        if isEmpty {
            out += "No differences.\n"
            return out
        }
        out += "| Table | Rows added | Rows removed | Rows changed | Cells changed | Note |\n| --- | ---: | ---: | ---: | ---: | --- |\n"
        for table in tables {
            let note = table.status == .compared
                ? [table.addedColumns.isEmpty ? nil : "columns added: \(table.addedColumns.joined(separator: ", "))",
                   table.removedColumns.isEmpty ? nil : "columns removed: \(table.removedColumns.joined(separator: ", "))"].compactMap { $0 }.joined(separator: "; ")
                : Self.status(table)
            out += "| \(Self.cell(table.title)) | \(table.added.count) | \(table.removed.count) | \(table.changed.count) | \(table.cellsChanged) | \(Self.cell(note)) |\n"
        }
        for table in tables where !table.isEmpty {
            out += "\n## \(table.title)\n\n"
            out += "Rows added \(table.added.count), removed \(table.removed.count), changed \(table.changed.count); cells changed \(table.cellsChanged).\n"
            if table.status != .compared { out += "\n\(Self.status(table).prefix(1).uppercased() + Self.status(table).dropFirst()).\n" }
            if !table.addedColumns.isEmpty { out += "\nColumns added: \(table.addedColumns.joined(separator: ", ")).\n" }
            if !table.removedColumns.isEmpty { out += "\nColumns removed: \(table.removedColumns.joined(separator: ", ")).\n" }
            for (title, rows) in [("Added", table.added), ("Removed", table.removed)] where !rows.isEmpty {
                out += "\n### \(title)\n\n"
                let labels = table.columns.map(\.label)
                let columns = rows[0].values.map(\.column)
                let header = columns.map { name in table.columns.first { $0.name == name }?.label ?? name }
                out += "| " + (header.isEmpty ? labels : header).map(Self.cell).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: " --- |", count: max(header.count, 1)) + "\n"
                for row in rows { out += "| " + row.values.map { Self.cell($0.value.description) }.joined(separator: " | ") + " |\n" }
            }
            if !table.changed.isEmpty {
                out += "\n### Changed\n\n| Row | Column | Old | New | Change |\n| --- | --- | ---: | ---: | --- |\n"
                for row in table.changed {
                    for change in row.cells {
                        out += "| \(Self.cell(row.keyText)) | \(Self.cell(change.label)) | \(Self.cell(change.old.description)) | \(Self.cell(change.new.description)) | \(Self.describe(change)) |\n"
                    }
                }
            }
        }
        return out
    }

    /// One line per difference: table, change, row key, column, old, new, delta, percent.
    public var csv: String {
        var rows: [[String]] = []
        for table in tables {
            switch table.status {
            case .compared: break
            default: rows.append([table.name, Self.status(table), "", "", "", "", "", ""])
            }
            for column in table.addedColumns { rows.append([table.name, "column added", "", column, "", "", "", ""]) }
            for column in table.removedColumns { rows.append([table.name, "column removed", "", column, "", "", "", ""]) }
            for row in table.added {
                for value in row.values { rows.append([table.name, "row added", row.keyText, value.column, "", value.value.description, "", ""]) }
            }
            for row in table.removed {
                for value in row.values { rows.append([table.name, "row removed", row.keyText, value.column, value.value.description, "", "", ""]) }
            }
            for row in table.changed {
                for change in row.cells {
                    var delta = "", percent = ""
                    if case .numeric(let d, let p) = change.kind {
                        delta = d
                        percent = p ?? ""
                    }
                    let kind: String
                    switch change.kind {
                    case .becameKnown: kind = "unknown to known"
                    case .becameUnknown: kind = "known to unknown"
                    default: kind = "cell changed"
                    }
                    rows.append([table.name, kind, row.keyText, change.column, change.old.description, change.new.description, delta, percent])
                }
            }
        }
        return CSV.document(header: ["table", "change", "row", "column", "old", "new", "delta", "percent"], rows: rows)
    }

    /// The diff as structured JSON.
    public var json: JSON {
        func side(_ s: Side) -> JSON {
            .object([("origin", .string(s.origin)), ("as_of", .string(s.asOf)),
                     ("schema_version", s.schemaVersion.map { .number(String($0)) } ?? .null), ("fingerprint", s.fingerprint.map(JSON.string) ?? .null)])
        }
        func value(_ v: DiffValue) -> JSON {
            switch v {
            case .null: return .null
            case .number(_, let text): return .number(text)
            case .text(let text): return .string(text)
            }
        }
        func row(_ r: RowChange) -> JSON {
            .object([("key", .array(r.key.map(JSON.string))), ("values", .object(r.values.map { ($0.column, value($0.value)) }))])
        }
        return .object([
            ("old", side(old)), ("new", side(new)), ("notes", .array(notes.map(JSON.string))), ("identical", .bool(isEmpty)),
            ("tables", .array(tables.map { table in
                .object([
                    ("name", .string(table.name)), ("status", .string(Self.status(table))),
                    ("summary", .object([("rows_added", .number(String(table.added.count))), ("rows_removed", .number(String(table.removed.count))),
                                         ("rows_changed", .number(String(table.changed.count))), ("cells_changed", .number(String(table.cellsChanged)))])),
                    ("columns_added", .array(table.addedColumns.map(JSON.string))),
                    ("columns_removed", .array(table.removedColumns.map(JSON.string))),
                    ("added", .array(table.added.map(row))),
                    ("removed", .array(table.removed.map(row))),
                    ("changed", .array(table.changed.map { r in
                        .object([("key", .array(r.key.map(JSON.string))), ("cells", .array(r.cells.map { c in
                            var pairs: [(String, JSON)] = [("column", .string(c.column)), ("old", value(c.old)), ("new", value(c.new))]
                            switch c.kind {
                            case .numeric(let delta, let percent):
                                pairs += [("change", .string("numeric")), ("delta", .number(delta.hasPrefix("+") ? String(delta.dropFirst()) : delta)),
                                          ("percent", percent.map { .number(String($0.dropLast()).replacingOccurrences(of: "+", with: "")) } ?? .null)]
                            case .becameKnown: pairs.append(("change", .string("unknown to known")))
                            case .becameUnknown: pairs.append(("change", .string("known to unknown")))
                            case .text: pairs.append(("change", .string("text")))
                            }
                            return .object(pairs)
                        }))])
                    })),
                ])
            })),
        ])
    }
}
