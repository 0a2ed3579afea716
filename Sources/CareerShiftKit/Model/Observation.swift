/// A statement by someone who watches the market (a coach, a headhunter) about demand for a layer
/// or role in a period. Observations feed role demand in reports.
public struct Observation: Codable, Sendable, Hashable, Identifiable, SlugIdentified {
    public typealias ID = Identifier<Observation>

    /// Which way demand (or the bar) moves.
    public enum Direction: String, TextEnum {
        case more
        case less
        case scarce
        /// The bar for getting in goes up (higher degrees, papers, experience).
        case higherBar = "higher-bar"
        case stable
    }

    /// Who made the observation.
    public struct Observer: Codable, Sendable, Hashable {
        public var name: String
        /// `coach`, `headhunter`, `recruiter`, `researcher`, … in the user's words.
        public var role: String?
        public var pseudonym: Bool?
        public var note: String?

        public init(name: String, role: String? = nil, pseudonym: Bool? = nil, note: String? = nil) {
            self.name = name
            self.role = role
            self.pseudonym = pseudonym
            self.note = note
        }
    }

    /// A figure attached to the observation: a raise in percent, a pay package.
    public struct Figure: Codable, Sendable, Hashable {
        public var text: String?
        public var percent: Int?
        public var pay: Pay?

        public init(text: String? = nil, percent: Int? = nil, pay: Pay? = nil) {
            self.text = text
            self.percent = percent
            self.pay = pay
        }
    }

    public var id: ID
    public var who: Observer
    /// The period the observation is about.
    public var period: FuzzyDate?
    public var until: FuzzyDate?
    public var layer: Layer?
    public var roles: [Role.ID]?
    public var direction: Direction
    public var figure: Figure?
    /// What is observed, in a sentence.
    public var statement: String
    public var quote: String?
    public var sources: [Source.ID]?
    public var note: String?

    public init(
        id: ID, who: Observer, period: FuzzyDate? = nil, until: FuzzyDate? = nil, layer: Layer? = nil,
        roles: [Role.ID]? = nil, direction: Direction, figure: Figure? = nil, statement: String,
        quote: String? = nil, sources: [Source.ID]? = nil, note: String? = nil
    ) {
        self.id = id
        self.who = who
        self.period = period
        self.until = until
        self.layer = layer
        self.roles = roles
        self.direction = direction
        self.figure = figure
        self.statement = statement
        self.quote = quote
        self.sources = sources
        self.note = note
    }
}
