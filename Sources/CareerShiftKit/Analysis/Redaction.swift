import Foundation

/// What `report --redact` does to the data before any table is computed. Cases, people,
/// observations and sources are given codes (`C0001`, `P0001`, `O0001`, `S0001`); quotes, employer
/// names, notes, statements, free-text figures, source titles, publishers, authors and links are
/// dropped. The tables never see what was taken out, so no table can publish it.
///
/// Codes are handed out in the order things first appear: in a store, the order of its history, so
/// a person keeps their code in every report of that store, as of any day, however many cases are
/// added later. Removed records keep theirs. A code says nothing of the name or id behind it.
public struct Redaction: Sendable, Equatable {
    public private(set) var cases: [String: String] = [:]
    /// Person and observer names to codes; one person named in several cases has one code.
    public private(set) var people: [String: String] = [:]
    public private(set) var observations: [String: String] = [:]
    public private(set) var sources: [String: String] = [:]

    /// Codes in the order records first appear in a store's history.
    public init(history: [HistoryEntry]) {
        let decoder = JSONDecoder()
        for entry in history {
            let document = Data(entry.document.utf8)
            switch entry.entity {
            case "case":
                Self.assign(entry.id, in: &cases, prefix: "C")
                if let name = (try? decoder.decode(Case.self, from: document))?.persona.name { Self.assign(name, in: &people, prefix: "P") }
            case "observation":
                Self.assign(entry.id, in: &observations, prefix: "O")
                if let name = (try? decoder.decode(Observation.self, from: document))?.who.name { Self.assign(name, in: &people, prefix: "P") }
            case "source":
                Self.assign(entry.id, in: &sources, prefix: "S")
            default:
                continue
            }
        }
    }

    /// Codes in id order, for data that has no history.
    public init(content: CaseFile) {
        let sorted = content.sorted
        for source in sorted.sources { Self.assign(source.id.rawValue, in: &sources, prefix: "S") }
        for entry in sorted.cases {
            Self.assign(entry.id.rawValue, in: &cases, prefix: "C")
            if let name = entry.persona.name { Self.assign(name, in: &people, prefix: "P") }
        }
        for observation in sorted.observations {
            Self.assign(observation.id.rawValue, in: &observations, prefix: "O")
            Self.assign(observation.who.name, in: &people, prefix: "P")
        }
    }

    static func assign(_ key: String, in codes: inout [String: String], prefix: String) {
        guard codes[key] == nil else { return }
        codes[key] = prefix + String(codes.count + 1).leftPadded(to: 4)
    }

    /// `content` with codes for names and ids, and without the texts that could name someone.
    /// Anything these codes lack (data that is not in the history they came from) is coded after
    /// the rest, in id order.
    public func apply(to content: CaseFile) -> CaseFile {
        var codes = self
        let sorted = content.sorted
        for source in sorted.sources { Self.assign(source.id.rawValue, in: &codes.sources, prefix: "S") }
        for entry in sorted.cases {
            Self.assign(entry.id.rawValue, in: &codes.cases, prefix: "C")
            if let name = entry.persona.name { Self.assign(name, in: &codes.people, prefix: "P") }
        }
        for observation in sorted.observations {
            Self.assign(observation.id.rawValue, in: &codes.observations, prefix: "O")
            Self.assign(observation.who.name, in: &codes.people, prefix: "P")
        }
        return CaseFile(
            sources: content.sources.map(codes.redact), cases: content.cases.map(codes.redact),
            observations: content.observations.map(codes.redact))
    }

    func source(_ id: Source.ID) -> Source.ID { Source.ID(sources[id.rawValue] ?? id.rawValue) }

    func redact(_ source: Source) -> Source {
        var result = source
        result.id = self.source(source.id)
        result.title = result.id.rawValue
        result.publisher = nil
        result.author = nil
        result.url = nil
        result.note = nil
        return result
    }

    func redact(_ entry: Case) -> Case {
        var result = entry
        result.id = Case.ID(cases[entry.id.rawValue] ?? entry.id.rawValue)
        result.persona.name = entry.persona.name.map { people[$0] ?? $0 }
        result.persona.pseudonym = nil
        result.persona.hometown = nil
        result.persona.note = nil
        result.persona.education?.major = nil
        result.persona.education?.note = nil
        result.origin = entry.origin.map(Self.redact)
        result.pastJobs = entry.pastJobs?.map(Self.redact)
        result.landed = entry.landed.map(Self.redact)
        result.drivers = entry.drivers?.map { driver in
            var driver = driver
            driver.note = nil
            return driver
        }
        result.learning = entry.learning?.map { step in
            var step = step
            step.title = nil
            step.note = nil
            return step
        }
        result.funnel?.note = nil
        result.offers = entry.offers?.map { offer in
            var offer = offer
            offer.employer = offer.employer.map(Self.redact)
            offer.note = nil
            return offer
        }
        result.timeline = entry.timeline?.map { Event(date: $0.date, until: $0.until, what: "") }
        result.quotes = nil
        result.notes = nil
        result.sources = entry.sources?.map(source)
        return result
    }

    func redact(_ observation: Observation) -> Observation {
        var result = observation
        result.id = Observation.ID(observations[observation.id.rawValue] ?? observation.id.rawValue)
        result.who = Observation.Observer(name: people[observation.who.name] ?? observation.who.name)
        result.figure = observation.figure.map { Observation.Figure(percent: $0.percent, pay: $0.pay) }
        if result.figure?.percent == nil && result.figure?.pay == nil { result.figure = nil }
        result.statement = ""
        result.quote = nil
        result.sources = observation.sources?.map(source)
        result.note = nil
        return result
    }

    static func redact(_ job: Job) -> Job {
        var result = job
        result.employer = job.employer.map(redact)
        result.note = nil
        return result
    }

    static func redact(_ employer: Employer) -> Employer {
        Employer(kind: employer.kind, industry: employer.industry)
    }
}
