import Foundation
import Testing

@Suite("careershift binary", .serialized)
struct CLITests {
    static let dataset = CLI.packageRoot.appendingPathComponent("Datasets/cases").path

    @Test("import the dataset, list, export, re-import into a fresh database, compare")
    func roundTrip() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let first = try cli.run("import", Self.dataset)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("28 added, 0 changed, 0 unchanged"))
        #expect(FileManager.default.fileExists(atPath: cli.path("careershift.sqlite")), "the default database is in the current folder")
        let again = try cli.run("import", Self.dataset)
        #expect(again.stdout.hasPrefix("0 added, 0 changed, 28 unchanged"))

        let list = try cli.run("list")
        #expect(list.status == 0)
        #expect(list.stdout.contains("huxiu-2024-wenyue"))
        #expect(list.stdout.contains("文悦 (化名)"))
        let json = try cli.run("list", "--format", "json", "--layer", "model")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["huxiu-2024-chenghan"])
        let filtered = try cli.run("list", "--origin", "互联网", "--outcome", "landed", "--format", "csv")
        #expect(filtered.stdout.split(separator: "\r\n").count == 2, "header and 文悦: \(filtered.stdout)")

        for format in ["yaml", "json"] {
            let exported = try cli.run("export", "--format", format, "--out", "export.\(format)")
            #expect(exported.status == 0, "\(exported.stderr)")
            let fresh = "fresh-\(format).sqlite"
            let reimport = try cli.run("import", "--db", fresh, cli.path("export.\(format)"))
            #expect(reimport.status == 0, "\(reimport.stderr)")
            #expect(reimport.stdout.hasPrefix("28 added"))
            let original = try cli.run("export", "--format", "yaml")
            let copy = try cli.run("export", "--format", "yaml", "--db", fresh)
            #expect(copy.stdout == original.stdout, "\(format) export re-imports as exactly the same data")
        }

        let csv = try cli.run("export", "--format", "csv")
        #expect(csv.stdout.hasPrefix("id,name,pseudonym,birth_year,"))
        #expect(csv.stderr.contains("will not import back"))
    }

    @Test("bad files exit 1 with located messages, and nothing is written")
    func badFiles() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("good.yaml", "source: {id: s, title: T}\ncases:\n  - id: good\n    persona: {}\n")
        try cli.write("bad.yaml", "source: {id: s2, title: T}\ncases:\n  - id: bad\n    persona: {}\n    offers:\n      - {outcome: received, pay: 15-25Kx}\n")
        try cli.write("bad.csv", "id,to_role,from_role\nx,ai-product-manager,ui-desginer\n")
        let result = try cli.run("import", cli.folder.path)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            \(cli.path("bad.csv")):2: error: from_role: unknown role "ui-desginer"; nearest known: ui-designer, ai-application-engineer, ai-trainer
            \(cli.path("bad.yaml")):6: error: cases[0].offers[0].pay: cannot read "15-25Kx" as pay: expected months per year (12 to 24) after 'x'
            2 problems found; nothing was imported.

            """)
        let list = try cli.run("list", "--format", "json")
        #expect(list.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || list.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let missing = try cli.run("import", "nowhere.yaml")
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("nowhere.yaml: error: no such file or folder"))
    }

    /// Each process creates and migrates the new store at the same moment as the others.
    @Test("four add processes at the same moment on a new store all land", arguments: 0..<4)
    func concurrentAdds(_ round: Int) throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let ids = ["a", "b", "c", "d"].map { "\($0)-\(round)" }
        let processes = try ids.map { try cli.start(["add", "--id", $0, "--from-industry", "real-estate", "--to-role", "AI产品经理"]) }
        for result in processes.map(CLI.finish) {
            #expect(result.status == 0, "\(result.stderr)")
        }
        let list = try cli.run("list", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["id"] as? String }) == Set(ids))
    }

    @Test("a database made by the first release is upgraded, with a note naming the copy kept of it")
    func upgradeNote() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let old = cli.path("old.sqlite")
        try FileManager.default.copyItem(atPath: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/store-v1.sqlite").path, toPath: old)
        let listed = try cli.run("list", "--db", old)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stderr == "note: \(old) was made by an older careershift and has been upgraded; a copy of it as it was is in \(old).v1-backup\n")
        #expect(listed.stdout.contains("huxiu-2024-wenyue"))
        let again = try cli.run("list", "--db", old)
        #expect(again.status == 0 && again.stderr.isEmpty, "no second note, no second copy")
    }

    @Test("add: flags, located errors, refusing an existing id, history after remove")
    func add() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let added = try cli.run("add", "--id", "ana", "--name", "Ana", "--pseudonym", "--from-role", "UI设计师", "--to-role", "AI产品经理",
                                "--pay-before", "18k", "--pay-after", "15k", "--outcome", "landed", "--landed", "2024-09")
        #expect(added.status == 0, "\(added.stderr)")
        let shown = try cli.run("show", "ana")
        #expect(shown.stdout.contains("role: ai-product-manager"))
        #expect(shown.stdout.contains("pay: 15k"))
        let again = try cli.run("add", "--id", "ana", "--from-role", "ui-designer", "--to-role", "ai-product-manager")
        #expect(again.status == 1)
        #expect(again.stderr.contains("already in the store; use --replace"))
        let bad = try cli.run("add", "--id", "bob", "--from-role", "ui-designer", "--to-role", "ai-product-manager", "--pay-after", "lots", "--outcome", "hired")
        #expect(bad.status == 1)
        #expect(bad.stderr == """
            careershift add: error: --outcome: unknown value "hired"; expected one of landed|internship-only|searching|gave-up|returned|reassigned
            careershift add: error: --pay-after: cannot read "lots" as pay: unexpected "lots"
            2 problems found; nothing was added.

            """)
        let missing = try cli.run("add", "--id", "bob")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("--to-role: required field is missing"))

        let removed = try cli.run("remove", "ana")
        #expect(removed.stdout == "removed ana (kept in history)\n")
        #expect(try cli.run("show", "ana").status == 1)
        #expect(try cli.run("remove", "ana").status == 1)
    }

    @Test("export never replaces a folder")
    func exportIntoFolder() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run("import", Self.dataset).status == 0)
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("victim/sub"), withIntermediateDirectories: true)
        try cli.write("victim/sub/data.txt", "precious")
        let result = try cli.run("export", "--out", "victim")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write victim: it is a folder"))
        #expect(try cli.read("victim/sub/data.txt") == "precious")
    }

    @Test("pay shows how text is read and fails on unreadable text")
    func pay() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let table = try cli.run("pay", "15-25K·14薪", "面议")
        #expect(table.status == 0)
        #expect(table.stdout.contains("15000-25000  month  CNY       14      15000-25000  210000-350000"))
        let json = try cli.run("pay", "--format", "json", "200-250元/天")
        #expect(json.stdout.contains("\"monthly_min\" : 4350"))
        let bad = try cli.run("pay", "15k", "15-25Kx")
        #expect(bad.status == 1)
        #expect(bad.stderr == "error: cannot read \"15-25Kx\" as pay: expected months per year (12 to 24) after 'x'\n")
    }

    @Test("taxonomy: built in, printable, replaceable with --taxonomy or CAREERSHIFT_TAXONOMY")
    func taxonomy() throws {
        var cli = try CLI()
        defer { cli.cleanUp() }
        let yaml = try cli.run("taxonomy", "--format", "yaml")
        let file = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Datasets/taxonomy.yaml"), encoding: .utf8)
        #expect(yaml.stdout == file)
        let table = try cli.run("taxonomy")
        #expect(table.stdout.contains("ai-product-manager"))
        try cli.write("mine.yaml", file.replacingOccurrences(
            of: "\nindustries:\n", with: "  - id: forecaster\n    zh: 气象预报员\n    en: Weather forecaster\n    layer: model\n\nindustries:\n"))
        let unknown = try cli.run("add", "--id", "q", "--from-role", "气象预报员", "--to-role", "llm-researcher")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("--from-role: unknown role \"气象预报员\""))
        cli.environment["CAREERSHIFT_TAXONOMY"] = cli.path("mine.yaml")
        let known = try cli.run("add", "--id", "q", "--from-role", "气象预报员", "--to-role", "llm-researcher")
        #expect(known.status == 0, "\(known.stderr)")
        try cli.write("broken.yaml", "layers: [\n")
        let broken = try cli.run("list", "--taxonomy", cli.path("broken.yaml"))
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("\(cli.path("broken.yaml")):2: error: malformed YAML"))
    }

    @Test("--help teaches")
    func help() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let help = try cli.run("--help")
        for command in ["import", "add", "list", "show", "remove", "export", "pay", "taxonomy"] {
            #expect(help.stdout.contains(command))
        }
        #expect(try cli.run("add", "--help").stdout.contains("Example:"))
        #expect(try cli.run("import", "--help").stdout.contains("path:line: error: field"))
        let usage = try cli.run("list", "--layer", "moon")
        #expect(usage.status == 64)
    }
}
