import Foundation
import GRDB
import Testing

/// `careershift import` and `careershift postings import` killed with SIGKILL at random points:
/// the database is never damaged, an import is either wholly there or not there at all, and
/// running it again completes.
@Suite("Killed imports leave whole databases", .serialized)
struct CrashSafetyTests {
    struct State: Equatable, CustomStringConvertible {
        var integrity: String
        var cases = 0, observations = 0, history = 0, postings = 0, counted = 0, batches = 0
        var description: String {
            "integrity \(integrity), \(cases) cases, \(observations) observations, \(history) history, \(postings) postings (\(counted) counted, \(batches) batches)"
        }
    }

    /// What the database at `path` holds; tables not created yet count as empty.
    static func state(_ path: String) throws -> State {
        guard FileManager.default.fileExists(atPath: path) else { return State(integrity: "ok") }
        return try DatabaseQueue(path: path).read { db in
            func count(_ table: String, _ expression: String = "COUNT(*)") throws -> Int {
                try db.tableExists(table) ? Int.fetchOne(db, sql: "SELECT \(expression) FROM \(table)") ?? 0 : 0
            }
            return State(
                integrity: try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; "),
                cases: try count("transitionCase"), observations: try count("observation"), history: try count("history"),
                postings: try count("posting"), counted: try count("postingCount", "COALESCE(SUM(n), 0)"), batches: try count("postingBatch"))
        }
    }

    /// Runs the binary with `arguments` and kills it after `delay` seconds unless it ended first.
    static func kill(_ cli: CLI, _ arguments: [String], after delay: Double) throws {
        let started = try cli.start(arguments)
        let deadline = Date().addingTimeInterval(delay)
        while started.0.isRunning && Date() < deadline { usleep(2000) }
        if started.0.isRunning { _ = Foundation.kill(started.0.processIdentifier, SIGKILL) }
        _ = CLI.finish(started)
    }

    /// How many times each import is killed: 20, or CAREERSHIFT_KILLS (Tests/long-runs.sh).
    static let kills = ProcessInfo.processInfo.environment["CAREERSHIFT_KILLS"].flatMap(Int.init) ?? 20

    /// Kills the import `kills` times at delays spread over how long it takes, checking after each
    /// kill that the database is whole and holds all of the import or none of it, then runs it
    /// to the end.
    static func killRepeatedly(_ cli: CLI, arguments: (String) -> [String], complete: (State) -> Bool, empty: (State) -> Bool) throws {
        let reference = cli.path("reference.sqlite")
        let began = Date()
        let full = CLI.finish(try cli.start(arguments(reference)))
        let duration = Date().timeIntervalSince(began)
        #expect(full.status == 0, "\(full.stderr)")
        let whole = try state(reference)
        #expect(complete(whole), "\(whole)")
        var random: UInt64 = 2026
        var outcomes: [String] = []
        for round in 0..<Self.kills {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            let delay = duration * Double(random >> 11) / Double(1 << 53) * 1.1
            let path = cli.path("killed-\(round).sqlite")
            try kill(cli, arguments(path), after: delay)
            let after = try state(path)
            #expect(after.integrity == "ok", "round \(round), killed after \(delay) s: \(after)")
            #expect(empty(after) || after == whole, "round \(round), killed after \(delay) s: all or nothing, found \(after)")
            outcomes.append(empty(after) ? "none" : "all")
            let again = CLI.finish(try cli.start(arguments(path)))
            #expect(again.status == 0, "round \(round): running again: \(again.stderr)")
            // Running a postings import again records one more (empty) batch.
            var expected = whole
            if !empty(after) { expected.batches += after.batches }
            #expect(try state(path) == expected, "round \(round): after running again")
        }
        #expect(outcomes.contains("none"), "some kills came before the import's end: \(outcomes)")
    }

    @Test("careershift import, killed 20 times (CAREERSHIFT_KILLS for more)")
    func caseImport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let cases = CLI.packageRoot.appendingPathComponent("Datasets/cases").path
        try Self.killRepeatedly(cli, arguments: { ["import", "--db", $0, cases] },
                                complete: { $0.cases == 7 && $0.observations == 20 && $0.history == 28 },
                                empty: { $0.cases == 0 && $0.observations == 0 && $0.history == 0 })
    }

    @Test("careershift postings import, killed 20 times (CAREERSHIFT_KILLS for more)")
    func postingsImport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        // The sample twice, the second time with other companies: twice as many postings.
        let sample = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Datasets/postings/sample-postings.csv"), encoding: .utf8)
        let lines = sample.split(separator: "\n", omittingEmptySubsequences: false)
        try cli.write("postings.csv", sample + lines.dropFirst().map { $0.replacingOccurrences(of: "有限公司", with: "有限公司二") }.joined(separator: "\n"))
        try Self.killRepeatedly(cli, arguments: { ["postings", "import", "--db", $0, cli.path("postings.csv"), "--year", "2024", "--crawled", "2024-12-31"] },
                                complete: { $0.postings > 5000 && $0.counted == $0.postings && $0.batches == 1 },
                                empty: { $0.postings == 0 && $0.counted == 0 && $0.batches == 0 })
    }
}
