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

@Suite("README report excerpt")
struct ReadmeReportExcerptTests {
    @Test("the report excerpt quoted in README is what Reports/ holds")
    func excerpt() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let report = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Reports/2024-10-20/report.md"), encoding: .utf8)
        let quoted = readme.split(separator: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
        #expect(quoted.count >= 5)
        for line in quoted { #expect(report.contains(line), "README quotes a line the report does not hold: \(line)") }
    }
}
