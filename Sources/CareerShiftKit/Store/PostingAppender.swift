import Foundation
import GRDB
import GRDBSQLite

private let empty: StaticString = ""

/// Appends the postings of one import to the store, then removes the duplicates.
///
/// Postings are appended in the order read, with ids counted up from the largest stored one, so
/// no index is updated per row. Their duplicate keys go into `KeyRuns`, sorted; at the end they
/// are merged into the stored keys (`PostingKeyBlocks`) in one pass in key order, so the keys are
/// read and written sequentially rather than at random pages, and the time of an import grows
/// linearly with its size. Equal keys within the import sit next to each other in that order; a
/// key stored already marks a duplicate too. The first posting read with a key is the one kept.
/// `finish()` deletes the duplicates' rows and says what they had added to the counts.
///
/// SQLite's C API is used directly, with several rows per statement and texts bound without
/// copies: with millions of rows, per-statement and per-value overheads are most of the cost.
final class PostingAppender {
    private let connection: OpaquePointer?
    private let insertOne: Statement
    private let insertGroup: Statement
    private let blocks: PostingKeyBlocks
    private let batch: Int64
    /// The `postingRole` number of each of the classifier's roles, and the reverse.
    private let roleIDs: [Int64]
    private let roleIndex: [Int64: Int]
    /// The id of the first posting of this import; the others follow in the order read.
    private let firstID: Int64
    @exclusivity(unchecked)
    private var nextID: Int64
    /// Duplicates found so far (their ids are in `temp.postingDuplicate`).
    @exclusivity(unchecked)
    private var duplicates = 0
    private let db: Database
    private let markDuplicate: Statement

    static let group = 16
    static let columns = 14

    init(_ db: Database, batch: Int64, roles: [String], runLength: Int = 1 << 17,
         blockKeys: Int = PostingKeyBlocks.blockKeys) throws {
        keys = KeyRuns(runLength: runLength)
        connection = db.sqliteConnection
        func rows(_ count: Int, _ values: String) -> String {
            Array(repeating: values, count: count).joined(separator: ", ")
        }
        let row = "(" + Array(repeating: "?", count: Self.columns).joined(separator: ", ") + ")"
        let insert = "INSERT INTO posting (id, title, company, city, postedOn, role, pay, payMonthly, payAnnual, payText, batch, genai, head, tags) VALUES "
        insertOne = try db.makeStatement(sql: insert + row)
        insertGroup = try db.makeStatement(sql: insert + rows(Self.group, row))
        blocks = try PostingKeyBlocks(db, blockKeys: blockKeys)
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS postingDuplicate (id INTEGER PRIMARY KEY)")
        // The duplicates' ids can be every row of a file imported again: their table's pages go to
        // a temporary file beyond 1 MiB of cache rather than add to the peak memory (re-importing
        // 1M rows: 59–60 MB with this, 64–66 MB with SQLite's default 2 MiB; a few seconds slower).
        try db.execute(sql: "PRAGMA temp.cache_size = -1024")
        try db.execute(sql: "DELETE FROM temp.postingDuplicate")
        markDuplicate = try db.makeStatement(sql: "INSERT INTO temp.postingDuplicate (id) VALUES (?)")
        self.db = db
        self.batch = batch
        roleIDs = try roles.map { try Store.roleNumber(db, $0) }
        roleIndex = Dictionary(roleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        firstID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM posting") ?? 0) + 1
        nextID = firstID
    }

    /// The duplicate keys of the postings appended, in the order appended: the reading thread
    /// adds them.
    let keys: KeyRuns
    /// Appends a batch of postings.
    func append(_ batch: PostingBatch) throws {
        var start = 0
        while batch.count - start >= Self.group {
            try insert(batch, start..<start + Self.group, with: insertGroup)
            start += Self.group
        }
        while start < batch.count {
            try insert(batch, start..<start + 1, with: insertOne)
            start += 1
        }
    }

    private func insert(_ batch: PostingBatch, _ range: Range<Int>, with statement: Statement) throws {
        let handle = statement.sqliteStatement
        try batch.text.withUnsafeBufferPointer { bytes in
            let base = UnsafeRawPointer(bytes.baseAddress ?? empty.utf8Start).assumingMemoryBound(to: CChar.self)
            // Bound without copies: the bytes stay put while SQLite runs the statement.
            func text(_ index: Int32, _ span: (start: Int, count: Int)) {
                if span.start < 0 {
                    sqlite3_bind_null(handle, index)
                } else {
                    sqlite3_bind_text(handle, index, base + span.start, Int32(span.count), nil)
                }
            }
            for (n, i) in range.enumerated() {
                let row = batch.rows[i]
                let at = Int32(n * Self.columns)
                let id = nextID
                nextID += 1
                sqlite3_bind_int64(handle, at + 1, id)
                text(at + 2, row.title)
                text(at + 3, row.company)
                text(at + 4, row.city)
                integer(handle, at + 5, row.day)
                integer(handle, at + 6, row.role.map { roleIDs[$0] })
                sqlite3_bind_int64(handle, at + 7, Int64(row.pay.rawValue))
                integer(handle, at + 8, row.payMonthly)
                integer(handle, at + 9, row.payAnnual)
                text(at + 10, row.payText)
                sqlite3_bind_int64(handle, at + 11, self.batch)
                sqlite3_bind_int64(handle, at + 12, row.genai ? 1 : 0)
                integer(handle, at + 13, row.head.map { roleIDs[$0] })
                text(at + 14, row.tags)
            }
            // The texts are unbound before the bytes they point into go away.
            defer { sqlite3_clear_bindings(handle) }
            try step(handle)
        }
    }

    /// Notes a duplicate posting, to be deleted by `finish()`.
    private func removePosting(_ id: Int64) throws {
        let handle = markDuplicate.sqliteStatement
        sqlite3_bind_int64(handle, 1, id)
        try step(handle)
        duplicates += 1
    }

    /// Checks the keys of all postings appended, then deletes the duplicates (in id order, so
    /// pages are visited in sequence), takes them off `counter` (the counts of all postings
    /// appended) and says how many there were.
    func finish(counter: inout PostingCounter) throws -> PostingSummary.Removed {
        guard keys.total == nextID - firstID else {
            throw DatabaseError(message: "internal error: \(keys.total) keys for \(nextID - firstID) postings")
        }
        // A key met before (earlier in the file, or stored already) makes its posting a duplicate.
        try blocks.merge({ try keys.forEachSorted($0) }) { try removePosting(firstID + $0) }
        var removed = PostingSummary.Removed()
        guard duplicates > 0 else { return removed }
        // In slices of ids, so memory stays flat however many duplicates there are (all of a
        // file's rows, when it is imported again).
        var last = Int64.min
        while let end = try Int64.fetchOne(
            db, sql: "SELECT MAX(id) FROM (SELECT id FROM temp.postingDuplicate WHERE id > ? ORDER BY id LIMIT 20000)", arguments: [last]) {
            let slice = "SELECT id FROM temp.postingDuplicate WHERE id > ? AND id <= ?"
            let rows = try Row.fetchCursor(db, sql: """
                SELECT postedOn, role, city, pay, payMonthly, payAnnual, COUNT(*), genai, head
                FROM posting WHERE id IN (\(slice))
                GROUP BY postedOn, role, city, pay, payMonthly, payAnnual, genai, head
                """, arguments: [last, end])
            while let row = try rows.next() {
                let day: Int? = row[0], role: Int64? = row[1], count: Int = row[6]
                removed.count += count
                if role == nil { removed.unclassified += count }
                if day == nil { removed.undated += count }
                // Taken off the running counts, which have integer keys: a whole file imported
                // again would otherwise make a second full set of counts keyed by strings.
                var posting = Posting(title: "", pay: PostingPay(rawValue: row[3]) ?? .none)
                posting.day = day.map { Day(ordinal: $0) }
                posting.role = role.flatMap { roleIndex[$0] }
                posting.genai = (row[7] as Int?) == 1
                posting.head = (row[8] as Int64?).flatMap { roleIndex[$0] }
                posting.city = row[2]
                posting.payMonthly = row[4]
                posting.payAnnual = row[5]
                counter.add(posting, count: -count)
            }
            try db.execute(sql: "DELETE FROM posting WHERE id IN (\(slice))", arguments: [last, end])
            last = end
        }
        try db.execute(sql: "DELETE FROM temp.postingDuplicate")
        return removed
    }

    private func step(_ statement: OpaquePointer?) throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else { throw Store.error(code, connection) }
    }

    private func integer(_ statement: OpaquePointer?, _ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }
}
