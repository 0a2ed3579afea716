import ArgumentParser
import CareerShiftKit
import Foundation

/// The options every command that reads the store or the taxonomy shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (default: $CAREERSHIFT_DB, else careershift.sqlite in the current folder).",
        valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "A taxonomy YAML file replacing the built-in one (default: $CAREERSHIFT_TAXONOMY, else built-in). See `careershift taxonomy --format yaml`.",
        valueName: "file"))
    var taxonomy: String?

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["CAREERSHIFT_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "careershift.sqlite"
    }

    var taxonomyPath: String? {
        taxonomy ?? ProcessInfo.processInfo.environment["CAREERSHIFT_TAXONOMY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func openStore() throws -> Store {
        let store = try Store.open(path: databasePath)
        if let backup = store.upgradeBackup {
            printError("note: \(databasePath) was made by an older careershift and has been upgraded; a copy of it as it was is in \(backup)")
        }
        return store
    }

    func loadTaxonomy() throws -> Taxonomy {
        try rejectingInput { try Taxonomy.load(path: taxonomyPath) }
    }
}

/// Runs `body`; input problems are printed to stderr one per line, then exit code 1.
func rejectingInput<T>(_ note: String? = nil, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let rejected as InputRejected {
        for diagnostic in rejected.diagnostics { printError(diagnostic.description) }
        let count = rejected.diagnostics.count
        printError("\(count) problem\(count == 1 ? "" : "s") found\(note.map { "; \($0)" } ?? "").")
        throw ExitCode.failure
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Writes `text` to `path` via a temporary file and a rename, so a reader never sees half a file;
/// to stdout when `path` is nil or "-".
func write(_ text: String, to path: String?) throws {
    guard let path, path != "-" else {
        print(text, terminator: "")
        return
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        throw CommandFailure("cannot write \(path): it is a folder; give a file name")
    }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    do {
        try Data(text.utf8).write(to: temporary)
        if FileManager.default.fileExists(atPath: path) {
            _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
        } else {
            try FileManager.default.moveItem(at: temporary, to: url)
        }
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension Layer: ExpressibleByArgument {}
extension Outcome: ExpressibleByArgument {}

extension ExpressibleByArgument where Self: TextEnum {
    public init?(argument: String) { self.init(text: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// A command could not do what was asked (not a usage error): printed as `Error: …`, exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension StoreOptions {
    /// The taxonomy to read `store` with: `--taxonomy` (or $CAREERSHIFT_TAXONOMY) when given,
    /// else the one the store recorded when it was classified, else the built-in one. Warns on
    /// stderr when the store was classified with another taxonomy than the one used, and when
    /// its postings were imported with several.
    func taxonomy(for store: Store) throws -> Taxonomy {
        let recorded = try store.taxonomyInUse()
        let chosen: Taxonomy
        if taxonomyPath != nil {
            chosen = try loadTaxonomy()
            if let recorded, recorded.fingerprint != chosen.fingerprint {
                printError("warning: \(databasePath) was classified with taxonomy \(recorded.taxonomy.label), not with the one given, "
                    + "\(chosen.label); stored postings keep the roles the store's taxonomy gave them. Run "
                    + "`careershift postings reclassify --taxonomy FILE` to classify them with it (no re-import needed).")
            }
        } else if let recorded {
            chosen = recorded.taxonomy
            if recorded.fingerprint != Taxonomy.standard.fingerprint {
                printError("note: reading \(databasePath) with the taxonomy it was classified with, \(recorded.taxonomy.label); "
                    + "the built-in taxonomy is \(Taxonomy.standard.label). Run `careershift postings reclassify` to classify "
                    + "the store with the built-in one, or give --taxonomy.")
            }
        } else {
            chosen = .standard
        }
        if let recorded, recorded.postingFingerprints.count > 1 {
            printError("warning: the postings in \(databasePath) were imported with \(recorded.postingFingerprints.count) different "
                + "taxonomies since they were last reclassified, so their role counts mix definitions; run `careershift postings reclassify`.")
        }
        if let unread = try? store.postingsUnread(), unread > 0 {
            printError("warning: \(unread) postings in \(databasePath) were stored before careershift read GenAI flags and occupation heads, "
                + "so the GenAI share and the AI pay premium show as unknown; run `careershift postings reclassify` to read them (no re-import needed).")
        }
        return chosen
    }
}
