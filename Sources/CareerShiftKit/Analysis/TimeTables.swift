/// Time to transition, and demand by layer over time.
public enum TimeTables {
    /// The earliest date among offers received or accepted.
    static func firstOffer(_ entry: Case) -> FuzzyDate? {
        (entry.offers ?? []).filter { $0.outcome == .received || $0.outcome == .accepted }.compactMap(\.date).min()
    }

    /// 5. Decision → first offer and decision → start, in months.
    public static func timeToTransition(_ input: ReportInput) -> ReportTable {
        let t = input.t
        var rows: [[ReportValue]] = []
        for entry in input.cases {
            guard let decided = entry.decided else { continue }
            let offer = firstOffer(entry)
            let start = entry.landed?.from
            let toOffer = offer.flatMap { Statistics.months(from: decided, to: $0) }
            let toStart = start.flatMap { Statistics.months(from: decided, to: $0) }
            guard toOffer != nil || toStart != nil else { continue }
            let approximate = (toOffer?.approximate ?? false) || (toStart?.approximate ?? false)
            rows.append([
                .text(entry.id.rawValue), .text(input.person(entry)), .text(decided.description),
                offer.map { .text($0.description) } ?? .missing, start.map { .text($0.description) } ?? .missing,
                toOffer.map { .rounded($0.months) } ?? .missing, toStart.map { .rounded($0.months) } ?? .missing,
                .text(approximate ? t("yes", "是") : t("no", "否")),
            ])
        }
        return ReportTable(
            name: "time_to_transition", title: t("Time to transition", "转型用时"),
            method: t("Months from the decision to move to the first offer received and to the start of the new job, measured between the middles of each date's span (late May = 21–31 May; a month = 30.44 days). Approximate when either date is not a known day.",
                      "从决定转型到收到第一个 offer、到新工作入职的月数，按各日期区间的中点计算（下旬 = 21–31 日；一个月 = 30.44 天）。任一日期不精确到日即标为约数。"),
            n: rows.count,
            columns: [
                ReportColumn("case", t("Case", "案例"), .text, key: true),
                ReportColumn("person", t("Person", "人物"), .text),
                ReportColumn("decided", t("Decided", "决定"), .text),
                ReportColumn("first_offer", t("First offer", "首个 offer"), .text),
                ReportColumn("started", t("Started", "入职"), .text),
                ReportColumn("months_to_offer", t("Months to offer", "至 offer 月数"), .decimal),
                ReportColumn("months_to_start", t("Months to start", "至入职月数"), .decimal),
                ReportColumn("approximate", t("Approximate", "约数"), .text),
            ],
            rows: rows)
    }

    /// The year a case's move happened in: landed, else the first offer, else decided.
    static func year(of entry: Case) -> Int? {
        (entry.landed?.from ?? firstOffer(entry) ?? entry.funnel?.from ?? entry.decided)?.year
    }

    struct DemandCell {
        var cases = 0
        var applications: [Count] = []
        var offers: [Count] = []
        var directions: [Observation.Direction: Int] = [:]
        var figures: [String] = []
        var observationCount: Int { directions.values.reduce(0, +) }
        /// Cases moving into the layer plus observations saying more, or scarce.
        var signals: Int { cases + (directions[.more] ?? 0) + (directions[.scarce] ?? 0) }
    }

    static func demand(_ input: ReportInput) -> [Int: [Layer: DemandCell]] {
        var cells: [Int: [Layer: DemandCell]] = [:]
        for entry in input.cases {
            if let year = year(of: entry), let layer = input.layer(of: entry) {
                cells[year, default: [:]][layer, default: DemandCell()].cases += 1
            }
            for offer in entry.offers ?? [] {
                guard let role = offer.role ?? input.targetRole(of: entry), let layer = input.taxonomy.layer(of: role),
                      let year = offer.date?.year ?? year(of: entry) else { continue }
                cells[year, default: [:]][layer, default: DemandCell()].applications.append(OutcomeTables.weight(offer))
                if offer.outcome == .received || offer.outcome == .accepted || offer.outcome == .declined {
                    cells[year, default: [:]][layer, default: DemandCell()].offers.append(OutcomeTables.weight(offer))
                }
            }
        }
        for observation in input.observations {
            guard let year = observation.period?.year else { continue }
            let layers = observation.layer.map { [$0] } ?? Array(Set((observation.roles ?? []).compactMap { input.taxonomy.layer(of: $0) })).sorted()
            for layer in layers {
                cells[year, default: [:]][layer, default: DemandCell()].directions[observation.direction, default: 0] += 1
                if let figure = observation.figure, input.isPublic(observation) || input.minimumCell <= 1 {
                    let text = figure.text ?? figure.percent.map { "\($0)%" } ?? figure.pay?.text ?? ""
                    if !text.isEmpty { cells[year, default: [:]][layer, default: DemandCell()].figures.append(text) }
                }
            }
        }
        return cells
    }

    /// Observations whose figures are left out because a private source stands behind them.
    public static func hiddenFigures(_ input: ReportInput) -> [String] {
        guard input.minimumCell > 1 else { return [] }
        return input.observations.filter { $0.figure != nil && !input.isPublic($0) }.map { observation in
            input.t("role_demand: observation \(observation.id): its figure is hidden (a private source)",
                    "role_demand：观察 \(observation.id)：其数字已隐藏（来自私有来源）")
        }
    }

    /// 6. Demand per year × layer from cases (moves, applications, offers) and expert observations.
    public static func roleDemand(_ input: ReportInput) -> ReportTable {
        let t = input.t
        let cells = demand(input)
        var rows: [[ReportValue]] = []
        for year in Set(cells.keys).union(input.postingsByYear.keys).sorted() {
            for layer in Layer.allCases {
                let postings = input.postingsByYear[year]?[layer]
                guard cells[year]?[layer] != nil || postings != nil else { continue }
                let cell = cells[year]?[layer] ?? DemandCell()
                rows.append([
                    .text(String(year)), .text(input.name(of: layer)), .integer(postings ?? 0), .integer(cell.cases),
                    Statistics.sum(cell.applications).map(ReportValue.count) ?? .integer(0),
                    Statistics.sum(cell.offers).map(ReportValue.count) ?? .integer(0),
                    .integer(cell.directions[.more] ?? 0), .integer(cell.directions[.less] ?? 0),
                    .integer(cell.directions[.scarce] ?? 0), .integer(cell.directions[.higherBar] ?? 0),
                    cell.figures.isEmpty ? .missing : .text(cell.figures.sorted().joined(separator: "; ")),
                ])
            }
        }
        return ReportTable(
            name: "role_demand", title: t("Role demand by layer", "各层岗位需求"),
            method: t("Per year and layer: cases whose move (landed, else first offer, else decision) falls in the year and whose target role sits in the layer; named applications and offers by their role's layer and date; expert observations by period and direction, with their figures; and imported job postings by their date and the layer of their title's role, side by side with the cases.",
                      "按年份和层：转型（入职，否则首个 offer，否则决定）发生在该年且目标岗位属于该层的案例；列出的申请与 offer 按岗位所属层和日期计；专家观察按时期和方向计，并附数字；导入的招聘信息按发布日期及其职位所属层并列计入。"),
            n: input.cases.count + input.observations.count,
            columns: [
                ReportColumn("period", t("Period", "时期"), .text, key: true),
                ReportColumn("layer", t("Layer", "层"), .text, key: true),
                ReportColumn("postings", t("Job postings", "招聘数"), .integer),
                ReportColumn("cases", t("Cases", "案例"), .integer),
                ReportColumn("applications", t("Applications", "申请"), .count),
                ReportColumn("offers", t("Offers", "offer"), .count),
                ReportColumn("observed_more", t("Observed: more", "观察：增多"), .integer),
                ReportColumn("observed_less", t("Observed: less", "观察：减少"), .integer),
                ReportColumn("observed_scarce", t("Observed: scarce", "观察：稀缺"), .integer),
                ReportColumn("observed_higher_bar", t("Observed: higher bar", "观察：门槛提高"), .integer),
                ReportColumn("figures", t("Figures", "数字"), .text),
            ],
            rows: rows)
    }

    /// The shift between model and application layer, year on year.
    public static func layerShift(_ input: ReportInput) -> ReportTable {
        let t = input.t
        let cells = demand(input)
        var rows: [[ReportValue]] = []
        var previous: Double?
        for year in cells.keys.sorted() {
            let model = cells[year]?[.model]?.signals ?? 0
            let application = cells[year]?[.application]?.signals ?? 0
            let share = model + application == 0 ? nil : Double(application) * 100 / Double(model + application)
            rows.append([
                .text(String(year)), .integer(model), .integer(application),
                share.map { .rounded($0) } ?? .missing,
                share.flatMap { s in previous.map { .rounded(s - $0) } } ?? .missing,
            ])
            if let share { previous = share }
        }
        return ReportTable(
            name: "layer_shift", title: t("Model layer vs application layer", "模型层与应用层"),
            method: t("Demand signals per year: cases moving into the layer plus observations that the layer wants more people or finds them scarce. Application share = application ÷ (model + application); shift = change in share from the previous year with signals, in percentage points.",
                      "每年的需求信号：转入该层的案例，加上认为该层需要更多人或人才稀缺的观察。应用层占比 = 应用层 ÷（模型层 + 应用层）；变化 = 与上一有信号年份相比的占比变化（百分点）。"),
            n: input.cases.count + input.observations.count,
            columns: [
                ReportColumn("period", t("Period", "时期"), .text, key: true),
                ReportColumn("model_signals", t("Model-layer signals", "模型层信号"), .integer),
                ReportColumn("application_signals", t("Application-layer signals", "应用层信号"), .integer),
                ReportColumn("application_share_percent", t("Application share %", "应用层占比 %"), .percent),
                ReportColumn("shift_points", t("Shift (points)", "变化（百分点）"), .decimal),
            ],
            rows: rows)
    }
}
