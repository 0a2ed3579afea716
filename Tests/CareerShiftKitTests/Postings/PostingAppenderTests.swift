import Foundation
import GRDB
import Testing
@testable import CareerShiftKit

@Suite("Storing postings: duplicates, sorted keys, the reading thread")
struct PostingAppenderTests {
    static let options = PostingOptions(dates: PostingDates(year: 2024, crawled: Day(2024, 12, 31)))
    static let titles = ["大模型算法工程师", "AI产品经理", "LLM Test Engineer", "数据标注员", "会计", "Prompt工程师"]

    /// A file of `distinct` postings and `repeats` repeats of earlier ones (same company, title,
    /// city and date, but another pay, so the one kept can be told apart), in a shuffled order
    /// fixed by `seed`.
    static func file(distinct: Int, repeats: Int, seed: UInt64, offset: Int = 0) throws -> String {
        var random = seed
        func next(_ n: Int) -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int((random >> 33) % UInt64(n))
        }
        func row(_ i: Int, pay: String) -> String {
            "\(titles[i % titles.count]),\(pay),城市\(i % 7),公司\(i),2024-0\(1 + i % 9)-1\(i % 10)"
        }
        var rows = (0..<distinct).map { row($0 + offset, pay: "\(10 + $0 % 20)K") }
        for _ in 0..<repeats {
            let original = next(rows.count)
            let copy = row(Int(rows[original].split(separator: ",")[3].dropFirst(2))!, pay: "99K")
            rows.insert(copy, at: original + 1 + next(rows.count - original))
        }
        return try PostingTests.file("title,salary,location,company,date\n" + rows.joined(separator: "\n") + "\n")
    }

    /// What the store should hold after reading `paths` in order: the first posting of each key.
    static func expected(_ paths: [String]) throws -> PostingSummary {
        var keys = Set<Int64>()
        var total = PostingSummary()
        for path in paths {
            let summary = try PostingReader(taxonomy: .standard, options: options).read(path: path) { keys.insert($0.duplicateKey).inserted }
            total.stored += summary.stored
            total.duplicates += summary.duplicates
            total.aggregates.merge(summary.aggregates)
        }
        return total
    }

    @Test("duplicates within a file (whatever the runs of sorted keys) and across imports are skipped, keeping the first",
          arguments: [1, 7, 40, 1000], [1, 3, 64, 1024])
    func duplicates(runLength: Int, blockKeys: Int) throws {
        let first = try Self.file(distinct: 300, repeats: 80, seed: 1)
        let second = try Self.file(distinct: 200, repeats: 30, seed: 2, offset: 250)
        defer { for path in [first, second] { try? FileManager.default.removeItem(atPath: path) } }
        let store = try Fixtures.store()
        let one = try store.importPostings(path: first, reader: PostingReader(taxonomy: .standard, options: Self.options), progress: nil, runLength: runLength, blockKeys: blockKeys)
        #expect(one.stored == 300 && one.duplicates == 80)
        let two = try store.importPostings(path: second, reader: PostingReader(taxonomy: .standard, options: Self.options), progress: nil, runLength: runLength, blockKeys: blockKeys)
        #expect(two.stored == 150 && two.duplicates == 80)
        let expected = try Self.expected([first, second])
        #expect(try store.postingCount() == 450)
        #expect(try store.postingAggregates() == expected.aggregates, "counts and pay of the first posting of each key")
        #expect(one.aggregates.total + two.aggregates.total == 450)
        let none = try store.importPostings(path: first, reader: PostingReader(taxonomy: .standard, options: Self.options), progress: nil, runLength: runLength, blockKeys: blockKeys)
        #expect(none.stored == 0 && none.duplicates == 380 && none.aggregates.total == 0 && none.unclassified == 0)
        #expect(try store.postingAggregates() == expected.aggregates)
        #expect(try PostingKeyBlocksTests.stored(store) == PostingKeyBlocksTests.keys(of: store), "one key per posting kept")
    }

    @Test("ids keep counting up after duplicates at the end are deleted")
    func idsAfterDeletes() throws {
        let path = try PostingTests.file("title,company,date\nAI产品经理,甲,2024-05-03\nAI产品经理,甲,2024-05-03\n")
        let next = try PostingTests.file("title,company,date\nAI运营,乙,2024-05-03\nAI产品经理,甲,2024-05-03\nAI运营,丙,2024-05-03\n")
        defer { for p in [path, next] { try? FileManager.default.removeItem(atPath: p) } }
        let store = try Fixtures.store()
        _ = try store.importPostings(path: path, reader: PostingReader(taxonomy: .standard, options: Self.options))
        let summary = try store.importPostings(path: next, reader: PostingReader(taxonomy: .standard, options: Self.options))
        #expect(summary.stored == 2 && summary.duplicates == 1)
        let rows = try store.writer.read { db in try Row.fetchAll(db, sql: "SELECT id, company FROM posting ORDER BY id") }
        #expect(rows.map { $0[1] as String } == ["甲", "乙", "丙"])
        #expect(rows.map { $0[0] as Int64 } == [1, 2, 4], "ids go on from the largest kept")
        #expect(try PostingKeyBlocksTests.stored(store) == PostingKeyBlocksTests.keys(of: store), "every posting kept has its key stored")
    }

    struct Refused: Error, Equatable {}

    @Test("an error while storing stops the reading thread and is the one reported")
    func storeError() throws {
        let path = try Self.file(distinct: 5000, repeats: 0, seed: 3)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var batches = 0
        #expect(throws: Refused.self) {
            _ = try readAndStore(path: path, reader: PostingReader(taxonomy: .standard, options: Self.options), progress: nil) { _ in
                batches += 1
                if batches == 2 { throw Refused() }
            }
        }
        #expect(batches == 2)
    }

    @Test("an error while reading is reported and nothing is stored")
    func readError() throws {
        let store = try Fixtures.store()
        #expect(throws: PostingFileProblem.self) {
            _ = try store.importPostings(path: "/nonexistent/postings.csv", reader: PostingReader(taxonomy: .standard, options: Self.options))
        }
        #expect(try store.postingCount() == 0)
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM postingBatch") } == 0)
    }

    @Test("all batches reach the store in order")
    func order() throws {
        let path = try Self.file(distinct: 5000, repeats: 0, seed: 4)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var companies: [String] = []
        let reader = PostingReader(taxonomy: .standard, options: Self.options)
        let summary = try readAndStore(path: path, reader: reader, progress: nil) { batch in
            companies += batch.rows.compactMap { batch.string($0.company) }
            #expect(batch.rows.compactMap { batch.string($0.title) }.count == batch.count)
        }
        #expect(summary.stored == 5000)
        #expect(summary.aggregates.total == 0 && reader.counter.aggregates(roles: reader.classifier.roles).total == 5000,
                "the counts are left to the store, which takes duplicates off first")
        #expect(companies == (0..<5000).map { "公司\($0)" })
    }
}

@Suite("Sorted runs of duplicate keys")
struct KeyRunsTests {
    @Test("keys come back sorted by key, then by the order they were added, from memory or from runs on disk", arguments: [1, 3, 64, 1000, 1 << 17])
    func sorted(runLength: Int) throws {
        var random: UInt64 = 42
        var keys: [Int64] = []
        for _ in 0..<5000 {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            // Few distinct values, so equal keys are common and their order is tested.
            keys.append(Int64(bitPattern: random >> 54) - 512)
        }
        let runs = KeyRuns(runLength: runLength)
        for key in keys { try runs.add(key) }
        #expect(runs.total == 5000)
        var out: [KeyRuns.Entry] = []
        try runs.forEachSorted { out.append($0) }
        #expect(out == keys.enumerated().map { KeyRuns.Entry(key: $1, sequence: Int64($0)) }.sorted())
        #expect(zip(out, out.dropFirst()).allSatisfy { $0.key < $1.key || ($0.key == $1.key && $0.sequence < $1.sequence) })
    }

    @Test("no keys, no entries")
    func empty() throws {
        var count = 0
        try KeyRuns(runLength: 4).forEachSorted { _ in count += 1 }
        #expect(count == 0)
    }
}
