import ArgumentParser
import CareerShiftKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every source, case and observation.",
        discussion: """
            yaml and json hold everything and re-import into an empty database as exactly the same \
            data. csv is the flat one-case-per-row projection that `import` reads back. Output is \
            sorted by id, so the same data always gives the same file.
            """)

    @OptionGroup var options: StoreOptions

    @Option(help: "yaml, json or csv.")
    var format: ExportFormat = .yaml

    @Option(help: ArgumentHelp("Write to this file (default: standard output).", valueName: "path"))
    var out: String?

    func run() throws {
        let store = try options.openStore()
        let content = try store.contents()
        try write(try CaseFileWriter.text(of: content, as: format), to: out)
        if format == .csv {
            let partial = content.cases.filter { !CaseTable.isComplete($0) }.map(\.id.rawValue)
            if !partial.isEmpty {
                printError("warning: \(partial.count) case(s) lack a role sought or an origin, so their CSV rows will not import back: \(partial.joined(separator: ", ")). Use --format yaml for a complete export.")
            }
        }
    }
}
