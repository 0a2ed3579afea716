/// Everything a report is computed from, with the helpers the tables share: names in the report's
/// language, each case's path, who counts as private.
public struct ReportInput: Sendable {
    public var cases: [Case]
    public var observations: [Observation]
    public var sources: [Source.ID: Source]
    public var taxonomy: Taxonomy
    public var language: Language
    /// Pay cells drawing on a private source need at least this many people (`--min-cell`).
    public var minimumCell: Int
    /// True when the content was redacted (`--redact`): the tables say so.
    public var redacted = false
    /// Stored job postings per year and layer, for the role-demand table.
    public var postingsByYear: [Int: [Layer: Int]] = [:]

    public init(content: CaseFile, taxonomy: Taxonomy, language: Language = .en, minimumCell: Int = 3) {
        let sorted = content.sorted
        cases = sorted.cases
        observations = sorted.observations
        sources = Dictionary(sorted.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.taxonomy = taxonomy
        self.language = language
        self.minimumCell = minimumCell
    }

    /// `en` or `zh`, by the report's language.
    public func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    public var unknown: String { t("unknown", "未知") }

    /// An enumeration value (outcome, education, driver …) in the report's language.
    public func word<E: TextEnum>(_ value: E?) -> String {
        guard let value else { return unknown }
        return language == .zh ? Self.chinese[value.rawValue] ?? value.rawValue : value.rawValue
    }

    static let chinese: [String: String] = [
        "landed": "入行", "internship-only": "仅获实习", "searching": "求职中", "gave-up": "放弃", "returned": "回到原轨道",
        "reassigned": "内部转岗", "high-school": "高中", "associate": "大专", "bachelor": "本科", "master": "硕士",
        "phd": "博士", "overseas": "海外院校", "other": "其他", "push": "推力", "pull": "拉力", "forced": "被动",
        "industry-decline": "行业下行", "saturation": "行业饱和", "layoffs": "裁员", "pay-cut": "降薪",
        "opportunity": "机会", "growth": "增长", "pay": "薪资", "reassignment": "调岗", "fearful": "恐惧者",
        "hesitant": "迟疑者", "wanderer": "漫游者", "vanguard": "浪头",
    ]

    public func name(of role: Role.ID?) -> String {
        guard let role else { return unknown }
        guard let entry = taxonomy.role(role) else { return role.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    public func name(of industry: Industry.ID?) -> String {
        guard let industry else { return unknown }
        guard let entry = taxonomy.industry(industry) else { return industry.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    public func name(of layer: Layer?) -> String {
        guard let layer else { return unknown }
        let names = taxonomy.name(of: layer)
        return language == .zh ? names.zh : names.en
    }

    /// The role a case moves towards: the first sought, else the one landed.
    public func targetRole(of entry: Case) -> Role.ID? { entry.targets?.first ?? entry.landed?.role }

    public func layer(of entry: Case) -> Layer? { targetRole(of: entry).flatMap { taxonomy.layer(of: $0) } }

    /// Landed counts `landed` and `reassigned` (moved into the AI role by the employer).
    public func hasLanded(_ entry: Case) -> Bool { entry.outcome == .landed || entry.outcome == .reassigned }

    /// True when any source of the case is private.
    public func isPrivate(_ entry: Case) -> Bool {
        (entry.sources ?? []).contains { sources[$0]?.effectiveVisibility != .public }
    }

    /// True when every source of the observation is public.
    public func isPublic(_ observation: Observation) -> Bool {
        let cited = observation.sources ?? []
        return !cited.isEmpty && cited.allSatisfy { sources[$0]?.effectiveVisibility == .public }
    }

    /// The person's name, marked when it is a pseudonym; the case id when there is no name.
    public func person(_ entry: Case) -> String {
        guard let name = entry.persona.name else { return entry.id.rawValue }
        return entry.persona.pseudonym == true ? name + t(" (pseudonym)", "（化名）") : name
    }

    /// `origin industry → role (layer)`.
    public func pathLabel(_ entry: Case) -> String {
        "\(name(of: entry.origin?.industry)) → \(name(of: targetRole(of: entry)))"
    }

    /// The monthly midpoint of a pay range.
    public static func monthlyMidpoint(_ pay: Pay?) -> Int64? {
        guard let monthly = pay?.monthly else { return nil }
        return (monthly.lowerBound + monthly.upperBound + 1) / 2
    }
}
