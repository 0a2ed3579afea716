import Foundation
import Testing

/// Texts made of SQL and shell metacharacters go into the store through the binary and come
/// back out verbatim: every query binds its values, and no text ever reaches a shell.
@Suite("SQL and shell metacharacters are stored verbatim")
struct HostileTextTests {
    static let texts = [
        "Robert'); DROP TABLE transitionCase;--",
        "\"; DELETE FROM history; --",
        "' OR '1'='1",
        "$(touch /tmp/careershift-pwned) `id` | rm -rf ~ && echo ${HOME} > x; %s %n \\",
        "名字'; UPDATE source SET title = 'x' WHERE '1'='1",
    ]

    @Test("names, quotes, notes, source titles and posting titles and companies")
    func verbatim() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let cases: [[String: Any]] = Self.texts.enumerated().map { i, text in
            ["id": "hostile-\(i).x_y", "persona": ["name": text], "quotes": [["text": text]], "notes": [text]]
        }
        let file: [String: Any] = ["source": ["id": "s", "title": Self.texts[0], "author": Self.texts[3]], "cases": cases]
        try cli.write("hostile.json", String(decoding: try JSONSerialization.data(withJSONObject: file), as: UTF8.self))
        let imported = try cli.run("import", cli.path("hostile.json"))
        #expect(imported.status == 0, "\(imported.stderr)")

        let exported = try cli.run("export", "--format", "json")
        #expect(exported.status == 0, "\(exported.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        let stored = try #require(document["cases"] as? [[String: Any]])
        #expect(stored.count == Self.texts.count, "no case lost, no table dropped")
        for (i, text) in Self.texts.enumerated() {
            let entry = try #require(stored.first { $0["id"] as? String == "hostile-\(i).x_y" })
            #expect((entry["persona"] as? [String: Any])?["name"] as? String == text)
            #expect(((entry["quotes"] as? [[String: Any]])?.first)?["text"] as? String == text)
            #expect((entry["notes"] as? [String]) == [text])
        }
        let sources = try #require(document["sources"] as? [[String: Any]])
        #expect(sources.first?["title"] as? String == Self.texts[0] && sources.first?["author"] as? String == Self.texts[3])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/careershift-pwned"))

        // Postings: titles and companies of the same texts, quoted as CSV needs.
        func csv(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let rows = Self.texts.map { "\(csv($0)),\(csv($0)),2024-05-03" }
        try cli.write("postings.csv", "title,company,date\n" + rows.joined(separator: "\n") + "\n")
        let postings = try cli.run("postings", "import", cli.path("postings.csv"))
        #expect(postings.status == 0, "\(postings.stderr)")
        #expect(postings.stdout.hasPrefix("5 rows read: 5 stored"), "\(postings.stdout)")
        let titles = try cli.run("postings", "unclassified", "--top", "10")
        for text in Self.texts { #expect(titles.stdout.contains(text), "\(text)") }
        let again = try cli.run("postings", "import", cli.path("postings.csv"))
        #expect(again.stdout.hasPrefix("5 rows read: 0 stored, 5 duplicates"), "\(again.stdout)")
    }

    @Test("ids are slugs: an id made of metacharacters is refused with its line, and nothing is stored")
    func ids() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("bad.yaml", "source: {id: s, title: T}\ncases:\n  - id: \"x'); DROP TABLE transitionCase;--\"\n    persona: {}\n")
        let result = try cli.run("import", cli.path("bad.yaml"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:3: error:") && result.stderr.contains("must be lower-case ASCII letters"), "\(result.stderr)")
        let list = try cli.run("list", "--format", "json")
        #expect(list.status == 0)
        #expect(list.stdout.trimmingCharacters(in: .whitespacesAndNewlines).filter { !$0.isWhitespace } == "[]")
    }
}
