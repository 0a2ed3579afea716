import ArgumentParser
import CareerShiftKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two reports: rows added, removed and changed, cell by cell.",
        discussion: """
            OLD and NEW are report folders (or their report.json files). Alternatively, --as-of A \
            --as-of B compares the store as it stood on two days. Tables are matched by name and rows \
            by the key columns that report.json declares: a row whose key changed shows as removed \
            plus added. For each table there is a summary first, then every changed cell with old → \
            new, the change in absolute terms and in percent for numbers, and unknown ↔ known where a \
            value appeared or vanished. Reports made with an older report schema are compared where \
            their tables match, with a note on what could not be compared.

            Examples:
              careershift diff Reports/2023-12-31 Reports/2024-10-20
              careershift diff --as-of 2024-06-30 --as-of 2024-10-20 --table transition_paths
              careershift diff old new --tolerance 1% --only changed --format csv --exit-code
            """)

    @OptionGroup var options: StoreOptions

    @Argument(help: ArgumentHelp("The old and the new report folder (or report.json).", valueName: "report"))
    var reports: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Twice: compare the store as of two days instead of two folders.", valueName: "date"))
    var asOf: [String] = []

    @Option(help: "With --as-of, which dates place data in time: known or recorded.")
    var clock: ReportClock = .known

    @Flag(help: "With --as-of, compare redacted reports (see careershift report --help).")
    var redact = false

    @Option(help: ArgumentHelp("Ignore numeric changes up to X (absolute) or X% (relative to the old value).", valueName: "X"))
    var tolerance: String?

    @Option(help: ArgumentHelp("Which row changes to show, comma-separated: added, removed, changed.", valueName: "kinds"))
    var only: String?

    @Option(help: ArgumentHelp("Only this table (repeatable), e.g. transition_paths.", valueName: "name"))
    var table: [String] = []

    @Option(help: "Output format: md (ready to paste into a newsletter), csv or json.")
    var format: DiffFormat = .md

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var out: String?

    @Flag(help: "Exit with 1 when the reports differ and 0 when they do not, like git diff --exit-code.")
    var exitCode = false

    var diffOptions: DiffOptions {
        get throws {
            var result = DiffOptions(tables: Set(table))
            if let tolerance {
                guard let parsed = DiffOptions.Tolerance(text: tolerance) else {
                    throw ValidationError("--tolerance: expected a number (absolute) or a percentage such as 5%, got \"\(tolerance)\"")
                }
                result.tolerance = parsed
            }
            if let only {
                result.kinds = Set(try only.split(separator: ",").map { name in
                    guard let kind = DiffOptions.Kind(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                        throw ValidationError("--only: unknown kind \"\(name)\"; expected added, removed, changed")
                    }
                    return kind
                })
            }
            return result
        }
    }

    func validate() throws {
        switch (reports.count, asOf.count) {
        case (2, 0), (0, 2): break
        default: throw ValidationError("give two reports (OLD NEW) or two --as-of dates")
        }
        for date in asOf {
            do { _ = try DateParser.parse(date) } catch { throw ValidationError("--as-of: \(error.message)") }
        }
        if redact && asOf.isEmpty {
            throw ValidationError("--redact works with --as-of; to compare redacted folders, make them with careershift report --redact")
        }
        _ = try diffOptions
    }

    func run() throws {
        let documents: [ReportDocument]
        if asOf.isEmpty {
            documents = try reports.map { try ReportDocument(path: $0) }
        } else {
            let store = try options.openStore()
            let taxonomy = try options.taxonomy(for: store)
            documents = try asOf.map { date in
                let request = ReportRequest(asOf: try DateParser.parse(date).latest, clock: clock, redact: redact)
                return ReportDocument(report: try ReportBuilder.report(of: store, taxonomy: taxonomy, request: request), origin: "--as-of \(date)")
            }
        }
        let known = Set(documents.flatMap { $0.tables.map(\.name) })
        let unknown = Set(table).subtracting(known)
        if !unknown.isEmpty {
            throw ValidationError("--table: no table named \(unknown.sorted().joined(separator: ", ")) in either report; tables: \(known.sorted().joined(separator: ", "))")
        }
        let diff = ReportDiff(old: documents[0], new: documents[1], options: try diffOptions)
        try write(diff.text(format), to: out)
        if exitCode && !diff.isEmpty { throw ExitCode.failure }
    }
}

extension DiffFormat: ExpressibleByArgument {}
