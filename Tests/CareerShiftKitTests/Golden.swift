import Foundation
import Testing

/// Golden files: compare output with a committed file and show a unified diff on mismatch.
/// Re-record with CAREERSHIFT_RECORD=1.
enum Golden {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/CareerShiftKitTests/Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["CAREERSHIFT_RECORD"] == "1" }

    /// Checks `data` against the golden file `path` (relative to Golden/ unless absolute).
    static func check(_ data: Data, against file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
            return
        }
        guard let expected = FileManager.default.contents(atPath: file.path) else {
            Issue.record("missing golden file \(file.path); record it with CAREERSHIFT_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != data {
            Issue.record("\(file.lastPathComponent) differs from its golden file (re-record with CAREERSHIFT_RECORD=1 if the change is intended):\n\(unifiedDiff(expected: expected, actual: data, name: file.lastPathComponent))", sourceLocation: sourceLocation)
        }
    }

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(Data(text.utf8), against: folder.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    /// `diff -u` of the two contents.
    static func unifiedDiff(expected: Data, actual: Data, name: String) -> String {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let a = tmp.appendingPathComponent("expected-\(name)"), b = tmp.appendingPathComponent("actual-\(name)")
        try? expected.write(to: a)
        try? actual.write(to: b)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", a.path, b.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "(diff not available)" }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output.prefix(20_000), as: UTF8.self)
    }
}
