/// One career transition: who moved, from where, towards what, how it went, and the sources that
/// say so.
public struct Case: Codable, Sendable, Hashable, Identifiable, SlugIdentified {
    public typealias ID = Identifier<Case>

    /// A stable slug chosen by whoever records the case.
    public var id: ID
    public var persona: Persona
    /// The job the person left (or is leaving) when the move started.
    public var origin: Job?
    /// Earlier jobs, oldest first.
    public var pastJobs: [Job]?
    /// The role or roles sought; absent when the source does not say.
    public var targets: [Role.ID]?
    /// The job the move led to, when it led to one.
    public var landed: Job?
    public var outcome: Outcome?
    /// When the person decided to move.
    public var decided: FuzzyDate?
    public var drivers: [Driver]?
    public var archetype: Archetype?
    public var learning: [LearningStep]?
    /// Totals the source gives: applications, interviews, offers.
    public var funnel: Funnel?
    /// Individual applications and offers, when the source names them.
    public var offers: [Offer]?
    public var timeline: [Event]?
    public var quotes: [Quote]?
    public var notes: [String]?
    /// The sources every fact of this case came from. Filled from the file's source when omitted.
    public var sources: [Source.ID]?

    public init(
        id: ID, persona: Persona = Persona(), origin: Job? = nil, pastJobs: [Job]? = nil,
        targets: [Role.ID]? = nil, landed: Job? = nil, outcome: Outcome? = nil, decided: FuzzyDate? = nil,
        drivers: [Driver]? = nil, archetype: Archetype? = nil, learning: [LearningStep]? = nil,
        funnel: Funnel? = nil, offers: [Offer]? = nil, timeline: [Event]? = nil,
        quotes: [Quote]? = nil, notes: [String]? = nil, sources: [Source.ID]? = nil
    ) {
        self.id = id
        self.persona = persona
        self.origin = origin
        self.pastJobs = pastJobs
        self.targets = targets
        self.landed = landed
        self.outcome = outcome
        self.decided = decided
        self.drivers = drivers
        self.archetype = archetype
        self.learning = learning
        self.funnel = funnel
        self.offers = offers
        self.timeline = timeline
        self.quotes = quotes
        self.notes = notes
        self.sources = sources
    }
}

/// How a transition stands.
public enum Outcome: String, TextEnum {
    case landed
    case internshipOnly = "internship-only"
    case searching
    case gaveUp = "gave-up"
    /// Went back to the old track.
    case returned
    /// Moved by the employer into an AI role rather than by choice.
    case reassigned

    public static var otherSpellings: [String: Outcome] {
        ["internship": .internshipOnly, "gaveup": .gaveUp, "gave-up-search": .gaveUp]
    }
}

/// A job: before, during or after a transition.
public struct Job: Codable, Sendable, Hashable {
    public var industry: Industry.ID?
    public var role: Role.ID?
    public var employer: Employer?
    public var pay: Pay?
    public var city: String?
    public var from: FuzzyDate?
    public var until: FuzzyDate?
    public var note: String?

    public init(
        industry: Industry.ID? = nil, role: Role.ID? = nil, employer: Employer? = nil,
        pay: Pay? = nil, city: String? = nil, from: FuzzyDate? = nil, until: FuzzyDate? = nil,
        note: String? = nil
    ) {
        self.industry = industry
        self.role = role
        self.employer = employer
        self.pay = pay
        self.city = city
        self.from = from
        self.until = until
        self.note = note
    }
}

/// An employer, by name when the source names it, otherwise by kind.
public struct Employer: Codable, Sendable, Hashable {
    public enum Kind: String, TextEnum {
        case bigTech = "big-tech"
        case aiUnicorn = "ai-unicorn"
        case startup
        case foreign
        /// An outsourcing contractor working for a big tech company.
        case outsourcing
        /// State-owned, or a company serving government (To-G).
        case state
        case other

        public static var otherSpellings: [String: Kind] {
            ["to-g": .state, "tog": .state, "大厂": .bigTech, "外包": .outsourcing, "外企": .foreign,
             "创业公司": .startup, "unicorn": .aiUnicorn]
        }
    }

    public var name: String?
    public var kind: Kind?
    public var industry: Industry.ID?
    public var note: String?

    public init(name: String? = nil, kind: Kind? = nil, industry: Industry.ID? = nil, note: String? = nil) {
        self.name = name
        self.kind = kind
        self.industry = industry
        self.note = note
    }
}

/// Why someone moves: pushed out, pulled in, or moved by the employer.
public struct Driver: Codable, Sendable, Hashable {
    public enum Kind: String, TextEnum {
        case push, pull, forced
    }

    public enum Reason: String, TextEnum {
        case industryDecline = "industry-decline"
        case saturation
        case layoffs
        case payCut = "pay-cut"
        case opportunity
        case growth
        case pay
        case reassignment
        case other
    }

    public var kind: Kind
    public var reason: Reason?
    public var note: String?

    public init(kind: Kind, reason: Reason? = nil, note: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.note = note
    }
}

/// The article's typology of people who switch into AI.
public enum Archetype: String, TextEnum {
    /// 恐惧者: moves because the old track looks like a dead end.
    case fearful
    /// 迟疑者: wants to move but hesitates in front of the risk.
    case hesitant
    /// 漫游者: moves on impulse, weighing but not agonising.
    case wanderer
    /// 浪头: was in the field before the wave.
    case vanguard

    public static var otherSpellings: [String: Archetype] {
        ["恐惧者": .fearful, "迟疑者": .hesitant, "漫游者": .wanderer, "浪头": .vanguard]
    }
}

/// One step on the way in: self-study, a course, a portfolio project, reading, networking.
public struct LearningStep: Codable, Sendable, Hashable {
    public enum Kind: String, TextEnum {
        case selfStudy = "self-study"
        case course
        case project
        case reading
        case networking
        case interviewPrep = "interview-prep"
    }

    public var kind: Kind
    public var title: String?
    public var tools: [Tool.ID]?
    public var from: FuzzyDate?
    public var until: FuzzyDate?
    public var duration: String?
    public var note: String?

    public init(
        kind: Kind, title: String? = nil, tools: [Tool.ID]? = nil, from: FuzzyDate? = nil,
        until: FuzzyDate? = nil, duration: String? = nil, note: String? = nil
    ) {
        self.kind = kind
        self.title = title
        self.tools = tools
        self.from = from
        self.until = until
        self.duration = duration
        self.note = note
    }
}

/// The totals a source gives for a job search. Counts may be lower bounds ("20多份" is `20+`).
public struct Funnel: Codable, Sendable, Hashable {
    public var applications: Count?
    public var interviews: Count?
    public var offersFullTime: Count?
    public var offersInternship: Count?
    public var from: FuzzyDate?
    public var until: FuzzyDate?
    public var note: String?

    public init(
        applications: Count? = nil, interviews: Count? = nil, offersFullTime: Count? = nil,
        offersInternship: Count? = nil, from: FuzzyDate? = nil, until: FuzzyDate? = nil,
        note: String? = nil
    ) {
        self.applications = applications
        self.interviews = interviews
        self.offersFullTime = offersFullTime
        self.offersInternship = offersInternship
        self.from = from
        self.until = until
        self.note = note
    }
}

/// Something that happened, with its date.
public struct Event: Codable, Sendable, Hashable {
    public var date: FuzzyDate
    public var until: FuzzyDate?
    public var what: String

    public init(date: FuzzyDate, until: FuzzyDate? = nil, what: String) {
        self.date = date
        self.until = until
        self.what = what
    }
}

/// Words a person said, as the source quotes them.
public struct Quote: Codable, Sendable, Hashable {
    public var text: String
    /// An English rendering, when the original is not English.
    public var translation: String?
    /// A short theme for grouping, such as `fear`, `hallucination`, `interviews`.
    public var theme: String?
    public var date: FuzzyDate?

    public init(text: String, translation: String? = nil, theme: String? = nil, date: FuzzyDate? = nil) {
        self.text = text
        self.translation = translation
        self.theme = theme
        self.date = date
    }
}

import Foundation
