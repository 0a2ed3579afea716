import Foundation
import Testing

/// Several processes writing and reading one store at once: none of their writes is lost, and
/// no "database is locked" reaches the user.
@Suite("Concurrent processes on one store")
struct ConcurrencyTests {
    /// Runs `script` with `sh` in the CLI's folder, `$0` being the binary.
    static func shell(_ cli: CLI, _ script: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, CLI.binary.path]
        process.currentDirectoryURL = cli.folder
        var environment = ProcessInfo.processInfo.environment
        environment["CAREERSHIFT_DB"] = nil
        environment["CAREERSHIFT_TAXONOMY"] = nil
        process.environment = environment
        try process.run()
        return process
    }

    @Test("4 processes adding 50 cases each while reports are made: 200 cases stored, every report consistent")
    func addsAndReports() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        // A first case, so that a report made before any other add has a store to read.
        let first = try cli.run("add", "--id", "first", "--from-role", "ui-designer", "--to-role", "ai-product-manager")
        #expect(first.status == 0, "\(first.stderr)")
        var processes: [Process] = []
        for worker in 1...4 {
            processes.append(try Self.shell(cli, """
                for i in $(seq 1 50); do
                  "$0" add --id w\(worker)-$i --from-role ui-designer --to-role ai-product-manager >/dev/null 2>>err-\(worker).txt || echo "add w\(worker)-$i failed" >>failed.txt
                done
                """))
        }
        processes.append(try Self.shell(cli, """
            for i in $(seq 1 12); do
              "$0" report --out report-$i --format json >/dev/null 2>>err-report.txt || echo "report $i failed" >>failed.txt
            done
            """))
        for process in processes { process.waitUntilExit() }

        #expect(!FileManager.default.fileExists(atPath: cli.path("failed.txt")), "\((try? cli.read("failed.txt")) ?? "")")
        for name in ["err-1.txt", "err-2.txt", "err-3.txt", "err-4.txt", "err-report.txt"] {
            let errors = (try? cli.read(name)) ?? ""
            #expect(!errors.contains("locked") && !errors.contains("busy"), "\(name): \(errors)")
        }
        let list = try cli.run("list", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let ids = Set(rows.compactMap { $0["id"] as? String })
        let expected = Set(["first"] + (1...4).flatMap { w in (1...50).map { "w\(w)-\($0)" } })
        #expect(ids == expected, "missing: \(expected.subtracting(ids).sorted().prefix(10))")

        // Each report is a consistent snapshot: its outcomes add up to its cases, and the
        // reports, made one after another, never count fewer cases than the one before.
        var previous = 0
        for i in 1...12 {
            let data = try Data(contentsOf: URL(fileURLWithPath: cli.path("report-\(i)/report.json")))
            let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let tables = try #require(document["tables"] as? [[String: Any]])
            let overview = try #require(tables.first { $0["name"] as? String == "overview" })
            let values = Dictionary(((overview["rows"] as? [[Any]]) ?? []).compactMap { row -> (String, Int)? in
                guard let measure = row.first as? String, let value = row.last as? Int else { return nil }
                return (measure, value)
            }, uniquingKeysWith: { a, _ in a })
            let cases = try #require(values["cases"])
            let outcomes = values.filter { $0.key.hasPrefix("outcome: ") }.values.reduce(0, +)
            #expect(outcomes == cases, "report \(i): outcomes add up to the cases")
            #expect(cases >= previous && cases <= 201, "report \(i): \(cases) cases after \(previous)")
            previous = cases
        }
    }
}
