import Foundation
import Testing
@testable import CareerShiftKit

@Suite("Report diff")
struct ReportDiffTests {
    typealias Column = ReportDocument.Column

    static func n(_ value: Double, _ text: String? = nil) -> DiffValue { .number(value, text: text ?? (value == value.rounded() ? String(Int(value)) : String(value))) }

    static func document(_ asOf: String, schema: Int? = 1, tables: [ReportDocument.Table]) -> ReportDocument {
        var document = ReportDocument(report: ReportFixture.report(), origin: asOf)
        document.asOf = asOf
        document.schemaVersion = schema
        document.fingerprint = "f-\(asOf)"
        document.tables = tables
        return document
    }

    static let pathColumns = [
        Column(name: "origin", label: "Origin", type: "text", isKey: true), Column(name: "role", label: "Role", type: "text", isKey: true),
        Column(name: "cases", label: "Cases", type: "integer", isKey: false), Column(name: "rate", label: "Rate %", type: "percent", isKey: false),
    ]

    static func paths(_ rows: [[DiffValue]], columns: [Column] = pathColumns) -> ReportDocument.Table {
        ReportDocument.Table(name: "paths", title: "Paths", columns: columns, rows: rows)
    }

    static let old = document("2024-01-31", tables: [paths([
        [.text("Internet"), .text("AI PM"), n(2), n(50, "50.0")],
        [.text("Real estate"), .text("AI PM"), n(1), .null],
        [.text("Design"), .text("AI PM"), n(1), n(100, "100.0")],
    ])])
    static let new = document("2024-02-29", tables: [paths([
        [.text("Internet"), .text("AI PM"), n(3), n(66.7, "66.7")],
        [.text("Real estate"), .text("AI PM"), n(1), n(0, "0.0")],
        [.text("Design"), .text("AI product manager"), n(1), n(100, "100.0")],
    ])])

    @Test("rows are matched by key; a changed key is a removal plus an addition; null transitions are named")
    func keyed() {
        let diff = ReportDiff(old: Self.old, new: Self.new)
        let table = diff.tables[0]
        #expect(table.status == .compared)
        #expect(table.removed.map(\.key) == [["Design", "AI PM"]])
        #expect(table.added.map(\.key) == [["Design", "AI product manager"]])
        #expect(table.changed.map(\.key) == [["Internet", "AI PM"], ["Real estate", "AI PM"]])
        #expect(table.changed[0].cells.map(\.kind) == [.numeric(delta: "+1", percent: "+50.0%"), .numeric(delta: "+16.7", percent: "+33.4%")])
        #expect(table.changed[1].cells.map(\.kind) == [.becameKnown])
        #expect(table.cellsChanged == 3)
        #expect(!diff.isEmpty)
        #expect(ReportDiff(old: Self.old, new: Self.old).isEmpty)
    }

    @Test("tolerance: absolute and relative", arguments: [
        ("1", 2), ("0.5", 3), ("50%", 1), ("40%", 2),
    ])
    func tolerance(_ text: String, _ remaining: Int) throws {
        let options = DiffOptions(tolerance: try #require(DiffOptions.Tolerance(text: text)))
        let cells = ReportDiff(old: Self.old, new: Self.new, options: options).tables[0].changed.flatMap(\.cells)
        #expect(cells.count == remaining, "\(cells.map(\.column))")
        #expect(DiffOptions.Tolerance(text: "abc") == nil)
        #expect(DiffOptions.Tolerance(text: "-1") == nil)
    }

    @Test("tolerance holds at its boundary despite binary floating point")
    func toleranceBoundary() {
        let before = Self.document("a", tables: [Self.paths([[.text("X"), .text("Y"), Self.n(0.3, "0.3"), Self.n(42.9, "42.9")]])])
        let after = Self.document("b", tables: [Self.paths([[.text("X"), .text("Y"), Self.n(0.4, "0.4"), Self.n(43.0, "43.0")]])])
        #expect(ReportDiff(old: before, new: after, options: DiffOptions(tolerance: .absolute(0.1))).isEmpty)
        let ten = Self.document("c", tables: [Self.paths([[.text("X"), .text("Y"), Self.n(0.33, "0.33"), Self.n(42.9, "42.9")]])])
        #expect(ReportDiff(old: before, new: ten, options: DiffOptions(tolerance: .relative(10))).isEmpty)
    }

    @Test("--only and --table filter what is shown")
    func filters() {
        let only = ReportDiff(old: Self.old, new: Self.new, options: DiffOptions(kinds: [.added]))
        #expect(only.tables[0].added.count == 1 && only.tables[0].removed.isEmpty && only.tables[0].changed.isEmpty)
        let none = ReportDiff(old: Self.old, new: Self.new, options: DiffOptions(tables: ["nope"]))
        #expect(none.tables.isEmpty)
        #expect(none.notes == ["No table named nope in either report."])
    }

    @Test("added and removed columns and tables are reported")
    func columnsAndTables() {
        var columns = Self.pathColumns
        columns[3] = Column(name: "landed", label: "Landed", type: "integer", isKey: false)
        let changed = Self.document("2024-03-31", tables: [
            Self.paths([[.text("Internet"), .text("AI PM"), Self.n(2), Self.n(1)]], columns: columns),
            ReportDocument.Table(name: "extra", title: "Extra", columns: [Column(name: "k", label: "K", type: "text", isKey: true)], rows: []),
        ])
        let diff = ReportDiff(old: Self.old, new: changed)
        #expect(diff.tables[0].addedColumns == ["landed"])
        #expect(diff.tables[0].removedColumns == ["rate"])
        #expect(diff.tables[0].changed.isEmpty, "only common columns are compared")
        #expect(diff.tables[1].status == .added)
        #expect(ReportDiff(old: changed, new: Self.old).tables[1].status == .removed)
    }

    @Test("a report of another schema version is compared where tables match, with a note")
    func schemaMismatch() {
        var columns = Self.pathColumns
        columns[1].isKey = false
        let older = Self.document("2023-12-31", schema: 0, tables: [Self.paths([], columns: columns)])
        let diff = ReportDiff(old: older, new: Self.new)
        #expect(diff.notes.first?.hasPrefix("The reports were made with different report schemas (old: 0, new: 1)") == true)
        #expect(diff.tables[0].status == .incomparable(reason: "key columns differ (old: origin; new: origin, role)"))
        #expect(diff.text(.md).contains("not comparable: key columns differ"))
    }

    @Test("report.json reads back with numbers as written, and a folder that is not a report is refused")
    func readBack() throws {
        let report = ReportFixture.report()
        let data = try #require(JSONRenderer().files(for: report, options: RenderOptions())["report.json"])
        let parsed = try ReportDocument(json: data, origin: "x")
        let direct = ReportDocument(report: report, origin: "x")
        #expect(parsed == direct)
        #expect(parsed.table("transition_paths")?.values("success_percent").first?.description == "100.0")
        #expect(ReportDiff(old: parsed, new: direct).isEmpty)
        #expect(throws: ReportDocument.Unreadable(path: "y", reason: "not a careershift report (no manifest with tool \"careershift\" and tables)")) {
            try ReportDocument(json: Data("{\"a\": 1}".utf8), origin: "y")
        }
        #expect(throws: ReportDocument.Unreadable(path: "z", reason: "not valid JSON (unexpected end at byte 1)")) {
            try ReportDocument(json: Data("{".utf8), origin: "z")
        }
    }

    @Test("diff output matches its golden files", arguments: DiffFormat.allCases)
    func golden(_ format: DiffFormat) throws {
        try Golden.check(ReportDiff(old: Self.old, new: Self.new).text(format), named: "diff.\(format.rawValue)")
    }

    @Test("trend follows headline figures across reports")
    func trend() throws {
        let store = ReportFixture.store()
        let reports = try [Day(2024, 10, 31), Day(2024, 11, 30)].map {
            ReportDocument(report: try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest(asOf: $0, minimumCell: 1)), origin: $0.description)
        }
        let trend = Trend(reports.reversed())
        #expect(trend.reports == ["2024-10-31", "2024-11-30"])
        let rows = trend.table.rows
        #expect(rows[0] == ["application share of demand signals, latest period (%)", "100.0", "100.0"])
        #expect(rows[3] == ["median pay change (%)", "21.7", "20.0"])
        #expect(rows.contains(["success % Internet → LLM application engineer (Application)", "", "100.0"]))
        try Golden.check(trend.text(.md), named: "trend.md")
        try Golden.check(trend.svg, named: "trend.svg")
    }
}
