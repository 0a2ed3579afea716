import Foundation
import Testing

/// The store records the taxonomy that classified it; reports read the store with it.
@Suite("The taxonomy travels with the data")
struct TaxonomyTravelsTests {
    /// The built-in taxonomy's version, as Datasets/taxonomy.yaml states it.
    static let builtInVersion: String = {
        let text = (try? String(contentsOf: CLI.packageRoot.appendingPathComponent("Datasets/taxonomy.yaml"), encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first { $0.hasPrefix("version:") } ?? ""
        return line.dropFirst("version:".count).trimmingCharacters(in: .whitespaces)
    }()
    static let sample = CLI.packageRoot.appendingPathComponent("Datasets/postings/sample-postings.csv").path
    static let v1 = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/taxonomy-v1.yaml").path
    static let current = CLI.packageRoot.appendingPathComponent("Datasets/taxonomy.yaml").path

    @Test("a store classified with another taxonomy is reported with it, with a note; --taxonomy warns; reclassify moves it")
    func travels() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let imported = try cli.run("postings", "import", Self.sample, "--year", "2024", "--crawled", "2024-12-31", "--taxonomy", Self.v1)
        #expect(imported.status == 0, "\(imported.stderr)")

        // No --taxonomy: the store's own (version 1), named in the manifest, with a note.
        let report = try cli.run("report", "--out", "r1", "--as-of", "2024-12-31", "--format", "md,json")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("note: reading") && report.stderr.contains("version 1") && report.stderr.contains("postings reclassify"),
                "\(report.stderr)")
        let md = try cli.read("r1/report.md")
        #expect(md.contains("taxonomy=v1@"))
        #expect(md.contains("LLM algorithm engineer"), "role names, not raw ids")
        #expect(!md.contains("| llm-algorithm-engineer |"))

        // --taxonomy with other definitions: a warning that points to reclassify.
        let given = try cli.run("report", "--out", "r2", "--as-of", "2024-12-31", "--taxonomy", Self.current)
        #expect(given.status == 0)
        #expect(given.stderr.contains("warning:") && given.stderr.contains("classified with taxonomy version 1"), "\(given.stderr)")
        #expect(try cli.read("r2/report.md").contains("taxonomy=v\(Self.builtInVersion)@"))

        // Reclassifying with the built-in taxonomy moves the store: no note any more.
        let reclassified = try cli.run("postings", "reclassify")
        #expect(reclassified.status == 0, "\(reclassified.stderr)")
        let after = try cli.run("report", "--out", "r3", "--as-of", "2024-12-31")
        #expect(after.status == 0)
        #expect(!after.stderr.contains("note: reading") && !after.stderr.contains("warning:"), "\(after.stderr)")
        #expect(try cli.read("r3/report.md").contains("taxonomy=v\(Self.builtInVersion)@"))

        // The diff of reports made with different taxonomies says so.
        let diff = try cli.run("diff", cli.path("r1"), cli.path("r3"))
        #expect(diff.stdout.contains("different taxonomies"), "\(diff.stdout)")
    }

    @Test("postings imported with two taxonomies since the last reclassify: a warning that counts mix definitions")
    func mixed() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("a.csv", "职位名称,发布时间\n会计,2024-05-03\n")
        try cli.write("b.csv", "职位名称,发布时间\n大模型算法工程师,2024-05-04\n")
        #expect(try cli.run("postings", "import", cli.path("a.csv"), "--taxonomy", Self.v1).status == 0)
        #expect(try cli.run("postings", "import", cli.path("b.csv"), "--taxonomy", Self.current).status == 0)
        let report = try cli.run("report", "--out", "r", "--as-of", "2024-12-31")
        #expect(report.stderr.contains("imported with 2 different taxonomies"), "\(report.stderr)")
        #expect(try cli.run("postings", "reclassify").status == 0)
        let again = try cli.run("report", "--out", "r2", "--as-of", "2024-12-31")
        #expect(!again.stderr.contains("different taxonomies"), "\(again.stderr)")
    }
}
