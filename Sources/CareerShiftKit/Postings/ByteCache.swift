import Foundation

/// A bounded cache from a field's bytes to what was worked out from them (a pay, a date, a
/// city): job boards repeat these texts a lot. Keyed by a hash of the bytes, checked against
/// the bytes themselves, so no `String` is made or hashed (Swift hashes strings in normalized
/// form, which is slow for Chinese text). An open-addressing table over the hash, with the
/// bytes of all entries in one buffer, at most three quarters full; emptied when it holds
/// `limit` entries.
struct ByteCache<Value> {
    private struct Slot {
        var hash: UInt64
        /// Where the entry's bytes are in `bytes`; -1 for an empty slot.
        var start: Int
        var count: Int
    }
    private var slots: [Slot]
    private var values: [Value?]
    private var bytes: [UInt8] = []
    private var mask: Int
    private var count = 0
    private let limit: Int

    init(limit: Int = 50_000) {
        self.limit = limit
        slots = Array(repeating: Slot(hash: 0, start: -1, count: 0), count: 256)
        values = Array(repeating: nil, count: 256)
        mask = 255
    }

    /// A cache that is never emptied: a map from bytes to values.
    static var unbounded: ByteCache { ByteCache(limit: 1 << 40) }

    mutating func value(for key: ArraySlice<UInt8>, make: (ArraySlice<UInt8>) -> Value) -> Value {
        key.withUnsafeBufferPointer { bytes in value(for: bytes) { _ in make(key) } }
    }

    mutating func value(for key: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in key {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[i].start >= 0 {
            if slots[i].hash == hash && equal(slots[i], key) { return values[i]! }
            i = (i + 1) & mask
        }
        let value = make(key)
        if count >= limit {
            clear()
            i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        }
        slots[i] = Slot(hash: hash, start: bytes.count, count: key.count)
        values[i] = value
        bytes.append(contentsOf: key)
        count += 1
        if count * 4 > mask * 3 { grow() }
        return value
    }

    private func equal(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        slot.count == key.count && (slot.count == 0 || bytes.withUnsafeBytes { memcmp($0.baseAddress! + slot.start, key.baseAddress!, slot.count) == 0 })
    }

    private mutating func clear() {
        for i in slots.indices { slots[i].start = -1 }
        for i in values.indices { values[i] = nil }
        bytes.removeAll(keepingCapacity: true)
        count = 0
    }

    /// Doubles the table, up to what `limit` entries need.
    private mutating func grow() {
        guard mask + 1 < 4 * min(limit, 1 << 40) else { return }
        let old = (slots, values)
        let size = (mask + 1) * 2
        slots = Array(repeating: Slot(hash: 0, start: -1, count: 0), count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        for (slot, value) in zip(old.0, old.1) where slot.start >= 0 {
            var i = Int(truncatingIfNeeded: slot.hash ^ (slot.hash >> 29)) & mask
            while slots[i].start >= 0 { i = (i + 1) & mask }
            slots[i] = slot
            values[i] = value
        }
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
