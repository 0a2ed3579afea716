/// Voices, data quality and caveats: the tables that say what the numbers rest on.
public enum NarrativeTables {
    /// 9. Quotes grouped by theme, each with person, source and date.
    public static func voices(_ input: ReportInput) -> ReportTable {
        let t = input.t
        var rows: [[ReportValue]] = []
        var quoted = Set<Case.ID>()
        for entry in input.cases {
            for (i, quote) in (entry.quotes ?? []).enumerated() {
                quoted.insert(entry.id)
                rows.append([
                    .text(quote.theme ?? t("(no theme)", "（无主题）")), .text("\(entry.id)#\(i + 1)"), .text(input.person(entry)),
                    .text(quote.text), quote.translation.map(ReportValue.text) ?? .missing,
                    .text(sourceTitles(entry.sources, input)), (quote.date ?? sourceDate(entry.sources, input)).map { .text($0.description) } ?? .missing,
                ])
            }
        }
        for observation in input.observations {
            guard let quote = observation.quote else { continue }
            let who = observation.who.name + (observation.who.pseudonym == true ? t(" (pseudonym)", "（化名）") : "")
                + (observation.who.role.map { ", \($0)" } ?? "")
            rows.append([
                .text(t("market", "市场")), .text(observation.id.rawValue), .text(who), .text(quote), .text(observation.statement),
                .text(sourceTitles(observation.sources, input)), (observation.period ?? sourceDate(observation.sources, input)).map { .text($0.description) } ?? .missing,
            ])
        }
        rows.sort { ($0[0].text, $0[1].text) < ($1[0].text, $1[1].text) }
        return ReportTable(
            name: "voices", title: t("Voices", "原声"),
            method: t("Quotes from cases grouped by theme, and quotes from expert observations under 'market'. The date is the quote's own, else the source's.",
                      "案例中的引语按主题分组，专家观察的引语归入“市场”。日期为引语自身日期，否则为来源日期。"),
            n: quoted.count + input.observations.filter { $0.quote != nil }.count,
            columns: [
                ReportColumn("theme", t("Theme", "主题"), .text, key: true),
                ReportColumn("quote_id", t("Quote", "编号"), .text, key: true),
                ReportColumn("person", t("Person", "人物"), .text),
                ReportColumn("text", t("Text", "原文"), .text),
                ReportColumn("translation", t("Translation or gist", "译文或要点"), .text),
                ReportColumn("source", t("Source", "来源"), .text),
                ReportColumn("date", t("Date", "日期"), .text),
            ],
            rows: rows,
            notes: input.redacted ? [t("Quotes are left out of redacted reports.", "脱敏报告不含引语。")] : [])
    }

    static func sourceTitles(_ ids: [Source.ID]?, _ input: ReportInput) -> String {
        (ids ?? []).map { id in input.sources[id].map { s in [s.publisher, s.title].compactMap { $0 }.joined(separator: ": ") } ?? id.rawValue }
            .joined(separator: "; ")
    }

    static func sourceDate(_ ids: [Source.ID]?, _ input: ReportInput) -> FuzzyDate? {
        (ids ?? []).compactMap { input.sources[$0]?.published }.max()
    }

    /// Every fuzzy date a case holds.
    static func dates(of entry: Case) -> [FuzzyDate] {
        let jobs = [entry.origin, entry.landed].compactMap { $0 } + (entry.pastJobs ?? [])
        var dates = jobs.flatMap { [$0.from, $0.until] }.compactMap { $0 }
        dates += [entry.decided, entry.funnel?.from, entry.funnel?.until].compactMap { $0 }
        dates += (entry.offers ?? []).compactMap(\.date)
        dates += (entry.timeline ?? []).flatMap { [$0.date, $0.until] }.compactMap { $0 }
        dates += (entry.learning ?? []).flatMap { [$0.from, $0.until] }.compactMap { $0 }
        return dates
    }

    /// Every count a case holds.
    static func counts(of entry: Case) -> [Count] {
        let funnel = entry.funnel
        return [funnel?.applications, funnel?.interviews, funnel?.offersFullTime, funnel?.offersInternship].compactMap { $0 }
            + (entry.offers ?? []).flatMap { [$0.count, $0.rounds] }.compactMap { $0 }
    }

    /// The main fields a case lacks, by name.
    static func missingFields(_ entry: Case) -> [String] {
        var missing: [String] = []
        if entry.persona.name == nil { missing.append("name") }
        if entry.persona.born == nil { missing.append("born") }
        if entry.persona.education?.level == nil { missing.append("education") }
        if entry.origin?.industry == nil { missing.append("origin.industry") }
        if entry.origin?.role == nil { missing.append("origin.role") }
        if entry.origin?.pay == nil { missing.append("origin.pay") }
        if (entry.targets ?? []).isEmpty { missing.append("targets") }
        if entry.outcome == nil { missing.append("outcome") }
        if (entry.outcome == .landed || entry.outcome == .reassigned) && entry.landed?.pay == nil { missing.append("landed.pay") }
        if entry.decided == nil { missing.append("decided") }
        if entry.funnel == nil && (entry.offers ?? []).isEmpty { missing.append("funnel") }
        return missing
    }

    /// 10. Missing fields, approximate dates and lower bounds per case.
    public static func dataQuality(_ input: ReportInput) -> ReportTable {
        let t = input.t
        let rows: [[ReportValue]] = input.cases.map { entry in
            let missing = missingFields(entry)
            return [
                .text(entry.id.rawValue), .integer(missing.count), missing.isEmpty ? .missing : .text(missing.joined(separator: ", ")),
                .integer(dates(of: entry).filter(\.approximate).count), .integer(counts(of: entry).filter(\.atLeast).count),
            ]
        }
        return ReportTable(
            name: "data_quality", title: t("Data quality", "数据质量"),
            method: t("Per case: which of the main fields (name, birth, education, origin industry, role and pay, targets, outcome, pay landed, decision date, funnel) the sources leave open, how many dates are approximate, how many counts are lower bounds.",
                      "每个案例：来源未给出的主要字段（姓名、出生、学历、原行业、原岗位与薪资、目标、结果、入职薪资、决定日期、漏斗），约数日期个数，下限计数个数。"),
            n: input.cases.count,
            columns: [
                ReportColumn("case", t("Case", "案例"), .text, key: true),
                ReportColumn("missing_count", t("Missing", "缺失数"), .integer),
                ReportColumn("missing_fields", t("Missing fields", "缺失字段"), .text),
                ReportColumn("approximate_dates", t("Approximate dates", "约数日期"), .integer),
                ReportColumn("lower_bounds", t("Lower bounds", "下限计数"), .integer),
            ],
            rows: rows)
    }

    /// 11. Warnings written from the numbers.
    public static func caveats(_ input: ReportInput, payPeople: Int, suppressedCount: Int) -> ReportTable {
        let t = input.t
        var rows: [[ReportValue]] = []
        func add(_ id: String, _ en: String, _ zh: String) { rows.append([.text(id), .text(t(en, zh))]) }
        let n = input.cases.count
        if n < 30 {
            add("small-sample", "n = \(n) cases: read the rates as anecdotes, not statistics; the Wilson intervals show how wide the uncertainty is.",
                "n = \(n) 个案例：比率只能当作个案来读，不是统计结论；Wilson 区间显示了不确定性有多大。")
        }
        if payPeople < 10 {
            add("pay-sample", "Pay change rests on \(payPeople) people with pay known before and after.", "薪资变化仅基于 \(payPeople) 位前后薪资均已知的人。")
        }
        let sourceCount = input.sources.count
        if sourceCount == 1 {
            add("single-source", "All facts come from one source: its choice of people shapes every table.", "所有事实来自同一来源：其选取的人物决定了每张表。")
        }
        let approximate = input.cases.filter { NarrativeTables.dates(of: $0).contains(where: \.approximate) }.count
        if approximate > 0 {
            add("approximate-dates", "\(approximate) of \(n) cases have approximate dates; times are measured between the middles of their spans.",
                "\(n) 个案例中有 \(approximate) 个含约数日期；时长按日期区间中点计算。")
        }
        let unknownOutcome = input.cases.filter { $0.outcome == nil }.count
        if unknownOutcome > 0 {
            add("unknown-outcome", "\(unknownOutcome) of \(n) cases have no known outcome and count as not landed.",
                "\(n) 个案例中有 \(unknownOutcome) 个结果未知，计为未入行。")
        }
        if suppressedCount > 0 {
            add("suppressed", "\(suppressedCount) groups of figures are hidden to protect people from private sources (see Suppressed).",
                "为保护私有来源中的人物，隐藏了 \(suppressedCount) 组数据（见“已隐藏”）。")
        }
        if input.redacted {
            add("redacted", "Redacted: cases, people, observations and sources are shown by code (C0001, P0001, O0001, S0001); quotes, employer names, notes and other free text are left out.",
                "已脱敏：案例、人物、观察和来源以编号显示（C0001、P0001、O0001、S0001）；引语、雇主名称、备注及其他自由文本均已删去。")
        }
        return ReportTable(
            name: "caveats", title: t("Caveats", "注意事项"),
            method: t("Written from the numbers above.", "根据以上数据生成。"),
            n: n,
            columns: [ReportColumn("caveat", t("Caveat", "事项"), .text, key: true), ReportColumn("text", t("Text", "说明"), .text)],
            rows: rows)
    }
}
