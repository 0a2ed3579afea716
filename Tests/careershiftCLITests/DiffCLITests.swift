import Foundation
import Testing

@Suite("careershift diff and trend", .serialized)
struct DiffCLITests {
    @Test("import, report, add a case, report: the diff shows exactly that case's effect")
    func addedCase() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run("import", CLITests.dataset).status == 0)
        #expect(try cli.run("report", "--out", "before").status == 0)
        let added = try cli.run("add", "--id", "newbie", "--from-industry", "互联网", "--from-role", "UI设计师", "--to-role", "AI产品经理", "--outcome", "landed")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try cli.run("report", "--out", "after").status == 0)

        let same = try cli.run("diff", "before", "before", "--exit-code")
        #expect(same.status == 0)
        #expect(same.stdout.contains("No differences."))

        let result = try cli.run("diff", "before", "after", "--format", "json", "--exit-code")
        #expect(result.status == 1, "--exit-code: 1 when the reports differ")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try #require(json["tables"] as? [[String: Any]])
        func table(_ name: String) throws -> [String: Any] { try #require(tables.first { $0["name"] as? String == name }) }
        func keys(_ name: String, _ kind: String) throws -> [[String]] {
            ((try table(name))[kind] as? [[String: Any]] ?? []).compactMap { $0["key"] as? [String] }
        }
        #expect(try keys("data_quality", "added") == [["newbie"]])
        #expect(try keys("data_quality", "removed").isEmpty && keys("data_quality", "changed").isEmpty)
        #expect(try keys("transition_paths", "added").isEmpty && keys("transition_paths", "removed").isEmpty)
        let changedPaths = try #require((try table("transition_paths"))["changed"] as? [[String: Any]])
        let internet = try #require(changedPaths.first { ($0["key"] as? [String]) == ["Internet", "AI product manager", "Application"] })
        let cells = try #require(internet["cells"] as? [[String: Any]])
        #expect(cells.first { $0["column"] as? String == "cases" }?["delta"] as? Int == 1)
        let overview = try #require((try table("overview"))["changed"] as? [[String: Any]])
        let changedMeasures = overview.compactMap { ($0["key"] as? [String])?.first }
        #expect(changedMeasures.sorted() == ["cases", "outcome: landed", "people", "sources"], "the added case has an undated private source")
        for name in ["pay_change", "pay_change_by_path", "time_to_transition", "voices", "funnel"] {
            #expect(try keys(name, "added").isEmpty && keys(name, "removed").isEmpty && keys(name, "changed").isEmpty, "\(name) is untouched by a case without pay, dates, quotes or funnel")
        }

        let markdown = try cli.run("diff", "before", "after", "--table", "overview")
        #expect(markdown.stdout.contains("| cases | Value | 7 | 8 | +1 (+14.3%) |"))
    }

    @Test("diff straight from the store, filters, and clear errors")
    func fromStore() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run("import", CLITests.dataset).status == 0)
        let csv = try cli.run("diff", "--as-of", "2023-12-31", "--as-of", "2024-10-20", "--table", "overview", "--only", "changed", "--format", "csv")
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("table,change,row,column,old,new,delta,percent\r\noverview,cell changed,cases,value,0,7,+7,\r\n"))
        let tolerant = try cli.run("diff", "--as-of", "2023-12-31", "--as-of", "2024-10-20", "--table", "overview", "--tolerance", "100", "--exit-code")
        #expect(tolerant.status == 1, "dates still changed from unknown to known")
        #expect(try cli.run("diff", "one").status == 64)
        let typo = try cli.run("diff", "--as-of", "2023-12-31", "--as-of", "2024-10-20", "--table", "transition_path", "--exit-code")
        #expect(typo.status == 64, "a mistyped table is a usage error, not 'no differences'")
        #expect(typo.stderr.contains("no table named transition_path"))
        #expect(try cli.run("diff", "a", "b", "--tolerance", "lots").status == 64)
        let missing = try cli.run("diff", "nowhere", "nowhere")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read the report nowhere: no such file or folder"))
    }

    @Test("trend over a folder of reports, with a chart")
    func trend() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run("trend", CLI.packageRoot.appendingPathComponent("Reports").path, "--chart", "trend.svg")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try String(contentsOf: CLI.packageRoot.appendingPathComponent("Reports/trend.md"), encoding: .utf8)))
        #expect(try cli.read("trend.svg").hasPrefix("<?xml"))
    }
}
