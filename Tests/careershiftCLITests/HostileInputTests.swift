import Foundation
import GRDB
import Testing

/// The files of `Tests/Fixtures/bad/` (and a few made here, too large to commit) handed to
/// `careershift import` and `careershift postings import`: each gives a located error and
/// exit code 1 with the store unchanged, or is accepted as README documents. None crashes or
/// runs away with memory.
@Suite("Hostile input files", .serialized)
struct HostileInputTests {
    static let folder = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/bad")

    /// Everything in the store, table by table: equal before and after when nothing changed.
    /// (The file's bytes are not compared: opening a store in WAL mode writes to it.)
    static func content(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            var out = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                out += try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY 1").map { "\(table) \($0)" }
            }
            return out
        }
    }

    /// A store holding the bundled cases and a few postings, so "unchanged" means something.
    static func store(_ cli: CLI) throws -> String {
        let path = cli.path("store.sqlite")
        #expect(try cli.run("import", "--db", path, CLI.packageRoot.appendingPathComponent("Datasets/cases").path).status == 0)
        try cli.write("good.csv", "title,salary,company,date\nAI产品经理,15k,甲,2024-05-03\n")
        #expect(try cli.run("postings", "import", "--db", path, cli.path("good.csv")).status == 0)
        return path
    }

    @Test("case files that are refused: a located error, exit 1, the store unchanged", arguments: [
        ("malformed.yaml", "malformed.yaml:5: error: malformed YAML"),
        ("malformed.json", "malformed.json:2: error: malformed YAML"),
        ("wrong-types.yaml", "wrong-types.yaml:4: error: cases[0].persona.pseudonym: expected true or false"),
        ("unknown-enum.yaml", "unknown-enum.yaml:5: error: cases[0].outcome: unknown value \"promoted\""),
        ("duplicate-ids.yaml", "duplicate-ids.yaml:5: error: cases[1].id: duplicate id \"a\""),
        ("invalid-utf8.yaml", "invalid-utf8.yaml:4: error: the file is not valid UTF-8"),
        ("nul.yaml", "nul.yaml:4: error: the file contains a NUL byte"),
        ("utf16.yaml", "utf16.yaml:1: error: the file is UTF-16"),
        ("gbk.yaml", "gbk.yaml:4: error: the file is not valid UTF-8 (GBK?"),
        ("deep.yaml", "deep.yaml:5: error: malformed YAML: Maximum nesting level reached"),
        ("bomb.yaml", "bomb.yaml: error: document expands to more than 2000000 values"),
        ("number-range.yaml", "number-range.yaml:5: error: cases[0].funnel.applications: cannot read \"99999999999999999999999\""),
        ("bad-date.yaml", "bad-date.yaml:5: error: cases[0].decided: cannot read \"2024-02-30\" as a date: day 30 does not exist"),
        ("huge-pay.yaml", "huge-pay.yaml:5: error: cases[0].landed.pay: cannot read \"99999999999万\" as pay: amount out of range"),
    ])
    func refusedCaseFiles(file: String, error: String) throws {
        try Self.expectRefused(["import"], file) { $0.replacingOccurrences(of: Self.folder.path + "/", with: "").hasPrefix(error) }
    }

    /// Runs `command` on `file` against a store with content: exit 1, stderr as `check` wants,
    /// and the store's content unchanged.
    static func expectRefused(_ command: [String], _ file: String, _ check: (String) -> Bool) throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let store = try Self.store(cli)
        let before = try Self.content(store)
        let result = CLI.finish(try cli.start(command + ["--db", store, Self.folder.appendingPathComponent(file).path]))
        #expect(result.status == 1)
        #expect(check(result.stderr), "\(result.stderr)")
        #expect(try Self.content(store) == before)
    }

    @Test("case files accepted as written: a byte-order mark, CRLF and lone CR line ends", arguments: ["bom.yaml", "crlf.yaml", "cr.yaml"])
    func acceptedCaseFiles(file: String) throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run("import", Self.folder.appendingPathComponent(file).path)
        #expect(result.status == 0, "\(result.stderr)")
        let shown = try cli.run("show", "a")
        #expect(shown.stdout.contains("Ana"), "\(shown.stdout)")
    }

    @Test("postings files refused whole: an error naming the file and how to convert it, exit 1, the store unchanged", arguments: [
        ("postings-gbk.csv", "looks GBK/GB18030-encoded"),
        ("postings-utf16.csv", "the file is UTF-16; convert it: iconv -f UTF-16"),
        ("postings-invalid.csv", "not UTF-8; convert it first"),
    ])
    func refusedPostingFiles(file: String, error: String) throws {
        try Self.expectRefused(["postings", "import"], file) { $0.contains(error) }
    }

    @Test("postings files read with their bad rows rejected, each with its line and reason", arguments: [
        ("postings-crlf.csv", 1, [String]()),
        ("postings-cr.csv", 1, []),
        ("postings-bom.csv", 1, []),
        ("postings-nul.csv", 1, ["2,title: contains a NUL byte,"]),
        ("postings-hugepay.csv", 2, ["3,\"date: cannot read \"\"2024-02-30\"\"\""]),
    ])
    func postingRows(file: String, stored: Int, rejected: [String]) throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run("postings", "import", Self.folder.appendingPathComponent(file).path, "--rejects", cli.path("rejects.csv"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(stored) stored"), "\(result.stdout)")
        let rejects = (try? cli.read("rejects.csv")) ?? ""
        for reason in rejected { #expect(rejects.contains(reason), "\(rejects)") }
        #expect(rejects.isEmpty == rejected.isEmpty)
    }

    @Test("huge inputs made here: a 50 MB line, 10^6 columns; refused or skipped quickly, in bounded memory")
    func hugeInputs() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let store = try Self.store(cli)
        let before = try Self.content(store)
        let header = "职位名称,薪资,城市,公司名称,发布时间\n", row = "AI产品经理,15-25K·14薪,北京,乙公司,2024-05-03\n"
        let line = String(repeating: "x", count: 50 << 20)
        try cli.write("long.csv", header + "AI产品经理," + line + ",北京,甲,2024-05-03\n" + row)
        try cli.write("columns.csv", header + Array(repeating: "a", count: 1_000_000).joined(separator: ",") + "\n" + row)
        try cli.write("wide-header.csv", (["职位名称"] + (0..<1_000_000).map { "c\($0)" }).joined(separator: ",") + "\n")
        try cli.write("long-cases.csv", "id,to_role,from_role\na,ai-product-manager," + line + "\n")
        try cli.write("long-case.yaml", "source: {id: s, title: T}\ncases:\n  - id: a\n    persona: {}\n    notes: [" + line + "]\n")
        try cli.write("columns-cases.csv", "id,to_role,from_role\n" + Array(repeating: "a", count: 1_000_000).joined(separator: ",") + "\n")

        let long = try cli.run("postings", "import", "--db", store, cli.path("long.csv"), "--rejects", cli.path("r1.csv"))
        #expect(long.status == 0 && long.stdout.hasPrefix("2 rows read: 1 stored"), "\(long.stdout)\(long.stderr)")
        #expect(try cli.read("r1.csv").contains("2,the record is longer than 8 MB; it was skipped up to the end of its line"))
        let columns = try cli.run("postings", "import", "--db", store, cli.path("columns.csv"), "--rejects", cli.path("r2.csv"))
        #expect(columns.status == 0 && columns.stdout.hasPrefix("2 rows read: 0 stored, 1 duplicates"), "\(columns.stdout)\(columns.stderr)")
        #expect(try cli.read("r2.csv").contains("2,\"expected 5 fields as in the header, found 1000000\""))
        let afterPostings = try Self.content(store)

        let wide = try cli.run("postings", "import", "--db", store, cli.path("wide-header.csv"))
        #expect(wide.status == 1 && wide.stderr.contains("the header has 1000001 columns, more than 10000"), "\(wide.stderr)")
        for file in ["long-cases.csv", "long-case.yaml"] {
            let result = try cli.run("import", "--db", store, cli.path(file))
            #expect(result.status == 1 && result.stderr.contains("\(file): error: the file is 50.0 MB, more than the 4 MB"), "\(result.stderr)")
        }
        let wideCases = try cli.run("import", "--db", store, cli.path("columns-cases.csv"))
        #expect(wideCases.status == 1 && wideCases.stderr.hasPrefix(cli.path("columns-cases.csv") + ":2: error: expected 3 fields as in the header, found 1000000"),
                "\(wideCases.stderr.prefix(300))")
        #expect(try Self.content(store) == afterPostings)
        #expect(afterPostings != before)
        let counts = try DatabaseQueue(path: store).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM posting")!, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM postingBatch")!)
        }
        #expect(counts == (2, 3), "the good row of long.csv added to the one stored; a batch for each of the three imports")

        // The largest resident set of any process this test run waited for.
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 400 * 1024, "peak \(usage.ru_maxrss / 1024) MB")
    }
}
