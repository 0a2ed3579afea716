/// Counts postings by month, role, city and pay state, and pay values by role and month, with
/// packed integer keys while counting (hashing strings per posting would cost more than
/// reading the file), turned into `PostingAggregates` with names at the end.
struct PostingCounter {
    /// Counts by packed (month, role, city, pay); cities numbered as met.
    private var counts: [Int64: Int] = [:]
    private var payCounts: [PackedPay: Int] = [:]
    private var cityNumbers: [String: Int] = [:]
    private var cityNames: [String] = []

    private struct PackedPay: Hashable {
        var roleAndMonth: Int64
        var monthly: Int64
        var annual: Int64
    }

    /// Counts `posting` `count` times (a negative count takes postings off).
    mutating func add(_ posting: Posting, count: Int = 1) {
        let month = posting.day.map { Int64(PostingAggregates.month(of: $0)) + 1 } ?? 0
        let role = Int64(posting.role.map { $0 + 1 } ?? 0)
        var city: Int64 = 0
        if let name = posting.city {
            if let number = cityNumbers[name] {
                city = Int64(number)
            } else {
                cityNames.append(name)
                cityNumbers[name] = cityNames.count
                city = Int64(cityNames.count)
            }
        }
        let roleAndMonth = role << 20 | month
        let key = roleAndMonth << 32 | city << 3 | Int64(posting.pay.rawValue)
        if count == 1 {
            counts[key, default: 0] += 1
        } else {
            let n = counts[key, default: 0] + count
            counts[key] = n == 0 ? nil : n
        }
        if let monthly = posting.payMonthly, let annual = posting.payAnnual {
            let pay = PackedPay(roleAndMonth: roleAndMonth, monthly: monthly, annual: annual)
            let n = payCounts[pay, default: 0] + count
            payCounts[pay] = n == 0 ? nil : n
        }
    }

    /// The counts with names: `roles` are the classifier's, which postings' roles index.
    func aggregates(roles: [Role]) -> PostingAggregates {
        var result = PostingAggregates()
        func role(_ packed: Int64) -> String? { packed == 0 ? nil : roles[Int(packed) - 1].id.rawValue }
        func month(_ packed: Int64) -> Int? { packed == 0 ? nil : Int(packed) - 1 }
        for (key, n) in counts {
            let roleAndMonth = key >> 32
            let city = Int((key >> 3) & 0x1FFF_FFFF)
            result.counts[.init(month: month(roleAndMonth & 0xFFFFF), role: role(roleAndMonth >> 20),
                                city: city == 0 ? nil : cityNames[city - 1], pay: PostingPay(rawValue: Int(key & 7)) ?? .none), default: 0] += n
        }
        for (key, n) in payCounts {
            result.pay[.init(role: role(key.roleAndMonth >> 20), month: month(key.roleAndMonth & 0xFFFFF), monthly: key.monthly, annual: key.annual), default: 0] += n
        }
        return result
    }
}
