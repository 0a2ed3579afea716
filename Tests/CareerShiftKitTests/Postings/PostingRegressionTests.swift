import Foundation
import Testing
@testable import CareerShiftKit

/// Problems found in the second review, each pinned by a test.
@Suite("Postings regressions")
struct PostingRegressionTests {
    func records(_ text: String) throws -> (fields: [[String]], lines: [Int]) {
        let path = try PostingTests.file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try RecordReader(path: path)
        var fields: [[String]] = [], lines: [Int] = []
        while try reader.next() {
            fields.append(reader.recordFields())
            lines.append(reader.line)
        }
        return (fields, lines)
    }

    @Test("a stray quote does not swallow the rows after it")
    func strayQuote() throws {
        var text = "title,company,date\n\"AI产品经理 (急招,甲,2024-05-03\n"
        for i in 0..<5 { text += "AI运营,公司\(i),2024-05-04\n" }
        text += "AI运营,\"公司, 有限\",2024-05-05\n"
        let (fields, _) = try records(text)
        #expect(fields.count == 8)
        #expect(fields[1] == ["\"AI产品经理 (急招", "甲", "2024-05-03"])
        #expect(fields[7] == ["AI运营", "公司, 有限", "2024-05-05"])
    }

    @Test("text after a closing quote keeps the whole field")
    func textAfterQuote() throws {
        #expect(try records("\"双11\"运营,乙\n").fields == [["\"双11\"运营", "乙"]])
    }

    @Test("lone CRs inside quoted fields count as lines; empty lines are skipped")
    func lines() throws {
        let (fields, lines) = try records("title,company\r\"AI产品\r经理\",甲\r\rAI运营,丙\r")
        #expect(fields.count == 3)
        #expect(lines == [1, 2, 5])
    }

    @Test("times of day are not read as dates")
    func times() throws {
        let dates = PostingDates(year: 2024, crawled: Day(2024, 6, 10))
        #expect(try dates.day("10:30").get() == Day(2024, 6, 10))
        #expect(try dates.day("2024-05-03 10:30:00").get() == Day(2024, 5, 3))
        #expect(try dates.day("05/03/2023 10:30").get() == Day(2023, 5, 3))
        #expect(try dates.day("05-03 10:30").get() == Day(2024, 5, 3))
        #expect(try dates.day("2 hours ago").get() == Day(2024, 6, 10))
        #expect(try dates.day("3 days ago").get() == Day(2024, 6, 7))
    }

    @Test("the undated row has no shift, and annual quartiles count the months paid")
    func tables() throws {
        var aggregates = PostingAggregates()
        aggregates.add(.init(month: 2024 * 12 + 4, role: "ai-product-manager", city: "北京", pay: .amount), monthly: 20000, annual: 280000)
        aggregates.add(.init(month: nil, role: "ai-product-manager", city: "北京", pay: .amount), monthly: 20000, annual: 280000)
        let tables = PostingTables.tables(aggregates, taxonomy: .standard, language: .en)
        let shift = try #require(tables.first { $0.name == "postings_layer_shift" })
        #expect(shift.rows.last?.first == .text("undated"))
        #expect(shift.rows.last?.last == .missing)
        let roles = try #require(tables.first { $0.name == "postings_by_role" })
        #expect(roles.rows[0].map(\.text) == ["AI product manager", "Application", "2", "2", "20000", "20000", "20000", "280000", "280000", "280000"])
    }

    @Test("a rejects file from an earlier run is removed when the file now reads cleanly")
    func staleRejects() throws {
        let rejects = FileManager.default.temporaryDirectory.appendingPathComponent("stale-\(UUID().uuidString).csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: rejects))
        let path = try PostingTests.file("title\nAI产品经理\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try PostingReader(taxonomy: .standard, options: PostingOptions(rejectsPath: rejects)).read(path: path) { _ in true }
        #expect(!FileManager.default.fileExists(atPath: rejects))
    }
}
