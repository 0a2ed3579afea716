import Foundation
import GRDB
import Testing
@testable import CareerShiftKit

@Suite("Store upgrades")
struct StoreUpgradeTests {
    static let fixture = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/store-v2.sqlite")
    /// Made by the first release (schema v1: cases, observations, sources, history) from the
    /// bundled cases and one `careershift add`.
    static let firstRelease = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/store-v1.sqlite")

    /// A copy of `fixture` in a folder of its own; `cleanUp` removes the folder.
    static func copy(_ fixture: URL) throws -> (path: String, cleanUp: () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("store.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return (path, { try? FileManager.default.removeItem(at: folder) })
    }

    /// Everything a database holds, table by table, as text: equal for two files with the same
    /// content however their pages are laid out.
    static func dump(_ path: String) throws -> [String: [String]] {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration).read { db in
            var tables: [String: [String]] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY 1").map(\.description)
            }
            return tables
        }
    }

    @Test("a store of the first released schema (v1) is copied next to itself, then migrates with its cases and history")
    func fromV1() throws {
        let (path, cleanUp) = try Self.copy(Self.firstRelease)
        defer { cleanUp() }
        let original = try Self.dump(Self.firstRelease.path)
        #expect(original["grdb_migrations"]?.count == 1 && original["history"]?.count == 30)
        let store = try Store.open(path: path)
        #expect(store.upgradeBackup == path + ".v1-backup")
        #expect(try Self.dump(path + ".v1-backup") == original, "the copy holds what the file held before the upgrade")
        #expect(try store.schemaVersions() == Migrations.known)
        #expect(try store.cases().count == 8)
        #expect(try store.case(Case.ID("huxiu-2024-wenyue"))?.persona.name == "文悦")
        #expect(try store.history().count == 30)
        #expect(try store.observations().count == 20)
        // The upgraded store takes new cases and postings.
        let summary = try store.upsert(CaseFile(sources: [Fixtures.source], cases: [Fixtures.entry("after-upgrade")]))
        #expect(summary.cases.added == 1)
        #expect(try store.importPostings(path: PostingStoreTests.sample, reader: PostingReader(taxonomy: .standard, options: PostingStoreTests.options)).stored > 0)
        // Opening it again finds nothing to upgrade, so makes no second copy.
        #expect(try Store.open(path: path).upgradeBackup == nil)
        #expect(!FileManager.default.fileExists(atPath: path + ".v1-backup-2"))
    }

    @Test("an existing copy is never replaced: the next one gets another name")
    func backupNames() throws {
        let (path, cleanUp) = try Self.copy(Self.firstRelease)
        defer { cleanUp() }
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path + ".v1-backup"))
        #expect(try Store.open(path: path).upgradeBackup == path + ".v1-backup-2")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".v1-backup")) == Data("keep me".utf8))
    }

    @Test("a new file or an up-to-date one is not copied")
    func noBackup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new.sqlite").path
        #expect(try Store.open(path: path).upgradeBackup == nil)
        #expect(try Store.open(path: path).upgradeBackup == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("backup") }.isEmpty)
    }

    @Test("a database from a newer schema is refused, its file byte for byte unchanged, and not copied",
          arguments: ["store.sqlite", "数据 #1?%20.sqlite"])
    func newerUntouched(name: String) throws {
        let (copied, cleanUp) = try Self.copy(Self.firstRelease)
        defer { cleanUp() }
        let path = ((copied as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        if path != copied { try FileManager.default.moveItem(atPath: copied, toPath: path) }
        _ = try Store.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let backups = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).sorted()
        #expect(throws: StoreError.newerSchema(path: path, unknown: ["v99: from the future"])) { try Store.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).sorted() == backups)
    }


    @Test("a store of the first released postings schema (v2) migrates with its postings, keys and counts")
    func fromV2() throws {
        let (path, cleanUp) = try Self.copy(Self.fixture)
        defer { cleanUp() }
        let before = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM posting")!, try Int.fetchOne(db, sql: "SELECT SUM(n) FROM postingCount")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM transitionCase")!)
        }
        #expect(before == (2936, 2936, 7))
        let store = try Store.open(path: path)
        #expect(store.upgradeBackup == path + ".v2-backup")
        #expect(try store.postingCount() == 2936)
        #expect(try store.postingAggregates().total == 2936)
        #expect(try store.cases().count == 7)
        #expect(try PostingKeyBlocksTests.stored(store) == PostingKeyBlocksTests.keys(of: store), "the keys moved into blocks")
        #expect(try PostingKeyBlocksTests.stored(store).count == 2936)
        // Roles became numbers: classifying again with the same taxonomy (version 1, which made
        // the fixture) changes nothing.
        let counts = try store.postingAggregates()
        // Postings stored before v6 were never read for GenAI flags and occupation heads: the
        // counts say so (and reports show those figures as unknown) until a reclassify.
        let unreadBefore = try store.postingsUnread()
        #expect(counts.unread == 2936 && unreadBefore == 2936)
        let v1 = try Taxonomy.load(path: Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/taxonomy-v1.yaml").path)
        #expect(try store.reclassifyPostings(with: TitleClassifier(taxonomy: v1)) == 0)
        let reread = try store.postingAggregates()
        let unreadAfter = try store.postingsUnread()
        #expect(reread.unread == 0 && unreadAfter == 0)
        func byRole(_ a: PostingAggregates) -> [PostingAggregates.Key: Int] {
            var result: [PostingAggregates.Key: Int] = [:]
            for (key, n) in a.counts { result[.init(month: key.month, role: key.role, genai: false, city: key.city, pay: key.pay), default: 0] += n }
            return result
        }
        #expect(byRole(reread) == byRole(counts), "the same roles, now with their GenAI flags read")
        #expect(try store.unclassifiedTitles(top: 1000).map(\.count).reduce(0, +) == counts.counts.filter { $0.key.role == nil }.values.reduce(0, +))
        // Keys made by the old release match those made now: the sample stores nothing new.
        let again = try store.importPostings(path: PostingStoreTests.sample, reader: PostingReader(taxonomy: .standard, options: PostingStoreTests.options))
        #expect(again.stored == 0 && again.duplicates == 2983)
    }
}
