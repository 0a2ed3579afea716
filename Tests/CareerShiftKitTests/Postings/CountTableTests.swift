import Testing
@testable import CareerShiftKit

@Suite("Hash tables of the posting reader")
struct CountTableTests {
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test("counts match a dictionary's, through growth, negative counts and counts back at zero")
    func counts() {
        var random = Random(state: 7)
        var table = CountTable<PackedKey>()
        var single = CountTable<Int64>()
        var reference: [[Int64]: Int] = [:]
        var singleReference: [Int64: Int] = [:]
        for _ in 0..<50_000 {
            // Values like the packed keys of postings: small, repeated, some negative.
            let key = PackedKey(a: Int64(random.next(300)) << 20 | Int64(random.next(30)), b: Int64(random.next(40) * 500), c: Int64(random.next(5)) - 2)
            let n = random.next(4) == 0 ? -1 : 1
            table.add(key, n)
            reference[[key.a, key.b, key.c], default: 0] += n
            single.add(key.a, n)
            singleReference[key.a, default: 0] += n
        }
        var seen: [[Int64]: Int] = [:]
        table.forEach { key, n in seen[[key.a, key.b, key.c]] = n }
        #expect(seen == reference.filter { $0.value != 0 })
        #expect(reference.values.contains(0), "some counts fell back to zero and are left out")
        var singleSeen: [Int64: Int] = [:]
        single.forEach { singleSeen[$0] = $1 }
        #expect(singleSeen == singleReference.filter { $0.value != 0 })
        #expect(table.count == reference.count)
    }

    @Test("keys that differ only in their high bits (the role in a packed count key) spread over the slots")
    func highBits() {
        // 29 roles at bit 52 and up, as PostingCounter packs them: with a hash whose low bits
        // ignore the high bits of the key, they would all share one slot of 64.
        let keys = (1...29).map { Int64($0) << 52 | 5 << 32 | 3 << 3 | 1 }
        #expect(Set(keys.map { $0.hash & 63 }).count >= 18)
        let packed = (1...29).map { PackedKey(a: Int64($0) << 52, b: 15_000, c: 180_000) }
        #expect(Set(packed.map { $0.hash & 63 }).count >= 18)
    }

    @Test("a byte cache works each value out once per distinct bytes, and starts again when full")
    func byteCache() {
        var cache = ByteCache<String>(limit: 100)
        var made = 0
        func value(_ text: String) -> String {
            cache.value(for: Array(text.utf8)[...]) { bytes in
                made += 1
                return String(decoding: bytes, as: UTF8.self).uppercased()
            }
        }
        #expect(value("abc") == "ABC" && value("abd") == "ABD" && value("") == "" && value("abc") == "ABC")
        #expect(made == 3)
        // Keys of equal length and keys that are prefixes of one another stay apart.
        for i in 0..<99 { #expect(value("k\(i)") == "K\(i)") }
        #expect(made == 102)
        for i in 0..<97 { #expect(value("k\(i)") == "K\(i)") }
        #expect(made == 102 + 97, "the cache was emptied on reaching its limit, and filled again")
        #expect(value("数据标注员") == "数据标注员")
        // A slice of a larger buffer is keyed by its own bytes only.
        let buffer = Array("xx大模型xx".utf8)
        #expect(cache.value(for: buffer[2..<11]) { String(decoding: $0, as: UTF8.self) } == "大模型")
    }

    @Test("an unbounded byte cache keeps everything")
    func unbounded() {
        var cache = ByteCache<Int>.unbounded
        var made = 0
        for round in 0..<2 {
            for i in 0..<70_000 {
                let number = cache.value(for: Array("城市\(i)".utf8)[...]) { _ in
                    made += 1
                    return i
                }
                #expect(number == i, "round \(round)")
            }
        }
        #expect(made == 70_000)
    }
}
