import Foundation
import Testing
@testable import CareerShiftKit

@Suite("Taxonomy")
struct TaxonomyTests {
    let taxonomy = Taxonomy.standard

    @Test("matching is case-insensitive over ids and names in both languages", arguments: [
        ("ai-product-manager", "ai-product-manager"), ("AI产品经理", "ai-product-manager"),
        ("ai pm", "ai-product-manager"), ("AI Product Manager", "ai-product-manager"),
        ("ＡＩ产品经理", "ai-product-manager"), ("大模型算法工程师", "llm-algorithm-engineer"),
        ("LLM  engineer", "llm-algorithm-engineer"), ("数据标注", "data-annotator"), ("城规", "urban-planner"),
    ])
    func roles(_ text: String, _ id: String) throws {
        #expect(try taxonomy.resolve(text, as: .role).get() == id)
    }

    @Test("roles carry their layer")
    func layers() {
        #expect(taxonomy.layer(of: "llm-algorithm-engineer") == .model)
        #expect(taxonomy.layer(of: "ai-product-manager") == .application)
        #expect(taxonomy.layer(of: "data-annotator") == .data)
        #expect(taxonomy.layer(of: "compute-operations") == .compute)
        #expect(taxonomy.layer(of: "vertical-model-engineer") == .vertical)
        #expect(taxonomy.layer(of: "ui-designer") == .nonAI)
        #expect(Set(taxonomy.layers.map(\.id)) == Set(Layer.allCases))
    }

    @Test("the article's tools are all there with a layer")
    func tools() throws {
        for tool in ["rag", "knowledge-base", "fine-tuning", "agents", "prompt-engineering", "fastgpt", "dify", "ragflow",
                     "graphrag", "phidata", "taskingai", "xtuner", "videochat", "streamer-sales"] {
            #expect(taxonomy.tool(Tool.ID(tool)) != nil, "\(tool)")
        }
        #expect(try taxonomy.resolve("RAGFlow", as: .tool).get() == "ragflow")
        #expect(try taxonomy.resolve("知识库", as: .tool).get() == "knowledge-base")
    }

    @Test("an unknown name is an error naming the nearest ids")
    func unknown() {
        guard case .failure(let problem) = taxonomy.resolve("ai-product-manger", as: .role) else {
            Issue.record("should not resolve")
            return
        }
        #expect(problem.message == "unknown role \"ai-product-manger\"; nearest known: ai-product-manager, ai-project-manager, product-manager")
        guard case .failure(let industry) = taxonomy.resolve("realestate", as: .industry) else {
            Issue.record("should not resolve")
            return
        }
        #expect(industry.nearest.first == "real-estate")
    }

    @Test("a taxonomy file with a clash or a bad layer is rejected with located errors")
    func badFile() {
        let yaml = """
            layers: []
            roles:
              - {id: a, zh: 甲, en: A, layer: model}
              - {id: b, zh: 乙, en: A, layer: modle}
            industries: []
            """
        #expect(throws: InputRejected([Diagnostic(file: "t.yaml", line: 4, field: "roles[1].layer",
            message: "unknown value \"modle\"; expected one of data|compute|model|vertical|application|non-ai")])) {
            try Taxonomy(yaml: yaml, file: "t.yaml")
        }
        let clash = """
            layers: []
            roles:
              - {id: a, zh: 甲, en: A, layer: model}
              - {id: b, zh: 乙, en: A, layer: model}
            industries: []
            """
        #expect(throws: InputRejected([Diagnostic(file: "t.yaml", line: nil, field: nil, message: "role name \"A\" is used by both a and b")])) {
            try Taxonomy(yaml: clash, file: "t.yaml")
        }
    }

    @Test("built-in taxonomy matches Datasets/taxonomy.yaml")
    func builtInMatchesFile() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Datasets/taxonomy.yaml")
        let file = try String(contentsOf: url, encoding: .utf8)
        if ProcessInfo.processInfo.environment["CAREERSHIFT_RECORD"] == "1" {
            let swift = """
                // Generated from Datasets/taxonomy.yaml: do not edit by hand. The test
                // "built-in taxonomy matches Datasets/taxonomy.yaml" fails when the two differ; run it with
                // CAREERSHIFT_RECORD=1 to write this file anew.

                /// The default taxonomy, built into the binary so the tool works from any folder.
                enum DefaultTaxonomy {
                    static let yaml = #\"\"\"
                \(file)\"\"\"#
                }

                """
            try swift.write(to: Fixtures.packageRoot.appendingPathComponent("Sources/CareerShiftKit/Taxonomy/DefaultTaxonomy.swift"), atomically: true, encoding: .utf8)
        }
        #expect(DefaultTaxonomy.yaml + "\n" == file, "Datasets/taxonomy.yaml changed: re-record with CAREERSHIFT_RECORD=1 swift test --filter builtInMatchesFile")
        #expect(taxonomy.problems.isEmpty)
    }
}
