import Foundation
import Testing
@testable import CareerShiftKit

@Suite("Store")
struct StoreTests {
    @Test("upsert by id: added, changed, unchanged")
    func upsert() throws {
        let store = try Fixtures.store()
        let first = try store.upsert(CaseFile(sources: [Fixtures.source], cases: [Fixtures.entry("a"), Fixtures.entry("b")]))
        #expect(first.total == .init(added: 3, changed: 0, unchanged: 0))
        let again = try store.upsert(CaseFile(sources: [Fixtures.source], cases: [Fixtures.entry("a"), Fixtures.entry("b")]))
        #expect(again.total == .init(added: 0, changed: 0, unchanged: 3))
        #expect(again.description.hasPrefix("0 added, 0 changed, 3 unchanged"))
        var edited = Fixtures.entry("b")
        edited.outcome = .searching
        let third = try store.upsert(CaseFile(cases: [edited]))
        #expect(third.cases == .init(added: 0, changed: 1, unchanged: 0))
        #expect(try store.case("b")?.outcome == .searching)
        #expect(try store.cases().map(\.id) == ["a", "b"])
    }

    @Test("every change is kept in history, removals included")
    func history() throws {
        let store = try Fixtures.store()
        try store.upsert(CaseFile(sources: [Fixtures.source], cases: [Fixtures.entry("a")]))
        var edited = Fixtures.entry("a")
        edited.outcome = .gaveUp
        try store.upsert(CaseFile(cases: [edited]))
        #expect(try store.removeCase("a"))
        #expect(try store.removeCase("a") == false)
        #expect(try store.case("a") == nil)
        let entries = try store.history(entity: "case", id: "a")
        #expect(entries.map(\.operation) == [.insert, .update, .remove])
        #expect(entries.map(\.recordedAt) == ["2025-01-01T00:00:01.000Z", "2025-01-01T00:00:02.000Z", "2025-01-01T00:00:03.000Z"])
        let removed = try JSONDecoder().decode(Case.self, from: Data(entries[2].document.utf8))
        #expect(removed.outcome == .gaveUp, "the removal keeps the last version")
    }

    @Test("the data as recorded at any instant can be reproduced")
    func asOf() throws {
        let store = try Fixtures.store()
        try store.upsert(CaseFile(sources: [Fixtures.source], cases: [Fixtures.entry("a")]))  // :01
        var edited = Fixtures.entry("a")
        edited.outcome = .returned
        try store.upsert(CaseFile(cases: [edited, Fixtures.entry("b")]))  // :02
        try store.removeCase("a")  // :03
        let before = try store.contents(recordedAtOrBefore: "2025-01-01T00:00:00.500Z")
        #expect(before.cases.isEmpty && before.sources.isEmpty)
        let first = try store.contents(recordedAtOrBefore: "2025-01-01T00:00:01.000Z")
        #expect(first.cases.map(\.id) == ["a"])
        #expect(first.cases[0].outcome == .landed, "a later edit is undone")
        let second = try store.contents(recordedAtOrBefore: "2025-01-01T00:00:02.500Z")
        #expect(second.cases.map(\.id) == ["a", "b"], "a case removed later is present")
        #expect(second.cases[0].outcome == .returned)
        let now = try store.contents(recordedAtOrBefore: "2099-01-01T00:00:00.000Z")
        #expect(now == (try store.contents()).sorted)
    }

    @Test("a dry run writes nothing")
    func dryRun() throws {
        let store = try Fixtures.store()
        let summary = try store.upsert(CaseFile(sources: [Fixtures.source], cases: [Fixtures.entry("a")]), dryRun: true)
        #expect(summary.total.added == 2)
        #expect(try store.cases().isEmpty)
        #expect(try store.history().isEmpty)
    }

    @Test("a case citing an unknown source is refused and nothing of the batch remains")
    func unknownSource() throws {
        let store = try Fixtures.store()
        var orphan = Fixtures.entry("z")
        orphan.sources = ["nowhere"]
        #expect(throws: StoreError.unknownSources(entry: "case z", sources: ["nowhere"])) {
            try store.upsert(CaseFile(sources: [Fixtures.source], cases: [Fixtures.entry("a"), orphan]))
        }
        #expect(try store.cases().isEmpty)
        #expect(try store.sources().isEmpty)
        #expect(try store.history().isEmpty)
    }

    @Test("sources are stored with an explicit visibility")
    func visibility() throws {
        let store = try Fixtures.store()
        try store.upsert(CaseFile(sources: [Source(id: "s", title: "T", visibility: nil)]))
        #expect(try store.sources().first?.visibility == .private)
    }

    @Test("a database from a newer careershift is refused and left untouched")
    func newerSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careershift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        let store = try Store.open(path: path)
        #expect(try store.schemaVersions() == Migrations.known)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        #expect(throws: StoreError.newerSchema(path: path, unknown: ["v99: from the future"])) {
            try Store.open(path: path)
        }
    }

    @Test("a file that is not a database is refused with a clear message")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("careershift-\(UUID().uuidString).sqlite").path
        try Data("hello, not sqlite".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StoreError.cannotOpen(path: path, reason: "not a SQLite database")) {
            try Store.open(path: path)
        }
    }
}
