import Foundation

/// Reads YAML and JSON case files into validated model values, with located errors.
public enum CaseFileReader {
    /// Reads the case file at `path` (YAML or JSON) against `taxonomy`.
    public static func read(path: String, taxonomy: Taxonomy) throws(InputRejected) -> CaseFile {
        try read(text: try InputText.read(path: path), file: path, taxonomy: taxonomy)
    }

    /// Reads case-file text; `file` names it in diagnostics.
    public static func read(text: String, file: String, taxonomy: Taxonomy) throws(InputRejected) -> CaseFile {
        try readLocated(text: text, file: file, taxonomy: taxonomy).content
    }

    /// Reads case-file text and says on which line each entry starts.
    static func readLocated(text: String, file: String, taxonomy: Taxonomy) throws(InputRejected) -> (content: CaseFile, lines: EntryLines) {
        guard let root = try DocumentNode.parse(text, file: file) else { return (CaseFile(), EntryLines()) }
        let decoding = NodeDecoding(file: file, userInfo: [.taxonomy: taxonomy])
        guard var caseFile = decoding.decode(CaseFile.self, from: root) else {
            throw InputRejected(decoding.diagnostics)
        }
        var diagnostics: [Diagnostic] = []
        let lines = EntryLines(root: root)
        for i in caseFile.sources.indices where caseFile.sources[i].visibility == nil {
            caseFile.sources[i].visibility = .private
        }
        let defaultSource = caseFile.sources.count == 1 ? caseFile.sources[0].id : nil
        for i in caseFile.cases.indices where (caseFile.cases[i].sources ?? []).isEmpty {
            if let defaultSource {
                caseFile.cases[i].sources = [defaultSource]
            } else {
                diagnostics.append(Diagnostic(
                    file: file, line: lines.line("cases", i), field: "cases[\(i)].sources",
                    message: caseFile.sources.isEmpty
                        ? "no source: name one with sources: [id], or give the file a source:"
                        : "the file has several sources: say which this case comes from"))
            }
        }
        for i in caseFile.observations.indices where (caseFile.observations[i].sources ?? []).isEmpty {
            if let defaultSource {
                caseFile.observations[i].sources = [defaultSource]
            } else {
                diagnostics.append(Diagnostic(
                    file: file, line: lines.line("observations", i), field: "observations[\(i)].sources",
                    message: "no source: name one with sources: [id], or give the file a single source:"))
            }
        }
        diagnostics += duplicates(caseFile.sources.map(\.id.rawValue), "sources", file: file, lines: lines)
        diagnostics += duplicates(caseFile.cases.map(\.id.rawValue), "cases", file: file, lines: lines)
        diagnostics += duplicates(caseFile.observations.map(\.id.rawValue), "observations", file: file, lines: lines)
        if !diagnostics.isEmpty { throw InputRejected(diagnostics) }
        return (caseFile, lines)
    }

    static func duplicates(_ ids: [String], _ list: String, file: String, lines: EntryLines) -> [Diagnostic] {
        var firstIndex: [String: Int] = [:]
        var found: [Diagnostic] = []
        for (i, id) in ids.enumerated() {
            if let first = firstIndex[id] {
                let firstLine = lines.line(list, first).map { " (line \($0))" } ?? ""
                found.append(Diagnostic(
                    file: file, line: lines.line(list, i), field: "\(list)[\(i)].id",
                    message: "duplicate id \"\(id)\": already used by \(list)[\(first)]\(firstLine)"))
            } else {
                firstIndex[id] = i
            }
        }
        return found
    }
}

/// Lines of the entries of a case file's top-level lists (`source` counts as `sources[0]`).
struct EntryLines {
    var lines: [String: [Int]] = [:]

    init(lines: [String: [Int]] = [:]) { self.lines = lines }

    init(root: DocumentNode) {
        guard case .mapping(let pairs) = root.content else { return }
        for (key, value) in pairs {
            switch (key, value.content) {
            case ("source", _): lines["sources", default: []].insert(value.line, at: 0)
            case (_, .sequence(let items)): lines[key, default: []] += items.map(\.line)
            default: break
            }
        }
    }

    func line(_ list: String, _ index: Int) -> Int? {
        guard let entries = lines[list], entries.indices.contains(index) else { return nil }
        return entries[index]
    }
}
