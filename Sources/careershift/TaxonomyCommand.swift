import ArgumentParser
import CareerShiftKit

struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "Print the taxonomy: layers, roles, industries and tools with their aliases.",
        discussion: """
            To extend it: careershift taxonomy --format yaml > my-taxonomy.yaml, edit the file, and pass \
            --taxonomy my-taxonomy.yaml (or set CAREERSHIFT_TAXONOMY) to every command.
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument { case table, json, yaml }

    @OptionGroup var options: StoreOptions

    @Option(help: "Output format; yaml is the editable file itself.")
    var format: Format = .table

    func run() throws {
        let taxonomy = try options.loadTaxonomy()
        switch format {
        case .table: print(Listings.taxonomyTables(taxonomy), terminator: "")
        case .json: print(try CaseFileWriter.json(taxonomy))
        case .yaml: print(try Taxonomy.text(path: options.taxonomyPath), terminator: "")
        }
    }
}
