/// The AI pay premium within occupations: the median monthly pay of AI postings against that of
/// non-AI postings of the same occupation head (AI全栈 against 全栈, AI产品经理 against 产品经理), as
/// PwC's AI Jobs Barometer compares pay within occupations rather than across them.
///
/// An AI posting's head is the non-AI role its title names besides the AI reading
/// (`TitleClassifier.Classification.head`); a non-AI posting's head is its own role. An AI role
/// with no such head (算法工程师, Machine Learning Engineer) has no counterpart and is left out.
/// An occupation is compared only where both sides have at least `minimum` postings with pay.
public enum PayPremium {
    /// Postings with pay each side needs before its median is shown or compared.
    public static let minimum = 20

    /// Pay histograms (monthly pay → postings) of one occupation.
    struct Sides {
        var ai: [Int64: Int] = [:]
        var nonAI: [Int64: Int] = [:]
        var aiCount: Int { ai.values.reduce(0, +) }
        var nonAICount: Int { nonAI.values.reduce(0, +) }

        static func median(_ histogram: [Int64: Int]) -> Int64? {
            let sorted = histogram.map { (value: $0.key, n: $0.value) }.sorted { $0.value < $1.value }
            return PostingTables.quantile(sorted, total: sorted.reduce(0) { $0 + $1.n }, numerator: 1, denominator: 2)
        }

        /// AI median ÷ non-AI median − 1, in percent; nil below the minimum on either side.
        var premium: Double? {
            guard aiCount >= minimum, nonAICount >= minimum, let a = Self.median(ai), let b = Self.median(nonAI), b > 0 else { return nil }
            return (Double(a) / Double(b) - 1) * 100
        }
    }

    /// Occupation → sides, per dated month and over all postings, in one pass over the pay counts.
    static func occupations(_ aggregates: PostingAggregates, taxonomy: Taxonomy) -> (byMonth: [Int: [String: Sides]], all: [String: Sides]) {
        var byMonth: [Int: [String: Sides]] = [:]
        var all: [String: Sides] = [:]
        for (key, n) in aggregates.pay {
            guard let role = key.role, let head = key.head, let layer = taxonomy.layer(of: Role.ID(role)) else { continue }
            let ai = layer != .nonAI
            guard ai || head == role else { continue }
            func add(_ sides: inout Sides) {
                if ai { sides.ai[key.monthly, default: 0] += n } else { sides.nonAI[key.monthly, default: 0] += n }
            }
            add(&all[head, default: Sides()])
            if let month = key.month { add(&byMonth[month, default: [:]][head, default: Sides()]) }
        }
        return (byMonth, all)
    }

    /// The premium over the occupations compared, each weighted by its AI postings with pay; and
    /// those postings on each side.
    static func pooled(_ occupations: [String: Sides]) -> (premium: Double?, compared: Int, ai: Int, nonAI: Int) {
        var weighted = 0.0, weights = 0, compared = 0, nonAI = 0
        for sides in occupations.values {
            guard let premium = sides.premium else { continue }
            weighted += premium * Double(sides.aiCount)
            weights += sides.aiCount
            nonAI += sides.nonAICount
            compared += 1
        }
        return (weights == 0 ? nil : weighted / Double(weights), compared, weights, nonAI)
    }

    /// The premium per month (with its change from the previous month) and per occupation over
    /// all postings. Both are empty of figures while postings stored before careershift read
    /// occupation heads wait for `postings reclassify`.
    static func tables(_ aggregates: PostingAggregates, taxonomy: Taxonomy, input: ReportInput) -> [ReportTable] {
        let t = input.t
        let unread = aggregates.unread
        let k = minimum
        let unreadNote = unread == 0 ? "" : t(
            " \(unread) postings were stored before careershift read occupation heads: no premium is shown until `careershift postings reclassify` reads them.",
            " 有 \(unread) 条招聘存入时尚未读取职业核心词：在运行 `careershift postings reclassify` 之前不显示溢价。")

        var months = Set<Int>()
        for key in aggregates.pay.keys { if let month = key.month { months.insert(month) } }
        let read = unread > 0 ? (byMonth: [:], all: [:]) : occupations(aggregates, taxonomy: taxonomy)
        var monthRows: [[ReportValue]] = []
        var previous: Double?
        for month in months.sorted() {
            let pooled = unread > 0 ? (premium: nil, compared: 0, ai: 0, nonAI: 0) : Self.pooled(read.byMonth[month] ?? [:])
            monthRows.append([.text(PostingAggregates.label(month: month)), .integer(pooled.compared), .integer(pooled.ai), .integer(pooled.nonAI),
                              pooled.premium.map { .rounded($0) } ?? .missing,
                              pooled.premium.flatMap { p in previous.map { .rounded(p - $0) } } ?? .missing])
            if let premium = pooled.premium { previous = premium }
        }
        let byMonth = ReportTable(
            name: "postings_ai_pay_premium", title: t("Postings: AI pay premium within occupations", "招聘：同职业内的 AI 薪资溢价"),
            method: t("Per month: for each occupation named in AI titles (AI全栈 → 全栈, AI产品经理 → 产品经理), the median monthly pay of its AI postings over that of its non-AI postings, minus 1; the month's premium weights each occupation by its AI postings with pay. An occupation counts only with at least \(k) postings with pay on each side; AI roles that name no other occupation (算法工程师) have no counterpart and are left out. Change in percentage points from the previous month with a premium. Pay is each posting's monthly midpoint (CNY), internships and part-time jobs included on both sides (a daily rate × 21.75): a premium is a difference of posted pay, not of what people earn." + unreadNote,
                      "每月：对 AI 职位名称中出现的每个职业（AI全栈 → 全栈，AI产品经理 → 产品经理），其 AI 招聘月薪中位数除以非 AI 招聘月薪中位数再减 1；当月溢价按各职业有薪资的 AI 招聘数加权。每侧有薪资的招聘不少于 \(k) 条的职业才计入；不含其他职业名的 AI 岗位（算法工程师）没有对照，不计。变化为较上一个有溢价月份的百分点。薪资为每条招聘的月薪中点（人民币），两侧均含实习与兼职（日薪 × 21.75）：溢价是所发布薪资之差，而非实际收入之差。" + unreadNote),
            n: monthRows.reduce(0) { if case .integer(let a) = $1[2], case .integer(let b) = $1[3] { return $0 + a + b } else { return $0 } },
            columns: [ReportColumn("month", t("Month", "月份"), .text, key: true),
                      ReportColumn("occupations", t("Occupations compared", "对比职业数"), .integer),
                      ReportColumn("ai_with_pay", t("AI postings with pay", "有薪资的 AI 招聘"), .integer),
                      ReportColumn("non_ai_with_pay", t("Non-AI postings with pay", "有薪资的非 AI 招聘"), .integer),
                      ReportColumn("premium_percent", t("AI pay premium %", "AI 薪资溢价 %"), .decimal),
                      ReportColumn("premium_change_points", t("Change (points)", "变化（百分点）"), .decimal)],
            rows: monthRows)

        let all = read.all.filter { $0.value.aiCount > 0 }
        let occupationRows: [[ReportValue]] = all
            .sorted { ($0.value.aiCount, $1.key) > ($1.value.aiCount, $0.key) }
            .map { head, sides in
                func median(_ histogram: [Int64: Int], _ count: Int) -> ReportValue {
                    count < k ? .suppressed(minimum: k) : Sides.median(histogram).map { .integer(Int($0)) } ?? .missing
                }
                let premium: ReportValue = sides.premium.map { .rounded($0) } ?? (sides.aiCount < k || sides.nonAICount < k ? .suppressed(minimum: k) : .missing)
                return [.text(input.name(of: Role.ID(head))), .integer(sides.aiCount), median(sides.ai, sides.aiCount),
                        .integer(sides.nonAICount), median(sides.nonAI, sides.nonAICount), premium]
            }
        let byOccupation = ReportTable(
            name: "postings_ai_pay_premium_by_occupation", title: t("AI pay premium by occupation", "各职业的 AI 薪资溢价"),
            method: t("All postings: for each occupation named in AI titles, the AI postings with pay and their median monthly pay (CNY), the non-AI postings of that occupation with pay and theirs, and the premium (AI ÷ non-AI − 1). A median or premium resting on fewer than \(k) postings on a side is hidden (<\(k)). n counts the postings with pay in the rows shown, both sides." + unreadNote,
                      "全部招聘：对 AI 职位名称中出现的每个职业，列出有薪资的 AI 招聘数及其月薪中位数（人民币）、该职业有薪资的非 AI 招聘数及其中位数，以及溢价（AI ÷ 非 AI − 1）。任一侧不足 \(k) 条时隐藏中位数或溢价（<\(k)）。n 为所列各行两侧有薪资的招聘数之和。" + unreadNote),
            n: all.values.reduce(0) { $0 + $1.aiCount + $1.nonAICount },
            columns: [ReportColumn("occupation", t("Occupation", "职业"), .text, key: true),
                      ReportColumn("ai_with_pay", t("AI postings with pay", "有薪资的 AI 招聘"), .integer),
                      ReportColumn("ai_median", t("AI median", "AI 中位数"), .money),
                      ReportColumn("non_ai_with_pay", t("Non-AI postings with pay", "有薪资的非 AI 招聘"), .integer),
                      ReportColumn("non_ai_median", t("Non-AI median", "非 AI 中位数"), .money),
                      ReportColumn("premium_percent", t("AI pay premium %", "AI 薪资溢价 %"), .decimal)],
            rows: occupationRows)
        return [byMonth, byOccupation]
    }
}
