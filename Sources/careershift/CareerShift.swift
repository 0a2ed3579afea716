import Foundation
import ArgumentParser
import CareerShiftKit

@main
struct CareerShift: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "careershift",
        abstract: "Career-transition analytics: who moves into AI work, from where, and how it goes.",
        discussion: """
            Cases (one person's career move) and observations (an expert's word on demand) live in a \
            SQLite store: careershift.sqlite in the current folder, or --db PATH, or $CAREERSHIFT_DB. \
            Every change is kept in history.

            Start with:  careershift import Datasets/cases   then   careershift list
            """,
        version: "0.1.0",
        subcommands: [
            ReportCommand.self, ImportCommand.self, AddCommand.self, ListCommand.self, ShowCommand.self, RemoveCommand.self,
            ExportCommand.self, PayCommand.self, TaxonomyCommand.self, DiffCommand.self, TrendCommand.self, PostingsCommand.self,
        ]
    )

    /// Runs the command; a located error (`FILE: error: …`) is printed as it is, without
    /// ArgumentParser's "Error: " before it, and exits with status 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let problem as PostingFileProblem {
            printError(problem.errorDescription ?? "\(problem)")
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
