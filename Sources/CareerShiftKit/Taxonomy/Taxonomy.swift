/// A role in the job market, with the layer it sits in.
public struct Role: Codable, Sendable, Hashable, Identifiable, TaxonomyEntry {
    public typealias ID = Identifier<Role>
    public static let taxonomyKind = Taxonomy.Kind.role

    public var id: ID
    public var zh: String
    public var en: String
    public var layer: Layer
    public var aliases: [String]?
    /// True for roles whose work is always LLM or generative (prompt engineer, LLM algorithm).
    public var genai: Bool?
    /// The occupation's code in 中华人民共和国职业分类大典, where one exists (2-02-10-09 …).
    public var code: String?
    /// Rules that make this role from a title's terms and another role's names:
    /// `ai + full-stack-developer` is the term `ai` and any name of `full-stack-developer`.
    public var compose: [String]?
    /// A head so general (开发, 顾问, researcher) that a title read by it alone is of medium confidence.
    public var weak: Bool?
    /// False for names that are no occupation (实习生, 经理, 工程师 alone): never an occupation
    /// head, the counterpart an AI posting's pay is compared with. Default: an occupation.
    public var occupation: Bool?

    public init(id: ID, zh: String, en: String, layer: Layer, aliases: [String]? = nil, genai: Bool? = nil,
                code: String? = nil, compose: [String]? = nil, weak: Bool? = nil, occupation: Bool? = nil) {
        self.id = id
        self.zh = zh
        self.en = en
        self.layer = layer
        self.aliases = aliases
        self.genai = genai
        self.code = code
        self.compose = compose
        self.weak = weak
        self.occupation = occupation
    }

    /// Whether the role can be an occupation head (`occupation`).
    public var isOccupation: Bool { occupation != false }

    /// The role is AI work (any layer but non-AI).
    public var isAI: Bool { layer != .nonAI }
}

/// A word group a title classifier looks for: a qualifier that makes a title AI (AI, 大模型) or a
/// context word (推荐, 搜索, Agent) that counts only where a role's `compose` rule uses it.
public struct Term: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        /// Names AI or machine-learning work.
        case ai
        /// Names LLM or generative work (implies AI).
        case genai
        /// Counts only inside a compose rule.
        case context
    }

    public var id: String
    public var `class`: Kind
    public var zh: String?
    public var en: String?
    public var names: [String]
    /// Whether the term counts in a skills or tags column (default: yes for genai terms, no for
    /// others: boards tag whole companies 人工智能, and ML or data-mining tags on ordinary jobs are
    /// mostly mentions, not AI work).
    public var tags: Bool?
    /// Whether the term marks an AI reading as GenAI though it is only a context word (Agent:
    /// an agent in an AI title is LLM work, but "Travel Agent" is no AI title). Default: only
    /// genai terms do.
    public var genai: Bool?

    /// Whether the term, found in a title read as AI, makes the reading GenAI.
    public var marksGenAI: Bool { genai ?? (`class` == .genai) }

    /// Whether a tags column naming this term marks the posting.
    public var countsInTags: Bool { tags ?? (`class` == .genai) }

    /// A qualifier (AI or GenAI), as opposed to a context word.
    public var isQualifier: Bool { `class` != .context }
}

/// One entry of the taxonomy's changelog.
public struct TaxonomyChange: Codable, Sendable, Hashable {
    public var version: Int
    public var date: String
    public var changes: String
}

/// An industry people come from (or go to).
public struct Industry: Codable, Sendable, Hashable, Identifiable, TaxonomyEntry {
    public typealias ID = Identifier<Industry>
    public static let taxonomyKind = Taxonomy.Kind.industry

    public var id: ID
    public var zh: String
    public var en: String
    public var aliases: [String]?
}

/// A tool, platform or skill met on the way in (RAG, fine-tuning, Dify …), with its layer.
public struct Tool: Codable, Sendable, Hashable, Identifiable, TaxonomyEntry {
    public typealias ID = Identifier<Tool>
    public static let taxonomyKind = Taxonomy.Kind.tool

    public var id: ID
    public var zh: String?
    public var en: String
    public var layer: Layer
    public var url: String?
    public var aliases: [String]?
}

/// Names of a layer for reports.
public struct LayerName: Codable, Sendable, Hashable {
    public var id: Layer
    public var zh: String
    public var en: String
    public var description: String?
}

/// An entry of the taxonomy that case files refer to by id or alias.
public protocol TaxonomyEntry {
    static var taxonomyKind: Taxonomy.Kind { get }
}

/// Layers, roles, industries and tools, with their names in Chinese and English and the aliases
/// that case files and job titles may use. Users extend it by editing its YAML file.
public struct Taxonomy: Codable, Sendable, Hashable {
    /// Which list of the taxonomy a reference points into.
    public enum Kind: String, Sendable, CaseIterable {
        case role, industry, tool
    }

    /// The taxonomy's version (a file without one is version 1): counts made with different
    /// versions are not comparable.
    public var version: Int
    public var changelog: [TaxonomyChange]
    public var layers: [LayerName]
    public var terms: [Term]
    public var roles: [Role]
    public var industries: [Industry]
    public var tools: [Tool]

    public init(version: Int = 1, changelog: [TaxonomyChange] = [], layers: [LayerName], terms: [Term] = [], roles: [Role],
                industries: [Industry], tools: [Tool]) {
        self.version = version
        self.changelog = changelog
        self.layers = layers
        self.terms = terms
        self.roles = roles
        self.industries = industries
        self.tools = tools
        index = Index(layers: layers, terms: terms, roles: roles, industries: industries, tools: tools)
    }

    private var index: Index

    enum CodingKeys: String, CodingKey { case version, changelog, layers, terms, roles, industries, tools }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            version: try c.decodeIfPresent(Int.self, forKey: .version) ?? 1,
            changelog: try c.decodeIfPresent([TaxonomyChange].self, forKey: .changelog) ?? [],
            layers: try c.decode([LayerName].self, forKey: .layers),
            terms: try c.decodeIfPresent([Term].self, forKey: .terms) ?? [],
            roles: try c.decode([Role].self, forKey: .roles),
            industries: try c.decode([Industry].self, forKey: .industries),
            tools: try c.decodeIfPresent([Tool].self, forKey: .tools) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(changelog, forKey: .changelog)
        try c.encode(layers, forKey: .layers)
        try c.encode(terms, forKey: .terms)
        try c.encode(roles, forKey: .roles)
        try c.encode(industries, forKey: .industries)
        try c.encode(tools, forKey: .tools)
    }

    public static func == (lhs: Taxonomy, rhs: Taxonomy) -> Bool {
        lhs.version == rhs.version && lhs.layers == rhs.layers && lhs.terms == rhs.terms && lhs.roles == rhs.roles
            && lhs.industries == rhs.industries && lhs.tools == rhs.tools
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(roles)
        hasher.combine(industries)
    }

    public func role(_ id: Role.ID) -> Role? { index.roles[id] }
    public func industry(_ id: Industry.ID) -> Industry? { index.industries[id] }
    public func tool(_ id: Tool.ID) -> Tool? { index.tools[id] }

    /// The layer of a role, or nil when the role is not in the taxonomy.
    public func layer(of role: Role.ID) -> Layer? { index.roles[role]?.layer }

    /// Names of a layer (falls back to its id).
    public func name(of layer: Layer) -> LayerName {
        index.layers[layer] ?? LayerName(id: layer, zh: layer.rawValue, en: layer.rawValue)
    }

    /// Problems that make the taxonomy unusable: duplicate ids, an alias that names two entries.
    public var problems: [String] { index.problems }

    /// Why a name could not be resolved, naming the nearest known ids.
    public struct Unresolved: Error, Equatable, Sendable {
        public var text: String
        public var kind: Kind
        public var nearest: [String]
        public var message: String {
            let hint = nearest.isEmpty ? "" : "; nearest known: \(nearest.joined(separator: ", "))"
            return "unknown \(kind.rawValue) \"\(text)\"\(hint)"
        }
    }

    /// The canonical id that `text` (an id, a Chinese or English name, or an alias; any case)
    /// names among the entries of `kind`.
    public func resolve(_ text: String, as kind: Kind) -> Result<String, Unresolved> {
        let key = Normalized.key(text)
        if let id = index.names[kind]?[key] { return .success(id) }
        return .failure(Unresolved(text: text, kind: kind, nearest: index.nearest(to: key, kind: kind)))
    }

    /// All names (id, zh, en, aliases) of every entry of `kind`, with the id each one means.
    public func names(of kind: Kind) -> [(name: String, id: String)] {
        (index.names[kind] ?? [:]).map { ($0.key, $0.value) }.sorted { $0.name < $1.name }
    }
}

/// Look-up tables built once per taxonomy.
struct Index: Sendable, Hashable {
    var roles: [Role.ID: Role] = [:]
    var industries: [Industry.ID: Industry] = [:]
    var tools: [Tool.ID: Tool] = [:]
    var layers: [Layer: LayerName] = [:]
    var names: [Taxonomy.Kind: [String: String]] = [:]
    var problems: [String] = []
    static let mostRoles = 1_000

    init(layers: [LayerName], terms: [Term], roles: [Role], industries: [Industry], tools: [Tool]) {
        for layer in layers { self.layers[layer.id] = layer }
        var termIDs = Set<String>()
        for term in terms where !termIDs.insert(term.id).inserted { problems.append("duplicate term id \(term.id)") }
        let roleIDs = Set(roles.map(\.id.rawValue))
        // Posting counts pack a role's number into 10 bits (`PostingCounter`).
        if roles.count > Self.mostRoles { problems.append("\(roles.count) roles; a taxonomy may have at most \(Self.mostRoles)") }
        for term in terms where roleIDs.contains(term.id) { problems.append("term id \(term.id) is also a role id") }
        for role in roles {
            for rule in role.compose ?? [] {
                let parts = TitleClassifier.parts(of: rule)
                if parts.count < 2 { problems.append("role \(role.id): compose rule \"\(rule)\" needs at least two parts joined by +") }
                for part in parts where !termIDs.contains(part) && !roleIDs.contains(part) {
                    problems.append("role \(role.id): compose rule \"\(rule)\" names \"\(part)\", which is neither a term nor a role")
                }
            }
        }
        func add(_ kind: Taxonomy.Kind, id: String, names: [String]) {
            for name in names {
                let key = Normalized.key(name)
                if let existing = self.names[kind, default: [:]][key], existing != id {
                    problems.append("\(kind.rawValue) name \"\(name)\" is used by both \(existing) and \(id)")
                } else {
                    self.names[kind, default: [:]][key] = id
                }
            }
        }
        for role in roles {
            if self.roles.updateValue(role, forKey: role.id) != nil { problems.append("duplicate role id \(role.id)") }
            add(.role, id: role.id.rawValue, names: [role.id.rawValue, role.zh, role.en] + (role.aliases ?? []))
        }
        for industry in industries {
            if self.industries.updateValue(industry, forKey: industry.id) != nil { problems.append("duplicate industry id \(industry.id)") }
            add(.industry, id: industry.id.rawValue, names: [industry.id.rawValue, industry.zh, industry.en] + (industry.aliases ?? []))
        }
        for tool in tools {
            if self.tools.updateValue(tool, forKey: tool.id) != nil { problems.append("duplicate tool id \(tool.id)") }
            add(.tool, id: tool.id.rawValue, names: [tool.id.rawValue, tool.en] + (tool.zh.map { [$0] } ?? []) + (tool.aliases ?? []))
        }
    }

    /// Up to three ids whose names are closest to `key` by edit distance.
    /// None for a text far longer than any name: comparing it would take time for nothing.
    func nearest(to key: String, kind: Taxonomy.Kind) -> [String] {
        guard key.utf8.count <= 200 else { return [] }
        let key = Array(key)
        var best: [String: Int] = [:]
        for (name, id) in names[kind] ?? [:] {
            let distance = editDistance(key, Array(name))
            best[id] = min(best[id] ?? .max, distance)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(3).map(\.key)
    }
}

/// Levenshtein distance between two character arrays.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
