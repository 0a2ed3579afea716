import GRDB

extension Store {
    /// Adds or updates (by id) every source, case and observation of `content` in one
    /// transaction, recording each change in history. With `dryRun`, the transaction is rolled
    /// back and the summary says what would have happened.
    /// `taxonomy`, when given, is recorded as the one that resolved the cases' names.
    @discardableResult
    public func upsert(_ content: CaseFile, dryRun: Bool = false, taxonomy: Taxonomy? = nil) throws -> ImportSummary {
        let recordedAt = timestamp
        return try Self.retryingWhileBusy { try writer.writeWithoutTransaction { db in
            var summary = ImportSummary()
            try db.inTransaction(.immediate) {
                let known = Set(try String.fetchAll(db, sql: "SELECT id FROM source"))
                    .union(content.sources.map(\.id.rawValue))
                for source in content.sources {
                    var stored = source
                    stored.visibility = source.effectiveVisibility
                    let document = try Documents.encode(stored)
                    let change = try Self.change(db, table: SourceRecord.databaseTableName, id: source.id.rawValue, document: document)
                    try Self.count(change, in: &summary.sources)
                    guard let change else { continue }
                    try SourceRecord(id: source.id.rawValue, visibility: stored.effectiveVisibility.rawValue, document: document, recordedAt: recordedAt).save(db)
                    try Self.recordHistory(db, entity: "source", id: source.id.rawValue, operation: change, document: document, at: recordedAt)
                }
                for entry in content.cases {
                    try Self.upsertCiting(
                        db, CaseRecord.self, entity: "case", id: entry.id.rawValue, value: entry,
                        cited: (entry.sources ?? []).map(\.rawValue), known: known, at: recordedAt, counts: &summary.cases)
                }
                for observation in content.observations {
                    try Self.upsertCiting(
                        db, ObservationRecord.self, entity: "observation", id: observation.id.rawValue, value: observation,
                        cited: (observation.sources ?? []).map(\.rawValue), known: known, at: recordedAt, counts: &summary.observations)
                }
                if let taxonomy, !content.cases.isEmpty || !content.observations.isEmpty {
                    try Self.recordTaxonomy(db, taxonomy, purpose: "cases", at: recordedAt)
                }
                return dryRun ? .rollback : .commit
            }
            return summary
        } }
    }

    /// Removes the case `id` from the current data; its history, and the removal, stay.
    /// Returns false when there is no such case.
    @discardableResult
    public func removeCase(_ id: Case.ID) throws -> Bool {
        let recordedAt = timestamp
        return try Self.retryingWhileBusy { try writer.writeWithoutTransaction { db in
            var removed = false
            try db.inTransaction(.immediate) {
                guard let record = try CaseRecord.fetchOne(db, key: id.rawValue) else { return .rollback }
                try CaseRecord.deleteOne(db, key: id.rawValue)
                try Self.recordHistory(db, entity: "case", id: id.rawValue, operation: .remove, document: record.document, at: recordedAt)
                removed = true
                return .commit
            }
            return removed
        } }
    }

    /// Upserts one case or observation, its citations and its history; refuses unknown sources.
    private static func upsertCiting<Record: CitingRecord, Value: Encodable>(
        _ db: Database, _ record: Record.Type, entity: String, id: String, value: Value, cited: [String],
        known: Set<String>, at recordedAt: String, counts: inout ImportSummary.Counts
    ) throws {
        let missing = cited.filter { !known.contains($0) }
        if !missing.isEmpty { throw StoreError.unknownSources(entry: "\(entity) \(id)", sources: missing) }
        let document = try Documents.encode(value)
        let change = try change(db, table: Record.databaseTableName, id: id, document: document)
        try count(change, in: &counts)
        guard let change else { return }
        try Record(id: id, document: document, recordedAt: recordedAt).save(db)
        try cite(db, table: Record.citationTable, entry: id, sources: cited)
        try recordHistory(db, entity: entity, id: id, operation: change, document: document, at: recordedAt)
    }

    /// Insert, update, or nil when the stored document is already `document`.
    private static func change(_ db: Database, table: String, id: String, document: String) throws -> HistoryEntry.Operation? {
        guard let existing = try String.fetchOne(db, sql: "SELECT document FROM \(table) WHERE id = ?", arguments: [id]) else {
            return .insert
        }
        return existing == document ? nil : .update
    }

    private static func count(_ change: HistoryEntry.Operation?, in counts: inout ImportSummary.Counts) throws {
        switch change {
        case .insert: counts.added += 1
        case .update: counts.changed += 1
        default: counts.unchanged += 1
        }
    }

    private static func cite(_ db: Database, table: String, entry: String, sources: [String]) throws {
        try db.execute(sql: "DELETE FROM \(table) WHERE entryId = ?", arguments: [entry])
        for source in Set(sources).sorted() {
            try db.execute(sql: "INSERT INTO \(table) (entryId, sourceId) VALUES (?, ?)", arguments: [entry, source])
        }
    }

    private static func recordHistory(
        _ db: Database, entity: String, id: String, operation: HistoryEntry.Operation, document: String, at recordedAt: String
    ) throws {
        var record = HistoryRecord(seq: nil, entity: entity, entityId: id, operation: operation.rawValue, recordedAt: recordedAt, document: document)
        try record.insert(db)
    }
}
