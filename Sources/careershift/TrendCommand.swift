import ArgumentParser
import CareerShiftKit

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Headline figures across several reports: layer shares of demand, success rate per path, median pay change.",
        discussion: """
            Each DIR is a report folder, or a folder of report folders such as Reports/. Reports are \
            put in as-of order. The table has one row per figure and one column per report.

            Example: careershift trend Reports --chart trend.svg
            """)

    @Argument(help: ArgumentHelp("Report folders, or folders holding them.", valueName: "dir"))
    var folders: [String]

    @Option(help: "Output format: md, csv or json.")
    var format: DiffFormat = .md

    @Option(help: ArgumentHelp("Also write the trend as an SVG line chart to this file.", valueName: "file.svg"))
    var chart: String?

    func run() throws {
        let trend = Trend(try ReportDocument.documents(in: folders))
        print(trend.text(format), terminator: "")
        if let chart { try write(trend.svg, to: chart) }
    }
}
