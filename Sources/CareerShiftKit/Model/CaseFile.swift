/// Sources, cases and observations together: what one case file holds, what an import adds to the
/// store and what an export writes. In files, `source:` may name a single source that every case
/// and observation without `sources:` comes from.
public struct CaseFile: Codable, Sendable, Hashable {
    public var sources: [Source]
    public var cases: [Case]
    public var observations: [Observation]

    public init(sources: [Source] = [], cases: [Case] = [], observations: [Observation] = []) {
        self.sources = sources
        self.cases = cases
        self.observations = observations
    }

    enum CodingKeys: String, CodingKey {
        case source, sources, cases, observations
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var sources = try c.decodeIfPresent([Source].self, forKey: .sources) ?? []
        if let single = try c.decodeIfPresent(Source.self, forKey: .source) { sources.insert(single, at: 0) }
        self.sources = sources
        cases = try c.decodeIfPresent([Case].self, forKey: .cases) ?? []
        observations = try c.decodeIfPresent([Observation].self, forKey: .observations) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sources, forKey: .sources)
        try c.encode(cases, forKey: .cases)
        try c.encode(observations, forKey: .observations)
    }

    /// The same content sorted by id, as exports and comparisons want it.
    public var sorted: CaseFile {
        CaseFile(
            sources: sources.sorted { $0.id < $1.id }, cases: cases.sorted { $0.id < $1.id },
            observations: observations.sorted { $0.id < $1.id })
    }

    /// Appends another file's content.
    public mutating func append(_ other: CaseFile) {
        sources += other.sources
        cases += other.cases
        observations += other.observations
    }
}
