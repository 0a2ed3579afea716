import Foundation

/// What to build a report of, and how.
public struct ReportRequest: Sendable {
    /// The day the data is reproduced as of; nil for the newest day in the data.
    public var asOf: Day?
    /// Which dates place data in time.
    public var clock: ReportClock
    public var language: Language
    /// Pay cells with a private source need this many people (`--min-cell`).
    public var minimumCell: Int
    /// Codes for names and ids, no quotes, employer names or free text (`--redact`; see `Redaction`).
    public var redact: Bool

    public init(asOf: Day? = nil, clock: ReportClock = .known, language: Language = .en, minimumCell: Int = 3, redact: Bool = false) {
        self.asOf = asOf
        self.clock = clock
        self.language = language
        self.minimumCell = minimumCell
        self.redact = redact
    }
}

/// Builds reports from data: a pure function of the data, the taxonomy and the request.
public enum ReportBuilder {
    /// The version of the report format written into every manifest.
    public static let schemaVersion = 1
    /// The version of careershift.
    public static let toolVersion = "0.1.0"

    /// Every file name a report of any format can hold.
    public static let fileNames: Set<String> = {
        let empty = report(CaseFile(), asOf: nil, taxonomy: .standard, request: ReportRequest())
        return Set(ReportWriter.files(for: empty, formats: ReportFormat.allCases, options: RenderOptions()).keys)
    }()

    /// The report of the store as it stood on `request.asOf` (by default the newest day in its
    /// data), reproduced from the store's history.
    public static func report(of store: Store, taxonomy: Taxonomy, request: ReportRequest) throws -> Report {
        let history = try store.history()
        var postings = try store.postingAggregates()
        // Postings count by whole months of their own dates (under either clock): the newest one
        // counts as known by the end of its month.
        let newestPosting = postings.counts.keys.compactMap(\.month).max().map { month in
            Day(month / 12, month % 12 + 1, Day.daysIn(month: month % 12 + 1, year: month / 12))
        }
        let day = try request.asOf ?? [Timeline.newestDay(of: history, clock: request.clock), newestPosting].compactMap { $0 }.max()
        if let day { postings = postings.through(month: PostingAggregates.month(of: day)) }
        guard let day else { return report(CaseFile(), asOf: nil, taxonomy: taxonomy, request: request, postings: postings) }
        var content = try Timeline.contents(of: history, asOf: day, clock: request.clock)
        // A source that is private now, or ever was, stays private in every as-of report.
        let everPrivate = Set(history.filter { $0.entity == "source" }.compactMap { entry -> String? in
            guard let source = try? JSONDecoder().decode(Source.self, from: Data(entry.document.utf8)) else { return entry.id }
            return source.effectiveVisibility == .private ? entry.id : nil
        })
        for i in content.sources.indices where everPrivate.contains(content.sources[i].id.rawValue) {
            content.sources[i].visibility = .private
        }
        // So does a case or an observation that ever cited one: it keeps citing it here, so that a
        // figure hidden in one report is never shown in another because a source was dropped.
        struct Cited: Decodable { var sources: [String]? }
        var cited: [String: Set<String>] = [:]
        for entry in history where entry.entity == "case" || entry.entity == "observation" {
            let sources = (try? JSONDecoder().decode(Cited.self, from: Data(entry.document.utf8)))?.sources ?? []
            cited[entry.entity + "\u{1F}" + entry.id, default: []].formUnion(sources.filter(everPrivate.contains))
        }
        func keep(_ current: [Source.ID]?, _ key: String) -> [Source.ID]? {
            let missing = (cited[key] ?? []).subtracting((current ?? []).map(\.rawValue)).sorted().map { Source.ID($0) }
            return missing.isEmpty ? current : (current ?? []) + missing
        }
        for i in content.cases.indices { content.cases[i].sources = keep(content.cases[i].sources, "case\u{1F}" + content.cases[i].id.rawValue) }
        for i in content.observations.indices {
            content.observations[i].sources = keep(content.observations[i].sources, "observation\u{1F}" + content.observations[i].id.rawValue)
        }
        let redaction = request.redact ? Redaction(history: history) : nil
        return report(content, asOf: day, taxonomy: taxonomy, request: request, postings: postings, redaction: redaction)
    }

    /// The report of `content`, labelled as of `asOf` (nil: undated). With `request.redact`, the
    /// data is redacted first, with `redaction`'s codes (by default, codes in id order).
    public static func report(
        _ content: CaseFile, asOf: Day?, taxonomy: Taxonomy, request: ReportRequest, postings: PostingAggregates = PostingAggregates(),
        redaction: Redaction? = nil
    ) -> Report {
        let data = request.redact ? (redaction ?? Redaction(content: content)).apply(to: content) : content
        var request = request
        // A redacted report hides every figure from a private source, whatever K is.
        if request.redact { request.minimumCell = max(request.minimumCell, 2) }
        var input = ReportInput(content: data, taxonomy: taxonomy, language: request.language, minimumCell: request.minimumCell)
        input.redacted = request.redact
        input.postingsByYear = PostingTables.postingsByYear(postings, taxonomy: taxonomy)
        let t = input.t
        let pay = PayTables.tables(input)
        let tables = [
            OutcomeTables.overview(input),
            OutcomeTables.transitionPaths(input),
            OutcomeTables.funnel(input),
            pay.perCase,
            pay.perPath,
            TimeTables.timeToTransition(input),
            TimeTables.roleDemand(input),
            TimeTables.layerShift(input),
        ] + PostingTables.tables(postings, taxonomy: taxonomy, language: request.language) + [
            OutcomeTables.background(input),
            OutcomeTables.drivers(input),
            NarrativeTables.voices(input),
            NarrativeTables.dataQuality(input),
            NarrativeTables.caveats(input, payPeople: pay.perPath.n, suppressedCount: pay.suppressed.count + TimeTables.hiddenFigures(input).count),
        ]
        var parameters = ["clock": request.clock.rawValue, "language": request.language.rawValue, "min_cell": String(request.minimumCell)]
        if request.redact { parameters["redact"] = "yes" }
        // The definitions that classified roles and layers: counts of two versions are not comparable.
        parameters["taxonomy"] = "v\(taxonomy.version)@\(taxonomy.fingerprint)"
        let asOfText = asOf?.description ?? "undated"
        let manifest = ReportManifest(
            toolVersion: toolVersion, schemaVersion: schemaVersion, asOf: asOfText,
            clock: request.clock.statement,
            fingerprint: fingerprint(withoutHiddenFigures(input), taxonomy: taxonomy, postings: postings),
            parameters: parameters)
        return Report(
            manifest: manifest, language: request.language,
            title: t("careershift report as of \(asOfText)", "careershift 报告（截至 \(asOfText)）"),
            tables: tables, charts: charts(input, pay: pay.perCase), mermaid: mermaid(input),
            suppressed: pay.suppressed + TimeTables.hiddenFigures(input))
    }

    /// The report's data without the figures it hides (pay of people from private sources, figures
    /// of observations from private sources), so that the fingerprint cannot confirm a guess of one.
    static func withoutHiddenFigures(_ input: ReportInput) -> CaseFile {
        var content = CaseFile(sources: input.sources.values.sorted { $0.id < $1.id }, cases: input.cases, observations: input.observations)
        guard input.minimumCell > 1 else { return content }
        for i in content.cases.indices where input.isPrivate(content.cases[i]) {
            content.cases[i].origin?.pay = nil
            content.cases[i].landed?.pay = nil
            for j in (content.cases[i].pastJobs ?? []).indices { content.cases[i].pastJobs?[j].pay = nil }
            for j in (content.cases[i].offers ?? []).indices { content.cases[i].offers?[j].pay = nil }
        }
        for i in content.observations.indices where !input.isPublic(content.observations[i]) {
            content.observations[i].figure = nil
        }
        return content
    }

    /// FNV-1a 64 of the canonical JSON of the data and taxonomy, in hex.
    static func fingerprint(_ content: CaseFile, taxonomy: Taxonomy, postings: PostingAggregates = PostingAggregates()) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash: UInt64 = 0xcbf29ce484222325
        let postingLines = postings.counts.map { "\($0.key.month ?? -1)|\($0.key.role ?? "")|\($0.key.city ?? "")|\($0.key.pay.rawValue)|\($0.value)" }.sorted()
            + postings.pay.map { "\($0.key.role ?? "")|\($0.key.month ?? -1)|\($0.key.monthly)|\($0.key.annual)|\($0.value)" }.sorted()
        let postingData = postings.total == 0 ? nil : Data(postingLines.joined(separator: "\n").utf8)
        for part in [try? encoder.encode(content.sorted), try? encoder.encode(taxonomy), postingData] {
            for byte in part ?? Data() {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }

    static func charts(_ input: ReportInput, pay: ReportTable) -> [Chart] {
        let t = input.t
        var charts: [Chart] = []
        let outcomes = Outcome.allCases.map { o in (input.word(o), input.cases.filter { $0.outcome == o }.count) }.filter { $0.1 > 0 }
        charts.append(Chart(
            name: "outcomes", title: t("Outcomes", "结果"), categories: outcomes.map(\.0),
            series: [Chart.Series(t("cases", "案例"), outcomes.map(\.1))], unit: t("cases", "案例")))
        let paths = OutcomeTables.paths(input)
        charts.append(Chart(
            name: "transition_paths", title: t("Transition paths", "转型路径"),
            categories: paths.map { "\($0.key.origin) → \($0.key.role)" },
            series: [Chart.Series(t("cases", "案例"), paths.map(\.cases.count)),
                     Chart.Series(t("landed", "入行"), paths.map { $0.cases.filter(input.hasLanded).count })],
            unit: t("cases", "案例")))
        let shown = pay.rows.filter { row in row[3].isNumber && row[4].isNumber && row[7] == .text("CNY") }
        charts.append(Chart(
            name: "pay_change", title: t("Monthly pay before and after", "转型前后月薪"),
            categories: shown.map { $0[1].text },
            series: [Chart.Series(t("before", "转型前"), shown.map { $0[3].integerValue }),
                     Chart.Series(t("after", "转型后"), shown.map { $0[4].integerValue })],
            unit: t("CNY per month", "元/月")))
        let demand = TimeTables.demand(input)
        let years = demand.keys.sorted()
        let layers = Layer.allCases.filter { layer in years.contains { (demand[$0]?[layer]?.signals ?? 0) > 0 } }
        charts.append(Chart(
            name: "role_demand", title: t("Demand signals by layer", "各层需求信号"), categories: years.map(String.init),
            series: layers.map { layer in Chart.Series(input.name(of: layer), years.map { demand[$0]?[layer]?.signals ?? 0 }) },
            unit: t("signals", "信号")))
        return charts
    }

    /// Origin industry → role → layer as a Mermaid flowchart, edges labelled with case counts.
    static func mermaid(_ input: ReportInput) -> String {
        var nodes: [String: String] = [:]
        var lines = ["flowchart LR"]
        func node(_ prefix: String, _ label: String) -> String {
            let key = prefix + label
            if let id = nodes[key] { return id }
            let id = "\(prefix)\(nodes.count)"
            nodes[key] = id
            lines.append("  \(id)[\"\(label.replacingOccurrences(of: "\"", with: "#quot;"))\"]")
            return id
        }
        var edges: [String: Int] = [:]
        var order: [String] = []
        for path in OutcomeTables.paths(input) {
            let origin = node("i", path.key.origin), role = node("r", path.key.role), layer = node("l", path.key.layer)
            for edge in ["\(origin) -->|N| \(role)", "\(role) -->|N| \(layer)"] {
                if edges[edge] == nil { order.append(edge) }
                edges[edge, default: 0] += path.cases.count
            }
        }
        lines += order.map { "  " + $0.replacingOccurrences(of: "|N|", with: "|\(edges[$0]!)|") }
        return lines.joined(separator: "\n")
    }
}

extension ReportValue {
    var isNumber: Bool {
        if case .integer = self { return true }
        return false
    }

    var integerValue: Int {
        if case .integer(let value) = self { return value }
        return 0
    }
}
