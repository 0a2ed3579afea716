import ArgumentParser
import CareerShiftKit

struct PayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay",
        abstract: "Show how pay text is read: amounts, period, months per year, monthly and annual.",
        discussion: """
            Reads 15k, 15-25K·14薪, 1-1.5万/月, 20-40万/年, 年薪50-80万, 6-8千/月, 三四千, 200-250元/天, \
            50元/时, 200万, $120k, $53K-$91K, 面议 and the like. Without a period, dollar amounts and \
            amounts of 10万 or more are read as annual, others as monthly. Daily pay is ×21.75 working \
            days a month, hourly ×8 hours ×21.75. Exit code 1 when any text cannot be read.

            Example: careershift pay "15-25K·14薪" "200-250元/天" 面议
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument { case table, json }

    @Option(help: "Output format.")
    var format: Format = .table

    @Argument(help: "Pay texts; quote those with spaces or shell characters.")
    var texts: [String]

    func run() throws {
        let readings = texts.map(Listings.PayReading.init(text:))
        switch format {
        case .table:
            let readable = readings.filter { $0.error == nil }
            if !readable.isEmpty { print(Listings.payTable(readable).rendered, terminator: "") }
            for reading in readings { if let error = reading.error { printError("error: \(error)") } }
        case .json: print(try CaseFileWriter.json(readings))
        }
        if readings.contains(where: { $0.error != nil }) { throw ExitCode.failure }
    }
}
