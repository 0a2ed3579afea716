import ArgumentParser
import CareerShiftKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import case files (YAML, JSON or CSV) into the store.",
        discussion: """
            PATH is a file or a folder; a folder is read for every .yaml, .yml, .json and .csv inside, \
            in name order. Records are matched by id: new ones are added, changed ones updated (the old \
            version stays in history), identical ones left alone, so importing twice changes nothing.

            All files are checked before anything is written. Any problem is reported as \
            path:line: error: field: what is wrong — every problem at once — and nothing is imported \
            (exit code 1).
            """)

    @OptionGroup var options: StoreOptions

    @Flag(name: .long, help: "Check the files and say what would change, without writing.")
    var dryRun = false

    @Argument(help: ArgumentHelp("Case files or folders.", valueName: "path"))
    var paths: [String]

    func run() throws {
        let store = try options.openStore()
        let taxonomy = try options.taxonomy(for: store)
        let summary = try rejectingInput("nothing was imported") {
            try CaseImport.importFiles(paths, into: store, taxonomy: taxonomy, dryRun: dryRun)
        }
        print((dryRun ? "dry run, nothing written; would be: " : "") + summary.description)
    }
}
