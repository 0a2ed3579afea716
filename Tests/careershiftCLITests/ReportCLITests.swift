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
    @Test("--redact: codes for names and ids, no quotes or source titles, in every file; diff --redact needs --as-of")
    func redact() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run("import", CLITests.dataset).status == 0)
        let result = try cli.run("report", "--redact", "--out", "public")
        #expect(result.status == 0, "\(result.stderr)")
        var text = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: cli.path("public")) { text += try cli.read("public/\(name)") }
        #expect(text.contains("redact=yes") && text.contains("C0001") && text.contains("P0001"))
        let cases = try String(contentsOfFile: CLITests.dataset + "/huxiu-2024-10-20-ai-career-switchers.yaml", encoding: .utf8)
        let names = cases.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for key in ["name: ", "- id: ", "id: ", "title: "] where trimmed.hasPrefix(key) { return String(trimmed.dropFirst(key.count)) }
            return nil
        }
        #expect(names.count > 10)
        for name in names { #expect(!text.contains(name), "\(name) is in the redacted report") }
        #expect(!text.contains("huxiu") && !text.contains("虎嗅"))
        // The plain report does name them.
        #expect(try cli.run("report", "--out", "plain", "--format", "md").status == 0)
        #expect(try cli.read("plain/report.md").contains("诚汉"))

        let diff = try cli.run("diff", "--redact", "--as-of", "2023-12-31", "--as-of", "2024-10-20")
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(!diff.stdout.contains("诚汉") && diff.stdout.contains("C0001"))
        let open = try cli.run("report", "--redact", "--min-cell", "1", "--out", "open")
        #expect(open.status == 64 && open.stderr.contains("--redact hides every figure from a private source"))
        let misuse = try cli.run("diff", "--redact", "Reports/a", "Reports/b")
        #expect(misuse.status == 64 && misuse.stderr.contains("--redact works with --as-of"))
    }
}
