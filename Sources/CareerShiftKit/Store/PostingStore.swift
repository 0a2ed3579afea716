import Foundation
import GRDB
import GRDBSQLite

extension Store {
    /// Reads the postings file at `path` and stores every new posting in one transaction, with
    /// the counts reports need. Re-importing the same file stores nothing new.
    ///
    /// The file is read and classified on a thread of its own while this one stores; see
    /// `PostingAppender` for how duplicates are found without a per-row index lookup.
    public func importPostings(
        path: String, reader: PostingReader, progress: ((Int64, Int64) -> Void)? = nil
    ) throws -> PostingSummary {
        try importPostings(path: path, reader: reader, progress: progress, runLength: 1 << 17, blockKeys: PostingKeyBlocks.blockKeys)
    }

    /// `runLength`: how many duplicate keys are sorted in memory at a time; `blockKeys`: how
    /// many keys a stored block of keys holds. Tests vary both.
    func importPostings(
        path: String, reader: PostingReader, progress: ((Int64, Int64) -> Void)?, runLength: Int, blockKeys: Int
    ) throws -> PostingSummary {
        let importedAt = timestamp
        return try writer.writeWithoutTransaction { db in
            var summary = PostingSummary()
            let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -8000")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
            try db.inTransaction(.immediate) {
                try db.execute(
                    sql: "INSERT INTO postingBatch (file, importedAt, rowsRead, stored, duplicates, rejected) VALUES (?, ?, 0, 0, 0, 0)",
                    arguments: [path, importedAt])
                let batch = db.lastInsertedRowID
                try Self.recordTaxonomy(db, reader.classifier.taxonomy, purpose: "postings import", at: importedAt)
                let appender = try PostingAppender(db, batch: batch, roles: reader.classifier.roles.map(\.id.rawValue), runLength: runLength, blockKeys: blockKeys)
                summary = try readAndStore(path: path, reader: reader, progress: progress, keys: appender.keys) { try appender.append($0) }
                summary.remove(try appender.finish(counter: &reader.counter))
                summary.aggregates = reader.counter.aggregates(roles: reader.classifier.roles)
                reader.counter = PostingCounter()
                try db.execute(
                    sql: "UPDATE postingBatch SET rowsRead = ?, stored = ?, duplicates = ?, rejected = ? WHERE id = ?",
                    arguments: [summary.rowsRead, summary.stored, summary.duplicates, summary.rejected, batch])
                try Self.addCounts(db, summary.aggregates)
                return .commit
            }
            return summary
        }
    }

    /// The number `postingRole` gives role `id`, adding it if new.
    static func roleNumber(_ db: Database, _ id: String) throws -> Int64 {
        try db.execute(sql: "INSERT OR IGNORE INTO postingRole (role) VALUES (?)", arguments: [id])
        return try Int64.fetchOne(db, sql: "SELECT id FROM postingRole WHERE role = ?", arguments: [id])!
    }

    static func error(_ code: Int32, _ connection: OpaquePointer?) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
    }

    static func addCounts(_ db: Database, _ aggregates: PostingAggregates) throws {
        let count = try db.makeStatement(sql: """
            INSERT INTO postingCount (month, role, genai, city, pay, n) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (month, role, genai, city, pay) DO UPDATE SET n = n + excluded.n
            """)
        for (key, n) in aggregates.counts {
            try count.execute(arguments: [key.month ?? -1, key.role ?? "", key.genai.map { $0 ? 1 : 0 } ?? -1, key.city ?? "", key.pay.rawValue, n])
        }
        let pay = try db.makeStatement(sql: """
            INSERT INTO postingPay (role, head, month, monthly, annual, n) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (role, head, month, monthly, annual) DO UPDATE SET n = n + excluded.n
            """)
        for (key, n) in aggregates.pay {
            try pay.execute(arguments: [key.role ?? "", key.head ?? "", key.month ?? -1, key.monthly, key.annual, n])
        }
    }

    /// The posting counts reports use (read from the maintained tables, not the postings).
    public func postingAggregates() throws -> PostingAggregates {
        try writer.read { db in
            var aggregates = PostingAggregates()
            let rows = try Row.fetchCursor(db, sql: "SELECT month, role, genai, city, pay, n FROM postingCount")
            while let row = try rows.next() {
                let month: Int = row[0], role: String = row[1], genai: Int = row[2], city: String = row[3], pay: Int = row[4], n: Int = row[5]
                aggregates.counts[.init(month: month < 0 ? nil : month, role: role.isEmpty ? nil : role, genai: genai < 0 ? nil : genai == 1,
                                        city: city.isEmpty ? nil : city, pay: PostingPay(rawValue: pay) ?? .none), default: 0] += n
            }
            let pays = try Row.fetchCursor(db, sql: "SELECT role, head, month, monthly, annual, n FROM postingPay")
            while let row = try pays.next() {
                let role: String = row[0], head: String = row[1], month: Int = row[2], monthly: Int64 = row[3], annual: Int64 = row[4], n: Int = row[5]
                aggregates.pay[.init(role: role.isEmpty ? nil : role, head: head.isEmpty ? nil : head, month: month < 0 ? nil : month,
                                     monthly: monthly, annual: annual), default: 0] += n
            }
            return aggregates
        }
    }

    /// The most frequent titles no role name matched, most frequent first.
    public func unclassifiedTitles(top: Int) throws -> [(title: String, count: Int)] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT title, COUNT(*) AS n FROM posting WHERE role IS NULL GROUP BY title ORDER BY n DESC, title LIMIT ?
                """, arguments: [top]).map { ($0["title"], $0["n"]) }
        }
    }

    /// Every distinct stored title and tags cell with how many postings have them, handed to
    /// `body` one by one (so memory stays flat); returns the number of postings.
    public func eachTitle(_ body: (String, String?, Int) throws -> Void) throws -> Int {
        try writer.read { db in
            var total = 0
            let rows = try Row.fetchCursor(db, sql: "SELECT title, tags, COUNT(*) FROM posting GROUP BY title, tags")
            while let row = try rows.next() {
                let count: Int = row[2]
                total += count
                try body(row[0], row[1], count)
            }
            return total
        }
    }

    /// Classifies every stored title again (after a taxonomy change) and rebuilds the counts;
    /// returns how many postings changed role.
    public func reclassifyPostings(with classifier: TitleClassifier) throws -> Int {
        let instant = timestamp
        return try writer.writeWithoutTransaction { db in
            var changed = 0
            try db.inTransaction(.immediate) {
                try Self.recordTaxonomy(db, classifier.taxonomy, purpose: "reclassify", at: instant)
                let roles = try classifier.roles.map { try Self.roleNumber(db, $0.id.rawValue) }
                let update = try db.makeStatement(sql: "UPDATE posting SET role = ?, genai = ?, head = ? WHERE id = ?")
                // In slices of ids, so memory stays flat however many postings there are.
                var last: Int64 = 0
                while true {
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT id, title, role, genai, head, tags FROM posting WHERE id > ? ORDER BY id LIMIT 50000", arguments: [last])
                    guard let final = rows.last else { break }
                    last = final[0]
                    for row in rows {
                        let title: String = row[1]
                        let old: Int64? = row[2], oldGenAI: Int64? = row[3], oldHead: Int64? = row[4]
                        let tags: String? = row[5]
                        let match = classifier.classify(Array(title.utf8)[...], tags: tags.map { Array($0.utf8)[...] })
                        let new = match.map { roles[$0.role] }
                        let genai: Int64 = match?.genai == true ? 1 : 0
                        let head = match?.head.map { roles[$0] }
                        if new != old { changed += 1 }
                        if new != old || genai != oldGenAI || head != oldHead {
                            try update.execute(arguments: [new, genai, head, row[0] as Int64])
                        }
                    }
                }
                try db.execute(sql: "DELETE FROM postingCount")
                try db.execute(sql: "DELETE FROM postingPay")
                // Months are computed in Swift (calendar months of day numbers), so rebuild by scanning.
                var aggregates = PostingAggregates()
                let all = try Row.fetchCursor(db, sql: """
                    SELECT p.postedOn, r.role, p.city, p.pay, p.payMonthly, p.payAnnual, p.genai, h.role
                    FROM posting p LEFT JOIN postingRole r ON r.id = p.role LEFT JOIN postingRole h ON h.id = p.head
                    """)
                while let row = try all.next() {
                    let day: Int? = row[0]
                    aggregates.add(
                        .init(month: day.map { PostingAggregates.month(of: Day(ordinal: $0)) }, role: row[1], genai: (row[6] as Int?) == 1,
                              city: row[2], pay: PostingPay(rawValue: row[3]) ?? .none),
                        head: row[7], monthly: row[4], annual: row[5])
                }
                try Self.addCounts(db, aggregates)
                return .commit
            }
            return changed
        }
    }

    /// Postings stored before careershift read GenAI flags and occupation heads (store
    /// migration v6), waiting for `postings reclassify`; read from the counts, not the postings.
    public func postingsUnread() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(n), 0) FROM postingCount WHERE genai < 0") ?? 0 }
    }

    /// How many postings the store holds.
    public func postingCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM posting") ?? 0 }
    }
}
