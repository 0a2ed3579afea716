import Foundation

/// Postings on their way to the store: their texts as bytes in one buffer and their other
/// values as plain numbers, so the storing thread touches no shared strings (two threads
/// counting references to the same cached strings slow each other down).
public struct PostingBatch: Sendable {
    /// One posting: where its texts are in `text` (start -1: none) and its other values.
    public struct Row: Sendable {
        public var title = (start: 0, count: 0)
        public var company = (start: -1, count: 0)
        public var city = (start: -1, count: 0)
        public var payText = (start: -1, count: 0)
        public var tags = (start: -1, count: 0)
        public var day: Int64?
        public var role: Int?
        public var genai = false
        public var head: Int?
        public var pay: PostingPay = .none
        public var payMonthly: Int64?
        public var payAnnual: Int64?
    }

    public var rows: [Row] = []
    /// The UTF-8 bytes of the texts.
    public var text: [UInt8] = []
    public var count: Int { rows.count }

    public init() {}

    public mutating func append(_ posting: Posting) {
        func keep(_ value: String?) -> (start: Int, count: Int) {
            guard let value else { return (-1, 0) }
            let start = text.count
            if value.utf8.withContiguousStorageIfAvailable({ text.append(contentsOf: $0) }) == nil {
                text.append(contentsOf: value.utf8)
            }
            return (start, text.count - start)
        }
        rows.append(Row(
            title: keep(posting.title), company: keep(posting.company), city: keep(posting.city), payText: keep(posting.payText), tags: keep(posting.tags),
            day: posting.day.map { Int64($0.ordinal) }, role: posting.role, genai: posting.genai, head: posting.head, pay: posting.pay,
            payMonthly: posting.payMonthly, payAnnual: posting.payAnnual))
    }

    /// A text of a row, as a string (for tests and messages).
    public func string(_ span: (start: Int, count: Int)) -> String? {
        span.start < 0 ? nil : String(decoding: text[span.start..<span.start + span.count], as: UTF8.self)
    }
}

/// Hands postings from the thread that reads a file to the thread that stores them, in
/// batches, holding at most a few batches at a time so memory stays flat however large the
/// file is. Reading and classifying run on one core while SQLite writes on the other.
final class PostingHandoff: @unchecked Sendable {
    /// Thrown on the reading side once the storing side has given up.
    struct Abandoned: Error {}

    private let condition = NSCondition()
    private var queue: [PostingBatch] = []
    /// Batches stored, to be freed by the reading thread, whose allocator made them: freeing
    /// memory of another thread's arena makes both threads contend for its lock.
    private var spent: [PostingBatch] = []
    private var finished = false
    private var abandoned = false
    private let depth: Int

    init(depth: Int = 8) {
        self.depth = depth
    }

    /// Reading side: waits while the queue is full; throws once the storing side has stopped.
    func send(_ batch: PostingBatch) throws {
        var stored: [PostingBatch] = []
        condition.lock()
        defer {
            condition.unlock()
            stored.removeAll()
        }
        while queue.count >= depth && !abandoned { condition.wait() }
        if abandoned { throw Abandoned() }
        queue.append(batch)
        swap(&stored, &spent)
        condition.broadcast()
    }

    /// Storing side: done with a batch.
    func release(_ batch: consuming PostingBatch) {
        condition.lock()
        spent.append(batch)
        condition.unlock()
    }

    /// Reading side: no more batches will come (after success or failure alike).
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Storing side: the next batch, or nil once the reading side has finished.
    func receive() -> PostingBatch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        guard !queue.isEmpty else { return nil }
        condition.broadcast()
        return queue.removeFirst()
    }

    /// Storing side: stop; the reading side's next `send` throws.
    func abandon() {
        condition.lock()
        abandoned = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs `reader.read` on a thread of its own, passing postings to `store` on the calling thread
/// in batches, and adding their duplicate keys to `keys` (sorting runs of them is work the
/// reading thread has time for); returns the reader's summary once both sides are done, its
/// counts left in `reader.counter`. An error on either side stops both and is rethrown here
/// (the reading side's first, as it names the file).
func readAndStore(
    path: String, reader: PostingReader, progress: ((Int64, Int64) -> Void)?, keys: KeyRuns? = nil,
    store: (PostingBatch) throws -> Void
) throws -> PostingSummary {
    let handoff = PostingHandoff()
    let outcome = ReadOutcome()
    reader.keepsCounter = true
    defer { reader.keepsCounter = false }
    let task = ReadTask(reader: reader, progress: progress, keys: keys)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        defer { handoff.finish(); done.signal() }
        var batch = PostingBatch()
        do {
            let summary = try task.reader.read(path: path, progress: task.progress) { posting in
                batch.append(posting)
                try task.keys?.add(posting.duplicateKey)
                if batch.count == 1024 {
                    try handoff.send(batch)
                    batch = PostingBatch()
                }
                return true
            }
            if batch.count > 0 { try handoff.send(batch) }
            outcome.set(.success(summary))
        } catch {
            outcome.set(.failure(error))
        }
    }
    thread.name = "postings-read"
    thread.stackSize = 1 << 22
    thread.start()
    var storeError: Error?
    while let batch = handoff.receive() {
        do {
            try store(batch)
            handoff.release(batch)
        } catch {
            storeError = error
            handoff.abandon()
            break
        }
    }
    done.wait()
    switch outcome.value {
    case .success(let summary)?:
        if let storeError { throw storeError }
        return summary
    case .failure(let error)?:
        if error is PostingHandoff.Abandoned, let storeError { throw storeError }
        throw error
    case nil:
        throw storeError ?? PostingHandoff.Abandoned()
    }
}

/// The reader, its progress callback and the keys, used only by the reading thread once
/// started (the calling thread waits for it to end before it touches them again).
private final class ReadTask: @unchecked Sendable {
    let reader: PostingReader
    let progress: ((Int64, Int64) -> Void)?
    let keys: KeyRuns?
    init(reader: PostingReader, progress: ((Int64, Int64) -> Void)?, keys: KeyRuns?) {
        self.reader = reader
        self.progress = progress
        self.keys = keys
    }
}

/// What the reading thread came to, set once before it signals.
private final class ReadOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<PostingSummary, Error>?
    func set(_ value: Result<PostingSummary, Error>) { lock.withLock { result = value } }
    var value: Result<PostingSummary, Error>? { lock.withLock { result } }
}
