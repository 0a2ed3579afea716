import Foundation
import Testing
@testable import CareerShiftKit

@Suite("The article's dataset")
struct DatasetTests {
    func load() throws -> CaseFile {
        try CaseImport.read(paths: [Fixtures.datasetCases], taxonomy: .standard, knownSources: [])
    }

    @Test("loads without error, every fact citing the article")
    func loads() throws {
        let data = try load()
        #expect(data.sources.map(\.id) == ["huxiu-2024-10-20-ai-career-switchers"])
        let source = data.sources[0]
        #expect(source.author == "王沁" && source.publisher == "虎嗅" && source.effectiveVisibility == .public)
        #expect(source.published == FuzzyDate(year: 2024, month: 10, day: 20))
        for entry in data.cases { #expect(entry.sources == [source.id]) }
        for observation in data.observations { #expect(observation.sources == [source.id]) }
    }

    @Test("everyone whose switch the article describes is there")
    func people() throws {
        let names = Set(try load().cases.compactMap(\.persona.name))
        #expect(names.isSuperset(of: ["诚汉", "文涛", "思颖", "文悦"]))
        let ids = Set(try load().cases.map(\.id.rawValue))
        #expect(ids.contains("huxiu-2024-wenyue-boyfriend"))
    }

    @Test("facts from the text: 诚汉's applications and offers, 文悦's pay cut, 文涛's offer date")
    func facts() throws {
        let cases = Dictionary(uniqueKeysWithValues: try load().cases.map { ($0.id.rawValue, $0) })
        let chenghan = try #require(cases["huxiu-2024-chenghan"])
        #expect(chenghan.funnel?.applications == Count(20, atLeast: true))
        #expect(chenghan.funnel?.offersInternship == Count(2))
        #expect(chenghan.funnel?.offersFullTime == Count(0))
        #expect(chenghan.persona.education?.tier == .tier985)
        #expect(chenghan.outcome == .internshipOnly)
        let wenyue = try #require(cases["huxiu-2024-wenyue"])
        #expect(wenyue.origin?.pay?.monthly == 18000...18000)
        #expect(wenyue.landed?.pay?.monthly == 15000...15000)
        #expect(wenyue.landed?.role == "ai-product-manager")
        #expect(wenyue.persona.born == Cohort(year: 1998))
        #expect(wenyue.persona.pseudonym == true)
        #expect(wenyue.persona.education?.level == .associate)
        let wentao = try #require(cases["huxiu-2024-wentao"])
        #expect(wentao.persona.born == Cohort(from: 1995, to: 1999))
        #expect(wentao.landed?.city == "成都")
        let offerDates = (wentao.offers ?? []).compactMap(\.date) + [wentao.landed?.from].compactMap { $0 }
        #expect(offerDates.contains { $0.description == "2024-05-late" })
    }

    @Test("the coach's layer shift and the headhunter's figures are observations")
    func observations() throws {
        let observations = try load().observations
        #expect(observations.contains { $0.period?.year == 2023 && $0.layer == .model && $0.direction == .more })
        #expect(observations.contains { $0.period?.year == 2024 && $0.layer == .application && $0.direction == .more })
        #expect(observations.contains { $0.figure?.percent == 120 })
        #expect(observations.contains { $0.figure?.pay?.annual == 2_000_000...2_000_000 })
        #expect(observations.contains { $0.direction == .scarce && ($0.roles ?? []).contains("rl-researcher") })
    }
}
