import Foundation
import Testing

@Suite("careershift report", .serialized)
struct ReportCLITests {
    @Test("seeds a new store from Datasets/ and writes the committed report, byte for byte, every time")
    func bundled() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let empty = try cli.run("report")
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("is empty: import case files first"))

        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("Datasets"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Datasets/cases"), to: cli.folder.appendingPathComponent("Datasets/cases"))
        try? FileManager.default.removeItem(atPath: cli.path("careershift.sqlite"))
        let first = try cli.run("report")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("was new and empty: imported Datasets/cases"))
        #expect(first.stdout.hasPrefix("wrote Reports/2024-10-20/: background.csv"))
        let committed = CLI.packageRoot.appendingPathComponent("Reports/2024-10-20")
        for _ in 0..<2 {
            for name in try FileManager.default.contentsOfDirectory(atPath: committed.path) {
                #expect(FileManager.default.contents(atPath: cli.path("Reports/2024-10-20/\(name)")) == FileManager.default.contents(atPath: committed.appendingPathComponent(name).path), "\(name)")
            }
            let again = try cli.run("report")
            #expect(again.status == 0)
            #expect(!again.stderr.contains("imported"), "only a new store is seeded")
        }
    }

    @Test("--out, --format, --lang, --excel, and refusing a folder that is not a report")
    func options() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run("import", CLITests.dataset).status == 0)
        let zh = try cli.run("report", "--lang", "zh", "--format", "md", "--out", "zh")
        #expect(zh.status == 0, "\(zh.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.path("zh")).sorted()
        #expect(files == [".careershift-report", "outcomes.svg", "pay_change.svg", "report.md", "role_demand.svg", "transition_paths.svg"])
        #expect(try cli.read("zh/report.md").hasPrefix("# careershift 报告（截至 2024-10-20）"))

        let excel = try cli.run("report", "--format", "csv", "--excel", "--out", "excel")
        #expect(excel.status == 0)
        #expect(FileManager.default.contents(atPath: cli.path("excel/overview.csv"))?.starts(with: [0xEF, 0xBB, 0xBF]) == true)

        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("thesis"), withIntermediateDirectories: true)
        try cli.write("thesis/chapter1.md", "my work")
        let refused = try cli.run("report", "--out", "thesis")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refusing to write into thesis: it exists and is not a careershift report"))
        #expect(try cli.read("thesis/chapter1.md") == "my work")

        #expect(try cli.run("report", "--format", "pdf").status == 64)
        #expect(try cli.run("report", "--min-cell", "0").status == 64)
        #expect(try cli.run("report", "--as-of", "2024-02-30").status == 64)
        let early = try cli.run("report", "--as-of", "2023-12-31", "--format", "json")
        #expect(early.status == 0)
        #expect(try cli.read("Reports/2023-12-31/report.json").contains("\"as_of\": \"2023-12-31\""))
    }
}
