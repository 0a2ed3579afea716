import Foundation
import Testing
@testable import CareerShiftKit

@Suite("report --redact")
struct RedactionTests {
    /// Every text that could name someone, each marked so a leak is easy to find.
    static let secrets = [
        "zhang-sanfeng-2024", "Zhang Sanfeng", "lisi-notes", "Li Si", "Wang Wu", "wang-wu-says",
        "SECRET-EMPLOYER-1", "SECRET-EMPLOYER-2", "SECRET-EMPLOYER-3", "SECRET-QUOTE", "SECRET-TRANSLATION",
        "SECRET-NOTE", "SECRET-STATEMENT", "SECRET-FIGURE", "SECRET-TITLE", "SECRET-PUBLISHER", "SECRET-AUTHOR",
        "secret.example", "SECRET-EVENT", "SECRET-COURSE", "SECRET-MAJOR", "SECRET-HOMETOWN", "SECRET-OBSERVER-NOTE",
    ]

    static func pay(_ monthly: Int64) -> Pay { Pay(text: "\(monthly)/month", minimum: monthly, maximum: monthly, period: .month) }

    static let content = CaseFile(
        sources: [
            Source(id: "lisi-notes", title: "SECRET-TITLE", publisher: "SECRET-PUBLISHER", author: "SECRET-AUTHOR",
                   url: "https://secret.example/notes", published: FuzzyDate(year: 2024, month: 6), visibility: .private, note: "SECRET-NOTE"),
            Source(id: "article", title: "An article", published: FuzzyDate(year: 2024, month: 10, day: 20), visibility: .public),
        ],
        cases: [
            Case(id: "zhang-sanfeng-2024",
                 persona: Persona(name: "Zhang Sanfeng", pseudonym: true, hometown: "SECRET-HOMETOWN",
                                  education: Education(level: .master, major: "SECRET-MAJOR", note: "SECRET-NOTE"), note: "SECRET-NOTE"),
                 origin: Job(industry: "internet", role: "ui-designer", employer: Employer(name: "SECRET-EMPLOYER-1", kind: .bigTech, note: "SECRET-NOTE"),
                             pay: pay(18000), note: "SECRET-NOTE"),
                 targets: ["ai-product-manager"],
                 landed: Job(role: "ai-product-manager", employer: Employer(name: "SECRET-EMPLOYER-2"), pay: pay(15000), from: FuzzyDate(year: 2024, month: 9)),
                 outcome: .landed, decided: FuzzyDate(year: 2024, month: 1),
                 drivers: [Driver(kind: .pull, reason: .opportunity, note: "SECRET-NOTE")],
                 learning: [LearningStep(kind: .course, title: "SECRET-COURSE", note: "SECRET-NOTE")],
                 funnel: Funnel(applications: Count(20, atLeast: true), note: "SECRET-NOTE"),
                 offers: [Offer(employer: Employer(name: "SECRET-EMPLOYER-3"), kind: .fullTime, outcome: .accepted,
                                date: FuzzyDate(year: 2024, month: 8), note: "SECRET-NOTE")],
                 timeline: [Event(date: FuzzyDate(year: 2024, month: 3), what: "SECRET-EVENT")],
                 quotes: [Quote(text: "SECRET-QUOTE", translation: "SECRET-TRANSLATION", theme: "fear")],
                 notes: ["SECRET-NOTE"], sources: ["lisi-notes"]),
            Case(id: "a-second-case", persona: Persona(name: "Zhang Sanfeng"),
                 origin: Job(industry: "internet", role: "operations"), targets: ["ai-product-manager"], outcome: .searching,
                 sources: ["lisi-notes"]),
            Case(id: "public-one", persona: Persona(name: "Li Si"),
                 origin: Job(industry: "real-estate", role: "urban-planner", pay: pay(20000)), targets: ["ai-product-manager"],
                 landed: Job(role: "ai-product-manager", pay: pay(22000)), outcome: .landed,
                 quotes: [Quote(text: "SECRET-QUOTE too")], sources: ["article"]),
        ],
        observations: [
            Observation(id: "wang-wu-says", who: .init(name: "Wang Wu", role: "coach", pseudonym: true, note: "SECRET-OBSERVER-NOTE"),
                        period: FuzzyDate(year: 2024), layer: .application, direction: .more,
                        figure: .init(text: "SECRET-FIGURE", percent: 120), statement: "SECRET-STATEMENT", quote: "SECRET-QUOTE",
                        sources: ["article"], note: "SECRET-NOTE"),
        ])

    static func store(_ content: CaseFile = content) throws -> Store {
        let store = try Fixtures.store()
        try store.upsert(content)
        return store
    }

    /// Every file of every format, in both languages, as one text.
    static func published(_ report: Report) -> String {
        ReportWriter.files(for: report, formats: ReportFormat.allCases, options: RenderOptions()).sorted { $0.key < $1.key }
            .map { "\($0.key)\n" + String(decoding: $0.value, as: UTF8.self) }.joined(separator: "\n")
    }

    static func report(_ store: Store, redact: Bool, language: Language = .en, asOf: Day? = nil) throws -> Report {
        try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest(asOf: asOf, language: language, redact: redact))
    }

    @Test("a redacted report holds no name, id, quote, employer, note or other free text, in any file or language")
    func nothingLeaks() throws {
        let store = try Self.store()
        for language in Language.allCases {
            let text = Self.published(try Self.report(store, redact: true, language: language))
            for secret in Self.secrets {
                #expect(!text.contains(secret), "\(language): \(secret) is in the redacted report")
            }
            // The same report without --redact does show them: the check above can fail.
            let open = Self.published(try Self.report(store, redact: false, language: language))
            for secret in ["Zhang Sanfeng", "zhang-sanfeng-2024", "SECRET-QUOTE", "Wang Wu"] {
                #expect(open.contains(secret), "\(secret) should be in the plain report")
            }
        }
    }

    @Test("codes follow the order of the store's history and stay the same as cases are added")
    func stableCodes() throws {
        let store = try Self.store()
        let first = try Self.report(store, redact: true)
        let people = try #require(first.table("funnel")).rows.map { [$0[0].text, $0[1].text] }
        // Recorded in the order of the file's cases: zhang-sanfeng-2024 first, although its id sorts last.
        #expect(people == [["C0001", "P0001"], ["all", ""]])
        #expect(try #require(first.table("data_quality")).rows.map { $0[0].text } == ["C0001", "C0002", "C0003"])
        // The same person in two cases keeps one code, and the people count is unchanged.
        let overview = try #require(first.table("overview")).rows
        #expect(overview[1] == [.text("people"), .integer(2)])

        // A case added later, with an id that sorts first, gets the next code; nobody else's changes.
        try store.upsert(CaseFile(cases: [Case(id: "aaa-new", persona: Persona(name: "Aaron"), origin: Job(industry: "finance"),
                                               targets: ["ai-product-manager"], outcome: .landed, sources: ["lisi-notes"])]))
        let later = try Self.report(store, redact: true)
        #expect(try #require(later.table("data_quality")).rows.map { $0[0].text } == ["C0001", "C0002", "C0003", "C0004"])
        #expect(try #require(later.table("funnel")).rows.first?[0...1] == [.text("C0001"), .text("P0001")])
        // As of an earlier day the codes are the same ones.
        let earlier = try Self.report(store, redact: true, asOf: Day(2024, 7, 1))
        // (aaa-new cites notes published in June, so it is there too, under its own code.)
        #expect(try #require(earlier.table("data_quality")).rows.map { $0[0].text } == ["C0001", "C0002", "C0004"])
        // And the same store gives the same bytes twice.
        #expect(Self.published(later) == Self.published(try Self.report(store, redact: true)))
    }

    @Test("redaction changes names, not numbers; pay figures of private people enter no figure")
    func numbersKept() throws {
        let store = try Self.store()
        let plain = try Self.report(store, redact: false), redacted = try Self.report(store, redact: true)
        // Rows are sorted by id, and ids are now codes: compare the rows without names, as sets.
        func numbers(_ table: ReportTable, without: Set<String> = []) -> [String] {
            table.rows.map { row in
                zip(table.columns, row).map { (["case", "person", "figures"] + without).contains($0.0.name) ? "" : $0.1.text }.joined(separator: "|")
            }.sorted()
        }
        for table in plain.tables where !["voices", "caveats", "pay_change_by_path"].contains(table.name) {
            let other = try #require(redacted.table(table.name))
            let without: Set<String> = table.name == "pay_change" ? ["currency"] : []
            #expect(other.n == table.n && numbers(other, without: without) == numbers(table, without: without), "\(table.name)")
        }
        // The private person's currency is hidden too, and the path figures count public people only.
        #expect(try #require(redacted.table("pay_change")).rows.first { $0[0] == .text("C0001") }?[7] == .suppressed(minimum: 3))
        let byPath = try #require(redacted.table("pay_change_by_path"))
        #expect(byPath.rows.map { $0[2] } == [.integer(1)] && byPath.notes.first?.hasPrefix("Left out: 1 people from private sources") == true)
        #expect(try #require(plain.table("pay_change_by_path")).rows.map { $0[2] } == [.integer(1), .integer(1)])
        #expect(try #require(redacted.table("voices")).rows.isEmpty)
        #expect(try #require(redacted.table("caveats")).rows.last?[0] == .text("redacted"))
        #expect(redacted.manifest.parameters["redact"] == "yes" && plain.manifest.parameters["redact"] == nil)
        // Free-text figures go; a percent stays.
        #expect(try #require(redacted.table("role_demand")).rows.contains { $0.last == .text("120%") })
    }

    @Test("a redacted report is the same whatever the pay of private people is: amount, range, period, 面议, currency; and whatever a private figure is")
    func privatePayInvisible() throws {
        func variant(_ before: String?, _ after: String?, figure: Observation.Figure? = .init(percent: 50)) throws -> [String: Data] {
            var content = Self.content
            content.cases[0].origin?.pay = try before.map { try PayParser.parse($0) }
            content.cases[0].landed?.pay = try after.map { try PayParser.parse($0) }
            content.observations.append(Observation(id: "private-figure", who: .init(name: "Someone"), period: FuzzyDate(year: 2024), layer: .model,
                                                    direction: .more, figure: figure, statement: "x", sources: ["lisi-notes"]))
            let report = try Self.report(try Self.store(content), redact: true)
            return ReportWriter.files(for: report, formats: ReportFormat.allCases, options: RenderOptions())
        }
        let base = try variant("18k", "15k")
        let others: [(String, String, Observation.Figure?)] = [
            ("15k", "30k", .init(percent: 50)), ("20万/年", "15-25K·14薪", .init(percent: 50)), ("500元/天", "50元/时", .init(percent: 50)),
            ("面议", "15k", .init(percent: 50)), ("18k", "面议", .init(percent: 50)), ("$120k", "15k", .init(percent: 50)),
            ("€2k", "€3k", .init(percent: 50)), ("0", "1.5万/月", .init(percent: 50)),
            ("18k", "15k", .init(percent: 120)), ("18k", "15k", .init(text: "翻倍")), ("18k", "15k", .init(pay: try PayParser.parse("200万"))),
        ]
        for (before, after, figure) in others {
            let files = try variant(before, after, figure: figure)
            #expect(files.keys.sorted() == base.keys.sorted())
            for (name, data) in base where files[name] != data { Issue.record("\(before) → \(after), \(String(describing: figure)): \(name) differs") }
        }
        // Whether pay is known at all is no secret: the data-quality table lists it.
        let unknown = try variant(nil, nil)
        #expect(unknown["data_quality.csv"] != base["data_quality.csv"])
    }

    @Test("a name in a private record never shares a code with the same name in a public one")
    func privateNamesApart() throws {
        var content = Self.content
        content.cases[2].persona.name = "Zhang Sanfeng"
        let report = try Self.report(try Self.store(content), redact: true)
        let people = try #require(report.table("funnel")).rows.map { $0[1].text } + (try #require(report.table("pay_change")).rows.map { $0[1].text })
        // zhang-sanfeng-2024 and a-second-case (both private) share P0001; public-one gets its own.
        #expect(Set(people) == ["P0001", "P0002", ""])
        let overview = try #require(report.table("overview")).rows
        #expect(overview[1] == [.text("people"), .integer(2)])
    }

    @Test("--min-cell 1 cannot open a redacted report")
    func redactionKeepsK() throws {
        let store = try Self.store()
        let open = try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest(minimumCell: 1, redact: true))
        #expect(open.manifest.parameters["min_cell"] == "2")
        #expect(try #require(open.table("pay_change")).rows.first { $0[0] == .text("C0001") }?[3] == .suppressed(minimum: 2))
    }

    @Test("the fingerprint never depends on a hidden figure")
    func fingerprint() throws {
        var changed = Self.content
        changed.cases[0].origin?.pay = Self.pay(19000)
        for redact in [false, true] {
            let a = try Self.report(Self.store(), redact: redact), b = try Self.report(Self.store(changed), redact: redact)
            #expect(a.tables == b.tables, "the private pay is hidden, so no table changes")
            #expect(a.manifest.fingerprint == b.manifest.fingerprint)
        }
        // A change that is shown changes it.
        var shown = Self.content
        shown.cases[2].origin?.pay = Self.pay(21000)
        #expect(try Self.report(Self.store(), redact: true).manifest.fingerprint != Self.report(Self.store(shown), redact: true).manifest.fingerprint)
        // With --min-cell 1 nothing is hidden, and the fingerprint covers every figure.
        let request = ReportRequest(minimumCell: 1)
        #expect(try ReportBuilder.report(of: Self.store(), taxonomy: .standard, request: request).manifest.fingerprint
            != ReportBuilder.report(of: Self.store(changed), taxonomy: .standard, request: request).manifest.fingerprint)
    }
    @Test("a case that once cited a private source stays private after the source is dropped, in plain and redacted reports")
    func oncePrivate() throws {
        let store = try Fixtures.store()
        try store.upsert(Self.content)
        var edited = Self.content.cases[0]
        edited.sources = ["article"]
        try store.upsert(CaseFile(sources: [Self.content.sources[1]], cases: [edited]))
        #expect(try store.cases().first { $0.id == "zhang-sanfeng-2024" }?.sources == ["article"])
        for redact in [false, true] {
            let report = try Self.report(store, redact: redact)
            let row = try #require(report.table("pay_change")?.rows.first { $0[0] == .text(redact ? "C0001" : "zhang-sanfeng-2024") })
            #expect(row[3] == .suppressed(minimum: 3) && row[4] == .suppressed(minimum: 3), "redact: \(redact)")
        }
    }
}
