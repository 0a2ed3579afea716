import Foundation
import GRDB
import Testing
@testable import CareerShiftKit

@Suite("Stored duplicate keys in sorted blocks")
struct PostingKeyBlocksTests {
    /// Every key in `postingKeyBlock`, in block order, checking that each block is sorted, starts
    /// with its `first`, and lies wholly before the next.
    static func stored(_ db: Database) throws -> [Int64] {
        var all: [Int64] = []
        for row in try Row.fetchAll(db, sql: "SELECT first, keys FROM postingKeyBlock ORDER BY first") {
            let first: Int64 = row[0]
            let data: Data = row[1]
            #expect(data.count > 0 && data.count % 8 == 0)
            let keys = data.withUnsafeBytes { bytes in
                (0..<data.count / 8).map { Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self)) }
            }
            #expect(keys.first == first)
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }, "a block is sorted, without repeats")
            if let last = all.last { #expect(last < first, "blocks do not overlap") }
            all += keys
        }
        return all
    }

    static func stored(_ store: Store) throws -> [Int64] {
        try store.writer.read { try stored($0) }
    }

    /// The duplicate keys of the stored postings, sorted, worked out again from their columns.
    static func keys(of store: Store) throws -> [Int64] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT title, company, city, postedOn FROM posting").map { row in
                var posting = Posting(title: row[0], pay: .none)
                posting.company = row[1]
                posting.city = row[2]
                posting.day = (row[3] as Int?).map { Day(ordinal: $0) }
                return posting.duplicateKey
            }.sorted()
        }
    }

    /// Merges `keys` (in that order, unsorted) into the blocks of `db`, as an import does.
    static func merge(_ keys: [Int64], into db: Database, blockKeys: Int) throws -> [Int64] {
        let entries = keys.enumerated().map { KeyRuns.Entry(key: $1, sequence: Int64($0)) }.sorted()
        var duplicates: [Int64] = []
        try PostingKeyBlocks(db, blockKeys: blockKeys).merge({ body in for entry in entries { try body(entry) } }) { duplicates.append($0) }
        return duplicates
    }

    static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in try db.execute(sql: "CREATE TABLE postingKeyBlock (first INTEGER PRIMARY KEY, keys BLOB NOT NULL)") }
        return queue
    }

    @Test("merges keep every key once, in order, and name each repeat (within a merge or of a stored key)",
          arguments: [1, 2, 3, 5, 64])
    func merges(blockKeys: Int) throws {
        var random: UInt64 = UInt64(blockKeys)
        func next() -> Int64 {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            // A few hundred distinct values, negative and positive, so repeats are common.
            return Int64(bitPattern: random >> 55) - 256
        }
        let queue = try Self.database()
        var reference = Set<Int64>()
        // Merges of several sizes: into no blocks, then among, before and after stored ones.
        for size in [0, 40, 1, 300, 7, 1000, 0, 50] {
            var keys = (0..<size).map { _ in next() }
            if size == 7 { keys = [Int64.min, Int64.min, -10_000, 10_000, Int64.max, Int64.max, 0] }
            var expected: [Int64] = []
            var seen = reference
            for (sequence, key) in keys.enumerated() where !seen.insert(key).inserted { expected.append(Int64(sequence)) }
            let duplicates = try queue.write { try Self.merge(keys, into: $0, blockKeys: blockKeys) }
            #expect(duplicates.sorted() == expected, "repeats of \(size) keys")
            reference.formUnion(keys)
            let stored = try queue.read { try Self.stored($0) }
            #expect(stored == reference.sorted())
            let sizes = try queue.read { db in try Int.fetchAll(db, sql: "SELECT length(keys) / 8 FROM postingKeyBlock") }
            #expect(sizes.allSatisfy { $0 < 2 * blockKeys }, "blocks split before they reach twice their size")
        }
    }

    @Test("a merge with keys for only some blocks leaves the others as they were")
    func untouched() throws {
        let queue = try Self.database()
        _ = try queue.write { try Self.merge(Array(0..<100).map { Int64($0 * 10) }, into: $0, blockKeys: 10) }
        let before = try queue.read { db in try Row.fetchAll(db, sql: "SELECT rowid, first, keys FROM postingKeyBlock ORDER BY first") }
        #expect(before.count == 10)
        #expect(try queue.write { try Self.merge([505, 500], into: $0, blockKeys: 10) } == [1])
        let after = try queue.read { db in try Row.fetchAll(db, sql: "SELECT rowid, first, keys FROM postingKeyBlock ORDER BY first") }
        #expect(after.count == 10)
        #expect(zip(before, after).filter { $0 != $1 }.map { $0.1[1] as Int64 } == [500], "only the block that got a key changed")
    }

    @Test("a damaged block is reported, not read as keys")
    func damaged() throws {
        let queue = try Self.database()
        try queue.write { db in try db.execute(sql: "INSERT INTO postingKeyBlock (first, keys) VALUES (5, x'0102')") }
        #expect(throws: DatabaseError.self) { try queue.write { try Self.merge([7], into: $0, blockKeys: 4) } }
        try queue.write { db in try db.execute(sql: "UPDATE postingKeyBlock SET keys = x'0600000000000000' WHERE first = 5") }
        #expect(throws: DatabaseError.self) { try queue.write { try Self.merge([7], into: $0, blockKeys: 4) } }
    }
}
