import ArgumentParser
import CareerShiftKit
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: transition paths, outcomes, pay change, time to transition, demand by layer.",
        discussion: """
            The report is a folder holding report.md (tables, charts and a Mermaid flowchart), one CSV \
            per table, report.json (every table with its columns, types and key columns, and a \
            manifest) and the charts as SVG files. It goes to Reports/<as-of date>/ unless --out says \
            otherwise. It is written to a temporary folder first and then renamed into place. An \
            existing folder that is not a careershift report is never overwritten.

            --as-of DATE reproduces the data as it stood on DATE from the store's history: cases \
            recorded later are absent, later edits are undone, cases removed later are present. By \
            default a record counts from its sources' publication date (--clock known), so an \
            article's cases appear on the day it was published. The as-of date defaults to the newest \
            date in the data (for the bundled data, the article's date), never today, so the same \
            database always gives the same report. When the store is new and empty, the bundled \
            Datasets/cases (in the current folder) is imported first.

            Privacy: a pay figure that draws on a private source and on fewer than --min-cell people \
            is shown as <K, and the report lists what it hid. So is a figure from which a hidden one \
            could be worked out: a path's medians unless K private people stand behind them, its \
            lowest and highest change whenever a private person is in it. Use --min-cell 1 for \
            private use.

            --redact makes a report to publish: cases, people, observations and sources appear as \
            codes (C0001, P0001, O0001, S0001) that stay the same in every report of the store, and \
            quotes, employer names, notes and other free text are left out. The data is redacted \
            before any table is computed. No figure that the pay of a person from a private source \
            enters is shown, however many such people there are, so that no hidden figure can be \
            worked out, even by comparing reports of several dates.

            Examples:
              careershift report
              careershift report --lang zh --out Reports/zh
              careershift report --format csv --excel --out ~/Desktop/careershift
              careershift report --redact --out Reports/public
            """)

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp("Reproduce the data as it stood at the end of this day (YYYY, YYYY-MM or YYYY-MM-DD: the last day of the period); default: the newest date in the data.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Which dates place data in time: known (a record counts from its sources' publication date, or when recorded if earlier; edits and removals from when they were recorded) or recorded (when recorded in the store).", valueName: "clock"))
    var clock: ReportClock = .known

    @Option(help: ArgumentHelp("The report folder (default: Reports/<as-of date>).", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("Formats, comma-separated: md (with SVG charts), csv, json.", valueName: "list"))
    var format = "md,csv,json"

    @Option(help: "Language of headings, labels and taxonomy names: en or zh.")
    var lang: Language = .en

    @Option(help: ArgumentHelp("Hide pay figures from private sources computed from fewer than K people.", valueName: "K"))
    var minCell = 3

    @Flag(help: "Codes instead of names and ids; no quotes, employer names or free text (a report to publish).")
    var redact = false

    @Flag(help: "Start CSV files with a UTF-8 byte-order mark for Excel on Chinese-locale machines.")
    var excel = false

    var formats: [ReportFormat] {
        get throws {
            try format.split(separator: ",").map { name in
                guard let format = ReportFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    throw ValidationError("unknown format \"\(name)\"; expected a comma-separated list of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return format
            }
        }
    }

    func validate() throws {
        if try formats.isEmpty { throw ValidationError("--format needs at least one of md, csv, json") }
        if minCell < 1 { throw ValidationError("--min-cell must be 1 or more") }
        if redact && minCell < 2 {
            throw ValidationError("--redact hides every figure from a private source, and --min-cell 1 would show them: use one or the other")
        }
        if let asOf {
            do { _ = try DateParser.parse(asOf) } catch { throw ValidationError("--as-of: \(error.message)") }
        }
    }

    func run() throws {
        let store = try options.openStore()
        let taxonomy = try options.taxonomy(for: store)
        if try store.isNew() {
            let bundled = "Datasets/cases"
            guard FileManager.default.fileExists(atPath: bundled) else {
                throw CommandFailure("the store \(store.path) is empty: import case files first (careershift import PATH)")
            }
            let summary = try rejectingInput("nothing was imported") {
                try CaseImport.importFiles([bundled], into: store, taxonomy: taxonomy)
            }
            printError("The store \(store.path) was new and empty: imported \(bundled) (\(summary.description)).")
        }
        let request = ReportRequest(asOf: try asOf.map { try DateParser.parse($0).latest }, clock: clock, language: lang, minimumCell: minCell, redact: redact)
        let report = try ReportBuilder.report(of: store, taxonomy: taxonomy, request: request)
        let folder = out ?? "Reports/\(report.manifest.asOf)"
        let files = ReportWriter.files(for: report, formats: try formats, options: RenderOptions(excel: excel))
        let written = try ReportWriter.write(files, to: folder, reportNames: ReportBuilder.fileNames)
        print("wrote \(folder)/: \(written.filter { !$0.hasPrefix(".") }.joined(separator: ", "))")
    }
}

extension Language: ExpressibleByArgument {}
extension ReportClock: ExpressibleByArgument {}
