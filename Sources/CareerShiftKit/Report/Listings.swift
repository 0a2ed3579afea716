/// One line of `careershift list --format json`: the stable, documented summary of a case.
public struct CaseSummary: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var pseudonym: Bool?
    public var fromIndustry: String?
    public var fromRole: String?
    public var toRoles: [String]
    public var layers: [String]
    public var outcome: String?
    public var landedRole: String?
    public var sources: [String]

    enum CodingKeys: String, CodingKey {
        case id, name, pseudonym, outcome, sources, layers
        case fromIndustry = "from_industry", fromRole = "from_role", toRoles = "to_roles", landedRole = "landed_role"
    }

    public init(_ entry: Case, taxonomy: Taxonomy) {
        id = entry.id.rawValue
        name = entry.persona.name
        pseudonym = entry.persona.pseudonym
        fromIndustry = entry.origin?.industry?.rawValue
        fromRole = entry.origin?.role?.rawValue
        toRoles = (entry.targets ?? []).map(\.rawValue)
        let roles = CaseFilter.roles(of: entry)
        layers = Array(Set(roles.compactMap { taxonomy.layer(of: $0) })).sorted().map(\.rawValue)
        outcome = entry.outcome?.rawValue
        landedRole = entry.landed?.role?.rawValue
        sources = (entry.sources ?? []).map(\.rawValue)
    }
}

/// Terminal and JSON views of cases and pay readings for the CLI.
public enum Listings {
    /// Cases as a terminal table: id, name, from, to, layer, outcome.
    public static func caseTable(_ cases: [Case], taxonomy: Taxonomy) -> TextTable {
        TextTable(
            header: ["ID", "NAME", "FROM", "TO", "LAYER", "OUTCOME"],
            rows: cases.map { entry in
                let summary = CaseSummary(entry, taxonomy: taxonomy)
                let name = (summary.name ?? "") + (summary.pseudonym == true ? " (化名)" : "")
                let from = [summary.fromIndustry, summary.fromRole].compactMap { $0 }.joined(separator: "/")
                return [summary.id, name, from, summary.toRoles.joined(separator: ","), summary.layers.joined(separator: ","), summary.outcome ?? ""]
            })
    }

    /// What the pay parser made of one text, as `careershift pay --format json` prints it.
    public struct PayReading: Codable, Sendable, Equatable {
        public var text: String
        public var error: String?
        public var negotiable: Bool?
        public var currency: String?
        public var period: String?
        public var minimum: Int64?
        public var maximum: Int64?
        public var monthsPerYear: Int?
        public var monthlyMinimum: Int64?
        public var monthlyMaximum: Int64?
        public var annualMinimum: Int64?
        public var annualMaximum: Int64?
        public var formula: String?

        enum CodingKeys: String, CodingKey {
            case text, error, negotiable, currency, period, minimum, maximum, formula
            case monthsPerYear = "months_per_year", monthlyMinimum = "monthly_min", monthlyMaximum = "monthly_max"
            case annualMinimum = "annual_min", annualMaximum = "annual_max"
        }

        public init(text: String) {
            self.text = text
            do {
                let pay = try PayParser.parse(text)
                negotiable = pay.isNegotiable
                currency = pay.currency
                period = pay.period?.rawValue
                minimum = pay.minimum
                maximum = pay.maximum
                monthsPerYear = pay.monthsPerYear
                monthlyMinimum = pay.monthly?.lowerBound
                monthlyMaximum = pay.monthly?.upperBound
                annualMinimum = pay.annual?.lowerBound
                annualMaximum = pay.annual?.upperBound
                formula = pay.formula
            } catch {
                self.error = error.message
            }
        }
    }

    /// Pay readings as a terminal table.
    public static func payTable(_ readings: [PayReading]) -> TextTable {
        func range(_ a: Int64?, _ b: Int64?) -> String {
            guard let a, let b else { return "" }
            return a == b ? "\(a)" : "\(a)-\(b)"
        }
        return TextTable(
            header: ["TEXT", "AMOUNT", "PER", "CURRENCY", "MONTHS", "MONTHLY", "ANNUAL", "HOW"],
            rows: readings.map { r in
                if let error = r.error { return [r.text, "error: \(error)", "", "", "", "", "", ""] }  // callers may filter
                if r.negotiable == true { return [r.text, "negotiable", "", "", "", "", "", ""] }
                return [r.text, range(r.minimum, r.maximum), r.period ?? "", r.currency ?? "",
                        r.monthsPerYear.map(String.init) ?? "", range(r.monthlyMinimum, r.monthlyMaximum),
                        range(r.annualMinimum, r.annualMaximum), r.formula ?? ""]
            })
    }

    /// The taxonomy as terminal tables, one per list.
    public static func taxonomyTables(_ taxonomy: Taxonomy) -> String {
        let layers = TextTable(header: ["LAYER", "中文", "ENGLISH"], rows: taxonomy.layers.map { [$0.id.rawValue, $0.zh, $0.en] })
        let roles = TextTable(
            header: ["ROLE", "LAYER", "中文", "ENGLISH", "ALIASES"],
            rows: taxonomy.roles.map { [$0.id.rawValue, $0.layer.rawValue, $0.zh, $0.en, ($0.aliases ?? []).joined(separator: ", ")] })
        let industries = TextTable(
            header: ["INDUSTRY", "中文", "ENGLISH", "ALIASES"],
            rows: taxonomy.industries.map { [$0.id.rawValue, $0.zh, $0.en, ($0.aliases ?? []).joined(separator: ", ")] })
        let tools = TextTable(
            header: ["TOOL", "LAYER", "中文", "ENGLISH", "ALIASES"],
            rows: taxonomy.tools.map { [$0.id.rawValue, $0.layer.rawValue, $0.zh ?? "", $0.en, ($0.aliases ?? []).joined(separator: ", ")] })
        return [layers, roles, industries, tools].map(\.rendered).joined(separator: "\n")
    }
}
