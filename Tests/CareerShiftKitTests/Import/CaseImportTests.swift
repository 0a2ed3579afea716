import Foundation
import Testing
@testable import CareerShiftKit

@Suite("Importing several files")
struct CaseImportTests {
    func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careershift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test("folders are read in name order, recursively, skipping other files")
    func order() throws {
        let root = try folder(["b.yaml": "", "a.csv": "", "sub/c.json": "", "notes.txt": "", "d.YML": ""])
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try CaseImport.files(in: [root.path]).map { String($0.dropFirst(root.path.count + 1)) }
        #expect(files == ["a.csv", "b.yaml", "d.YML", "sub/c.json"])
        #expect(throws: InputRejected([Diagnostic(file: root.appendingPathComponent("notes.txt").path, line: nil, field: nil, message: "unknown file type: expected .yaml, .yml, .json or .csv")])) {
            try CaseImport.files(in: [root.appendingPathComponent("notes.txt").path])
        }
    }

    @Test("ids are unique across files; a source may repeat unchanged; citations must resolve")
    func acrossFiles() throws {
        let root = try folder([
            "1.yaml": "source: {id: s, title: T}\ncases:\n  - {id: a, persona: {}}\n",
            "2.yaml": "source: {id: s, title: T}\ncases:\n  - {id: a, persona: {}}\n  - {id: b, persona: {}, sources: [elsewhere]}\n",
            "3.yaml": "source: {id: s, title: Other title}\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try CaseImport.read(paths: [root.path], taxonomy: .standard, knownSources: [])
            Issue.record("should be rejected")
        } catch {
            let p = root.path
            #expect(error.diagnostics.map(\.description) == [
                "\(p)/2.yaml:3: error: cases[0].id: case \"a\" is also in \(p)/1.yaml:3",
                "\(p)/2.yaml:4: error: cases[1].sources: unknown source elsewhere: not in these files nor in the store",
                "\(p)/3.yaml:1: error: sources[0]: source \"s\" is described differently in \(p)/1.yaml:1",
            ])
        }
        let known = try CaseImport.read(paths: [root.appendingPathComponent("2.yaml").path], taxonomy: .standard, knownSources: ["elsewhere"])
        #expect(known.cases.count == 2)
    }

    @Test("a case may cite a source defined in a file read after it")
    func sourceInLaterFile() throws {
        let root = try folder([
            "a-cases.yaml": "cases:\n  - {id: a, persona: {}, sources: [zsrc]}\n",
            "z-sources.yaml": "sources:\n  - {id: zsrc, title: Z}\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let content = try CaseImport.read(paths: [root.path], taxonomy: .standard, knownSources: [])
        #expect(content.cases.map(\.id) == ["a"])
        #expect(content.sources.map(\.id) == ["zsrc"])
    }

    @Test("invalid UTF-8, UTF-16 and NUL bytes are refused with the file named")
    func encodings() throws {
        #expect(throws: InputRejected([Diagnostic(file: "g.csv", line: 2, field: nil, message: "the file is not valid UTF-8 (GBK? convert it with: iconv -f GBK -t UTF-8)")])) {
            try InputText.decode(Data("id\n".utf8) + Data([0xD6, 0xD0, 0xCE, 0xC4]), file: "g.csv")
        }
        #expect(throws: InputRejected([Diagnostic(file: "u.yaml", line: 1, field: nil, message: "the file is UTF-16; save it as UTF-8")])) {
            try InputText.decode(Data([0xFF, 0xFE, 0x61, 0x00]), file: "u.yaml")
        }
        #expect(throws: InputRejected([Diagnostic(file: "n.yaml", line: 2, field: nil, message: "the file contains a NUL byte")])) {
            try InputText.decode(Data("a: 1\nb: \0\n".utf8), file: "n.yaml")
        }
        #expect(try InputText.decode(Data([0xEF, 0xBB, 0xBF]) + Data("a".utf8), file: "bom") == "a")
    }
}
