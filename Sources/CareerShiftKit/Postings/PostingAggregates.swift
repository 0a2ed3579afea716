/// What is known about a posting's pay.
public enum PostingPay: Int, Sendable, CaseIterable {
    /// No pay column, or an empty cell.
    case none = 0
    case amount = 1
    /// 面议 and the like.
    case negotiable = 2
    /// Text the pay parser cannot read.
    case unreadable = 3
}

/// Counts of postings by month, role, city and pay state, and the monthly pay of each role:
/// everything the posting tables of a report need, whether computed in one pass over a file
/// (`postings summarize`) or kept in the store as postings are imported.
public struct PostingAggregates: Sendable, Equatable {
    public struct Key: Hashable, Sendable {
        /// `year × 12 + month − 1`; nil for undated postings.
        public var month: Int?
        /// The taxonomy role id; nil when no name in the title matched.
        public var role: String?
        /// An AI role read as LLM or generative work; nil: not known (postings stored before
        /// careershift read the flag, until `postings reclassify`).
        public var genai: Bool?
        public var city: String?
        public var pay: PostingPay

        public init(month: Int?, role: String?, genai: Bool? = false, city: String?, pay: PostingPay) {
            self.month = month
            self.role = role
            self.genai = genai
            self.city = city
            self.pay = pay
        }
    }

    public struct PayKey: Hashable, Sendable {
        public var role: String?
        /// The occupation head's role id (`TitleClassifier.Classification.head`); nil: none.
        public var head: String?
        public var month: Int?
        /// Monthly pay in CNY: the midpoint of the posted range.
        public var monthly: Int64
        /// Annual pay in CNY: the midpoint, with the months paid per year (`·14薪`).
        public var annual: Int64

        public init(role: String?, head: String? = nil, month: Int?, monthly: Int64, annual: Int64) {
            self.role = role
            self.head = head
            self.month = month
            self.monthly = monthly
            self.annual = annual
        }
    }

    public var counts: [Key: Int] = [:]
    public var pay: [PayKey: Int] = [:]

    public init() {}

    public var total: Int { counts.values.reduce(0, +) }

    public mutating func add(_ key: Key, head: String? = nil, monthly: Int64?, annual: Int64?, count: Int = 1) {
        counts[key, default: 0] += count
        if let monthly, let annual {
            pay[PayKey(role: key.role, head: head, month: key.month, monthly: monthly, annual: annual), default: 0] += count
        }
    }

    /// Postings whose GenAI flag and occupation head were never read (stored before careershift
    /// read them; `postings reclassify` reads them).
    public var unread: Int { counts.reduce(0) { $0 + ($1.key.genai == nil ? $1.value : 0) } }

    public mutating func merge(_ other: PostingAggregates) {
        for (key, n) in other.counts { counts[key, default: 0] += n }
        for (key, n) in other.pay { pay[key, default: 0] += n }
    }

    /// Only postings dated in or before `month` (undated ones stay).
    public func through(month: Int) -> PostingAggregates {
        var result = PostingAggregates()
        for (key, n) in counts where (key.month ?? Int.min) <= month { result.counts[key] = n }
        for (key, n) in pay where (key.month ?? Int.min) <= month { result.pay[key] = n }
        return result
    }

    /// `year × 12 + month − 1` of a day.
    public static func month(of day: Day) -> Int { day.year * 12 + day.month - 1 }

    /// `2024-05` for a month number.
    public static func label(month: Int) -> String {
        let year = month / 12, m = month % 12 + 1
        return (year < 1000 ? "0" : "") + "\(year)-" + (m < 10 ? "0\(m)" : "\(m)")
    }
}
