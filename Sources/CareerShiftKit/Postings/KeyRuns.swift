import Foundation

/// The duplicate keys of the postings read from a file, with the order each posting was read
/// in, sorted by key: what the store needs to find duplicates with one pass over its key table
/// in key order (each page read and written once) instead of one lookup at a random page per
/// posting, so an import takes time linear in its size.
///
/// Keys are kept in memory in runs of `runLength`; each full run is sorted and written to a
/// temporary file, and the runs are merged when read back. Memory stays flat (16 bytes a
/// posting of one run, and a small buffer per run when merging) however large the file is.
final class KeyRuns {
    struct Entry: Comparable {
        var key: Int64
        /// 0 for the first posting read, 1 for the next…
        var sequence: Int64
        static func < (a: Entry, b: Entry) -> Bool { a.key != b.key ? a.key < b.key : a.sequence < b.sequence }
    }

    private let runLength: Int
    @exclusivity(unchecked)
    private var current: [Entry] = []
    @exclusivity(unchecked)
    private var count: Int64 = 0
    private var file: FileHandle?
    private var path: String?
    /// Where each written run starts in the file, and its length, in entries.
    @exclusivity(unchecked)
    private var runs: [(start: Int64, count: Int)] = []

    init(runLength: Int = 1 << 17) {
        self.runLength = runLength
        current.reserveCapacity(min(runLength, 1 << 16))
    }

    deinit {
        try? file?.close()
        if let path { try? FileManager.default.removeItem(atPath: path) }
    }

    /// How many keys were added.
    var total: Int64 { count }

    /// Adds the key of the next posting read.
    func add(_ key: Int64) throws {
        current.append(Entry(key: key, sequence: count))
        count += 1
        if current.count >= runLength {
            current.sort()
            try spill()
        }
    }

    /// Writes the run in memory, sorted, to the file.
    private func spill() throws {
        if file == nil {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("careershift-keys-\(UUID().uuidString)").path
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forUpdatingAtPath: path) else {
                throw PostingFileProblem(path: path, message: "cannot write a temporary file for duplicate keys")
            }
            // Unlinked at once: the space is freed however the process ends.
            try? FileManager.default.removeItem(atPath: path)
            file = handle
        }
        let start = Int64(runs.reduce(0) { $0 + $1.count }) * 16
        let data = current.withUnsafeBufferPointer { Data(buffer: $0) }
        try file!.seek(toOffset: UInt64(start))
        try file!.write(contentsOf: data)
        runs.append((start, current.count))
        current.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with every entry in order of key, then of sequence.
    func forEachSorted(_ body: (Entry) throws -> Void) throws {
        current.sort()
        guard !runs.isEmpty else {
            for entry in current { try body(entry) }
            return
        }
        if !current.isEmpty { try spill() }
        current = []
        guard !runs.isEmpty else { return }
        // Each run is read back a block at a time; the blocks of all runs together take at most
        // 1 MB up to 1,024 runs (134 million postings), and 1 KB a run beyond.
        let block = max(64, min(1024, (1 << 16) / runs.count))
        var readers = try runs.map { try RunReader(file: file!, start: $0.start, count: $0.count, block: block) }
        // A binary heap of the runs' next entries.
        var heap: [(entry: Entry, run: Int)] = []
        func less(_ a: Int, _ b: Int) -> Bool { heap[a].entry < heap[b].entry }
        func down(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && less(l, m) { m = l }
                if r < heap.count && less(r, m) { m = r }
                if m == i { return }
                heap.swapAt(i, m)
                i = m
            }
        }
        for i in readers.indices { if let entry = try readers[i].next() { heap.append((entry, i)) } }
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { down(i) }
        while let top = heap.first {
            try body(top.entry)
            if let entry = try readers[top.run].next() {
                heap[0] = (entry, top.run)
            } else {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            if !heap.isEmpty { down(0) }
        }
    }

    /// Reads one run back in blocks.
    private struct RunReader {
        let file: FileHandle
        var offset: Int64
        var left: Int
        let size: Int
        var block: [Entry] = []
        var index = 0

        init(file: FileHandle, start: Int64, count: Int, block: Int) throws {
            self.file = file
            offset = start
            left = count
            size = block
        }

        mutating func next() throws -> Entry? {
            if index == block.count {
                guard left > 0 else { return nil }
                let n = min(left, size)
                try file.seek(toOffset: UInt64(offset))
                let data = try file.read(upToCount: n * 16) ?? Data()
                guard data.count == n * 16 else {
                    throw PostingFileProblem(path: "(temporary file)", message: "the duplicate-key file was cut short")
                }
                block = data.withUnsafeBytes { Array($0.bindMemory(to: Entry.self)) }
                offset += Int64(n * 16)
                left -= n
                index = 0
            }
            index += 1
            return block[index - 1]
        }
    }
}
