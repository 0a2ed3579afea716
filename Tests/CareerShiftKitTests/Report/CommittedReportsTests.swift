import Foundation
import Testing
@testable import CareerShiftKit

@Suite("Reports/ holds the report of Datasets/")
struct CommittedReportsTests {
    @Test("regenerating the report of the bundled data gives the committed files, byte for byte")
    func regenerate() throws {
        let store = try Fixtures.store()
        _ = try CaseImport.importFiles([Fixtures.datasetCases], into: store, taxonomy: .standard)
        let report = try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest())
        #expect(report.manifest.asOf == "2024-10-20")
        let files = ReportWriter.files(for: report, formats: ReportFormat.allCases, options: RenderOptions())
        let folder = Fixtures.packageRoot.appendingPathComponent("Reports/\(report.manifest.asOf)")
        if Golden.recording {
            try ReportWriter.write(files, to: folder.path)
            return
        }
        let committed = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        #expect(committed == Set(files.keys), "files differ: regenerate with CAREERSHIFT_RECORD=1 swift test --filter CommittedReportsTests")
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            try Golden.check(data, against: folder.appendingPathComponent(name))
        }
    }
}
