import Testing
@testable import CareerShiftKit

@Suite("Case files: located errors")
struct CaseFileReaderTests {
    static let header = """
        source:
          id: notes
          title: My interviews
        cases:

        """

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try CaseFileReader.read(text: yaml, file: "x.yaml", taxonomy: .standard)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a valid file reads, aliases resolve to ids, the file's source is filled in")
    func valid() throws {
        let file = try CaseFileReader.read(text: Self.header + """
              - id: ana
                persona: {name: Ana, born: 95后}
                origin: {industry: 房地产, role: 城规, pay: 18k}
                targets: [AI产品经理]
                funnel: {applications: 20+}
            """, file: "x.yaml", taxonomy: .standard)
        let entry = try #require(file.cases.first)
        #expect(entry.origin?.industry == "real-estate")
        #expect(entry.origin?.role == "urban-planner")
        #expect(entry.targets == ["ai-product-manager"])
        #expect(entry.sources == ["notes"])
        #expect(entry.funnel?.applications == Count(20, atLeast: true))
        #expect(file.sources[0].visibility == .private, "absent visibility means private")
    }

    @Test("wrong type")
    func wrongType() {
        #expect(problems(Self.header + """
              - id: ana
                persona: {name: Ana}
                targets: ai-product-manager
                pastJobs: [{role: ui-designer, from: [2020]}]
            """) == [
            "x.yaml:7: error: cases[0].targets: expected a list, found \"ai-product-manager\"",
            "x.yaml:8: error: cases[0].pastJobs[0].from: expected text, found a list",
        ])
    }

    @Test("unknown enum value")
    func unknownEnum() {
        #expect(problems(Self.header + """
              - id: ana
                persona: {}
                outcome: hired
            """) == [
            "x.yaml:7: error: cases[0].outcome: unknown value \"hired\"; expected one of landed|internship-only|searching|gave-up|returned|reassigned",
        ])
    }

    @Test("unknown role names the nearest ids")
    func unknownRole() {
        #expect(problems(Self.header + """
              - id: ana
                persona: {}
                targets: [ai-product-manger]
            """) == [
            "x.yaml:7: error: cases[0].targets[0]: unknown role \"ai-product-manger\"; nearest known: ai-product-manager, ai-project-manager, product-manager",
        ])
    }

    @Test("missing required field")
    func missingField() {
        #expect(problems(Self.header + """
              - persona: {name: Ana}
                targets: [ai-product-manager]
            """) == [
            "x.yaml:5: error: cases[0].id: required field is missing",
        ])
    }

    @Test("malformed YAML")
    func malformed() {
        #expect(problems("cases:\n  - id: ana\n    persona: {name: Ana\n") == [
            "x.yaml:4: error: malformed YAML: did not find expected ',' or '}' (while parsing a flow mapping that starts on line 3)",
        ])
    }

    @Test("unknown field, with a suggestion")
    func unknownField() {
        #expect(problems(Self.header + """
              - id: ana
                persona: {}
                ofers: []
            """) == [
            "x.yaml:7: error: cases[0].ofers: unknown field; did you mean \"offers\"?",
        ])
    }

    @Test("bad pay, bad date and a bad id are all reported at once")
    func allAtOnce() {
        #expect(problems(Self.header + """
              - id: Ana Li
                persona: {}
                origin: {pay: 15-25Kx}
                decided: 2024-02-30
              - id: bob
                persona: {born: someday}
            """) == [
            "x.yaml:5: error: cases[0].id: id \"Ana Li\" must be lower-case ASCII letters, digits, '-', '_' or '.', starting with a letter or digit",
            "x.yaml:7: error: cases[0].origin.pay: cannot read \"15-25Kx\" as pay: expected months per year (12 to 24) after 'x'",
            "x.yaml:8: error: cases[0].decided: cannot read \"2024-02-30\" as a date: day 30 does not exist in 2024-02",
            "x.yaml:10: error: cases[1].persona.born: cannot read \"someday\" as a birth year or cohort (1998, 1995-1999, 95后)",
        ])
    }

    @Test("duplicate ids in one file")
    func duplicateIDs() {
        #expect(problems(Self.header + """
              - id: ana
                persona: {}
              - id: ana
                persona: {}
            """) == [
            "x.yaml:7: error: cases[1].id: duplicate id \"ana\": already used by cases[0] (line 5)",
        ])
    }

    @Test("a case needs a source")
    func noSource() {
        #expect(problems("cases:\n  - id: ana\n    persona: {}\n") == [
            "x.yaml:2: error: cases[0].sources: no source: name one with sources: [id], or give the file a source:",
        ])
    }

    @Test("JSON files read the same way, with lines")
    func json() {
        let json = """
            {"sources": [{"id": "s", "title": "T"}],
             "cases": [{"id": "a", "persona": {},
                        "outcome": "nope"}]}
            """
        #expect(problems(json) == [
            "x.yaml:3: error: cases[0].outcome: unknown value \"nope\"; expected one of landed|internship-only|searching|gave-up|returned|reassigned",
        ])
    }
}
