/// Counts postings by month, role (with its GenAI flag), city and pay state, and pay values by
/// role, occupation head and month, with
/// packed integer keys while counting (hashing strings per posting would cost more than
/// reading the file), turned into `PostingAggregates` with names at the end.
struct PostingCounter {
    /// Counts by packed (month, role, city, pay); cities numbered as met.
    private var counts = CountTable<Int64>()
    /// Counts by packed (role, month), monthly and annual pay.
    private var payCounts = CountTable<PackedKey>()
    /// Cities numbered from 1 as met, by their UTF-8 bytes: Swift hashes and compares strings
    /// in normalized form, which is slow for Chinese text.
    private var cityNumbers = ByteCache<Int>.unbounded
    private var cityNames: [String] = []

    /// Counts `posting` `count` times (a negative count takes postings off).
    mutating func add(_ posting: Posting, count: Int = 1) {
        let month = posting.day.map { Int64(PostingAggregates.month(of: $0)) + 1 } ?? 0
        let role = Int64(posting.role.map { $0 + 1 } ?? 0)
        let head = Int64(posting.head.map { $0 + 1 } ?? 0)
        // Bits from 52 up: the role (+1) and its GenAI flag, below 2^11 (`PostingReader` refuses
        // a taxonomy of more roles).
        let roleCode = role << 1 | (posting.genai ? 1 : 0)
        var city: Int64 = 0
        if let name = posting.city {
            func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
                cityNumbers.value(for: bytes) { _ in
                    cityNames.append(name)
                    return cityNames.count
                }
            }
            city = Int64(name.utf8.withContiguousStorageIfAvailable(number) ?? Array(name.utf8).withUnsafeBufferPointer(number))
        }
        counts.add((roleCode << 20 | month) << 32 | city << 3 | Int64(posting.pay.rawValue), count)
        if let monthly = posting.payMonthly, let annual = posting.payAnnual {
            payCounts.add(PackedKey(a: (head << 12 | role) << 20 | month, b: monthly, c: annual), count)
        }
    }

    /// The counts with names: `roles` are the classifier's, which postings' roles index.
    func aggregates(roles: [Role]) -> PostingAggregates {
        var result = PostingAggregates()
        func role(_ packed: Int64) -> String? { packed == 0 ? nil : roles[Int(packed) - 1].id.rawValue }
        func month(_ packed: Int64) -> Int? { packed == 0 ? nil : Int(packed) - 1 }
        counts.forEach { key, n in
            let roleAndMonth = key >> 32
            let roleCode = (roleAndMonth >> 20) & 0x7FF
            let city = Int((key >> 3) & 0x1FFF_FFFF)
            result.counts[.init(month: month(roleAndMonth & 0xFFFFF), role: role(roleCode >> 1), genai: roleCode & 1 == 1,
                                city: city == 0 ? nil : cityNames[city - 1], pay: PostingPay(rawValue: Int(key & 7)) ?? .none), default: 0] += n
        }
        payCounts.forEach { key, n in
            let roleAndHead = key.a >> 20
            result.pay[.init(role: role(roleAndHead & 0xFFF), head: role(roleAndHead >> 12), month: month(key.a & 0xFFFFF),
                             monthly: key.b, annual: key.c), default: 0] += n
        }
        return result
    }
}
