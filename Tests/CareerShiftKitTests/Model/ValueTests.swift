import Testing
@testable import CareerShiftKit

@Suite("Counts, cohorts, enums")
struct ValueTests {
    @Test("counts keep lower bounds", arguments: [
        ("20", 20, false), ("20+", 20, true), ("20多", 20, true), ("≥20", 20, true), ("二十多", 20, true),
        ("十几", 10, true), ("4", 4, false), ("两", 2, false),
    ])
    func counts(_ text: String, _ value: Int, _ atLeast: Bool) throws {
        let count = try #require(Count(text: text))
        #expect(count.value == value)
        #expect(count.atLeast == atLeast)
    }

    @Test("cohorts", arguments: [("1998", 1998, 1998), ("95后", 1995, 1999), ("90后", 1990, 1999), ("00后", 2000, 2009), ("1995-1999", 1995, 1999)])
    func cohorts(_ text: String, _ from: Int, _ to: Int) throws {
        let cohort = try #require(Cohort(text: text))
        #expect(cohort.from == from && cohort.to == to)
    }

    @Test("enums read forgivingly and list the accepted values otherwise")
    func enums() {
        #expect(Outcome(text: "Internship_Only") == .internshipOnly)
        #expect(Employer.Kind(text: "To-G") == .state)
        #expect(Archetype(text: "漫游者") == .wanderer)
        #expect(Outcome(text: "hired") == nil)
        #expect(Outcome.spellings == "landed|internship-only|searching|gave-up|returned|reassigned")
    }

    @Test("slugs")
    func slugs() {
        #expect(Slug.problem(with: "huxiu-2024-wenyue") == nil)
        #expect(Slug.problem(with: "Wen Yue") != nil)
        #expect(Slug.problem(with: "../etc") != nil)
        #expect(Slug.problem(with: "文悦") != nil)
    }
}
