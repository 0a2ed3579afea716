import Foundation
import Testing
@testable import CareerShiftKit

@Suite("Export and re-import")
struct RoundTripTests {
    func dataset() throws -> Store {
        let store = try Fixtures.store()
        _ = try CaseImport.importFiles([Fixtures.datasetCases], into: store, taxonomy: .standard)
        return store
    }

    @Test("YAML and JSON exports re-import into an empty store as exactly the same data", arguments: [ExportFormat.yaml, .json])
    func full(_ format: ExportFormat) throws {
        let original = try dataset()
        let text = try CaseFileWriter.text(of: try original.contents(), as: format)
        let copy = try Fixtures.store()
        let reread = try CaseFileReader.read(text: text, file: "export.\(format.rawValue)", taxonomy: .standard)
        let summary = try copy.upsert(reread)
        #expect(summary.total.changed == 0 && summary.total.unchanged == 0)
        #expect(try copy.contents() == (try original.contents()))
        #expect(try CaseFileWriter.text(of: try copy.contents(), as: format) == text)
    }

    @Test("CSV round-trips its columns")
    func csv() throws {
        let csv = """
            id,name,pseudonym,birth_year,education,school_tier,city,source_title,source_url,published,source_visibility,from_industry,from_role,pay_before,to_role,pay_after,outcome,applications,interviews,offers_fulltime,offers_intern,decided,landed,driver,notes
            ana,Ana,true,95后,bachelor,211,成都,My notes,,2025-03,private,房地产,城规,18k,AI产品经理,15-25K·14薪,landed,20+,4,1,0,~2024-02,2024-05-late,push:industry-decline;pull,"two
            lines"
            bob,,,,,,,,,,,internet,,,llm-test-engineer,,searching,,,,,,,,

            """
        let first = try CaseTable.read(text: csv, file: "in.csv", taxonomy: .standard)
        let store = try Fixtures.store()
        try store.upsert(first)
        let exported = try CaseFileWriter.text(of: try store.contents(), as: .csv)
        let again = try Fixtures.store()
        try again.upsert(try CaseTable.read(text: exported, file: "out.csv", taxonomy: .standard))
        #expect(try CaseFileWriter.text(of: try again.contents(), as: .csv) == exported)
        #expect(try again.contents() == (try store.contents()))
        #expect(exported.contains("ana,Ana,true,1995-1999,bachelor,211,成都,My notes,,2025-03,private,real-estate,urban-planner,18k,ai-product-manager,15-25K·14薪,landed,20+,4,1,0,~2024-02,2024-05-late,push:industry-decline;pull,\"two\nlines\"\r\n"))
    }

    @Test("importing the same files twice changes nothing")
    func idempotent() throws {
        let store = try dataset()
        let summary = try CaseImport.importFiles([Fixtures.datasetCases], into: store, taxonomy: .standard)
        #expect(summary.total.added == 0 && summary.total.changed == 0)
        #expect(summary.total.unchanged == (try store.contents()).cases.count + (try store.contents()).observations.count + 1)
    }

    @Test("a rejected file leaves the store as it was")
    func rejected() throws {
        let store = try dataset()
        let before = try store.history().count
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careershift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "source: {id: s2, title: T}\ncases:\n  - {id: good, persona: {}}\n".write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "source: {id: s3, title: T}\ncases:\n  - {id: bad, persona: {}, outcome: nope}\n".write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: InputRejected.self) {
            try CaseImport.importFiles([folder.path], into: store, taxonomy: .standard)
        }
        #expect(try store.history().count == before)
        #expect(try store.case("good") == nil)
    }
}
