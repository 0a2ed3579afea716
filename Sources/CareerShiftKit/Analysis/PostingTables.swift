/// The posting tables of a report: demand by month and layer, pay per role, cities, pay text.
public enum PostingTables {
    /// The quartile of sorted value counts by the nearest-rank method: the smallest value with at
    /// least `q × n` values at or below it.
    static func quantile(_ counts: [(value: Int64, n: Int)], total: Int, numerator: Int, denominator: Int) -> Int64? {
        guard total > 0 else { return nil }
        let rank = max(1, (total * numerator + denominator - 1) / denominator)
        var seen = 0
        for (value, n) in counts {
            seen += n
            if seen >= rank { return value }
        }
        return counts.last?.value
    }

    static func layerName(_ role: String?, taxonomy: Taxonomy, input: ReportInput) -> String {
        guard let role else { return input.t("unclassified", "未分类") }
        return input.name(of: taxonomy.layer(of: Role.ID(role)))
    }

    /// Every posting table, or none when there are no postings.
    public static func tables(_ aggregates: PostingAggregates, taxonomy: Taxonomy, language: Language) -> [ReportTable] {
        guard aggregates.total > 0 else { return [] }
        let input = ReportInput(content: CaseFile(), taxonomy: taxonomy, language: language)
        let t = input.t
        let total = aggregates.total

        // Month × layer.
        var byMonth: [Int: [String: Int]] = [:]
        for (key, n) in aggregates.counts {
            byMonth[key.month ?? Int.max, default: [:]][layerName(key.role, taxonomy: taxonomy, input: input), default: 0] += n
        }
        var monthRows: [[ReportValue]] = []
        var shiftRows: [[ReportValue]] = []
        var previous: Double?
        let model = input.name(of: Layer.model), application = input.name(of: Layer.application)
        for month in byMonth.keys.sorted() {
            let layers = byMonth[month]!
            let monthTotal = layers.values.reduce(0, +)
            let label = month == Int.max ? t("undated", "无日期") : PostingAggregates.label(month: month)
            for (layer, n) in layers.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                monthRows.append([.text(label), .text(layer), .integer(n), Statistics.percent(n, of: monthTotal)])
            }
            let m = layers[model] ?? 0, a = layers[application] ?? 0
            let share = m + a == 0 ? nil : Double(a) * 100 / Double(m + a)
            let dated = month != Int.max
            shiftRows.append([.text(label), .integer(m), .integer(a), share.map { .rounded($0) } ?? .missing,
                              dated ? share.flatMap { s in previous.map { .rounded(s - $0) } } ?? .missing : .missing])
            if let share, dated { previous = share }
        }
        let byLayer = ReportTable(
            name: "postings_by_month_layer", title: t("Postings by month and layer", "各月各层招聘数"),
            method: t("Postings per month of their date and the layer of the role their title is read as (qualifiers and head composed; README, \"How a title is read\"); share of the month's postings.",
                      "按发布月份和职位名称所读出的岗位（限定词与职业核心词组合；见 README“How a title is read”）所属层统计招聘数；占当月比例。"),
            n: total,
            columns: [ReportColumn("month", t("Month", "月份"), .text, key: true), ReportColumn("layer", t("Layer", "层"), .text, key: true),
                      ReportColumn("postings", t("Postings", "招聘数"), .integer), ReportColumn("share_percent", t("Share %", "占比 %"), .percent)],
            rows: monthRows)
        let shift = ReportTable(
            name: "postings_layer_shift", title: t("Postings: model layer vs application layer", "招聘：模型层与应用层"),
            method: t("Application-layer share of model + application postings per month, and its change from the previous month in percentage points.",
                      "每月应用层招聘占（模型层 + 应用层）的比例，及较上月的变化（百分点）。"),
            n: total,
            columns: [ReportColumn("month", t("Month", "月份"), .text, key: true), ReportColumn("model", t("Model layer", "模型层"), .integer),
                      ReportColumn("application", t("Application layer", "应用层"), .integer),
                      ReportColumn("application_share_percent", t("Application share %", "应用层占比 %"), .percent),
                      ReportColumn("shift_points", t("Shift (points)", "变化（百分点）"), .decimal)],
            rows: shiftRows)

        let aiShare = aiShareTable(aggregates, taxonomy: taxonomy, input: input)

        // Roles: count and pay quartiles.
        var roleCounts: [String?: Int] = [:]
        for (key, n) in aggregates.counts { roleCounts[key.role, default: 0] += n }
        var payByRole: [String?: [Int64: Int]] = [:]
        var annualByRole: [String?: [Int64: Int]] = [:]
        for (key, n) in aggregates.pay {
            payByRole[key.role, default: [:]][key.monthly, default: 0] += n
            annualByRole[key.role, default: [:]][key.annual, default: 0] += n
        }
        let roleRows: [[ReportValue]] = roleCounts.sorted { ($0.value, $1.key ?? "") > ($1.value, $0.key ?? "") }.map { role, n in
            let pays = (payByRole[role] ?? [:]).map { (value: $0.key, n: $0.value) }.sorted { $0.value < $1.value }
            let annual = (annualByRole[role] ?? [:]).map { (value: $0.key, n: $0.value) }.sorted { $0.value < $1.value }
            let withPay = pays.reduce(0) { $0 + $1.n }
            func q(_ values: [(value: Int64, n: Int)], _ num: Int, _ den: Int) -> ReportValue {
                quantile(values, total: withPay, numerator: num, denominator: den).map { .integer(Int($0)) } ?? .missing
            }
            return [.text(role.map { input.name(of: Role.ID($0)) } ?? t("unclassified", "未分类")), .text(layerName(role, taxonomy: taxonomy, input: input)),
                    .integer(n), .integer(withPay), q(pays, 1, 4), q(pays, 1, 2), q(pays, 3, 4), q(annual, 1, 4), q(annual, 1, 2), q(annual, 3, 4)]
        }
        let roles = ReportTable(
            name: "postings_by_role", title: t("Postings and pay by role", "各岗位招聘数与薪资"),
            method: t("Postings per role, and the quartiles of monthly pay (CNY, the midpoint of each posted range; annual pay ÷ 12, daily × 21.75) and of annual pay (monthly × the months paid per year, e.g. ·14薪) over postings that state an amount in CNY, by the nearest-rank method.",
                      "各岗位招聘数，以及标明人民币金额的招聘月薪（取区间中点；年薪 ÷ 12，日薪 × 21.75）与年薪（月薪 × 每年发薪月数，如 ·14薪）的四分位数（最近秩法）。"),
            n: total,
            columns: [ReportColumn("role", t("Role", "岗位"), .text, key: true), ReportColumn("layer", t("Layer", "层"), .text),
                      ReportColumn("postings", t("Postings", "招聘数"), .integer), ReportColumn("with_pay", t("With pay", "有薪资"), .integer),
                      ReportColumn("pay_p25", t("Monthly pay P25", "月薪 P25"), .money), ReportColumn("pay_median", t("Median", "中位数"), .money),
                      ReportColumn("pay_p75", t("P75", "P75"), .money),
                      ReportColumn("annual_p25", t("Annual pay P25", "年薪 P25"), .money), ReportColumn("annual_median", t("Annual median", "年薪中位数"), .money),
                      ReportColumn("annual_p75", t("Annual P75", "年薪 P75"), .money)],
            rows: roleRows)

        // Top cities per layer.
        var cities: [String: [String: Int]] = [:]
        for (key, n) in aggregates.counts {
            cities[layerName(key.role, taxonomy: taxonomy, input: input), default: [:]][key.city ?? input.unknown, default: 0] += n
        }
        var cityRows: [[ReportValue]] = []
        for layer in cities.keys.sorted() {
            let counts = cities[layer]!
            let layerTotal = counts.values.reduce(0, +)
            for (rank, entry) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(5).enumerated() {
                cityRows.append([.text(layer), .integer(rank + 1), .text(entry.key), .integer(entry.value), Statistics.percent(entry.value, of: layerTotal)])
            }
        }
        let topCities = ReportTable(
            name: "postings_top_cities", title: t("Top cities per layer", "各层热门城市"),
            method: t("The five cities with the most postings in each layer (the part of the location before '-': 北京-朝阳区 is 北京).",
                      "每层招聘数最多的五个城市（取地点中“-”之前的部分：北京-朝阳区 计为 北京）。"),
            n: total,
            columns: [ReportColumn("layer", t("Layer", "层"), .text, key: true), ReportColumn("rank", t("Rank", "排名"), .integer, key: true),
                      ReportColumn("city", t("City", "城市"), .text), ReportColumn("postings", t("Postings", "招聘数"), .integer),
                      ReportColumn("share_percent", t("Share of layer %", "占该层 %"), .percent)],
            rows: cityRows)

        // Pay text.
        var states: [PostingPay: Int] = [:]
        for (key, n) in aggregates.counts { states[key.pay, default: 0] += n }
        let names: [PostingPay: String] = [.amount: t("amount", "有金额"), .negotiable: t("negotiable (面议)", "面议"),
                                           .unreadable: t("unreadable", "无法识别"), .none: t("no pay given", "未写薪资")]
        let payText = ReportTable(
            name: "postings_pay_text", title: t("Pay text", "薪资文本"),
            method: t("How the pay text of postings reads: an amount, negotiable, unreadable by the pay parser, or absent.",
                      "招聘薪资文本的识别结果：有金额、面议、薪资解析器无法识别、或未写。"),
            n: total,
            columns: [ReportColumn("state", t("Pay text", "薪资文本"), .text, key: true), ReportColumn("postings", t("Postings", "招聘数"), .integer),
                      ReportColumn("share_percent", t("Share %", "占比 %"), .percent)],
            rows: PostingPay.allCases.map { [.text(names[$0]!), .integer(states[$0] ?? 0), Statistics.percent(states[$0] ?? 0, of: total)] })
        let premium = PayPremium.tables(aggregates, taxonomy: taxonomy, input: input)
        return [byLayer, shift, aiShare] + premium + [roles, topCities, payText]
    }

    /// The AI share of all postings per month, with its change from the previous month, and each
    /// AI layer's share of the month's AI postings.
    static func aiShareTable(_ aggregates: PostingAggregates, taxonomy: Taxonomy, input: ReportInput) -> ReportTable {
        let t = input.t
        let aiLayers = Layer.allCases.filter { $0 != .nonAI }
        var months: [Int: (all: Int, byLayer: [Layer: Int], genai: Int, unread: Int)] = [:]
        for (key, n) in aggregates.counts {
            guard let month = key.month else { continue }
            months[month, default: (0, [:], 0, 0)].all += n
            if let role = key.role, let layer = taxonomy.layer(of: Role.ID(role)), layer != .nonAI {
                months[month]!.byLayer[layer, default: 0] += n
                switch key.genai {
                case true?: months[month]!.genai += n
                case false?: break
                case nil: months[month]!.unread += n
                }
            }
        }
        var rows: [[ReportValue]] = []
        var previous: Double?
        var previousGenAI: Double?
        for month in months.keys.sorted() {
            let (all, byLayer, genai, unread) = months[month]!
            let ai = byLayer.values.reduce(0, +)
            let share = all == 0 ? nil : Double(ai) * 100 / Double(all)
            var row: [ReportValue] = [.text(PostingAggregates.label(month: month)), .integer(all), .integer(ai),
                                      share.map { .rounded($0) } ?? .missing,
                                      share.flatMap { s in previous.map { .rounded(s - $0) } } ?? .missing]
            row += aiLayers.map { layer in ai == 0 ? .missing : Statistics.percent(byLayer[layer] ?? 0, of: ai) }
            // GenAI: unknown for a month with AI postings whose flag was never read.
            let genaiShare = ai == 0 || unread > 0 ? nil : Double(genai) * 100 / Double(ai)
            row += [unread > 0 ? .missing : .integer(genai), genaiShare.map { .rounded($0) } ?? .missing,
                    genaiShare.flatMap { s in previousGenAI.map { .rounded(s - $0) } } ?? .missing]
            rows.append(row)
            previous = share
            previousGenAI = genaiShare
        }
        let unread = months.values.reduce(0) { $0 + $1.unread }
        return ReportTable(
            name: "postings_ai_share", title: t("Postings: AI share and layer mix", "招聘：AI 岗位占比与各层构成"),
            method: t("Per month: AI postings (a role in an AI layer) as a share of all dated postings, unclassified ones included, and its change from the previous month in percentage points; then each layer's share of the month's AI postings. Last, GenAI postings (an AI role read as LLM or generative work: its role is GenAI, or its title names LLM or generative work) as a share of the month's AI postings, and its change. Read the postings column: a share of a small month is a small sample. Counts of different taxonomy versions are not comparable (the manifest names the version)." + (unread == 0 ? "" : " \(unread) AI postings were stored before careershift read the GenAI flag; their months show no GenAI figures until `careershift postings reclassify`."),
                      "每月：AI 岗位（属于 AI 各层的岗位）占全部有日期招聘（含未分类）的比例，及较上月的变化（百分点）；以及各层占当月 AI 岗位的比例。最后是生成式 AI 岗位（岗位本身属生成式 AI，或职位名称提到大模型或生成式工作）占当月 AI 岗位的比例及其变化。请看招聘数一列：小月份的比例样本很小。不同分类版本的计数不可比（清单注明版本）。" + (unread == 0 ? "" : "有 \(unread) 条 AI 招聘存入时尚未读取生成式 AI 标记；在运行 `careershift postings reclassify` 之前，其所在月份不显示生成式 AI 数字。")),
            n: months.values.reduce(0) { $0 + $1.all },
            columns: [ReportColumn("month", t("Month", "月份"), .text, key: true), ReportColumn("postings", t("Postings", "招聘数"), .integer),
                      ReportColumn("ai_postings", t("AI postings", "AI 岗位数"), .integer),
                      ReportColumn("ai_share_percent", t("AI share %", "AI 占比 %"), .percent),
                      ReportColumn("ai_share_change_points", t("Change (points)", "变化（百分点）"), .decimal)]
                + aiLayers.map { layer in
                    ReportColumn("\(layer.rawValue)_share_of_ai_percent", t("\(input.name(of: layer)) % of AI", "\(input.name(of: layer)) 占 AI %"), .percent)
                }
                + [ReportColumn("genai_postings", t("GenAI postings", "生成式 AI 岗位数"), .integer),
                   ReportColumn("genai_share_of_ai_percent", t("GenAI % of AI", "生成式 AI 占 AI %"), .percent),
                   ReportColumn("genai_share_change_points", t("GenAI change (points)", "生成式 AI 变化（百分点）"), .decimal)],
            rows: rows)
    }

    /// Postings per year and layer, for the role-demand table.
    public static func postingsByYear(_ aggregates: PostingAggregates, taxonomy: Taxonomy) -> [Int: [Layer: Int]] {
        var result: [Int: [Layer: Int]] = [:]
        for (key, n) in aggregates.counts {
            guard let month = key.month, let role = key.role, let layer = taxonomy.layer(of: Role.ID(role)) else { continue }
            result[month / 12, default: [:]][layer, default: 0] += n
        }
        return result
    }

    /// Tables as text for `postings summarize`.
    public static func text(_ tables: [ReportTable], format: DiffFormat) -> String {
        switch format {
        case .md:
            let renderer = MarkdownRenderer()
            return tables.map { "## \($0.title)\n\n*n = \($0.n).* \($0.method)\n\n" + renderer.table($0, noRows: "No rows.") }.joined(separator: "\n")
        case .csv:
            return tables.map { "# \($0.name)\r\n" + CSV.document(header: $0.columns.map(\.name), rows: $0.rows.map { $0.map(\.text) }) }.joined(separator: "\r\n")
        case .json:
            return JSON.render(.array(tables.map(JSONRenderer().table))) + "\n"
        }
    }
}
