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
        return migrator
    }

    /// Identifiers of every migration this version knows, oldest first.
    static var known: [String] { migrator.migrations }
}
