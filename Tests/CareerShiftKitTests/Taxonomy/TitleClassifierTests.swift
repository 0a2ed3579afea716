import Testing
@testable import CareerShiftKit

@Suite("Job title classification")
struct TitleClassifierTests {
    static let classifier = TitleClassifier(taxonomy: .standard)

    func role(_ title: String) -> String? {
        Self.classifier.classify(title).map { Self.classifier.roles[$0.role].id.rawValue }
    }

    func reading(_ title: String, tags: String? = nil) -> (role: String?, layer: Layer?, ai: Bool, genai: Bool, confidence: TitleClassifier.Confidence, evidence: [String]) {
        let c = Self.classifier.classification(of: title, tags: tags)
        let role = c.role.map { Self.classifier.roles[$0] }
        return (role?.id.rawValue, role?.layer, c.ai, c.genai, c.confidence, c.evidence)
    }

    @Test("titles from job boards, in both languages", arguments: [
        ("大模型算法工程师（base青岛）", "llm-algorithm-engineer"),
        ("AI产品经理-AIGC方向", "ai-product-manager"),
        ("LLM Test Engineer", "llm-test-engineer"),
        ("数据标注员（兼职）", "data-annotator"),
        ("ＡＩ产品经理", "ai-product-manager"),
        ("Senior AI Product Manager", "ai-product-manager"),
        ("高级UI设计师", "ui-designer"),
        ("大模型应用开发工程师-RAG方向", "llm-application-engineer"),
        ("强化学习研究员", "rl-researcher"),
    ])
    func classifies(_ title: String, _ expected: String) {
        #expect(role(title) == expected)
    }

    // The titles issue 12 quotes from real exports (BOSS直聘 Hangzhou, big-tech career sites):
    // qualifier and head compose wherever the qualifier stands.
    @Test("qualifier + head compose, in brackets and suffixes too", arguments: [
        ("AI全栈开发工程师", "ai-application-engineer", Layer.application, false),
        ("智能体全栈工程师", "llm-application-engineer", .application, true),
        ("【急聘P6-P7】Agent全栈开发工程师-杭州", "llm-application-engineer", .application, true),
        ("全栈开发工程师（AI，大模型）", "llm-application-engineer", .application, true),
        ("测试工程师-AI智能化方向", "ai-test-engineer", .application, false),
        ("大模型测试", "llm-test-engineer", .application, true),
        ("算法工程师", "algorithm-engineer", .model, false),
        ("推荐算法工程师-抖音电商", "recommendation-algorithm-engineer", .model, false),
        ("自然语言处理算法工程师", "nlp-engineer", .model, false),
        ("MLOps Engineer", "ai-infra-engineer", .compute, false),
        ("数据开发工程师-大模型知识工程", "training-data-engineer", .data, true),
        ("搜索算法工程师 - 抖音", "search-algorithm-engineer", .model, false),
        ("Senior Software Engineer - Generative AI", "llm-application-engineer", .application, true),
        ("人工智能训练师", "ai-trainer", .data, false),
        ("医疗大模型算法工程师", "vertical-model-engineer", .vertical, true),
    ])
    func composes(_ title: String, _ expected: String, _ layer: Layer, _ genai: Bool) {
        let r = reading(title)
        #expect(r.role == expected, "\(title): \(r.evidence)")
        #expect(r.layer == layer)
        #expect(r.ai)
        #expect(r.genai == genai, "\(title)")
    }

    @Test("generic words count only in context: not AI alone", arguments: [
        ("解决方案架构师（存储&数据库）", "solutions-architect"),
        ("Solutions Engineer, Ads", "solutions-architect"),
        ("Research Scientist, Immunology - Cancer Biology", "researcher"),
        ("全栈开发工程师", "full-stack-developer"),
        ("Java开发", "backend-developer"),
        ("销售", "sales"),
        ("视觉设计师", "ui-designer"),
        ("Sales Agent", "sales"),
    ])
    func contextOnly(_ title: String, _ expected: String) {
        let r = reading(title)
        #expect(r.role == expected, "\(title): \(r.evidence)")
        #expect(!r.ai, "\(title)")
    }

    @Test("non-ML algorithm families are not AI; AI families named with them win")
    func nonML() {
        #expect(!reading("通信算法工程师").ai)
        #expect(!reading("ISP算法工程师").ai)
        #expect(!reading("算法工程师（运筹优化方向）").ai)
        #expect(reading("语音音频算法工程师").role == "speech-algorithm-engineer")
    }

    @Test("an AI word in a support function's title does not make the job AI")
    func supportFunctions() {
        #expect(reading("HRBP（大模型业务）").role == "hr")
        #expect(!reading("HRBP（大模型业务）").ai)
        #expect(!reading("Recruiter, AI/ML Research").ai)
    }

    @Test("an AI term that no rule uses is low confidence and shown as ignored")
    func ignored() {
        let r = reading("司机-AIGC方向")
        #expect(r.role == "logistics" && !r.ai)
        #expect(r.confidence == .low)
        #expect(r.evidence.contains("ignored: AIGC"))
    }

    @Test("a qualifier with no head is AI of no known role, low confidence")
    func qualifierAlone() {
        let r = reading("AIGC")
        #expect(r.role == nil && r.ai && r.genai && r.confidence == .low)
        let none = reading("qwxyz")
        #expect(none.role == nil && !none.ai && none.evidence.isEmpty)
    }

    @Test("an LLM skill in the tags composes with the head (medium confidence); generic AI tags do not")
    func tags() {
        let tagged = reading("全栈开发工程师", tags: "Vue|Python|大模型")
        #expect(tagged.role == "llm-application-engineer" && tagged.ai && tagged.genai)
        #expect(tagged.confidence == .medium)
        #expect(tagged.evidence.contains("tag: 大模型"))
        #expect(!reading("全栈开发工程师", tags: "人工智能|AI").ai, "an industry tag is not AI work")
        #expect(!reading("中高级Python开发", tags: "['大数据', '数据挖掘']").ai, "a data-mining tag alone is a mention")
        #expect(reading("AI全栈开发工程师", tags: "golang|大模型算法").genai, "an LLM tag makes an AI title GenAI")
    }

    @Test("specificity is counted in characters, not UTF-8 bytes")
    func characters() {
        // 全栈 (2 characters, 6 bytes) + AI (2 characters) beats an English head of more bytes
        // only through the qualifier; between heads alone, characters decide: 前端开发 (4) over
        // 开发工程师's weak head.
        #expect(role("前端开发工程师") == "frontend-developer")
        #expect(NameAutomaton.characters(Array("全栈开发".utf8)) == 4)
        #expect(NameAutomaton.characters(Array("full".utf8)) == 4)
    }

    @Test("the most specific name wins over a shorter one inside it")
    func specific() {
        #expect(role("产品经理") == "product-manager")
        #expect(role("AI产品经理") == "ai-product-manager")
        #expect(role("大模型测试") == "llm-test-engineer")
    }

    @Test("Latin names match only at word boundaries, and not after a dot inside a name")
    func boundaries() {
        #expect(role("world peace officer") != "rl-researcher", "RL must not match inside world")
        #expect(role("RL researcher") == "rl-researcher")
        #expect(role("HTML5 developer") == "frontend-developer", "ML must not match inside HTML")
        #expect(role("HTML5 developer") != "ml-engineer")
        #expect(!reading("Senior Software Engineer, LearnWith.AI (Remote)").ai, "a domain name is not the AI qualifier")
        #expect(role("会计") == "finance-accounting")
    }

    @Test("evidence names each deciding name once, longest first")
    func evidence() {
        #expect(reading("AI全栈开发工程师").evidence == ["AI", "全栈开发工程师"])
    }

    @Test("the automaton finds the same names with 16-bit and 32-bit states (more than 65,535 states)")
    func wideAutomaton() {
        // 800 names of 90 letters from a seeded sequence: about 72,000 states, past 16 bits.
        var seed: UInt64 = 42
        func letter() -> UInt8 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(ascii: "a") + UInt8((seed >> 33) % 20)
        }
        let names = (0..<800).map { _ in (0..<90).map { _ in letter() } }
        let wide = NameAutomaton(names: names)
        #expect(wide.stateCount > 65_535)
        let narrow = NameAutomaton(names: Array(names.prefix(10)))
        #expect(narrow.stateCount < 65_535)
        for (i, name) in names.prefix(10).enumerated() {
            let text = Array("x ".utf8) + name + Array(" y".utf8)
            var a: [NameAutomaton.Hit] = [], b: [NameAutomaton.Hit] = []
            text.withUnsafeBufferPointer { wide.hits(in: $0, into: &a) }
            text.withUnsafeBufferPointer { narrow.hits(in: $0, into: &b) }
            #expect(a.contains(NameAutomaton.Hit(pattern: i, start: 2, end: 92)))
            #expect(a == b, "name \(i)")
        }
    }
}
