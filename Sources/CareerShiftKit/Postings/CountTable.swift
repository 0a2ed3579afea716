/// A key of a `CountTable`: compared as is, hashed by multiplying and mixing.
protocol CountKey: Equatable {
    var hash: UInt64 { get }
}

extension Int64: CountKey {
    /// Every bit of the key reaches the low bits, which pick the slot (a product's low bits
    /// depend only on the factors' low bits, so one multiplication is not enough).
    var hash: UInt64 {
        var h = UInt64(bitPattern: self) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 32)) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 29)
    }
}

/// A key made of three integers.
struct PackedKey: CountKey {
    var a: Int64
    var b: Int64
    var c: Int64

    var hash: UInt64 {
        var h = UInt64(bitPattern: a) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 29) ^ UInt64(bitPattern: b)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 32) ^ UInt64(bitPattern: c)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}

/// Counts by key, in an open-addressing table: counting is done once per posting read, and
/// `Dictionary`'s seeded SipHash was a tenth of the time spent reading a file. Counts that fall
/// to zero stay in the table and are skipped by `forEach`.
struct CountTable<Key: CountKey> {
    private struct Slot {
        var key: Key
        /// `Int.min` for an empty slot.
        var count: Int
    }
    private var slots: [Slot] = []
    private var mask = -1
    private(set) var count = 0

    /// Adds `n` (which may be negative) to the count of `key`.
    mutating func add(_ key: Key, _ n: Int) {
        if count * 2 >= mask { grow(key) }
        slots.withUnsafeMutableBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key.hash) & mask
            while slots[i].count != .min {
                if slots[i].key == key {
                    slots[i].count += n
                    return
                }
                i = (i + 1) & mask
            }
            slots[i] = Slot(key: key, count: n)
            count += 1
        }
    }

    /// Doubles the table (`key` stands in for the empty slots' keys).
    private mutating func grow(_ key: Key) {
        let old = slots
        let size = max(64, old.count * 2)
        slots = Array(repeating: Slot(key: key, count: .min), count: size)
        mask = size - 1
        count = 0
        for slot in old where slot.count != .min { add(slot.key, slot.count) }
    }

    /// Calls `body` with each key whose count is not zero, in no particular order.
    func forEach(_ body: (Key, Int) -> Void) {
        for slot in slots where slot.count != .min && slot.count != 0 { body(slot.key, slot.count) }
    }
}
