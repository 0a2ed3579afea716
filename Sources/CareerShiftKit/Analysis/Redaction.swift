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
    /// Person and observer names to codes, by `key(name, private:)`: one person named in several
    /// records has one code, but a name in a record from a private source never shares a code with
    /// the same name in a public one, so an interview is never linked to a published person.
    public private(set) var people: [String: String] = [:]
    public private(set) var observations: [String: String] = [:]
    public private(set) var sources: [String: String] = [:]
    /// Whether each case and observation of the history ever cited a source that is (or ever was)
    /// private; a record not in the history is judged by the content it comes with.
    private var privateRecords: [String: Bool] = [:]

    static func key(_ name: String, private isPrivate: Bool) -> String { (isPrivate ? "private\u{1F}" : "public\u{1F}") + name }

    /// Codes in the order records first appear in a store's history.
    public init(history: [HistoryEntry]) {
        let decoder = JSONDecoder()
        // First the sources that ever were private, and every source each record ever cited.
        var everPrivate = Set<String>(), known = Set<String>()
        var cited: [String: Set<String>] = [:]
        var names: [(entity: String, id: String, name: String)] = []
        for entry in history {
            let document = Data(entry.document.utf8)
            switch entry.entity {
            case "source":
                known.insert(entry.id)
                let source = try? decoder.decode(Source.self, from: document)
                if source?.effectiveVisibility != .public { everPrivate.insert(entry.id) }
                Self.assign(entry.id, in: &sources, prefix: "S")
            case "case":
                let value = try? decoder.decode(Case.self, from: document)
                cited[entry.id, default: []].formUnion((value?.sources ?? []).map(\.rawValue))
                Self.assign(entry.id, in: &cases, prefix: "C")
                if let name = value?.persona.name { names.append(("case", entry.id, name)) }
            case "observation":
                let value = try? decoder.decode(Observation.self, from: document)
                cited[entry.id, default: []].formUnion((value?.sources ?? []).map(\.rawValue))
                Self.assign(entry.id, in: &observations, prefix: "O")
                if let name = value?.who.name { names.append(("observation", entry.id, name)) }
            default:
                continue
            }
        }
        for (entity, id, name) in names {
            let sources = cited[id] ?? []
            let isPrivate = entity == "case"
                ? sources.contains { everPrivate.contains($0) || !known.contains($0) }
                : sources.isEmpty || sources.contains { everPrivate.contains($0) || !known.contains($0) }
            privateRecords[entity + "\u{1F}" + id] = isPrivate
            Self.assign(Self.key(name, private: isPrivate), in: &people, prefix: "P")
        }
    }

    /// Codes in id order, for data that has no history.
    public init(content: CaseFile) {
        self = Redaction(history: []).withCodes(for: content)
    }

    /// These codes, with codes after the rest (in id order) for what `content` holds and they lack.
    func withCodes(for content: CaseFile) -> Redaction {
        var codes = self
        let sorted = content.sorted
        let visibility = Dictionary(sorted.sources.map { ($0.id, $0.effectiveVisibility) }, uniquingKeysWith: { a, _ in a })
        for source in sorted.sources { Self.assign(source.id.rawValue, in: &codes.sources, prefix: "S") }
        for entry in sorted.cases {
            Self.assign(entry.id.rawValue, in: &codes.cases, prefix: "C")
            let id = "case\u{1F}" + entry.id.rawValue
            if codes.privateRecords[id] == nil {
                codes.privateRecords[id] = (entry.sources ?? []).contains { visibility[$0] != .public }
            }
            if let name = entry.persona.name { Self.assign(Self.key(name, private: codes.privateRecords[id]!), in: &codes.people, prefix: "P") }
        }
        for observation in sorted.observations {
            Self.assign(observation.id.rawValue, in: &codes.observations, prefix: "O")
            let id = "observation\u{1F}" + observation.id.rawValue
            if codes.privateRecords[id] == nil {
                let cited = observation.sources ?? []
                codes.privateRecords[id] = cited.isEmpty || cited.contains { visibility[$0] != .public }
            }
            Self.assign(Self.key(observation.who.name, private: codes.privateRecords[id]!), in: &codes.people, prefix: "P")
        }
        return codes
    }

    static func assign(_ key: String, in codes: inout [String: String], prefix: String) {
        guard codes[key] == nil else { return }
        codes[key] = prefix + String(codes.count + 1).leftPadded(to: 4)
    }

    /// `content` with codes for names and ids, and without the texts that could name someone.
    public func apply(to content: CaseFile) -> CaseFile {
        let codes = withCodes(for: content)
        return CaseFile(
            sources: content.sources.map(codes.redact), cases: content.cases.map(codes.redact),
            observations: content.observations.map(codes.redact))
    }

    func person(_ name: String, of record: String) -> String {
        people[Self.key(name, private: privateRecords[record] ?? true)] ?? name
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
        result.persona.name = entry.persona.name.map { person($0, of: "case\u{1F}" + entry.id.rawValue) }
        result.persona.pseudonym = nil
        result.persona.hometown = nil
        result.persona.city = nil
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
            step.duration = nil
            step.note = nil
            return step
        }
        result.funnel?.note = nil
        result.offers = entry.offers?.map { offer in
            var offer = offer
            offer.employer = offer.employer.map(Self.redact)
            offer.city = nil
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
        result.who = Observation.Observer(name: person(observation.who.name, of: "observation\u{1F}" + observation.id.rawValue))
        // A figure given only in words stays a figure (empty), so that hiding a private one shows
        // the same whichever way it was written.
        result.figure = observation.figure.map { Observation.Figure(percent: $0.percent, pay: $0.pay) }
        result.statement = ""
        result.quote = nil
        result.sources = observation.sources?.map(source)
        result.note = nil
        return result
    }

    static func redact(_ job: Job) -> Job {
        var result = job
        result.employer = job.employer.map(redact)
        result.city = nil
        result.note = nil
        return result
    }

    static func redact(_ employer: Employer) -> Employer {
        Employer(kind: employer.kind, industry: employer.industry)
    }
}
