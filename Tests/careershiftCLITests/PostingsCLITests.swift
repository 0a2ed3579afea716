import Foundation
import Testing

@Suite("careershift postings", .serialized)
struct PostingsCLITests {
    static let sample = CLI.packageRoot.appendingPathComponent("Datasets/postings/sample-postings.csv").path

    @Test("the committed sample imports, reports, reclassifies; re-importing stores nothing new")
    func sample() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let first = try cli.run("postings", "import", Self.sample, "--year", "2024", "--crawled", "2024-12-31", "--rejects", "rejects.csv")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains(" stored, "))
        #expect(try cli.read("rejects.csv").hasPrefix("line,reason,职位名称"))
        let again = try cli.run("postings", "import", Self.sample, "--year", "2024", "--crawled", "2024-12-31", "--rejects", "rejects.csv")
        #expect(again.stdout.contains(": 0 stored, "), "\(again.stdout)")

        let report = try cli.run("report", "--out", "r", "--as-of", "2024-12-31")
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try cli.read("r/report.md")
        #expect(markdown.contains("Postings by month and layer") && markdown.contains("Postings and pay by role"))

        let unclassified = try cli.run("postings", "unclassified", "--top", "3")
        #expect(unclassified.stdout.hasPrefix("COUNT  TITLE"))
        let taxonomy = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Datasets/taxonomy.yaml"), encoding: .utf8)
        #expect(try cli.run("postings", "review", "--top", "50").stdout.contains("司机-AIGC方向"), "an AI term no rule uses is low confidence")
        try cli.write("mine.yaml", taxonomy.replacingOccurrences(
            of: "\nindustries:\n", with: "  - id: aigc-driver\n    zh: 司机-AIGC方向\n    en: AIGC driver\n    layer: application\n\nindustries:\n"))
        let reclassified = try cli.run("postings", "reclassify", "--taxonomy", "mine.yaml")
        #expect(reclassified.status == 0, "\(reclassified.stderr)")
        #expect(!reclassified.stdout.hasPrefix("0 "), "\(reclassified.stdout)")
        #expect(!(try cli.run("postings", "review", "--top", "50", "--taxonomy", "mine.yaml").stdout.contains("司机-AIGC方向")))

        let summary = try cli.run("postings", "summarize", Self.sample, "--year", "2024", "--crawled", "2024-12-31", "--format", "json")
        #expect(summary.status == 0)
        let tables = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [[String: Any]])
        #expect(tables.map { $0["name"] as? String } == ["postings_by_month_layer", "postings_layer_shift", "postings_ai_share", "postings_ai_pay_premium", "postings_ai_pay_premium_by_occupation", "postings_by_role", "postings_top_cities", "postings_pay_text"])
    }

    @Test("a GBK file and a file without a title column are refused with clear messages")
    func refusals() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try Data([0xD6, 0xB0, 0xCE, 0xBB, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A, 0xB4, 0xF3, 0xC4, 0xA3, 0xD0, 0xCD, 0x0A]).write(to: cli.folder.appendingPathComponent("gbk.csv"))
        let gbk = try cli.run("postings", "import", "gbk.csv")
        #expect(gbk.status == 1)
        #expect(gbk.stderr.contains("looks GBK/GB18030-encoded") && gbk.stderr.contains("iconv -f GB18030 -t UTF-8"))
        try cli.write("notitle.csv", "薪资,城市\n15k,北京\n")
        let noTitle = try cli.run("postings", "import", "notitle.csv")
        #expect(noTitle.status == 1)
        #expect(noTitle.stderr.contains("no title column"))
        #expect(try cli.run("postings", "import", "notitle.csv", "--columns", "nonsense").status == 64)
    }
}
