import Foundation
import Testing
@testable import CareerShiftKit

@Suite("Job postings in the store")
struct PostingStoreTests {
    static let sample = Fixtures.packageRoot.appendingPathComponent("Datasets/postings/sample-postings.csv").path
    static let options = PostingOptions(dates: PostingDates(year: 2024, crawled: Day(2024, 12, 31)))

    @Test("the committed sample imports, re-imports nothing new, reports and reclassifies")
    func sample() throws {
        let store = try Fixtures.store()
        let reader = PostingReader(taxonomy: .standard, options: Self.options)
        let first = try store.importPostings(path: Self.sample, reader: reader)
        #expect(first.stored > 2500)
        #expect(first.duplicates > 0 && first.rejected > 0)
        let again = try store.importPostings(path: Self.sample, reader: PostingReader(taxonomy: .standard, options: Self.options))
        #expect(again.stored == 0)
        #expect(again.duplicates == first.stored + first.duplicates)
        #expect(try store.postingCount() == first.stored)

        let aggregates = try store.postingAggregates()
        #expect(aggregates.total == first.stored)
        let summarized = try PostingReader(taxonomy: .standard, options: Self.options).read(path: Self.sample) { _ in true }
        #expect(summarized.aggregates.total == first.stored + first.duplicates, "summarize counts duplicates as they appear")

        let report = try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest(asOf: Day(2024, 12, 31)))
        let names = report.tables.map(\.name)
        #expect(names.contains("postings_by_month_layer") && names.contains("postings_by_role") && names.contains("postings_top_cities") && names.contains("postings_pay_text"))
        let demand = try #require(report.table("role_demand"))
        #expect(demand.rows.contains { $0[0] == .text("2024") && $0[2] != .integer(0) }, "postings join the role-demand table")

        // The sample classified by the first taxonomy leaves titles unclassified; the current one
        // reads them, and reclassifying takes them out of "unclassified" without a re-import.
        let v1 = try Taxonomy.load(path: Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/taxonomy-v1.yaml").path)
        _ = try store.reclassifyPostings(with: TitleClassifier(taxonomy: v1))
        let unclassified = try store.unclassifiedTitles(top: 50)
        #expect(unclassified.contains { $0.title.contains("会计") })
        let before = try store.postingAggregates().counts.filter { $0.key.role == nil }.values.reduce(0, +)
        let changed = try store.reclassifyPostings(with: TitleClassifier(taxonomy: .standard))
        #expect(changed > 0)
        let after = try store.postingAggregates()
        #expect(after.counts.filter { $0.key.role == nil }.values.reduce(0, +) < before)
        #expect(after.total == aggregates.total)
        #expect(try store.unclassifiedTitles(top: 50).allSatisfy { !$0.title.contains("会计") })
    }
}
