import Foundation
import Testing
@testable import CareerShiftKit

@Suite("GenAI share and the AI pay premium within occupations")
struct PayPremiumTests {
    static let classifier = TitleClassifier(taxonomy: .standard)

    func head(_ title: String) -> String? {
        Self.classifier.classify(title)?.head.map { Self.classifier.roles[$0].id.rawValue }
    }

    @Test("a title's occupation head: the non-AI occupation an AI title names, a non-AI title's own role, never a name that is no occupation")
    func heads() {
        #expect(head("AI全栈开发工程师（医疗智能体）") == "full-stack-developer")
        #expect(head("AI产品经理") == "product-manager")
        #expect(head("大模型测试工程师") == "software-tester")
        #expect(head("全栈开发工程师") == "full-stack-developer")
        #expect(head("算法工程师") == nil, "an AI role that names no other occupation has no counterpart")
        #expect(head("Machine Learning Engineer") == nil)
        #expect(head("工程师") == nil, "工程师 alone names no occupation")
        #expect(head("Python开发工程师（AI项目）") == "software-engineer", "a weak head can still be an occupation")
        #expect(head("AI实习生") == nil, "实习生 is no occupation")
        let full = Self.classifier.classification(of: "AI产品经理（数据平台）")
        #expect(full.head.map { Self.classifier.roles[$0].id.rawValue } == "product-manager")
    }

    @Test("the GenAI flag of a posting: a GenAI role, or an LLM or agent word in an AI title; never in a non-AI title")
    func genaiFlag() {
        #expect(Self.classifier.classify("AI全栈开发工程师（医疗智能体）")?.genai == true)
        #expect(Self.classifier.classify("推荐算法工程师")?.genai == false)
        #expect(Self.classifier.classify("GTM Operations, Agent Development Enablement")?.genai == true)
        #expect(Self.classifier.classify("Travel Agent")?.genai != true)
        #expect(Self.classifier.classify("全栈开发工程师")?.genai == false)
        // Both readings agree.
        for title in ["大模型应用开发工程师", "AI产品经理", "Research Scientist Intern - RL and Agents Team", "销售"] {
            let match = Self.classifier.classify(title)
            let full = Self.classifier.classification(of: title)
            #expect((match?.genai ?? false) == full.genai, "\(title)")
            #expect(match?.head == full.head, "\(title)")
        }
    }

    /// `n` postings of `role` (head `head`) in May 2024 paying `monthly` a month.
    func add(_ a: inout PostingAggregates, _ role: String, head: String?, genai: Bool? = false, monthly: Int64, n: Int, month: Int = 2024 * 12 + 4) {
        a.add(.init(month: month, role: role, genai: genai, city: "杭州", pay: .amount), head: head, monthly: monthly, annual: monthly * 12, count: n)
    }

    func table(_ a: PostingAggregates, _ name: String) throws -> ReportTable {
        try #require(PostingTables.tables(a, taxonomy: .standard, language: .en).first { $0.name == name })
    }

    @Test("premium: AI median over non-AI median of the same occupation, minus 1; hidden below the minimum on either side")
    func premium() throws {
        var a = PostingAggregates()
        add(&a, "ai-application-engineer", head: "full-stack-developer", monthly: 30_000, n: 20)
        add(&a, "full-stack-developer", head: "full-stack-developer", monthly: 20_000, n: 25)
        add(&a, "ai-product-manager", head: "product-manager", monthly: 25_000, n: 19)
        add(&a, "product-manager", head: "product-manager", monthly: 20_000, n: 40)
        add(&a, "algorithm-engineer", head: nil, monthly: 40_000, n: 50)
        let byOccupation = try table(a, "postings_ai_pay_premium_by_occupation")
        let fullStack = try #require(byOccupation.rows.first { $0[0] == .text("Full-stack developer") })
        #expect(fullStack == [.text("Full-stack developer"), .integer(20), .integer(30_000), .integer(25), .integer(20_000), .decimal(500, scale: 1)])
        let product = try #require(byOccupation.rows.first { $0[0] == .text("Product manager") })
        #expect(product[1] == .integer(19) && product[2] == .suppressed(minimum: 20) && product[5] == .suppressed(minimum: 20),
                "19 AI postings are fewer than the minimum: no median, no premium")
        #expect(byOccupation.rows.count == 2, "algorithm engineers have no counterpart occupation")

        let byMonth = try table(a, "postings_ai_pay_premium")
        #expect(byMonth.rows == [[.text("2024-05"), .integer(1), .integer(20), .integer(25), .decimal(500, scale: 1), .missing]],
                "only the occupation with enough postings on both sides is compared")
    }

    @Test("the month's premium weights each occupation by its AI postings, and its change is in points")
    func pooled() throws {
        var a = PostingAggregates()
        for (month, aiPay) in [(2024 * 12 + 4, Int64(30_000)), (2024 * 12 + 5, Int64(24_000))] {
            add(&a, "ai-application-engineer", head: "full-stack-developer", monthly: aiPay, n: 30, month: month)
            add(&a, "full-stack-developer", head: "full-stack-developer", monthly: 20_000, n: 30, month: month)
            add(&a, "ai-product-manager", head: "product-manager", monthly: 22_000, n: 10 + 0, month: month)
            add(&a, "ai-product-manager", head: "product-manager", monthly: 22_000, n: 10, month: month)
            add(&a, "product-manager", head: "product-manager", monthly: 20_000, n: 20, month: month)
        }
        let rows = try table(a, "postings_ai_pay_premium").rows
        // May: full-stack +50% (30 AI), product +10% (20 AI): (50×30 + 10×20) / 50 = 34.0.
        // June: full-stack +20%, product +10%: (20×30 + 10×20) / 50 = 16.0; change −18.0 points.
        #expect(rows[0] == [.text("2024-05"), .integer(2), .integer(50), .integer(50), .decimal(340, scale: 1), .missing])
        #expect(rows[1] == [.text("2024-06"), .integer(2), .integer(50), .integer(50), .decimal(160, scale: 1), .decimal(-180, scale: 1)])
    }

    @Test("GenAI share of AI postings per month, with its change; unknown while postings wait for a reclassify")
    func genaiShare() throws {
        var a = PostingAggregates()
        a.add(.init(month: 2024 * 12, role: "llm-application-engineer", genai: true, city: nil, pay: .none), monthly: nil, annual: nil, count: 3)
        a.add(.init(month: 2024 * 12, role: "recommendation-algorithm-engineer", genai: false, city: nil, pay: .none), monthly: nil, annual: nil, count: 1)
        a.add(.init(month: 2024 * 12, role: "sales", genai: false, city: nil, pay: .none), monthly: nil, annual: nil, count: 4)
        a.add(.init(month: 2024 * 12 + 1, role: "llm-application-engineer", genai: true, city: nil, pay: .none), monthly: nil, annual: nil, count: 1)
        a.add(.init(month: 2024 * 12 + 1, role: "algorithm-engineer", genai: false, city: nil, pay: .none), monthly: nil, annual: nil, count: 3)
        let share = try table(a, "postings_ai_share")
        let names = share.columns.map(\.name)
        let genai = try #require(names.firstIndex(of: "genai_postings"))
        #expect(Array(share.rows[0][genai...]) == [.integer(3), .decimal(750, scale: 1), .missing])
        #expect(Array(share.rows[1][genai...]) == [.integer(1), .decimal(250, scale: 1), .decimal(-500, scale: 1)])

        // The same month with postings stored before GenAI flags were read.
        a.add(.init(month: 2024 * 12 + 1, role: "ai-product-manager", genai: nil, city: nil, pay: .none), monthly: nil, annual: nil, count: 1)
        #expect(a.unread == 1)
        let unread = try table(a, "postings_ai_share")
        #expect(Array(unread.rows[1][genai...]) == [.missing, .missing, .missing])
        #expect(unread.method.contains("reclassify"))
        let premium = try table(a, "postings_ai_pay_premium_by_occupation")
        #expect(premium.rows.isEmpty && premium.method.contains("reclassify"))
    }

    @Test("import and summarize agree on GenAI flags and occupation heads; the store keeps them per posting")
    func stored() throws {
        let (csv, cleanUp) = try temporaryFile()
        defer { cleanUp() }
        var text = "职位名称,薪资,城市,公司名称,发布时间\n"
        for i in 0..<3 { text += "AI全栈开发工程师（医疗智能体）,30-40K,杭州,公司\(i),2025-08-01\n" }
        for i in 0..<2 { text += "全栈开发工程师,15-25K,杭州,公司\(i),2025-08-01\n" }
        text += "推荐算法工程师,30-50K,北京,公司9,2025-08-02\n"
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let options = PostingOptions()
        let summarized = try PostingReader(taxonomy: .standard, options: options).read(path: csv) { _ in true }.aggregates
        let store = try Fixtures.store()
        _ = try store.importPostings(path: csv, reader: PostingReader(taxonomy: .standard, options: options))
        let stored = try store.postingAggregates()
        #expect(stored == summarized)
        #expect(stored.unread == 0)
        let heads = Dictionary(stored.pay.map { ($0.key.role ?? "", $0.key.head) }, uniquingKeysWith: { a, _ in a })
        #expect(heads["llm-application-engineer"] == "full-stack-developer")
        #expect(heads["full-stack-developer"] == "full-stack-developer")
        #expect(heads["recommendation-algorithm-engineer"] == .some(nil))
        let genai = stored.counts.filter { $0.key.genai == true }.values.reduce(0, +)
        #expect(genai == 3)
    }
}

@Suite("A tags column in import and summarize")
struct PostingTagsTests {
    @Test("the bytes reading with tags agrees with the full reading on every gold title that has tags")
    func agreesWithClassification() {
        let classifier = TitleClassifier(taxonomy: .standard)
        let tagged = AccuracyTests.gold.entries.filter { !$0.tags.isEmpty }
        #expect(tagged.count > 500)
        for entry in tagged {
            let full = classifier.classification(of: entry.title, tags: entry.tags)
            let match = classifier.classify(Array(entry.title.utf8)[...], tags: Array(entry.tags.utf8)[...])
            // A qualifier with no head is AI work of no known role: stored as unclassified.
            #expect(match?.role == full.role && match?.head == full.head, "\(entry.title) | \(entry.tags)")
            if full.role != nil { #expect((match?.genai ?? false) == full.genai, "\(entry.title) | \(entry.tags)") }
        }
    }

    @Test("an LLM skill in the tags column makes a posting AI in import, summarize and reclassify, as in classify")
    func importReadsTags() throws {
        let (csv, cleanUp) = try temporaryFile()
        defer { cleanUp() }
        let text = """
            职位名称,技能要求,公司名称,发布时间
            全栈开发工程师,"大模型,RAG,Python",甲,2025-08-01
            全栈开发工程师,"Java,MySQL",乙,2025-08-01
            全栈开发工程师,,丙,2025-08-01
            Java开发,机器学习,丁,2025-08-01

            """
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let classifier = TitleClassifier(taxonomy: .standard)
        let expected = classifier.classification(of: "全栈开发工程师", tags: "大模型,RAG,Python")
        #expect(expected.ai && expected.genai)
        let summarized = try PostingReader(taxonomy: .standard, options: PostingOptions()).read(path: csv) { _ in true }.aggregates
        let store = try Fixtures.store()
        _ = try store.importPostings(path: csv, reader: PostingReader(taxonomy: .standard, options: PostingOptions()))
        let stored = try store.postingAggregates()
        #expect(stored == summarized)
        let role = classifier.roles[expected.role!].id.rawValue
        #expect(stored.counts.filter { $0.key.role == role && $0.key.genai == true }.values.reduce(0, +) == 1)
        #expect(stored.counts.filter { $0.key.role == "full-stack-developer" }.values.reduce(0, +) == 2,
                "other tags, or none, leave the title's reading")
        #expect(stored.counts.filter { $0.key.role == "backend-developer" }.values.reduce(0, +) == 1,
                "a machine-learning tag alone does not make a posting AI")
        // Reclassifying reads the stored tags again: nothing changes.
        #expect(try store.reclassifyPostings(with: classifier) == 0)
        #expect(try store.postingAggregates() == stored)
    }
}

@Suite("Reading a postings file's columns as real exports have them")
struct PostingColumnsTests {
    @Test("skills before BOSS's 职位标签 (experience and degree), whatever the column order; 职位地址 is the city")
    func priority() throws {
        let columns = try PostingColumns(header: ["职位名称", "职位标签", "职位地址", "技能要求"])
        #expect(columns.index[.tags] == 3)
        #expect(columns.index[.city] == 2)
        #expect(try PostingColumns(header: ["title", "tags"]).index[.tags] == 1, "a lone 标签/tags column is still read")
        #expect(try PostingColumns(header: ["address", "company", "job_name", "need", "salary"]).index[.city] == 0,
                "a real BOSS crawl (sunqingg/boss) names its city column address")
    }

    @Test("a line repeating the header is skipped and counted, not stored as a posting; the summary names the columns read")
    func repeatedHeader() throws {
        let (csv, cleanUp) = try temporaryFile()
        defer { cleanUp() }
        let text = "职位名称,职位标签,技能要求,薪资\nAI产品经理,3-5年|本科,大模型,20-30K\n职位名称,职位标签,技能要求,薪资\n全栈开发工程师,1-3年|本科,Java,15-20K\n"
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let summary = try PostingReader(taxonomy: .standard, options: PostingOptions()).read(path: csv) { _ in true }
        #expect(summary.rowsRead == 3 && summary.repeatedHeaders == 1 && summary.stored == 2)
        #expect(summary.columnsDescription == "columns read: title=职位名称, pay=薪资, tags=技能要求")
        #expect(summary.countedDescription.contains("postings counted (duplicates included)") && summary.countedDescription.contains("1 repeated header lines skipped"))
        var titles: [String] = []
        let used = try TitleReading.read(path: csv, classifier: TitleClassifier(taxonomy: .standard)) { titles.append($0.title) }
        #expect(titles == ["AI产品经理", "全栈开发工程师"] && used[.tags] == "技能要求")
    }
}

/// A path for a CSV in a folder of its own, and what removes the folder.
func temporaryFile() throws -> (path: String, cleanUp: () -> Void) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("careershift-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return (dir.appendingPathComponent("jobs.csv").path, { try? FileManager.default.removeItem(at: dir) })
}
