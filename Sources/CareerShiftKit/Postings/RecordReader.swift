import Foundation

/// Streams CSV records from a file as byte ranges, a chunk at a time, so memory stays flat
/// however large the file is. It is lenient, as job-board exports need: a quote inside an
/// unquoted field is kept as text; a record whose quotes do not pair up properly (a closing
/// quote followed by more text, or a quote never closed) is read with its quotes as plain text,
/// up to the end of its line, so a stray quote cannot swallow the rows after it. Empty lines
/// are skipped.
final class RecordReader {
    private let handle: FileHandle
    @exclusivity(unchecked)
    private(set) var buffer: [UInt8] = []
    @exclusivity(unchecked)
    private var position = 0
    @exclusivity(unchecked)
    private var endOfFile = false
    /// Bytes read from the file so far, for progress.
    @exclusivity(unchecked)
    private(set) var bytesRead: Int64 = 0
    /// The line the current record starts on.
    @exclusivity(unchecked)
    private(set) var line = 0
    @exclusivity(unchecked)
    private var nextLine = 1

    /// Where a field of the current record is in `buffer`, and whether it was quoted and holds
    /// doubled quotes to undo.
    private struct Bounds {
        var start: Int
        var end: Int
        var escaped: Bool
    }
    /// The fields of the current record, in memory of the reader's own that grows as records
    /// need: recording a field into an array cost more than finding it.
    @exclusivity(unchecked)
    private var bounds: UnsafeMutablePointer<Bounds>
    @exclusivity(unchecked)
    private var capacity = 64
    /// How many fields the current record has.
    @exclusivity(unchecked)
    private(set) var fieldCount = 0

    static let chunk = 1 << 20
    /// A record longer than this is skipped, up to the end of its line, and marked `tooLong`.
    static let longestRecord = 8 << 20
    /// How many fields of a record are kept (more are only counted).
    static let maxFields = 1 << 16

    /// Set when the record just read was longer than `longestRecord` and was skipped: it has no
    /// fields.
    @exclusivity(unchecked)
    private(set) var tooLong = false

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        self.handle = handle
        bounds = .allocate(capacity: capacity)
        try fill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    deinit {
        try? handle.close()
        bounds.deallocate()
    }

    @inline(__always) private func record(_ start: Int, _ end: Int, escaped: Bool) {
        // Fields past `maxFields` are counted but not kept: no real record has that many.
        if fieldCount >= Self.maxFields {
            fieldCount += 1
            return
        }
        if fieldCount == capacity {
            let grown = UnsafeMutablePointer<Bounds>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: bounds, count: fieldCount)
            bounds.deallocate()
            bounds = grown
            capacity *= 2
        }
        bounds[fieldCount] = Bounds(start: start, end: end, escaped: escaped)
        fieldCount += 1
    }


    /// The first bytes of the file (after any BOM), for encoding checks.
    var head: ArraySlice<UInt8> { buffer[position..<min(buffer.count, position + 65536)] }

    private func fill() throws {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        guard !endOfFile else { return }
        let data = try handle.read(upToCount: Self.chunk) ?? Data()
        if data.isEmpty {
            endOfFile = true
        } else {
            bytesRead += Int64(data.count)
            buffer.append(contentsOf: data)
        }
    }

    /// Set when the record at `position` has quotes that do not pair up.
    @exclusivity(unchecked)
    private var malformed = false

    /// Reads the next record; false at the end of the file.
    func next() throws -> Bool {
        while true {
            tooLong = false
            let complete = try readRecord()
            if complete && fieldCount == 1 && bounds[0].start == bounds[0].end { continue }  // an empty line
            return complete
        }
    }

    private func readRecord() throws -> Bool {
        while true {
            malformed = false
            if let complete = parse(lenientQuotes: false) { return complete }
            if malformed, let complete = parse(lenientQuotes: true) { return complete }
            if endOfFile {
                // A quote never closed: read the record as plain text up to the end of its line.
                if let complete = parse(lenientQuotes: true) { return complete }
                return false
            }
            if buffer.count - position > Self.longestRecord {
                if let complete = parse(lenientQuotes: true) { return complete }
                try skipLongRecord()
                return true
            }
            try fill()
        }
    }

    /// Parses one record at `position`: true when one was read, false at the end, nil when the
    /// buffer ends inside it.
    private func parse(lenientQuotes: Bool) -> Bool? {
        fieldCount = 0
        if capacity > 1 << 16 {
            // A record with a huge number of fields came before: give the memory back.
            bounds.deallocate()
            capacity = 64
            bounds = .allocate(capacity: capacity)
        }
        var i = position
        let count = buffer.count
        if i >= count { return endOfFile ? false : nil }
        var newlines = 0
        return buffer.withUnsafeBufferPointer { bytes -> Bool? in
            while true {
                // One field.
                if i < count && bytes[i] == 0x22 && !lenientQuotes {
                    var j = i + 1
                    var hasEscapes = false
                    var closed = false
                    while j < count {
                        j = Self.skip(bytes, from: j, to: count, past: 0x22, 0x0A, 0x0D)
                        guard j < count else { break }
                        let b = bytes[j]
                        if b == 0x22 {
                            if j + 1 < count && bytes[j + 1] == 0x22 {
                                hasEscapes = true
                                j += 2
                                continue
                            }
                            if j + 1 >= count && !endOfFile { return nil }
                            closed = true
                            break
                        }
                        if b == 0x0A || (b == 0x0D && !(j + 1 < count && bytes[j + 1] == 0x0A)) {
                            newlines += 1
                            // No real field spans a thousand lines: a stray quote opened this one.
                            if newlines > 1000 {
                                malformed = true
                                return nil
                            }
                        }
                        j += 1
                    }
                    if !closed { return nil }
                    record(i + 1, j, escaped: hasEscapes)
                    i = j + 1
                    // Text after the closing quote: the quotes did not pair up; read the record again
                    // with its quotes as plain text.
                    if i < count && bytes[i] != 0x2C && bytes[i] != 0x0A && bytes[i] != 0x0D {
                        malformed = true
                        return nil
                    }
                } else {
                    let start = i
                    i = Self.skip(bytes, from: i, to: count, past: 0x2C, 0x0A, 0x0D)
                    record(start, i, escaped: false)
                }
                if i >= count {
                    if !endOfFile { return nil }
                    position = i
                    finishLine(newlines)
                    return true
                }
                let b = bytes[i]
                if b == 0x2C {
                    i += 1
                    continue
                }
                // End of record: \n, \r\n or a lone \r.
                if b == 0x0D {
                    if i + 1 >= count && !endOfFile { return nil }
                    i += (i + 1 < count && bytes[i + 1] == 0x0A) ? 2 : 1
                } else {
                    i += 1
                }
                position = i
                finishLine(newlines + 1)
                return true
            }
        }
    }

    /// Skips the record at `position`, which is longer than `longestRecord`, up to the end of
    /// its line (quotes taken as plain text), reading on without keeping what it skips.
    private func skipLongRecord() throws {
        fieldCount = 0
        tooLong = true
        while true {
            let end = buffer.withUnsafeBufferPointer { Self.skip($0, from: position, to: $0.count, past: 0x0A, 0x0D, 0x0A) }
            if end < buffer.count {
                if buffer[end] == 0x0D && end + 1 == buffer.count && !endOfFile {
                    position = end
                    try fill()
                    continue
                }
                position = end + (buffer[end] == 0x0D && end + 1 < buffer.count && buffer[end + 1] == 0x0A ? 2 : 1)
                finishLine(1)
                return
            }
            position = buffer.count
            if endOfFile {
                finishLine(1)
                return
            }
            try fill()
        }
    }

    private func finishLine(_ newlines: Int) {
        line = nextLine
        nextLine += newlines
    }

    /// The first index from `start` (before `end`) of one of three bytes, or `end`. Eight bytes
    /// are looked at at a time: a byte equal to `c` is a zero byte in the word XORed with `c`
    /// repeated, and the lowest zero byte of a word is the lowest set bit of
    /// `(x - 0x01…) & ~x & 0x80…` (higher ones may be false alarms; the lowest never is).
    @inline(__always)
    static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, past a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        var i = start
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return start }
        while i + 8 <= end {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
            let found = zeros(word ^ (ones &* UInt64(a))) | zeros(word ^ (ones &* UInt64(b))) | zeros(word ^ (ones &* UInt64(c)))
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end && bytes[i] != a && bytes[i] != b && bytes[i] != c { i += 1 }
        return i
    }

    /// Field `index` as bytes (quotes undone).
    func field(_ index: Int) -> ArraySlice<UInt8> {
        guard index < min(fieldCount, Self.maxFields) else { return [] }
        let bounds = bounds[index]
        let slice = buffer[bounds.start..<bounds.end]
        guard bounds.escaped else { return slice }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var skip = false
        for b in slice {
            if b == 0x22 {
                if skip { skip = false; continue }
                skip = true
            } else {
                skip = false
            }
            out.append(b)
        }
        return out[...]
    }

    /// Field `index` as bytes without surrounding spaces and tabs; nil when nothing is left.
    func trimmed(_ index: Int) -> ArraySlice<UInt8>? {
        Self.trim(field(index))
    }

    /// The bytes without surrounding spaces and tabs; nil when nothing is left.
    static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return start < end ? bytes[start..<end] : nil
    }

    /// Field `index` as text, trimmed; nil when empty or not UTF-8.
    func text(_ index: Int) -> String? {
        trimmed(index).flatMap(Self.string)
    }

    /// The bytes as a string; nil when they are not UTF-8.
    static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        guard isValidUTF8(bytes) else { return nil }
        return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// The whole record as it appeared, for the rejects file.
    func recordFields() -> [String] {
        (0..<min(fieldCount, Self.maxFields)).map { String(decoding: field($0), as: UTF8.self) }
    }
}
