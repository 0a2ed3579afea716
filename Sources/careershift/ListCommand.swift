import ArgumentParser
import CareerShiftKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cases, optionally filtered.",
        discussion: """
            --format json prints an array of objects with the keys id, name, pseudonym, from_industry, \
            from_role, to_roles, layers, outcome, landed_role and sources (stable: scripts may rely on \
            it). --format csv prints the CSV columns that `import` reads.
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument { case table, json, csv }

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp("Only cases from this industry or role (id or alias).", valueName: "id"))
    var origin: String?

    @Option(help: ArgumentHelp("Only cases aiming at or landing this role (id or alias).", valueName: "id"))
    var role: String?

    @Option(help: "Only cases whose roles sit in this layer.")
    var layer: Layer?

    @Option(help: "Only cases with this outcome.")
    var outcome: Outcome?

    @Option(help: "Output format.")
    var format: Format = .table

    func run() throws {
        let store = try options.openStore()
        let taxonomy = try options.taxonomy(for: store)
        let filter: CaseFilter
        do {
            filter = try CaseFilter(origin: origin, role: role, layer: layer, outcome: outcome, taxonomy: taxonomy)
        } catch {
            throw ValidationError(error.message)
        }
        let cases = try store.cases().filter { filter.matches($0, taxonomy: taxonomy) }
        switch format {
        case .table:
            if cases.isEmpty {
                printError("no cases\(origin == nil && role == nil && layer == nil && outcome == nil ? " in \(store.path); import some with `careershift import PATH`" : " match")")
            } else {
                print(Listings.caseTable(cases, taxonomy: taxonomy).rendered, terminator: "")
            }
        case .json:
            print(try CaseFileWriter.json(cases.map { CaseSummary($0, taxonomy: taxonomy) }))
        case .csv:
            let sources = try store.sources()
            print(try CaseFileWriter.text(of: CaseFile(sources: sources, cases: cases), as: .csv), terminator: "")
        }
    }
}
