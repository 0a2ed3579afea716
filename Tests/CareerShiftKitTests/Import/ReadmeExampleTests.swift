import Foundation
import Testing
@testable import CareerShiftKit

@Suite("README examples")
struct ReadmeExampleTests {
    /// The first ```yaml block of README.md.
    static func yamlExample() throws -> String {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```yaml\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        return String(readme[start.upperBound..<end.lowerBound])
    }

    @Test("the case-file example in README imports and round-trips")
    func caseFile() throws {
        let file = try CaseFileReader.read(text: try Self.yamlExample(), file: "README.md", taxonomy: .standard)
        #expect(file.cases.count == 1 && file.observations.count == 1)
        let entry = try #require(file.cases.first)
        #expect(entry.landed?.role == "ai-product-manager")
        #expect(entry.pastJobs?.first?.industry == "logistics")
        #expect(entry.persona.born == Cohort(from: 1995, to: 1999))
        let store = try Fixtures.store()
        try store.upsert(file)
        let yaml = try CaseFileWriter.text(of: try store.contents(), as: .yaml)
        #expect(try CaseFileReader.read(text: yaml, file: "export.yaml", taxonomy: .standard) == (try store.contents()))
    }
}
