import Foundation

/// Reading case records from files and folders: every `.yaml`, `.yml`, `.json` and `.csv`, in name
/// order, checked together before anything is written.
public enum CaseImport {
    /// The file extensions that are read.
    public static let extensions = ["yaml", "yml", "json", "csv"]

    /// The files named by `paths`: files as given, folders expanded to the readable files inside
    /// them (recursively), in name order.
    public static func files(in paths: [String]) throws(InputRejected) -> [String] {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                diagnostics.append(Diagnostic(file: path, line: nil, field: nil, message: "no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                files += found
            } else if extensions.contains((path as NSString).pathExtension.lowercased()) {
                files.append(path)
            } else {
                diagnostics.append(Diagnostic(
                    file: path, line: nil, field: nil,
                    message: "unknown file type: expected .yaml, .yml, .json or .csv"))
            }
        }
        if !diagnostics.isEmpty { throw InputRejected(diagnostics) }
        return files
    }

    /// Reads one file by its extension.
    public static func read(file: String, taxonomy: Taxonomy) throws(InputRejected) -> CaseFile {
        try readLocated(file: file, taxonomy: taxonomy).content
    }

    static func readLocated(file: String, taxonomy: Taxonomy) throws(InputRejected) -> (content: CaseFile, lines: EntryLines) {
        let text = try InputText.read(path: file)
        if (file as NSString).pathExtension.lowercased() == "csv" {
            return try CaseTable.readLocated(text: text, file: file, taxonomy: taxonomy)
        }
        return try CaseFileReader.readLocated(text: text, file: file, taxonomy: taxonomy)
    }

    /// Reads every file of `paths` and checks them together: ids unique across files, one source
    /// described one way, every cited source present in the files or among `knownSources`.
    /// Throws every problem of every file at once.
    public static func read(paths: [String], taxonomy: Taxonomy, knownSources: Set<Source.ID>) throws(InputRejected) -> CaseFile {
        let files = try files(in: paths)
        var diagnostics: [Diagnostic] = []
        var read: [(file: String, content: CaseFile, lines: EntryLines)] = []
        for file in files {
            do {
                let (content, lines) = try readLocated(file: file, taxonomy: taxonomy)
                read.append((file, content, lines))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        // First every source of every file, so a case may cite a source from a file read later.
        var combined = CaseFile()
        var sourceFiles: [Source.ID: (source: Source, file: String, line: Int?)] = [:]
        for (file, content, lines) in read {
            for (i, source) in content.sources.enumerated() {
                if let known = sourceFiles[source.id] {
                    if known.source != source {
                        diagnostics.append(Diagnostic(
                            file: file, line: lines.line("sources", i), field: "sources[\(i)]",
                            message: "source \"\(source.id)\" is described differently in \(known.file)\(known.line.map { ":\($0)" } ?? "")"))
                    }
                } else {
                    sourceFiles[source.id] = (source, file, lines.line("sources", i))
                    combined.sources.append(source)
                }
            }
        }
        var caseFiles: [String: (file: String, line: Int?)] = [:]
        var observationFiles: [String: (file: String, line: Int?)] = [:]
        let isKnown = { (id: Source.ID) in sourceFiles[id] != nil || knownSources.contains(id) }
        for (file, content, lines) in read {
            diagnostics += checkEntries(
                content.cases.map { ($0.id.rawValue, $0.sources ?? []) }, list: "cases", kind: "case", file: file, lines: lines,
                seen: &caseFiles, isKnown: isKnown)
            diagnostics += checkEntries(
                content.observations.map { ($0.id.rawValue, $0.sources ?? []) }, list: "observations", kind: "observation",
                file: file, lines: lines, seen: &observationFiles, isKnown: isKnown)
            combined.cases += content.cases
            combined.observations += content.observations
        }
        if !diagnostics.isEmpty { throw InputRejected(diagnostics) }
        return combined
    }
}

extension CaseImport {
    /// Ids unique across files, cited sources known: diagnostics for one list of one file.
    static func checkEntries(
        _ entries: [(id: String, sources: [Source.ID])], list: String, kind: String, file: String, lines: EntryLines,
        seen: inout [String: (file: String, line: Int?)], isKnown: (Source.ID) -> Bool
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (i, entry) in entries.enumerated() {
            let line = lines.line(list, i)
            if let other = seen[entry.id] {
                found.append(Diagnostic(
                    file: file, line: line, field: "\(list)[\(i)].id",
                    message: "\(kind) \"\(entry.id)\" is also in \(other.file)\(other.line.map { ":\($0)" } ?? "")"))
            }
            seen[entry.id] = (file, line)
            let missing = entry.sources.filter { !isKnown($0) }
            if !missing.isEmpty {
                found.append(Diagnostic(
                    file: file, line: line, field: "\(list)[\(i)].sources",
                    message: "unknown source \(missing.map(\.rawValue).joined(separator: ", ")): not in these files nor in the store"))
            }
        }
        return found
    }

    /// Why `careershift add` refused a case.
    public enum AddProblem: Error, Equatable, Sendable {
        case exists([Case.ID])
    }

    /// Reads `paths` and upserts them into `store` in one transaction; nothing is written when
    /// any file has a problem.
    public static func importFiles(
        _ paths: [String], into store: Store, taxonomy: Taxonomy, dryRun: Bool = false
    ) throws -> ImportSummary {
        let content = try read(paths: paths, taxonomy: taxonomy, knownSources: try store.sourceIDs())
        return try store.upsert(content, dryRun: dryRun, taxonomy: taxonomy)
    }

    /// Adds new cases (with their sources); refuses ids already in the store unless `replace`.
    public static func add(_ content: CaseFile, to store: Store, replace: Bool, taxonomy: Taxonomy? = nil) throws -> ImportSummary {
        if !replace {
            let existing = try content.cases.filter { try store.case($0.id) != nil }.map(\.id)
            if !existing.isEmpty { throw AddProblem.exists(existing) }
        }
        return try store.upsert(content, taxonomy: taxonomy)
    }

    /// One case from column values (as `careershift add` flags give them), labelled `origin` in
    /// diagnostics. Field names in messages are spelled by `fieldName`.
    public static func caseFromColumns(
        _ cells: [String: String], taxonomy: Taxonomy, origin: String, fieldName: (String) -> String
    ) throws(InputRejected) -> CaseFile {
        var diagnostics: [Diagnostic] = []
        let made = CaseTable.makeCase(cells, taxonomy: taxonomy) { column, message in
            diagnostics.append(Diagnostic(file: origin, line: nil, field: fieldName(column), message: message))
        }
        guard let (entry, source) = made, diagnostics.isEmpty else { throw InputRejected(diagnostics) }
        return CaseFile(sources: [source], cases: [entry])
    }
}
