import Foundation
import GRDB

/// The store's schema, as named migrations. A released migration is never edited: changes come
/// as new migrations appended here.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sources, cases, observations, history") { db in
            try db.create(table: "source") { t in
                t.primaryKey("id", .text)
                t.column("visibility", .text).notNull().check { ["public", "private"].contains($0) }
                t.column("document", .text).notNull()
                t.column("recordedAt", .text).notNull()
            }
            try db.create(table: "transitionCase") { t in
                t.primaryKey("id", .text)
                t.column("document", .text).notNull()
                t.column("recordedAt", .text).notNull()
            }
            try db.create(table: "observation") { t in
                t.primaryKey("id", .text)
                t.column("document", .text).notNull()
                t.column("recordedAt", .text).notNull()
            }
            for (table, owner) in [("caseSource", "transitionCase"), ("observationSource", "observation")] {
                try db.create(table: table) { t in
                    t.column("entryId", .text).notNull().references(owner, onDelete: .cascade)
                    t.column("sourceId", .text).notNull().references("source", onDelete: .restrict)
                    t.primaryKey(["entryId", "sourceId"])
                }
                try db.create(index: "\(table)_sourceId", on: table, columns: ["sourceId"])
            }
            try db.create(table: "history") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("entity", .text).notNull().check { ["source", "case", "observation"].contains($0) }
                t.column("entityId", .text).notNull()
                t.column("operation", .text).notNull().check { ["insert", "update", "remove"].contains($0) }
                t.column("recordedAt", .text).notNull()
                t.column("document", .text).notNull()
            }
            try db.create(index: "history_entity", on: "history", columns: ["entity", "entityId", "seq"])
            try db.create(index: "history_recordedAt", on: "history", columns: ["recordedAt"])
        }
        migrator.registerMigration("v2: job postings") { db in
            try db.create(table: "postingBatch") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("file", .text).notNull()
                t.column("importedAt", .text).notNull()
                t.column("rowsRead", .integer).notNull()
                t.column("stored", .integer).notNull()
                t.column("duplicates", .integer).notNull()
                t.column("rejected", .integer).notNull()
            }
            try db.create(table: "posting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("dedupKey", .integer).notNull().unique()
                t.column("title", .text).notNull()
                t.column("company", .text)
                t.column("city", .text)
                t.column("postedOn", .integer)
                t.column("role", .text)
                t.column("pay", .integer).notNull()
                t.column("payMonthly", .integer)
                t.column("payAnnual", .integer)
                t.column("payText", .text)
                t.column("batch", .integer).notNull().references("postingBatch")
            }
            // Maintained as postings are stored, so reports never scan the postings themselves.
            // Undated postings have month -1; unclassified ones role ''; unknown cities ''.
            try db.create(table: "postingCount", options: .withoutRowID) { t in
                t.column("month", .integer).notNull()
                t.column("role", .text).notNull()
                t.column("city", .text).notNull()
                t.column("pay", .integer).notNull()
                t.column("n", .integer).notNull()
                t.primaryKey(["month", "role", "city", "pay"])
            }
            try db.create(table: "postingPay", options: .withoutRowID) { t in
                t.column("role", .text).notNull()
                t.column("month", .integer).notNull()
                t.column("monthly", .integer).notNull()
                t.column("annual", .integer).notNull()
                t.column("n", .integer).notNull()
                t.primaryKey(["role", "month", "monthly", "annual"])
            }
        }
        migrator.registerMigration("v3: duplicate keys apart from postings") { db in
            // Duplicate keys get a table of their own, filled in key order after each import,
            // and postings are appended in arrival order with no index to maintain per row: a
            // unique index on a hash takes each insert to a random page, which makes large
            // imports slow and, once the index outgrows memory, slower than linear.
            // Each key with the posting kept for it (the first one read); postings no longer
            // carry their keys.
            try db.execute(sql: "CREATE TABLE postingKey (key INTEGER PRIMARY KEY, posting INTEGER NOT NULL)")
            try db.execute(sql: "INSERT OR IGNORE INTO postingKey (key, posting) SELECT dedupKey, id FROM posting ORDER BY dedupKey, id")
            // Roles by number: a posting row carries a small integer, not the role's id text.
            try db.execute(sql: "CREATE TABLE postingRole (id INTEGER PRIMARY KEY, role TEXT NOT NULL UNIQUE)")
            try db.execute(sql: "INSERT INTO postingRole (role) SELECT DISTINCT role FROM posting WHERE role IS NOT NULL ORDER BY role")
            try db.create(table: "newPosting") { t in
                t.primaryKey("id", .integer)
                t.column("title", .text).notNull()
                t.column("company", .text)
                t.column("city", .text)
                t.column("postedOn", .integer)
                t.column("role", .integer)
                t.column("pay", .integer).notNull()
                t.column("payMonthly", .integer)
                t.column("payAnnual", .integer)
                t.column("payText", .text)
                t.column("batch", .integer).notNull().references("postingBatch")
            }
            try db.execute(sql: """
                INSERT INTO newPosting (id, title, company, city, postedOn, role, pay, payMonthly, payAnnual, payText, batch)
                SELECT id, title, company, city, postedOn, (SELECT r.id FROM postingRole r WHERE r.role = posting.role),
                       pay, payMonthly, payAnnual, payText, batch
                FROM posting ORDER BY id
                """)
            try db.drop(table: "posting")
            try db.rename(table: "newPosting", to: "posting")
        }
        migrator.registerMigration("v4: duplicate keys in sorted blocks") { db in
            // One row per thousand keys (see `PostingKeyBlocks`) instead of one per key: the
            // distinct keys in order, cut into blocks of 1,024, each stored as its keys' 8 bytes,
            // little-endian, one after another. Written out here, not through
            // `PostingKeyBlocks`, so this migration stays what it was whatever that code becomes.
            try db.execute(sql: "CREATE TABLE postingKeyBlock (first INTEGER PRIMARY KEY, keys BLOB NOT NULL)")
            let keys = try Int64.fetchCursor(db, sql: "SELECT key FROM postingKey ORDER BY key")
            var block: [Int64] = []
            func write() throws {
                guard let first = block.first else { return }
                let bytes = block.map { $0.littleEndian }.withUnsafeBufferPointer { Data(buffer: $0) }
                try db.execute(sql: "INSERT INTO postingKeyBlock (first, keys) VALUES (?, ?)", arguments: [first, bytes])
                block.removeAll(keepingCapacity: true)
            }
            while let key = try keys.next() {
                block.append(key)
                if block.count == 1024 { try write() }
            }
            try write()
            try db.drop(table: "postingKey")
        }
        migrator.registerMigration("v5: the taxonomy that classified the store") { db in
            // One row each time a taxonomy classified postings (import, reclassify) or resolved
            // case files: its version, fingerprint and whole content (JSON), so a report reads the
            // store with the definitions that made it.
            try db.execute(sql: """
                CREATE TABLE taxonomyUse (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    fingerprint TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    content TEXT NOT NULL,
                    purpose TEXT NOT NULL CHECK (purpose IN ('postings import', 'reclassify', 'cases')),
                    usedAt TEXT NOT NULL)
                """)
        }
        migrator.registerMigration("v6: GenAI flag, occupation head and tags of postings") { db in
            // A posting's GenAI flag and its occupation head (the non-AI role its title names,
            // for the AI pay premium within occupations). Postings stored before are not read for
            // either: NULL in `posting`, genai -1 and head '' in the counts, until `postings
            // reclassify` reads them; reports show the GenAI share and premium as unknown till then.
            try db.execute(sql: "ALTER TABLE posting ADD COLUMN genai INTEGER")
            try db.execute(sql: "ALTER TABLE posting ADD COLUMN head INTEGER")
            // The skills or tags cell, where the file had one: reclassifying reads it again.
            try db.execute(sql: "ALTER TABLE posting ADD COLUMN tags TEXT")
            try db.execute(sql: """
                CREATE TABLE newPostingCount (
                    month INTEGER NOT NULL, role TEXT NOT NULL, genai INTEGER NOT NULL, city TEXT NOT NULL, pay INTEGER NOT NULL,
                    n INTEGER NOT NULL, PRIMARY KEY (month, role, genai, city, pay)) WITHOUT ROWID
                """)
            try db.execute(sql: "INSERT INTO newPostingCount SELECT month, role, -1, city, pay, n FROM postingCount")
            try db.drop(table: "postingCount")
            try db.rename(table: "newPostingCount", to: "postingCount")
            try db.execute(sql: """
                CREATE TABLE newPostingPay (
                    role TEXT NOT NULL, head TEXT NOT NULL, month INTEGER NOT NULL, monthly INTEGER NOT NULL, annual INTEGER NOT NULL,
                    n INTEGER NOT NULL, PRIMARY KEY (role, head, month, monthly, annual)) WITHOUT ROWID
                """)
            try db.execute(sql: "INSERT INTO newPostingPay SELECT role, '', month, monthly, annual, n FROM postingPay")
            try db.drop(table: "postingPay")
            try db.rename(table: "newPostingPay", to: "postingPay")
        }
        return migrator
    }

    /// Identifiers of every migration this version knows, oldest first.
    static var known: [String] { migrator.migrations }
}
