@testable import CareerShiftKit

/// A small, hand-checkable dataset for report tests: two public and two private cases.
enum ReportFixture {
    static let article = Source(id: "article", title: "An article, with \"quotes\"", publisher: "Paper", published: FuzzyDate(year: 2024, month: 10, day: 20), visibility: .public)
    static let notes = Source(id: "notes", title: "My notes", published: FuzzyDate(year: 2024, month: 11), visibility: .private)

    static func pay(_ text: String) -> Pay { try! PayParser.parse(text) }
    static func date(_ text: String) -> FuzzyDate { try! DateParser.parse(text) }

    static let content = CaseFile(
        sources: [article, notes],
        cases: [
            Case(id: "p1", persona: Persona(name: "Ana", pseudonym: true, education: Education(level: .bachelor, tier: .tier211)),
                 origin: Job(industry: "internet", role: "ui-designer", pay: pay("18k")), targets: ["ai-product-manager"],
                 landed: Job(role: "ai-product-manager", pay: pay("15k"), from: date("2024-04-15")), outcome: .landed,
                 decided: date("2024-01"), drivers: [Driver(kind: .pull, reason: .opportunity)], archetype: .wanderer,
                 funnel: Funnel(applications: Count(20, atLeast: true), interviews: Count(4)),
                 quotes: [Quote(text: "先进行业, \"再说\" | 真的\n第二行", translation: "Get in first", theme: "motivation")],
                 sources: [article.id]),
            Case(id: "p2", persona: Persona(name: "Bo"),
                 origin: Job(industry: "internet", role: "operations", pay: pay("1-1.5万/月")), targets: ["ai-product-manager"],
                 landed: Job(role: "ai-product-manager", pay: pay("20k")), outcome: .reassigned, decided: date("~2024-02"),
                 drivers: [Driver(kind: .forced, reason: .reassignment)],
                 offers: [Offer(kind: .fullTime, outcome: .received, date: date("2024-05-late"))],
                 sources: [article.id]),
            Case(id: "q1", persona: Persona(name: "Cy", education: Education(level: .master, tier: .tier985)),
                 origin: Job(industry: "internet", role: "software-engineer", pay: pay("25k")), targets: ["llm-application-engineer"],
                 landed: Job(role: "llm-application-engineer", pay: pay("30k"), from: date("2024-09")), outcome: .landed,
                 drivers: [Driver(kind: .push, reason: .saturation)], sources: [notes.id]),
            Case(id: "q2", persona: Persona(name: "Di"),
                 origin: Job(industry: "internet", role: "software-engineer", pay: pay("20k")), targets: ["llm-algorithm-engineer"],
                 outcome: .searching, drivers: [Driver(kind: .push, reason: .saturation)],
                 funnel: Funnel(applications: Count(10, atLeast: true)),
                 offers: [Offer(employer: Employer(kind: .aiUnicorn), role: "llm-algorithm-engineer", kind: .fullTime, outcome: .rejectedAtResume, count: Count(3), date: date("2024-08"))],
                 sources: [notes.id]),
        ],
        observations: [
            Observation(id: "o1", who: .init(name: "Lin", role: "coach"), period: date("2023"), layer: .model, direction: .more,
                        statement: "Hiring was mostly in the model layer.", quote: "去年招聘岗位更多在模型层", sources: [article.id]),
            Observation(id: "o2", who: .init(name: "Lin", role: "coach"), period: date("2024"), layer: .application, direction: .more,
                        figure: .init(text: "涨薪120%", percent: 120), statement: "Hiring moved to the application layer.", sources: [article.id]),
        ])

    /// A store holding the fixture, recorded on 2025-01-01.
    static func store() -> Store {
        let store = try! Fixtures.store()
        try! store.upsert(content)
        return store
    }

    static func report(language: Language = .en, minimumCell: Int = 3, asOf: Day? = nil, clock: ReportClock = .known) -> Report {
        try! ReportBuilder.report(of: store(), taxonomy: .standard, request: ReportRequest(asOf: asOf, clock: clock, language: language, minimumCell: minimumCell))
    }
}
