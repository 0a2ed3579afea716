import Foundation
import GRDB
import GRDBSQLite

/// Problems with the store itself (not with input files).
public enum StoreError: Error, Equatable, LocalizedError {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, unknown: [String])
    case unknownSources(entry: String, sources: [String])
    case corruptDocument(entity: String, id: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path): \(reason)"
        case .newerSchema(let path, let unknown):
            return "the database \(path) was written by a newer careershift (schema \(unknown.joined(separator: ", "))); upgrade careershift to use it. It was left untouched."
        case .unknownSources(let entry, let sources):
            return "\(entry) cites unknown source(s) \(sources.joined(separator: ", ")): import the source first or include it in the file"
        case .corruptDocument(let entity, let id, let reason):
            return "the stored \(entity) \(id) cannot be read: \(reason)"
        }
    }
}

/// What an import did: per kind of record, how many were added, changed or already the same.
public struct ImportSummary: Equatable, Sendable {
    public struct Counts: Equatable, Sendable {
        public var added = 0, changed = 0, unchanged = 0
        public var total: Int { added + changed + unchanged }
    }

    public var sources = Counts()
    public var cases = Counts()
    public var observations = Counts()

    public init() {}

    /// All kinds together.
    public var total: Counts {
        Counts(
            added: sources.added + cases.added + observations.added,
            changed: sources.changed + cases.changed + observations.changed,
            unchanged: sources.unchanged + cases.unchanged + observations.unchanged)
    }

    /// `3 added, 1 changed, 10 unchanged (cases: …; observations: …; sources: …)`
    public var description: String {
        func line(_ c: Counts) -> String { "\(c.added) added, \(c.changed) changed, \(c.unchanged) unchanged" }
        return "\(line(total)) (cases: \(line(cases)); observations: \(line(observations)); sources: \(line(sources)))"
    }
}

/// One entry of a record's history.
public struct HistoryEntry: Equatable, Sendable {
    public enum Operation: String, Sendable { case insert, update, remove }
    public var sequence: Int64
    public var entity: String
    public var id: String
    public var operation: Operation
    public var recordedAt: String
    public var document: String
}

/// The SQLite store: current sources, cases and observations, and the history of every change.
/// Every write is one transaction; nothing is ever deleted from history.
public final class Store: Sendable {
    let writer: any DatabaseWriter
    let clock: @Sendable () -> Date
    /// Where the store lives, for messages (":memory:" for a test store).
    public let path: String
    /// Where the database was copied before its schema was upgraded on opening; nil when
    /// nothing was upgraded (a new file, or one already up to date).
    public let upgradeBackup: String?

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public static func open(path: String, clock: @escaping @Sendable () -> Date = Date.init) throws -> Store {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        // A new store gets 16 KiB pages (SQLite's default is 4 KiB): bulk imports of postings
        // write a quarter as many pages. Ignored for an existing file, whose page size stays.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = 16384") }
        try refuseNewerSchema(path: path)
        do {
            return try retryingWhileBusy {
                try Store(writer: try DatabasePool(path: path, configuration: configuration), path: path, clock: clock,
                          rethrowDatabaseErrors: true, backsUp: true)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Store.reason(error))
        }
    }

    /// Throws `newerSchema` when the file at `path` was written by a newer careershift, having
    /// only read it: opening it for writing would already change it (GRDB makes sure a database
    /// in WAL mode has a log by writing to it). It is read as immutable, which creates no lock,
    /// log or index files; a schema change still in another process's log is caught when the
    /// store is opened. Other problems are left to the normal opening, which reports them.
    static func refuseNewerSchema(path: String) throws {
        guard FileManager.default.fileExists(atPath: path),
              let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%")))
        else { return }
        var connection: OpaquePointer?
        defer { sqlite3_close(connection) }
        guard sqlite3_open_v2("file:\(escaped)?immutable=1", &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil) == SQLITE_OK else { return }
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(connection, "SELECT identifier FROM grdb_migrations", -1, &statement, nil) == SQLITE_OK else { return }
        var unknown: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            guard let text = sqlite3_column_text(statement, 0) else { continue }
            let identifier = String(cString: text)
            if !Migrations.known.contains(identifier) { unknown.append(identifier) }
        }
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknown: unknown.sorted()) }
    }

    /// A store in memory, for tests and dry runs.
    public static func inMemory(clock: @escaping @Sendable () -> Date = Date.init) throws -> Store {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try Store(writer: DatabaseQueue(configuration: configuration), path: ":memory:", clock: clock)
    }

    /// Runs `body` again (up to 10 times, waiting a little longer each time) when another process
    /// holds the database: a busy or locked database, or a schema another process was creating
    /// at the same moment. Busy timeouts cover most waits; this covers the cases SQLite reports
    /// at once (a snapshot gone stale, a new file being set up).
    static func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where attempt < 10 && isTransient(error) {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.02 * Double(attempt * attempt))
            }
        }
    }

    static func isTransient(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return true
        case .SQLITE_ERROR: return (error.message ?? "").contains("already exists")
        default: return false
        }
    }

    /// A store on any GRDB writer; migrates it. With `backsUp`, a database with data whose schema
    /// is out of date is first copied next to itself (see `backUp`).
    init(writer: any DatabaseWriter, path: String, clock: @escaping @Sendable () -> Date,
         rethrowDatabaseErrors: Bool = false, backsUp: Bool = false) throws {
        self.writer = writer
        self.path = path
        self.clock = clock
        let migrator = Migrations.migrator
        var backup: String?
        do {
            // Another process may be migrating the file right now (a new store, created by two
            // processes at once): its write lock then stops the copy, so wait and look again;
            // once it is done, nothing is left to upgrade.
            var attempts = 0
            while true {
                let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
                let unknown = applied.subtracting(Migrations.known)
                if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknown: unknown.sorted()) }
                guard backsUp && !applied.isEmpty && !Set(Migrations.known).isSubset(of: applied) else { break }
                do {
                    backup = try Self.backUp(writer, path: path, applied: applied)
                    break
                } catch let error as DatabaseError where Self.isTransient(error) && attempts < 50 {
                    attempts += 1
                    usleep(useconds_t(10_000 * min(attempts, 10)))
                } catch let error as DatabaseError {
                    throw StoreError.cannotOpen(
                        path: path, reason: "its schema needs upgrading, and it could not first be copied next to it (\(Store.reason(error))); it was left unchanged")
                }
            }
            try Self.retryingWhileBusy { try Self.migrate(writer, with: migrator) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where rethrowDatabaseErrors && Self.isTransient(error) {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Store.reason(error))
        }
        upgradeBackup = backup
    }

    /// Copies the database, through SQLite's backup API (so a write-ahead log is included), to
    /// `PATH.vN-backup` next to it, where vN is its schema version; `-2`, `-3`… are added rather
    /// than replace a file. Any failure stops the upgrade, with the database unchanged; a lock
    /// held by another process is thrown as it is, for the caller to wait on.
    static func backUp(_ writer: any DatabaseWriter, path: String, applied: Set<String>) throws -> String {
        let version = Migrations.known.last(where: applied.contains).map { String($0.prefix { $0 != ":" }) } ?? "old"
        var backup = "\(path).\(version)-backup"
        var n = 2
        while FileManager.default.fileExists(atPath: backup) {
            backup = "\(path).\(version)-backup-\(n)"
            n += 1
        }
        do {
            let copy = try DatabaseQueue(path: backup)
            try writer.backup(to: copy)
            try copy.close()
        } catch let error as DatabaseError where isTransient(error) {
            // Locked by another process: the caller waits and looks again.
            try? FileManager.default.removeItem(atPath: backup)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: backup)
            throw StoreError.cannotOpen(
                path: path, reason: "its schema needs upgrading, and it could not first be copied to \(backup) (\(Store.reason(error))); it was left unchanged")
        }
        return backup
    }

    /// Brings the schema up to date. Two processes opening a file at once may race to migrate
    /// it: each migration is a transaction of its own, but the list of those to run is read
    /// before the first, so one process may run a migration the other has just applied (and
    /// fail on tables that are already there, or columns that are gone). A failure after which
    /// more migrations are applied than before is that race: start again from what is applied.
    static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator) throws {
        var attempts = 0
        while true {
            let before = try writer.read { db in try migrator.appliedIdentifiers(db) }
            do {
                return try migrator.migrate(writer)
            } catch {
                attempts += 1
                let after = try? writer.read { db in try migrator.appliedIdentifiers(db) }
                guard let after, after != before, attempts < 20 else { throw error }
                usleep(useconds_t(20_000 * attempts))
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return "not a SQLite database" }
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }

    /// The names of the applied schema migrations.
    public func schemaVersions() throws -> [String] {
        try writer.read { db in try Migrations.migrator.appliedMigrations(db) }
    }

    var timestamp: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: clock())
    }

    // MARK: Reading

    /// Every current case, by id.
    public func cases() throws -> [Case] {
        try writer.read { db in try CaseRecord.order(CaseRecord.Columns.id).fetchAll(db) }
            .map { try Documents.decode(Case.self, $0.document, entity: "case", id: $0.id) }
    }

    /// The current case with `id`, if any.
    public func `case`(_ id: Case.ID) throws -> Case? {
        try writer.read { db in try CaseRecord.fetchOne(db, key: id.rawValue) }
            .map { try Documents.decode(Case.self, $0.document, entity: "case", id: $0.id) }
    }

    /// Every current source, by id.
    public func sources() throws -> [Source] {
        try writer.read { db in try SourceRecord.order(SourceRecord.Columns.id).fetchAll(db) }
            .map { try Documents.decode(Source.self, $0.document, entity: "source", id: $0.id) }
    }

    /// Every current observation, by id.
    public func observations() throws -> [Observation] {
        try writer.read { db in try ObservationRecord.order(ObservationRecord.Columns.id).fetchAll(db) }
            .map { try Documents.decode(Observation.self, $0.document, entity: "observation", id: $0.id) }
    }

    /// Everything current, sorted by id.
    public func contents() throws -> CaseFile {
        CaseFile(sources: try sources(), cases: try cases(), observations: try observations())
    }

    /// The history of one record (or of all, when `id` is nil), oldest first.
    public func history(entity: String? = nil, id: String? = nil) throws -> [HistoryEntry] {
        try writer.read { db in
            var request = HistoryRecord.order(HistoryRecord.Columns.seq)
            if let entity { request = request.filter(HistoryRecord.Columns.entity == entity) }
            if let id { request = request.filter(HistoryRecord.Columns.entityId == id) }
            return try request.fetchAll(db)
        }.map {
            HistoryEntry(
                sequence: $0.seq ?? 0, entity: $0.entity, id: $0.entityId,
                operation: HistoryEntry.Operation(rawValue: $0.operation) ?? .update,
                recordedAt: $0.recordedAt, document: $0.document)
        }
    }

    /// The data as it was recorded at `instant` (an ISO 8601 time, compared as text): records
    /// added later are absent, later edits undone, records removed later present.
    public func contents(recordedAtOrBefore instant: String) throws -> CaseFile {
        let rows = try writer.read { db in
            try HistoryRecord.fetchAll(db, sql: """
                SELECT h.* FROM history h
                JOIN (SELECT MAX(seq) AS seq FROM history WHERE recordedAt <= ? GROUP BY entity, entityId) last
                  ON h.seq = last.seq
                WHERE h.operation != 'remove'
                ORDER BY h.entity, h.entityId
                """, arguments: [instant])
        }
        var result = CaseFile()
        for row in rows {
            switch row.entity {
            case "source": result.sources.append(try Documents.decode(Source.self, row.document, entity: "source", id: row.entityId))
            case "case": result.cases.append(try Documents.decode(Case.self, row.document, entity: "case", id: row.entityId))
            default: result.observations.append(try Documents.decode(Observation.self, row.document, entity: "observation", id: row.entityId))
            }
        }
        return result.sorted
    }

    /// True when nothing was ever recorded in the store: no history and no job postings.
    public func isNew() throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM history) AND NOT EXISTS (SELECT 1 FROM posting)") ?? true
        }
    }

    /// Ids of the sources in the store.
    public func sourceIDs() throws -> Set<Source.ID> {
        Set(try writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM source") }.map { Source.ID($0) })
    }
}

/// How model values are kept in the store: canonical JSON, keys sorted, so that equal values
/// give equal text.
enum Documents {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ document: String, entity: String, id: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(document.utf8))
        } catch {
            throw StoreError.corruptDocument(entity: entity, id: id, reason: "\(error)")
        }
    }
}
