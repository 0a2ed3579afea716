/// Overview, transition paths, the outcome funnel, and outcome by background and by driver.
public enum OutcomeTables {
    /// 1. Cases, people, sources, observations, date range, outcomes.
    public static func overview(_ input: ReportInput) -> ReportTable {
        let t = input.t
        let dates = input.sources.values.compactMap(\.published).sorted()
        let named = Set(input.cases.compactMap(\.persona.name))
        let people = named.count + input.cases.filter { $0.persona.name == nil }.count
        var rows: [[ReportValue]] = [
            [.text(t("cases", "案例")), .integer(input.cases.count)],
            [.text(t("people", "人数")), .integer(people)],
            [.text(t("sources", "来源")), .integer(input.sources.count)],
            [.text(t("observations", "观察")), .integer(input.observations.count)],
            [.text(t("first source date", "最早来源日期")), dates.first.map { .text($0.description) } ?? .missing],
            [.text(t("last source date", "最晚来源日期")), dates.last.map { .text($0.description) } ?? .missing],
        ]
        for outcome in Outcome.allCases {
            rows.append([.text(t("outcome: ", "结果：") + input.word(outcome)), .integer(input.cases.filter { $0.outcome == outcome }.count)])
        }
        rows.append([.text(t("outcome: ", "结果：") + input.unknown), .integer(input.cases.filter { $0.outcome == nil }.count)])
        return ReportTable(
            name: "overview", title: t("Overview", "概览"),
            method: t("Counts of what the report is computed from. People are distinct named persons plus unnamed cases.",
                      "报告所依据的数据计数。人数为不同的具名人物加上匿名案例。"),
            n: input.cases.count,
            columns: [ReportColumn("measure", t("Measure", "指标"), .text, key: true), ReportColumn("value", t("Value", "数值"), .mixed)],
            rows: rows)
    }

    struct PathKey: Hashable, Comparable {
        var origin: String
        var role: String
        var layer: String
        static func < (a: PathKey, b: PathKey) -> Bool { (a.origin, a.role, a.layer) < (b.origin, b.role, b.layer) }
    }

    /// The cases grouped by origin industry → role sought → layer, most common first.
    static func paths(_ input: ReportInput) -> [(key: PathKey, cases: [Case])] {
        let groups = Dictionary(grouping: input.cases) { entry in
            PathKey(origin: input.name(of: entry.origin?.industry), role: input.name(of: input.targetRole(of: entry)),
                    layer: input.name(of: input.layer(of: entry)))
        }
        return groups.map { ($0.key, $0.value) }.sorted { a, b in
            a.cases.count != b.cases.count ? a.cases.count > b.cases.count : a.key < b.key
        }
    }

    /// 2. Transition paths with success rates and 95% Wilson intervals.
    public static func transitionPaths(_ input: ReportInput) -> ReportTable {
        let t = input.t
        let total = input.cases.count
        let rows: [[ReportValue]] = paths(input).map { path in
            let landed = path.cases.filter(input.hasLanded).count
            let interval = Statistics.wilson(successes: landed, of: path.cases.count)
            return [
                .text(path.key.origin), .text(path.key.role), .text(path.key.layer), .integer(path.cases.count),
                Statistics.percent(path.cases.count, of: total), .integer(landed), Statistics.percent(landed, of: path.cases.count),
                interval.map { .rounded($0.lowerBound * 100) } ?? .missing, interval.map { .rounded($0.upperBound * 100) } ?? .missing,
            ]
        }
        return ReportTable(
            name: "transition_paths", title: t("Transition paths", "转型路径"),
            method: t("Each case counted once on its origin industry, the first role it sought (or the role it landed) and that role's layer. Landed = outcome landed or reassigned. Success rate = landed ÷ cases, with a 95% Wilson score interval.",
                      "每个案例按原行业、首个目标岗位（或最终入职岗位）及其所属层计一次。入行 = 结果为入行或内部转岗。成功率 = 入行数 ÷ 案例数，附 95% Wilson 置信区间。"),
            n: total,
            columns: [
                ReportColumn("origin_industry", t("Origin industry", "原行业"), .text, key: true),
                ReportColumn("target_role", t("Target role", "目标岗位"), .text, key: true),
                ReportColumn("layer", t("Layer", "层"), .text, key: true),
                ReportColumn("cases", t("Cases", "案例数"), .integer),
                ReportColumn("share_percent", t("Share %", "占比 %"), .percent),
                ReportColumn("landed", t("Landed", "入行"), .integer),
                ReportColumn("success_percent", t("Success %", "成功率 %"), .percent),
                ReportColumn("ci_low_percent", t("95% CI low", "95% 区间下限"), .percent),
                ReportColumn("ci_high_percent", t("95% CI high", "95% 区间上限"), .percent),
            ],
            rows: rows)
    }

    /// The count an offer line stands for (1 unless it says).
    static func weight(_ offer: Offer) -> Count { offer.count ?? Count(1) }

    /// 3. Applications → interviews → offers → accepted per case, and where rejections happened.
    public static func funnel(_ input: ReportInput) -> ReportTable {
        let t = input.t
        var rows: [[ReportValue]] = []
        var totals = [[Count]](repeating: [], count: 7)
        let cases = input.cases.filter { $0.funnel != nil || !($0.offers ?? []).isEmpty }
        for entry in cases {
            let offers = entry.offers ?? []
            func offerCount(_ kind: Offer.Kind) -> Count? {
                let lines = offers.filter { $0.kind == kind && ($0.outcome == .received || $0.outcome == .accepted || $0.outcome == .declined) }
                return Statistics.sum(lines.map(weight))
            }
            func outcomeCount(_ outcome: Offer.Outcome) -> Count? {
                Statistics.sum(offers.filter { $0.outcome == outcome }.map(weight))
            }
            let values: [Count?] = [
                entry.funnel?.applications, entry.funnel?.interviews,
                entry.funnel?.offersInternship ?? offerCount(.internship), entry.funnel?.offersFullTime ?? offerCount(.fullTime),
                outcomeCount(.accepted), outcomeCount(.rejectedAtResume), outcomeCount(.rejectedAfterInterviews),
            ]
            for (i, value) in values.enumerated() { if let value { totals[i].append(value) } }
            rows.append([.text(entry.id.rawValue), .text(input.person(entry))] + values.map { $0.map(ReportValue.count) ?? .missing })
        }
        rows.append([.text(t("all", "合计")), .text("")] + totals.map { Statistics.sum($0).map(ReportValue.count) ?? .missing })
        return ReportTable(
            name: "funnel", title: t("Outcome funnel", "求职漏斗"),
            method: t("Totals as the sources give them (≥ marks a lower bound, as in 20多份 = ≥20); offers fall back to the named offers when no total is given. Rejections are counted from the named applications by the stage they ended at. The 'all' row sums what is known and is a lower bound when any part is.",
                      "按来源给出的总数（≥ 表示下限，如“20多份”= ≥20）；未给总数时按列出的 offer 计。拒绝按列出的申请在哪一阶段结束计数。“合计”行为已知数之和，任何一项为下限则合计亦为下限。"),
            n: cases.count,
            columns: [
                ReportColumn("case", t("Case", "案例"), .text, key: true),
                ReportColumn("person", t("Person", "人物"), .text),
                ReportColumn("applications", t("Applications", "投递"), .count),
                ReportColumn("interviews", t("Interviews", "面试"), .count),
                ReportColumn("offers_internship", t("Internship offers", "实习 offer"), .count),
                ReportColumn("offers_fulltime", t("Full-time offers", "正式 offer"), .count),
                ReportColumn("accepted", t("Accepted", "接受"), .count),
                ReportColumn("rejected_at_resume", t("Rejected at résumé", "简历被拒"), .count),
                ReportColumn("rejected_after_interviews", t("Rejected after interviews", "面试后被拒"), .count),
            ],
            rows: rows)
    }

    /// Rows of (dimension, value, cases, landed, success %) for one way of grouping cases.
    static func outcomeRows(_ input: ReportInput, dimension: String, groups: [(String, [Case])]) -> [[ReportValue]] {
        groups.sorted { $0.0 < $1.0 }.map { value, cases in
            let landed = cases.filter(input.hasLanded).count
            return [.text(dimension), .text(value), .integer(cases.count), .integer(landed), Statistics.percent(landed, of: cases.count)]
        }
    }

    static func outcomeColumns(_ input: ReportInput) -> [ReportColumn] {
        let t = input.t
        return [
            ReportColumn("dimension", t("Dimension", "维度"), .text, key: true),
            ReportColumn("value", t("Value", "取值"), .text, key: true),
            ReportColumn("cases", t("Cases", "案例数"), .integer),
            ReportColumn("landed", t("Landed", "入行"), .integer),
            ReportColumn("success_percent", t("Success %", "成功率 %"), .percent),
        ]
    }

    static func grouped(_ cases: [Case], by key: (Case) -> [String]) -> [(String, [Case])] {
        var groups: [String: [Case]] = [:]
        for entry in cases { for value in key(entry) { groups[value, default: []].append(entry) } }
        return groups.map { ($0.key, $0.value) }
    }

    /// 7. Education level, school tier and origin industry against outcome.
    public static func background(_ input: ReportInput) -> ReportTable {
        let t = input.t
        let rows = outcomeRows(input, dimension: t("education", "学历"), groups: grouped(input.cases) { [input.word($0.persona.education?.level)] })
            + outcomeRows(input, dimension: t("school tier", "院校层次"), groups: grouped(input.cases) { [input.word($0.persona.education?.tier)] })
            + outcomeRows(input, dimension: t("origin industry", "原行业"), groups: grouped(input.cases) { [input.name(of: $0.origin?.industry)] })
        return ReportTable(
            name: "background", title: t("Background and outcome", "背景与结果"),
            method: t("Cases grouped by highest education, school tier and origin industry; landed = outcome landed or reassigned.",
                      "按最高学历、院校层次和原行业分组；入行 = 结果为入行或内部转岗。"),
            n: input.cases.count, columns: outcomeColumns(input), rows: rows)
    }

    /// 8. Push / pull / forced drivers, their reasons, and the article's archetypes against outcome.
    public static func drivers(_ input: ReportInput) -> ReportTable {
        let t = input.t
        let rows = outcomeRows(input, dimension: t("driver", "驱动"), groups: grouped(input.cases) { entry in
            let kinds = Set((entry.drivers ?? []).map { input.word($0.kind) })
            return kinds.isEmpty ? [input.unknown] : kinds.sorted()
        })
            + outcomeRows(input, dimension: t("reason", "原因"), groups: grouped(input.cases) { entry in
                Set((entry.drivers ?? []).compactMap(\.reason).map { input.word($0) }).sorted()
            })
            + outcomeRows(input, dimension: t("archetype", "类型"), groups: grouped(input.cases) { [input.word($0.archetype)] })
        return ReportTable(
            name: "drivers", title: t("Drivers and archetypes", "驱动因素与类型"),
            method: t("A case with several drivers counts once under each kind and reason. Archetypes are the article's typology: fearful 恐惧者, hesitant 迟疑者, wanderer 漫游者, vanguard 浪头.",
                      "有多个驱动因素的案例在每个类别和原因下各计一次。类型取自原文：恐惧者、迟疑者、漫游者、浪头。"),
            n: input.cases.count, columns: outcomeColumns(input), rows: rows)
    }
}
