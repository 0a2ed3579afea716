import Foundation
import Testing
@testable import CareerShiftKit

/// Where a report may write: only into the folder given, never through links planted in it,
/// never over a folder that is not a report.
@Suite("Report output paths")
struct ReportPathTests {
    let root: URL
    let manager = FileManager.default

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("report-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func cleanUp() { try? manager.removeItem(at: root) }

    func report(_ text: String) -> [String: Data] {
        [ReportWriter.marker: Data(), "overview.csv": Data(text.utf8)]
    }

    /// Every path under `root`, links not followed, with the contents of files.
    func tree() throws -> [String: String] {
        var out: [String: String] = [:]
        for case let path as String in manager.enumerator(atPath: root.path)! {
            let full = root.appendingPathComponent(path).path
            if let link = try? manager.destinationOfSymbolicLink(atPath: full) {
                out[path] = "-> " + link
            } else {
                var isFolder: ObjCBool = false
                _ = manager.fileExists(atPath: full, isDirectory: &isFolder)
                out[path] = isFolder.boolValue ? "/" : String(decoding: manager.contents(atPath: full) ?? Data(), as: UTF8.self)
            }
        }
        return out
    }

    @Test("file names that would leave the folder are refused before anything is written",
          arguments: ["../escape.csv", "a/b.csv", "..", ".", "", "x\\y.csv", "nul\0.csv", "/etc/passwd"])
    func badNames(name: String) throws {
        defer { cleanUp() }
        let before = try tree()
        #expect(throws: ReportWriteError.cannotWrite(path: root.appendingPathComponent("out").path, reason: "bad file name \"\(name)\"")) {
            try ReportWriter.write([ReportWriter.marker: Data(), name: Data("x".utf8)], to: root.appendingPathComponent("out").path)
        }
        #expect(try tree() == before)
    }

    @Test("a link to a report folder: the report is written where it points, and the link stays")
    func linkToReport() throws {
        defer { cleanUp() }
        let real = root.appendingPathComponent("real").path
        try ReportWriter.write(report("1"), to: real)
        let link = root.appendingPathComponent("link").path
        try manager.createSymbolicLink(atPath: link, withDestinationPath: real)
        try ReportWriter.write(report("2"), to: link)
        #expect(try manager.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try tree() == ["real": "/", "real/.careershift-report": "", "real/overview.csv": "2", "link": "-> " + real])
    }

    @Test("a link to a folder that is not a report, or to nothing, is refused and left as it was")
    func linkElsewhere() throws {
        defer { cleanUp() }
        let mine = root.appendingPathComponent("mine")
        try manager.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("my notes".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        let link = root.appendingPathComponent("link").path
        try manager.createSymbolicLink(atPath: link, withDestinationPath: mine.path)
        let dangling = root.appendingPathComponent("dangling").path
        try manager.createSymbolicLink(atPath: dangling, withDestinationPath: root.appendingPathComponent("nowhere").path)
        let before = try tree()
        #expect(throws: ReportWriteError.notAReport(path: link)) { try ReportWriter.write(report("x"), to: link) }
        #expect(throws: ReportWriteError.self) { try ReportWriter.write(report("x"), to: dangling) }
        #expect(try tree() == before)
    }

    @Test("a link planted inside a report folder is replaced, never written through")
    func plantedLink() throws {
        defer { cleanUp() }
        let outside = root.appendingPathComponent("precious.txt")
        try Data("keep".utf8).write(to: outside)
        let out = root.appendingPathComponent("out").path
        try ReportWriter.write(report("1"), to: out)
        try manager.removeItem(atPath: out + "/overview.csv")
        try manager.createSymbolicLink(atPath: out + "/overview.csv", withDestinationPath: outside.path)
        try ReportWriter.write(report("2"), to: out)
        #expect(try tree() == ["precious.txt": "keep", "out": "/", "out/.careershift-report": "", "out/overview.csv": "2"])
    }

    @Test("an existing file or non-report folder is never replaced")
    func notAReport() throws {
        defer { cleanUp() }
        let file = root.appendingPathComponent("file.txt").path
        try Data("text".utf8).write(to: URL(fileURLWithPath: file))
        let folder = root.appendingPathComponent("folder")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("a.md"))
        let before = try tree()
        #expect(throws: ReportWriteError.notAReport(path: file)) { try ReportWriter.write(report("x"), to: file) }
        #expect(throws: ReportWriteError.notAReport(path: folder.path)) { try ReportWriter.write(report("x"), to: folder.path) }
        #expect(try tree() == before)
    }
}
