import Foundation
import Testing
@testable import CareerShiftKit

/// `Reports/` holds the reports of `Datasets/`: the current one, an as-of report from before the
/// article, the diff between them and the trend. A test regenerates all of it and compares file by
/// file; re-record with CAREERSHIFT_RECORD=1.
@Suite("Reports/ holds the reports of Datasets/")
struct CommittedReportsTests {
    static let reports = Fixtures.packageRoot.appendingPathComponent("Reports")

    static func store() throws -> Store {
        let store = try Fixtures.store()
        _ = try CaseImport.importFiles([Fixtures.datasetCases], into: store, taxonomy: .standard)
        return store
    }

    /// Checks (or records) every file of a report folder.
    func check(_ files: [String: Data], folder: URL) throws {
        if Golden.recording {
            try ReportWriter.write(files, to: folder.path)
            return
        }
        let committed = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        #expect(committed == Set(files.keys), "\(folder.lastPathComponent): files differ; regenerate with CAREERSHIFT_RECORD=1 swift test --filter CommittedReportsTests")
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            try Golden.check(data, against: folder.appendingPathComponent(name))
        }
    }

    @Test("the report of the bundled data, an as-of report from before the article, their diff and the trend")
    func regenerate() throws {
        let store = try Self.store()
        var documents: [ReportDocument] = []
        for asOf in [Day(2023, 12, 31), nil] {
            let report = try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest(asOf: asOf))
            let files = ReportWriter.files(for: report, formats: ReportFormat.allCases, options: RenderOptions())
            try check(files, folder: Self.reports.appendingPathComponent(report.manifest.asOf))
            documents.append(try ReportDocument(json: files["report.json"]!, origin: "Reports/\(report.manifest.asOf)"))
        }
        #expect(documents.map(\.asOf) == ["2023-12-31", "2024-10-20"])
        let diff = ReportDiff(old: documents[0], new: documents[1])
        try Golden.check(Data(diff.text(.md).utf8), against: Self.reports.appendingPathComponent("diff-2023-12-31-to-2024-10-20.md"))
        let trend = Trend(documents)
        try Golden.check(Data(trend.text(.md).utf8), against: Self.reports.appendingPathComponent("trend.md"))
        try Golden.check(Data(trend.svg.utf8), against: Self.reports.appendingPathComponent("trend.svg"))
    }
}
