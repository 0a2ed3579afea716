import Foundation
import Testing
@testable import CareerShiftKit

/// Problems found in review, each pinned by a test.
@Suite("Regressions")
struct RegressionTests {
    func csvProblems(_ csv: String) -> [String] {
        do {
            _ = try CaseTable.read(text: csv, file: "x.csv", taxonomy: .standard)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a driver cell of ':' is an error, not a crash")
    func driverColon() {
        #expect(csvProblems("id,from_industry,to_role,driver\nx1,internet,ai-product-manager,\":\"\n") == [
            "x.csv:2: error: driver: cannot read \":\" as push, pull or forced (kind:reason; several separated by ;)",
        ])
    }

    @Test("counts beyond a billion are refused, and sums saturate instead of trapping")
    func hugeCounts() throws {
        let yaml = "source: {id: s, title: T}\ncases:\n  - {id: a, persona: {}, funnel: {applications: 9223372036854775807}}\n"
        #expect(throws: InputRejected.self) { try CaseFileReader.read(text: yaml, file: "x.yaml", taxonomy: .standard) }
        #expect(Statistics.sum([Count(Int.max), Count(1)]) == Count(Int.max))
    }

    @Test("之前 reads as before")
    func zhiqian() throws {
        #expect(try DateParser.parse("2024年5月之前").description == "<2024-05")
        #expect(try DateParser.parse("2024年春节之前").description == "<2024-02-10")
    }

    @Test("CSV: empty trailing rows are skipped; a source's columns may be left empty on later rows; a conflict names its column")
    func csvSources() throws {
        let header = "id,from_industry,to_role,source_title,published,source_visibility\n"
        let file = try CaseTable.read(text: header + "a,internet,ai-product-manager,Notes,2024-05,public\nb,internet,ai-product-manager,Notes,,\n,,,,,\n", file: "x.csv", taxonomy: .standard)
        #expect(file.cases.count == 2 && file.sources.count == 1)
        #expect(file.sources[0].visibility == .public && file.sources[0].published?.description == "2024-05")
        #expect(csvProblems(header + "a,internet,ai-product-manager,Notes,2024-05,public\nb,internet,ai-product-manager,Notes,2024-06,private\n") == [
            "x.csv:3: error: published: source \"Notes\" was published 2024-05 on line 2, not 2024-06",
            "x.csv:3: error: source_visibility: source \"Notes\" is public on line 2, not private",
        ])
        #expect(csvProblems(header + "a,internet,ai-product-manager,,2024-05,public\n") == [
            "x.csv:2: error: published: needs source_title or source_url: cases without a source go to the private \"own-notes\" notes",
            "x.csv:2: error: source_visibility: needs source_title or source_url: cases without a source go to the private \"own-notes\" notes",
        ])
    }

    @Test("JSON exports escape characters YAML readers refuse, and read back")
    func controlCharacters() throws {
        let store = try Fixtures.store()
        var entry = Fixtures.entry("a")
        entry.notes = ["bell\u{7F}del \u{85} \u{FEFF}"]
        try store.upsert(CaseFile(sources: [Fixtures.source], cases: [entry]))
        let json = try CaseFileWriter.text(of: try store.contents(), as: .json)
        #expect(json.contains("\\u007F"))
        let back = try CaseFileReader.read(text: json, file: "x.json", taxonomy: .standard)
        #expect(back.cases[0].notes == entry.notes)
    }

    @Test("a source that was ever private stays private in as-of reports")
    func visibilityHistory() throws {
        let store = try Fixtures.store()
        var source = Source(id: "s", title: "T", published: FuzzyDate(year: 2024, month: 1), visibility: .public)
        var a = Fixtures.entry("a"), b = Fixtures.entry("b")
        for (entry, pay) in [(0, "30k"), (1, "40k")] {
            var c = entry == 0 ? a : b
            c.sources = ["s"]
            c.origin?.pay = try PayParser.parse("20k")
            c.landed = Job(role: "ai-product-manager", pay: try PayParser.parse(pay))
            if entry == 0 { a = c } else { b = c }
        }
        try store.upsert(CaseFile(sources: [source], cases: [a, b]))
        source.visibility = .private
        try store.upsert(CaseFile(sources: [source]))
        let report = try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest(asOf: Day(2024, 6, 30)))
        #expect(report.table("pay_change")?.rows.allSatisfy { $0[3] == .suppressed(minimum: 3) } == true)
    }

    @Test("an observation's figure from a private source is hidden and listed")
    func privateFigure() throws {
        let store = try Fixtures.store()
        let observation = Observation(id: "o", who: .init(name: "H"), period: FuzzyDate(year: 2025), layer: .model, direction: .scarce,
                                      figure: .init(pay: try PayParser.parse("300万")), statement: "x", sources: [Fixtures.source.id])
        try store.upsert(CaseFile(sources: [Fixtures.source], observations: [observation]))
        let report = try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest())
        #expect(report.table("role_demand")?.rows.first?.last == .missing)
        #expect(report.suppressed == ["role_demand: observation o: its figure is hidden (a private source)"])
        let open = try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest(minimumCell: 1))
        #expect(open.table("role_demand")?.rows.first?.last == .text("300万"))
    }
}
