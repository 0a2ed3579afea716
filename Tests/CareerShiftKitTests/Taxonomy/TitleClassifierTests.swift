import Testing
@testable import CareerShiftKit

@Suite("Job title classification")
struct TitleClassifierTests {
    static let classifier = TitleClassifier(taxonomy: .standard)

    func role(_ title: String) -> String? {
        Self.classifier.classify(title).map { Self.classifier.roles[$0.role].id.rawValue }
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

    @Test("the most specific (longest) name wins over a shorter one inside it")
    func specific() {
        #expect(role("产品经理") == "product-manager")
        #expect(role("AI产品经理") == "ai-product-manager")
        #expect(role("大模型测试") == "llm-test-engineer")
    }

    @Test("Latin names match only at word boundaries")
    func boundaries() {
        #expect(role("world peace officer") == nil, "RL must not match inside world")
        #expect(role("RL researcher") == "rl-researcher")
        #expect(role("会计") == nil)
    }
}
