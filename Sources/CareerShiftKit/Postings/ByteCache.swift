import Foundation

/// A bounded cache from a field's bytes to what was worked out from them (a pay, a date, a
/// city): job boards repeat these texts a lot. Keyed by a hash of the bytes, checked against
/// the bytes themselves, so no `String` is made or hashed (Swift hashes strings in normalized
/// form, which is slow for Chinese text). Emptied when it holds `limit` entries.
struct ByteCache<Value> {
    private var entries: [UInt64: (bytes: [UInt8], value: Value)] = [:]
    private let limit: Int

    init(limit: Int = 50_000) {
        self.limit = limit
    }

    mutating func value(for bytes: ArraySlice<UInt8>, make: (ArraySlice<UInt8>) -> Value) -> Value {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        if let entry = entries[hash], Self.equal(entry.bytes, bytes) { return entry.value }
        let value = make(bytes)
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        if entries[hash] == nil { entries[hash] = (Array(bytes), value) }
        return value
    }

    private static func equal(_ a: [UInt8], _ b: ArraySlice<UInt8>) -> Bool {
        a.count == b.count && a.withUnsafeBytes { x in b.withUnsafeBytes { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}

/// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past
/// U+10FFFF). Written out rather than `String(validating:as:)`, whose generic code showed up as
/// a tenth of the time spent reading a postings file.
func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { p in
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                i += 1
                continue
            }
            func continuation(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
            switch b {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let b1 = p[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { return false }
                i += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let b1 = p[i + 1]
                if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
