import Testing
@testable import CareerShiftKit

@Suite("Report analysis")
struct ReportAnalysisTests {
    func rows(_ report: Report, _ table: String) throws -> [[String]] {
        try #require(report.table(table)).rows.map { $0.map(\.text) }
    }

    @Test("as-of defaults to the newest date in the data; a record counts from its source's date (known clock)")
    func asOf() throws {
        let report = ReportFixture.report()
        #expect(report.manifest.asOf == "2024-11-30", "the notes are dated 2024-11: known by its last day")
        #expect(report.table("overview")?.n == 4)
        let earlier = ReportFixture.report(asOf: Day(2024, 10, 31))
        #expect(earlier.manifest.asOf == "2024-10-31")
        #expect(earlier.table("overview")?.n == 2, "the private notes were published in November")
        let recorded = ReportFixture.report(asOf: Day(2024, 12, 31), clock: .recorded)
        #expect(recorded.table("overview")?.n == 0, "everything was recorded in 2025")
        #expect(recorded.manifest.parameters["clock"] == "recorded")
        #expect(ReportFixture.report(clock: .recorded).manifest.asOf == "2025-01-01")
    }

    @Test("transition paths with shares, success rates and Wilson intervals")
    func paths() throws {
        #expect(try rows(ReportFixture.report(), "transition_paths") == [
            ["Internet", "AI product manager", "Application", "2", "50.0", "2", "100.0", "34.2", "100.0"],
            ["Internet", "LLM algorithm engineer", "Model (foundation models and algorithms)", "1", "25.0", "0", "0.0", "0.0", "79.3"],
            ["Internet", "LLM application engineer", "Application", "1", "25.0", "1", "100.0", "20.7", "100.0"],
        ])
    }

    @Test("the funnel carries lower bounds into its totals")
    func funnel() throws {
        #expect(try rows(ReportFixture.report(), "funnel") == [
            ["p1", "Ana (pseudonym)", "≥20", "4", "", "", "", "", ""],
            ["p2", "Bo", "", "", "", "1", "", "", ""],
            ["q2", "Di", "≥10", "", "", "", "", "3", ""],
            ["all", "", "≥30", "4", "", "1", "", "3", ""],
        ])
    }

    @Test("pay from a private source is suppressed below K people, and listed")
    func suppression() throws {
        let report = ReportFixture.report()
        #expect(try rows(report, "pay_change") == [
            ["p1", "Ana (pseudonym)", "Internet → AI product manager", "18000", "15000", "-16.7", "step down", "CNY", "18k → 15k"],
            ["p2", "Bo", "Internet → AI product manager", "12500", "20000", "60.0", "step up", "CNY", "1-1.5万/月 → 20k"],
            ["q1", "Cy", "Internet → LLM application engineer", "<3", "<3", "<3", "<3", "CNY", "<3"],
        ])
        #expect(try rows(report, "pay_change_by_path") == [
            ["Internet → AI product manager", "CNY", "2", "15250", "17500", "21.7", "-16.7", "60.0"],
            ["Internet → LLM application engineer", "CNY", "1", "<3", "<3", "<3", "<3", "<3"],
        ])
        #expect(report.suppressed.count == 2)
        #expect(report.suppressed[0].hasPrefix("pay_change: q1: pay before and after, change, direction and text hidden"))
        for table in report.tables {
            for row in table.rows {
                #expect(!row.contains(.text("25k → 30k")) && !row.contains(.integer(25000)) && !row.contains(.integer(30000)), "\(table.name) shows a private figure")
            }
        }
        let open = ReportFixture.report(minimumCell: 1)
        #expect(try rows(open, "pay_change")[2][3...5] == ["25000", "30000", "20.0"])
        #expect(open.suppressed.isEmpty)
    }

    @Test("time to transition honours approximate dates")
    func time() throws {
        #expect(try rows(ReportFixture.report(), "time_to_transition") == [
            ["p1", "Ana (pseudonym)", "2024-01", "", "2024-04-15", "", "3.0", "yes"],
            ["p2", "Bo", "~2024-02", "2024-05-late", "", "3.3", "", "yes"],
        ])
    }

    @Test("demand by layer and the shift from model to application layer")
    func demand() throws {
        let report = ReportFixture.report()
        #expect(try rows(report, "role_demand") == [
            ["2023", "Model (foundation models and algorithms)", "0", "0", "0", "0", "1", "0", "0", "0", ""],
            ["2024", "Model (foundation models and algorithms)", "0", "0", "3", "0", "0", "0", "0", "0", ""],
            ["2024", "Application", "0", "3", "1", "1", "1", "0", "0", "0", "涨薪120%"],
        ])
        #expect(try rows(report, "layer_shift") == [
            ["2023", "1", "0", "0.0", ""],
            ["2024", "0", "4", "100.0", "100.0"],
        ])
    }

    @Test("background, drivers, voices, data quality and caveats")
    func narrative() throws {
        let report = ReportFixture.report()
        #expect(try rows(report, "background").contains(["education", "master", "1", "1", "100.0"]))
        #expect(try rows(report, "drivers").contains(["driver", "push", "2", "1", "50.0"]))
        #expect(try rows(report, "drivers").contains(["archetype", "unknown", "3", "2", "66.7"]))
        let voices = try rows(report, "voices")
        #expect(voices.map { $0[0] } == ["market", "motivation"])
        #expect(voices[1][6] == "2024-10-20", "a quote without a date takes its source's")
        #expect(try rows(report, "data_quality")[0] == ["p1", "1", "born", "0", "1"])
        #expect(try rows(report, "caveats").map { $0[0] } == ["small-sample", "pay-sample", "approximate-dates", "suppressed"])
    }

    @Test("Chinese labels and taxonomy names with --lang zh")
    func chinese() throws {
        let report = ReportFixture.report(language: .zh)
        #expect(report.title == "careershift 报告（截至 2024-11-30）")
        #expect(try #require(report.table("transition_paths")).columns[1].label == "目标岗位")
        #expect(try rows(report, "transition_paths")[0][0...2] == ["互联网", "AI产品经理", "应用层"])
        #expect(try rows(report, "funnel")[0][1] == "Ana（化名）")
    }

    @Test("the Mermaid flowchart links origin → role → layer with counts")
    func mermaid() {
        #expect(ReportFixture.report().mermaid == """
            flowchart LR
              i0["Internet"]
              r1["AI product manager"]
              l2["Application"]
              r3["LLM algorithm engineer"]
              l4["Model (foundation models and algorithms)"]
              r5["LLM application engineer"]
              i0 -->|2| r1
              r1 -->|2| l2
              i0 -->|1| r3
              r3 -->|1| l4
              i0 -->|1| r5
              r5 -->|1| l2
            """)
    }
}
