import Foundation
import GRDB
import GRDBSQLite

/// The duplicate keys of all stored postings, in `postingKeyBlock`: sorted arrays of distinct
/// keys (8 bytes each, little-endian), one array per row, the row's `first` being its smallest
/// key. Blocks do not overlap, so the blocks in order of `first` list every key in order.
///
/// An import merges its own keys, sorted, into the blocks in one pass: a block that gets no new
/// key is neither read nor written; one that does is read, merged and written again, split in
/// two when it grows past twice `blockKeys`. One row per thousand keys instead of one per key:
/// with millions of postings, SQLite's per-row costs were most of the time spent on keys.
final class PostingKeyBlocks {
    static let blockKeys = 1024

    private let db: Database
    private let connection: OpaquePointer?
    private let blockKeys: Int
    /// The `first` of each block, in order.
    @exclusivity(unchecked)
    private var firsts: [Int64]
    private let load: Statement
    private let remove: Statement
    private let write: Statement

    init(_ db: Database, blockKeys: Int = PostingKeyBlocks.blockKeys) throws {
        precondition(blockKeys > 0)
        self.db = db
        self.blockKeys = blockKeys
        connection = db.sqliteConnection
        firsts = try Int64.fetchAll(db, sql: "SELECT first FROM postingKeyBlock ORDER BY first")
        load = try db.makeStatement(sql: "SELECT keys FROM postingKeyBlock WHERE first = ?")
        remove = try db.makeStatement(sql: "DELETE FROM postingKeyBlock WHERE first = ?")
        write = try db.makeStatement(sql: "INSERT INTO postingKeyBlock (first, keys) VALUES (?, ?)")
    }

    /// Adds keys to the blocks. `entries` calls its argument with keys in order (equal keys in
    /// the order their postings were read); `duplicate` is called with the sequence of each entry
    /// whose key is stored already or came earlier in `entries`.
    func merge(_ entries: ((KeyRuns.Entry) throws -> Void) throws -> Void, duplicate: (Int64) throws -> Void) throws {
        var merging = Merge(owner: self)
        try withoutActuallyEscaping(duplicate) { duplicate in
            try entries { entry in
                try merging.advance(to: entry.key)
                if try merging.add(entry.key) == false { try duplicate(entry.sequence) }
            }
        }
        try merging.end()
        firsts = merging.firsts
    }

    /// One pass of `merge`: the block whose range holds the current key is open (read, and
    /// deleted from the table) while keys fall in it; its keys and the new ones go out in order
    /// into blocks of `blockKeys`.
    private struct Merge {
        let owner: PostingKeyBlocks
        /// The block whose range holds the keys being added (from its `first` up to the next
        /// block's; the first block's range starts with the smallest key).
        var current = 0
        /// Whether `current` has been read and taken out of the table.
        var opened = false
        /// Its keys not yet passed on.
        var old: [Int64] = []
        var oldIndex = 0
        /// Keys merged, waiting to be written as a block.
        var out: [Int64] = []
        var last: Int64?
        /// The blocks' `first`s after the merge.
        var firsts: [Int64] = []

        init(owner: PostingKeyBlocks) {
            self.owner = owner
            out.reserveCapacity(2 * owner.blockKeys)
        }

        mutating func advance(to key: Int64) throws {
            while current + 1 < owner.firsts.count && owner.firsts[current + 1] <= key {
                try close()
                current += 1
            }
            if !opened {
                opened = true
                if current < owner.firsts.count {
                    old = try owner.read(owner.firsts[current])
                    oldIndex = 0
                }
            }
        }

        /// Passes `key` on; false when it is there already.
        mutating func add(_ key: Int64) throws -> Bool {
            while oldIndex < old.count && old[oldIndex] < key {
                try emit(old[oldIndex])
                oldIndex += 1
            }
            if oldIndex < old.count && old[oldIndex] == key { return false }
            if last == key { return false }
            try emit(key)
            return true
        }

        private mutating func emit(_ key: Int64) throws {
            out.append(key)
            last = key
            if out.count == 2 * owner.blockKeys {
                try owner.store(out[..<owner.blockKeys])
                firsts.append(out[0])
                out.removeFirst(owner.blockKeys)
            }
        }

        /// Writes out what is left of the current block, or keeps it as it was if untouched.
        private mutating func close() throws {
            if opened {
                while oldIndex < old.count {
                    try emit(old[oldIndex])
                    oldIndex += 1
                }
                if !out.isEmpty {
                    try owner.store(out[...])
                    firsts.append(out[0])
                    out.removeAll(keepingCapacity: true)
                }
                old = []
                opened = false
            } else if current < owner.firsts.count {
                firsts.append(owner.firsts[current])
            }
        }

        mutating func end() throws {
            try close()
            if current + 1 < owner.firsts.count { firsts += owner.firsts[(current + 1)...] }
        }
    }

    /// Reads block `first` and deletes it: it is written again, merged, as one or more blocks.
    private func read(_ first: Int64) throws -> [Int64] {
        let handle = load.sqliteStatement
        defer { sqlite3_reset(handle) }
        sqlite3_bind_int64(handle, 1, first)
        let code = sqlite3_step(handle)
        guard code == SQLITE_ROW else { throw code == SQLITE_DONE ? Self.damaged(first) : Store.error(code, connection) }
        let bytes = sqlite3_column_blob(handle, 0)
        let size = Int(sqlite3_column_bytes(handle, 0))
        guard size > 0, size % 8 == 0, let bytes else { throw Self.damaged(first) }
        let keys = (0..<size / 8).map { Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self)) }
        guard keys[0] == first else { throw Self.damaged(first) }
        sqlite3_reset(handle)
        let removing = remove.sqliteStatement
        sqlite3_bind_int64(removing, 1, first)
        try step(removing)
        return keys
    }

    private func store(_ keys: ArraySlice<Int64>) throws {
        let handle = write.sqliteStatement
        sqlite3_bind_int64(handle, 1, keys.first!)
        try keys.map { $0.littleEndian }.withUnsafeBytes { bytes in
            sqlite3_bind_blob(handle, 2, bytes.baseAddress, Int32(bytes.count), nil)
            // Bound without a copy: unbound before the bytes go away.
            defer { sqlite3_clear_bindings(handle) }
            try step(handle)
        }
    }

    private func step(_ statement: OpaquePointer?) throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else { throw Store.error(code, connection) }
    }

    private static func damaged(_ first: Int64) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the block of duplicate keys starting at \(first) is damaged")
    }
}
