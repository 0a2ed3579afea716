import Foundation
import FoundationXML
import Testing
@testable import CareerShiftKit

@Suite("Report renderers")
struct RendererTests {
    static let report = ReportFixture.report()

    @Test("Markdown, CSV, JSON and SVG match their golden files", arguments: ReportFormat.allCases)
    func golden(_ format: ReportFormat) throws {
        for renderer in format.renderers {
            for (name, data) in renderer.files(for: Self.report, options: RenderOptions()) {
                try Golden.check(data, against: Golden.folder.appendingPathComponent("fixture-report/\(name)"))
            }
        }
    }

    @Test("Chinese Markdown matches its golden file")
    func goldenChinese() throws {
        let report = ReportFixture.report(language: .zh)
        try Golden.check(MarkdownRenderer().markdown(report), named: "fixture-report-zh.md")
    }

    @Test("CSV follows RFC 4180 and reads back cell for cell")
    func csv() throws {
        let files = CSVRenderer().files(for: Self.report, options: RenderOptions())
        for table in Self.report.tables {
            let text = String(decoding: try #require(files["\(table.name).csv"]), as: UTF8.self)
            #expect(text.hasSuffix("\r\n"))
            let rows = try CSV.rows(text, file: table.name)
            #expect(rows.map(\.fields) == [table.columns.map(\.label)] + table.rows.map { $0.map(\.text) })
        }
        let voices = String(decoding: files["voices.csv"]!, as: UTF8.self)
        #expect(voices.contains("\"先进行业, \"\"再说\"\" | 真的\n第二行\""))
        let excel = CSVRenderer().files(for: Self.report, options: RenderOptions(excel: true))
        #expect(excel["overview.csv"]!.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test("Markdown tables are valid GFM: every row has the header's cell count; pipes escaped")
    func markdown() throws {
        let text = MarkdownRenderer().markdown(Self.report)
        var inTable = false
        var columns = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                inTable = false
                continue
            }
            let cells = cellCount(String(line))
            if !inTable {
                inTable = true
                columns = cells
            }
            #expect(cells == columns, "\(line)")
        }
        #expect(text.contains("先进行业, \"再说\" \\| 真的<br>第二行"))
        #expect(text.contains("```mermaid\nflowchart LR"))
        #expect(text.contains("![Transition paths](transition_paths.svg)"))
    }

    func cellCount(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for c in line {
            if c == "|" && !escaped { count += 1 }
            escaped = c == "\\" && !escaped
        }
        return count - 1
    }

    @Test("SVG charts are well-formed XML")
    func svg() throws {
        for (name, data) in SVGRenderer().files(for: Self.report, options: RenderOptions()) {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
        }
        #expect(Self.report.charts.map(\.name) == ["outcomes", "transition_paths", "pay_change", "role_demand"])
    }

    @Test("report.json declares columns, types and keys, and is valid JSON")
    func json() throws {
        let data = try #require(JSONRenderer().files(for: Self.report, options: RenderOptions())["report.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let manifest = try #require(object["manifest"] as? [String: Any])
        #expect(manifest["tool"] as? String == "careershift")
        #expect(manifest["as_of"] as? String == "2024-11-30")
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.count == 13)
        let paths = try #require(tables.first { $0["name"] as? String == "transition_paths" })
        #expect(paths["key"] as? [String] == ["origin_industry", "target_role", "layer"])
    }

    @Test("the same data gives byte-identical report folders")
    func deterministic() throws {
        let store = try Fixtures.store()
        try store.upsert(ReportFixture.content)
        var folders: [[String: Data]] = []
        for _ in 0..<2 {
            let report = try ReportBuilder.report(of: store, taxonomy: .standard, request: ReportRequest())
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try ReportWriter.write(ReportWriter.files(for: report, formats: ReportFormat.allCases, options: RenderOptions()), to: folder.path)
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                files[name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            }
            folders.append(files)
        }
        #expect(folders[0] == folders[1])
        #expect(folders[0].count == 20)
    }

    @Test("an existing folder that is not a report is never overwritten; a report folder is replaced whole")
    func safeWrites() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let mine = root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: mine.appendingPathComponent("thesis.docx"))
        #expect(throws: ReportWriteError.notAReport(path: mine.path)) {
            try ReportWriter.write(["report.md": Data("x".utf8)], to: mine.path)
        }
        #expect(FileManager.default.contents(atPath: mine.appendingPathComponent("thesis.docx").path) == Data("keep me".utf8))
        let out = root.appendingPathComponent("out").path
        try ReportWriter.write([ReportWriter.marker: Data(), "a.csv": Data("1".utf8)], to: out)
        try ReportWriter.write([ReportWriter.marker: Data(), "b.csv": Data("2".utf8)], to: out, reportNames: ["a.csv", "b.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [ReportWriter.marker, "b.csv"])
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent("analysis.md"))
        #expect(throws: ReportWriteError.foreignFiles(path: out, names: ["analysis.md"])) {
            try ReportWriter.write([ReportWriter.marker: Data(), "b.csv": Data("3".utf8)], to: out, reportNames: ["a.csv", "b.csv"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["mine", "out"], "no temporary folders are left")
    }
}
