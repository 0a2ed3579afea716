/// One application and how far it went: rejected at the résumé, after interviews, or an offer.
/// `count` lets one line stand for several alike ("two AI unicorns, both rejected the same day").
public struct Offer: Codable, Sendable, Hashable {
    public enum Kind: String, TextEnum {
        case internship
        case fullTime = "full-time"

        public static var otherSpellings: [String: Kind] { ["intern": .internship, "fulltime": .fullTime, "实习": .internship, "正职": .fullTime] }
    }

    /// How far the application got.
    public enum Stage: String, TextEnum {
        case applied
        case interview
        case offer
    }

    public enum Outcome: String, TextEnum {
        case received
        case accepted
        case declined
        case rejectedAtResume = "rejected-at-resume"
        case rejectedAfterInterviews = "rejected-after-interviews"
        case pending
    }

    public var employer: Employer?
    public var role: Role.ID?
    public var kind: Kind?
    public var stage: Stage?
    /// Interview rounds reached, for rejections after interviews.
    public var rounds: Count?
    public var outcome: Outcome
    /// How many alike applications this line stands for (default 1).
    public var count: Count?
    public var pay: Pay?
    public var city: String?
    public var date: FuzzyDate?
    public var note: String?

    public init(
        employer: Employer? = nil, role: Role.ID? = nil, kind: Kind? = nil, stage: Stage? = nil,
        rounds: Count? = nil, outcome: Outcome, count: Count? = nil, pay: Pay? = nil,
        city: String? = nil, date: FuzzyDate? = nil, note: String? = nil
    ) {
        self.employer = employer
        self.role = role
        self.kind = kind
        self.stage = stage
        self.rounds = rounds
        self.outcome = outcome
        self.count = count
        self.pay = pay
        self.city = city
        self.date = date
        self.note = note
    }
}
