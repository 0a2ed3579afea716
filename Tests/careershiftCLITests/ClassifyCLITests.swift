import Foundation
import Testing

/// `postings classify`, `postings review` and `postings evaluate` on real data.
@Suite("Classifying titles from the command line")
struct ClassifyCLITests {
    static let export = CLI.packageRoot.appendingPathComponent("Datasets/postings/boss-hangzhou-fullstack-2025-08.csv").path
    static let gold = CLI.packageRoot.appendingPathComponent("Datasets/gold/titles.csv").path

    @Test("classify a real export: one row per input row, in input order, with the columns the issue names")
    func classifyFile() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run("postings", "classify", Self.export, "--format", "csv")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "title,role,layer,ai,genai,confidence,evidence,head")
        #expect(lines.count == 301, "a header and the 300 rows")
        let input = try String(contentsOfFile: Self.export, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        for (row, title) in zip(lines.dropFirst(), input) {
            #expect(row.hasPrefix(title), "input order: \(row) for \(title)")
        }
        #expect(result.stdout.contains("AI全栈开发工程师（医疗智能体）,llm-application-engineer,application,yes,yes,high,"))
        #expect(result.stdout.contains("全栈开发（杭州，银行驻场）,full-stack-developer,non-ai,no,no,high,"))

        let json = try cli.run("postings", "classify", Self.export, "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 300)
        #expect(rows.allSatisfy { Set($0.keys) == ["title", "role", "layer", "ai", "genai", "confidence", "evidence", "head"] })
        #expect(rows.contains { ($0["ai"] as? Bool) == true && ($0["evidence"] as? [String])?.isEmpty == false })

        let md = try cli.run("postings", "classify", Self.export)
        #expect(md.stdout.hasPrefix("| title | role | layer | ai | genai | confidence | evidence | head |\n|---|"))
    }

    @Test("--title for a quick check; a tags column is read; bad use is refused with a message")
    func titles() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let quick = try cli.run("postings", "classify", "--title", "AI全栈开发工程师", "--title", "推荐算法工程师-抖音电商", "--format", "csv")
        #expect(quick.stdout.components(separatedBy: "\r\n") == [
            "title,role,layer,ai,genai,confidence,evidence,head",
            "AI全栈开发工程师,ai-application-engineer,application,yes,no,high,AI; 全栈开发工程师,full-stack-developer",
            "推荐算法工程师-抖音电商,recommendation-algorithm-engineer,model,yes,no,high,推荐; 算法工程师,",
            "",
        ])
        try cli.write("tagged.csv", "职位名称,技能要求\n全栈开发工程师,Vue|大模型\n全栈开发工程师,Vue|Java\n")
        let tagged = try cli.run("postings", "classify", cli.path("tagged.csv"), "--format", "csv")
        #expect(tagged.stdout.contains("全栈开发工程师,llm-application-engineer,application,yes,yes,medium,全栈开发工程师; tag: 大模型"), "\(tagged.stdout)")
        #expect(tagged.stdout.contains("全栈开发工程师,full-stack-developer,non-ai,no,no,high,全栈开发工程师"))
        let none = try cli.run("postings", "classify")
        #expect(none.status != 0 && none.stderr.contains("give a postings file or at least one --title"))
        let missing = try cli.run("postings", "classify", cli.path("nope.csv"))
        #expect(missing.status != 0 && missing.stderr.contains("nope.csv"))
        try cli.write("notitle.csv", "foo,bar\n1,2\n")
        let noTitle = try cli.run("postings", "classify", cli.path("notitle.csv"))
        #expect(noTitle.status != 0 && noTitle.stderr.contains("no title column"), "\(noTitle.stderr)")
    }

    @Test("review lists unclassified and low-confidence titles by frequency, from a file or the store")
    func review() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("p.csv", "职位名称,发布时间\n司机-AIGC方向,2024-05-01\n司机-AIGC方向,2024-05-02\n宇宙漫游者,2024-05-01\nAI产品经理,2024-05-01\n")
        let file = try cli.run("postings", "review", cli.path("p.csv"))
        #expect(file.status == 0)
        let lines = file.stdout.split(separator: "\n")
        #expect(lines[2].hasPrefix("2      low           司机-AIGC方向"), "\(file.stdout)")
        #expect(file.stdout.contains("unclassified  宇宙漫游者"))
        #expect(!file.stdout.contains("AI产品经理"))
        #expect(try cli.run("postings", "import", cli.path("p.csv")).status == 0)
        let store = try cli.run("postings", "review")
        #expect(store.stdout.contains("司机-AIGC方向") && store.stdout.contains("宇宙漫游者") && !store.stdout.contains("AI产品经理"))
    }

    @Test("evaluate prints the accuracy tables for the tune and held-out splits")
    func evaluate() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run("postings", "evaluate", Self.gold, "--errors", "3")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| held out | 889 | 240 |"))
        #expect(result.stdout.contains("## held out: by layer") && result.stdout.contains("Confusion matrix"))
        #expect(result.stdout.contains("## held out: by source") && result.stdout.contains("## held out: by language"))
        #expect(result.stdout.contains("errors (first 3 of"))
        let bad = try cli.run("postings", "evaluate", Self.gold, "--split", "nope")
        #expect(bad.status != 0 && bad.stderr.contains("--split"))
        try cli.write("g.csv", "id,title,ai,layer,genai,split,source_id,lang,tags\ng1,x,maybe,model,no,tune,s,en,\n")
        let broken = try cli.run("postings", "evaluate", cli.path("g.csv"))
        #expect(broken.status == 1 && broken.stderr.contains("g.csv:2: error: ai: expected yes or no"), "\(broken.stderr)")
    }
}
